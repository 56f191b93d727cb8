package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetCommandTests {

    private static Result plan(String... more) {
        String[] args = {"plan", "--pricing", PlanCommandTests.WORKED_EXAMPLE, "--goal", "skin", "--method", "iv",
            "--start", "2027-01-04", "--no-caveats"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return exoplan(all);
    }

    @Test
    void planText_saysPerScenarioHowFarTheBudgetGoes() {
        Result r = plan("--budget", "500000");
        assertEquals(0, r.code(), r.err());
        // low 170,500 fits; typical pays five sessions (445,500), 121,500 short; high pays two (335,500)
        assertTrue(r.out().contains("Budget ¥500,000, tax included\n"
                + "  low      fits: the whole course, with ¥329,500 left\n"
                + "  typical  pays for the first 5 sessions, up to Tue 8 Jun 2027; the whole\n"
                + "           course costs ¥121,500 more\n"
                + "  high     pays for the first 2 sessions, up to Mon 18 Jan 2027; the whole\n"
                + "           course costs ¥1,155,500 more\n"), r.out());
    }

    @Test
    void planJson_hasTheBudgetPerScenario() throws Exception {
        JsonNode budget = new ObjectMapper().readTree(plan("--budget", "500000", "--format", "json").out())
                .get("budget");
        assertEquals("500000", budget.get("amount").asText());
        JsonNode typical = budget.get("scenarios").get("typical");
        assertFalse(typical.get("fits").asBoolean());
        assertEquals(5, typical.get("sessions").asInt());
        assertEquals("2027-06-08", typical.get("lastDate").asText());
        assertEquals("121500", typical.get("missing").asText());
    }

    @Test
    void withoutABudget_thereIsNoBudgetSection() {
        assertFalse(plan().out().contains("Budget"));
    }

    @Test
    void aBudgetWithYenFractions_isAUsageError() {
        Result r = plan("--budget", "500000.5");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("exoplan plan: --budget: 500000.5 is not an amount of JPY (0 or more, at most 0 decimals)",
                r.err().strip());
    }

    @Test
    void aBudgetThatIsNotANumber_isAUsageError() {
        Result r = plan("--budget", "lots");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("'lots' is not an amount"), r.err());
    }

    @Nested
    class ThousandsSeparators {

        /** The budget line of the plan's text, where {@code typed} is accepted. */
        private String budgetLine(String typed) {
            Result r = plan("--budget", typed);
            assertEquals(0, r.code(), r.err());
            return r.out().lines().filter(l -> l.startsWith("Budget ")).findFirst().orElseThrow();
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = ';', value = {
            "500000; ¥500,000",
            "500,000; ¥500,000",
            "1,000,000; ¥1,000,000",
            "500_000; ¥500,000",
            "999; ¥999",
            // 15 digits, the most an amount holds
            "999,999,999,999,999; ¥999,999,999,999,999"
        })
        void groupsOfThree_areTheAmount(String typed, String shown) {
            assertEquals("Budget " + shown + ", tax included", budgetLine(typed));
        }

        @ParameterizedTest
        @ValueSource(strings = {"5,5", "1,,000", ",500000", "500000,", "50,0000", "1,000_000", "1_0"})
        void separatorsOutOfPlace_areAUsageErrorNotADifferentNumber(String typed) {
            // Before, the commas were dropped: 5,5 was a budget of ¥55.
            Result r = plan("--budget", typed);
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("", r.out());
            assertEquals("exoplan plan: --budget: '" + typed + "' groups its digits wrongly: a thousands separator "
                    + "(, or _) comes after every three digits, counted from the right, such as 500,000 or "
                    + "1,000,000; or write the plain number in JPY, such as 500000", r.err().strip());
        }

        @Test
        void sixteenDigits_areRefusedWithTheLimitAsItIs() {
            // 1,000,000,000,000,000 has 16 digits; amounts hold 15.
            Result r = plan("--budget", "1,000,000,000,000,000");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan plan: --budget: 1,000,000,000,000,000 has more than 15 digits before the decimal "
                    + "point, the most an amount may have; give at most 999,999,999,999,999", r.err().strip());
        }

        @Test
        void inJapanese_aGroupingMistakeIsJapanese() {
            Result r = plan("--budget", "5,5", "--lang", "ja");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertTrue(r.err().startsWith("exoplan plan: --budget: '5,5' の桁区切りの位置が違います。"), r.err());
        }
    }

    @Test
    void compare_saysWhichScenariosOfEachOptionFit() throws Exception {
        Result r = exoplan("compare", "--goal", "skin", "--start", "2027-01-04", "--budget", "600000", "--format",
                "json");
        assertEquals(0, r.code(), r.err());
        JsonNode first = new ObjectMapper().readTree(r.out()).get("options").get(0);
        // sample-b iv: typical 539,000 ≤ 600,000 < high 1,105,500
        assertEquals("sample-b", first.get("clinic").asText());
        assertTrue(first.get("budgetFits").get("typical").asBoolean());
        assertFalse(first.get("budgetFits").get("high").asBoolean());
        Result text = exoplan("compare", "--goal", "skin", "--start", "2027-01-04", "--budget", "600000");
        assertTrue(text.out().contains("3 of 6 options fit the budget in the typical scenario."), text.out());
    }
}
