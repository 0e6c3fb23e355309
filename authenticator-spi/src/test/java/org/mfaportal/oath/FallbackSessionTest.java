package org.mfaportal.oath;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.sessions.AuthenticationSessionModel;

class FallbackSessionTest {

    private static final long SHOWN = 1_700_000_000L;
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @ParameterizedTest(name = "{0} s after the form was shown: open {1}")
    @CsvSource({"0, true", "1, true", "299, true", "300, false", "301, false", "86400, false"})
    void theSessionIsOpenForItsLengthFromWhenTheFormWasFirstShown(long elapsed, boolean open) {
        assertThat(new FallbackSession(SHOWN).isOpen(SHOWN + elapsed, FIVE_MINUTES))
                .isEqualTo(open);
    }

    @Test
    void showingTheFormAgainKeepsTheFirstStart() {
        AuthenticationSessionModel auth = inMemoryAuthNotes();

        FallbackSession first = FallbackSession.startIn(auth, SHOWN);
        FallbackSession later = FallbackSession.startIn(auth, SHOWN + 240);

        assertThat(first.startedAt()).isEqualTo(SHOWN);
        assertThat(later).isEqualTo(first);
        assertThat(later.isOpen(SHOWN + 301, FIVE_MINUTES)).isFalse();
    }

    @Test
    void aRestartedSignInHasANewSession() {
        AuthenticationSessionModel auth = inMemoryAuthNotes();
        FallbackSession.startIn(auth, SHOWN);

        auth.removeAuthNote(FallbackSession.NOTE); // as Keycloak's restart clears every auth note

        assertThat(FallbackSession.startIn(auth, SHOWN + 600).isOpen(SHOWN + 601, FIVE_MINUTES))
                .isTrue();
    }

    /** Only the auth notes are real; anything else FallbackSession touched would fail the test. */
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
