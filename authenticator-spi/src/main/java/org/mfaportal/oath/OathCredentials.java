package org.mfaportal.oath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.dto.OTPCredentialData;
import org.keycloak.models.credential.dto.OTPSecretData;
import org.keycloak.util.JsonSerialization;

/**
 * OATH tokens as Keycloak's own {@code otp} credentials, labelled with the serial number, so that
 * Keycloak's OTP form validates them and the account console lists them. The key is stored Base32
 * with {@code secretEncoding: BASE32}: hardware keys are binary, and Keycloak's default (the UTF-8
 * bytes of the stored text) could not hold them.
 */
public final class OathCredentials {

    /**
     * Keycloak's name for the BASE32 secret encoding of an otp credential
     * (OTPCredentialModel.SecretEncoding).
     */
    static final String BASE32_ENCODING = "BASE32";

    private OathCredentials() {}

    public static CredentialModel credentialOf(OathToken token) {
        boolean hotp = token.type() == TokenType.HOTP;
        OTPCredentialData data =
                new OTPCredentialData(
                        token.type().keycloakSubType(),
                        token.digits(),
                        hotp ? (int) token.movingFactor() : 0,
                        hotp ? 0 : token.periodSeconds(),
                        token.algorithm().keycloakName(),
                        BASE32_ENCODING);
        CredentialModel model = new CredentialModel();
        model.setType(OTPCredentialModel.TYPE);
        model.setUserLabel(token.serial());
        model.setCreatedDate(Time.currentTimeMillis());
        try {
            model.setCredentialData(JsonSerialization.writeValueAsString(data));
            model.setSecretData(
                    JsonSerialization.writeValueAsString(
                            new OTPSecretData(token.secret().base32())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    /**
     * The token behind a stored otp credential (its label is the serial), whatever encoding it was
     * stored with.
     */
    public static OathToken tokenOf(CredentialModel stored) {
        OTPCredentialModel otp = OTPCredentialModel.createFromCredentialModel(stored);
        OTPCredentialData data = otp.getOTPCredentialData();
        TokenType type = TokenType.parse(data.getSubType());
        return new OathToken(
                stored.getUserLabel(),
                type,
                TokenSecret.of(otp.getDecodedSecret()),
                data.getDigits(),
                OathAlgorithm.parse(data.getAlgorithm()),
                type == TokenType.TOTP ? data.getPeriod() : 0,
                type == TokenType.HOTP ? data.getCounter() : 0);
    }

    /** What an admin may see of a stored token: never the key. */
    public static TokenSummary summaryOf(CredentialModel stored) {
        OTPCredentialData data =
                OTPCredentialModel.createFromCredentialModel(stored).getOTPCredentialData();
        boolean hotp = OTPCredentialModel.HOTP.equals(data.getSubType());
        return new TokenSummary(
                stored.getUserLabel(),
                hotp ? "hotp" : "totp",
                data.getDigits(),
                data.getAlgorithm(),
                hotp ? null : data.getPeriod(),
                hotp ? data.getCounter() : null);
    }

    /**
     * The user's token with this serial, whatever its case (serials are unique regardless of case).
     */
    public static Optional<CredentialModel> bySerial(UserModel user, String serial) {
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(OTPCredentialModel.TYPE)
                .filter(credential -> serial.equalsIgnoreCase(credential.getUserLabel()))
                .findFirst();
    }

    /** Stores a token's credential on a user and indexes its serial (see {@link TokenSerials}). */
    public static void give(UserModel user, CredentialModel credential) {
        user.credentialManager().createStoredCredential(credential);
        java.util.List<String> serials =
                new java.util.ArrayList<>(user.getAttributeStream(TokenSerials.ATTRIBUTE).toList());
        if (!serials.contains(credential.getUserLabel())) {
            serials.add(credential.getUserLabel());
            user.setAttribute(TokenSerials.ATTRIBUTE, serials);
        }
    }

    /** Moves an HOTP token's counter to {@code next}, the counter its next code will use. */
    public static void updateCounter(UserModel user, CredentialModel stored, long next) {
        OTPCredentialModel otp = OTPCredentialModel.createFromCredentialModel(stored);
        otp.updateCounter((int) next);
        user.credentialManager().updateStoredCredential(otp);
    }
}
