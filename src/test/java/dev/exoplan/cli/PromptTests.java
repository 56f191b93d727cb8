package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.cli.Run.Result;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** plan on a terminal without --goal or --method asks, with numbered choices; elsewhere it does not. */
class PromptTests {

    private static Result onATerminal(String answers, String... args) {
        return exoplan(Map.of(), answers, Locale.US, true, args);
    }

    @Test
    void missingGoalMethodAndClinic_areAskedForByNumberOrId() {
        // goal by id, method by number (skin: 1 iv), clinic by number (iv: 1 sample-a, 2 sample-b)
        Result r = onATerminal("skin\n1\n2\n", "plan", "--start", "2027-01-04", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"clinic\": \"sample-b\""), r.out());
        assertTrue(r.out().contains("\"method\": \"iv\""), r.out());
        assertTrue(r.err().startsWith("Which goal?\n   1) Skin rejuvenation / anti-ageing (skin)\n"), r.err());
        assertTrue(r.err().contains("Which method?\n   1) IV drip (iv)\n   2) Local injection (injection)\n"
                + "   3) Injection combined with another procedure (combined)\n"), r.err());
        assertTrue(r.err().contains("Which clinic?\n   1) Sample Clinic A (fictional) (sample-a)\n"), r.err());
    }

    @Test
    void aWrongAnswer_isAskedAgain() {
        Result r = onATerminal("12\nhair\n9\n1\n1\n", "plan", "--start", "2027-01-04", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("'12' is not one of the choices; type its number or its id"), r.err());
        assertTrue(r.out().contains("\"goal\": \"hair\""), r.out());
    }

    @Test
    void noAnswer_isAUsageError() {
        Result r = onATerminal("", "plan", "--method", "iv");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("exoplan plan: --goal is required and no choice was made; give --goal"), r.err());
    }

    @Test
    void withoutATerminal_nothingIsAsked() {
        Result r = exoplan(Map.of(), "skin\n", Locale.US, "plan", "--method", "iv");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("exoplan plan: --goal is required;"), r.err());
    }
}
