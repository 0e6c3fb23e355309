package org.mfaportal.device;

import java.net.URI;
import java.util.List;

/**
 * One challenge from a poll (spec §3), with the values exactly as the server sent them. {@code
 * options} is empty unless the server asked for number matching ({@code require_presence}).
 */
public record PushRequest(
        String nonce,
        URI url,
        String serial,
        String question,
        String title,
        String sslverify,
        List<String> options,
        String signature) {

    public PushRequest {
        options = List.copyOf(options);
    }

    public boolean numberMatching() {
        return !options.isEmpty();
    }
}
