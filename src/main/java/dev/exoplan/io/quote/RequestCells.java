package dev.exoplan.io.quote;

import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.schedule.Horizon;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.IsoDate;
import dev.exoplan.io.text.Texts;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The cells of a {@link QuoteRequests.Row} typed into a {@link PlanRequest}: a blank cell takes its
 * default, a start must be a date and months a whole number. Whether the request makes sense for the
 * sheet (ids, the range of months) is the planner's to say.
 */
public final class RequestCells {

    /**
     * What a blank cell takes: the command's options.
     *
     * @param goal   the goal of a row without one; empty: such a row is refused
     * @param method the method of a row without one; empty: such a row is refused
     * @param clinic the clinic of a row without one; empty: none (fine for a sheet of one clinic)
     */
    public record Defaults(Optional<String> goal, Optional<String> method, Optional<String> clinic, LocalDate start,
            int months, Optional<String> variant) {

        public Defaults {
            Objects.requireNonNull(goal, "goal");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(clinic, "clinic");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(variant, "variant");
        }
    }

    /** A cell that cannot be read, or a blank one without a default; the message says which, for people. */
    public static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadCell(String message) {
            super(message);
        }
    }

    private final Defaults defaults;
    private final Texts texts;

    /** @param language the language of the refusals */
    public RequestCells(Defaults defaults, Language language) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.texts = new Texts(language);
    }

    /**
     * The row's request.
     *
     * @throws BadCell for a blank goal or method without a default, a start that is not a date, or months
     *                 that are not a whole number (checked in that order)
     */
    public PlanRequest request(QuoteRequests.Row row) {
        // Plain conditions, not Optional chains with method references: a million rows make a million of each.
        String goal = cellOr(row.goal(), "goal", defaults.goal());
        String method = cellOr(row.method(), "method", defaults.method());
        Optional<String> clinic = row.clinic() == null ? defaults.clinic() : Optional.of(row.clinic());
        LocalDate date = defaults.start();
        if (row.start() != null) {
            try {
                date = IsoDate.parse(row.start(), texts);
            } catch (IsoDate.NotADate e) {
                throw new BadCell(texts.get("error.quote.cell.start", e.getMessage()));
            }
        }
        int length = defaults.months();
        if (row.months() != null) {
            try {
                length = Integer.parseInt(row.months());
            } catch (NumberFormatException e) {
                throw new BadCell(texts.get("error.quote.cell.months", row.months(),
                        String.valueOf(Horizon.MIN_MONTHS), String.valueOf(Horizon.MAX_MONTHS)));
            }
        }
        return new PlanRequest(goal, method, clinic, date, length,
                row.variant() == null ? defaults.variant() : Optional.of(row.variant()));
    }

    private String cellOr(String value, String column, Optional<String> fallback) {
        if (value != null) {
            return value;
        }
        if (fallback.isEmpty()) {
            throw new BadCell(texts.get("error.quote.cell.blank", column));
        }
        return fallback.get();
    }
}
