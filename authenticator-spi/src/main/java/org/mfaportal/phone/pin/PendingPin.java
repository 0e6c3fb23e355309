package org.mfaportal.phone.pin;

/**
 * A hashed PIN waiting for its setup to finish; serialised into one note for tickets and sessions.
 */
public record PendingPin(String credentialData, String secretData) {

    private static final String SEPARATOR = "\n";

    public String serialise() {
        return credentialData + SEPARATOR + secretData;
    }

    public static PendingPin parse(String note) {
        if (note == null || !note.contains(SEPARATOR)) {
            return null;
        }
        int split = note.indexOf(SEPARATOR);
        return new PendingPin(note.substring(0, split), note.substring(split + 1));
    }
}
