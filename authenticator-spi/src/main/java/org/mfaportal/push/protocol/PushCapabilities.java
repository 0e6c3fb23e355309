package org.mfaportal.push.protocol;

/**
 * What the server announces to the app with every challenge (§9 of docs/pipush-protocol.md): only
 * {@code decline_reason}, so that app 4.8.0 says why the user declined and signs the reason. Apps
 * that do not know the fields ignore them and decline without a reason.
 */
public final class PushCapabilities {

    /** The challenge's string field; written as privacyIDEA writes it (Python json.dumps). */
    public static final String FIELD = "capabilities";

    public static final String ANNOUNCED = "{\"decline_reason\": true}";

    /** The server's signature over {@link SignedStrings#capabilities}. */
    public static final String SIGNATURE_FIELD = "capabilities_signature";

    /** The same object in RFC 8785 form, as it goes into the signed string. */
    static final String CANONICAL = "{\"decline_reason\":true}";

    private PushCapabilities() {}
}
