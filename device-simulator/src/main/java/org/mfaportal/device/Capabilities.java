package org.mfaportal.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.PublicKey;

/**
 * The app's reading of §9 capabilities (its {@code SignedCapabilities} and {@code
 * negotiatedDeclineReason}): the server signs the canonical JSON of {@code {"capabilities":...,
 * "nonce":...}}; a challenge whose capabilities do not verify is not shown at all, while ones that
 * are not a JSON object or come without a signature are ignored. A value list ({@code
 * {"values":[...]}}) is read as "supported", which is all this simulator needs.
 */
final class Capabilities {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Capabilities() {}

    /** NONE: no capabilities, or ones the app ignores (not an object, no signature string). */
    enum Verdict {
        NONE,
        VERIFIED,
        FORGED
    }

    static Verdict check(ChallengeReader.Received received, PublicKey serverKey) {
        JsonNode capabilities = parsed(received.capabilities());
        if (capabilities == null || received.capabilitiesSignature() == null) {
            return Verdict.NONE;
        }
        ObjectNode signed = JSON.createObjectNode();
        signed.set("capabilities", capabilities);
        signed.put("nonce", received.request().nonce());
        String text;
        try {
            text = CanonicalJson.of(signed);
        } catch (IllegalArgumentException e) {
            return Verdict.NONE; // a value the app does not accept (a number, null): ignored
        }
        try {
            return RsaKeys.verify(serverKey, text, received.capabilitiesSignature())
                    ? Verdict.VERIFIED
                    : Verdict.FORGED;
        } catch (IllegalArgumentException e) {
            return Verdict.FORGED;
        }
    }

    static boolean declineReasons(JsonNode announced) {
        JsonNode capabilities = parsed(announced);
        if (capabilities == null) {
            return false;
        }
        JsonNode entry = capabilities.get("decline_reason");
        return entry != null && !entry.isNull() && !(entry.isBoolean() && !entry.booleanValue());
    }

    /** The object, from a JSON string (as privacyIDEA sends it) or as is; null if neither. */
    private static JsonNode parsed(JsonNode announced) {
        if (announced == null) {
            return null;
        }
        JsonNode object = announced;
        if (announced.isTextual()) {
            try {
                object = JSON.readTree(announced.textValue());
            } catch (IOException e) {
                return null;
            }
        }
        return object != null && object.isObject() ? object : null;
    }
}
