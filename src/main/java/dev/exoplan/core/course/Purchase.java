package dev.exoplan.core.course;

import dev.exoplan.core.sheet.CoursePackage;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One thing a patient buys over a course: a single session, the first session at the first-visit
 * price, or a package paid in full at the visit it is first used.
 *
 * @param first  the 0-based index of the first visit it pays for
 * @param visits how many consecutive visits it pays for, from {@code first} (1 unless a package)
 * @param price  what it costs at the sheet's prices (tax included or excluded as the sheet states)
 */
public record Purchase(Kind kind, Optional<CoursePackage> pack, MonetaryAmount price, int first, int visits) {

    /** What was bought. */
    public enum Kind {
        SINGLE, FIRST_VISIT, PACKAGE
    }

    public Purchase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(price, "price");
        if (pack.isPresent() != (kind == Kind.PACKAGE)) {
            throw new IllegalArgumentException("a package purchase, and only one, names its package");
        }
        if (first < 0 || visits < 1 || kind != Kind.PACKAGE && visits != 1
                || pack.isPresent() && visits > pack.get().sessions()) {
            throw new IllegalArgumentException("a purchase covers 1 visit, or a package up to its sessions");
        }
    }

    /** Sessions of a package left unused (they expire, or the period ends); 0 for anything else. */
    public int unused() {
        return pack.map(p -> p.sessions() - visits).orElse(0);
    }

    /** The 0-based index of the last visit it pays for. */
    public int last() {
        return first + visits - 1;
    }
}
