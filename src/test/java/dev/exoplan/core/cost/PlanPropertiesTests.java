package dev.exoplan.core.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.Generators.Case;
import dev.exoplan.core.Generators;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.Receipt;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.schedule.Phase;
import dev.exoplan.core.schedule.Session;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Properties every plan must have, over sheets and requests drawn from a seeded generator. A failure
 * names its seed, so it can be replayed by setting {@code SEED} to it.
 */
class PlanPropertiesTests {

    private static final long SEED = 20261125L;
    private static final int CASES = 3_000;

    private static Case generate(long seed) {
        return Generators.generate(seed, false);
    }

    private static Case generate(long seed, boolean articleLike) {
        return Generators.generate(seed, articleLike);
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
    @Test
    void everyPlan_satisfiesEveryInvariant() {
        // PlanInvariants: date order, horizon, phases, receipts with the stated rounding, course sums,
        // monthly average, low ≤ typical ≤ high, and the fast quote.
        for (long seed = SEED; seed < SEED + CASES; seed++) {
            Case c = generate(seed);
            try {
                PlanInvariants.check(c.sheet(), c.request(), Planner.plan(c.sheet(), c.request()));
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void raisingAFee_neverLowersATotal() {
        for (long seed = SEED; seed < SEED + CASES; seed++) {
            Case c = generate(seed);
            Clinic clinic = c.sheet().clinics().get(0);
            if (clinic.fees().isEmpty()) {
                continue;
            }
            int which = (int) Math.floorMod(seed, clinic.fees().size());
            List<Fee> fees = new ArrayList<>(clinic.fees());
            Fee fee = fees.get(which);
            fees.set(which, new Fee(fee.id(), fee.label(), fee.amount().add(Amounts.of(BigDecimal.ONE,
                    c.sheet().currency())), fee.per(), fee.optional(), fee.methods()));
            Clinic dearer = new Clinic(clinic.id(), clinic.name(), clinic.disclosure(), clinic.prices(), fees);
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
}
