package org.mfaportal.flow;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What every second-step method of the portal shares: it needs a user, it is a credential validator
 * (so Keycloak orders it by the user's credential order, i.e. their default method), and a user who
 * has not set it up gets its setup action. Stateless, so one instance serves every request.
 */
public abstract class PortalMethodAuthenticator
        implements Authenticator, CredentialValidator<PortalCredentialProvider> {

    private final String credentialProviderId;
    private final String setupAction;

    protected PortalMethodAuthenticator(String credentialProviderId, String setupAction) {
        this.credentialProviderId = credentialProviderId;
        this.setupAction = setupAction;
    }

    @Override
    public final PortalCredentialProvider getCredentialProvider(KeycloakSession session) {
        return (PortalCredentialProvider)
                session.getProvider(CredentialProvider.class, credentialProviderId);
    }

    @Override
    public final boolean requiresUser() {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        user.addRequiredAction(setupAction);
    }

    @Override
    public final void close() {
        // Stateless.
    }
}
