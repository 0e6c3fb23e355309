package org.mfaportal.questions;

/** A question catalog that breaks a rule; the message says which part and what is expected. */
public final class InvalidCatalogException extends Exception {

    public InvalidCatalogException(String message) {
        super(message);
    }
}
