package dev.exoplan.core.course;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the packages of one scenario risk: each package's terms, in purchase order, and the most
 * prepaid and not yet used at any time.
 */
public record Prepayment(List<PackageRisk> packages, PrepaidAtRisk atRisk) {

    public Prepayment {
        packages = List.copyOf(packages);
        Objects.requireNonNull(atRisk, "atRisk");
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("a prepayment buys a package");
        }
    }

    /** The package bought as purchase {@code index} of the scenario, if it is one. */
    public Optional<PackageRisk> forPurchase(int index) {
        return packages.stream().filter(p -> p.purchase() == index).findFirst();
    }
}
