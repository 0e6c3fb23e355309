package org.mfaportal.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.mfaportal.phone.SentCode.Check;

class SentCodeTest {

    private static final long SENT = 1_700_000_000_000L;
    private static final long LIFETIME = 300_000;
    private static final SentCode CODE = new SentCode("483920", SENT + LIFETIME, SENT, 0);

    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {4, 6, 10})
    void aFreshCodeHasTheRequestedLengthInDigitsOnly(int length) {
        SentCode fresh = SentCode.fresh(length, SENT, LIFETIME);

        assertThat(fresh.code()).hasSize(length).containsOnlyDigits();
        assertThat(fresh.sentAt()).isEqualTo(SENT);
        assertThat(fresh.expiresAt()).isEqualTo(SENT + LIFETIME);
        assertThat(fresh.wrongAttempts()).isZero();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"483920", "483 920", " 483920 ", "4 8 3\t9 2 0"})
    void theCodeMatchesAsSentOrWithSpacesTypedInIt(String entered) {
        assertThat(CODE.check(entered, SENT + 1)).isEqualTo(Check.MATCH);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"483921", "48392", "4839", "4839201", "483920483920"})
    void anythingElseIsAMismatch(String entered) {
        assertThat(CODE.check(entered, SENT + 1)).isEqualTo(Check.MISMATCH);
    }

    @Test
    void theCodeExpiresAtItsExpiryAndStaysExpired() {
        assertThat(CODE.check("483920", SENT + LIFETIME - 1)).isEqualTo(Check.MATCH);
        assertThat(CODE.check("483920", SENT + LIFETIME)).isEqualTo(Check.EXPIRED);
        assertThat(CODE.check("483920", SENT + LIFETIME + 1)).isEqualTo(Check.EXPIRED);
    }

    @Test
    void afterFiveWrongAttemptsEvenTheRightCodeIsRefused() {
        SentCode code = CODE;
        for (int i = 1; i < SentCode.MAX_WRONG_ATTEMPTS; i++) {
            code = code.withWrongAttempt();
        }
        assertThat(code.wrongAttempts()).isEqualTo(4);
        assertThat(code.check("483920", SENT + 1)).isEqualTo(Check.MATCH);

        SentCode exhausted = code.withWrongAttempt();

        assertThat(SentCode.MAX_WRONG_ATTEMPTS).isEqualTo(5);
        assertThat(exhausted.check("483920", SENT + 1)).isEqualTo(Check.EXHAUSTED);
        assertThat(exhausted.check("000000", SENT + 1)).isEqualTo(Check.EXHAUSTED);
    }

    /** Exhaustion is checked first: a code both expired and guessed out reports EXHAUSTED. */
    @Test
    void anExhaustedCodeReportsExhaustedEvenWhenExpired() {
        SentCode exhausted =
                new SentCode("483920", SENT + LIFETIME, SENT, SentCode.MAX_WRONG_ATTEMPTS);

        assertThat(exhausted.check("483920", SENT + LIFETIME)).isEqualTo(Check.EXHAUSTED);
    }

    @Test
    void aCodeIsLiveUntilItExpiresOrIsGuessedOut() {
        assertThat(CODE.isLive(SENT)).isTrue();
        assertThat(CODE.isLive(SENT + LIFETIME - 1)).isTrue();
        assertThat(CODE.isLive(SENT + LIFETIME)).isFalse();
        assertThat(new SentCode("483920", SENT + LIFETIME, SENT, 4).isLive(SENT)).isTrue();
        assertThat(new SentCode("483920", SENT + LIFETIME, SENT, 5).isLive(SENT)).isFalse();
    }

    @Test
    void aResendKeepsCodeExpiryAndWrongAttempts() {
        SentCode once = CODE.withWrongAttempt().withWrongAttempt();

        SentCode resent = once.resentAt(SENT + 60_000);

        assertThat(resent).isEqualTo(new SentCode("483920", SENT + LIFETIME, SENT + 60_000, 2));
    }

    @Test
    void theCodeSurvivesARoundTripThroughTheAuthenticationSession() {
        AuthenticationSessionModel session = inMemoryAuthNotes();
        SentCode code = CODE.withWrongAttempt().resentAt(SENT + 30_000);

        code.writeTo(session, "sms-login");

        assertThat(SentCode.readFrom(session, "sms-login")).isEqualTo(code);
        assertThat(SentCode.readFrom(session, "sms-setup")).isNull();

        SentCode.clear(session, "sms-login");

        assertThat(SentCode.readFrom(session, "sms-login")).isNull();
    }

    /** Only the auth notes are real; anything else SentCode touched would fail the test. */
    private static AuthenticationSessionModel inMemoryAuthNotes() {
        Map<String, String> notes = new HashMap<>();
        return (AuthenticationSessionModel)
                Proxy.newProxyInstance(
                        AuthenticationSessionModel.class.getClassLoader(),
                        new Class<?>[] {AuthenticationSessionModel.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "getAuthNote" -> notes.get((String) args[0]);
                                    case "setAuthNote" ->
                                            notes.put((String) args[0], (String) args[1]);
                                    case "removeAuthNote" -> notes.remove((String) args[0]);
                                    default ->
                                            throw new UnsupportedOperationException(
                                                    method.getName());
                                });
    }
}
