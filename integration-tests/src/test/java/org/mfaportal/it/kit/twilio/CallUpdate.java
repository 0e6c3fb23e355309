package org.mfaportal.it.kit.twilio;

/**
 * A call update the gateway sent (Status=canceled or completed), and the call's status after it.
 */
public record CallUpdate(String sid, String requestedStatus, String statusAfter) {}
