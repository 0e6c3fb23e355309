package org.mfaportal.fraud;

import java.util.Optional;
import org.keycloak.Config;
import org.keycloak.models.RealmModel;

/**
 * The admin console's fraud view for an email, from what the operator configured (the realm's
 * frontend URL, Keycloak's --hostname-admin or --hostname), never from a request's Host header: an
 * email must not carry an address an attacker chose. None configured: no link.
 */
final class ConsoleLink {

    private ConsoleLink() {}

    static Optional<String> of(RealmModel realm) {
        return base(realm)
                .map(
                        base ->
                                base
                                        + "/admin/"
                                        + realm.getName()
                                        + "/console/#/"
                                        + realm.getName()
                                        + "/mfa-portal/fraud");
    }

    private static Optional<String> base(RealmModel realm) {
        Config.Scope hostname = Config.scope("hostname", "v2");
        String[] candidates = {
            hostname == null ? null : hostname.get("hostname-admin"),
            realm.getAttribute("frontendUrl"),
            hostname == null ? null : hostname.get("hostname")
        };
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                String url = candidate.strip();
                if (!url.startsWith("http://") && !url.startsWith("https://")) {
                    url = "https://" + url;
                }
                return Optional.of(url.replaceAll("/+$", ""));
            }
        }
        return Optional.empty();
    }
}
