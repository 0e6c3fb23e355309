package org.mfaportal.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    static final String URI = "otpauth://pipush/PIPU0001A2B3?url=http%3A//localhost%3A8080/realms/demo/pipush"
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

    @Test
    void saysWhenThereIsNoImageOrNoCode() {
        assertThatThrownBy(() -> QrCodes.decode("not a picture".getBytes())).hasMessageContaining("not an image");
        assertThatThrownBy(() -> QrCodes.decodeDataUri("data:text/plain;base64,AAAA")).hasMessageContaining("data:image/png");
    }

    static byte[] png(String text) throws WriterException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300), "PNG", out);
        return out.toByteArray();
    }
}
