package dev.exoplan.io.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.exoplan.core.cost.Caveat;
import dev.exoplan.core.cost.LineItem;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.cost.Visit;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.course.Purchase;
import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Instalments;
import dev.exoplan.core.finance.Loan;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.FixedRateProvider;
import dev.exoplan.core.schedule.ScheduleParameters;
import dev.exoplan.core.schedule.Session;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.json.JsonOutput;
import dev.exoplan.io.text.Texts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;

/**
 * A plan as JSON for programs: format {@value #FORMAT_VERSION}, documented in docs/scripts.md. Amounts are
 * plain decimal numbers in the currency's major unit with exactly its minor-unit digits
 * ({@code 80000} yen, {@code 250.00} dollars); dates are ISO 8601; words for people (labels, caveats)
 * are in the chosen language and never mixed into the numbers.
 */
public final class PlanJson implements Renderer<PlanReport> {

    /** Raised when a field is added (compatible) or changed (incompatible, with a major bump). */
    public static final int FORMAT_VERSION = 1;


    private final Language language;
    private final Texts texts;

    public PlanJson(Language language) {
        this.language = language;
        this.texts = new Texts(language);
    }

    @Override
    public String render(PlanReport report) {
        return render(report.plan(), report.budget(), report.rate(), report.caveats(), report.instalments());
    }

    public String render(Plan plan, boolean caveats) {
        return render(plan, Optional.empty(), caveats);
    }

    /** The plan, with {@code "budget"} when one is given. */
    public String render(Plan plan, Optional<dev.exoplan.core.cost.Budget> budget, boolean caveats) {
        return render(plan, budget, Optional.empty(), caveats);
    }

    /**
     * The plan, with {@code "budget"} when one is given, and each scenario's {@code "converted"} amounts
     * (beside the real ones, never instead) when the user gives a rate.
     */
    public String render(Plan plan, Optional<dev.exoplan.core.cost.Budget> budget, Optional<FixedRateProvider> rate,
            boolean caveats) {
        return render(plan, budget, rate, caveats, Optional.empty());
    }

    /** The same, with each financed purchase's {@code "financing"} and the scenarios' totals with the fees. */
    private String render(Plan plan, Optional<dev.exoplan.core.cost.Budget> budget, Optional<FixedRateProvider> rate,
            boolean caveats, Optional<Instalments> instalments) {
        Map<String, ScenarioJson> scenarios = new LinkedHashMap<>();
        for (Scenario s : Scenario.values()) {
            scenarios.put(s.id(), scenario(plan.scenario(s), rate, instalments));
        }
        PlanDocument document = new PlanDocument(
                FORMAT_VERSION,
                language.code(),
                plan.goal().id(), plan.goal().label().in(language),
                plan.method().id(), plan.method().label().in(language),
                plan.clinic().id(), plan.clinic().name().in(language),
                plan.horizon().start().toString(), plan.horizon().lastDay().toString(), plan.horizon().months(),
                plan.currency().getCurrencyCode(),
                new TaxJson(plan.tax().rate(), plan.tax().included(), plan.tax().rounding().id()),
                scenarios,
                plan.optionalFees().stream().map(this::fee).toList(),
                plan.goal().onsetWeeks().map(o -> new OnsetJson(o.min(), o.max())).orElse(null),
                plan.notice().map(n -> n.in(language)).orElse(null),
                caveats ? plan.caveats().stream().map(c -> new CaveatJson(c.id(), text(c))).toList() : null,
                caveats ? texts.get("disclaimer") : null,
                budget.map(b -> budget(plan, b)).orElse(null),
                plan.variant().map(v -> v.id()).orElse(null),
                plan.variant().map(v -> v.label().in(language)).orElse(null));
        return JsonOutput.document(document);
    }

    private ScenarioJson scenario(ScenarioPlan s, Optional<FixedRateProvider> rate,
            Optional<Instalments> instalments) {
        ScheduleParameters p = s.schedule().parameters();
        return new ScenarioJson(
                s.sessions(), s.schedule().initialCount(), s.schedule().maintenanceCount(),
                p.initialSessions(), p.initialIntervalWeeks(), p.maintenanceIntervalMonths(),
                s.scenario().includesOptionalFees(),
                s.schedule().sessions().stream().map(x -> x.date().toString()).toList(),
                s.visits().stream().map(this::visit).toList(),
                s.items().stream().map(this::item).toList(),
                plain(s.sessionPrice()),
                plain(s.receipt().subtotal()), plain(s.receipt().tax()), plain(s.receipt().total()),
                plain(s.monthlyAverage()),
                s.variant().map(v -> v.id()).orElse(null),
                s.variant().map(v -> v.label().in(language)).orElse(null),
                s.solution().map(x -> x.purchases().stream().map(b -> purchase(s, b, instalments)).toList())
                        .orElse(null),
                s.solution().map(x -> minor(x.singlesTotal(), s)).orElse(null),
                s.solution().map(x -> minor(x.saving(), s)).orElse(null),
                rate.map(r -> new ConvertedJson(r.term().getCurrencyCode(), r.factor().toPlainString(),
                        plain(r.convert(s.receipt().total())), plain(r.convert(s.monthlyAverage())), true))
                        .orElse(null),
                s.prepayment().map(x -> new AtRiskJson(minor(x.atRisk().amount(), s), x.atRisk().date().toString()))
                        .orElse(null),
                instalments.map(i -> minor(i.fees(s.scenario()), s)).orElse(null),
                instalments.map(i -> minor(Math.addExact(Amounts.minor(s.receipt().total()), i.fees(s.scenario())), s))
                        .orElse(null));
    }

    private FinancingJson financing(ScenarioPlan s, Instalments instalments, Loan loan) {
        CreditTerms terms = loan.terms();
        return new FinancingJson(instalments.plan().orElse(null), terms.instalments(), terms.feePer100(),
                terms.apr().orElse(null), minor(loan.fee(), s), minor(loan.total(), s),
                minor(loan.first().amount(), s), minor(loan.laterPayment(), s), minor(loan.last().amount(), s),
                loan.terms().remainder().id(), loan.first().date().toString(), loan.last().date().toString(),
                loan.creditCoolingOffUntil().toString(), loan.stopPaymentsMayApply());
    }

    private PurchaseJson purchase(ScenarioPlan s, Purchase p, Optional<Instalments> instalments) {
        List<Integer> sessions = new java.util.ArrayList<>();
        for (int i = p.first(); i <= p.last(); i++) {
            sessions.add(i + 1);
        }
        int index = s.solution().orElseThrow().purchases().indexOf(p);
        Optional<PackageRisk> risk = s.prepayment().flatMap(x -> x.forPurchase(index));
        return new PurchaseJson(p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                p.pack().map(x -> x.name().in(language)).orElse(null),
                s.visits().get(p.first()).session().date().toString(), plain(p.price()), sessions,
                p.pack().map(x -> x.sessions()).orElse(null), p.pack().map(x -> p.unused()).orElse(null),
                p.pack().flatMap(x -> x.validMonths().isPresent() ? java.util.Optional.of(x.validMonths().getAsInt())
                        : java.util.Optional.empty()).orElse(null),
                risk.map(r -> r.contractDate().toString()).orElse(null),
                risk.map(r -> r.coolingOffUntil().toString()).orElse(null),
                risk.map(r -> r.coverage().id()).orElse(null),
                risk.map(r -> r.ifStopped().stream().map(x -> new StopJson(x.sessionsUsed(), minor(x.fee(), s),
                        minor(x.refund(), s), x.basis().id())).toList()).orElse(null),
                risk.map(r -> new BreakEvenJson(integer(r.breakEven().ifRefunded()),
                        integer(r.breakEven().ifNoRefund()))).orElse(null),
                instalments.flatMap(i -> i.loan(s.scenario(), index).map(l -> financing(s, i, l))).orElse(null));
    }

    private static Integer integer(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static BigDecimal minor(long amount, ScenarioPlan s) {
        return BigDecimal.valueOf(amount, Amounts.minorDigits(s.sessionPrice().getCurrency()));
    }

    private VisitJson visit(Visit v) {
        Session session = v.session();
        return new VisitJson(session.number(), session.date().toString(),
                session.phase().name().toLowerCase(Locale.ROOT), session.inPhase(),
                plain(v.receipt().subtotal()), plain(v.receipt().tax()), plain(v.receipt().total()));
    }

    private ItemJson item(LineItem i) {
        return new ItemJson(i.kind().id(), i.id(), i.label().in(language),
                plain(i.unitPrice()), i.quantity(), plain(i.amount()));
    }

    private FeeJson fee(Fee f) {
        return new FeeJson(f.id(), f.label().in(language), plain(f.amount()), f.per().id());
    }

    private String text(Caveat caveat) {
        return texts.get("caveat." + caveat.id());
    }

    private static BigDecimal plain(MonetaryAmount amount) {
        return Amounts.plain(amount);
    }

    record PlanDocument(int formatVersion, String lang, String goal, String goalLabel, String method,
            String methodLabel, String clinic, String clinicName, String start, String lastDay, int months,
            String currency, TaxJson tax, Map<String, ScenarioJson> scenarios, List<FeeJson> optionalFees,
            OnsetJson onsetWeeks, String notice, List<CaveatJson> caveats, String disclaimer, BudgetJson budget,
            String variant, String variantLabel) {
    }

    private BudgetJson budget(Plan plan, dev.exoplan.core.cost.Budget budget) {
        Map<String, ReachJson> reaches = new LinkedHashMap<>();
        for (Scenario s : Scenario.values()) {
            dev.exoplan.core.cost.Budget.Reach r = budget.scenario(s);
            ScenarioPlan scenario = plan.scenario(s);
            reaches.put(s.id(), new ReachJson(r.fits(), r.sessions(), r.lastDate().map(Object::toString).orElse(null),
                    plain(r.left()), plain(r.missing()),
                    scenario.solution().isPresent()
                            ? r.purchases().stream().map(p -> budgetPurchase(scenario, p)).toList() : null,
                    r.asPlanned()));
        }
        return new BudgetJson(plain(budget.amount()), reaches);
    }

    /** A purchase the budget assumes: what, when, at what price, and which sessions it pays for. */
    private BudgetPurchaseJson budgetPurchase(ScenarioPlan s, Purchase p) {
        List<Integer> sessions = new java.util.ArrayList<>();
        for (int i = p.first(); i <= p.last(); i++) {
            sessions.add(i + 1);
        }
        return new BudgetPurchaseJson(p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                p.pack().map(x -> x.name().in(language)).orElse(null),
                s.visits().get(p.first()).session().date().toString(), plain(p.price()), sessions);
    }

    record BudgetJson(BigDecimal amount, Map<String, ReachJson> scenarios) {
    }

    /**
     * @param purchases         what to buy for those sessions (for a scenario with purchases)
     * @param sessionsAsPlanned the sessions the scenario's own purchases pay for, visit by visit
     */
    record ReachJson(boolean fits, int sessions, String lastDate, BigDecimal left, BigDecimal missing,
            List<BudgetPurchaseJson> purchases, int sessionsAsPlanned) {
    }

    record BudgetPurchaseJson(String kind, String label, String date, BigDecimal price, List<Integer> sessions) {
    }

    record TaxJson(BigDecimal rate, boolean included, String rounding) {
    }

    record ScenarioJson(int sessions, int initialSessions, int maintenanceSessions, int plannedInitialSessions,
            int initialIntervalWeeks, int maintenanceIntervalMonths, boolean optionalFeesIncluded,
            List<String> dates, List<VisitJson> visits, List<ItemJson> items, BigDecimal sessionPrice,
            BigDecimal subtotal, BigDecimal tax, BigDecimal total, BigDecimal monthlyAverage, String variant,
            String variantLabel, List<PurchaseJson> purchases, BigDecimal singleSessionsTotal, BigDecimal saving,
            ConvertedJson converted, AtRiskJson prepaidAtRisk, BigDecimal financingFees, BigDecimal totalWithFinancing) {
    }

    /**
     * A package bought on instalments ({@code --pay-in}): the credit plan's id (null for {@code --apr}'s
     * card), the fee per 100 used and the annual rate it was derived from (null where a table gave it), and
     * the loan's figures; every field written, nulls too.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FinancingJson(String plan, int instalments, BigDecimal feePer100, BigDecimal apr, BigDecimal fee,
            BigDecimal total, BigDecimal firstPayment, BigDecimal laterPayment, BigDecimal lastPayment,
            String remainder, String firstDate, String lastDate, String creditCoolingOffUntil,
            boolean stopPaymentsMayApply) {
    }

    /** The most prepaid and not yet used at any time of the scenario, and the first day it is that much. */
    record AtRiskJson(BigDecimal amount, String date) {
    }

    /**
     * Stopping a package after {@code sessionsUsed} sessions: the fee and the refund, tax included, and
     * whose terms they follow ({@code law}: the law's caps; {@code clinic}: the sheet's policy).
     */
    record StopJson(int sessionsUsed, BigDecimal cancellationFee, BigDecimal refund, String basis) {
    }

    /** The fewest sessions for which a package pays off; null where it never does (written, not left out). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record BreakEvenJson(Integer ifRefunded, Integer ifNoRefund) {
    }

    /**
     * The scenario's total and monthly average at the user's rate, for reading only: {@code rate} is the
     * factor as given (a string, so that it stays exactly as typed), amounts are rounded to the target
     * currency's minor unit, and {@code approximate} is always true.
     */
    record ConvertedJson(String currency, String rate, BigDecimal total, BigDecimal monthlyAverage,
            boolean approximate) {
    }

    /**
     * @param kind     {@code single}, {@code first-visit} or {@code package}
     * @param date     the date of the visit it is bought at
     * @param sessions the numbers of the sessions it pays for
     */
    record PurchaseJson(String kind, String label, String date, BigDecimal price, List<Integer> sessions,
            Integer packageSessions, Integer unused, Integer validMonths, String contractDate, String coolingOffUntil,
            String coverage, List<StopJson> ifStopped, BreakEvenJson breakEven, FinancingJson financing) {
    }

    record VisitJson(int number, String date, String phase, int inPhase, BigDecimal subtotal, BigDecimal tax,
            BigDecimal total) {
    }

    record ItemJson(String kind, String id, String label, BigDecimal unitPrice, int quantity, BigDecimal amount) {
    }

    record FeeJson(String id, String label, BigDecimal amount, String per) {
    }

    record OnsetJson(int min, int max) {
    }

    record CaveatJson(String id, String text) {
    }
}
