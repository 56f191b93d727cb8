package dev.exoplan.core.course;

import java.util.Locale;
import java.util.Objects;

/**
 * What stopping a course after {@code sessionsUsed} of its sessions costs and returns, in minor units:
 * {@code consumed + fee + refund} is the price, and none is negative.
 *
 * @param consumed the value of the sessions received
 * @param fee      the cancellation fee
 * @param refund   what the patient gets back
 * @param basis    whose terms these figures follow
 */
public record Stop(int sessionsUsed, long consumed, long fee, long refund, Basis basis) {

    /** Whose terms a figure follows. */
    public enum Basis {
        /** The caps of the law (the least a patient is owed when the contract is covered). */
        LAW,
        /** The clinic's own policy, as its sheet states it. */
        CLINIC;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Stop {
        Objects.requireNonNull(basis, "basis");
        if (sessionsUsed < 0 || consumed < 0 || fee < 0 || refund < 0) {
            throw new IllegalArgumentException("stopping costs and returns no negative amount");
        }
    }

    /** The price these figures divide: consumed + fee + refund. */
    public long price() {
        return Math.addExact(Math.addExact(consumed, fee), refund);
    }
}
