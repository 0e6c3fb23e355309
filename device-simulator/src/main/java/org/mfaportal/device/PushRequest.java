package org.mfaportal.device;

import java.net.URI;
import java.util.List;

/**
 * One challenge from a poll (spec §3), with the values exactly as the server sent them. {@code
 * options} is empty unless the server asked for number matching ({@code require_presence}); {@code
 * declineReasons} says whether the server announced, with a signature that verified, that it takes
 * a reason with a denial (spec §9).
 */
public record PushRequest(
        String nonce,
        URI url,
        String serial,
        String question,
        String title,
        String sslverify,
        List<String> options,
        String signature,
        boolean declineReasons) {

    public PushRequest {
        options = List.copyOf(options);
    }

    /** A challenge without §9 capabilities. */
    public PushRequest(
            String nonce,
            URI url,
            String serial,
            String question,
            String title,
            String sslverify,
            List<String> options,
            String signature) {
        this(nonce, url, serial, question, title, sslverify, options, signature, false);
    }

    PushRequest withDeclineReasons() {
        return new PushRequest(
                nonce, url, serial, question, title, sslverify, options, signature, true);
    }

    public boolean numberMatching() {
        return !options.isEmpty();
    }
}
