package org.mfaportal.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.mfaportal.device.PushRequest;
import org.mfaportal.device.QrCodes;
import org.mfaportal.device.SimulatedDevice;
import org.mfaportal.it.kit.Browser;
import org.mfaportal.it.kit.DemoApp;
import org.mfaportal.it.kit.Page;
import org.mfaportal.it.kit.cluster.ClusterNode;
import org.mfaportal.it.kit.cluster.RoutedPoll;

/** The mobile app's pages and the phone, as a person goes through them on one node. */
final class AppPages {

    static final String WAIT_FORM = "mfa-push-wait-form";
    static final String SETUP_FORM = "mfa-push-setup-form";

    /** The protocol does not care about the key size; 2048 bits keep the stories quick. */
    static final int DEVICE_KEY_BITS = 2048;

    private AppPages() {}

    /**
     * First sign-in of a user without a second factor, on the browser's node: setup choice, the
     * app's activation (QR code), the first approval. Returns the device, enrolled.
     */
    static SimulatedDevice enroll(
            DemoApp app, Browser browser, ClusterNode node, String username, String password) {
        SimulatedDevice device = SimulatedDevice.create(DEVICE_KEY_BITS);
        Page name =
                app.signInWithPassword(browser, username, password)
                        .form("mfa-setup-choice-form")
                        .fill("method", "mfa-push-setup")
                        .submit();
        Page activation =
                name.form(SETUP_FORM)
                        .fill("name", "Phone of " + username)
                        .fill("generate", "true")
                        .submit();
        device.enroll(
                QrCodes.decodeDataUri(activation.html().getElementById("mfa-push-qr").attr("src")));
        assertThat(RoutedPoll.state(stateUrl(activation), node, 10)).isEqualTo("APPROVED");
        Page ready = activation.form(formOf(activation)).submit();
        Page first = ready.form(SETUP_FORM).fill("authenticate", "true").submit();
        pickTheShownNumber(device, first);
        assertThat(RoutedPoll.state(stateUrl(first), node, 10)).isEqualTo("APPROVED");
        Page signedIn = first.form(formOf(first)).submit();
        assertThat(DemoApp.isSignedIn(signedIn))
                .as(signedIn.title() + " | " + signedIn.feedback())
                .isTrue();
        return device;
    }

    /** The phone polls (wherever the balancer sends it) and picks the number the page shows. */
    static void pickTheShownNumber(SimulatedDevice device, Page waiting) {
        PushRequest request = theOnlyRequest(device);
        String number = waiting.html().getElementById("mfa-push-number").attr("data-number");
        assertThat(device.pick(request, number).accepted()).isTrue();
    }

    static PushRequest theOnlyRequest(SimulatedDevice device) {
        List<PushRequest> requests = device.poll();
        assertThat(requests).as("requests on the phone").hasSize(1);
        return requests.get(0);
    }

    /** The waiting form of a mobile app page: at sign-in, or while activating. */
    static String formOf(Page page) {
        return page.showsForm(WAIT_FORM) ? WAIT_FORM : SETUP_FORM;
    }

    /** Where a waiting page's script polls (any method's waiting page). */
    static String stateUrl(Page page) {
        var form = page.html().selectFirst("form[data-state-url]");
        String url = form == null ? null : form.attr("data-state-url");
        assertThat(url)
                .as("a waiting page: " + page.title() + " | " + page.feedback())
                .isNotEmpty();
        return url;
    }
}
