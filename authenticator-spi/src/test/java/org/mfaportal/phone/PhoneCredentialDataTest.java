package org.mfaportal.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A phone credential remembers where its number came from, and older ones read as the user's. */
class PhoneCredentialDataTest {

    @Test
    void aCredentialStoredBeforeSourcesExistedIsTheUsers() {
        PhoneCredentialData data =
                PhoneCredentialData.read("{\"number\":\"+12015550123\",\"locked\":true}");

        assertThat(data.number()).isEqualTo("+12015550123");
        assertThat(data.locked()).isTrue();
        assertThat(data.fromDirectory()).isFalse();
        assertThat(data.write()).isEqualTo("{\"number\":\"+12015550123\",\"locked\":true}");
    }

    @Test
    void aDirectoryNumberKeepsItsSourceThroughALock() {
        PhoneCredentialData data =
                new PhoneCredentialData(
                        "+12015550123", null, null, false, PhoneCredentialData.FROM_DIRECTORY);

        PhoneCredentialData locked = PhoneCredentialData.read(data.lock().write());

        assertThat(locked.fromDirectory()).isTrue();
        assertThat(locked.locked()).isTrue();
        assertThat(data.write()).contains("\"source\":\"directory\"");
    }
}
