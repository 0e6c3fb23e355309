package org.mfaportal.device;

/**
 * The server's reply to approve, pick or deny (spec §5): HTTP 200 with {@code value:false} means
 * "not accepted".
 */
public record Answer(int status, String body) {

    public boolean accepted() {
        return status / 100 == 2 && ServerReplies.resultValueIsTrue(body);
    }
}
