package org.mfaportal.push.base;

import org.mfaportal.catalog.Method;

/**
 * The mobile app's credential type: one credential per activated device, labelled with its name.
 */
public final class PushCredential {

    public static final String TYPE = Method.PUSH.credentialType();

    /** Event detail and method name in events. */
    public static final String SERIAL_DETAIL = "mfa_push_serial";

    private PushCredential() {}
}
