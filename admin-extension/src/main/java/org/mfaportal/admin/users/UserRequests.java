package org.mfaportal.admin.users;

/**
 * The bodies of the user endpoints. Each field keeps the JSON value as sent (Object), so a refusal
 * can name the field and say what was wrong with it; an unknown field refuses the body.
 */
final class UserRequests {

    private UserRequests() {}

    /** PUT users/{id}/phone: {"number": "..."}, the number texts go to. */
    public record TextNumber(Object number) {}

    /**
     * PUT users/{id}/voice: {"number": "...", "extension": "...", "backupNumber": "..."}; extension
     * and backup are optional (absent or empty: none).
     */
    public record CallNumbers(Object number, Object extension, Object backupNumber) {}

    /** PUT users/{id}/pin-required: {"required": true|false}. */
    public record PinRequirement(Object required) {}

    /** The admin event's record of a number change: masked numbers only. */
    public record NumbersChanged(String method, String number, String backupNumber) {}

    /** The admin event's record of a reveal: whose numbers of which methods were shown. */
    public record NumbersRevealed(java.util.List<String> methods) {}

    /** The admin event's record of a PIN requirement change. */
    public record PinRequired(boolean required) {}

    /** The admin event's record of a method reset. */
    public record Reset(String type, long removed) {}
}
