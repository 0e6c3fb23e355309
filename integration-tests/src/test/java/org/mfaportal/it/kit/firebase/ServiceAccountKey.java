package org.mfaportal.it.kit.firebase;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A Google service account's JSON key as the Firebase console hands it out, made up for one test
 * run: a fresh RSA key, and a token_uri on the fake, so that Google's library fetches its access
 * tokens there.
 */
public record ServiceAccountKey(
        String projectId, String clientEmail, String keyId, KeyPair keys, URI tokenUri) {

    static ServiceAccountKey fresh(URI tokenUri) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String project = "mfa-test-" + UUID.randomUUID().toString().substring(0, 8);
            return new ServiceAccountKey(
                    project,
                    "firebase-adminsdk@" + project + ".iam.gserviceaccount.com",
                    UUID.randomUUID().toString().replace("-", ""),
                    generator.generateKeyPair(),
                    tokenUri);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same account and project with a new key (and key id), as a rotation makes it. */
    ServiceAccountKey withFreshKey() {
        ServiceAccountKey fresh = fresh(tokenUri);
        return new ServiceAccountKey(projectId, clientEmail, fresh.keyId(), fresh.keys(), tokenUri);
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    /** The JSON file's fields, as Google writes them. */
    public String json() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("type", "service_account");
        json.put("project_id", projectId);
        json.put("private_key_id", keyId);
        json.put(
                "private_key",
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes())
                                .encodeToString(keys.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        json.put("client_email", clientEmail);
        json.put("client_id", "1" + Math.abs(keyId.hashCode()));
        json.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        json.put("token_uri", tokenUri.toString());
        try {
            return new ObjectMapper().writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written as an operator would: readable by the server's user only. */
    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the file stays as created.
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
