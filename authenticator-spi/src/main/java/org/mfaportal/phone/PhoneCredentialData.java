package org.mfaportal.phone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.keycloak.util.JsonSerialization;

/**
 * The public data of a phone credential (voice or text): numbers in E.164, an optional extension
 * for voice, whether a fraud report has locked it, and where the number came from ({@link
 * #FROM_DIRECTORY}, or null: the user's setup or an administrator). Nothing secret is kept with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PhoneCredentialData(
        String number, String extension, String backupNumber, boolean locked, String source) {

    /** The source of a number the company directory owns (issue 15.1, "enrolled" mode). */
    public static final String FROM_DIRECTORY = "directory";

    /** Jackson reads the stored JSON through the canonical constructor, not the shorter one. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public PhoneCredentialData {}

    /** A number the user set up (or an administrator typed). */
    public PhoneCredentialData(
            String number, String extension, String backupNumber, boolean locked) {
        this(number, extension, backupNumber, locked, null);
    }

    /** Whether the company directory owns this number (it follows the directory). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean fromDirectory() {
        return FROM_DIRECTORY.equals(source);
    }

    public static PhoneCredentialData read(String json) {
        try {
            return JsonSerialization.readValue(json, PhoneCredentialData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable phone credential", e);
        }
    }

    public String write() {
        try {
            return JsonSerialization.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PhoneCredentialData lock() {
        return new PhoneCredentialData(number, extension, backupNumber, true, source);
    }

    public PhoneCredentialData unlock() {
        return new PhoneCredentialData(number, extension, backupNumber, false, source);
    }

    /** "+1 ••• ••• 0100": enough for the user to recognise the number on a page or in a list. */
    public static String masked(String e164) {
        if (e164 == null || e164.length() < 6) {
            return "•••";
        }
        return e164.substring(0, 2) + " ••• " + e164.substring(e164.length() - 4);
    }
}
