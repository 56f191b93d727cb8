package dev.exoplan.core.cost;

import dev.exoplan.core.course.Prepayment;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.Message;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.stream.IntStream;

/**
 * Every clinic × method that fits one goal, side by side over the same period, cheapest first by the
 * typical total — each with what its clinic discloses, because price alone should not decide.
 *
 * @param options ordered cheapest first (typical total, then clinic and method id)
 */
public record Comparison(Goal goal, LocalDate start, int months, List<Option> options) {

    /**
     * One clinic and method: its quote, the clinic (for its name and disclosure), and where the typical
     * plan buys course packages, what that prepayment risks ({@link Prepayment}: cooling-off, refunds if
     * stopped, break-even, the most prepaid and not yet used).
     */
    public record Option(Clinic clinic, Method method, Quote quote, Optional<Prepayment> prepayment) {

        public Option {
            Objects.requireNonNull(clinic, "clinic");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(prepayment, "prepayment");
        }

        public Option(Clinic clinic, Method method, Quote quote) {
            this(clinic, method, quote, Optional.empty());
        }
    }

    public Comparison {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(start, "start");
        // The options of a sheet's comparison are built when asked for (Options); copying would build them all.
        options = options instanceof Options ? options : List.copyOf(options);
    }

    /**
     * @param methods only these methods (empty: every method of the goal)
     * @param clinics only these clinics (empty: every clinic)
     * @throws InvalidRequestException for an unknown goal, or a period out of bounds
     */
    public static Comparison of(PriceSheet sheet, String goalId, Collection<String> methods,
            Collection<String> clinics, LocalDate start, int months) {
        return of(sheet, goalId, methods, clinics, start, months, Optional.empty());
    }

    /**
     * @param variant only the clinics and methods priced by variant that have this one, priced at it
     * @throws InvalidRequestException also when no clinic and method of the goal has the variant
     */
    public static Comparison of(PriceSheet sheet, String goalId, Collection<String> methods,
            Collection<String> clinics, LocalDate start, int months, Optional<String> variant) {
        Goal goal = sheet.goal(goalId).orElseThrow(() -> Planner.unknown(InvalidRequestException.Field.GOAL,
                Planner.GOAL, goalId, sheet.goals().keySet(), Planner.GOALS_IN_SHEET, sheet.goals().keySet()));
        Quoter quoter = new Quoter(sheet);
        List<String> ids = sheet.clinicIds();
        Options options = new Options(sheet, goal, start, months, variant, quoter);
        for (int c = 0; c < ids.size(); c++) {
            if (!clinics.isEmpty() && !clinics.contains(ids.get(c))) {
                continue;
            }
            Clinic clinic = sheet.clinics().get(c);
            for (int m = 0; m < goal.methods().size(); m++) {
                String methodId = goal.methods().get(m);
                if ((methods.isEmpty() || methods.contains(methodId)) && clinic.prices(methodId)
                        && (variant.isEmpty() || clinic.variant(methodId, variant.get()).isPresent())) {
                    options.add(c, m, quoter.quote(options.request(clinic, methodId)).typical().total(),
                            sellsPackages(clinic, methodId));
                }
            }
        }
        if (variant.isPresent() && options.isEmpty()) {
            List<String> known = new ArrayList<>();
            for (Clinic clinic : sheet.clinics()) {
                goal.methods().forEach(m -> clinic.variants(m).forEach(v -> {
                    if (!known.contains(v.id())) {
                        known.add(v.id());
                    }
                }));
            }
            throw Planner.unknown(InvalidRequestException.Field.VARIANT, Planner.VARIANT, variant.get(), known,
                    Message.of("invalid.list.variantsInComparison", goal.id()), known);
        }
        options.sort();
        return new Comparison(goal, start, months, options);
    }

    /**
     * Whether option {@code index} (cheapest first, from 0) may prepay: its clinic sells packages of its
     * method, so only it can have a {@link Option#prepayment}. Builds no option.
     */
    public boolean mayPrepay(int index) {
        return options instanceof Options o ? o.mayPrepay(index) : options.get(index).prepayment().isPresent();
    }

    /** How many options' typical totals (in minor units) are within {@code budget}. Builds no option. */
    public int withinBudget(long budget) {
        return options instanceof Options o ? o.withinBudget(budget)
                : (int) options.stream().filter(op -> op.quote().typical().total() <= budget).count();
    }

    private static boolean sellsPackages(Clinic clinic, String methodId) {
        return clinic.packages().stream().anyMatch(p -> p.method().equals(methodId));
    }

    /**
     * The options of a comparison, kept as clinic, method and typical total only, and each built again
     * when it is asked for: a comparison site's sheet gives hundreds of thousands, whose quotes and
     * clinics would not fit a small heap at once. Immutable once sorted; not for several threads (the
     * quoter is not).
     */
    private static final class Options extends AbstractList<Option> implements RandomAccess {
        private final PriceSheet sheet;
        private final Goal goal;
        private final LocalDate start;
        private final int months;
        private final Optional<String> variant;
        private final Quoter quoter;
        private int[] clinic = new int[16];
        private int[] method = new int[16];
        private long[] typical = new long[16];
        private boolean[] prepays = new boolean[16];
        private int size;
        /** The positions of the options, cheapest first, once sorted. */
        private int[] order;

        Options(PriceSheet sheet, Goal goal, LocalDate start, int months, Optional<String> variant, Quoter quoter) {
            this.sheet = sheet;
            this.goal = goal;
            this.start = start;
            this.months = months;
            this.variant = variant;
            this.quoter = quoter;
        }

        PlanRequest request(Clinic clinic, String methodId) {
            return new PlanRequest(goal.id(), methodId, Optional.of(clinic.id()), start, months, variant);
        }

        void add(int clinicAt, int methodAt, long typicalTotal, boolean sellsPackages) {
            if (size == clinic.length) {
                clinic = Arrays.copyOf(clinic, size * 2);
                method = Arrays.copyOf(method, size * 2);
                typical = Arrays.copyOf(typical, size * 2);
                prepays = Arrays.copyOf(prepays, size * 2);
            }
            clinic[size] = clinicAt;
            method[size] = methodAt;
            typical[size] = typicalTotal;
            prepays[size] = sellsPackages;
            size++;
        }

        boolean mayPrepay(int index) {
            return prepays[order[Objects.checkIndex(index, size)]];
        }

        int withinBudget(long budget) {
            int within = 0;
            for (int i = 0; i < size; i++) {
                if (typical[i] <= budget) {
                    within++;
                }
            }
            return within;
        }

        /** Cheapest first by the typical total, then by clinic and method id. */
        void sort() {
            List<String> ids = sheet.clinicIds();
            order = IntStream.range(0, size).boxed()
                    .sorted(Comparator.comparingLong((Integer i) -> typical[i])
                            .thenComparing(i -> ids.get(clinic[i]))
                            .thenComparing(i -> goal.methods().get(method[i])))
                    .mapToInt(Integer::intValue).toArray();
        }

        @Override
        public Option get(int index) {
            int at = order[Objects.checkIndex(index, size)];
            Clinic c = sheet.clinics().get(clinic[at]);
            String methodId = goal.methods().get(method[at]);
            PlanRequest request = request(c, methodId);
            // Only a clinic that sells packages of the method can prepay: the planner says what it risks,
            // and its plan gives the quote too, so that such an option is planned once, not quoted again.
            if (prepays[at]) {
                Plan plan = Planner.plan(sheet, request);
                return new Option(c, plan.method(), Quoter.fromPlan(plan), plan.scenario(Scenario.TYPICAL).prepayment());
            }
            return new Option(c, sheet.method(methodId).orElseThrow(), quoter.quote(request), Optional.empty());
        }

        @Override
        public int size() {
            return size;
        }
    }
}
