package org.mfaportal.flow;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * What every required action's factory shares: one stateless instance, realm settings only, and
 * refused while the user is locked out ({@link RefusedWhileLocked}). It takes only a {@link
 * PortalRequiredAction}, so no portal action can be registered without that door.
 */
public abstract class PortalRequiredActionFactory implements RequiredActionFactory {

    private final String id;
    private final String displayText;
    private final RequiredActionProvider singleton;

    protected PortalRequiredActionFactory(
            String id, String displayText, PortalRequiredAction singleton) {
        this.id = id;
        this.displayText = displayText;
        this.singleton = new RefusedWhileLocked(singleton);
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDisplayText() {
        return displayText;
    }

    @Override
    public final RequiredActionProvider create(KeycloakSession session) {
        return singleton;
    }

    @Override
    public final void init(Config.Scope config) {
        // Options are per realm, in the portal settings.
    }

    @Override
    public final void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public final void close() {
        // Stateless.
    }
}
