package org.mfaportal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    static final String URI =
            "otpauth://pipush/PIPU0001A2B3?url=http%3A//localhost%3A8080/realms/demo/pipush"
                    + "&ttl=10&issuer=privacyIDEA&enrollment_credential=3f1c9a0e5b7d2468ace013579bdf02468ace1357&v=1"
                    + "&serial=PIPU0001A2B3&sslverify=0&poll_only=True";

    @Test
    void readsTheUriBackFromAPng() throws Exception {
        assertThat(QrCodes.decode(png(URI))).isEqualTo(URI);
    }

    @Test
    void readsTheUriBackFromADataUri() throws Exception {
        String dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(URI));
        assertThat(QrCodes.decodeDataUri(dataUri)).isEqualTo(URI);
    }

    /**
     * ZXing's own mask choice gives codes its finder misreads now and then; every one of these must
     * still read.
     */
    @Test
    void readsBackEveryOneOfManyActivationUris() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            String userRef =
                    Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(UUID.randomUUID().toString().getBytes());
            String uri =
                    "otpauth://pipush/mfa-demo%3Auser-"
                            + Integer.toHexString(random.nextInt())
                            + "?url=http%3A//127.0.0.1%3A"
                            + (30000 + random.nextInt(30000))
                            + "/realms/mfa-demo/mfa-portal/push/"
                            + userRef
                            + "&ttl=10&issuer=mfa-demo"
                            + "&enrollment_credential="
                            + String.format("%040x", new BigInteger(160, random))
                            + "&v=1&serial="
                            + String.format("MFAP%012X", random.nextLong() & 0xFFFFFFFFFFFFL)
                            + "&sslverify=1&poll_only=True";
            assertThat(QrCodes.decode(png(uri))).as(uri).isEqualTo(uri);
        }
    }

    @Test
    void saysWhenThereIsNoImageOrNoCode() {
        assertThatThrownBy(() -> QrCodes.decode("not a picture".getBytes()))
                .hasMessageContaining("not an image");
        assertThatThrownBy(() -> QrCodes.decodeDataUri("data:text/plain;base64,AAAA"))
                .hasMessageContaining("data:image/png");
    }

    static byte[] png(String text) throws WriterException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // As the server draws the activation code: 320 px, error correction M, 4 modules of margin,
        // ZXing's mask choice.
        Map<EncodeHintType, Object> hints =
                Map.of(
                        EncodeHintType.ERROR_CORRECTION,
                        ErrorCorrectionLevel.M,
                        EncodeHintType.MARGIN,
                        4);
        MatrixToImageWriter.writeToStream(
                new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 320, 320, hints),
                "PNG",
                out);
        return out.toByteArray();
    }
}
