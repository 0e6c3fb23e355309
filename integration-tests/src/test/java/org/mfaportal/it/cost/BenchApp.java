package org.mfaportal.it.cost;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.Page;

/**
 * An OIDC app of one benchmark case: a public client of its own, whose browser flow is the case's
 * flow. It signs in with the authorization code flow until the code reaches its redirect URI.
 */
record BenchApp(String realmUrl, String clientId) {

    Page signInWithPassword(Browser browser, String username, String password) {
        return typePassword(openSignIn(browser), username, password);
    }

    /** The authorization request: the sign-in page. */
    Page openSignIn(Browser browser) {
        return browser.open(
                realmUrl
                        + "/protocol/openid-connect/auth?client_id="
                        + clientId
                        + "&redirect_uri="
                        + URLEncoder.encode(DemoApp.REDIRECT_URI, StandardCharsets.UTF_8)
                        + "&response_type=code&scope=openid&state="
                        + UUID.randomUUID());
    }

    Page typePassword(Page signInPage, String username, String password) {
        return signInPage
                .form("kc-form-login")
                .fill("username", username)
                .fill("password", password)
                .submit();
    }

    /**
     * Fails the run when a sign-in did not end at the app with a code: a benchmark of errors is
     * worthless.
     */
    static void requireSignedIn(String caseName, Page page) {
        if (!DemoApp.isSignedIn(page)) {
            throw new IllegalStateException(
                    caseName + ": not signed in: " + page.title() + " | " + page.feedback());
        }
    }
}
