package org.mfaportal.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mfaportal.network.AddressRanges;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing and merging a long trusted list, paid once each time an admin changes the setting. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class TrustedRangesParseBenchmark {

    @Param({"100000"})
    public int ranges;

    private List<String> entries;

    @Setup
    public void setUp() {
        entries = new RandomRanges(ranges).entries();
    }

    @Benchmark
    public AddressRanges parse() {
        return AddressRanges.parse(entries);
    }
}
