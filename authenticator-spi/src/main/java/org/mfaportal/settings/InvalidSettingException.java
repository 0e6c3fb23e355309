package org.mfaportal.settings;

/** A setting value that was refused; the message names the setting and what it allows. */
public final class InvalidSettingException extends Exception {

    private final String setting;

    public InvalidSettingException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /** The public key of the setting, as in the admin API and the realm export. */
    public String setting() {
        return setting;
    }
}
