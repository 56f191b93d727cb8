package dev.exoplan.core.quote;

import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.PriceSheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every goal × method × clinic a price sheet offers, as requests: the methods a goal lists that a clinic
 * prices, sorted by clinic, goal and method id — what {@code exoplan quote} quotes without a request file.
 */
public final class Combinations {

    private Combinations() {
    }

    /**
     * @param goals   only these goals (empty: every goal)
     * @param methods only these methods (empty: every method)
     * @param clinics only these clinics (empty: every clinic)
     * @param variant only the methods a clinic prices by variant that have this one, priced at it
     * @return the requests, over {@code months} months from {@code start}; empty when nothing fits (ids
     *         the sheet lacks simply match nothing: checking them is the caller's part)
     */
    public static List<PlanRequest> of(PriceSheet sheet, Collection<String> goals, Collection<String> methods,
            Collection<String> clinics, LocalDate start, int months, Optional<String> variant) {
        return stream(sheet, goals, methods, clinics, start, months, variant).toList();
    }

    /**
     * The same requests as {@link #of}, made as they are taken: a sheet of a hundred thousand clinics
     * has one clinic's requests in memory at a time, and clinics are sorted by id without being built.
     */
    public static Stream<PlanRequest> stream(PriceSheet sheet, Collection<String> goals, Collection<String> methods,
            Collection<String> clinics, LocalDate start, int months, Optional<String> variant) {
        List<String> ids = sheet.clinicIds();
        List<Goal> sortedGoals = sheet.goals().values().stream().sorted(Comparator.comparing(Goal::id)).toList();
        // Sorted first, whole: a sorting stage in the stream would hold every request made after it.
        int[] byId = IntStream.range(0, ids.size()).boxed().sorted(Comparator.comparing(ids::get))
                .mapToInt(Integer::intValue).toArray();
        return Arrays.stream(byId)
                .filter(i -> clinics.isEmpty() || clinics.contains(ids.get(i)))
                .mapToObj(i -> requests(sheet.clinics().get(i), sortedGoals, goals, methods, start, months, variant))
                .flatMap(List::stream);
    }

    private static List<PlanRequest> requests(Clinic clinic, List<Goal> sortedGoals, Collection<String> goals,
            Collection<String> methods, LocalDate start, int months, Optional<String> variant) {
        List<PlanRequest> all = new ArrayList<>();
        for (Goal goal : sortedGoals) {
            if (!goals.isEmpty() && !goals.contains(goal.id())) {
                continue;
            }
            goal.methods().stream().sorted()
                    .filter(m -> clinic.prices(m) && (methods.isEmpty() || methods.contains(m)))
                    .filter(m -> variant.isEmpty() || clinic.variant(m, variant.get()).isPresent())
                    .forEach(m -> all.add(new PlanRequest(goal.id(), m, Optional.of(clinic.id()), start,
                            months, variant)));
        }
        return all;
    }
}
