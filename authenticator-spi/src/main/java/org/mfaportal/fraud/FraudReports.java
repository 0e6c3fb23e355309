package org.mfaportal.fraud;

import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.mfaportal.flow.FraudBlock;
import org.mfaportal.settings.PortalSetting;
import org.mfaportal.settings.PortalSettings;

/**
 * A user said "this was not me": the methods write their own LOGIN_ERROR event (with their details)
 * and then call {@link #reported}; the admin console finds the reports in Keycloak's event store by
 * {@link #isReport}.
 */
public final class FraudReports {

    /** Event error of a call answered with 0#. */
    public static final String CALL_REPORTED = "mfa_fraud_reported";

    /** Event error of a denial in the mobile app; a report when marked {@link #SUSPICIOUS}. */
    public static final String APP_DENIED = "mfa_push_denied";

    /** Event detail ("true") of a denial that counts as a fraud report. */
    public static final String SUSPICIOUS = "suspicious";

    private FraudReports() {}

    /** Whether a stored event is a fraud report. */
    public static boolean isReport(Event event) {
        if (event.getType() != EventType.LOGIN_ERROR || event.getError() == null) {
            return false;
        }
        Map<String, String> details = event.getDetails();
        return CALL_REPORTED.equals(event.getError())
                || (APP_DENIED.equals(event.getError())
                        && details != null
                        && "true".equals(details.get(SUSPICIOUS)));
    }

    /**
     * What the realm's settings ask for after a report: block the user's second step for
     * fraudBlockDays, and email the fraudAlertRecipients once the report is committed.
     */
    public static void reported(
            KeycloakSession session, RealmModel realm, UserModel user, String method) {
        PortalSettings settings = PortalSettings.of(realm);
        int days = settings.number(PortalSetting.FRAUD_BLOCK_DAYS);
        Long blockedUntil = null;
        if (days > 0 && FraudBlock.block(user, Time.currentTime() + days * 86_400L)) {
            blockedUntil = FraudBlock.until(user).orElse(null);
        }
        new FraudAlert(session, realm)
                .sendAfterCommit(
                        settings.addresses(PortalSetting.FRAUD_ALERT_RECIPIENTS),
                        new FraudAlert.Report(user.getUsername(), method, blockedUntil));
    }
}
