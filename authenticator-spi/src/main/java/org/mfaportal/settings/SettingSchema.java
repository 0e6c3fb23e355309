package org.mfaportal.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a form needs to edit every setting, generated from {@link PortalSetting} so that the admin
 * console cannot drift from the server: key, group, control type with its range or allowed values,
 * default, and the message keys of its label and help text.
 */
public final class SettingSchema {

    /** Label and help messages of a setting in the admin theme: mfaSetting_{key}. */
    public static final String LABEL_PREFIX = "mfaSetting_";

    /** mfaSettingHelp_{key}. */
    public static final String HELP_PREFIX = "mfaSettingHelp_";

    private SettingSchema() {}

    public static String labelKey(PortalSetting setting) {
        return LABEL_PREFIX + setting.key();
    }

    public static String helpKey(PortalSetting setting) {
        return HELP_PREFIX + setting.key();
    }

    /** {"groups": [{"id", "labelKey"}], "settings": [...]}, both in the order a form shows them. */
    public static Map<String, Object> asJson() {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (SettingGroup group : SettingGroup.values()) {
            groups.add(Map.of("id", group.id(), "labelKey", group.labelKey()));
        }
        List<Map<String, Object>> settings = new ArrayList<>();
        for (PortalSetting setting : PortalSetting.values()) {
            settings.add(of(setting));
        }
        return Map.of("groups", groups, "settings", settings);
    }

    static Map<String, Object> of(PortalSetting setting) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", setting.key());
        json.put("group", SettingGroup.of(setting).id());
        json.putAll(typeOf(setting.type()));
        json.put("default", setting.type().toJson(setting.fallback()));
        json.put("labelKey", labelKey(setting));
        json.put("helpKey", helpKey(setting));
        return json;
    }

    /**
     * The control and its limits. A type this class does not know yet is offered as free text,
     * which the server still checks on save.
     */
    private static Map<String, Object> typeOf(SettingType type) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (type instanceof BooleanType) {
            json.put("type", "boolean");
        } else if (type instanceof WholeNumberType number) {
            json.put("type", "wholeNumber");
            json.put("min", number.min());
            json.put("max", number.max());
        } else if (type instanceof CountryCodeType) {
            json.put("type", "choice");
            json.put("choices", new TreeSet<>(CountryCodeType.countries()));
        } else if (type instanceof ChoiceListType list) {
            json.put("type", "choiceList");
            json.put("choices", new TreeSet<>(list.choices()));
            json.put("emptyAllowed", list.emptyMeans() != null);
        } else if (type instanceof AddressRangesType ranges) {
            json.put("type", "addressRanges");
            json.put("maxEntries", ranges.maxEntries());
        } else if (type instanceof EmailListType emails) {
            json.put("type", "emailList");
            json.put("maxEntries", emails.maxEntries());
        } else if (type instanceof AttributeNamesType names) {
            json.put("type", "nameList");
            json.put("maxEntries", names.maxEntries());
        } else if (type instanceof OneOfType oneOf) {
            json.put("type", "oneOf");
            json.put("choices", oneOf.choices());
        } else {
            json.put("type", "text");
        }
        return json;
    }
}
