package org.mfaportal.questions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of an answer that is hashed and compared: people type "Rex", " rex " or "ｒｅｘ"
 * (full-width) for the same memory, so case, surrounding and repeated whitespace and Unicode
 * compatibility forms must not make a right answer wrong.
 */
public final class Answers {

    /**
     * Longest answer accepted (before normalisation): beyond this it is not a memory but a paste.
     */
    public static final int MAX_LENGTH = 200;

    private static final Pattern WHITESPACE =
            Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private Answers() {}

    /**
     * NFKC, then lower case (locale-independent), then whitespace trimmed and collapsed to one
     * space.
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String compatible = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        // Lower-casing can produce a non-NFKC sequence (e.g. U+0130), so normalise once more.
        String lower =
                Normalizer.normalize(compatible.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        return WHITESPACE.matcher(lower).replaceAll(" ").strip();
    }
}
