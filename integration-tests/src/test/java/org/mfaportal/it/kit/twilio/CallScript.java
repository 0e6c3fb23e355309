package org.mfaportal.it.kit.twilio;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a TwiML answer makes the phone do: the sentences spoken (in order, with their language),
 * where the keys go if it gathers any, and whether it hangs up.
 */
public record CallScript(List<Spoken> said, Gather gather, boolean hangsUp) {

    /** A {@code <Say>}; {@code language} is null when the TwiML names none. */
    public record Spoken(String text, String language) {}

    /** A {@code <Gather>}: where and how the keys are posted, and which key ends the input. */
    public record Gather(String action, String method, String finishOnKey) {}

    /** Parses TwiML (DOCTYPEs and external entities refused). */
    public static CallScript parse(String twiml) {
        return TwimlReader.read(twiml);
    }

    /** All the sentences, one per line. */
    public String text() {
        return said.stream().map(Spoken::text).collect(Collectors.joining("\n"));
    }

    public boolean gathersKeys() {
        return gather != null;
    }
}
