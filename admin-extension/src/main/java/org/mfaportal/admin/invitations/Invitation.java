package org.mfaportal.admin.invitations;

import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.urls.UrlType;
import org.mfaportal.catalog.SecondFactors;
import org.mfaportal.enrollment.EnrollRequiredActionFactory;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * One invitation to one user: Keycloak's execute-actions email with the portal's enrollment action,
 * for the account console, back to its two-step verification page. Every address in it is built
 * from the realm's frontend URL (Keycloak's hostname / the realm's frontendUrl), never from the
 * request that asked for it: an email outlives the request and a forged Host must not reach it.
 */
final class Invitation {

    private static final Logger LOG = Logger.getLogger(Invitation.class);

    /** The account console's page where the user sees what they set up. */
    static final String TWO_STEP_PAGE = "/account/account-security/two-step-verification";

    private Invitation() {}

    static InvitationResult send(KeycloakSession session, RealmModel realm, UserModel user) {
        if (!user.isEnabled()) {
            return InvitationResult.DISABLED;
        }
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return InvitationResult.NO_EMAIL;
        }
        if (SecondFactors.enrolled(session, user)) {
            return InvitationResult.ALREADY_ENROLLED;
        }
        ClientModel console = realm.getClientByClientId(Constants.ACCOUNT_CONSOLE_CLIENT_ID);
        if (console == null || !console.isEnabled()) {
            return InvitationResult.NO_ACCOUNT_CONSOLE;
        }
        var frontend = session.getContext().getUri(UrlType.FRONTEND);
        Duration lifespan =
                Duration.ofHours(
                        PortalSettings.of(realm).number(PortalSetting.INVITATION_LINK_HOURS));
        String redirect =
                frontend.getBaseUriBuilder().path("realms").path(realm.getName()).build().toString()
                        + TWO_STEP_PAGE;
        ExecuteActionsActionToken token =
                new ExecuteActionsActionToken(
                        user.getId(),
                        user.getEmail(),
                        Time.currentTime() + (int) lifespan.toSeconds(),
                        List.of(EnrollRequiredActionFactory.ID),
                        redirect,
                        console.getClientId());
        String link =
                LoginActionsService.actionTokenProcessor(frontend)
                        .queryParam("key", token.serialize(session, realm, frontend))
                        .queryParam(Constants.CLIENT_ID, console.getClientId())
                        .build(realm.getName())
                        .toString();
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    // The template lists the actions from this attribute, not from the link.
                    .setAttribute(
                            Constants.TEMPLATE_ATTR_REQUIRED_ACTIONS, token.getRequiredActions())
                    .sendExecuteActions(link, lifespan.toMinutes());
            return InvitationResult.SENT;
        } catch (EmailException e) {
            LOG.warnf(e, "Enrollment invitation to user %s not sent", user.getId());
            return InvitationResult.FAILED;
        }
    }
}
