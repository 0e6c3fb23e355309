package org.mfaportal.it.kit.twilio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Test helper: the requests Twilio's Java SDK 13.0.1 sends (headers and form as captured from it),
 * with chosen credentials, so that tests can feed the fake's answers to the SDK's own parsers.
 */
final class RestCalls {

    record Reply(int status, String body, String contentType) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String accountSid;
    private final String authToken;

    RestCalls(URI base, String accountSid, String authToken) {
        this.base = base;
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    Reply createMessage(Map<String, String> form) {
        return post("Messages.json", form);
    }

    Reply createCall(Map<String, String> form) {
        return post("Calls.json", form);
    }

    Reply post(String resource, Map<String, String> form) {
        String credentials =
                Base64.getEncoder()
                        .encodeToString(
                                (accountSid + ":" + authToken).getBytes(StandardCharsets.US_ASCII));
        HttpRequest request =
                HttpRequest.newBuilder(
                                base.resolve("/2010-04-01/Accounts/" + accountSid + "/" + resource))
                        .header("Authorization", "Basic " + credentials)
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("User-Agent", "twilio-java/13.0.1 (Linux amd64) java/17")
                        .header("X-Twilio-Client", "java-13.0.1")
                        .POST(HttpRequest.BodyPublishers.ofString(Form.encode(form)))
                        .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
