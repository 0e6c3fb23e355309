package org.mfaportal.phone.gateway;

import org.keycloak.Config;

/**
 * Keycloak's own {@code --hostname} option (a host name or a full URL), or null where it is not
 * set.
 */
public final class KeycloakHostname {

    private KeycloakHostname() {}

    /** Keycloak maps {@code --hostname} to the hostname provider "v2"'s option "hostname". */
    public static String configured() {
        Config.Scope hostname = Config.scope("hostname", "v2");
        return hostname == null ? null : hostname.get("hostname");
    }
}
