package org.mfaportal.it.directory;

import org.mfaportal.it.kit.KeycloakServer;

/**
 * The directory's stories with {@code importEnabled=false}: every lookup reads the directory, and
 * the portal's credentials live in Keycloak's federated storage.
 */
class DirectoryNumbersNoImportIT extends DirectoryNumbersStories {

    DirectoryNumbersNoImportIT(KeycloakServer server) {
        super(server, false);
    }
}
