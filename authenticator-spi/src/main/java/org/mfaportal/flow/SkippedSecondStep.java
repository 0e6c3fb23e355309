package org.mfaportal.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.RequiredActionContext;

/**
 * Why a sign-in passed without its second step (a trusted range, a bypass, a remembered browser),
 * as details of its {@code LOGIN} event. In the browser flow the condition's event is the one
 * Keycloak writes. After an identity provider it is not: the post-broker-login flow runs in one
 * request and Keycloak writes the {@code LOGIN} event in the next (IdentityBrokerService), so the
 * details also wait on the authentication session, and every portal required action's trigger
 * (which Keycloak evaluates with that request's event) adds them there.
 */
public final class SkippedSecondStep {

    /** Login event detail: why the second step did not run. */
    public static final String DETAIL = "mfa_skipped";

    /** Login event detail: who granted the bypass that skipped it. */
    public static final String GRANTED_BY_DETAIL = "mfa_bypass_granted_by";

    /** Login event detail: the remembered browser that skipped it. */
    public static final String REMEMBERED_BROWSER_DETAIL = "mfa_remembered_browser";

    private static final List<String> DETAILS =
            List.of(DETAIL, GRANTED_BY_DETAIL, REMEMBERED_BROWSER_DETAIL);
    private static final String NOTE_PREFIX = "mfa-portal.event.";

    private SkippedSecondStep() {}

    /** Notes that the second step was skipped, with {@code extra} details (name to value). */
    public static void record(
            AuthenticationFlowContext context, String reason, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(DETAIL, reason);
        extra.forEach(
                (name, value) -> {
                    if (DETAILS.contains(name) && value != null) {
                        details.put(name, value);
                    }
                });
        details.forEach(
                (name, value) -> {
                    context.getEvent().detail(name, value);
                    context.getAuthenticationSession().setAuthNote(NOTE_PREFIX + name, value);
                });
    }

    /** Adds the recorded details to the event Keycloak is about to write for this sign-in. */
    public static void carryInto(RequiredActionContext context) {
        if (context.getAuthenticationSession() == null) {
            return;
        }
        for (String name : DETAILS) {
            String value = context.getAuthenticationSession().getAuthNote(NOTE_PREFIX + name);
            if (value != null) {
                context.getEvent().detail(name, value);
            }
        }
    }
}
