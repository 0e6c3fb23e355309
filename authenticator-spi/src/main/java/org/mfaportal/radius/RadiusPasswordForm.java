package org.mfaportal.radius;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.validation.Validation;
import org.keycloak.vault.VaultStringSecret;

/**
 * Keycloak's own username and password form (same template, so the realm's theme), whose password
 * is checked by RADIUS instead of Keycloak's password credential. The user is the Keycloak user of
 * that username, found before RADIUS is asked so that a locked or disabled user is refused without
 * a request; an unknown name is still sent, so that it takes as long as a known one, and then
 * refused as Keycloak refuses it. A Reject counts in brute-force protection like a wrong password;
 * silence and a Challenge never sign anyone in, and count against no one.
 */
final class RadiusPasswordForm extends UsernamePasswordForm {

    static final String EVENT_UNAVAILABLE = "radius_unavailable";
    static final String EVENT_CHALLENGE = "radius_challenge";

    private static final Logger LOG = Logger.getLogger(RadiusPasswordForm.class);

    @Override
    public void action(AuthenticationFlowContext context) {
        // Keycloak's form would also take a passkey here; a RADIUS sign-in takes only the password.
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey("cancel")) {
            context.cancelLogin();
        } else if (validateForm(context, form)) {
            context.success();
        }
    }

    @Override
    protected boolean isConditionalPasskeysEnabled(UserModel user) {
        return false;
    }

    @Override
    protected boolean validateForm(
            AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        boolean preset = isUserAlreadySetBeforeUsernamePasswordAuth(context);
        String typed = form.getFirst(AuthenticationManager.FORM_USERNAME);
        if (!preset && (typed == null || typed.isBlank())) {
            return validateUser(context, form); // Keycloak's own answer to an empty name
        }
        UserModel user = preset ? context.getUser() : lookUp(context, typed.trim());
        // RADIUS checks the name Keycloak found ("Alice" is Keycloak's "alice"), so that a
        // case-sensitive RADIUS account of another spelling can never sign in as this user.
        String userName = user != null ? user.getUsername() : typed.trim();
        if (user != null && !enabledUser(context, user)) {
            return false; // locked by brute-force protection, or disabled: RADIUS is not asked
        }
        String password = form.getFirst(CredentialRepresentation.PASSWORD);
        if (password == null || password.isEmpty()) {
            context.getEvent().user(user).error(Errors.INVALID_USER_CREDENTIALS);
            context.forceChallenge(passwordError(context));
            return false;
        }
        RadiusAnswer answer = ask(context, userName, password);
        if (answer.kind() == RadiusAnswer.Kind.UNAVAILABLE) {
            context.getEvent().user(user).error(EVENT_UNAVAILABLE);
            context.forceChallenge(challenge(context, RadiusMessages.UNAVAILABLE, null));
            return false;
        }
        if (user == null) {
            // Whatever RADIUS said, Keycloak has no such user: refused as Keycloak refuses an
            // unknown name, and no account is created.
            context.getEvent().error(Errors.USER_NOT_FOUND);
            context.failureChallenge(
                    AuthenticationFlowError.INVALID_USER,
                    challenge(
                            context,
                            getDefaultChallengeMessage(context),
                            Validation.FIELD_USERNAME));
            return false;
        }
        switch (answer.kind()) {
            case CHALLENGE -> {
                context.getEvent().user(user).error(EVENT_CHALLENGE);
                context.forceChallenge(challengeMessage(context, answer.replyMessage()));
                return false;
            }
            case REJECT -> {
                context.getEvent().user(user).error(Errors.INVALID_USER_CREDENTIALS);
                context.failureChallenge(
                        AuthenticationFlowError.INVALID_CREDENTIALS, passwordError(context));
                return false;
            }
            case ACCEPT -> {
                context.setUser(user);
                rememberMe(context, form);
                return true;
            }
            default -> {
                // UNAVAILABLE was handled above
            }
        }
        throw new IllegalStateException("unknown RADIUS answer " + answer.kind());
    }

    private static UserModel lookUp(AuthenticationFlowContext context, String userName) {
        context.clearUser();
        context.getEvent().detail(Details.USERNAME, userName);
        context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, userName);
        return context.getSession().users().getUserByUsername(context.getRealm(), userName);
    }

    private RadiusAnswer ask(AuthenticationFlowContext context, String userName, String password) {
        AuthenticatorConfigModel model = context.getAuthenticatorConfig();
        Map<String, String> values = model == null ? Map.of() : model.getConfig();
        RadiusConfig config;
        try {
            config = RadiusConfig.from(values);
        } catch (IllegalArgumentException e) {
            LOG.errorf(
                    "RADIUS sign-in of realm %s is misconfigured: %s",
                    context.getRealm().getName(), e.getMessage());
            return RadiusAnswer.UNAVAILABLE;
        }
        try (VaultStringSecret secret =
                context.getSession().vault().getStringSecret(config.sharedSecretReference())) {
            if (secret.get().isEmpty() || secret.get().get().isEmpty()) {
                LOG.errorf(
                        "RADIUS shared secret of realm %s not found in the vault",
                        context.getRealm().getName());
                return RadiusAnswer.UNAVAILABLE;
            }
            byte[] key = secret.get().get().getBytes(StandardCharsets.UTF_8);
            return new RadiusClient(config, key).authenticate(userName, password);
        }
    }

    private Response passwordError(AuthenticationFlowContext context) {
        return challenge(context, getDefaultChallengeMessage(context), Validation.FIELD_PASSWORD);
    }

    private Response challengeMessage(AuthenticationFlowContext context, String replyMessage) {
        if (replyMessage == null || replyMessage.isBlank()) {
            return challenge(context, RadiusMessages.CHALLENGE, null);
        }
        return createLoginForm(
                context.form()
                        .setExecution(context.getExecution().getId())
                        .setError(RadiusMessages.CHALLENGE_SAID, replyMessage.strip()));
    }

    private static void rememberMe(
            AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        String rememberMe = form.getFirst("rememberMe");
        if (context.getRealm().isRememberMe() && "on".equalsIgnoreCase(rememberMe)) {
            context.getAuthenticationSession().setAuthNote(Details.REMEMBER_ME, "true");
            context.getEvent().detail(Details.REMEMBER_ME, "true");
        } else {
            context.getAuthenticationSession().removeAuthNote(Details.REMEMBER_ME);
        }
    }
}
