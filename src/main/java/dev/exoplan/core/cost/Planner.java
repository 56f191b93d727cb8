package dev.exoplan.core.cost;

import dev.exoplan.core.cost.InvalidRequestException.Field;
import dev.exoplan.core.course.PackageSolver;
import dev.exoplan.core.course.Prepayment;
import dev.exoplan.core.course.Prepayments;
import dev.exoplan.core.course.Purchase;
import dev.exoplan.core.course.Refunds;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.Receipt;
import dev.exoplan.core.money.Tax;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.schedule.Session;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range.Bound;
import dev.exoplan.core.sheet.SessionPrice;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.ClosestMatch;
import dev.exoplan.core.text.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Plans a treatment course from a price sheet: resolves the request against the sheet, dates the
 * sessions of each scenario and prices every visit as one receipt. Pure: no I/O, no clock.
 */
public final class Planner {

    private Planner() {
    }

    /**
     * @throws InvalidRequestException when the sheet cannot answer the request; the message names
     *                                 what exists and what would work
     */
    public static Plan plan(PriceSheet sheet, PlanRequest request) {
        Resolved r = resolve(sheet, request, sheet::clinic);
        Goal goal = r.goal();
        Method method = r.method();
        Clinic clinic = r.clinic();
        Horizon horizon = r.horizon();
        Map<Scenario, ScenarioPlan> scenarios = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            SessionPrice price = clinic.sessionPrice(method.id(), request.variant(), scenario.bound());
            // Reading refuses a sheet whose totals could pass a long's minor units (Quoter.totalsFit), so the
            // package solver's exact long arithmetic cannot overflow here.
            scenarios.put(scenario, price.isFlat()
                    ? scenario(scenario, goal, method, clinic, sheet.tax(), sheet.currency(), horizon, price)
                    : purchased(scenario, goal, method, clinic, sheet.tax(), sheet.currency(), horizon, price,
                            request.contractDate()));
        }
        List<Fee> optional = clinic.fees().stream()
                .filter(fee -> fee.optional() && fee.appliesTo(method.id()))
                .toList();
        boolean packages = scenarios.values().stream().anyMatch(s -> s.prepayment().isPresent());
        List<Caveat> caveats = List.of(Caveat.values()).stream()
                .filter(c -> packages || c != Caveat.PREPAID_COURSE).toList();
        return new Plan(goal, method, clinic, sheet.currency(), sheet.tax(), horizon, scenarios, optional,
                caveats, sheet.notice(),
                request.variant().flatMap(v -> clinic.variant(method.id(), v)));
    }

    /** A request matched to the sheet: its goal, method, clinic and horizon. */
    public record Resolved(Goal goal, Method method, Clinic clinic, Horizon horizon) {
    }

    /**
     * Matches a request to the sheet, or says exactly why it cannot be.
     *
     * @param clinicById looks a clinic up by id (a caller with many requests passes an index)
     */
    public static Resolved resolve(PriceSheet sheet, PlanRequest request,
            Function<String, Optional<Clinic>> clinicById) {
        Goal goal = sheet.goal(request.goal()).orElseThrow(() -> unknown(Field.GOAL, GOAL, request.goal(),
                sheet.goals().keySet(), GOALS_IN_SHEET, sheet.goals().keySet()));
        Method method = sheet.method(request.method()).orElseThrow(() -> unknown(Field.METHOD,
                Message.of("invalid.what.method"), request.method(), sheet.methods().keySet(),
                Message.of("invalid.list.methodsForGoal", goal.id()), goal.methods()));
        if (!goal.offers(method.id())) {
            throw new InvalidRequestException(Field.METHOD, Message.of("invalid.methodNotForGoal", goal.id(),
                    method.id(), String.join(", ", goal.methods())));
        }
        Horizon horizon = horizon(request);
        Clinic clinic = clinic(sheet, request, goal, method, clinicById);
        if (!clinic.prices(method.id())) {
            List<String> working = goal.methods().stream().filter(clinic::prices).toList();
            List<String> others = sheet.clinics().stream().filter(c -> c.prices(method.id())).map(Clinic::id)
                    .toList();
            throw new InvalidRequestException(Field.METHOD, Message.of("invalid.noPriceForMethod", clinic.id(),
                    method.id(), goal.id(), listOrNone(working), listOrNone(others)));
        }
        if (request.variant().isPresent()) {
            variant(sheet, clinic, method, request.variant().get());
        }
        return new Resolved(goal, method, clinic, horizon);
    }

    /** A variant the request names: one of the method's at this clinic, or an error that lists them. */
    private static void variant(PriceSheet sheet, Clinic clinic, Method method, String id) {
        List<String> ids = clinic.variants(method.id()).stream().map(Variant::id).toList();
        if (ids.isEmpty()) {
            List<String> others = sheet.clinics().stream().filter(c -> c.variant(method.id(), id).isPresent())
                    .map(Clinic::id).toList();
            throw new InvalidRequestException(Field.VARIANT, others.isEmpty()
                    ? Message.of("invalid.noVariants", clinic.id(), method.id(), id)
                    : Message.of("invalid.noVariants.elsewhere", clinic.id(), method.id(), id, listOrNone(others)));
        }
        if (!ids.contains(id)) {
            throw unknown(Field.VARIANT, VARIANT, id, ids, Message.of("invalid.list.variantsAt", clinic.id(),
                    method.id()), ids);
        }
    }

    private static Horizon horizon(PlanRequest request) {
        if (request.months() < Horizon.MIN_MONTHS || request.months() > Horizon.MAX_MONTHS) {
            // plain digits, as exoplan has always written them (not 1,000)
            throw new InvalidRequestException(Field.MONTHS, Message.of("invalid.months",
                    String.valueOf(Horizon.MIN_MONTHS), String.valueOf(Horizon.MAX_MONTHS),
                    String.valueOf(request.months())));
        }
        if (request.start().isBefore(Horizon.FIRST_DAY)) {
            throw new InvalidRequestException(Field.START, Message.of("invalid.startTooEarly", request.start(),
                    Horizon.FIRST_DAY));
        }
        LocalDate latest = latestStart(request.months());
        if (request.start().isAfter(latest)) {
            throw new InvalidRequestException(Field.START, Message.of("invalid.pastLastDay", request.start(),
                    request.months(), Horizon.LAST_DAY, latest));
        }
        Optional<LocalDate> contract = request.contractDate();
        if (contract.isPresent() && (contract.get().isBefore(Horizon.FIRST_DAY)
                || contract.get().isAfter(Horizon.LAST_DAY))) {
            throw new InvalidRequestException(Field.CONTRACT_DATE, Message.of("invalid.contractDateOutside",
                    contract.get(), Horizon.FIRST_DAY, Horizon.LAST_DAY));
        }
        return new Horizon(request.start(), request.months());
    }

    /**
     * How many days past the period's last day a date in a plan's outputs may fall: a package bought on
     * the last day has its cooling-off end {@link Refunds#COOLING_OFF_DAYS} − 1 days later, and that
     * day's calendar event ends (iCalendar's DTEND, exclusive) the day after. A session on the last day
     * ends there too, a day after it. Nothing else a plan writes (JSON, text, CSV, .ics) lies later: a
     * package's validity is written as months, never as a date.
     */
    static final int DAYS_WRITTEN_AFTER_PERIOD = Refunds.COOLING_OFF_DAYS;

    /**
     * The latest start of a period of {@code months} months whose every written date stays on or before
     * {@link Horizon#LAST_DAY}: its last day is at most {@link #DAYS_WRITTEN_AFTER_PERIOD} days before it,
     * whether or not the plan buys a package, so that the answer depends on the request alone.
     */
    public static LocalDate latestStart(int months) {
        // The day after the latest last day is the 24th of a month; plusMonths from a 24th never clips the
        // day, so that start plus the months lands exactly on it, and one day later passes it.
        return Horizon.LAST_DAY.minusDays(DAYS_WRITTEN_AFTER_PERIOD - 1L).minusMonths(months);
    }

    private static Clinic clinic(PriceSheet sheet, PlanRequest request, Goal goal, Method method,
            Function<String, Optional<Clinic>> clinicById) {
        if (request.clinic().isPresent()) {
            String id = request.clinic().get();
            return clinicById.apply(id).orElseThrow(() -> {
                List<String> ids = sheet.clinicIds();
                return unknown(Field.CLINIC, Message.of("invalid.what.clinic"), id, ids,
                        Message.of("invalid.list.clinics"), ids);
            });
        }
        if (sheet.clinics().size() == 1) {
            return sheet.clinics().get(0);
        }
        List<String> fitting = sheet.clinics().stream().filter(c -> c.prices(method.id())).map(Clinic::id)
                .toList();
        throw new InvalidRequestException(Field.CLINIC, Message.of("invalid.chooseClinic",
                String.valueOf(sheet.clinics().size()), goal.id(), method.id(), listOrNone(fitting)));
    }

    private static ScenarioPlan scenario(Scenario scenario, Goal goal, Method method, Clinic clinic, Tax tax,
            CurrencyUnit currency, Horizon horizon, SessionPrice sessionPrice) {
        Schedule schedule = Schedule.of(horizon, goal.schedule(scenario.bound()), clinic.closed(),
                goal.schedule(Bound.MIN));
        MonetaryAmount price = sessionPrice.regular();
        List<Fee> fees = fees(clinic, method, scenario);

        List<Visit> visits = new ArrayList<>(schedule.size());
        for (Session session : schedule.sessions()) {
            List<LineItem> items = new ArrayList<>();
            items.add(new LineItem(LineItem.Kind.SESSION, method.id(), method.label(), price, 1, price));
            items.addAll(feeItems(fees, session.number() == 1));
            MonetaryAmount charged = Amounts.sum(items.stream().map(LineItem::amount).toList(), currency);
            visits.add(new Visit(session, items, tax.receipt(charged)));
        }

        int n = schedule.size();
        List<LineItem> items = new ArrayList<>();
        items.add(new LineItem(LineItem.Kind.SESSION, method.id(), method.label(), price, n, Amounts.times(price, n)));
        items.addAll(courseFeeItems(fees, n));
        Receipt course = course(visits, currency);
        MonetaryAmount monthly = monthly(course, horizon);
        return new ScenarioPlan(scenario, schedule, price, visits, items, course, monthly, sessionPrice.variant(),
                Optional.empty(), Optional.empty());
    }

    /**
     * A scenario whose sessions do not all cost the same: a first-visit price, packages, or both. The
     * purchases are the cheapest ({@link PackageSolver}), costed per visit exactly as the visits'
     * receipts are: a purchase is paid at the visit it is bought at, on that visit's receipt with the
     * visit's fees, and the receipt's tax is rounded once.
     */
    private static ScenarioPlan purchased(Scenario scenario, Goal goal, Method method, Clinic clinic, Tax tax,
            CurrencyUnit currency, Horizon horizon, SessionPrice price, Optional<LocalDate> contractDate) {
        Schedule schedule = Schedule.of(horizon, goal.schedule(scenario.bound()), clinic.closed(),
                goal.schedule(Bound.MIN));
        List<Fee> fees = fees(clinic, method, scenario);
        List<Session> sessions = schedule.sessions();
        PackageSolver.Solution solution = PackageSolver.cheapest(sessions.stream().map(Session::date).toList(), price,
                visitCost(tax, fees, currency));

        Purchase[] boughtAt = new Purchase[sessions.size()];
        solution.purchases().forEach(p -> boughtAt[p.first()] = p);
        List<Visit> visits = new ArrayList<>(sessions.size());
        for (Session session : sessions) {
            int i = session.number() - 1;
            List<LineItem> items = new ArrayList<>();
            if (boughtAt[i] != null) {
                items.add(item(boughtAt[i], method, clinic, 1));
            }
            items.addAll(feeItems(fees, session.number() == 1));
            visits.add(new Visit(session, items, tax.receipt(Amounts.sum(items.stream().map(LineItem::amount)
                    .toList(), currency))));
        }

        int n = schedule.size();
        List<LineItem> items = new ArrayList<>();
        long singles = solution.purchases().stream().filter(p -> p.kind() == Purchase.Kind.SINGLE).count();
        if (singles > 0) {
            items.add(new LineItem(LineItem.Kind.SESSION, method.id(), method.label(), price.regular(), (int) singles,
                    Amounts.times(price.regular(), (int) singles)));
        }
        solution.purchases().stream().filter(p -> p.kind() == Purchase.Kind.FIRST_VISIT).findFirst()
                .ifPresent(p -> items.add(item(p, method, clinic, 1)));
        for (CoursePackage pack : price.packages()) {
            List<Purchase> bought = solution.purchases().stream().filter(p -> p.pack().filter(pack::equals).isPresent())
                    .toList();
            if (!bought.isEmpty()) {
                items.add(item(bought.get(0), method, clinic, bought.size()));
            }
        }
        items.addAll(courseFeeItems(fees, n));
        Receipt course = course(visits, currency);
        MonetaryAmount monthly = monthly(course, horizon);
        return new ScenarioPlan(scenario, schedule, price.regular(), visits, items, course, monthly, price.variant(),
                Optional.of(solution), prepayment(solution, sessions, goal, clinic, tax, currency, price, contractDate));
    }

    /**
     * What a visit costs the patient, in minor units, with {@code bought} bought at it: the visit's
     * receipt, tax rounded once, with its fees. Every visit after the first has the same fees, so a
     * receipt depends only on first-or-later and the amount bought: each is worked out once.
     */
    private static PackageSolver.VisitCost visitCost(Tax tax, List<Fee> fees, CurrencyUnit currency) {
        int digits = Amounts.minorDigits(currency);
        Map<String, Long> receipts = new HashMap<>();
        return (visit, bought) -> receipts.computeIfAbsent(
                (visit == 0) + "/" + bought.map(a -> Amounts.plain(a).toPlainString()).orElse(""),
                key -> Amounts.plain(tax.receipt(charged(bought, fees, visit == 0, currency)).total())
                        .movePointRight(digits).longValueExact());
    }

    /**
     * The cheapest purchases that pay for the first {@code visits} visits of a scenario of {@code plan}
     * (the ones after them left unpaid), costed exactly as the plan costs its visits: what a budget
     * that runs out part way should buy ({@link Budget}).
     *
     * @param visits from 0 to the scenario's sessions
     */
    static PackageSolver.Solution cheapestFirst(Plan plan, Scenario scenario, int visits) {
        ScenarioPlan s = plan.scenario(scenario);
        SessionPrice price = plan.clinic().sessionPrice(plan.method().id(), s.variant().map(Variant::id),
                scenario.bound());
        List<LocalDate> dates = s.visits().subList(0, visits).stream().map(v -> v.session().date()).toList();
        return PackageSolver.cheapest(dates, price, visitCost(plan.tax(), fees(plan.clinic(), plan.method(), scenario),
                plan.currency()));
    }

    /**
     * What the packages a scenario buys risk: tax included, as the patient pays them. The first package
     * is contracted on {@code contractDate} when given (on or before its purchase), later ones on the day
     * they are bought.
     */
    private static Optional<Prepayment> prepayment(PackageSolver.Solution solution, List<Session> sessions, Goal goal,
            Clinic clinic, Tax tax, CurrencyUnit currency, SessionPrice price, Optional<LocalDate> contractDate) {
        List<Prepayments.Bought> bought = new ArrayList<>();
        long single = paid(tax, price.regular());
        for (int i = 0; i < solution.purchases().size(); i++) {
            Purchase p = solution.purchases().get(i);
            if (p.kind() != Purchase.Kind.PACKAGE) {
                continue;
            }
            CoursePackage pack = p.pack().orElseThrow();
            LocalDate date = sessions.get(p.first()).date();
            LocalDate contract = bought.isEmpty() ? contractDate.orElse(date) : date;
            if (contract.isAfter(date)) {
                throw new InvalidRequestException(Field.CONTRACT_DATE, Message.of("invalid.contractDate", contract,
                        date));
            }
            OptionalLong firstSingle = p.first() == 0 && price.firstVisit().isPresent()
                    ? OptionalLong.of(paid(tax, price.firstVisit().get())) : OptionalLong.empty();
            bought.add(new Prepayments.Bought(i, date, contract, paid(tax, p.price()), pack.sessions(),
                    pack.validMonths(), pack.covered().or(goal::covered), clinic.cancellation(pack), single,
                    firstSingle));
        }
        return Prepayments.of(currency, bought);
    }

    /** What {@code price} costs the patient, tax included, in minor units. */
    private static long paid(Tax tax, MonetaryAmount price) {
        return Amounts.minor(tax.receipt(price).total());
    }

    /** What a visit is charged at the sheet's prices when {@code bought} is bought at it. */
    private static MonetaryAmount charged(Optional<MonetaryAmount> bought, List<Fee> fees, boolean first,
            CurrencyUnit currency) {
        List<MonetaryAmount> amounts = new ArrayList<>();
        bought.ifPresent(amounts::add);
        feeItems(fees, first).forEach(i -> amounts.add(i.amount()));
        return Amounts.sum(amounts, currency);
    }

    /** The clinic's fees that a visit for {@code method} is charged in {@code scenario}. */
    private static List<Fee> fees(Clinic clinic, Method method, Scenario scenario) {
        return clinic.fees().stream()
                .filter(fee -> fee.appliesTo(method.id()) && (!fee.optional() || scenario.includesOptionalFees()))
                .toList();
    }

    /** The fees over a course of {@code visits}: a per-visit fee that many times, a one-off fee once. */
    private static List<LineItem> courseFeeItems(List<Fee> fees, int visits) {
        List<LineItem> items = new ArrayList<>();
        for (Fee fee : fees) {
            int quantity = fee.per() == Charge.PER_VISIT ? visits : 1;
            items.add(new LineItem(LineItem.Kind.FEE, fee.id(), fee.label(), fee.amount(), quantity,
                    Amounts.times(fee.amount(), quantity)));
        }
        return items;
    }

    /** The course's receipt: the visits' receipts added up, so its tax is the sum of theirs. */
    private static Receipt course(List<Visit> visits, CurrencyUnit currency) {
        return new Receipt(
                sum(visits, Receipt::subtotal, currency),
                sum(visits, Receipt::tax, currency),
                sum(visits, Receipt::total, currency));
    }

    private static MonetaryAmount monthly(Receipt course, Horizon horizon) {
        return Amounts.fraction(course.total(), BigDecimal.ONE, BigDecimal.valueOf(horizon.months()),
                Amounts.MONTHLY_AVERAGE);
    }

    /** A visit's fees: the per-visit ones, and on the first visit the one-off ones too. */
    private static List<LineItem> feeItems(List<Fee> fees, boolean first) {
        List<LineItem> items = new ArrayList<>();
        for (Fee fee : fees) {
            if (fee.per() == Charge.PER_VISIT || first) {
                items.add(new LineItem(LineItem.Kind.FEE, fee.id(), fee.label(), fee.amount(), 1, fee.amount()));
            }
        }
        return items;
    }

    /** A purchase as a line of the bill, {@code times} over. */
    private static LineItem item(Purchase p, Method method, Clinic clinic, int times) {
        MonetaryAmount total = Amounts.times(p.price(), times);
        return switch (p.kind()) {
            case SINGLE -> new LineItem(LineItem.Kind.SESSION, method.id(), method.label(), p.price(), times, total);
            case FIRST_VISIT -> new LineItem(LineItem.Kind.FIRST_VISIT, method.id(), method.label(), p.price(), times,
                    total);
            case PACKAGE -> new LineItem(LineItem.Kind.PACKAGE, packageId(clinic, p.pack().orElseThrow()),
                    p.pack().orElseThrow().name(), p.price(), times, total);
        };
    }

    /** {@code package-N}: the package's place in the clinic's list, from 1. */
    public static String packageId(Clinic clinic, CoursePackage pack) {
        return "package-" + (clinic.packages().indexOf(pack) + 1);
    }

    private static MonetaryAmount sum(List<Visit> visits, Function<Receipt, MonetaryAmount> part,
            CurrencyUnit currency) {
        return Amounts.sum(visits.stream().map(v -> part.apply(v.receipt())).toList(), currency);
    }

    /** "goal", as {@link #unknown} names what was not found. */
    static final Message GOAL = Message.of("invalid.what.goal");
    static final Message GOALS_IN_SHEET = Message.of("invalid.list.goals");
    static final Message VARIANT = Message.of("invalid.what.variant");

    /**
     * An id the sheet does not have: {@code unknown goal 'skn'; did you mean 'skin'? goals in this sheet: …}
     * in English, and the same in every language of the bundles.
     *
     * @param what     what the id names, such as {@link #GOAL}
     * @param listName the heading of the ids listed, such as {@link #GOALS_IN_SHEET}
     */
    static InvalidRequestException unknown(Field field, Message what, String given, Collection<String> known,
            Message listName, Collection<String> listed) {
        Optional<String> closest = ClosestMatch.among(given, known);
        return new InvalidRequestException(field, closest
                .map(m -> Message.of("invalid.unknown.closest", what, given, listName, listOrNone(listed), m))
                .orElseGet(() -> Message.of("invalid.unknown", what, given, listName, listOrNone(listed))));
    }

    /** How many ids a one-line message names before it counts the rest: a chain's sheet has thousands. */
    static final int IDS_NAMED = 20;

    /**
     * The ids, or "none" in the reader's language; past {@value #IDS_NAMED}, the first ones and how
     * many more there are, so that a message stays one readable line.
     */
    private static Object listOrNone(Collection<String> names) {
        if (names.isEmpty()) {
            return Message.of("invalid.none");
        }
        String named = names.stream().limit(IDS_NAMED).collect(Collectors.joining(", "));
        return names.size() <= IDS_NAMED ? named : Message.of("invalid.more", named, names.size() - IDS_NAMED);
    }
}
