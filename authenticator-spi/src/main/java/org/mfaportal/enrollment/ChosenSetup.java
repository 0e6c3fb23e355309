package org.mfaportal.enrollment;

import org.keycloak.events.EventBuilder;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.storage.StorageId;
import org.mfaportal.catalog.Method;
import org.mfaportal.catalog.SetupChoicePage;

/**
 * What the setup choice's form chose, read and queued the same way at sign-in and from an
 * invitation's link.
 */
final class ChosenSetup {

    private ChosenSetup() {}

    /** The method the posted form names among those the realm offers, or null. */
    static Method of(RealmModel realm, HttpRequest request) {
        return SetupChoicePage.chosen(
                SetupChoicePage.offeredIn(realm),
                request.getDecodedFormParameters().getFirst(SetupChoicePage.METHOD_FIELD));
    }

    /**
     * Makes its setup the user's one pending setup: one chosen earlier and left unfinished gives
     * way, so one setup runs, not two. A user read from a directory without import (LDAP {@code
     * importEnabled=false}) cannot store required actions (the provider refuses the write): their
     * setup is queued on this sign-in's session instead, which Keycloak runs the same way.
     */
    static void queue(
            RealmModel realm,
            UserModel user,
            AuthenticationSessionModel authSession,
            Method method,
            EventBuilder event) {
        boolean stored = StorageId.isLocalStorage(user.getId());
        SetupChoicePage.offeredIn(realm)
                .forEach(
                        offered -> {
                            user.removeRequiredAction(offered.setupAction());
                            authSession.removeRequiredAction(offered.setupAction());
                        });
        if (stored) {
            user.addRequiredAction(method.setupAction());
        } else {
            authSession.addRequiredAction(method.setupAction());
        }
        event.detail("mfa_setup", method.setupAction());
    }
}
