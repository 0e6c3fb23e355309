package org.mfaportal.it.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * A browser for Keycloak's login pages: keeps cookies (including the Secure ones Keycloak sets on
 * plain-HTTP localhost, which real browsers also keep there), follows redirects while they stay on
 * Keycloak, and stops at the first redirect to an app. It can connect from another loopback
 * address, and send an X-Forwarded-For header as a reverse proxy would.
 */
public final class Browser implements AutoCloseable {

    private static final int MAX_REDIRECTS = 20;

    private final URI keycloak;
    private final CloseableHttpClient http;
    private final CookieJar cookies = new CookieJar();
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private String acceptLanguage = "en";
    private int requestsSent;

    Browser(URI keycloak, String localAddress) {
        this.keycloak = keycloak;
        InetAddress local = localAddress == null ? null : parse(localAddress);
        this.http =
                HttpClients.custom()
                        .disableRedirectHandling()
                        .disableCookieManagement()
                        .setRoutePlanner(
                                new DefaultRoutePlanner(null) {
                                    @Override
                                    protected InetAddress determineLocalAddress(
                                            HttpHost firstHop, HttpContext context) {
                                        return local;
                                    }
                                })
                        .build();
    }

    /** The value of a cookie this browser holds (any path), or null. */
    public String cookie(String name) {
        return cookies.value(name);
    }

    /**
     * Gives this browser a cookie, as one copied from another browser would be (path as set by
     * Keycloak, e.g. /realms/mfa-demo/).
     */
    public Browser withCookie(String name, String path, String value) {
        cookies.put(name, path, value);
        return this;
    }

    /** Every request says it was forwarded for this client address (a proxy's X-Forwarded-For). */
    public Browser forwardedFor(String clientAddress) {
        extraHeaders.put("X-Forwarded-For", clientAddress);
        return this;
    }

    /**
     * Every further request carries this header, e.g. a forged Host while connecting to Keycloak.
     */
    public Browser header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public Browser acceptLanguage(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    public Page open(String url) {
        return follow(request("GET", URI.create(url), null));
    }

    /**
     * A form POST as another page (or another site) would send it, whatever this browser last
     * showed.
     */
    public Page post(String url, Map<String, String> fields) {
        return request("POST", URI.create(url), fields(fields));
    }

    /**
     * What a page's script fetches (Accept: application/json): on this browser's connection, with
     * its cookies and address, as a browser's fetch() sends it.
     */
    Page fetch(URI url) {
        return request("GET", url, null, "application/json");
    }

    Page submit(URI action, List<NameValuePair> fields) {
        return follow(request("POST", action, fields));
    }

    private Page follow(Page page) {
        for (int hops = 0; page.isRedirect() && hops < MAX_REDIRECTS; hops++) {
            URI next = page.uri().resolve(page.location());
            if (!sameServer(next)) {
                return page;
            }
            page = request("GET", next, null);
        }
        return page;
    }

    private boolean sameServer(URI uri) {
        return keycloak.getHost().equals(uri.getHost()) && keycloak.getPort() == uri.getPort();
    }

    /** How many requests this browser has sent, the redirects it followed included. */
    public int requestsSent() {
        return requestsSent;
    }

    private Page request(String method, URI uri, List<NameValuePair> form) {
        return request(method, uri, form, "text/html,application/xhtml+xml");
    }

    private Page request(String method, URI uri, List<NameValuePair> form, String accept) {
        requestsSent++;
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
        request.setHeader("Accept", accept);
        request.setHeader("Accept-Language", acceptLanguage);
        extraHeaders.forEach(request::setHeader);
        String cookieHeader = cookies.headerFor(uri);
        if (!cookieHeader.isEmpty()) {
            request.setHeader("Cookie", cookieHeader);
        }
        if (form != null) {
            request.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        }
        try {
            return http.execute(
                    request,
                    response -> {
                        for (Header header : response.getHeaders("Set-Cookie")) {
                            cookies.store(uri, header.getValue());
                        }
                        Header location = response.getFirstHeader("Location");
                        String body =
                                response.getEntity() == null
                                        ? ""
                                        : EntityUtils.toString(
                                                response.getEntity(), StandardCharsets.UTF_8);
                        return new Page(
                                this,
                                uri,
                                response.getCode(),
                                location == null ? null : location.getValue(),
                                body);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        }
    }

    static List<NameValuePair> fields(Map<String, String> values) {
        List<NameValuePair> pairs = new ArrayList<>();
        values.forEach((name, value) -> pairs.add(new BasicNameValuePair(name, value)));
        return pairs;
    }

    private static InetAddress parse(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
