package dev.exoplan.fuzz;

import static dev.exoplan.io.json.OutputSchemas.assertValid;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.exoplan.core.Generators;
import dev.exoplan.core.cost.Budget;
import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.cost.Planner;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.FixedRateProvider;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.compare.ComparisonJson;
import dev.exoplan.io.compare.ComparisonReport;
import dev.exoplan.io.json.Schema;
import dev.exoplan.io.list.SheetJson;
import dev.exoplan.io.list.SheetListing;
import dev.exoplan.io.plan.PlanJson;
import dev.exoplan.io.quote.QuoteTable;
import dev.exoplan.io.sheet.PriceSheets;
import dev.exoplan.io.sheet.SheetException;
import dev.exoplan.io.text.Bundles;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random plans, quotes and comparisons, each written as JSON and held to its
 * schema (closed: see {@code OutputSchemas}). The sheets are the fuzz target's ({@link PlanFuzzTests#sheet}:
 * any currency, tax, amounts, schedules and names), {@link Generators}' property-test cases, and the
 * project's sheets that sell courses and variants, with random requests, budgets and rates. One seed is
 * one case: a failure names it.
 */
class GeneratedOutputSchemaTests {

    private static final int CASES = 1_000;
    private static final String[] CURRENCIES = {"JPY", "USD", "EUR", "KRW", "KWD", "BHD", "CLF", "GBP"};
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2200, 12, 31).toEpochDay();

    /** How many outputs were checked, so that a generator that stops making cases is noticed. */
    private int plans;
    private int quotes;
    private int comparisons;

    @Test
    void fuzzTargetSheets_plansQuotesComparisonsAndListings_matchTheirSchemas() throws IOException {
        for (long seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            FuzzedDataProvider data = data(random);
            String currency = data.pickValue(CURRENCIES);
            int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
            byte[] json = PlanFuzzTests.sheet(data, currency, digits).toString().getBytes(StandardCharsets.UTF_8);
            PriceSheet sheet;
            try {
                sheet = PriceSheets.parse(json, "generated.json").sheet();
            } catch (SheetException e) {
                continue; // totals too large for a quote (E-RANGE): PlanFuzzTests says why
            }
            everyOutput(sheet, random, "seed " + seed);
            if (seed % 10 == 0) {
                assertValid(Schema.LIST, listing(sheet, language(random)), "list, seed " + seed);
            }
        }
        assertTrue(plans > CASES / 2 && quotes > CASES / 2 && comparisons > CASES / 2,
                plans + " plans, " + quotes + " quotes, " + comparisons + " comparisons");
    }

    @Test
    void propertyTestCases_plansQuotesAndComparisons_matchTheirSchemas() throws IOException {
        for (long seed = 1; seed <= CASES; seed++) {
            Generators.Case c = Generators.generate(seed, seed % 2 == 0);
            Random random = new Random(seed);
            everyOutput(c.sheet(), random, "Generators case " + seed);
        }
        assertTrue(plans > CASES / 2 && quotes > CASES / 2 && comparisons > CASES / 2,
                plans + " plans, " + quotes + " quotes, " + comparisons + " comparisons");
    }

    @Test
    void sheetsWithCoursesAndVariants_plansQuotesAndComparisons_matchTheirSchemas() throws IOException, SheetException {
        List<PriceSheet> sheets = List.of(
                PriceSheets.read(Path.of("examples/course-clinic.json"), "course-clinic.json").sheet(),
                PriceSheets.read(Path.of("src/test/resources/sheets/worked-example.json"), "worked-example.json").sheet(),
                PriceSheets.embedded().sheet());
        for (long seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            everyOutput(sheets.get((int) (seed % sheets.size())), random, "course sheet, seed " + seed);
        }
        assertTrue(plans > CASES / 2 && quotes > CASES / 2 && comparisons > CASES / 2,
                plans + " plans, " + quotes + " quotes, " + comparisons + " comparisons");
    }

    /** A random request against the sheet, planned, quoted and compared, in a random language, with or without a budget. */
    private void everyOutput(PriceSheet sheet, Random random, String what) throws IOException {
        List<Goal> goals = new ArrayList<>(sheet.goals().values());
        Goal goal = goals.get(random.nextInt(goals.size()));
        String method = goal.methods().get(random.nextInt(goal.methods().size()));
        List<String> clinics = sheet.clinicIds().stream()
                .filter(id -> sheet.clinic(id).orElseThrow().prices(method)).toList();
        if (clinics.isEmpty()) {
            return; // no clinic prices the method the goal lists
        }
        String clinicId = clinics.get(random.nextInt(clinics.size()));
        Clinic clinic = sheet.clinic(clinicId).orElseThrow();
        List<Variant> variants = clinic.variants(method);
        Optional<String> variant = variants.isEmpty() || random.nextBoolean() ? Optional.empty()
                : Optional.of(variants.get(random.nextInt(variants.size())).id());
        LocalDate start = LocalDate.ofEpochDay(FIRST_DAY + (long) (random.nextDouble() * (LAST_DAY - FIRST_DAY)));
        int months = 1 + random.nextInt(random.nextBoolean() ? 120 : 24);
        Language language = language(random);
        PlanRequest request = new PlanRequest(goal.id(), method, Optional.of(clinicId), start, months, variant);
        Plan plan;
        try {
            plan = Planner.plan(sheet, request);
        } catch (InvalidRequestException e) {
            return; // a method the clinic does not price, say
        }
        MonetaryAmount typical = plan.scenario(Scenario.TYPICAL).receipt().total();
        Optional<Budget> budget = random.nextBoolean() ? Optional.empty()
                : Optional.of(Budget.of(plan, Amounts.of(typical.getNumber().numberValue(BigDecimal.class)
                        .multiply(BigDecimal.valueOf(random.nextInt(200), 2))
                        .setScale(Amounts.minorDigits(plan.currency()), java.math.RoundingMode.FLOOR), plan.currency())));
        Optional<FixedRateProvider> rate = random.nextInt(3) > 0 ? Optional.empty()
                : Optional.of(new FixedRateProvider(plan.currency(),
                        Monetary.getCurrency(plan.currency().getCurrencyCode().equals("EUR") ? "USD" : "EUR"),
                        new BigDecimal("0.0067")));
        assertValid(Schema.PLAN, new PlanJson(language).render(plan, budget, rate, random.nextBoolean()),
                "plan, " + what);
        plans++;

        StringWriter quote = new StringWriter();
        QuoteTable table = QuoteTable.create(QuoteTable.Format.JSON, quote, language, false, !variants.isEmpty());
        table.write(new Quoter(sheet).quote(request));
        table.write(Quoter.fromPlan(plan));
        table.finish();
        assertValid(Schema.QUOTE, quote.toString(), "quote, " + what);
        quotes++;

        Comparison comparison;
        try {
            comparison = Comparison.of(sheet, goal.id(), List.of(), List.of(), start, months, variant);
        } catch (InvalidRequestException e) {
            return;
        }
        StringWriter compare = new StringWriter();
        OptionalLong limit = budget.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(Amounts.minor(budget.get().amount()));
        new ComparisonJson(language).render(new ComparisonReport(comparison, limit), compare);
        assertValid(Schema.COMPARE, compare.toString(), "compare, " + what);
        comparisons++;
    }

    private static String listing(PriceSheet sheet, Language language) throws IOException {
        StringWriter out = new StringWriter();
        new SheetJson(language).render(new SheetListing(sheet, EnumSet.allOf(SheetListing.Section.class)), out);
        return out.toString();
    }

    private static Language language(Random random) {
        List<Language> languages = Bundles.languages();
        return languages.get(random.nextInt(languages.size()));
    }

    /**
     * The fuzz target's data from a seeded {@link Random}: the provider's abstract methods that
     * {@link PlanFuzzTests#sheet} calls, drawn from it, and its default methods ({@code pickValue},
     * {@code pickValues}) as Jazzer writes them, on top.
     */
    static FuzzedDataProvider data(Random random) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            int arity = args == null ? 0 : args.length;
            return switch (method.getName() + "/" + arity) {
                case "consumeBoolean/0" -> random.nextBoolean();
                case "consumeInt/0" -> random.nextInt();
                case "consumeLong/0" -> random.nextLong();
                case "consumeInt/2" -> (int) between(random, (int) args[0], (int) args[1]);
                case "consumeLong/2" -> between(random, (long) args[0], (long) args[1]);
                case "consumeString/1" -> text(random, (int) args[0]);
                default -> throw new UnsupportedOperationException(method.toString());
            };
        };
        return (FuzzedDataProvider) Proxy.newProxyInstance(GeneratedOutputSchemaTests.class.getClassLoader(),
                new Class<?>[] {FuzzedDataProvider.class}, handler);
    }

    /**
     * A long in [min, max], of any magnitude alike (log-uniform over wide ranges): the sheet's amounts
     * go up to 15 digits, and drawn uniformly nearly every clinic would total more than a quote holds.
     */
    private static long between(Random random, long min, long max) {
        long span = max - min + 1;
        if (span <= 0) {
            return random.nextLong();
        }
        if (span > 1_000) {
            long magnitude = 1;
            for (int digits = random.nextInt(Long.toString(span).length()) + 1; digits > 0 && magnitude < span / 10;
                    digits--) {
                magnitude *= 10;
            }
            span = Math.min(span, magnitude);
        }
        return min + Math.floorMod(random.nextLong(), span);
    }

    /** Up to {@code max} characters: letters, Japanese, quotes, controls and escapes among them. */
    private static String text(Random random, int max) {
        String alphabet = "aZ09 -=+@\"\\'\t\r\n\u001b\u009b\u202e\u2028クリニック料金¥,";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(max + 1);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x3000)
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
