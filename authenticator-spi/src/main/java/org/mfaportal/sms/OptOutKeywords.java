package org.mfaportal.sms;

import java.util.Locale;
import java.util.Set;

/**
 * Twilio's default opt-out, opt-in and help keywords. Twilio acts on a reply that is exactly one of
 * them (any case, surrounding spaces ignored): STOP blocks further texts to the number until it
 * replies START. Such a reply is the carrier's business, not a guess at a code, so it is never
 * counted as a failed sign-in.
 */
enum OptOutKeywords {
    NONE,
    OPT_OUT,
    OPT_IN,
    HELP;

    private static final Set<String> OPT_OUT_WORDS =
            Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT");
    private static final Set<String> OPT_IN_WORDS = Set.of("START", "YES", "UNSTOP");
    private static final Set<String> HELP_WORDS = Set.of("HELP", "INFO");

    static OptOutKeywords of(String body) {
        String word = body == null ? "" : body.strip().toUpperCase(Locale.ROOT);
        if (OPT_OUT_WORDS.contains(word)) {
            return OPT_OUT;
        }
        if (OPT_IN_WORDS.contains(word)) {
            return OPT_IN;
        }
        return HELP_WORDS.contains(word) ? HELP : NONE;
    }
}
