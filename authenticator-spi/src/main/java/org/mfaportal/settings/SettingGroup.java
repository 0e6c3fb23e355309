package org.mfaportal.settings;

import java.util.List;

/**
 * The sections of the admin console's settings form, in order. A setting's group follows from its
 * key's prefix, so a setting added to {@link PortalSetting} lands in a section without a change
 * here (or in "other").
 */
public enum SettingGroup {
    PORTAL("portal", List.of("userLogin", "enrollment", "select", "invitation")),
    BYPASS("bypass", List.of("bypass")),
    PHONE("phone", List.of("phone", "call", "text", "pin", "code", "sms", "resend", "sends")),
    MOBILE_APP("mobileApp", List.of("mobileApp", "push")),
    QUESTIONS("questions", List.of("questions")),
    OATH("oath", List.of("oath")),
    FRAUD("fraud", List.of("fraud")),
    DIRECTORY("directory", List.of("directory")),
    /** Shown on its own tab, as in the original's Trusted IPs tab. */
    TRUSTED_IPS("trustedIps", List.of("trusted")),
    OTHER("other", List.of());

    private final String id;
    private final List<String> keyPrefixes;

    SettingGroup(String id, List<String> keyPrefixes) {
        this.id = id;
        this.keyPrefixes = keyPrefixes;
    }

    public String id() {
        return id;
    }

    /** The section's title in the admin theme: mfaSettingGroup_{id}. */
    public String labelKey() {
        return "mfaSettingGroup_" + id;
    }

    public static SettingGroup of(PortalSetting setting) {
        for (SettingGroup group : values()) {
            for (String prefix : group.keyPrefixes) {
                if (setting.key().startsWith(prefix)) {
                    return group;
                }
            }
        }
        return OTHER;
    }
}
