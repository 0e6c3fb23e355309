package org.mfaportal.device;

import java.net.URI;
import java.time.Duration;

/**
 * What the app keeps from an enrollment QR code (spec §1.2); the one-time credential is not kept.
 */
public record Enrollment(
        String serial,
        URI url,
        String issuer,
        String label,
        Duration ttl,
        boolean sslVerify,
        boolean pollOnly) {}
