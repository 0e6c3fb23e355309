package org.mfaportal.flow;

import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;

/**
 * The portal offers a set-up only where the realm has its required action enabled (admins may
 * switch one off).
 */
public final class RequiredActions {

    private RequiredActions() {}

    public static boolean enabled(RealmModel realm, String alias) {
        RequiredActionProviderModel action = realm.getRequiredActionProviderByAlias(alias);
        return action != null && action.isEnabled();
    }
}
