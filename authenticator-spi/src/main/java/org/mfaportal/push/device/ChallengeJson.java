package org.mfaportal.push.device;

import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mfaportal.push.base.Challenge;
import org.mfaportal.push.protocol.EnrollmentUri;
import org.mfaportal.push.protocol.PushCapabilities;
import org.mfaportal.push.protocol.Signatures;
import org.mfaportal.push.protocol.SignedStrings;

/**
 * A challenge as the app reads it from a poll: all values strings, signed with that device's server
 * key. {@code url} (where the app posts its answer) is the one this device polled, i.e. the host it
 * was activated with, never the host a sign-in's browser used: a forged Host header on the login
 * page must not send the phone's answers (and denials) elsewhere. Every challenge announces the
 * decline reasons (§9), signed with its nonce.
 */
public final class ChallengeJson {

    private ChallengeJson() {}

    public static Map<String, String> of(
            Challenge challenge, String url, String serial, PrivateKey serverKey) {
        String sslverify = EnrollmentUri.sslverify(url);
        String signed =
                SignedStrings.challenge(
                        challenge.nonce(),
                        url,
                        serial,
                        challenge.question(),
                        challenge.title(),
                        sslverify,
                        challenge.options());
        Map<String, String> json = new LinkedHashMap<>();
        json.put("nonce", challenge.nonce());
        json.put("question", challenge.question());
        json.put("serial", serial);
        json.put("title", challenge.title());
        json.put("sslverify", sslverify);
        json.put("url", url);
        json.put("signature", Signatures.sign(serverKey, signed));
        if (challenge.numberMatching()) {
            json.put("require_presence", String.join(",", challenge.options()));
            json.put("version", "2");
        }
        // A second, detached signature: the main one stays what older apps verify.
        json.put(PushCapabilities.FIELD, PushCapabilities.ANNOUNCED);
        json.put(
                PushCapabilities.SIGNATURE_FIELD,
                Signatures.sign(serverKey, SignedStrings.capabilities(challenge.nonce())));
        return json;
    }
}
