package org.mfaportal.remember;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.RealmsResource;
import org.keycloak.utils.SecureContextResolver;

/**
 * The remembered-browser cookie, set as Keycloak sets its own (CookieProvider's REALM path,
 * HttpOnly; Secure with SameSite=None in a secure context, else SameSite=Lax): Keycloak's
 * CookieType is a closed list, so the attributes are repeated here.
 */
final class BrowserCookie {

    static final String NAME = "MFA_PORTAL_REMEMBERED_BROWSER";

    private BrowserCookie() {}

    static Optional<String> read(KeycloakSession session) {
        Cookie cookie = session.getContext().getRequestHeaders().getCookies().get(NAME);
        return Optional.ofNullable(cookie).map(Cookie::getValue);
    }

    static void set(KeycloakSession session, RealmModel realm, String value, int maxAgeSeconds) {
        boolean secure = SecureContextResolver.isSecureContext(session);
        NewCookie cookie =
                new NewCookie.Builder(NAME)
                        .version(1)
                        .value(value)
                        .path(realmPath(session, realm))
                        .maxAge(maxAgeSeconds)
                        .secure(secure)
                        .httpOnly(true)
                        .sameSite(secure ? NewCookie.SameSite.NONE : NewCookie.SameSite.LAX)
                        .build();
        session.getContext().getHttpResponse().setCookieIfAbsent(cookie);
    }

    private static String realmPath(KeycloakSession session, RealmModel realm) {
        return RealmsResource.realmBaseUrl(session.getContext().getUri())
                .path("/")
                .build(realm.getName())
                .getRawPath();
    }
}
