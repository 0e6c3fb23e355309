package org.mfaportal.phone.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InboxTest {

    private static final long NOW = 1_750_000_000_000L;
    private static final DevScript GREETING = new DevScript("Press pound.", "http://k/d", null);
    private static final String ALICE = "+14155550100";
    private static final String BOB = "+14155550101";

    @Test
    void survivesTheJsonRoundTrip() {
        PhoneCall call =
                PhoneCall.ringing(
                                new DevScript(
                                        "Press pound.",
                                        "http://kc/realms/r/mfa-portal/phone/calls/t/digits",
                                        "Goodbye."),
                                "http://kc/status",
                                null)
                        .answered(List.of("Press pound."), "http://kc/digits")
                        .keysPressed("1234", List.of("Thank you."));
        Inbox inbox =
                Inbox.empty()
                        .with(
                                ALICE,
                                PhoneEvent.textReceived(
                                        "SM1", NOW - 2, "Your code is 483920 <b>\"quoted\"</b>"),
                                NOW)
                        .with(
                                ALICE,
                                PhoneEvent.textSent(
                                        "SM2", NOW - 1, "483920", "reply webhook: HTTP 200"),
                                NOW)
                        .with(BOB, PhoneEvent.call("CA1", NOW, call), NOW);

        Inbox back = Inbox.fromJson(inbox.toJson());

        assertThat(back).isEqualTo(inbox);
        assertThat(back.find(BOB, "CA1").orElseThrow().call().keys()).isEqualTo("1234");
        assertThat(back.numbersByActivity()).containsExactly(BOB, ALICE);
    }

    @Test
    void nothingStoredReadsAsEmpty() {
        assertThat(Inbox.fromJson(null).numbers()).isEmpty();
    }

    @Test
    void keepsTheNewestEventsOfANumber() {
        Inbox inbox = Inbox.empty();
        for (int i = 0; i < Inbox.MAX_EVENTS_PER_NUMBER + 10; i++) {
            inbox =
                    inbox.with(
                            ALICE,
                            PhoneEvent.textReceived("SM" + i, NOW + i, "text " + i),
                            NOW + i);
        }

        List<PhoneEvent> kept = inbox.numbers().get(ALICE);
        assertThat(kept).hasSize(Inbox.MAX_EVENTS_PER_NUMBER);
        assertThat(kept.get(0).id()).isEqualTo("SM" + (Inbox.MAX_EVENTS_PER_NUMBER + 9));
        assertThat(kept.get(kept.size() - 1).id()).isEqualTo("SM10");
    }

    @Test
    void dropsTheLeastRecentNumbersBeyondTheCap() {
        Inbox inbox = Inbox.empty();
        for (int i = 0; i < Inbox.MAX_NUMBERS + 3; i++) {
            inbox =
                    inbox.with(
                            "+1415555" + (1000 + i),
                            PhoneEvent.textReceived("SM" + i, NOW + i, "hi"),
                            NOW + i);
        }

        assertThat(inbox.numbers())
                .hasSize(Inbox.MAX_NUMBERS)
                .doesNotContainKeys("+14155551000", "+14155551001", "+14155551002")
                .containsKey("+1415555" + (1000 + Inbox.MAX_NUMBERS + 2));
    }

    @Test
    void forgetsWhatIsOlderThanADay() {
        long dayAndASecondAgo = NOW - Duration.ofDays(1).plusSeconds(1).toMillis();
        Inbox inbox =
                Inbox.empty()
                        .with(
                                ALICE,
                                PhoneEvent.textReceived("SM-old", dayAndASecondAgo, "old"),
                                dayAndASecondAgo)
                        .with(BOB, PhoneEvent.textReceived("SM-new", NOW, "new"), NOW);

        assertThat(inbox.numbers()).containsOnlyKeys(BOB);
    }

    @Test
    void changesOneCallAndLeavesTheRest() {
        Inbox inbox =
                IntStream.range(0, 3)
                        .boxed()
                        .reduce(
                                Inbox.empty(),
                                (in, i) ->
                                        in.with(
                                                ALICE,
                                                PhoneEvent.call(
                                                        "CA" + i,
                                                        NOW + i,
                                                        PhoneCall.ringing(GREETING, "t", null)),
                                                NOW + i),
                                (a, b) -> b);

        Inbox changed =
                inbox.updated(
                        ALICE,
                        "CA1",
                        e -> e.withCall(PhoneCall::missed).withNote("status no-answer: HTTP 204"));

        assertThat(changed.find(ALICE, "CA1").orElseThrow().call().state())
                .isEqualTo(PhoneCall.State.MISSED);
        assertThat(changed.find(ALICE, "CA1").orElseThrow().note())
                .isEqualTo("status no-answer: HTTP 204");
        assertThat(changed.find(ALICE, "CA0").orElseThrow().call().state())
                .isEqualTo(PhoneCall.State.RINGING);
        assertThat(changed.updated(BOB, "CA1", e -> null)).isEqualTo(changed);
    }
}
