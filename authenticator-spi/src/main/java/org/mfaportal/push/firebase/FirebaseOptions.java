package org.mfaportal.push.firebase;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.keycloak.Config;

/**
 * The operator's options: {@code --spi-mfa-push-notifier--firebase--<name>}. Realm admins choose
 * the provider and a vault reference, never a file of the server.
 *
 * @param credentialsFile the service account's JSON key for realms that name no vault secret, or
 *     null
 */
public record FirebaseOptions(URI baseUrl, Path credentialsFile, Duration timeout) {

    public static final String BASE_URL = "base-url";
    public static final String CREDENTIALS_FILE = "credentials-file";
    static final String TIMEOUT_MILLIS = "timeout-millis";

    static final String GOOGLE_BASE_URL = "https://fcm.googleapis.com";
    static final int DEFAULT_TIMEOUT_MILLIS = 5000;

    static FirebaseOptions from(Config.Scope config) {
        String base = config.get(BASE_URL, GOOGLE_BASE_URL).trim();
        String file = config.get(CREDENTIALS_FILE);
        int millis = config.getInt(TIMEOUT_MILLIS, DEFAULT_TIMEOUT_MILLIS);
        if (millis < 100 || millis > 60_000) {
            throw new IllegalArgumentException(
                    TIMEOUT_MILLIS + " must be from 100 to 60000 (got " + millis + ")");
        }
        return new FirebaseOptions(
                URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base),
                file == null || file.isBlank() ? null : Path.of(file.trim()),
                Duration.ofMillis(millis));
    }

    /** POST target of FCM's HTTP v1 API for one project. */
    URI sendUrl(String projectId) {
        return URI.create(baseUrl + "/v1/projects/" + projectId + "/messages:send");
    }
}
