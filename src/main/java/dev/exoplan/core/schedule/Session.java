package dev.exoplan.core.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated session.
 *
 * @param number     1-based position in the whole schedule
 * @param phase      initial or maintenance
 * @param inPhase    1-based position within its phase
 */
public record Session(int number, LocalDate date, Phase phase, int inPhase) {

    public Session {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(phase, "phase");
        if (number < 1 || inPhase < 1) {
            throw new IllegalArgumentException("session numbers start at 1");
        }
    }
}
