package org.mfaportal.settings;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

/**
 * The portal options of one realm, typed. Read from the realm's attributes; a missing value takes
 * the default, and a stored value that is invalid (an import that skipped the admin API) is logged
 * and takes the default too. Values are checked when read, not when loaded, so that a sign-in pays
 * only for the settings it uses.
 */
public final class PortalSettings {

    private static final Logger LOG = Logger.getLogger(PortalSettings.class);

    private final Map<PortalSetting, String> values;

    private PortalSettings(Map<PortalSetting, String> values) {
        this.values = values;
    }

    public static PortalSettings of(RealmModel realm) {
        return from(realm::getAttribute);
    }

    /** Reads each setting from a lookup by attribute name. */
    public static PortalSettings from(Function<String, String> attributes) {
        Map<PortalSetting, String> values = new EnumMap<>(PortalSetting.class);
        for (PortalSetting setting : PortalSetting.values()) {
            String stored = attributes.apply(setting.attribute());
            values.put(setting, stored == null ? setting.fallback() : stored);
        }
        return new PortalSettings(values);
    }

    /** The canonical form of one setting, or its default when the stored value is invalid. */
    public String value(PortalSetting setting) {
        String stored = values.get(setting);
        try {
            return setting.type().canonical(setting.key(), stored);
        } catch (InvalidSettingException e) {
            LOG.warnf(
                    "Ignoring the stored value of %s, using its default: %s",
                    setting.attribute(), e.getMessage());
            return setting.fallback();
        }
    }

    /** A copy with some settings replaced by canonical values. */
    PortalSettings with(Map<PortalSetting, String> changes) {
        Map<PortalSetting, String> merged = new EnumMap<>(values);
        merged.putAll(changes);
        return new PortalSettings(merged);
    }

    /** All settings as typed JSON values, by public key, in declaration order. */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (PortalSetting setting : PortalSetting.values()) {
            json.put(setting.key(), setting.type().toJson(value(setting)));
        }
        return json;
    }

    public boolean flag(PortalSetting setting) {
        requireType(setting, BooleanType.class);
        return Boolean.parseBoolean(value(setting));
    }

    public int number(PortalSetting setting) {
        requireType(setting, WholeNumberType.class);
        return Integer.parseInt(value(setting));
    }

    public Duration bypassDefaultLifetime() {
        return Duration.ofSeconds(number(PortalSetting.BYPASS_DEFAULT_SECONDS));
    }

    public Duration bypassMaxLifetime() {
        return Duration.ofSeconds(number(PortalSetting.BYPASS_MAX_SECONDS));
    }

    /** A list setting's names (upper-case); empty where the setting allows "none chosen". */
    public java.util.Set<String> choices(PortalSetting setting) {
        requireType(setting, ChoiceListType.class);
        return java.util.Set.copyOf(ChoiceListType.split(value(setting)));
    }

    /** An address-list setting's addresses; empty when nobody is named. */
    public java.util.List<String> addresses(PortalSetting setting) {
        requireType(setting, EmailListType.class);
        return EmailListType.split(value(setting));
    }

    /** An attribute-names setting's names, in the order given. */
    public java.util.List<String> attributeNames(PortalSetting setting) {
        requireType(setting, AttributeNamesType.class);
        return AttributeNamesType.split(value(setting));
    }

    /** A setting whose value is a name or text as stored (canonical, or its default). */
    public String text(PortalSetting setting) {
        if (!(setting.type() instanceof OneOfType)
                && !(setting.type() instanceof PatternTextType)) {
            throw new IllegalArgumentException(setting + " is not a text setting");
        }
        return value(setting);
    }

    public String phoneDefaultRegion() {
        return value(PortalSetting.PHONE_DEFAULT_REGION);
    }

    /**
     * The trusted ranges as stored, unchecked: parsing them is the caller's (who caches the parsed
     * form, since the list may be long) and a malformed list must trust nothing.
     */
    public String trustedRangesAsStored() {
        return values.get(PortalSetting.TRUSTED_RANGES);
    }

    private static void requireType(PortalSetting setting, Class<? extends SettingType> type) {
        if (!type.isInstance(setting.type())) {
            throw new IllegalArgumentException(setting + " is not a " + type.getSimpleName());
        }
    }
}
