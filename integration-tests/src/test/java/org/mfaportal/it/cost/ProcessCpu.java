package org.mfaportal.it.cost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's CPU time so far (all its threads, user + kernel), as Linux counts it in /proc. */
final class ProcessCpu {

    private final Path stat;
    private final double millisPerTick;

    ProcessCpu(long pid) {
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
        this.millisPerTick = 1000.0 / clockTicksPerSecond();
    }

    /** utime + stime of the process, in milliseconds (10 ms steps at the usual 100 ticks/s). */
    double millis() {
        try {
            String line = Files.readString(stat);
            // After the command name in parentheses: field 3 (state) onwards; utime and stime are
            // fields 14 and 15.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * millisPerTick;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
