package org.mfaportal.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives the master realm the demo realm's admin theme. Keycloak serves {@code
 * /admin/master/console/} with the admin theme of the realm in its URL (master), also while a
 * master administrator works on another realm through the realm selector: without this, the
 * server's bootstrap admin would manage the demo realm in Keycloak's plain console, without the
 * portal's screens. The theme is read from the realm export, so the two cannot drift.
 */
public record MasterAdminTheme(String theme) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The admin theme the demo realm's export names. */
    public static MasterAdminTheme ofExport(Path realmExport) throws IOException {
        String theme = JSON.readTree(realmExport.toFile()).path("adminTheme").asText("");
        if (theme.isEmpty()) {
            throw new IllegalStateException(realmExport + " names no adminTheme");
        }
        return new MasterAdminTheme(theme);
    }

    /** Sets it on the running server's master realm. */
    public void applyTo(AdminRest admin) {
        // A partial representation: Keycloak changes only the fields it is given.
        admin.put("/admin/realms/master", Map.of("adminTheme", theme));
    }
}
