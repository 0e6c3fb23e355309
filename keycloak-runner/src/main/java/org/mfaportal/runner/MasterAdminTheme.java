package org.mfaportal.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The admin theme the demo realm's export names. */
    public static MasterAdminTheme ofExport(Path realmExport) throws IOException {
        String theme = JSON.readTree(realmExport.toFile()).path("adminTheme").asText("");
        if (theme.isEmpty()) {
            throw new IllegalStateException(realmExport + " names no adminTheme");
        }
        return new MasterAdminTheme(theme);
    }

    /** Sets it on the running server's master realm, as its bootstrap administrator. */
    public void applyTo(URI base, String adminUser, String adminPassword)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String form =
                "grant_type=password&client_id=admin-cli&username="
                        + URLEncoder.encode(adminUser, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> token =
                http.send(
                        HttpRequest.newBuilder(
                                        base.resolve(
                                                "/realms/master/protocol/openid-connect/token"))
                                .timeout(TIMEOUT)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        require(token, 200, "master admin token");
        String accessToken = JSON.readTree(token.body()).path("access_token").asText();
        // A partial representation: Keycloak changes only the fields it is given.
        HttpResponse<String> update =
                http.send(
                        HttpRequest.newBuilder(base.resolve("/admin/realms/master"))
                                .timeout(TIMEOUT)
                                .header("Authorization", "Bearer " + accessToken)
                                .header("Content-Type", "application/json")
                                .PUT(
                                        HttpRequest.BodyPublishers.ofString(
                                                JSON.writeValueAsString(
                                                        Map.of("adminTheme", theme))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        require(update, 204, "master realm's adminTheme");
    }

    private static void require(HttpResponse<String> reply, int status, String what) {
        if (reply.statusCode() != status) {
            throw new IllegalStateException(
                    "Setting the "
                            + what
                            + " failed: HTTP "
                            + reply.statusCode()
                            + " "
                            + reply.body());
        }
    }
}
