package org.mfaportal.oath;

/** A token file that cannot be imported, saying which record and why (never a secret). */
public final class TokenFileException extends Exception {

    private final int record;

    /**
     * {@code record} counts from 1 (a CSV line, a PSKC KeyPackage); 0 means the file as a whole.
     */
    public TokenFileException(int record, String reason) {
        super(record == 0 ? reason : "record " + record + ": " + reason);
        this.record = record;
    }

    public int record() {
        return record;
    }
}
