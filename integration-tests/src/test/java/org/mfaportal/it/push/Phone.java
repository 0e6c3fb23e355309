package org.mfaportal.it.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.mfaportal.device.Answer;
import org.mfaportal.device.PushRequest;
import org.mfaportal.device.SimulatedDevice;

/** What the person does on the phone. */
final class Phone {

    private Phone() {}

    /**
     * Polls, expects exactly one request, and approves it, picking {@code number} where the page
     * shows one.
     */
    static Answer answerTheOnlyRequest(SimulatedDevice device, String number) {
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

    static PushRequest theOnlyRequest(SimulatedDevice device) {
        List<PushRequest> requests = device.poll();
        assertThat(requests).as("requests on the phone").hasSize(1);
        return requests.get(0);
    }
}
