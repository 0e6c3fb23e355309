package org.mfaportal.phone.dev;

/** What the person's keys become in the virtual phone's keys webhook. */
final class Keypad {

    /** A Gather collects at most this many keys here; more is surely a slip of the hand. */
    static final int MAX_KEYS = 20;

    private Keypad() {}

    /** Whether the person pressed '#'; without it the keypad timed out, which confirms nothing. */
    static boolean finished(String typed) {
        return typed != null && typed.indexOf('#') >= 0;
    }

    /**
     * The keys before the first '#': as with a real gateway, the finishing key is not part of the
     * keys. Anything that is no phone key is dropped.
     */
    static String digitsBeforeHash(String typed) {
        String keys = typed == null ? "" : typed.replaceAll("[^0-9*#]", "");
        int hash = keys.indexOf('#');
        String digits = hash < 0 ? keys : keys.substring(0, hash);
        return digits.length() > MAX_KEYS ? digits.substring(0, MAX_KEYS) : digits;
    }
}
