package org.mfaportal.portal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What /realms/{realm}/mfa-portal/account reads and answers, field for field as the account page
 * (account-theme/ui/src/api.ts) expects it. Nulls are written, not left out: the page reads them. A
 * request keeps each field as the JSON value sent (Object), so the resource can refuse a wrong type
 * with what it got; fields it does not know are ignored, as they always were.
 */
public final class AccountJson {

    private AccountJson() {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Overview(
            Map<String, Object> settings,
            List<Method> methods,
            List<Extra> extras,
            String locale,
            List<String> locales,
            Bypass bypass,
            boolean canStartBypass) {}

    /**
     * One sign-in method; {@code setupAction} is null where the realm switched its required action
     * off, or where the company directory owns the method's number ({@code fromDirectory}: the
     * number came from the directory, issue 15.5).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Method(
            String type,
            boolean configured,
            @JsonProperty("isDefault") boolean isDefault,
            String label,
            String setupAction,
            String displayNameKey,
            String helpTextKey,
            boolean fromDirectory) {}

    /**
     * Something the portal offers besides the methods (the PIN, an OATH token, the security
     * questions).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Extra(String id, boolean configured, String action) {}

    /**
     * {@code secondStepWithinMinutes}: how recent a second step must be for the user to start one.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Bypass(boolean active, Long expiresAt, long secondStepWithinMinutes) {}

    /**
     * A mobile app device: its credential's id, name, serial, and when it was activated (epoch
     * milliseconds).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Device(String id, String name, String serial, long created) {}

    public record BypassStarted(long expiresAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DefaultMethodChange(Object type) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocaleChange(Object locale) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeviceRename(Object name) {}
}
