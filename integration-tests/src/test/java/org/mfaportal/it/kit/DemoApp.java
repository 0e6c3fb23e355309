package org.mfaportal.it.kit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** The demo realm's OIDC app, signing people in with the authorization code flow and PKCE. */
public final class DemoApp {

    public static final String CLIENT_ID = "demo-oidc-app";
    public static final String REDIRECT_URI = "http://127.0.0.1:8081/callback";

    private final KeycloakServer server;

    /** PKCE verifier of the sign-in started last, for the code exchange. */
    private String verifier;

    public DemoApp(KeycloakServer server) {
        this.server = server;
    }

    /** Opens the app's sign-in: Keycloak's login page (or the app, if an SSO session exists). */
    public Page startSignIn(Browser browser) {
        return browser.open(authorizationUrl(""));
    }

    /** The URL that starts the app's sign-in, for a real browser (Chromium). */
    public String signInUrl() {
        return authorizationUrl("");
    }

    /**
     * The app asks Keycloak to run one required action for a signed-in user (kc_action), as the
     * account console does.
     */
    public Page startAction(Browser browser, String requiredAction) {
        return browser.open(authorizationUrl("&kc_action=" + AdminClient.encode(requiredAction)));
    }

    /**
     * The app's back channel: trades the authorization code of a signed-in page for an access
     * token.
     */
    public String accessToken(Page signedIn) {
        if (!isSignedIn(signedIn)) {
            throw new AssertionError(
                    "Not signed in: " + signedIn.title() + " " + signedIn.feedback());
        }
        String form =
                "grant_type=authorization_code&client_id="
                        + CLIENT_ID
                        + "&redirect_uri="
                        + AdminClient.encode(REDIRECT_URI)
                        + "&code="
                        + AdminClient.encode(signedIn.appRedirectParameter("code"))
                        + "&code_verifier="
                        + verifier;
        try {
            var reply =
                    java.net.http.HttpClient.newHttpClient()
                            .send(
                                    java.net.http.HttpRequest.newBuilder(
                                                    java.net.URI.create(
                                                            server.realmUrl()
                                                                    + "/protocol/openid-connect/token"))
                                            .header(
                                                    "Content-Type",
                                                    "application/x-www-form-urlencoded")
                                            .POST(
                                                    java.net.http.HttpRequest.BodyPublishers
                                                            .ofString(form))
                                            .build(),
                                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new AssertionError("Token request refused: " + reply.body());
            }
            return AdminClient.JSON.readTree(reply.body()).get("access_token").asText();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String authorizationUrl(String extra) {
        verifier = random();
        return server.realmUrl()
                + "/protocol/openid-connect/auth?client_id="
                + CLIENT_ID
                + "&redirect_uri="
                + AdminClient.encode(REDIRECT_URI)
                + "&response_type=code&scope=openid"
                + "&state="
                + random()
                + "&code_challenge_method=S256&code_challenge="
                + challenge(verifier)
                + extra;
    }

    /**
     * Signs in with username and password; returns whatever comes next (second step, setup, or the
     * app).
     */
    public Page signInWithPassword(Browser browser, String username, String password) {
        for (int tried = 1; ; tried++) {
            Page page =
                    startSignIn(browser)
                            .form("kc-form-login")
                            .fill("username", username)
                            .fill("password", password)
                            .submit();
            if (tried == GuardLag.TRIES
                    || !GuardLag.refusedOnlyByTheGuard(server.admin(), page, username)) {
                return page;
            }
            GuardLag.pause();
        }
    }

    /** Whether the page is the redirect back to the app with an authorization code. */
    /**
     * Keycloak's "Try another way" from a method's page, then the method whose authenticator is
     * {@code providerId}.
     */
    public Page tryAnotherWay(Page methodPage, String providerId) {
        Page selection = methodPage.form("kc-select-try-another-way-form").submit();
        return selection
                .form("kc-select-credential-form")
                .fill("authenticationExecution", methodExecutionId(providerId))
                .submit();
    }

    /** The id of a method's execution in the demo realm's methods sub-flow. */
    private String methodExecutionId(String providerId) {
        for (com.fasterxml.jackson.databind.JsonNode execution :
                server.admin()
                        .get(
                                "/admin/realms/"
                                        + KeycloakServer.REALM
                                        + "/authentication/flows/mfa-portal%20methods/executions")
                        .requireStatus(200)
                        .json()) {
            if (providerId.equals(execution.path("providerId").asText())) {
                return execution.get("id").asText();
            }
        }
        throw new AssertionError("no " + providerId + " in the demo realm's methods");
    }

    public static boolean isSignedIn(Page page) {
        return page.appRedirect() != null
                && page.appRedirect().toString().startsWith(REDIRECT_URI)
                && page.appRedirectParameter("code") != null;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
