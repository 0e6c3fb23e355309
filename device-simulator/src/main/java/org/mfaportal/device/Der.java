package org.mfaportal.device;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/** The few DER pieces pipush needs: PKCS#1 RSAPublicKey is SEQUENCE { INTEGER n, INTEGER e }. */
final class Der {

    static final int INTEGER = 0x02;
    static final int SEQUENCE = 0x30;

    private final byte[] data;
    private int position;

    private Der(byte[] data) {
        this.data = data;
    }

    static Der reading(byte[] data) {
        return new Der(data);
    }

    /** Reads one element of the given tag and returns its contents. */
    byte[] read(int tag) {
        if (position >= data.length || (data[position] & 0xff) != tag) {
            throw new IllegalArgumentException(
                    "DER: expected tag 0x" + Integer.toHexString(tag) + " at " + position);
        }
        position++;
        int length = readLength();
        if (length > data.length - position) {
            throw new IllegalArgumentException("DER: length " + length + " runs past the end");
        }
        byte[] contents = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return contents;
    }

    boolean atEnd() {
        return position == data.length;
    }

    private int readLength() {
        int first = data[position++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int count = first & 0x7f;
        if (count == 0 || count > 3) {
            throw new IllegalArgumentException("DER: unsupported length form");
        }
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (data[position++] & 0xff);
        }
        return length;
    }

    static byte[] integer(BigInteger value) {
        return element(INTEGER, value.toByteArray());
    }

    static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream contents = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            contents.writeBytes(part);
        }
        return element(SEQUENCE, contents.toByteArray());
    }

    private static byte[] element(int tag, byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
        out.write(tag);
        int length = contents.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        } else {
            out.write(0x83);
            out.write(length >> 16);
            out.write((length >> 8) & 0xff);
            out.write(length & 0xff);
        }
        out.writeBytes(contents);
        return out.toByteArray();
    }
}
