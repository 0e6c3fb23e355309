package org.mfaportal.push.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.util.JsonSerialization;
import org.mfaportal.push.base.PushCredential;
import org.mfaportal.push.base.PushDevice;
import org.mfaportal.text.ShownText;

/**
 * A user's confirmed devices, as credentials of type mfa-push: public data (serial, both public
 * keys, enrolled-at) apart from the secret (the server's private key for that device).
 */
public final class PushDevices {

    public static final int NAME_MAX_LENGTH = 64;

    private PushDevices() {}

    public static List<PushDevice> of(UserModel user) {
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(PushCredential.TYPE)
                .map(PushDevices::read)
                .toList();
    }

    public static long count(UserModel user) {
        return user.credentialManager()
                .getStoredCredentialsByTypeStream(PushCredential.TYPE)
                .count();
    }

    public static Optional<PushDevice> bySerial(UserModel user, String serial) {
        return serial == null
                ? Optional.empty()
                : of(user).stream().filter(d -> d.serial().equals(serial)).findFirst();
    }

    public static Optional<PushDevice> byId(UserModel user, String credentialId) {
        CredentialModel credential = user.credentialManager().getStoredCredentialById(credentialId);
        return credential != null && PushCredential.TYPE.equals(credential.getType())
                ? Optional.of(read(credential))
                : Optional.empty();
    }

    /**
     * A device name: 1..64 characters once trimmed, nothing hidden in it ({@link ShownText}: a
     * right-to-left override or zero-width space would make a list of devices lie); null when it is
     * not one.
     */
    public static String validName(String typed) {
        String name = typed == null ? "" : typed.strip();
        return name.isEmpty()
                        || name.length() > NAME_MAX_LENGTH
                        || ShownText.hasHiddenCharacters(name)
                ? null
                : name;
    }

    /** Stores a confirmed device as a new credential. */
    public static PushDevice save(UserModel user, PushDevice device) {
        CredentialModel credential = new CredentialModel();
        credential.setType(PushCredential.TYPE);
        credential.setUserLabel(device.name());
        credential.setCreatedDate(Time.currentTimeMillis());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("serial", device.serial());
        data.put("devicePublicKey", device.deviceKeySpki());
        data.put("serverPublicKey", device.serverKeySpki());
        data.put("enrolledAt", credential.getCreatedDate());
        if (device.url() != null) {
            data.put("url", device.url());
        }
        credential.setCredentialData(write(data));
        credential.setSecretData(
                write(secretData(device.serverPrivateKeyPkcs8(), device.firebaseToken())));
        CredentialModel stored = user.credentialManager().createStoredCredential(credential);
        return read(stored);
    }

    /**
     * The app's new Firebase registration token (spec §2b), kept with the secret data: it is no
     * key, but it lets whoever holds the project's credentials reach that phone.
     */
    public static void updateFirebaseToken(UserModel user, String serial, String firebaseToken) {
        user.credentialManager()
                .getStoredCredentialsByTypeStream(PushCredential.TYPE)
                .filter(credential -> serial.equals(read(credential).serial()))
                .findFirst()
                .ifPresent(
                        credential -> {
                            PushDevice device = read(credential);
                            credential.setSecretData(
                                    write(
                                            secretData(
                                                    device.serverPrivateKeyPkcs8(),
                                                    firebaseToken)));
                            user.credentialManager().updateStoredCredential(credential);
                        });
    }

    private static Map<String, String> secretData(String serverPrivateKey, String firebaseToken) {
        Map<String, String> secret = new LinkedHashMap<>();
        secret.put("serverPrivateKey", serverPrivateKey);
        if (firebaseToken != null) {
            secret.put("firebaseToken", firebaseToken);
        }
        return secret;
    }

    public static void rename(UserModel user, String credentialId, String name) {
        user.credentialManager().updateCredentialLabel(credentialId, name);
    }

    public static boolean remove(UserModel user, String credentialId) {
        return byId(user, credentialId).isPresent()
                && user.credentialManager().removeStoredCredentialById(credentialId);
    }

    private static PushDevice read(CredentialModel credential) {
        try {
            Map<?, ?> data = JsonSerialization.readValue(credential.getCredentialData(), Map.class);
            Map<?, ?> secret = JsonSerialization.readValue(credential.getSecretData(), Map.class);
            Object enrolledAt = data.get("enrolledAt");
            return new PushDevice(
                    credential.getId(),
                    credential.getUserLabel(),
                    (String) data.get("serial"),
                    (String) data.get("devicePublicKey"),
                    (String) data.get("serverPublicKey"),
                    (String) secret.get("serverPrivateKey"),
                    enrolledAt instanceof Number n ? n.longValue() : credential.getCreatedDate(),
                    (String) data.get("url"),
                    (String) secret.get("firebaseToken"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
