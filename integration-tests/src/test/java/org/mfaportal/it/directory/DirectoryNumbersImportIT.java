package org.mfaportal.it.directory;

import org.mfaportal.it.kit.KeycloakServer;

/** The directory's stories with users imported into Keycloak's database. */
class DirectoryNumbersImportIT extends DirectoryNumbersStories {

    DirectoryNumbersImportIT(KeycloakServer server) {
        super(server, true);
    }
}
