package org.mfaportal.it.kit;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the browser shows after a request (and its redirects): a Keycloak page, or a redirect to an
 * app.
 */
public final class Page {

    private final Browser browser;
    private final URI uri;
    private final int status;
    private final String location;
    private final String body;
    private Document document;

    Page(Browser browser, URI uri, int status, String location, String body) {
        this.browser = browser;
        this.uri = uri;
        this.status = status;
        this.location = location;
        this.body = body;
    }

    public URI uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    boolean isRedirect() {
        return status >= 300 && status < 400 && location != null;
    }

    String location() {
        return location;
    }

    /**
     * What this page's script fetches from {@code url} (relative to the page): in the same browser,
     * on its connection.
     */
    public Page fetch(String url) {
        return browser.fetch(uri.resolve(url));
    }

    public Document html() {
        if (document == null) {
            document = Jsoup.parse(body, uri.toString());
        }
        return document;
    }

    /**
     * Where Keycloak sent the browser when it left for an app, or null while on Keycloak's pages.
     */
    public URI appRedirect() {
        return isRedirect() ? uri.resolve(location) : null;
    }

    /** A query parameter of the redirect to the app (e.g. "code", "error"). */
    public String appRedirectParameter(String name) {
        URI target = appRedirect();
        if (target == null || target.getRawQuery() == null) {
            return null;
        }
        for (String pair : target.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    public boolean showsForm(String formId) {
        return html().getElementById(formId) != null;
    }

    /** The page's heading, as a person reads it. */
    public String title() {
        Element title = html().getElementById("kc-page-title");
        return title == null ? html().title() : title.text();
    }

    /** The page's error or warning text, if any. */
    public String feedback() {
        Element feedback =
                html().selectFirst(".kc-feedback-text, #input-error, .pf-v5-c-alert__title");
        return feedback == null ? "" : feedback.text();
    }

    public Form form(String formId) {
        Element form = html().getElementById(formId);
        if (form == null) {
            throw new AssertionError(
                    "No form #"
                            + formId
                            + " on "
                            + uri
                            + " (status "
                            + status
                            + "), title '"
                            + title()
                            + "', saying '"
                            + feedback()
                            + "'");
        }
        return new Form(form);
    }

    /**
     * The form that carries a field, for pages whose form has no id: e.g. the page a SAML POST
     * binding auto-submits with script ({@code SAMLRequest}, {@code SAMLResponse}), which a browser
     * without script posts by its button.
     */
    public Form formWith(String fieldName) {
        Element field = html().selectFirst("form input[name=" + fieldName + "]");
        if (field == null) {
            throw new AssertionError(
                    "No form with a field "
                            + fieldName
                            + " on "
                            + uri
                            + " (status "
                            + status
                            + ")");
        }
        return new Form(field.closest("form"));
    }

    /** An HTML form: its current field values, changed and submitted as the browser would. */
    public final class Form {

        private final Element element;
        private final Map<String, String> fields = new LinkedHashMap<>();

        private Form(Element element) {
            this.element = element;
            for (Element input : element.select("input[name], textarea[name], select[name]")) {
                String type = input.attr("type");
                if (type.equals("submit")
                        || ((type.equals("checkbox") || type.equals("radio"))
                                && !input.hasAttr("checked"))) {
                    continue;
                }
                fields.put(
                        input.attr("name"),
                        input.tagName().equals("textarea") ? input.text() : input.val());
            }
        }

        public String value(String name) {
            return fields.get(name);
        }

        public Form fill(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public Page submit() {
            return browser.submit(URI.create(element.absUrl("action")), Browser.fields(fields));
        }
    }
}
