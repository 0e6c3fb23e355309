package org.mfaportal.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * HTTP the way the app's {@code PrivacyideaIOClient} does it: form POSTs, query GETs, 15 s,
 * HTTP/1.1.
 */
final class DeviceHttp {

    static final String USER_AGENT =
            "privacyIDEA-App/4.8.0 mfa-portal-device-simulator/"
                    + System.getProperty("os.name", "java").replace(' ', '_');
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient checking = client(null);
    private HttpClient trustingAll;

    HttpResult post(URI url, Map<String, String> form, boolean sslVerify) {
        HttpRequest request =
                HttpRequest.newBuilder(url)
                        .timeout(TIMEOUT)
                        .header("User-Agent", USER_AGENT)
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                        .build();
        return send(request, sslVerify);
    }

    HttpResult get(URI url, boolean sslVerify) {
        return send(
                HttpRequest.newBuilder(url)
                        .timeout(TIMEOUT)
                        .header("User-Agent", USER_AGENT)
                        .GET()
                        .build(),
                sslVerify);
    }

    /**
     * Dart's {@code url.replace(queryParameters: {...existing, ...params})}: existing query first,
     * all encoded.
     */
    static URI withQuery(URI url, Map<String, String> parameters) {
        String existing = url.getRawQuery();
        String added = encode(parameters);
        String query = existing == null || existing.isEmpty() ? added : existing + "&" + added;
        return URI.create(url.toString().replaceFirst("[?#].*$", "") + "?" + query);
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(
                        e ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResult send(HttpRequest request, boolean sslVerify) {
        try {
            HttpResponse<String> response =
                    clientFor(sslVerify)
                            .send(
                                    request,
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(response.statusCode(), response.body());
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UncheckedIOException(
                    "cannot reach " + request.uri() + " (" + reason + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to " + request.uri(), e);
        }
    }

    private synchronized HttpClient clientFor(boolean sslVerify) {
        if (sslVerify) {
            return checking;
        }
        if (trustingAll == null) {
            trustingAll = client(acceptingAnyCertificate());
        }
        return trustingAll;
    }

    private static HttpClient client(SSLContext ssl) {
        HttpClient.Builder builder =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(TIMEOUT);
        return ssl == null ? builder.build() : builder.sslContext(ssl).build();
    }

    /**
     * sslverify=0 is the app's {@code badCertificateCallback => true}: any certificate, any host
     * name. An extended trust manager is used because the JDK then leaves the host name check to
     * it.
     */
    private static SSLContext acceptingAnyCertificate() {
        TrustManager anything =
                new X509ExtendedTrustManager() {
                    @Override
                    public void checkClientTrusted(
                            X509Certificate[] chain, String authType, Socket socket) {}

                    @Override
                    public void checkServerTrusted(
                            X509Certificate[] chain, String authType, Socket socket) {}

                    @Override
                    public void checkClientTrusted(
                            X509Certificate[] chain, String authType, SSLEngine engine) {}

                    @Override
                    public void checkServerTrusted(
                            X509Certificate[] chain, String authType, SSLEngine engine) {}

                    @Override
                    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                    @Override
                    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                    @Override
                    public X509Certificate[] getAcceptedIssuers() {
                        return new X509Certificate[0];
                    }
                };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {anything}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no TLS", e);
        }
    }
}
