package org.mfaportal.device;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The command line tool: a person's stand-in for the privacyIDEA Authenticator app. */
public final class Main {

    static final String USAGE =
            """
            usage: java -jar mfa-portal-device-simulator.jar <command> [--state FILE]
              enroll <otpauth-uri | qr.png | data:image/png;base64,...> [--force]
                                   enroll a new push token (the QR code's URI, or a picture of it)
              poll                 list the open sign-in requests
              approve [--pick X]   approve the first open request (--pick: the option shown at sign-in)
              deny                 deny the first open request
              watch                poll every second and ask what to do with each request
            The device (its keys and token) lives in --state FILE, default ~/.mfa-portal-device.json.
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err).status);
    }

    static ExitCode run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            CommandLine line = CommandLine.parse(args);
            Commands commands = new Commands(line, out, err);
            return switch (line.command()) {
                case "enroll" -> commands.enroll();
                case "poll" -> commands.poll();
                case "approve" -> commands.approve();
                case "deny" -> commands.deny();
                case "watch" ->
                        new Watch(
                                        commands,
                                        new BufferedReader(
                                                new InputStreamReader(in, StandardCharsets.UTF_8)),
                                        out,
                                        err)
                                .run();
                case "help", "-h", "--help" -> {
                    out.print(USAGE);
                    yield ExitCode.OK;
                }
                default ->
                        throw new CommandLine.UsageException(
                                "unknown command '" + line.command() + "'");
            };
        } catch (CommandLine.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return ExitCode.USAGE;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (DeviceException e) {
            err.println("the server refused: " + e.getMessage());
            return ExitCode.REFUSED;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.UNREACHABLE;
        }
    }
}
