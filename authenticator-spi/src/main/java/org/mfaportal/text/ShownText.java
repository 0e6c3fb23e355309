package org.mfaportal.text;

/**
 * Text that people read in a list or a form (device names, security questions): it must show what
 * it says. A control character breaks the page or a log line; an invisible formatting character (a
 * right-to-left override, a zero-width space) or a line or paragraph separator makes the text read
 * as something it is not, or tells two entries apart that look the same.
 */
public final class ShownText {

    private ShownText() {}

    public static boolean hasHiddenCharacters(String text) {
        return text.codePoints().anyMatch(ShownText::hidden);
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }
}
