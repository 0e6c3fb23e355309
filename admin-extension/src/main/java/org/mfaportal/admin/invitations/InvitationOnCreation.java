package org.mfaportal.admin.invitations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * {@code invitationOnImport}: a user an administrator creates (an admin event CREATE on users/{id}:
 * the admin REST, the console, a partial import) is invited once the creation is committed, in a
 * transaction of its own, so a rolled-back creation sends nothing and a failing mail server never
 * undoes a creation. Users who register themselves get nothing: they are signed in right then and
 * meet the setup choice.
 */
final class InvitationOnCreation implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(InvitationOnCreation.class);
    private static final Pattern CREATED_USER = Pattern.compile("users/([^/]+)");

    private final KeycloakSession session;

    InvitationOnCreation(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        if (event.getOperationType() != OperationType.CREATE || event.getResourcePath() == null) {
            return;
        }
        Matcher created = CREATED_USER.matcher(event.getResourcePath());
        if (!created.matches()) {
            return;
        }
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm == null || !PortalSettings.of(realm).flag(PortalSetting.INVITATION_ON_IMPORT)) {
            return;
        }
        String realmId = realm.getId();
        String userId = created.group(1);
        session.getTransactionManager()
                .enlistAfterCompletion(
                        new AbstractKeycloakTransaction() {
                            @Override
                            protected void commitImpl() {
                                invite(realmId, userId);
                            }

                            @Override
                            protected void rollbackImpl() {
                                // Not created: nobody to invite.
                            }
                        });
    }

    private void invite(String realmId, String userId) {
        try {
            KeycloakModelUtils.runJobInTransaction(
                    session.getKeycloakSessionFactory(),
                    session.getContext(),
                    s -> {
                        RealmModel realm = s.realms().getRealm(realmId);
                        s.getContext().setRealm(realm);
                        UserModel user = s.users().getUserById(realm, userId);
                        if (user != null) {
                            LOG.debugf(
                                    "Invitation to new user %s: %s",
                                    userId, Invitation.send(s, realm, user).wire());
                        }
                    });
        } catch (RuntimeException e) {
            LOG.warnf(e, "Invitation to new user %s failed", userId);
        }
    }

    @Override
    public void onEvent(Event event) {
        // Self-registration (REGISTER) is not invited: see the class comment.
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
