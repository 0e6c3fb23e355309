package org.mfaportal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmailListTypeTest {

    private final EmailListType type = new EmailListType(3);

    @Test
    void addressesAreStoredLowerCaseOnceEachInTheOrderGiven() throws InvalidSettingException {
        assertThat(
                        type.canonical(
                                "fraudAlertRecipients",
                                List.of("Security@Example.org", "helpdesk@example.org")))
                .isEqualTo("security@example.org,helpdesk@example.org");
        assertThat(type.canonical("fraudAlertRecipients", "a@example.org; A@example.org\nb@x.io"))
                .isEqualTo("a@example.org,b@x.io");
        assertThat(type.toJson("a@example.org,b@x.io"))
                .isEqualTo(List.of("a@example.org", "b@x.io"));
    }

    @Test
    void nobodyIsAllowed() throws InvalidSettingException {
        assertThat(type.canonical("fraudAlertRecipients", List.of())).isEmpty();
        assertThat(type.canonical("fraudAlertRecipients", "")).isEmpty();
    }

    @Test
    void anythingButAnAddressIsRefusedWithTheEntry() {
        assertThatThrownBy(
                        () ->
                                type.canonical(
                                        "fraudAlertRecipients",
                                        List.of("a@example.org", "no at sign")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("fraudAlertRecipients takes only email addresses");
        assertThatThrownBy(
                        () -> type.canonical("fraudAlertRecipients", List.of("a@example.org", 5)))
                .isInstanceOf(InvalidSettingException.class);
        assertThatThrownBy(() -> type.canonical("fraudAlertRecipients", 5))
                .isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void tooManyAddressesAreRefused() {
        assertThatThrownBy(
                        () ->
                                type.canonical(
                                        "fraudAlertRecipients",
                                        List.of("a@x.io", "b@x.io", "c@x.io", "d@x.io")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("at most 3");
    }
}
