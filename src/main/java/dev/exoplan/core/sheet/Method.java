package dev.exoplan.core.sheet;

import java.util.Objects;

/** A delivery method (投与方法), such as {@code iv} (点滴) or {@code injection} (局所注射). */
public record Method(String id, LocalizedText label) {

    public Method {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
