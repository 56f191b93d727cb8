package dev.exoplan.io.json;

import dev.exoplan.core.check.Finding;
import java.util.Map;

/** Where a finding stands in the file, found through its JSON pointer. */
@FunctionalInterface
public interface Positions {

    /**
     * The finding's place: where the value its pointer names starts (or its nearest parent that is
     * there), or — for a finding about a member's name, such as an unknown field — where the name stands.
     */
    TextPosition of(Finding finding);

    /** The places a {@link JsonDocument.Builder} recorded, by pointer. */
    static Positions of(Map<String, TextPosition> positions) {
        return finding -> JsonDocument.positionOf(positions, finding);
    }
}
