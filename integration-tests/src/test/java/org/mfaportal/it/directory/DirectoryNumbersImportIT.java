package org.mfaportal.it.directory;

import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.ldap.InMemoryDirectory;

/**
 * The directory's stories on UnboundID's in-memory server, users imported into Keycloak's database.
 */
class DirectoryNumbersImportIT extends DirectoryNumbersStories {

    DirectoryNumbersImportIT(KeycloakServer server) {
        super(server, new InMemoryDirectory(), true);
    }
}
