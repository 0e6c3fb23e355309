package org.mfaportal.phone.pin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PendingPinTest {

    /** The shapes Keycloak's password hashing writes: JSON on one line each. */
    private static final PendingPin HASHED =
            new PendingPin(
                    "{\"hashIterations\":210000,\"algorithm\":\"pbkdf2-sha512\",\"additionalParameters\":{}}",
                    "{\"value\":\"c2VjcmV0aGFzaA==\",\"salt\":\"c2FsdA==\",\"additionalParameters\":{}}");

    @Test
    void aPendingPinSurvivesARoundTripThroughANote() {
        assertThat(PendingPin.parse(HASHED.serialise())).isEqualTo(HASHED);
    }

    @Test
    void emptyPartsSurviveTheRoundTripToo() {
        PendingPin empty = new PendingPin("", "");

        assertThat(empty.serialise()).isEqualTo("\n");
        assertThat(PendingPin.parse("\n")).isEqualTo(empty);
    }

    /** Only the first line break separates, so the secret part may hold further ones. */
    @Test
    void theSecretPartMayHoldLineBreaks() {
        assertThat(PendingPin.parse("data\nsecret\nmore"))
                .isEqualTo(new PendingPin("data", "secret\nmore"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "{\"value\":\"x\"}", "data\rsecret"})
    void aNoteWithoutBothPartsIsNoPendingPin(String note) {
        assertThat(PendingPin.parse(note)).isNull();
    }
}
