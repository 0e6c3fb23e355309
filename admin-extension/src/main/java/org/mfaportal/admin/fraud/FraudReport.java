package org.mfaportal.admin.fraud;

import java.util.Map;
import org.keycloak.events.Event;
import org.keycloak.models.UserModel;
import org.mfaportal.events.MethodEvents;
import org.mfaportal.push.base.PushCredential;

/**
 * One fraud report as the console shows it: when, who, with which method, from where, and the
 * gateway's call id or the device's serial (never a code or a number).
 */
public record FraudReport(
        long time,
        String userId,
        String username,
        String method,
        String error,
        String ipAddress,
        String reference) {

    static FraudReport of(Event event, UserModel user) {
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        String reference = details.get(MethodEvents.GATEWAY_ID);
        if (reference == null) {
            reference = details.get(PushCredential.SERIAL_DETAIL);
        }
        return new FraudReport(
                event.getTime(),
                event.getUserId(),
                user == null ? null : user.getUsername(),
                details.get(MethodEvents.METHOD),
                event.getError(),
                event.getIpAddress(),
                reference);
    }
}
