package org.mfaportal.it.kit.twilio;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;

/** A call the gateway asked the fake to place, with the webhooks Twilio would use for it. */
public record PlacedCall(
        String sid,
        String to,
        String from,
        URI url,
        String method,
        URI statusCallback,
        String statusCallbackMethod,
        List<String> statusCallbackEvents,
        Integer timeoutSeconds,
        ZonedDateTime dateCreated) {}
