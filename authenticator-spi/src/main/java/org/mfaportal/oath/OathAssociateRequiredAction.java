package org.mfaportal.oath;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.mfaportal.flow.Lockout;
import org.mfaportal.flow.PortalRequiredAction;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;
import org.mfaportal.waiting.LeftOpen;

/**
 * Associates a third-party token with the user, who proves holding it with its current code: by the
 * serial of a token an admin imported, or by serial + secret + type. Typing the serial of a token
 * the user already holds resynchronises a drifted HOTP token.
 */
final class OathAssociateRequiredAction extends PortalRequiredAction {

    static final String TEMPLATE = "mfa-oath-associate.ftl";

    /** Where the token comes from; also the login event's {@code mfa_oath_source}. */
    private enum Source {
        TYPED,
        IMPORTED,
        RESYNC
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        // A call this sign-in left ringing (e.g. before "Try another way") ends here.
        LeftOpen.close(context.getSession(), context.getAuthenticationSession());
        context.challenge(
                form(
                        context,
                        null,
                        allowed(context) ? null : AssociationForm.SERIAL,
                        OathMessages.NOT_ALLOWED));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        AssociationForm typed =
                AssociationForm.from(context.getHttpRequest().getDecodedFormParameters());
        if (!allowed(context)) {
            context.challenge(
                    form(context, typed, AssociationForm.SERIAL, OathMessages.NOT_ALLOWED));
            return;
        }
        if (!OathToken.isValidSerial(typed.serial())) {
            context.challenge(
                    form(context, typed, AssociationForm.SERIAL, OathMessages.SERIAL_INVALID));
            return;
        }
        UserModel user = context.getUser();
        Optional<CredentialModel> own = OathCredentials.bySerial(user, typed.serial());
        Source source =
                typed.hasSecret()
                        ? Source.TYPED
                        : own.isPresent() ? Source.RESYNC : Source.IMPORTED;
        OathToken token;
        if (source == Source.TYPED) {
            try {
                token =
                        new OathToken(
                                typed.serial(),
                                typed.parsedType(),
                                typed.parsedSecret(),
                                OathToken.DEFAULT_DIGITS,
                                OathAlgorithm.SHA1,
                                OathToken.DEFAULT_PERIOD_SECONDS,
                                0);
            } catch (IllegalArgumentException e) {
                context.challenge(
                        form(context, typed, AssociationForm.SECRET, OathMessages.SECRET_INVALID));
                return;
            }
            if (new TokenSerials(context.getSession(), context.getRealm()).known(token.serial())) {
                context.challenge(
                        form(context, typed, AssociationForm.SERIAL, OathMessages.SERIAL_TAKEN));
                return;
            }
        } else {
            Optional<CredentialModel> stored =
                    source == Source.RESYNC ? own : inventory(context).find(typed.serial());
            if (stored.isEmpty()) {
                // Counted too: trying serials is how a stranger's token would be looked for.
                failed(context);
                context.challenge(
                        form(context, typed, AssociationForm.SERIAL, OathMessages.SERIAL_UNKNOWN));
                return;
            }
            token = OathCredentials.tokenOf(stored.get());
        }
        if (token.type() == TokenType.HOTP && typed.nextCode().isEmpty()) {
            context.challenge(
                    form(
                            context,
                            typed,
                            AssociationForm.NEXT_CODE,
                            OathMessages.NEXT_CODE_MISSING));
            return;
        }
        // The wall clock, not Keycloak's Time (with its test offset): Keycloak's own TOTP check
        // (TimeBasedOTP) reads the wall clock, and a token proven here must pass there too.
        OptionalLong proof =
                Possession.check(
                        token,
                        typed.code(),
                        typed.nextCode(),
                        System.currentTimeMillis() / 1000,
                        source == Source.RESYNC
                                ? Possession.HOTP_RESYNC_LOOK_AHEAD
                                : Possession.HOTP_CLAIM_LOOK_AHEAD);
        if (proof.isEmpty()) {
            failed(context);
            context.challenge(
                    form(
                            context,
                            typed,
                            AssociationForm.CODE,
                            token.type() == TokenType.HOTP
                                    ? OathMessages.CODES_WRONG
                                    : OathMessages.CODE_WRONG));
            return;
        }
        store(context, token, source, proof.getAsLong());
        context.getEvent()
                .detail("mfa_method", "oath")
                .detail("mfa_oath_serial", token.serial())
                .detail("mfa_oath_source", source.name().toLowerCase(Locale.ROOT));
        context.success();
    }

    /** {@code proof} is the HOTP counter after the typed codes (unused for TOTP). */
    private static void store(
            RequiredActionContext context, OathToken token, Source source, long proof) {
        UserModel user = context.getUser();
        boolean hotp = token.type() == TokenType.HOTP;
        switch (source) {
            case TYPED ->
                    OathCredentials.give(
                            user,
                            OathCredentials.credentialOf(
                                    new OathToken(
                                            token.serial(),
                                            token.type(),
                                            token.secret(),
                                            token.digits(),
                                            token.algorithm(),
                                            token.periodSeconds(),
                                            hotp ? proof : 0)));
            case IMPORTED -> inventory(context).assign(token.serial(), user);
            case RESYNC -> {}
        }
        if (hotp && source != Source.TYPED) {
            OathCredentials.updateCounter(
                    user, OathCredentials.bySerial(user, token.serial()).orElseThrow(), proof);
        }
    }

    private static void failed(RequiredActionContext context) {
        Lockout.countFailure(context);
    }

    private static TokenInventory inventory(RequiredActionContext context) {
        return new TokenInventory(context.getSession(), context.getRealm());
    }

    private static boolean allowed(RequiredActionContext context) {
        return PortalSettings.of(context.getRealm()).flag(PortalSetting.OATH_ASSOCIATION_ALLOWED);
    }

    /** The page, with at most one error ({@code field} null: none). */
    private static Response form(
            RequiredActionContext context, AssociationForm typed, String field, String messageKey) {
        var form =
                context.form()
                        .setAttribute("mfaOathSerial", typed == null ? "" : typed.serial())
                        .setAttribute(
                                "mfaOathEncoding",
                                typed == null || typed.encoding().isEmpty()
                                        ? "base32"
                                        : typed.encoding())
                        .setAttribute(
                                "mfaOathType",
                                typed == null
                                        ? "totp"
                                        : typed.parsedType().name().toLowerCase(Locale.ROOT))
                        .setAttribute("mfaOathAllowed", allowed(context));
        if (field != null) {
            form.setErrors(List.of(new FormMessage(field, messageKey)));
        }
        return form.createForm(TEMPLATE);
    }
}
