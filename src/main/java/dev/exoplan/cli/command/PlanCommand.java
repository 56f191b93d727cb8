package dev.exoplan.cli.command;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.FileOutput;
import dev.exoplan.cli.UserException;
import dev.exoplan.cli.VersionProvider;
import dev.exoplan.cli.option.BudgetOption;
import dev.exoplan.cli.option.ContractDateOption;
import dev.exoplan.cli.option.DisplayCurrencyOption;
import dev.exoplan.cli.option.LanguageOption;
import dev.exoplan.cli.option.PeriodOption;
import dev.exoplan.cli.option.PricingOption;
import dev.exoplan.cli.option.VariantOption;
import dev.exoplan.core.cost.Budget;
import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.cost.Planner;
import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Instalments;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.FixedRateProvider;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.plan.PlanCalendar;
import dev.exoplan.io.plan.PlanHtml;
import dev.exoplan.io.plan.PlanJson;
import dev.exoplan.io.plan.PlanReport;
import dev.exoplan.io.plan.PlanText;
import dev.exoplan.io.sheet.SheetException;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code exoplan plan}: a dated schedule and the cost of a whole course, low / typical / high. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        sortOptions = false)
final class PlanCommand implements Callable<Integer> {

    /** The output formats; lower case as users type them. */
    enum Format {
        text, json, html
    }

    /** The most clinics the prompt lists to choose from. */
    private static final int MOST_CLINICS_ASKED = 50;

    @Spec
    private CommandSpec spec;

    @Option(names = "--goal", paramLabel = "GOAL")
    private String goal;

    @Option(names = "--method", paramLabel = "METHOD")
    private String method;

    @Option(names = "--clinic", paramLabel = "ID")
    private String clinic;

    @Mixin
    private VariantOption variant;

    @Mixin
    private PeriodOption period;

    @Mixin
    private ContractDateOption contractDate;

    @Mixin
    private PricingOption pricing;

    @Mixin
    private LanguageOption language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE")
    private Path output;

    @Mixin
    private BudgetOption budget;

    @Mixin
    private DisplayCurrencyOption display;

    @Mixin
    private PayInOption payIn;

    @Option(names = "--ics", paramLabel = "FILE")
    private Path ics;

    @Option(names = "--ascii")
    private boolean ascii;

    @Option(names = "--no-caveats")
    private boolean noCaveats;

    @Override
    public Integer call() throws Exception {
        Texts early = Cli.texts(spec);
        if (ascii && format != Format.text) {
            // As --bom outside CSV: an option that cannot do what it says is refused, not ignored.
            throw new UserException(ExitCodes.USAGE, "--ascii: " + early.get("error.ascii.format", format));
        }
        if (output != null && ics != null && FileOutput.samePlace(output, ics)) {
            throw new UserException(ExitCodes.USAGE, early.get("error.output.sameAsIcs", output, ics));
        }
        // With --goal, --method and --clinic, nothing asks about the other clinics unless the request is
        // refused: the sheet keeps that clinic only (a chain's sheet of 100,000 fits a small heap).
        boolean one = clinic != null && goal != null && method != null;
        PriceSheet sheet = (one ? pricing.load(clinic::equals) : pricing.load()).sheet();
        Language lang = language.language();
        if ((goal == null || method == null || clinic == null) && Cli.environment(spec).terminal()) {
            ask(sheet, lang);
        }
        Texts texts = new Texts(lang);
        require(goal, "--goal", texts.get("error.required.goals", String.join(", ", sheet.goals().keySet())), texts);
        require(method, "--method", texts.get("error.required.methods", String.join(", ", sheet.methods().keySet())),
                texts);
        PlanRequest request = new PlanRequest(goal, method, Optional.ofNullable(clinic), period.start(),
                period.months(), variant.variant(), contractDate.date());
        Plan plan;
        try {
            plan = one ? planOne(sheet, request) : Planner.plan(sheet, request);
        } catch (InvalidRequestException e) {
            throw new UserException(ExitCodes.USAGE, e.field().option() + ": " + e.message(lang));
        }
        Optional<Instalments> instalments = instalments(plan, texts, lang);
        Optional<Budget> reach = budget.amount(sheet.currency()).map(amount -> Budget.of(plan, amount));
        Optional<FixedRateProvider> rate = display.rate(sheet.currency());
        if (output != null) {
            FileOutput.refuseInput(texts, "--output", output, Map.of("--pricing", pricing.file()));
        }
        if (ics != null) {
            // A folder, a missing folder, a full disk: FileOutput words each refusal.
            FileOutput.refuseInput(texts, "--ics", ics, Map.of("--pricing", pricing.file()));
            writeCalendar(plan, instalments, lang, texts);
            if (FileOutput.standardOutput(ics)) {
                // --ics -: the calendar is standard output's whole content, for a pipe into a calendar.
                return ExitCodes.OK;
            }
        }
        String rendered = renderer(format, lang, ascii, Cli.environment(spec).columns())
                .render(new PlanReport(plan, reach, rate, !noCaveats, instalments));
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            // --output -: standard output, as without the option
            FileOutput.write(texts, "--output", output, out, file -> {
                file.write(rendered);
                return true;
            });
            return ExitCodes.OK;
        }
        out.print(rendered);
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * On a terminal, a missing goal, method or clinic (where the sheet has several that price the method)
     * is asked for with numbered choices; without a terminal it stays a usage error.
     */
    private void ask(PriceSheet sheet, Language lang) {
        Texts texts = new Texts(lang);
        Prompt prompt = new Prompt(Cli.environment(spec), spec.commandLine().getErr(), texts,
                spec.qualifiedName());
        if (goal == null) {
            List<Prompt.Choice> goals = new ArrayList<>();
            sheet.goals().values().forEach(g -> goals.add(new Prompt.Choice(g.id(), g.label().in(lang)
                    + " (" + g.id() + ")")));
            goal = prompt.choose(texts.get("prompt.goal"), goals, "--goal");
        }
        if (method == null && sheet.goal(goal).isPresent()) {
            List<Prompt.Choice> methods = new ArrayList<>();
            for (String id : sheet.goal(goal).get().methods()) {
                boolean priced = sheet.clinics().stream().anyMatch(c -> c.prices(id)
                        && (clinic == null || c.id().equals(clinic)));
                if (priced) {
                    methods.add(new Prompt.Choice(id, sheet.method(id).map(m -> m.label().in(lang)).orElse(id)
                            + " (" + id + ")"));
                }
            }
            if (!methods.isEmpty()) {
                method = prompt.choose(texts.get("prompt.method"), methods, "--method");
            }
        }
        if (clinic == null && method != null && sheet.clinics().size() > 1) {
            PeopleFormat people = new PeopleFormat(lang);
            List<Prompt.Choice> clinics = new ArrayList<>();
            sheet.clinics().stream().filter(c -> c.prices(method)).limit(MOST_CLINICS_ASKED + 1L)
                    .forEach(c -> clinics.add(new Prompt.Choice(c.id(), c.name().in(lang) + " (" + c.id() + ")",
                            texts.get("prompt.clinic.price", people.money(typicalPrice(c))))));
            // A chain's sheet prices a method at thousands of clinics: no list to read on a terminal; the
            // usage error names them instead.
            if (!clinics.isEmpty() && clinics.size() <= MOST_CLINICS_ASKED) {
                clinic = prompt.choose(texts.get("prompt.clinic"), clinics, "--clinic");
            }
        }
    }

    /**
     * What one session of the chosen method typically costs at a clinic, as {@code list} shows it: the
     * variant {@code --variant} names where the clinic has it, else the typical of its range (for a method
     * priced by variant, the typical variant's price).
     */
    private MonetaryAmount typicalPrice(Clinic c) {
        return variant.variant().flatMap(v -> c.variant(method, v)).map(Variant::price)
                .orElseGet(() -> c.price(method).orElseThrow().typical());
    }

    /** The renderer {@code --format} names; {@code --ascii} draws the text's chart in ASCII. */
    static Renderer<PlanReport> renderer(Format format, Language lang, boolean ascii) {
        return renderer(format, lang, ascii, Layout.DEFAULT_WIDTH);
    }

    /** The same, its text laid out to {@code width} columns. */
    static Renderer<PlanReport> renderer(Format format, Language lang, boolean ascii, int width) {
        return switch (format) {
            case text -> new PlanText(lang, ascii, width);
            case json -> new PlanJson(lang);
            case html -> new PlanHtml(lang);
        };
    }

    private void writeCalendar(Plan plan, Optional<Instalments> instalments, Language lang, Texts texts)
            throws IOException {
        FileOutput.write(texts, "--ics", ics, spec.commandLine().getOut(), out -> {
            new PlanCalendar(lang).write(plan, instalments, new VersionProvider().version(), out);
            return true;
        });
    }

    /**
     * The plan's packages on {@code --pay-in} instalments: under the clinic's credit plan (the one it offers,
     * or {@code --financing}'s), or the patient's own card at {@code --apr}. What the plan cannot serve is a
     * usage error that names what is offered.
     */
    private Optional<Instalments> instalments(Plan plan, Texts texts, Language lang) {
        Optional<PayInOption.Asked> asked = payIn.asked(texts);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        int payIn = asked.get().instalments();
        Optional<String> financing = asked.get().financing();
        Clinic clinic = plan.clinic();
        CreditTerms terms;
        Optional<String> id = Optional.empty();
        Optional<MonetaryAmount> minimum = Optional.empty();
        if (asked.get().rate().isPresent()) {
            PayInOption.checkRange(payIn, texts);
            terms = CreditTerms.card(asked.get().rate().get(), payIn);
        } else {
            List<Financing> plans = clinic.financing();
            String ids = plans.stream().map(Financing::id).collect(Collectors.joining(", "));
            if (plans.isEmpty()) {
                throw usage("--pay-in", texts.get("error.payIn.noPlan", clinic.id()));
            }
            Financing chosen;
            if (financing.isPresent()) {
                chosen = clinic.financing(financing.get()).orElseThrow(() -> usage("--financing",
                        texts.get("error.financing.unknown", financing.get(), clinic.id(), ids)));
            } else if (plans.size() == 1) {
                chosen = plans.get(0);
            } else {
                throw usage("--financing", texts.get("error.financing.choose", clinic.id(), ids));
            }
            if (!chosen.offers(payIn)) {
                throw usage("--pay-in", texts.get("error.payIn.notOffered", String.valueOf(payIn), chosen.id(),
                        chosen.instalments().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
            terms = chosen.terms(payIn);
            id = Optional.of(chosen.id());
            minimum = chosen.minimum();
        }
        Instalments result = Instalments.of(plan, id, terms);
        if (!result.any()) {
            throw usage("--pay-in", texts.get("error.payIn.nothing"));
        }
        if (minimum.isPresent() && result.smallest().orElseThrow() < Amounts.minor(minimum.get())) {
            PeopleFormat people = new PeopleFormat(lang);
            throw usage("--pay-in", texts.get("error.payIn.minimum", id.orElseThrow(),
                    people.money(minimum.get()), people.money(Amounts.of(BigDecimal.valueOf(
                            result.smallest().orElseThrow(), Amounts.minorDigits(plan.currency())), plan.currency()))));
        }
        return Optional.of(result);
    }

    static UserException usage(String option, String message) {
        return PayInOption.usage(option, message);
    }

    private static void require(String value, String option, String known, Texts texts) {
        if (value == null) {
            throw new UserException(ExitCodes.USAGE, texts.get("error.required", option, known));
        }
    }

    /**
     * The plan from a sheet that holds only the clinic asked for; when that is refused, the refusal of
     * the whole sheet, whose words name the other clinics (the closest id, those that price the method).
     */
    private Plan planOne(PriceSheet one, PlanRequest request) throws SheetException {
        try {
            return Planner.plan(one, request);
        } catch (InvalidRequestException e) {
            return Planner.plan(pricing.reread().sheet(), request);
        }
    }
}
