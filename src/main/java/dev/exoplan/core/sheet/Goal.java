package dev.exoplan.core.sheet;

import dev.exoplan.core.schedule.ScheduleParameters;
import dev.exoplan.core.sheet.Range.Bound;
import dev.exoplan.core.text.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A treatment goal (mokuteki) with the methods that fit it and its schedule ranges: how many initial
 * sessions, how many weeks apart, and how many months between maintenance sessions.
 *
 * @param onsetWeeks when effects are usually noticed, if the sheet says; shown, never promised
 * @param covered    whether the sheet states that course contracts for this goal are covered by the law's
 *                   rules for course contracts; empty: not stated
 */
public record Goal(
        String id,
        LocalizedText label,
        List<String> methods,
        Range<Integer> initialSessions,
        Range<Integer> initialIntervalWeeks,
        Range<Integer> maintenanceIntervalMonths,
        Optional<Range<Integer>> onsetWeeks,
        Optional<Boolean> covered) {

    /** The most initial sessions a goal may plan. */
    public static final int MAX_SESSIONS = 50;

    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        methods = List.copyOf(methods);
        Objects.requireNonNull(initialSessions, "initialSessions");
        Objects.requireNonNull(initialIntervalWeeks, "initialIntervalWeeks");
        Objects.requireNonNull(maintenanceIntervalMonths, "maintenanceIntervalMonths");
        Objects.requireNonNull(onsetWeeks, "onsetWeeks");
        Objects.requireNonNull(covered, "covered");
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("goal " + id + " lists no method");
        }
    }

    /** A goal whose sheet says nothing of coverage. */
    public Goal(String id, LocalizedText label, List<String> methods, Range<Integer> initialSessions,
            Range<Integer> initialIntervalWeeks, Range<Integer> maintenanceIntervalMonths,
            Optional<Range<Integer>> onsetWeeks) {
        this(id, label, methods, initialSessions, initialIntervalWeeks, maintenanceIntervalMonths, onsetWeeks,
                Optional.empty());
    }

    public boolean offers(String methodId) {
        return methods.contains(methodId);
    }

    /**
     * The schedule of one scenario: its number of sessions, and intervals at the opposite bound
     * (fewer sessions go with longer intervals, more sessions with shorter ones).
     */
    public ScheduleParameters schedule(Bound sessions) {
        Bound intervals = switch (sessions) {
            case MIN -> Bound.MAX;
            case TYPICAL -> Bound.TYPICAL;
            case MAX -> Bound.MIN;
        };
        return new ScheduleParameters(
                initialSessions.at(sessions),
                initialIntervalWeeks.at(intervals),
                maintenanceIntervalMonths.at(intervals));
    }
}
