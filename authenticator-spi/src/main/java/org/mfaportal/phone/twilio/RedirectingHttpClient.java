package org.mfaportal.phone.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.util.List;
import java.util.Map;

/**
 * The SDK's own HTTP client, sending to another base URL than https://api.twilio.com (region and
 * edge settings can only pick other twilio.com hosts). Used only when api-base-url is set: tests.
 */
final class RedirectingHttpClient extends NetworkHttpClient {

    private final String baseUrl;

    RedirectingHttpClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public Response makeRequest(Request request) {
        return super.makeRequest(new Redirected(request, baseUrl));
    }

    private static final class Redirected extends Request {

        private final String baseUrl;

        Redirected(Request original, String baseUrl) {
            super(original.getMethod(), original.getUrl());
            this.baseUrl = baseUrl;
            // A client built from account SID and token puts them on the request as username and
            // password, not as an auth strategy: copying only the strategy dropped Basic auth.
            if (original.getAuthStrategy() != null) {
                setAuth(original.getAuthStrategy());
            } else if (original.getUsername() != null) {
                setAuth(original.getUsername(), original.getPassword());
            }
            copy(original.getQueryParams(), this::addQueryParam);
            copy(original.getPostParams(), this::addPostParam);
            copy(original.getHeaderParams(), this::addHeaderParam);
            if (original.getContentType() != null) {
                setContentType(original.getContentType());
            }
            if (original.getBody() != null) {
                setBody(original.getBody());
            }
        }

        @Override
        protected String buildURL() {
            return super.buildURL().replaceFirst("^https?://[^/]+", baseUrl);
        }

        private static void copy(
                Map<String, List<String>> from,
                java.util.function.BiConsumer<String, String> into) {
            from.forEach((name, values) -> values.forEach(value -> into.accept(name, value)));
        }
    }
}
