package org.mfaportal.push.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** §9 of docs/pipush-protocol.md: what the server announces and signs, and what the app signs. */
class DeclineReasonStringsTest {

    private static final String NONCE = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String SERIAL = "PIPU0001A2B3";

    @Test
    void theReasonIsAppendedToTheSignedDenialOnlyWhenSent() {
        assertThat(SignedStrings.decline(NONCE, SERIAL, "unknown_trigger"))
                .isEqualTo(NONCE + "|" + SERIAL + "|decline|unknown_trigger");
        assertThat(SignedStrings.decline(NONCE, SERIAL, "cancelled"))
                .isEqualTo(NONCE + "|" + SERIAL + "|decline|cancelled");
        assertThat(SignedStrings.decline(NONCE, SERIAL, ""))
                .isEqualTo(NONCE + "|" + SERIAL + "|decline");
    }

    @Test
    void theCapabilitiesAreSignedAsCanonicalJsonWithTheNonce() throws Exception {
        assertThat(SignedStrings.capabilities(NONCE))
                .isEqualTo(
                        "{\"capabilities\":{\"decline_reason\":true},\"nonce\":\"" + NONCE + "\"}");
        // The announced field, parsed and written with sorted keys and no spaces, is what is
        // signed.
        ObjectMapper json =
                new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        Map<String, Object> signed = new TreeMap<>();
        signed.put("nonce", NONCE);
        signed.put("capabilities", json.readValue(PushCapabilities.ANNOUNCED, Map.class));
        assertThat(json.writeValueAsString(signed)).isEqualTo(SignedStrings.capabilities(NONCE));
    }

    @Test
    void onlyBase32NoncesAreSigned() {
        assertThatThrownBy(() -> SignedStrings.capabilities("a\"b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownReasonsAreNone() {
        assertThat(DeclineReason.of("unknown_trigger")).contains(DeclineReason.UNKNOWN_TRIGGER);
        assertThat(DeclineReason.of("cancelled")).contains(DeclineReason.CANCELLED);
        assertThat(DeclineReason.of("bored")).isEmpty();
        assertThat(DeclineReason.of(null)).isEmpty();
    }
}
