package dev.exoplan.core.sheet;

import dev.exoplan.core.text.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * What a clinic discloses about the exosome it uses, as the article's clinic checklist asks: the
 * source (yurai: adipose, umbilical-cord, dental-pulp, bone-marrow …), the dose or concentration, the
 * manufacturer and the quality control.
 *
 * @param source an id such as {@code adipose}, or the clinic's own words
 */
public record Disclosure(
        Optional<String> source,
        Optional<LocalizedText> dose,
        Optional<LocalizedText> manufacturer,
        Optional<LocalizedText> qualityControl) {

    public static final Disclosure NONE =
            new Disclosure(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Disclosure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dose, "dose");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(qualityControl, "qualityControl");
    }
}
