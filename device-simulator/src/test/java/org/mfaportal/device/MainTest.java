package org.mfaportal.device;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a person uses it, against the in-process server (one RSA-4096 enrollment,
 * like the app).
 */
class MainTest {

    @TempDir Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void enrollFromAQrPictureThenPollApproveAndFindNothingLeft() throws Exception {
        try (FakePushServer server = new FakePushServer()) {
            Path qr =
                    Files.write(folder.resolve("qr.png"), QrCodesTest.png(server.enrollmentUri()));
            String state = folder.resolve("device.json").toString();

            assertThat(run("", "enroll", qr.toString(), "--state", state)).isEqualTo(ExitCode.OK);
            assertThat(output()).contains("Enrolled push token PIPU0001A2B3");

            server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of("K", "C", "R"));
            assertThat(run("", "poll", "--state", state)).isEqualTo(ExitCode.OK);
            assertThat(output())
                    .contains(
                            "privacyIDEA: Do you want to confirm the login?  (pick one of: K C R)");
            assertThat(server.received())
                    .anySatisfy(r -> assertThat(r.fields()).containsKey("new_fb_token"));

            assertThat(run("", "approve", "--state", state)).isEqualTo(ExitCode.USAGE);
            assertThat(run("", "approve", "--pick", server.correctOption(), "--state", state))
                    .isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void watchAsksAndAnswersUntilTheInputEnds() throws Exception {
        try (FakePushServer server = new FakePushServer()) {
            SimulatedDevice device = SimulatedDevice.create(2048);
            device.enroll(server.enrollmentUri());
            Path state = folder.resolve("device.json");
            device.save(state);
            server.offer("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", List.of());

            assertThat(run("maybe\ny\n", "watch", "--state", state.toString()))
                    .isEqualTo(ExitCode.OK);

            assertThat(output())
                    .contains(
                            "Not an answer here: 'maybe'",
                            "Approved; the server accepted the answer.");
        }
    }

    @Test
    void withoutADeviceEveryCommandSaysToEnrollFirst() {
        assertThat(run("", "poll", "--state", folder.resolve("none.json").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(errors()).contains("run 'enroll' first");
    }

    @Test
    void anUnknownCommandOrOptionShowsTheUsage() {
        assertThat(run("", "scan")).isEqualTo(ExitCode.USAGE);
        assertThat(run("", "poll", "--verbose")).isEqualTo(ExitCode.USAGE);
        assertThat(errors())
                .contains("unknown command 'scan'", "unknown option --verbose", "usage:");
    }

    @Test
    void anUnreachableServerHasItsOwnExitCode() throws Exception {
        String uri;
        try (FakePushServer gone = new FakePushServer()) {
            uri = gone.enrollmentUri();
        }
        assertThat(run("", "enroll", uri, "--state", folder.resolve("d.json").toString()))
                .isEqualTo(ExitCode.UNREACHABLE);
        assertThat(errors()).contains("cannot reach");
    }

    private ExitCode run(String input, String... args) {
        return Main.run(
                args,
                new ByteArrayInputStream(input.getBytes(UTF_8)),
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8));
    }

    private String output() {
        return out.toString(UTF_8);
    }

    private String errors() {
        return err.toString(UTF_8);
    }
}
