package org.mfaportal.push.enrollment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;

/**
 * Where this tab's mobile-app setup stands, kept whole in one auth note. No note: the user is
 * naming the device. ACTIVATING: an activation code was generated for {@code serial} (the app has
 * yet to activate, or has and waits for "Authenticate Me Now"). APPROVING: a first request ({@code
 * nonce}) was sent to the activated device and the page waits for its answer.
 */
record SetupStep(
        Stage stage, String serial, String code, String ticketId, String deviceName, String nonce) {

    enum Stage {
        ACTIVATING,
        APPROVING
    }

    private static final String NOTE = "mfa-portal.push-setup.step";

    /** A code just generated for a new device. */
    static SetupStep activating(String serial, String code, String ticketId, String deviceName) {
        return new SetupStep(Stage.ACTIVATING, serial, code, ticketId, deviceName, null);
    }

    static Optional<SetupStep> of(AuthenticationSessionModel auth) {
        String json = auth.getAuthNote(NOTE);
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonSerialization.readValue(json, SetupStep.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first request went to the device and its answer is awaited. */
    SetupStep approving(String nonce) {
        return new SetupStep(Stage.APPROVING, serial, code, ticketId, deviceName, nonce);
    }

    /** Back to the activated (or activating) device, no request pending. */
    SetupStep activatingAgain() {
        return new SetupStep(Stage.ACTIVATING, serial, code, ticketId, deviceName, null);
    }

    SetupStep writeTo(AuthenticationSessionModel auth) {
        try {
            auth.setAuthNote(NOTE, JsonSerialization.writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static void clear(AuthenticationSessionModel auth) {
        auth.removeAuthNote(NOTE);
    }
}
