package dev.exoplan.core.cost;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.Receipt;
import dev.exoplan.core.money.Tax;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.schedule.Phase;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.schedule.Session;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What every successful plan must satisfy, whatever the sheet and request: checked by the seeded
 * property tests and by the fuzz tests, which report a violation as an {@link AssertionError} naming
 * the scenario and the values at fault.
 */
public final class PlanInvariants {

    private PlanInvariants() {
    }

    /**
     * Sessions in date order inside the horizon, initial before maintenance; every receipt adds up,
     * its tax is never negative and is the stated rounding of the stated formula; the course is the sum
     * of its visits and its items; low ≤ typical ≤ high in session price, and in totals wherever the
     * sessions are so ordered; the fast quote agrees with the plan.
     */
    public static void check(PriceSheet sheet, PlanRequest request, Plan plan) {
        CurrencyUnit currency = plan.currency();
        for (Scenario scenario : Scenario.values()) {
            ScenarioPlan s = plan.scenario(scenario);
            schedule(scenario, plan, s.schedule());
            for (Visit visit : s.visits()) {
                receipt(scenario + " visit " + visit.session().number(), plan.tax(), currency, visit.receipt());
                MonetaryAmount charged = Amounts.sum(visit.items().stream().map(LineItem::amount).toList(), currency);
                MonetaryAmount expected = plan.tax().included() ? visit.receipt().total() : visit.receipt().subtotal();
                require(charged.isEqualTo(expected), scenario, "visit items " + charged + " are not the receipt's "
                        + expected);
            }
            require(s.visits().size() == s.sessions(), scenario, "one visit per session");
            Receipt course = s.receipt();
            require(!course.tax().isNegative() && course.subtotal().add(course.tax()).isEqualTo(course.total()),
                    scenario, "course receipt " + course);
            require(course.total().isEqualTo(Amounts.sum(s.visits().stream().map(v -> v.receipt().total()).toList(),
                    currency)), scenario, "course total is not the sum of the visits");
            MonetaryAmount items = Amounts.sum(s.items().stream().map(LineItem::amount).toList(), currency);
            require(items.isEqualTo(plan.tax().included() ? course.total() : course.subtotal()), scenario,
                    "itemised bill " + items + " does not match the course receipt " + course);
            BigDecimal monthly = Amounts.decimal(course.total())
                    .divide(BigDecimal.valueOf(plan.horizon().months()), Amounts.minorDigits(currency), RoundingMode.HALF_UP);
            require(Amounts.decimal(s.monthlyAverage()).compareTo(monthly) == 0, scenario,
                    "monthly average " + s.monthlyAverage() + ", expected " + monthly);
        }
        ScenarioPlan low = plan.scenario(Scenario.LOW);
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        ScenarioPlan high = plan.scenario(Scenario.HIGH);
        require(!low.sessionPrice().isGreaterThan(typical.sessionPrice())
                && !typical.sessionPrice().isGreaterThan(high.sessionPrice()), Scenario.TYPICAL,
                "session prices out of order");
        ordered(low, typical);
        ordered(typical, high);
        if (articleLike(plan.goal())) {
            require(low.sessions() <= typical.sessions() && typical.sessions() <= high.sessions(), Scenario.TYPICAL,
                    "sessions out of order for a schedule of the article's kind: " + low.sessions() + ", "
                            + typical.sessions() + ", " + high.sessions());
        }
        Quote fast = new Quoter(sheet).quote(request);
        Quote reference = Quoter.fromPlan(plan);
        if (!fast.equals(reference)) {
            throw new AssertionError("quote " + fast + " disagrees with plan " + reference);
        }
    }

    /**
     * Schedules of the article's kind — initial sessions at most 4 weeks apart, maintenance at least 2
     * months apart — give low ≤ typical ≤ high sessions (README, "Scenarios").
     */
    public static boolean articleLike(Goal goal) {
        Range<Integer> weeks = goal.initialIntervalWeeks();
        Range<Integer> months = goal.maintenanceIntervalMonths();
        return weeks.max() <= 4 && months.min() >= 2;
    }

    /** A scenario with no more sessions than the next never costs more in total. */
    private static void ordered(ScenarioPlan lower, ScenarioPlan upper) {
        if (lower.sessions() <= upper.sessions()) {
            require(!lower.receipt().total().isGreaterThan(upper.receipt().total()), upper.scenario(),
                    lower.scenario() + " total " + lower.receipt().total() + " above " + upper.receipt().total());
        }
    }

    private static void schedule(Scenario scenario, Plan plan, Schedule schedule) {
        List<Session> sessions = schedule.sessions();
        require(!sessions.isEmpty(), scenario, "no session at all: the first falls on the start");
        require(sessions.get(0).date().equals(plan.horizon().start()), scenario, "first session not on the start");
        boolean maintenance = false;
        int initial = 0;
        int later = 0;
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            require(session.number() == i + 1, scenario, "numbered " + session.number() + " at " + (i + 1));
            require(plan.horizon().contains(session.date()), scenario, session + " outside the horizon");
            if (i > 0) {
                require(session.date().isAfter(sessions.get(i - 1).date()), scenario, session + " not after the one before");
            }
            if (session.phase() == Phase.INITIAL) {
                require(!maintenance, scenario, session + ": initial after maintenance");
                require(session.inPhase() == ++initial, scenario, session + ": initial count");
            } else {
                maintenance = true;
                require(session.inPhase() == ++later, scenario, session + ": maintenance count");
            }
        }
        require(initial <= schedule.parameters().initialSessions(), scenario, "more initial sessions than planned");
        require(!maintenance || initial == schedule.parameters().initialSessions(), scenario,
                "maintenance before the initial phase is complete");
    }

    /**
     * Tax never negative, {@code subtotal + tax = total}, and the tax is the sheet's rounding, to the
     * minor unit, of {@code subtotal × rate} (added) or {@code total × rate ÷ (1 + rate)} (contained).
     */
    private static void receipt(String where, Tax tax, CurrencyUnit currency, Receipt receipt) {
        require(!receipt.tax().isNegative(), where, "negative tax " + receipt.tax());
        require(receipt.subtotal().add(receipt.tax()).isEqualTo(receipt.total()), where, "does not add up: " + receipt);
        BigDecimal exact = tax.included()
                ? Amounts.decimal(receipt.total()).multiply(tax.rate())
                        .divide(BigDecimal.ONE.add(tax.rate()), MathContext.DECIMAL128)
                : Amounts.decimal(receipt.subtotal()).multiply(tax.rate());
        BigDecimal expected = exact.setScale(Amounts.minorDigits(currency), tax.rounding().mode());
        require(Amounts.decimal(receipt.tax()).compareTo(expected) == 0, where,
                "tax " + receipt.tax() + ", expected " + expected + " (" + tax + ")");
    }

    private static void require(boolean condition, Object where, String what) {
        if (!condition) {
            throw new AssertionError(where + ": " + what);
        }
    }
}
