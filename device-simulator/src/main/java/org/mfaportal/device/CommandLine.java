package org.mfaportal.device;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code <command> [arguments] [--state FILE] [--pick X] [--force]}, read once. */
record CommandLine(String command, List<String> arguments, Map<String, String> options) {

    static final Path DEFAULT_STATE =
            Path.of(System.getProperty("user.home"), ".mfa-portal-device.json");
    private static final Set<String> WITH_VALUE = Set.of("--state", "--pick");
    private static final Set<String> FLAGS = Set.of("--force");

    /**
     * @throws UsageException for an unknown option or one without its value
     */
    static CommandLine parse(String... args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (WITH_VALUE.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                options.put(arg, args[++i]);
            } else if (FLAGS.contains(arg)) {
                options.put(arg, "true");
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
        if (positional.isEmpty()) {
            throw new UsageException("no command given");
        }
        return new CommandLine(
                positional.get(0), List.copyOf(positional.subList(1, positional.size())), options);
    }

    Path stateFile() {
        return options.containsKey("--state") ? Path.of(options.get("--state")) : DEFAULT_STATE;
    }

    String option(String name) {
        return options.get(name);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The person typed something this tool does not understand. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
