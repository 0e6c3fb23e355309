package org.mfaportal.it.directory;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.ldap.SlapdDirectory;

/**
 * The directory's stories on Debian's OpenLDAP (slapd, started by the test), users imported: a
 * second, independent LDAP server behind the same stories. Skipped where the machine has no slapd
 * ({@code .ci/run} installs it).
 */
class DirectoryNumbersSlapdIT extends DirectoryNumbersStories {

    DirectoryNumbersSlapdIT(KeycloakServer server) {
        super(server, new SlapdDirectory(), true);
    }

    @BeforeAll
    static void needsSlapd() {
        assumeTrue(SlapdDirectory.installed(), "Debian's slapd is not installed");
    }
}
