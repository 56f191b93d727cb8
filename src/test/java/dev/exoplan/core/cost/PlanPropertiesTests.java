package dev.exoplan.core.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.Fixtures;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.schedule.Phase;
import dev.exoplan.core.schedule.Session;
import dev.exoplan.core.sheet.Charge;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.LocalizedText;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.sheet.Receipt;
import dev.exoplan.core.sheet.Tax;
import dev.exoplan.core.sheet.TaxRounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Properties every plan must have, over sheets and requests drawn from a seeded generator. A failure
 * names its seed, so it can be replayed by setting {@code SEED} to it.
 */
class PlanPropertiesTests {

    private static final long SEED = 20261125L;
    private static final int CASES = 3_000;

    /** One generated case: a sheet with one clinic and one goal, and a request against them. */
    private record Case(long seed, PriceSheet sheet, PlanRequest request) {
    }

    private static Case generate(long seed) {
        return generate(seed, false);
    }

    /**
     * @param articleLike schedules of the article's kind (sessions weeks apart, then months apart);
     *                    otherwise any schedule a sheet may hold (up to 26 weeks, 24 months)
     */
    private static Case generate(long seed, boolean articleLike) {
        Random r = new Random(seed);
        CurrencyUnit currency = r.nextBoolean() ? Fixtures.JPY : Fixtures.USD;
        Range<Integer> count = range(r, 1, 50);
        // Within the article's kind of schedule (sessions weeks apart, then months apart): the order of the
        // scenarios below needs initial intervals shorter than maintenance ones; a sheet with 26-week initial
        // intervals and monthly maintenance can make "low" date more sessions than "typical", which validate
        // flags (W-INTERVAL-INITIAL, W-INTERVAL-MAINTENANCE).
        Range<Integer> weeks = articleLike ? range(r, 1, 4) : range(r, 1, 26);
        Range<Integer> months = articleLike ? range(r, 2, 24) : range(r, 1, 24);
        Goal goal = new Goal("g", LocalizedText.plain("g"), List.of("iv"), count, weeks, months, Optional.empty());
        long a = r.nextInt(300_000);
        long b = a + r.nextInt(300_000);
        long c = b + r.nextInt(300_000);
        Range<MonetaryAmount> price = new Range<>(money(a, currency, r), money(b, currency, r), money(c, currency, r));
        List<Fee> fees = new ArrayList<>();
        for (int i = 0; i < r.nextInt(4); i++) {
            fees.add(new Fee("f" + i, LocalizedText.plain("f" + i), money(r.nextInt(20_000), currency, r),
                    r.nextBoolean() ? Charge.ONCE : Charge.PER_VISIT, r.nextBoolean(), Set.of()));
        }
        Clinic clinic = new Clinic("c", LocalizedText.plain("c"), Disclosure.NONE, Map.of("iv", price), fees);
        Tax tax = new Tax(new BigDecimal(r.nextInt(25)).movePointLeft(2 + r.nextInt(2)), r.nextBoolean(),
                TaxRounding.values()[r.nextInt(3)]);
        PriceSheet sheet = Fixtures.sheet(currency, tax, List.of(goal), clinic);
        LocalDate start = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(40_000));
        return new Case(seed, sheet, new PlanRequest("g", "iv", Optional.empty(), start, 1 + r.nextInt(120)));
    }

    private static Range<Integer> range(Random r, int low, int high) {
        int a = low + r.nextInt(high - low + 1);
        int b = low + r.nextInt(high - low + 1);
        int min = Math.min(a, b);
        int max = Math.max(a, b);
        return new Range<>(min, min + r.nextInt(max - min + 1), max);
    }

    /** An amount with the currency's decimals: whole yen, or dollars and random cents. */
    private static MonetaryAmount money(long whole, CurrencyUnit currency, Random r) {
        BigDecimal value = Amounts.minorDigits(currency) == 0 ? BigDecimal.valueOf(whole)
                : BigDecimal.valueOf(whole / 100).add(BigDecimal.valueOf(r.nextInt(100), 2));
        return Amounts.of(value, currency);
    }

    @Test
    void sessions_areInDateOrderInsideTheHorizonWithInitialBeforeMaintenance() {
        for (long seed = SEED; seed < SEED + CASES; seed++) {
            Case c = generate(seed);
            Plan plan = Planner.plan(c.sheet(), c.request());
            for (Scenario s : Scenario.values()) {
                List<Session> sessions = plan.scenario(s).schedule().sessions();
                assertFalse(sessions.isEmpty(), "seed " + seed);
                boolean maintenance = false;
                for (int i = 0; i < sessions.size(); i++) {
                    Session session = sessions.get(i);
                    assertTrue(plan.horizon().contains(session.date()), "seed " + seed + ": " + session);
                    if (i > 0) {
                        assertTrue(session.date().isAfter(sessions.get(i - 1).date()), "seed " + seed);
                    }
                    maintenance |= session.phase() == Phase.MAINTENANCE;
                    assertFalse(maintenance && session.phase() == Phase.INITIAL, "seed " + seed);
                }
            }
        }
    }

    @Test
    void lowTypicalHigh_areOrderedInSessionsAndTotals() {
        for (long seed = SEED; seed < SEED + CASES; seed++) {
            Case c = generate(seed, true);
            Plan plan = Planner.plan(c.sheet(), c.request());
            ScenarioPlan low = plan.scenario(Scenario.LOW);
            ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
            ScenarioPlan high = plan.scenario(Scenario.HIGH);
            assertTrue(low.sessions() <= typical.sessions() && typical.sessions() <= high.sessions(),
                    "seed " + seed);
            assertFalse(low.receipt().total().isGreaterThan(typical.receipt().total()), "seed " + seed);
            assertFalse(typical.receipt().total().isGreaterThan(high.receipt().total()), "seed " + seed);
        }
    }

    @Test
    void everyReceipt_addsUpAndItsTaxIsNeverNegative() {
        for (long seed = SEED; seed < SEED + CASES; seed++) {
            Case c = generate(seed);
            Plan plan = Planner.plan(c.sheet(), c.request());
            for (Scenario s : Scenario.values()) {
                for (Visit visit : plan.scenario(s).visits()) {
                    Receipt receipt = visit.receipt();
                    assertFalse(receipt.tax().isNegative(), "seed " + seed);
                    assertTrue(receipt.subtotal().add(receipt.tax()).isEqualTo(receipt.total()), "seed " + seed);
                }
            }
        }
    }

    @Test
    void raisingThePrice_neverLowersATotal() {
        for (long seed = SEED; seed < SEED + CASES; seed++) {
            Case c = generate(seed);
            Clinic clinic = c.sheet().clinics().get(0);
            Range<MonetaryAmount> price = clinic.price("iv").orElseThrow();
            MonetaryAmount step = Amounts.of(BigDecimal.ONE, c.sheet().currency());
            Clinic dearer = new Clinic(clinic.id(), clinic.name(), clinic.disclosure(), Map.of("iv",
                    new Range<>(price.min().add(step), price.typical().add(step), price.max().add(step))),
                    clinic.fees());
            PriceSheet raised = new PriceSheet(1, c.sheet().currency(), c.sheet().tax(), Optional.empty(),
                    c.sheet().methods(), c.sheet().goals(), List.of(dearer));
            Plan before = Planner.plan(c.sheet(), c.request());
            Plan after = Planner.plan(raised, c.request());
            for (Scenario s : Scenario.values()) {
                assertFalse(after.scenario(s).receipt().total().isLessThan(before.scenario(s).receipt().total()),
                        "seed " + seed + " " + s);
            }
        }
    }

    @Test
    void quoteAndPlan_agree() {
        for (long seed = SEED; seed < SEED + CASES; seed++) {
            Case c = generate(seed);
            assertEquals(Quoter.fromPlan(Planner.plan(c.sheet(), c.request())), new Quoter(c.sheet()).quote(c.request()),
                    "seed " + seed);
        }
    }
}
