package dev.exoplan.core.cost;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.schedule.ScheduleParameters;
import dev.exoplan.core.sheet.Charge;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Receipt;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Quotes many requests against one price sheet, fast: the same model as {@link Planner}, but
 * without dating each session or itemising each visit. Every visit after the first has the same
 * items, hence the same receipt, so a scenario's total is {@code first + (sessions − 1) × later},
 * with both receipts worked out once per clinic, goal and method (with {@link
 * dev.exoplan.core.sheet.Tax#receipt}, exactly as a plan does) and the rest in exact minor units.
 * Not thread-safe: one quoter per thread.
 */
public final class Quoter {

    private final PriceSheet sheet;
    private final Map<String, Clinic> clinics = new HashMap<>();
    /** By clinic, goal and method (the sheet's own objects, so identity is enough). */
    private final Map<Clinic, Map<Goal, Map<Method, Prepared>>> prepared = new IdentityHashMap<>();
    private final CurrencyUnit currency;
    private final int digits;

    public Quoter(PriceSheet sheet) {
        this.sheet = sheet;
        this.currency = sheet.currency();
        this.digits = Amounts.minorDigits(currency);
        sheet.clinics().forEach(c -> clinics.put(c.id(), c));
    }

    /**
     * @throws InvalidRequestException as {@link Planner#plan} does, with the same messages
     */
    public Quote quote(PlanRequest request) {
        Planner.Resolved r = Planner.resolve(sheet, request, id -> Optional.ofNullable(clinics.get(id)));
        Prepared p = prepared.computeIfAbsent(r.clinic(), c -> new IdentityHashMap<>())
                .computeIfAbsent(r.goal(), g -> new IdentityHashMap<>())
                .computeIfAbsent(r.method(), m -> prepare(r.goal(), r.method(), r.clinic()));
        Horizon horizon = r.horizon();
        try {
            Quote.Totals[] totals = new Quote.Totals[3];
            long typicalTotal = 0;
            for (Scenario s : Scenario.values()) {
                PreparedScenario ps = p.scenarios.get(s);
                int n = Schedule.count(horizon, ps.parameters);
                long later = Math.max(0, n - 1);
                long total = n == 0 ? 0 : Math.addExact(ps.firstTotal, Math.multiplyExact(later, ps.laterTotal));
                long tax = n == 0 ? 0 : Math.addExact(ps.firstTax, Math.multiplyExact(later, ps.laterTax));
                totals[s.ordinal()] = new Quote.Totals(n, total, tax);
                if (s == Scenario.TYPICAL) {
                    typicalTotal = total;
                }
            }
            // Amounts.MONTHLY_AVERAGE is half up: for non-negative minor units, (2t + m) ÷ 2m rounded down.
            long months = horizon.months();
            long monthly = Math.addExact(Math.multiplyExact(2, typicalTotal), months) / (2 * months);
            return new Quote(r.clinic().id(), r.clinic().name(), r.goal().id(), r.method().id(), horizon.start(),
                    horizon.months(), currency, totals[0], totals[1], totals[2], monthly);
        } catch (ArithmeticException overflow) {
            return fromPlan(Planner.plan(sheet, request));
        }
    }

    /** The same row from a full plan: the reference the fast path must agree with. */
    public static Quote fromPlan(Plan plan) {
        int digits = Amounts.minorDigits(plan.currency());
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        return new Quote(plan.clinic().id(), plan.clinic().name(), plan.goal().id(), plan.method().id(),
                plan.horizon().start(), plan.horizon().months(), plan.currency(),
                totals(plan.scenario(Scenario.LOW), digits), totals(typical, digits),
                totals(plan.scenario(Scenario.HIGH), digits), minor(typical.monthlyAverage(), digits));
    }

    private static Quote.Totals totals(ScenarioPlan s, int digits) {
        return new Quote.Totals(s.sessions(), minor(s.receipt().total(), digits), minor(s.receipt().tax(), digits));
    }

    private Prepared prepare(Goal goal, Method method, Clinic clinic) {
        Map<Scenario, PreparedScenario> scenarios = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
            MonetaryAmount price = clinic.price(method.id()).orElseThrow().at(s.bound());
            List<MonetaryAmount> first = new ArrayList<>(List.of(price));
            List<MonetaryAmount> later = new ArrayList<>(List.of(price));
            for (Fee fee : clinic.fees()) {
                if (fee.appliesTo(method.id()) && (!fee.optional() || s.includesOptionalFees())) {
                    first.add(fee.amount());
                    if (fee.per() == Charge.PER_VISIT) {
                        later.add(fee.amount());
                    }
                }
            }
            Receipt firstReceipt = sheet.tax().receipt(Amounts.sum(first, currency));
            Receipt laterReceipt = sheet.tax().receipt(Amounts.sum(later, currency));
            scenarios.put(s, new PreparedScenario(goal.schedule(s.bound()), minor(firstReceipt.total(), digits),
                    minor(firstReceipt.tax(), digits), minor(laterReceipt.total(), digits),
                    minor(laterReceipt.tax(), digits)));
        }
        return new Prepared(scenarios);
    }

    /**
     * The most sessions a course can have: every initial session a goal may plan, then one maintenance
     * session a month over the longest period.
     */
    public static final int MAX_COURSE_SESSIONS = Goal.MAX_SESSIONS + Horizon.MAX_MONTHS;

    /**
     * Whether every course at {@code clinic} totals within what a quote holds ({@link Long#MAX_VALUE}
     * minor units): its dearest session with every fee, tax at most doubling it and rounding up by one
     * minor unit, at every visit of the longest course. A sheet whose clinic fails this is refused when
     * it is read, so that quote and compare never meet a total they cannot hold.
     */
    public static boolean totalsFit(Clinic clinic, CurrencyUnit currency) {
        int digits = Amounts.minorDigits(currency);
        BigDecimal visit = clinic.prices().values().stream().map(r -> Amounts.decimal(r.max()))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        for (Fee fee : clinic.fees()) {
            visit = visit.add(Amounts.decimal(fee.amount()));
        }
        BigInteger minor = visit.movePointRight(digits).setScale(0, RoundingMode.CEILING).toBigInteger();
        BigInteger course = minor.shiftLeft(1).add(BigInteger.ONE).multiply(BigInteger.valueOf(MAX_COURSE_SESSIONS));
        return course.bitLength() < Long.SIZE;
    }

    /** An amount in exact minor units (it has no more decimals than the currency: no rounding here). */
    private static long minor(MonetaryAmount amount, int digits) {
        return Amounts.decimal(amount).setScale(digits, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    private record Prepared(Map<Scenario, PreparedScenario> scenarios) {
    }

    private record PreparedScenario(ScheduleParameters parameters, long firstTotal, long firstTax, long laterTotal,
            long laterTax) {
    }
}
