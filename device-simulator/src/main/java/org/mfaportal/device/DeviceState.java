package org.mfaportal.device;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;

/**
 * What a simulated device remembers between CLI runs, as JSON. It holds the device's private key,
 * so the file is made readable by its owner only where the file system allows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeviceState(
        int format,
        String devicePrivateKey,
        String devicePublicKey,
        String serial,
        String url,
        String issuer,
        String label,
        Long ttlMinutes,
        Boolean sslVerify,
        Boolean pollOnly,
        String serverPublicKey,
        String clockOffset,
        boolean firebaseTokenUpdated) {

    static final int FORMAT = 1;

    static DeviceState of(
            KeyPair keys,
            Enrollment enrollment,
            RSAPublicKey serverKey,
            Duration clockOffset,
            boolean firebaseTokenUpdated) {
        boolean enrolled = enrollment != null;
        return new DeviceState(
                FORMAT,
                RsaKeys.privateKeyBase64(keys.getPrivate()),
                RsaKeys.spkiBase64(keys.getPublic()),
                enrolled ? enrollment.serial() : null,
                enrolled ? enrollment.url().toString() : null,
                enrolled ? enrollment.issuer() : null,
                enrolled ? enrollment.label() : null,
                enrolled ? enrollment.ttl().toMinutes() : null,
                enrolled ? enrollment.sslVerify() : null,
                enrolled ? enrollment.pollOnly() : null,
                serverKey == null ? null : RsaKeys.pkcs1Base64(serverKey),
                clockOffset.toString(),
                firebaseTokenUpdated);
    }

    KeyPair keyPair() {
        return new KeyPair(
                RsaKeys.fromSpkiBase64(devicePublicKey),
                RsaKeys.privateKeyFromBase64(devicePrivateKey));
    }

    /** Null for a device saved before it enrolled. */
    Enrollment enrollment() {
        if (serial == null || url == null) {
            return null;
        }
        return new Enrollment(
                serial,
                URI.create(url),
                issuer,
                label,
                Duration.ofMinutes(ttlMinutes == null ? 3 : ttlMinutes),
                !Boolean.FALSE.equals(sslVerify),
                Boolean.TRUE.equals(pollOnly));
    }

    void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String json =
                ServerReplies.JSON
                        .writer(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(this);
        // A temporary file is owner-only on POSIX file systems; moving it keeps that and never
        // leaves half a file.
        Path temporary = Files.createTempFile(parent, ".device-", ".json");
        Files.writeString(temporary, json);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    static DeviceState read(Path file) throws IOException {
        DeviceState state = ServerReplies.JSON.readValue(file.toFile(), DeviceState.class);
        if (state.format() != FORMAT
                || state.devicePrivateKey() == null
                || state.devicePublicKey() == null) {
            throw new IOException(file + " is not a device state file (format " + FORMAT + ")");
        }
        return state;
    }
}
