package org.mfaportal.device;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Which polled challenges the app would show (spec §3, §7): its own serial, a server signature that
 * verifies, each nonce once. The rest are dropped silently by the app; here the reasons are kept
 * for tests and the CLI.
 */
final class ChallengeFilter {

    record Outcome(List<PushRequest> kept, List<String> dropped) {}

    private ChallengeFilter() {}

    static Outcome apply(
            List<ChallengeReader.Received> received, String serial, PublicKey serverKey) {
        List<PushRequest> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (ChallengeReader.Received each : received) {
            PushRequest request = each.request();
            if (!request.serial().equals(serial)) {
                dropped.add(
                        request.nonce() + ": for serial " + request.serial() + ", not this token");
            } else if (each.capabilities()) {
                dropped.add(
                        request.nonce()
                                + ": carries §9 capabilities, which this simulator does not verify");
            } else if (!ChallengeSignature.verifies(request, serverKey)) {
                dropped.add(
                        request.nonce()
                                + ": server signature does not verify over '"
                                + ChallengeSignature.signedText(request)
                                + "'");
            } else if (kept.stream().noneMatch(k -> k.nonce().equals(request.nonce()))) {
                kept.add(request);
            }
        }
        return new Outcome(List.copyOf(kept), List.copyOf(dropped));
    }
}
