package org.mfaportal.device;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Which polled challenges the app would show (spec §3, §7, §9): its own serial, a server signature
 * that verifies (and one over the capabilities, where announced), each nonce once. The rest are
 * dropped silently by the app; here the reasons are kept for tests and the CLI.
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
            } else if (!ChallengeSignature.verifies(request, serverKey)) {
                dropped.add(
                        request.nonce()
                                + ": server signature does not verify over '"
                                + ChallengeSignature.signedText(request)
                                + "'");
            } else if (Capabilities.check(each, serverKey) == Capabilities.Verdict.FORGED) {
                dropped.add(
                        request.nonce()
                                + ": the server's signature over its §9 capabilities does not"
                                + " verify");
            } else if (kept.stream().noneMatch(k -> k.nonce().equals(request.nonce()))) {
                boolean reasons =
                        Capabilities.check(each, serverKey) == Capabilities.Verdict.VERIFIED
                                && Capabilities.declineReasons(each.capabilities());
                kept.add(reasons ? request.withDeclineReasons() : request);
            }
        }
        return new Outcome(List.copyOf(kept), List.copyOf(dropped));
    }
}
