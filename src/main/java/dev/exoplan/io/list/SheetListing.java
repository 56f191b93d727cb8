package dev.exoplan.io.list;

import dev.exoplan.core.sheet.PriceSheet;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code list} shows: a price sheet, and which of its sections ({@code goals} and {@code methods}
 * show one each).
 */
public record SheetListing(PriceSheet sheet, Set<Section> sections) {

    /** The parts of a listing. */
    public enum Section {
        GOALS, METHODS, CLINICS
    }

    public SheetListing {
        Objects.requireNonNull(sheet, "sheet");
        sections = Set.copyOf(sections);
    }
}
