package org.mfaportal.admin.users;

import java.util.List;

/**
 * GET users/{id}: a user's second factors as an administrator sees them. Numbers are masked (the
 * full ones only through GET users/{id}/numbers); secrets and answers never leave the server.
 */
public record SecondFactorsJson(
        String userId,
        String username,
        List<MethodJson> methods,
        String defaultMethod,
        TextJson text,
        VoiceJson voice,
        List<DeviceJson> devices,
        List<OtpJson> otp,
        boolean questionsSet,
        PinJson pin,
        BypassJson bypass,
        String lockedOut,
        boolean canManage,
        boolean canReveal) {

    /**
     * One method of the catalog: its credential type, its name's message key, whether the realm
     * offers it and whether the user holds it.
     */
    public record MethodJson(
            String type, String nameKey, boolean allowed, boolean configured, boolean isDefault) {}

    /**
     * The text-message number, masked, and where it came from: "directory" (the company directory
     * owns it) or "user" (set up by the user or an administrator).
     */
    public record TextJson(String number, String source) {}

    /** The phone-call numbers, masked, whether a fraud report locked calls, and their source. */
    public record VoiceJson(
            String number, String extension, String backupNumber, boolean locked, String source) {}

    /** The source of a number as the screens show it. */
    static String sourceOf(org.mfaportal.phone.PhoneCredentialData data) {
        return data.fromDirectory() ? "directory" : "user";
    }

    /** A device of the mobile app. */
    public record DeviceJson(String credentialId, String name, long enrolledAt) {}

    /** An authenticator app or an imported OATH token (token: its label is an assigned serial). */
    public record OtpJson(String credentialId, String label, String kind, boolean token) {}

    /** Whether calls and replies ask this user for a PIN, why, and whether the user chose one. */
    public record PinJson(
            boolean required, boolean requiredByRealm, boolean requiredForUser, boolean set) {}

    /** An active one-time bypass: when it ends (epoch seconds) and who started it. */
    public record BypassJson(long expiresAt, String grantedBy) {}
}
