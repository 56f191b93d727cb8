package dev.exoplan.bench;

import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.cost.Planner;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.io.sheet.PriceSheets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core's cost per call, in ns/op, so that a regression shows as a number: planning one request
 * (dated sessions, itemised receipts, three scenarios) and quoting one row (the fast path of
 * {@code exoplan quote}), both on the built-in sheet. Run: {@code mvn -q -P jmh verify} (see README).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CoreBenchmark {

    private PriceSheet sheet;
    private Quoter quoter;
    private PlanRequest[] requests;
    private int next;

    @Setup
    public void setUp() throws Exception {
        sheet = PriceSheets.embedded().sheet();
        quoter = new Quoter(sheet);
        // A spread of starts and periods, so that the schedule arithmetic is not one constant case.
        requests = new PlanRequest[64];
        LocalDate start = LocalDate.of(2027, 1, 4);
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new PlanRequest("skin", "iv", Optional.of(i % 2 == 0 ? "sample-a" : "sample-b"),
                    start.plusDays(11L * i), 1 + (i * 7) % 120);
        }
    }

    private PlanRequest nextRequest() {
        next = (next + 1) & (requests.length - 1);
        return requests[next];
    }

    @Benchmark
    public Plan planOneRequest() {
        return Planner.plan(sheet, nextRequest());
    }

    @Benchmark
    public Quote quoteOneRow() {
        return quoter.quote(nextRequest());
    }
}
