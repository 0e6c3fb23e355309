package org.mfaportal.device;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads the enrollment QR code the way a phone camera would, from the image the server shows. */
public final class QrCodes {

    private static final String DATA_URI_PREFIX = "data:image/png;base64,";

    private QrCodes() {}

    /**
     * @throws IllegalArgumentException when the bytes are no image or hold no readable QR code
     */
    public static String decode(byte[] image) {
        BufferedImage picture;
        try {
            picture = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image", e);
        }
        if (picture == null) {
            throw new IllegalArgumentException(
                    "not an image format this JDK reads (PNG, JPEG, GIF, BMP)");
        }
        BinaryBitmap bitmap =
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)));
        try {
            return new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (NotFoundException | ChecksumException | FormatException searching) {
            // ZXing's finder misreads a few of its own clean, generated codes (about 1 in 70,
            // FormatException);
            // read as a pure code (the image is nothing but the code), those decode.
            try {
                return new QRCodeReader()
                        .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                        .getText();
            } catch (NotFoundException | ChecksumException | FormatException e) {
                e.addSuppressed(searching);
                throw new IllegalArgumentException("no readable QR code in the image", e);
            }
        }
    }

    /** For the {@code <img src="data:image/png;base64,...">} a page embeds. */
    public static String decodeDataUri(String dataUri) {
        String text = dataUri.strip();
        if (!text.regionMatches(true, 0, DATA_URI_PREFIX, 0, DATA_URI_PREFIX.length())) {
            throw new IllegalArgumentException("not a data:image/png;base64 URI");
        }
        return decode(Base64.getMimeDecoder().decode(text.substring(DATA_URI_PREFIX.length())));
    }
}
