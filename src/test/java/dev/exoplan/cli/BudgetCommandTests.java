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

    /** The built-in sample-c sells IV in a course of 5 for 374,000 (12 months), singles 88,000, a 3,300 first consultation. */
    private static Result courseClinic(String... more) {
        String[] args = {"plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c", "--start", "2027-01-04",
            "--budget", "400000"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return exoplan(all);
    }

    @Test
    void atACourseClinic_theBudgetSaysWhatToBuyToGoFurthest() {
        // Typical as the plan buys (cheapest for 7 sessions): 91,300 + 88,000, then the course at session 3
        // (374,000) passes 400,000: 2 sessions. The course at session 1 (374,000 + 3,300 = 377,300) pays
        // for 5, leaving 22,700; the whole course is 553,300, 153,300 more than the budget.
        Result r = courseClinic();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Budget ¥400,000, tax included\n"
                + "  low      fits: the whole course, with ¥121,700 left\n"
                + "  typical  pays for the first 5 sessions, up to Tue 8 Jun 2027, with ¥22,700\n"
                + "           left, if you buy this instead:\n"
                + "           IV drip, 5 sessions ¥374,000, bought Mon 4 Jan 2027: sessions 1–5\n"
                + "           bought as under \"What to buy\" (the cheapest for the whole course),\n"
                + "           it pays for only the first 2 sessions, up to Mon 25 Jan 2027; the\n"
                + "           whole course costs ¥153,300 more\n"
                + "  high     pays for the first 5 sessions, up to Mon 1 Mar 2027; the whole\n"
                + "           course costs ¥351,300 more\n"), r.out());
    }

    @Test
    void atACourseClinic_theJapaneseBudgetSaysWhatToBuyToo() {
        Result r = courseClinic("--lang", "ja");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  \u6a19\u6e96    \u6b21\u306e\u3088\u3046\u306b\u8cb7\u3048\u30705\u56de\u76ee"),
                r.out()); // 標準    次のように買えば5回目
        assertTrue(r.out().contains("\u306e\u307e\u307e\u3067\u306f2\u56de\u76ee"), r.out()); // のままでは2回目
    }

    @Test
    void atACourseClinic_theJsonHasTheSessionsAndThePurchasesTheyAssume() throws Exception {
        JsonNode typical = new ObjectMapper().readTree(courseClinic("--format", "json").out())
                .get("budget").get("scenarios").get("typical");
        assertEquals(5, typical.get("sessions").asInt());
        assertEquals(2, typical.get("sessionsAsPlanned").asInt());
        assertEquals("2027-06-08", typical.get("lastDate").asText());
        assertEquals("22700", typical.get("left").asText());
        assertEquals(1, typical.get("purchases").size());
        JsonNode course = typical.get("purchases").get(0);
        assertEquals("package", course.get("kind").asText());
        assertEquals("2027-01-04", course.get("date").asText());
        assertEquals("374000", course.get("price").asText());
        assertEquals("[1,2,3,4,5]", course.get("sessions").toString());
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

    /** --budget and --start as people type them, through the real command, in both languages. */
    @Nested
    class AsPeopleTypeThem {

        @ParameterizedTest
        @ValueSource(strings = {"50万", "50万円", "¥500,000", "￥500,000", "500000円", "５０万", "49.99万円"})
        void aBudgetInYen_asTyped_isThePlanOfThePlainNumber(String typed) {
            // 49.99 × 10,000 = 499,900: the one that is not 500,000.
            String plain = typed.equals("49.99万円") ? "499900" : "500000";
            for (String lang : java.util.List.of("en", "ja")) {
                Result r = plan("--budget", typed, "--lang", lang);
                assertEquals(0, r.code(), r.err());
                assertEquals(plan("--budget", plain, "--lang", lang).out(), r.out(), typed + " " + lang);
            }
        }

        @Test
        void compare_readsTheBudgetAndTheStartAsPlanDoes() {
            Result typed = exoplan("compare", "--goal", "skin", "--start", "2027年1月4日", "--budget", "50万",
                    "--format", "json");
            assertEquals(0, typed.code(), typed.err());
            assertEquals(exoplan("compare", "--goal", "skin", "--start", "2027-01-04", "--budget", "500000",
                    "--format", "json").out(), typed.out());
        }

        @Test
        void aStart_writtenAsPeopleDo_isTheSameDay() {
            Result iso = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start",
                    "2027-01-04");
            for (String typed : java.util.List.of("2027-1-4", "2027/1/4", "2027/01/04", "2027年1月4日", "2027年1月4日(月)",
                    "２０２７年１月４日")) {
                Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start", typed);
                assertEquals(iso.out(), r.out(), typed);
            }
        }

        /** Each refusal, end to end: exit 2, one line naming the option, nothing on stdout, in English and Japanese. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "--budget|5,5|groups its digits wrongly|桁区切りの位置が違います",
            "--budget|1,,000|groups its digits wrongly|桁区切りの位置が違います",
            "--budget|50万5|has digits after 万|「万」の後にも数字があり",
            "--budget|¥500円|is not an amount; write a number of yen|は金額ではありません",
            "--start|2027/13/1|there is no month 13|13 月はありません",
            "--start|27/1/4|could be 1927 or 2027|1927 年とも 2027 年とも",
            "--start|1/4/2027|puts the year last|年が最後にあり",
            "--start|2027-1/4|is not a date; write the year in four digits|は日付ではありません。年を 4 桁で"})
        void anAmbiguousOrMalformedValue_isOneLineWithTheRule(String option, String typed, String english,
                String japanese) {
            for (String lang : java.util.List.of("en", "ja")) {
                Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", option, typed,
                        "--lang", lang);
                assertEquals(ExitCodes.USAGE, r.code(), r.err());
                assertEquals("", r.out());
                assertEquals(1, r.err().lines().count(), r.err());
                assertTrue(r.err().startsWith("exoplan plan: " + option + ": '" + typed + "'")
                        || r.err().startsWith("exoplan plan: " + option + ": " + typed), r.err());
                assertTrue(r.err().contains(lang.equals("en") ? english : japanese), r.err());
            }
        }
    }
}
