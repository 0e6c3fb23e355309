package org.mfaportal.settings;

import java.util.EnumMap;
import java.util.Map;
import org.keycloak.models.RealmModel;

/**
 * A change to some of a realm's settings, checked whole before anything is written: one bad value
 * or one broken rule between two settings refuses the change and stores nothing.
 */
public final class SettingsUpdate {

    private final PortalSettings result;
    private final Map<PortalSetting, String> changes;

    private SettingsUpdate(PortalSettings result, Map<PortalSetting, String> changes) {
        this.result = result;
        this.changes = changes;
    }

    /** Checks the requested values (by public key, as JSON values) against the current settings. */
    public static SettingsUpdate check(PortalSettings current, Map<String, ?> requested)
            throws InvalidSettingException {
        Map<PortalSetting, String> changes = new EnumMap<>(PortalSetting.class);
        for (Map.Entry<String, ?> entry : requested.entrySet()) {
            PortalSetting setting = PortalSetting.byKey(entry.getKey());
            if (setting == null) {
                throw new InvalidSettingException(
                        entry.getKey(), "'" + entry.getKey() + "' is not a portal setting");
            }
            changes.put(setting, setting.type().canonical(setting.key(), entry.getValue()));
        }
        PortalSettings result = current.with(changes);
        requireAtMost(
                result, PortalSetting.BYPASS_DEFAULT_SECONDS, PortalSetting.BYPASS_MAX_SECONDS);
        requireAtMost(
                result, PortalSetting.QUESTIONS_TO_ANSWER, PortalSetting.QUESTIONS_AT_ENROLLMENT);
        requireAtMost(result, PortalSetting.PIN_MIN_LENGTH, PortalSetting.PIN_MAX_LENGTH);
        return new SettingsUpdate(result, changes);
    }

    private static void requireAtMost(
            PortalSettings settings, PortalSetting lower, PortalSetting upper)
            throws InvalidSettingException {
        if (settings.number(lower) > settings.number(upper)) {
            throw new InvalidSettingException(
                    lower.key(),
                    lower.key()
                            + " ("
                            + settings.number(lower)
                            + ") must not exceed "
                            + upper.key()
                            + " ("
                            + settings.number(upper)
                            + ")");
        }
    }

    /** Writes the changed settings into the realm, inside the caller's transaction. */
    public PortalSettings applyTo(RealmModel realm) {
        changes.forEach(
                (setting, value) -> {
                    if (value.isEmpty()) {
                        realm.removeAttribute(setting.attribute());
                    } else {
                        realm.setAttribute(setting.attribute(), value);
                    }
                });
        return result;
    }
}
