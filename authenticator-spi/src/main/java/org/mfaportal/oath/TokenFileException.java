package org.mfaportal.oath;

/**
 * A token file that cannot be imported, saying which record and why (never a secret), and the
 * record's serial where it was read, so that a screen can point at the record.
 */
public final class TokenFileException extends Exception {

    private final int record;
    private final String serial;
    private final String reason;

    /**
     * {@code record} counts from 1 (a CSV line, a PSKC KeyPackage); 0 means the file as a whole.
     */
    public TokenFileException(int record, String reason) {
        this(record, null, reason);
    }

    /** {@code serial} may be null when the record's serial was not read. */
    public TokenFileException(int record, String serial, String reason) {
        super(record == 0 ? reason : "record " + record + ": " + reason);
        this.record = record;
        this.serial = serial == null || serial.isEmpty() ? null : serial;
        this.reason = reason;
    }

    public int record() {
        return record;
    }

    /** The serial of the record at fault, or null. */
    public String serial() {
        return serial;
    }

    /** Why, without the record's number. */
    public String reason() {
        return reason;
    }
}
