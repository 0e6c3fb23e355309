package org.mfaportal.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Appendix A of the pipush spec: real RSA-4096 keys and signatures, copied verbatim into a test
 * resource.
 */
final class SpecVectors {

    static final String SERIAL = "PIPU0001A2B3";
    static final String NONCE = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    static final String URL = "http://localhost:8080/realms/demo/pipush";
    static final String QUESTION = "Do you want to confirm the login?";
    static final String TITLE = "privacyIDEA";

    private static final JsonNode VECTORS = load();

    private SpecVectors() {}

    static String get(String name) {
        JsonNode value = VECTORS.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no vector " + name);
        }
        return value.textValue();
    }

    private static JsonNode load() {
        try (InputStream in = SpecVectors.class.getResourceAsStream("/pipush-appendix-a.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
