package dev.exoplan.core.check;

import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.text.ClosestMatch;
import dev.exoplan.core.text.Message;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rules of meaning a price sheet must keep to be used, beyond what its JSON Schema can say: ranges
 * in order, ids unique, methods defined before they are named, packages that match their clinic's
 * prices, and totals that fit in exact arithmetic. Each is an error; the decoder asks them as it
 * meets the values, so that a finding stands where the value does. Pure: findings carry JSON
 * pointers, and the caller places them in the file. (The article's warnings are {@link SheetChecks}.)
 *
 * <p>Each rule is given the place of its value as a {@code Supplier} of the JSON pointer, asked only when
 * the rule is broken: a chain's sheet asks these rules hundreds of thousands of times, and keeps nearly
 * all of them, so that no pointer's text is made for a value that is right.
 */
public final class SheetRules {

    private SheetRules() {
    }

    /**
     * A range at {@code at}: min no more than max, and typical between them when the sheet wrote one
     * ({@code typicalWritten}; a midpoint exoplan computed needs no check).
     */
    public static <T extends Comparable<? super T>> Optional<Finding> ordered(Supplier<String> at, T min, T typical,
            T max, boolean typicalWritten, Function<T, String> show) {
        if (min.compareTo(max) > 0) {
            return error("E-ORDER", at.get() + "/min", Message.of("decode.order.minMax", show.apply(min), show.apply(max)),
                    Message.of("decode.order.minMax.fix"));
        }
        if (typicalWritten && (typical.compareTo(min) < 0 || typical.compareTo(max) > 0)) {
            return error("E-ORDER", at.get() + "/typical", Message.of("decode.order.typical", show.apply(typical),
                    show.apply(min), show.apply(max)), Message.of("decode.order.typical.fix"));
        }
        return Optional.empty();
    }

    /** A cancellation fee's rate, at {@code at}: a share of the amount not yet used, from 0 to 1. */
    public static Optional<Finding> cancellationRate(Supplier<String> at, BigDecimal rate) {
        return rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0
                ? error("E-RANGE", at.get(), Message.of("decode.cancellationRate", rate.toPlainString()),
                        Message.of("decode.cancellationRate.fix"))
                : Optional.empty();
    }

    /** A clinic's id, at {@code at}, that an earlier clinic of the sheet has already ({@code earlier}). */
    public static Optional<Finding> uniqueClinic(Supplier<String> at, String id, Set<String> earlier) {
        return earlier.contains(id)
                ? error("E-DUPLICATE-ID", at.get(), Message.of("decode.duplicateClinic", abbreviate(id)),
                        Message.of("decode.duplicateClinic.fix"))
                : Optional.empty();
    }

    /** A variant's id that an earlier variant of the same method's price has already. */
    public static Optional<Finding> uniqueVariant(Supplier<String> at, String method, String id,
            Collection<String> earlier) {
        return earlier.contains(id)
                ? error("E-DUPLICATE-ID", at.get(), Message.of("decode.duplicateVariant", abbreviate(id), method),
                        Message.of("decode.duplicateVariant.fix"))
                : Optional.empty();
    }

    /** A fee's id that an earlier fee of the same clinic has already. */
    public static Optional<Finding> uniqueFee(Supplier<String> at, String id, Set<String> earlier) {
        return earlier.contains(id)
                ? error("E-DUPLICATE-ID", at.get(), Message.of("decode.duplicateFee", id), Message.of("decode.duplicateFee.fix"))
                : Optional.empty();
    }

    /** A credit plan's id that an earlier plan of the same clinic has already. */
    public static Optional<Finding> uniqueFinancing(Supplier<String> at, String id, Set<String> earlier) {
        return earlier.contains(id)
                ? error("E-DUPLICATE-ID", at.get(), Message.of("decode.duplicateFinancing", id),
                        Message.of("decode.duplicateFinancing.fix"))
                : Optional.empty();
    }

    /** A method named at {@code at} (by a goal, a price, a fee or a package) that {@code /methods} must define. */
    public static Optional<Finding> methodDefined(Supplier<String> at, String methodId, Set<String> defined) {
        if (defined.contains(methodId)) {
            return Optional.empty();
        }
        Object hint = ClosestMatch.among(methodId, defined).<Object>map(m -> Message.of("decode.unknownMethod.closest", m))
                .orElse("");
        Object listed = defined.isEmpty() ? "" : Message.of("decode.unknownMethod.defined", String.join(", ", defined));
        return error("E-UNKNOWN-METHOD", at.get(), Message.of("decode.unknownMethod", abbreviate(methodId)),
                Message.of("decode.unknownMethod.fix", abbreviate(methodId), hint, listed));
    }

    /** A package's method, which its clinic must price ({@code priced}: every method key of its prices). */
    public static Optional<Finding> packageMethod(Supplier<String> at, String method, Set<String> priced) {
        if (priced.contains(method)) {
            return Optional.empty();
        }
        String listed = String.join(", ", priced);
        return error("E-PACKAGE-METHOD", at.get(), Message.of("decode.packageMethod", abbreviate(method)), listed.isEmpty()
                ? Message.of("decode.packageMethod.fix", abbreviate(method))
                : Message.of("decode.packageMethod.priced.fix", abbreviate(method), listed));
    }

    /**
     * A package's variant (at {@code at}, in the package at {@code packageAt}): named exactly when its
     * method is priced by variant ({@code variantIds} present), and then one of them.
     */
    public static Optional<Finding> packageVariant(Supplier<String> at, Supplier<String> packageAt, String method,
            Optional<String> variant, Optional<List<String>> variantIds) {
        if (variantIds.isEmpty()) {
            return variant.flatMap(v -> error("E-PACKAGE-VARIANT", at.get(),
                    Message.of("decode.packageVariant.byRange", method, abbreviate(v)),
                    Message.of("decode.packageVariant.byRange.fix", method)));
        }
        List<String> ids = variantIds.get();
        if (variant.isEmpty()) {
            return error("E-PACKAGE-VARIANT", packageAt.get() + "/variant", Message.of("decode.packageVariant.missing", method),
                    Message.of("decode.packageVariant.missing.fix", String.join(", ", ids)));
        }
        String v = variant.get();
        if (ids.contains(v)) {
            return Optional.empty();
        }
        String listed = String.join(", ", ids);
        return error("E-PACKAGE-VARIANT", at.get(), Message.of("decode.packageVariant.unknown", method, abbreviate(v)),
                ClosestMatch.among(v, ids)
                        .map(m -> Message.of("decode.packageVariant.unknown.closest.fix", method, listed, m))
                        .orElseGet(() -> Message.of("decode.packageVariant.unknown.fix", method, listed)));
    }

    /** A whole clinic at {@code at}: the dearest course it can be asked for fits in exact minor units. */
    public static Optional<Finding> totalsFit(Supplier<String> at, Clinic clinic, javax.money.CurrencyUnit currency) {
        return Quoter.totalsFit(clinic, currency)
                ? Optional.empty()
                : error("E-RANGE", at.get(), Message.of("decode.clinicTooDear", abbreviate(clinic.id()),
                        String.valueOf(Long.MAX_VALUE)), Message.of("decode.clinicTooDear.fix"));
    }

    /** A value from the sheet quoted in a message: at most 40 characters, so a huge one stays one short line. */
    public static String abbreviate(String text) {
        if (text.length() <= 40) {
            return text;
        }
        // Never through a surrogate pair: half an emoji would show as U+FFFD.
        int cut = Character.isHighSurrogate(text.charAt(36)) ? 36 : 37;
        return text.substring(0, cut) + "...";
    }

    private static Optional<Finding> error(String code, String pointer, Message message, Message fix) {
        return Optional.of(Finding.error(code, pointer, message, fix));
    }
}
