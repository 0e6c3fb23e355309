package org.mfaportal.it.directory;

import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.ldap.InMemoryDirectory;

/**
 * The directory's stories on UnboundID's in-memory server with {@code importEnabled=false}: every
 * lookup reads the directory, and the portal's credentials live in Keycloak's federated storage.
 */
class DirectoryNumbersNoImportIT extends DirectoryNumbersStories {

    DirectoryNumbersNoImportIT(KeycloakServer server) {
        super(server, new InMemoryDirectory(), false);
    }
}
