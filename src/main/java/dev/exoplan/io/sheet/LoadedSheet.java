package dev.exoplan.io.sheet;

import dev.exoplan.core.sheet.PriceSheet;
import java.util.List;
import java.util.Objects;

/** A price sheet that was read without errors, with the warnings found on the way. */
public record LoadedSheet(String file, PriceSheet sheet, List<SheetFinding> warnings) {

    public LoadedSheet {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        warnings = List.copyOf(warnings);
    }
}
