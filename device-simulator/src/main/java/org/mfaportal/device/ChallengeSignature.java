package org.mfaportal.device;

import java.security.PublicKey;

/**
 * The string the app rebuilds from a challenge and checks against the server's signature (spec §3).
 */
final class ChallengeSignature {

    private ChallengeSignature() {}

    /**
     * {@code nonce|url|serial|question|title|sslverify[|options]}, url in the app's canonical form.
     */
    static String signedText(PushRequest request) {
        String sslVerify = "1".equals(request.sslverify()) ? "1" : "0";
        String text =
                String.join(
                        "|",
                        request.nonce(),
                        AppUrl.canonical(request.url()),
                        request.serial(),
                        request.question(),
                        request.title(),
                        sslVerify);
        return request.numberMatching() ? text + "|" + String.join(",", request.options()) : text;
    }

    static boolean verifies(PushRequest request, PublicKey serverKey) {
        return RsaKeys.verify(serverKey, signedText(request), request.signature());
    }
}
