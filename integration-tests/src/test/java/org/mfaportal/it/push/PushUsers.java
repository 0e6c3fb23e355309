package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.mfaportal.device.SimulatedDevice;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.KeycloakServer;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.TestUser;

/**
 * Users who activated the mobile app, the way people do: first sign-in, setup page, activation
 * pages.
 */
public final class PushUsers {

    static final String OUTSIDE = "203.0.113.77";

    /**
     * The protocol does not care about the key size; 2048-bit device keys keep the suites quick.
     */
    static final int DEVICE_KEY_BITS = 2048;

    public record Enrolled(TestUser user, SimulatedDevice device) {}

    private PushUsers() {}

    public static Enrolled enrolled(KeycloakServer server, DemoApp app) {
        TestUser user = TestUser.withoutSecondFactor(server);
        SimulatedDevice device = SimulatedDevice.create(DEVICE_KEY_BITS);
        try (Browser browser = server.browser().forwardedFor(OUTSIDE)) {
            Page signedIn =
                    Activation.complete(
                            setupPage(app, browser, user), "Phone of " + user.username(), device);
            assertThat(DemoApp.isSignedIn(signedIn))
                    .as(signedIn.title() + " | " + signedIn.feedback())
                    .isTrue();
        }
        return new Enrolled(user, device);
    }

    /** First sign-in of a user without a second factor: the setup page, mobile app chosen. */
    static Page setupPage(DemoApp app, Browser browser, TestUser user) {
        return app.signInWithPassword(browser, user.username(), user.password())
                .form("mfa-setup-choice-form")
                .fill("method", "mfa-push-setup")
                .submit();
    }

    /** Signs in with the password; returns the page that waits for the phone. */
    public static PushWait signIn(DemoApp app, Browser browser, TestUser user) {
        return new PushWait(app.signInWithPassword(browser, user.username(), user.password()));
    }

    /** The fields of an answer as the app posts it, signed by {@code signer}. */
    static Map<String, String> answer(
            SimulatedDevice signer, String serial, String nonce, String picked) {
        String signed = picked == null ? nonce + "|" + serial : nonce + "|" + serial + "|" + picked;
        return picked == null
                ? Map.of("serial", serial, "nonce", nonce, "signature", signer.sign(signed))
                : Map.of(
                        "serial",
                        serial,
                        "nonce",
                        nonce,
                        "presence_answer",
                        picked,
                        "signature",
                        signer.sign(signed));
    }

    static URI url(SimulatedDevice device) {
        return device.url();
    }
}
