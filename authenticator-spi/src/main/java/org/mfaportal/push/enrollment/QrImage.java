package org.mfaportal.push.enrollment;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The activation QR code as a PNG data: URI, so the page needs no second request (and nothing is
 * cached). About 1.5% of the codes ZXing draws with its automatic mask were not read back by
 * ZXing's own reader (FormatException, measured over 3000 activation URIs), so each code is read
 * back before it is shown, and drawn with another mask pattern if it does not read.
 */
public final class QrImage {

    private static final int SIZE = 320;
    private static final int MASK_PATTERNS = 8;

    private QrImage() {}

    public static String dataUri(String text) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(readable(text)));
    }

    /**
     * The code with ZXing's own mask choice, else the first mask pattern that reads back as {@code
     * text}.
     */
    static BitMatrix readable(String text) {
        BitMatrix chosen = encode(text, -1);
        for (int mask = 0; mask < MASK_PATTERNS && !readsBack(chosen, text); mask++) {
            chosen = encode(text, mask);
        }
        return chosen;
    }

    private static BitMatrix encode(String text, int maskPattern) {
        Map<EncodeHintType, Object> hints = new HashMap<>();
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 4);
        if (maskPattern >= 0) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, maskPattern);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE, SIZE, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code", e);
        }
    }

    private static boolean readsBack(BitMatrix matrix, String text) {
        int[] pixels = new int[matrix.getWidth() * matrix.getHeight()];
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                pixels[y * matrix.getWidth() + x] = matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap =
                new BinaryBitmap(
                        new HybridBinarizer(
                                new RGBLuminanceSource(
                                        matrix.getWidth(), matrix.getHeight(), pixels)));
        try {
            return text.equals(
                    new QRCodeReader()
                            .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                            .getText());
        } catch (ReaderException e) {
            return false;
        }
    }

    private static byte[] png(BitMatrix matrix) {
        BufferedImage image =
                new BufferedImage(
                        matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
