package dev.exoplan.core.quote;

import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.cost.Planner;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.course.PackageSolver;
import dev.exoplan.core.course.Prepayment;
import dev.exoplan.core.finance.PayIn;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.Receipt;
import dev.exoplan.core.schedule.EpochDays;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.schedule.ScheduleParameters;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range.Bound;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.sheet.SessionPrice;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
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
 * cheapest purchases depend on the dates — is quoted by dating the sessions as a plan does and asking
 * {@link PackageSolver} for the cheapest purchases, each visit's receipt worked out once per amount
 * bought, first visit or later; a request that chooses a variant or a contract date is quoted from the
 * full plan. Which path a clinic, goal and method take is decided once, when it is prepared.
 *
 * <p>Memory does not grow with the number of clinics: the prepared receipts are kept for at most
 * {@link #CACHED_CLINICS} clinics at a time, direct-mapped by the clinic's place in the sheet, and hold
 * only the clinic's id and name, never the clinic itself.
 */
public final class Quoter {

    private final PriceSheet sheet;
    private final List<Goal> goals;
    private final List<Method> methods;
    private final IdTable goalIds;
    private final IdTable methodIds;
    private final IdTable clinicIds;
    /**
     * How many clinics' receipts are kept at once; a sheet of more clinics shares the slots, a clinic
     * replacing the one whose index falls on the same slot ({@code index % CACHED_CLINICS}).
     */
    public static final int CACHED_CLINICS = 4096;

    /**
     * By slot ({@code clinic index % slots}), then goal × method: the receipts worked out on first use.
     * {@link #UNANSWERABLE} marks a goal that does not list the method or a clinic that does not price it.
     */
    private final Prepared[][] prepared;
    /** Which clinic (its index in the sheet) each slot of {@link #prepared} holds. */
    private final int[] preparedClinic;
    /** The clinic last prepared, and its index; the only clinic a quoter holds. */
    private Clinic last;
    private int lastClinic = -1;
    private final CurrencyUnit currency;
    private final int digits;
    /** {@code --pay-in}: each row's typical total with the credit fees; null without it. */
    private final PayIn payIn;

    private static final Prepared UNANSWERABLE = new Prepared(null, null, null, null, null, false, null);

    public Quoter(PriceSheet sheet) {
        this(sheet, Optional.empty());
    }

    /**
     * @param payIn with {@code --pay-in}: every row also gives its typical total with the credit fees
     *              ({@link Quote#typicalWithFinancing}), and a row whose typical packages the clinic's credit
     *              cannot serve is refused ({@link InvalidRequestException.Field#PAY_IN})
     */
    public Quoter(PriceSheet sheet, Optional<PayIn> payIn) {
        this.sheet = sheet;
        this.payIn = payIn.orElse(null);
        this.currency = sheet.currency();
        this.digits = Amounts.minorDigits(currency);
        this.goals = List.copyOf(sheet.goals().values());
        this.methods = List.copyOf(sheet.methods().values());
        this.goalIds = new IdTable(goals.stream().map(Goal::id).toList());
        this.methodIds = new IdTable(methods.stream().map(Method::id).toList());
        this.clinicIds = new IdTable(sheet.clinicIds());
        int slots = Math.min(clinicIds.size(), CACHED_CLINICS);
        this.prepared = new Prepared[slots][];
        this.preparedClinic = new int[slots];
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
        if (request.variant().isPresent() || request.contractDate().isPresent()) {
            return fromPlan(Planner.plan(sheet, request), p);
        }
        Horizon horizon = new Horizon(request.start(), request.months());
        Schedule.Counter counter = p.purchased ? null : new Schedule.Counter(horizon);
        try {
            Quote.Totals low = totals(p.low, counter, horizon);
            Quote.Totals typical = totals(p.typical, counter, horizon);
            Quote.Totals high = totals(p.high, counter, horizon);
            // Amounts.MONTHLY_AVERAGE is half up: for non-negative minor units, (2t + m) ÷ 2m rounded down.
            long months = horizon.months();
            long monthly = Math.addExact(Math.multiplyExact(2, typical.total()), months) / (2 * months);
            Quote row = new Quote(p.clinicId, p.clinicName, p.goalId, p.methodId, horizon.start(),
                    horizon.months(), currency, low, typical, high, monthly);
            if (payIn == null) {
                return row;
            }
            Purchases bought = p.typical.purchases;
            return bought == null ? row.withFinancing(OptionalLong.of(typical.total()))
                    : financed(row, p.credit, bought.financed, bought.fees, bought.below);
        } catch (ArithmeticException overflow) {
            return fromPlan(Planner.plan(sheet, request), p);
        }
    }

    /** A row from the full plan, with the typical total on credit where {@code --pay-in} asks for it. */
    private Quote fromPlan(Plan plan, Prepared p) {
        Quote row = fromPlan(plan);
        if (payIn == null) {
            return row;
        }
        Optional<Prepayment> prepayment = plan.scenario(Scenario.TYPICAL).prepayment();
        long fees = 0;
        long below = NONE_BELOW;
        for (PackageRisk risk : prepayment.map(Prepayment::packages).orElse(List.of())) {
            long fee = p.credit instanceof PayIn.Served served ? served.fee(risk.paid()) : 0;
            if (fee == PayIn.Served.BELOW_MINIMUM) {
                below = below == NONE_BELOW ? risk.paid() : below;
            } else {
                fees = Math.addExact(fees, fee);
            }
        }
        return financed(row, p.credit, prepayment.isPresent(), fees, below);
    }

    /**
     * {@code row} with its typical total and the fees of the {@code financed} packages its typical scenario
     * buys; its total alone where it buys none.
     *
     * @param financed whether the typical scenario buys a package
     * @param below    the price of a package below the plan's minimum, {@link #NONE_BELOW} where none is
     * @throws InvalidRequestException where the clinic's credit cannot serve the packages: the words plan
     *                                 refuses them with, or a package below the plan's minimum
     */
    private Quote financed(Quote row, PayIn.Credit credit, boolean financed, long fees, long below) {
        long total = row.typical().total();
        if (!financed) {
            return row.withFinancing(OptionalLong.of(total));
        }
        if (credit instanceof PayIn.Refused refused) {
            throw new InvalidRequestException(InvalidRequestException.Field.PAY_IN,
                    Message.of("error.quote.payIn", refused.why()));
        }
        PayIn.Served served = (PayIn.Served) credit;
        if (below != NONE_BELOW) {
            throw new InvalidRequestException(InvalidRequestException.Field.PAY_IN, Message.of("error.quote.payIn",
                    Message.of("error.quote.payIn.minimum", served.plan().orElseThrow(), plain(served.minimum()),
                            plain(below), currency.getCurrencyCode())));
        }
        return row.withFinancing(OptionalLong.of(Math.addExact(total, fees)));
    }

    /** No package below the plan's minimum (prices are never negative). */
    private static final long NONE_BELOW = -1;

    /** Minor units as a plain decimal in the major unit, as messages give amounts. */
    private String plain(long minor) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
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
        int slot = c % prepared.length;
        Prepared[] byClinic = prepared[slot];
        if (byClinic == null || preparedClinic[slot] != c) {
            byClinic = new Prepared[goals.size() * methods.size()];
            prepared[slot] = byClinic;
            preparedClinic[slot] = c;
        }
        int at = g * methods.size() + m;
        Prepared p = byClinic[at];
        if (p == null) {
            Clinic clinic = clinic(c);
            Goal goal = goals.get(g);
            Method method = methods.get(m);
            p = goal.offers(method.id()) && clinic.prices(method.id()) ? prepare(goal, method, clinic) : UNANSWERABLE;
            byClinic[at] = p;
        }
        return p;
    }

    /**
     * The clinic at {@code c}, kept while its goals and methods are prepared one after another: a sheet
     * may decode a clinic each time it is asked for one.
     */
    private Clinic clinic(int c) {
        if (c != lastClinic) {
            last = sheet.clinics().get(c);
            lastClinic = c;
        }
        return last;
    }

    private static Quote.Totals totals(PreparedScenario ps, Schedule.Counter counter, Horizon horizon) {
        if (ps.purchases != null) {
            return ps.purchases.totals(horizon, ps.parameters);
        }
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
        long prepaid = s.prepayment().map(p -> p.packages().stream().mapToLong(PackageRisk::paid).sum()).orElse(0L);
        return new Quote.Totals(s.sessions(), minor(s.receipt().total(), digits), minor(s.receipt().tax(), digits),
                prepaid);
    }

    private Prepared prepare(Goal goal, Method method, Clinic clinic) {
        PayIn.Credit credit = payIn == null ? null : payIn.credit(clinic);
        boolean purchased = false;
        for (Scenario s : Scenario.values()) {
            purchased |= !clinic.sessionPrice(method.id(), Optional.empty(), s.bound()).isFlat();
        }
        Map<Scenario, PreparedScenario> scenarios = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
            MonetaryAmount price = clinic.price(method.id()).orElseThrow().at(s.bound());
            List<MonetaryAmount> first = new ArrayList<>(List.of(price));
            List<MonetaryAmount> later = new ArrayList<>(List.of(price));
            List<Fee> fees = new ArrayList<>();
            for (Fee fee : clinic.fees()) {
                if (fee.appliesTo(method.id()) && (!fee.optional() || s.includesOptionalFees())) {
                    fees.add(fee);
                    first.add(fee.amount());
                    if (fee.per() == Charge.PER_VISIT) {
                        later.add(fee.amount());
                    }
                }
            }
            Receipt firstReceipt = sheet.tax().receipt(Amounts.sum(first, currency));
            Receipt laterReceipt = sheet.tax().receipt(Amounts.sum(later, currency));
            Purchases purchases = purchased ? new Purchases(clinic.sessionPrice(method.id(), Optional.empty(),
                    s.bound()), fees, clinic.closed(), goal.schedule(Bound.MIN),
                    s == Scenario.TYPICAL ? credit : null) : null;
            scenarios.put(s, new PreparedScenario(goal.schedule(s.bound()), minor(firstReceipt.total(), digits),
                    minor(firstReceipt.tax(), digits), minor(laterReceipt.total(), digits),
                    minor(laterReceipt.tax(), digits), purchases));
        }
        return new Prepared(clinic.id(), clinic.name(), goal.id(), method.id(), scenarios, purchased, credit);
    }

    /**
     * A scenario whose sessions do not all cost the same, quoted as {@link Planner} plans it: the sessions
     * dated on the clinic's open days, the cheapest purchases from {@link PackageSolver}, and each visit
     * one receipt (what is bought there and the visit's fees, tax rounded once). A receipt depends only
     * on the amount bought and whether the visit is the first, so each is worked out once, in minor units,
     * when the scenario is prepared; a row then dates its visits as epoch days and fills the solver's
     * table from those figures, reusing the same arrays row after row.
     */
    private final class Purchases {
        private final Set<DayOfWeek> closed;
        private final ScheduleParameters longest;
        /**
         * Total and tax, in minor units, of a first visit and of a later one ({@link #receipts}): at which
         * nothing is bought, a single session is bought, or each package (in the solver's order) is.
         */
        private final long[] nothing;
        private final long[] firstSingle;
        private final long[] laterSingle;
        private final long[][] packages;
        /** What each package costs alone, tax included, in minor units: what a scenario prepays for it. */
        private final long[] paid;
        private final int[] sessions;
        /** Each package's validity in months; 0 where it does not expire. */
        private final int[] validMonths;
        /** Whether some package expires. */
        private boolean expiring;
        private final PackageSolver.Costs costs;
        /** A row's visits, as epoch days; room for the longest course. */
        private final long[] days = new long[MAX_COURSE_SESSIONS];
        /**
         * With {@code --pay-in}, in the typical scenario: the credit fee on each package ({@link
         * PayIn.Served#fee}: {@link PayIn.Served#BELOW_MINIMUM} below the plan's minimum; 0 where the credit is refused); else null.
         */
        private final long[] credit;
        /**
         * The last row's: whether it bought a package, their credit fees, and the price of one below the
         * plan's minimum ({@link #NONE_BELOW}: none).
         */
        boolean financed;
        long fees;
        long below;

        Purchases(SessionPrice price, List<Fee> fees, Set<DayOfWeek> closed, ScheduleParameters longest,
                PayIn.Credit financing) {
            this.closed = closed;
            this.longest = longest;
            List<Fee> charged = List.copyOf(fees);
            this.nothing = receipts(null, charged);
            this.laterSingle = receipts(price.regular(), charged);
            this.firstSingle = receipts(price.firstVisit().orElse(price.regular()), charged);
            List<CoursePackage> order = PackageSolver.order(price);
            this.packages = new long[order.size()][];
            this.paid = new long[order.size()];
            this.sessions = new int[order.size()];
            this.validMonths = new int[order.size()];
            for (int p = 0; p < order.size(); p++) {
                packages[p] = receipts(order.get(p).price(), charged);
                paid[p] = minor(sheet.tax().receipt(order.get(p).price()).total(), digits);
                sessions[p] = order.get(p).sessions();
                validMonths[p] = order.get(p).validMonths().orElse(0);
                expiring |= validMonths[p] != 0;
            }
            this.credit = financing == null ? null : new long[order.size()];
            for (int p = 0; credit != null && financing instanceof PayIn.Served served && p < paid.length; p++) {
                credit[p] = served.fee(paid[p]);
            }
            this.costs = new PackageSolver.Costs(order.size(), MAX_COURSE_SESSIONS);
        }

        Quote.Totals totals(Horizon horizon, ScheduleParameters parameters) {
            int n = Schedule.days(horizon, parameters, closed, longest, days);
            costs.visits(n);
            for (int i = 0; i < n; i++) {
                int at = i == 0 ? 0 : 2; // a receipt's total: of the first visit, else of a later one
                costs.visit(i, nothing[at], (i == 0 ? firstSingle : laterSingle)[at]);
                long visit = expiring ? EpochDays.civil(days[i]) : 0;
                for (int p = 0; p < packages.length; p++) {
                    long expiry = validMonths[p] == 0 ? Long.MAX_VALUE : EpochDays.monthsAfter(visit, validMonths[p]);
                    costs.bought(p, i, packages[p][at], PackageSolver.reach(days, n, i, sessions[p], expiry));
                }
            }
            long total = costs.solve();
            // The total is the visits' receipts added up; their tax is added up alike, purchase by purchase.
            long tax = 0;
            long prepaid = 0;
            if (credit != null) {
                financed = false;
                this.fees = 0;
                below = NONE_BELOW;
            }
            for (int i = 0; i < n; i += costs.span(i)) {
                int p = costs.pick(i);
                long[] bought = p >= 0 ? packages[p] : i == 0 ? firstSingle : laterSingle;
                tax = Math.addExact(tax, bought[i == 0 ? 1 : 3]);
                tax = Math.addExact(tax, Math.multiplyExact(costs.span(i) - 1, nothing[3]));
                if (p >= 0) {
                    prepaid = Math.addExact(prepaid, paid[p]);
                    if (credit != null) {
                        financed(p);
                    }
                }
            }
            return new Quote.Totals(n, total, tax, prepaid);
        }

        /** Package {@code p} bought on credit: its fee counted, or its price kept where it is below the minimum. */
        private void financed(int p) {
            financed = true;
            if (credit[p] == PayIn.Served.BELOW_MINIMUM) {
                below = below == NONE_BELOW ? paid[p] : below;
            } else {
                fees = Math.addExact(fees, credit[p]);
            }
        }

        /**
         * Total and tax, in minor units, of a first visit and of a later one at which {@code bought} is
         * bought (null: nothing), with the fees each pays: {first total, first tax, later total, later tax}.
         */
        private long[] receipts(MonetaryAmount bought, List<Fee> fees) {
            long[] figures = new long[4];
            for (int later = 0; later < 2; later++) {
                List<MonetaryAmount> amounts = new ArrayList<>();
                if (bought != null) {
                    amounts.add(bought);
                }
                for (Fee fee : fees) {
                    if (fee.per() == Charge.PER_VISIT || later == 0) {
                        amounts.add(fee.amount());
                    }
                }
                Receipt receipt = sheet.tax().receipt(Amounts.sum(amounts, currency));
                figures[2 * later] = minor(receipt.total(), digits);
                figures[2 * later + 1] = minor(receipt.tax(), digits);
            }
            return figures;
        }
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
        // (Plain loops: every clinic of a chain's sheet passes here as it is read.)
        BigDecimal visit = BigDecimal.ZERO;
        for (Range<MonetaryAmount> range : clinic.prices().values()) {
            visit = visit.max(Amounts.decimal(range.max()));
        }
        for (MonetaryAmount first : clinic.firstVisits().values()) {
            visit = visit.max(Amounts.decimal(first));
        }
        for (List<Variant> variants : clinic.variants().values()) {
            for (Variant variant : variants) {
                if (variant.firstVisit().isPresent()) {
                    visit = visit.max(Amounts.decimal(variant.firstVisit().get()));
                }
            }
        }
        for (CoursePackage coursePackage : clinic.packages()) {
            visit = visit.max(Amounts.decimal(coursePackage.price()));
        }
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
     * A clinic, goal and method with each scenario's receipts in minor units, and of the clinic only what
     * a row shows (its id and name); {@code purchased} when its sessions do not all cost the same (the
     * method has a first-visit price or packages), so that each scenario has its {@link Purchases}.
     */
    private static final class Prepared {
        final boolean purchased;
        /** With {@code --pay-in}: what the clinic's credit does for it; null without. */
        final PayIn.Credit credit;
        final String clinicId;
        final LocalizedText clinicName;
        final String goalId;
        final String methodId;
        final PreparedScenario low;
        final PreparedScenario typical;
        final PreparedScenario high;

        Prepared(String clinicId, LocalizedText clinicName, String goalId, String methodId,
                Map<Scenario, PreparedScenario> scenarios, boolean purchased, PayIn.Credit credit) {
            this.purchased = purchased;
            this.credit = credit;
            this.clinicId = clinicId;
            this.clinicName = clinicName;
            this.goalId = goalId;
            this.methodId = methodId;
            this.low = scenarios == null ? null : scenarios.get(Scenario.LOW);
            this.typical = scenarios == null ? null : scenarios.get(Scenario.TYPICAL);
            this.high = scenarios == null ? null : scenarios.get(Scenario.HIGH);
        }
    }

    /** One scenario: its schedule and, for flat prices, the first and later receipts; else its purchases. */
    private record PreparedScenario(ScheduleParameters parameters, long firstTotal, long firstTax, long laterTotal,
            long laterTax, Purchases purchases) {
    }
}
