package org.mfaportal.waiting;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.BrowserSecurityHeaders;
import org.keycloak.models.RealmModel;

/**
 * The security headers Keycloak puts on a JSON answer (the realm's values, or Keycloak's defaults),
 * read while the request's session is open. Keycloak's own filter adds them from the session of the
 * thread that finishes the response, and a poll answered later has none left there.
 */
record RestSecurityHeaders(Map<String, String> values) {

    /** Those Keycloak's default provider sets on a REST (JSON) answer. */
    private static final List<BrowserSecurityHeaders> ON_REST =
            List.of(
                    BrowserSecurityHeaders.STRICT_TRANSPORT_SECURITY,
                    BrowserSecurityHeaders.X_CONTENT_TYPE_OPTIONS,
                    BrowserSecurityHeaders.REFERRER_POLICY,
                    BrowserSecurityHeaders.X_ROBOTS_TAG);

    static RestSecurityHeaders of(RealmModel realm) {
        Map<String, String> configured = realm.getBrowserSecurityHeaders();
        Map<String, String> values = new LinkedHashMap<>();
        for (BrowserSecurityHeaders header : ON_REST) {
            String value =
                    configured == null
                            ? header.getDefaultValue()
                            : configured.getOrDefault(header.getKey(), header.getDefaultValue());
            if (value != null && !value.isEmpty()) {
                values.put(header.getHeaderName(), value);
            }
        }
        return new RestSecurityHeaders(Map.copyOf(values));
    }

    Response.ResponseBuilder on(Response.ResponseBuilder response) {
        values.forEach(response::header);
        return response;
    }
}
