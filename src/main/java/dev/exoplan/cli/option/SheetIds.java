package dev.exoplan.cli.option;

import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.UserException;
import dev.exoplan.core.text.ClosestMatch;
import dev.exoplan.io.text.Texts;
import java.util.Collection;
import java.util.List;

/** Checks the ids given to filter options against what the sheet has, worded as {@code plan} words it. */
public final class SheetIds {

    private SheetIds() {
    }

    /**
     * @param kind {@code goal}, {@code method} or {@code clinic}: what the ids name
     * @throws UserException (usage) naming the unknown id, the closest known one, and every known one
     */
    public static void check(Texts texts, String option, String kind, List<String> given, Collection<String> known) {
        for (String value : given) {
            if (!known.contains(value)) {
                throw new UserException(ExitCodes.USAGE, texts.get("error.unknownId", option,
                        texts.get("error.id." + kind), value,
                        ClosestMatch.among(value, known).map(m -> texts.get("error.unknownId.didYouMean", m))
                                .orElse(""),
                        texts.get("error.required." + kind + "s", String.join(", ", known))));
            }
        }
    }
}
