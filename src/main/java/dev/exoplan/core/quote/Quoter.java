package dev.exoplan.core.quote;

import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.cost.Planner;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.Receipt;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.schedule.ScheduleParameters;
import dev.exoplan.core.sheet.Charge;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Quotes many requests against one price sheet, fast: the same model as {@link Planner}, but
 * without dating each session or itemising each visit. Every visit after the first has the same
 * items, hence the same receipt, so a scenario's total is {@code first + (sessions − 1) × later},
 * with both receipts worked out once per clinic, goal and method (with {@link
 * dev.exoplan.core.money.Tax#receipt}, exactly as a plan does) and the rest in exact minor units.
 * Not thread-safe: one quoter per thread.
 *
 * <p>A method whose sessions do not all cost the same — a first-visit price or packages, where the
 * cheapest purchases depend on the dates — and any request that chooses a variant are quoted from the
 * full plan instead; which path a clinic, goal and method take is decided once, when it is prepared.
 */
public final class Quoter {

    private final PriceSheet sheet;
    private final List<Goal> goals;
    private final List<Method> methods;
    private final IdTable goalIds;
    private final IdTable methodIds;
    private final IdTable clinicIds;
    /**
     * By clinic, then goal × method: the receipts worked out on first use. {@link #UNANSWERABLE} marks
     * a goal that does not list the method or a clinic that does not price it.
     */
    private final Prepared[][] prepared;
    private final CurrencyUnit currency;
    private final int digits;

    private static final Prepared UNANSWERABLE = new Prepared(null, null, null, null, false);

    public Quoter(PriceSheet sheet) {
        this.sheet = sheet;
        this.currency = sheet.currency();
        this.digits = Amounts.minorDigits(currency);
        this.goals = List.copyOf(sheet.goals().values());
        this.methods = List.copyOf(sheet.methods().values());
        this.goalIds = new IdTable(goals.stream().map(Goal::id).toList());
        this.methodIds = new IdTable(methods.stream().map(Method::id).toList());
        this.clinicIds = new IdTable(sheet.clinicIds());
        this.prepared = new Prepared[clinicIds.size()][];
    }

    /**
     * @throws InvalidRequestException as {@link Planner#plan} does, with the same messages
     */
    public Quote quote(PlanRequest request) {
        Prepared p = lookUp(request);
        if (p == null || p == UNANSWERABLE) {
            // Only a request the sheet cannot answer comes here: resolving it says why, as a plan does.
            Planner.Resolved r = Planner.resolve(sheet, request, sheet::clinic);
            p = prepared(clinicIds.indexOf(r.clinic().id()), goalIds.indexOf(r.goal().id()),
                    methodIds.indexOf(r.method().id()));
        }
        if (p.planned || request.variant().isPresent()) {
            return fromPlan(Planner.plan(sheet, request));
        }
        Horizon horizon = new Horizon(request.start(), request.months());
        Schedule.Counter counter = new Schedule.Counter(horizon);
        try {
            Quote.Totals low = totals(p.low, counter);
            Quote.Totals typical = totals(p.typical, counter);
            Quote.Totals high = totals(p.high, counter);
            // Amounts.MONTHLY_AVERAGE is half up: for non-negative minor units, (2t + m) ÷ 2m rounded down.
            long months = horizon.months();
            long monthly = Math.addExact(Math.multiplyExact(2, typical.total()), months) / (2 * months);
            return new Quote(p.clinic.id(), p.clinic.name(), p.goal.id(), p.method.id(), horizon.start(),
                    horizon.months(), currency, low, typical, high, monthly);
        } catch (ArithmeticException overflow) {
            return fromPlan(Planner.plan(sheet, request));
        }
    }

    /** The prepared receipts for a request, or null when its ids or months are not the sheet's. */
    private Prepared lookUp(PlanRequest request) {
        if (request.months() < Horizon.MIN_MONTHS || request.months() > Horizon.MAX_MONTHS) {
            return null;
        }
        // Near the ends of the dates exoplan plans, the planner's own check decides (and explains).
        int year = request.start().getYear();
        if (year <= Horizon.FIRST_DAY.getYear() || year >= Horizon.LAST_DAY.getYear() - Horizon.MAX_MONTHS / 12) {
            return null;
        }
        int g = goalIds.indexOf(request.goal());
        int m = methodIds.indexOf(request.method());
        int c = request.clinic().isPresent() ? clinicIds.indexOf(request.clinic().get())
                : clinicIds.size() == 1 ? 0 : -1;
        return g < 0 || m < 0 || c < 0 ? null : prepared(c, g, m);
    }

    private Prepared prepared(int c, int g, int m) {
        Prepared[] byClinic = prepared[c];
        if (byClinic == null) {
            byClinic = new Prepared[goals.size() * methods.size()];
            prepared[c] = byClinic;
        }
        int at = g * methods.size() + m;
        Prepared p = byClinic[at];
        if (p == null) {
            Clinic clinic = sheet.clinics().get(c);
            Goal goal = goals.get(g);
            Method method = methods.get(m);
            p = goal.offers(method.id()) && clinic.prices(method.id()) ? prepare(goal, method, clinic) : UNANSWERABLE;
            byClinic[at] = p;
        }
        return p;
    }

    private static Quote.Totals totals(PreparedScenario ps, Schedule.Counter counter) {
        int n = counter.count(ps.parameters);
        long later = Math.max(0, n - 1);
        long total = n == 0 ? 0 : Math.addExact(ps.firstTotal, Math.multiplyExact(later, ps.laterTotal));
        long tax = n == 0 ? 0 : Math.addExact(ps.firstTax, Math.multiplyExact(later, ps.laterTax));
        return new Quote.Totals(n, total, tax);
    }

    /** The same row from a full plan: the reference the fast path must agree with. */
    public static Quote fromPlan(Plan plan) {
        int digits = Amounts.minorDigits(plan.currency());
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        return new Quote(plan.clinic().id(), plan.clinic().name(), plan.goal().id(), plan.method().id(),
                plan.horizon().start(), plan.horizon().months(), plan.currency(),
                totals(plan.scenario(Scenario.LOW), digits), totals(typical, digits),
                totals(plan.scenario(Scenario.HIGH), digits), minor(typical.monthlyAverage(), digits),
                plan.variant().map(v -> v.id()));
    }

    private static Quote.Totals totals(ScenarioPlan s, int digits) {
        return new Quote.Totals(s.sessions(), minor(s.receipt().total(), digits), minor(s.receipt().tax(), digits));
    }

    private Prepared prepare(Goal goal, Method method, Clinic clinic) {
        boolean planned = false;
        for (Scenario s : Scenario.values()) {
            planned |= !clinic.sessionPrice(method.id(), Optional.empty(), s.bound()).isFlat();
        }
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
        return new Prepared(clinic, goal, method, scenarios, planned);
    }

    /**
     * The most sessions a course can have: every initial session a goal may plan, then one maintenance
     * session a month over the longest period.
     */
    public static final int MAX_COURSE_SESSIONS = Goal.MAX_SESSIONS + Horizon.MAX_MONTHS;

    /**
     * Whether every course at {@code clinic} totals within what a quote holds ({@link Long#MAX_VALUE}
     * minor units): its dearest visit (session, first visit or package) with every fee, tax at most doubling it and rounding up by one
     * minor unit, at every visit of the longest course. A sheet whose clinic fails this is refused when
     * it is read, so that quote and compare never meet a total they cannot hold.
     */
    public static boolean totalsFit(Clinic clinic, CurrencyUnit currency) {
        int digits = Amounts.minorDigits(currency);
        // A visit pays at most the dearest of: a session at the top of a range (which spans any variants),
        // a first-visit price, or a whole package (a package covers at least one visit).
        BigDecimal visit = Stream.of(
                        clinic.prices().values().stream().map(r -> Amounts.decimal(r.max())),
                        clinic.firstVisits().values().stream().map(Amounts::decimal),
                        clinic.variants().values().stream().flatMap(List::stream)
                                .flatMap(v -> v.firstVisit().stream()).map(Amounts::decimal),
                        clinic.packages().stream().map(p -> Amounts.decimal(p.price())))
                .flatMap(amounts -> amounts)
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

    /**
     * A clinic, goal and method with each scenario's receipts in minor units; {@code planned} when it
     * is quoted from the full plan instead (the method has a first-visit price or packages).
     */
    private static final class Prepared {
        final boolean planned;
        final Clinic clinic;
        final Goal goal;
        final Method method;
        final PreparedScenario low;
        final PreparedScenario typical;
        final PreparedScenario high;

        Prepared(Clinic clinic, Goal goal, Method method, Map<Scenario, PreparedScenario> scenarios,
                boolean planned) {
            this.planned = planned;
            this.clinic = clinic;
            this.goal = goal;
            this.method = method;
            this.low = scenarios == null ? null : scenarios.get(Scenario.LOW);
            this.typical = scenarios == null ? null : scenarios.get(Scenario.TYPICAL);
            this.high = scenarios == null ? null : scenarios.get(Scenario.HIGH);
        }
    }

    private record PreparedScenario(ScheduleParameters parameters, long firstTotal, long firstTax, long laterTotal,
            long laterTax) {
    }
}
