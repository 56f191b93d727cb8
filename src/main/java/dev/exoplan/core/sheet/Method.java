package dev.exoplan.core.sheet;

import dev.exoplan.core.text.LocalizedText;
import java.util.Objects;

/** A delivery method (touyo houhou), such as {@code iv} (an IV drip) or {@code injection} (local injection). */
public record Method(String id, LocalizedText label) {

    public Method {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
