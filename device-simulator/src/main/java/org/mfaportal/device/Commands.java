package org.mfaportal.device;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The one-shot commands; each loads the device from its state file and saves it back. */
final class Commands {

    private final CommandLine line;
    private final PrintStream out;
    private final PrintStream err;
    private SimulatedDevice device;

    Commands(CommandLine line, PrintStream out, PrintStream err) {
        this.line = line;
        this.out = out;
        this.err = err;
    }

    ExitCode enroll() {
        if (line.arguments().size() != 1) {
            throw new CommandLine.UsageException("enroll takes one otpauth URI or QR code image");
        }
        Path state = line.stateFile();
        if (Files.exists(state) && !line.flag("--force")) {
            throw new IllegalStateException(
                    state
                            + " already holds a device; use --state OTHER.json, or --force to replace it");
        }
        String uri = enrollmentUri(line.arguments().get(0));
        SimulatedDevice device = SimulatedDevice.create();
        Enrollment token = device.enroll(uri);
        device.save(state);
        out.printf(
                "Enrolled push token %s (issuer '%s', label '%s') at %s%n",
                token.serial(), token.issuer(), token.label(), token.url());
        out.println("Device saved in " + state);
        return ExitCode.OK;
    }

    ExitCode poll() {
        List<PushRequest> requests = openRequests();
        if (requests.isEmpty()) {
            out.println("No open sign-in requests.");
        }
        for (int i = 0; i < requests.size(); i++) {
            out.println("[" + (i + 1) + "] " + describe(requests.get(i)));
        }
        return ExitCode.OK;
    }

    ExitCode approve() {
        Optional<PushRequest> first = openRequests().stream().findFirst();
        if (first.isEmpty()) {
            out.println("No open sign-in request to approve.");
            return ExitCode.NOTHING_OPEN;
        }
        PushRequest request = first.get();
        String pick = line.option("--pick");
        if (request.numberMatching() && pick == null) {
            throw new IllegalArgumentException(
                    "this request asks to pick one of "
                            + String.join(", ", request.options())
                            + ": use approve --pick X with the one shown at sign-in");
        }
        if (!request.numberMatching() && pick != null) {
            throw new IllegalArgumentException(
                    "this request offers nothing to pick: use approve without --pick");
        }
        return report(
                request.numberMatching() ? device().pick(request, pick) : device().approve(request),
                "Approved");
    }

    ExitCode deny() {
        Optional<PushRequest> first = openRequests().stream().findFirst();
        if (first.isEmpty()) {
            out.println("No open sign-in request to deny.");
            return ExitCode.NOTHING_OPEN;
        }
        return report(device().deny(first.get()), "Denied");
    }

    /**
     * Like the app at start: the one-time §2b update first, then a poll. Dropped challenges are
     * shown.
     */
    List<PushRequest> openRequests() {
        SimulatedDevice device = device();
        if (!device.firebaseTokenUpdated()) {
            int status = device.updateFirebaseToken();
            if (status / 100 != 2) {
                err.println(
                        "warning: the token update (spec 2b) got HTTP "
                                + status
                                + "; the app would retry it at its next start");
            }
            device.save(line.stateFile());
        }
        List<PushRequest> requests = device.poll();
        device.droppedChallenges()
                .forEach(reason -> err.println("dropped, as the app would: " + reason));
        return requests;
    }

    ExitCode report(Answer answer, String what) {
        if (answer.accepted()) {
            out.println(what + "; the server accepted the answer.");
            return ExitCode.OK;
        }
        err.println(
                what
                        + ", but the server did not accept it: HTTP "
                        + answer.status()
                        + " "
                        + answer.body());
        return ExitCode.REFUSED;
    }

    static String describe(PushRequest request) {
        String text = request.title() + ": " + request.question();
        return request.numberMatching()
                ? text + "  (pick one of: " + String.join(" ", request.options()) + ")"
                : text;
    }

    SimulatedDevice device() {
        if (device == null) {
            Path state = line.stateFile();
            if (!Files.exists(state)) {
                throw new IllegalStateException(
                        "no device in " + state + ": run 'enroll' first (or give --state FILE)");
            }
            device = SimulatedDevice.load(state);
        }
        return device;
    }

    private static String enrollmentUri(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        if (lower.startsWith("otpauth:") || lower.startsWith("pia:")) {
            return argument;
        }
        if (lower.startsWith("data:")) {
            return QrCodes.decodeDataUri(argument);
        }
        Path image = Path.of(argument);
        if (!Files.isRegularFile(image)) {
            throw new IllegalArgumentException(
                    "'" + argument + "' is neither an otpauth:// URI nor an image file");
        }
        try {
            return QrCodes.decode(Files.readAllBytes(image));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + image, e);
        }
    }
}
