package org.mfaportal.oath;

/**
 * A token as the admin API shows it: no secret. {@code period} is for TOTP, {@code counter} for
 * HOTP.
 */
public record TokenSummary(
        String serial,
        String type,
        int digits,
        String algorithm,
        Integer period,
        Integer counter) {}
