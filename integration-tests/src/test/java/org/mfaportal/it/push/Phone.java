package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mfaportal.device.Answer;
import org.mfaportal.device.PushRequest;
import org.mfaportal.device.SimulatedDevice;

/** What the person does on the phone. */
public final class Phone {

    private Phone() {}

    /**
     * Polls, expects exactly one request, and approves it, picking {@code number} where the page
     * shows one.
     */
    public static Answer answerTheOnlyRequest(SimulatedDevice device, String number) {
        List<PushRequest> requests = device.poll();
        assertThat(requests).as("requests on the phone").hasSize(1);
        return approve(device, requests.get(0), number);
    }

    static Answer approve(SimulatedDevice device, PushRequest request, String number) {
        if (request.numberMatching()) {
            assertThat(request.options()).contains(number);
            return device.pick(request, number);
        }
        return device.approve(request);
    }

    /**
     * A denial as a man in the middle would change it: {@code sentReason} in the form, the device's
     * signature over {@code signedReason} (null: the string without a reason).
     */
    static Map<String, String> tamperedDecline(
            SimulatedDevice device, PushRequest request, String sentReason, String signedReason) {
        String signed = request.nonce() + "|" + device.serial() + "|decline";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("serial", device.serial());
        form.put("nonce", request.nonce());
        form.put("decline", "1");
        form.put("decline_reason", sentReason);
        form.put(
                "signature",
                device.sign(signedReason == null ? signed : signed + "|" + signedReason));
        return form;
    }

    static PushRequest theOnlyRequest(SimulatedDevice device) {
        List<PushRequest> requests = device.poll();
        assertThat(requests).as("requests on the phone").hasSize(1);
        return requests.get(0);
    }
}
