package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.mfaportal.device.QrCodes;
import org.mfaportal.device.SimulatedDevice;
import org.mfaportal.it.kit.Page;

/**
 * The activation pages as a person uses them: name, code and QR code, then "Authenticate Me Now".
 */
final class Activation {

    private Activation() {}

    /**
     * Names the device and asks for an activation code; returns the page with the QR code (or a
     * refusal).
     */
    static Page generate(Page namePage, String deviceName) {
        return namePage.form(PushWait.SETUP_FORM)
                .fill("name", deviceName)
                .fill("generate", "true")
                .submit();
    }

    /** What a phone reads from the QR image on the page (a PNG data: URI), decoded with ZXing. */
    static String scanQr(Page activationPage) {
        String image = activationPage.html().getElementById("mfa-push-qr").attr("src");
        assertThat(image).startsWith("data:image/png;base64,");
        return QrCodes.decodeDataUri(image);
    }

    static String activationCode(Page activationPage) {
        return activationPage.html().getElementById("mfa-push-code").text();
    }

    /**
     * The whole activation from the name page on: scan, enroll, the page moves on, Authenticate Me
     * Now, pick the number on the phone. Returns the page after the first approval.
     */
    static Page complete(Page namePage, String deviceName, SimulatedDevice device) {
        Page activation = generate(namePage, deviceName);
        device.enroll(scanQr(activation));
        PushWait activating = new PushWait(activation);
        assertThat(activating.awaitState(10)).isEqualTo("APPROVED");
        Page ready = activating.continueOn();
        assertThat(ready.html().getElementById("mfa-authenticate"))
                .as(ready.title() + " | " + ready.feedback())
                .isNotNull();
        PushWait first =
                new PushWait(ready.form(PushWait.SETUP_FORM).fill("authenticate", "true").submit());
        Phone.answerTheOnlyRequest(device, first.number());
        assertThat(first.awaitState(10)).isEqualTo("APPROVED");
        return first.continueOn();
    }
}
