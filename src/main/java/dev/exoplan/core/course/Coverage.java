package dev.exoplan.core.course;

import java.util.Locale;

/**
 * Whether the law's rules for course contracts may apply to a package, as far as exoplan can tell:
 * never more than the sheet states.
 */
public enum Coverage {
    /** The sheet states that the contract is covered. */
    COVERED,
    /** The sheet states that it is not. */
    NOT_COVERED,
    /** Not stated; over the law's thresholds (over 50,000 yen, over one month or no validity stated). */
    MAY_BE_COVERED,
    /** Not stated; at or under 50,000 yen, or valid for one month or less. */
    UNDER_THRESHOLDS,
    /** Not stated, and the sheet's currency is not the yen of the law's figures. */
    NOT_YEN;

    /** The kebab-case id used in JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the law's caps are shown: where the sheet says covered, or it may be. */
    public boolean lawShown() {
        return this == COVERED || this == MAY_BE_COVERED;
    }
}
