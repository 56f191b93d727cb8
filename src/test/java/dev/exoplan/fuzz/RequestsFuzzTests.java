package dev.exoplan.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.cli.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fuzz target: a quote request file of arbitrary bytes (CSV or JSON Lines, as {@code quote --requests -}
 * reads it from standard input), in any output format, with or without {@code --fail-fast} and default
 * cells. Every run ends with exit 0 (every row quoted) or 1 (bad rows, or a file that is not CSV or
 * JSON Lines), each problem on one line of stderr that names the request file, and no stack trace.
 */
class RequestsFuzzTests {

    private static final String[] FORMATS = {"csv", "json", "jsonl", "markdown", "text"};

    @FuzzTest(maxDuration = "10s")
    void requests_anyBytes_areQuotedOrReportedRowByRow(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>(List.of("quote", "--requests", "-", "--format", data.pickValue(FORMATS)));
        if (data.consumeBoolean()) {
            args.add("--fail-fast");
        }
        if (data.consumeBoolean()) {
            args.addAll(List.of("--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--months", "6"));
        }
        Run.Result result = Run.exoplan(Map.of(), data.consumeRemainingAsBytes(), Locale.US, false,
                args.toArray(String[]::new));
        Outcomes.assertUserFacing(result, Set.of(0, 1), String.join(" ", args));
        for (String line : result.err().split("\n")) {
            if (!line.isEmpty() && !line.startsWith("exoplan quote: ")) {
                throw new AssertionError("not one line naming the command: " + line + "\n" + result.err());
            }
        }
    }
}
