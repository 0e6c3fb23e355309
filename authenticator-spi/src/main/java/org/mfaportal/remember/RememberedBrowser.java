package org.mfaportal.remember;

/**
 * One remembered browser, as the account page and the admin see it (no secret).
 *
 * @param id the record's id (the credential's), also named in the browser's cookie
 * @param name what the browser said it was, e.g. "Firefox on Windows"
 * @param createdAt epoch milliseconds
 * @param lastUsedAt epoch milliseconds of the last skipped second step (or createdAt)
 * @param expiresAt epoch milliseconds
 */
public record RememberedBrowser(
        String id, String name, long createdAt, long lastUsedAt, long expiresAt) {}
