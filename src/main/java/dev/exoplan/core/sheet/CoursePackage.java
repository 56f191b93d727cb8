package dev.exoplan.core.sheet;

import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.core.text.Message;
import dev.exoplan.core.text.Wording;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;

/**
 * A package of sessions sold at one price (kaisuuken, a course): {@code sessions} sessions of one method (and
 * variant, when the method is priced by variant), paid in full when it is first used, each session
 * to be used within {@code validMonths} of that first use (no expiry when absent).
 *
 * @param label        the clinic's name for it, when the sheet gives one
 * @param variant      the variant it is for; present exactly when the method is priced by variant
 * @param covered      whether the sheet states that its course contract is covered by the law's rules for
 *                     course contracts (tokutei keizokuteki ekimu teikyou); empty: not stated
 * @param cancellation the clinic's cancellation policy for this package, when the sheet states one here
 */
public record CoursePackage(
        Optional<LocalizedText> label,
        String method,
        Optional<String> variant,
        int sessions,
        MonetaryAmount price,
        OptionalInt validMonths,
        Optional<Boolean> covered,
        Optional<CancellationPolicy> cancellation) {

    /** The most sessions one package may hold. */
    public static final int MAX_SESSIONS = 100;
    /** The longest validity a package may state, in months (the longest horizon a plan has). */
    public static final int MAX_VALID_MONTHS = 120;

    public CoursePackage {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(validMonths, "validMonths");
        Objects.requireNonNull(covered, "covered");
        Objects.requireNonNull(cancellation, "cancellation");
        if (sessions < 1 || sessions > MAX_SESSIONS) {
            throw new IllegalArgumentException("a package holds 1 to " + MAX_SESSIONS + " sessions: " + sessions);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("a package price is not negative");
        }
        if (validMonths.isPresent() && (validMonths.getAsInt() < 1 || validMonths.getAsInt() > MAX_VALID_MONTHS)) {
            throw new IllegalArgumentException("validMonths is 1 to " + MAX_VALID_MONTHS + ": " + validMonths);
        }
    }

    /** A package whose sheet says nothing of coverage or cancellation. */
    public CoursePackage(Optional<LocalizedText> label, String method, Optional<String> variant, int sessions,
            MonetaryAmount price, OptionalInt validMonths) {
        this(label, method, variant, sessions, price, validMonths, Optional.empty(), Optional.empty());
    }

    /** Whether this package is what a session of {@code methodId} (of {@code variantId}, if any) may use. */
    public boolean covers(String methodId, Optional<String> variantId) {
        return method.equals(methodId) && variant.equals(variantId);
    }

    /** The clinic's label (the sheet's text), or exoplan's "5-session package" when it gives none. */
    public Wording name() {
        if (label.isPresent()) {
            return label.get();
        }
        // the count as plain digits, as exoplan has always written it
        return Message.of("package.defaultName", String.valueOf(sessions));
    }
}
