package org.mfaportal.push.device;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.push.protocol.EnrollmentUri;

/**
 * Where a user's devices talk to: /realms/{realm}/mfa-portal/push/{userRef}, userRef being the user
 * id in base64url, so the server finds the user without a search. Built from Keycloak's frontend
 * URL and in the canonical form the app signs against.
 */
public final class DeviceUrls {

    public static final String ROOT = "mfa-portal/push";

    private DeviceUrls() {}

    public static String of(KeycloakSession session, RealmModel realm, UserModel user) {
        URI url =
                session.getContext()
                        .getUri()
                        .getBaseUriBuilder()
                        .path("realms")
                        .path(realm.getName())
                        .path(ROOT)
                        .path(userRef(user.getId()))
                        .build();
        return EnrollmentUri.canonical(url);
    }

    public static String userRef(String userId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(userId.getBytes(StandardCharsets.UTF_8));
    }

    /** The user id in a userRef, or null when it is not one. */
    public static String userId(String userRef) {
        try {
            return userRef == null
                    ? null
                    : new String(Base64.getUrlDecoder().decode(userRef), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
