package org.mfaportal.device;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Polls every second and asks the person about each request, like the app's dialog; ends at end of
 * input.
 */
final class Watch {

    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final Commands commands;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private String lastProblem;

    Watch(Commands commands, BufferedReader in, PrintStream out, PrintStream err) {
        this.commands = commands;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    ExitCode run() {
        out.println("Watching for sign-in requests (Ctrl-C or end of input stops).");
        while (true) {
            for (PushRequest request : pollQuietly()) {
                try {
                    if (!ask(request)) {
                        return ExitCode.OK;
                    }
                } catch (UncheckedIOException e) {
                    err.println("the answer did not reach the server: " + e.getMessage());
                }
            }
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCode.OK;
            }
        }
    }

    /** A failing poll is reported once and retried, as the app keeps polling. */
    private List<PushRequest> pollQuietly() {
        try {
            List<PushRequest> requests = commands.openRequests();
            lastProblem = null;
            return requests;
        } catch (DeviceException | UncheckedIOException e) {
            if (!Objects.equals(lastProblem, e.getMessage())) {
                err.println("poll failed (retrying every second): " + e.getMessage());
                lastProblem = e.getMessage();
            }
            return List.of();
        }
    }

    /**
     * @return false at end of input
     */
    private boolean ask(PushRequest request) {
        out.println();
        out.println(Commands.describe(request));
        while (true) {
            out.print(
                    request.numberMatching()
                            ? "Pick " + String.join("/", request.options()) + " or n(o): "
                            : "Approve? y(es)/n(o): ");
            out.flush();
            String reply = readLine();
            if (reply == null) {
                return false;
            }
            String choice = reply.strip();
            SimulatedDevice device = commands.device();
            if (choice.equalsIgnoreCase("n") || choice.equalsIgnoreCase("no")) {
                commands.report(device.deny(request), "Denied");
                return true;
            }
            if (!request.numberMatching()
                    && (choice.equalsIgnoreCase("y") || choice.equalsIgnoreCase("yes"))) {
                commands.report(device.approve(request), "Approved");
                return true;
            }
            if (request.options().contains(choice)) {
                commands.report(device.pick(request, choice), "Picked " + choice);
                return true;
            }
            out.println("Not an answer here: '" + choice + "'.");
        }
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the terminal", e);
        }
    }
}
