package dev.exoplan.core.sheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * What one session of a method costs at a clinic in one scenario: the regular price of a single
 * session, the first-visit price that replaces it for a first session bought on its own, and the
 * packages that may be bought instead.
 *
 * @param variant the variant priced, for a method priced by variant
 */
public record SessionPrice(Optional<Variant> variant, MonetaryAmount regular, Optional<MonetaryAmount> firstVisit,
        List<CoursePackage> packages) {

    public SessionPrice {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(firstVisit, "firstVisit");
        packages = List.copyOf(packages);
    }

    /** True when every session simply costs {@link #regular}: no first-visit price and no package. */
    public boolean isFlat() {
        return firstVisit.isEmpty() && packages.isEmpty();
    }
}
