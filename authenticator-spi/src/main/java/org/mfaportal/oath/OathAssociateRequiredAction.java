package org.mfaportal.oath;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.BruteForceProtector;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * Associates a third-party token with the user, who proves holding it with its current code: by the
 * serial of a token an admin imported, or by serial + secret + type. Typing the serial of a token the
 * user already holds resynchronises a drifted HOTP token.
 */
final class OathAssociateRequiredAction implements RequiredActionProvider {

    static final String TEMPLATE = "mfa-oath-associate.ftl";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Started by the user (account console) or an admin only.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(form(context, null, allowed(context) ? null : error(AssociationForm.SERIAL, OathMessages.NOT_ALLOWED)));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        AssociationForm typed = AssociationForm.from(context.getHttpRequest().getDecodedFormParameters());
        if (!allowed(context)) {
            context.challenge(form(context, typed, error(AssociationForm.SERIAL, OathMessages.NOT_ALLOWED)));
            return;
        }
        OathToken token;
        try {
            token = typed.hasSecret() ? typedToken(typed) : null;
        } catch (IllegalArgumentException e) {
            String field = typed.serial().isEmpty() || e.getMessage().contains("serial") ? AssociationForm.SERIAL : AssociationForm.SECRET;
            context.challenge(form(context, typed, error(field,
                    field.equals(AssociationForm.SERIAL) ? OathMessages.SERIAL_INVALID : OathMessages.SECRET_INVALID)));
            return;
        }
        TokenSerials serials = new TokenSerials(context.getSession(), context.getRealm());
        UserModel user = context.getUser();
        Optional<CredentialModel> own = OathCredentials.bySerial(user, typed.serial());
        Optional<CredentialModel> imported = new TokenInventory(context.getSession(), context.getRealm()).find(typed.serial());
        if (token == null) {
            Optional<CredentialModel> stored = own.isPresent() ? own : imported;
            if (stored.isEmpty()) {
                context.challenge(form(context, typed, error(AssociationForm.SERIAL, OathMessages.SERIAL_UNKNOWN)));
                return;
            }
            token = OathCredentials.tokenOf(stored.get());
        } else if (serials.known(token.serial())) {
            context.challenge(form(context, typed, error(AssociationForm.SERIAL, OathMessages.SERIAL_TAKEN)));
            return;
        }
        // The wall clock, not Keycloak's Time (with its test offset): Keycloak's own TOTP check
        // (TimeBasedOTP) reads the wall clock, and a token proven here must pass there too.
        OptionalLong proof = Possession.check(token, typed.code(), System.currentTimeMillis() / 1000);
        if (proof.isEmpty()) {
            context.getSession().getProvider(BruteForceProtector.class).failedLogin(context.getRealm(), user,
                    context.getConnection(), context.getSession().getContext().getUri());
            context.challenge(form(context, typed, error(AssociationForm.CODE, OathMessages.CODE_WRONG)));
            return;
        }
        store(context, token, typed.hasSecret() ? null : own.isPresent() ? "resync" : "imported", proof.getAsLong());
        context.getEvent().detail("mfa_method", "oath").detail("mfa_oath_serial", token.serial());
        context.success();
    }

    private static void store(RequiredActionContext context, OathToken token, String source, long proof) {
        UserModel user = context.getUser();
        boolean hotp = token.type() == TokenType.HOTP;
        if (source == null) {
            OathToken proven = new OathToken(token.serial(), token.type(), token.secret(), token.digits(),
                    token.algorithm(), token.periodSeconds(), hotp ? proof : 0);
            OathCredentials.give(user, OathCredentials.credentialOf(proven));
        } else if (source.equals("imported")) {
            new TokenInventory(context.getSession(), context.getRealm()).assign(token.serial(), user);
        }
        if (hotp && source != null) {
            OathCredentials.updateCounter(user, OathCredentials.bySerial(user, token.serial()).orElseThrow(), proof);
        }
        context.getEvent().detail("mfa_oath_source", source == null ? "typed" : source);
    }

    private static OathToken typedToken(AssociationForm typed) {
        return new OathToken(typed.serial(), typed.parsedType(), typed.parsedSecret(), OathToken.DEFAULT_DIGITS,
                OathAlgorithm.SHA1, OathToken.DEFAULT_PERIOD_SECONDS, 0);
    }

    private static boolean allowed(RequiredActionContext context) {
        return PortalSettings.of(context.getRealm()).flag(PortalSetting.OATH_ASSOCIATION_ALLOWED);
    }

    private static FormMessage error(String field, String key) {
        return new FormMessage(field, key);
    }

    private static Response form(RequiredActionContext context, AssociationForm typed, FormMessage error) {
        var form = context.form()
                .setAttribute("mfaOathSerial", typed == null ? "" : typed.serial())
                .setAttribute("mfaOathEncoding", typed == null || typed.encoding().isEmpty() ? "base32" : typed.encoding())
                .setAttribute("mfaOathType", typed == null ? "totp" : typed.parsedType().name().toLowerCase())
                .setAttribute("mfaOathAllowed", allowed(context));
        if (error != null) {
            form.setErrors(List.of(error));
        }
        return form.createForm(TEMPLATE);
    }

    @Override
    public void close() {
        // Stateless.
    }
}
