package org.mfaportal.benchmarks;

import java.util.concurrent.TimeUnit;
import org.mfaportal.network.AddressRanges;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What one sign-in pays to ask whether its client address is trusted: parsing the address and a
 * binary search. Should grow with log(ranges), not with ranges.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class TrustedRangesLookupBenchmark {

    private static final int CLIENTS = 1024;

    @Param({"10", "10000", "100000"})
    public int ranges;

    private AddressRanges trusted;
    private String[] clients;

    @Setup
    public void setUp() {
        RandomRanges random = new RandomRanges(ranges);
        trusted = AddressRanges.parse(random.entries());
        clients = random.clients(CLIENTS);
    }

    @Benchmark
    @OperationsPerInvocation(CLIENTS)
    public void contains(Blackhole blackhole) {
        for (String client : clients) {
            blackhole.consume(trusted.contains(client));
        }
    }
}
