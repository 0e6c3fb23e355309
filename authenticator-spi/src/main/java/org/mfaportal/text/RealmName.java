package org.mfaportal.text;

import org.keycloak.models.RealmModel;

/**
 * The realm as people read it in texts, calls and on the phone app: its display name, else its
 * name.
 */
public final class RealmName {

    private RealmName() {}

    public static String of(RealmModel realm) {
        String display = realm.getDisplayName();
        return display == null || display.isBlank() ? realm.getName() : display;
    }
}
