package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.mfaportal.device.QrCodes;
import org.mfaportal.push.device.DeviceUrls;
import org.mfaportal.push.device.Serials;
import org.mfaportal.push.enrollment.QrImage;
import org.mfaportal.push.protocol.EnrollmentUri;

/**
 * The activation page's QR image reads back as the same URI, whatever the serial, code and user
 * name.
 */
class ActivationQrCodeTest {

    @RepeatedTest(300)
    void theQrImageOnThePageReadsBackAsTheEnrollmentUri() {
        String user = "user-" + UUID.randomUUID().toString().substring(0, 8);
        String uri =
                EnrollmentUri.of(
                        "mfa-demo:" + user,
                        "http://127.0.0.1:"
                                + (1024 + (int) (Math.random() * 60000))
                                + "/realms/mfa-demo/mfa-portal/push/"
                                + DeviceUrls.userRef(UUID.randomUUID().toString()),
                        10,
                        "mfa-demo",
                        Serials.activationCode(),
                        Serials.next());

        assertThat(QrCodes.decodeDataUri(QrImage.dataUri(uri))).isEqualTo(uri);
    }
}
