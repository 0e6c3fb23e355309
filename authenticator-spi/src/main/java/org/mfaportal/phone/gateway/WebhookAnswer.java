package org.mfaportal.phone.gateway;

/** The body a gateway expects in reply to its webhook (e.g. TwiML), in its own format. */
public record WebhookAnswer(String mediaType, String body) {}
