package dev.exoplan.cli;

import dev.exoplan.core.text.ClosestMatch;
import java.util.Collection;
import java.util.List;

/** Checks the ids given to filter options against what the sheet has, worded as {@code plan} words it. */
final class SheetIds {

    private SheetIds() {
    }

    /**
     * @throws UserException (usage) naming the unknown id, the closest known one, and every known one
     */
    static void check(String option, String what, List<String> given, Collection<String> known, String listName) {
        for (String value : given) {
            if (!known.contains(value)) {
                throw new UserException(ExitCodes.USAGE, option + ": unknown " + what + " '" + value + "';"
                        + ClosestMatch.among(value, known).map(m -> " did you mean '" + m + "'?").orElse("")
                        + " " + listName + ": " + String.join(", ", known));
            }
        }
    }
}
