package org.mfaportal.it.cost;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server's CPU time of one case, step by step (the sign-in page, the password, each request of
 * the second step): each {@link #mark} charges the CPU since the last mark to a step, with the
 * number of requests it took. At 10 ms per tick a single step reads 0 or 10 ms; summed over many
 * sign-ins the ticks average out.
 */
final class Steps {

    /** One step's totals over the measured sign-ins. */
    static final class Step {
        private double cpuMillis;
        private int requests;
        private int times;

        double cpuPerSignIn(int signIns) {
            return cpuMillis / signIns;
        }

        /** Requests to Keycloak per time the step is taken. */
        double requestsEach() {
            return times == 0 ? 0 : (double) requests / times;
        }
    }

    private final ProcessCpu cpu;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private boolean counting;
    private double last;

    Steps(ProcessCpu cpu) {
        this.cpu = cpu;
    }

    /** A sign-in begins; {@code counting}: it is measured (not warm-up). */
    void begin(boolean counting) {
        this.counting = counting;
        this.last = cpu.millis();
    }

    /** The CPU since the last mark was {@code step}, which sent {@code requests} to Keycloak. */
    void mark(String step, int requests) {
        double now = cpu.millis();
        if (counting) {
            Step totals = steps.computeIfAbsent(step, name -> new Step());
            totals.cpuMillis += now - last;
            totals.requests += requests;
            totals.times++;
        }
        last = now;
    }

    Map<String, Step> all() {
        return steps;
    }
}
