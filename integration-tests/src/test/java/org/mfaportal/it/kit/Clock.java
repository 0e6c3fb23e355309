package org.mfaportal.it.kit;

import java.time.Duration;
import java.util.Map;

/** Keycloak's clock, moved through the test-only provider instead of sleeping. */
public final class Clock implements AutoCloseable {

    private final AdminClient admin;
    private long offsetSeconds;

    Clock(AdminClient admin) {
        this.admin = admin;
    }

    public void advance(Duration by) {
        offsetSeconds += by.toSeconds();
        apply();
    }

    /** Puts the clock back; call it when the test is done (try-with-resources does). */
    @Override
    public void close() {
        offsetSeconds = 0;
        apply();
    }

    private void apply() {
        AdminClient.Reply reply =
                admin.send(
                        "PUT",
                        "/realms/master/mfa-portal-testing/time-offset",
                        Map.of("seconds", offsetSeconds));
        reply.requireStatus(200);
    }
}
