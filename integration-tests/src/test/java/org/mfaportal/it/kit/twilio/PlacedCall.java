package org.mfaportal.it.kit.twilio;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A call the gateway asked the fake to place, with the webhooks Twilio would use for it. {@code
 * twiml}: the script sent with the call (Twilio's Twiml parameter), played when it is answered
 * without asking anyone; otherwise {@code url} is fetched for it.
 */
public record PlacedCall(
        String sid,
        String to,
        String from,
        String twiml,
        URI url,
        String method,
        URI statusCallback,
        String statusCallbackMethod,
        List<String> statusCallbackEvents,
        Integer timeoutSeconds,
        ZonedDateTime dateCreated) {}
