package dev.exoplan.core.sheet;

import static dev.exoplan.core.Fixtures.yen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoursePackageTests {

    private static CoursePackage pack(int sessions, OptionalInt validMonths) {
        return new CoursePackage(Optional.empty(), "iv", Optional.empty(), sessions, yen(300_000), validMonths);
    }

    @ParameterizedTest(name = "{0} sessions")
    @ValueSource(ints = {1, 100})
    void aPackageOfOneToAHundredSessions_isAccepted(int sessions) {
        assertEquals(sessions, pack(sessions, OptionalInt.empty()).sessions());
    }

    @ParameterizedTest(name = "{0} sessions")
    @ValueSource(ints = {0, 101})
    void aPackageOfNoneOrMoreThanAHundredSessions_isRefused(int sessions) {
        assertThrows(IllegalArgumentException.class, () -> pack(sessions, OptionalInt.empty()));
    }

    @ParameterizedTest(name = "valid {0} months")
    @ValueSource(ints = {1, 120})
    void aValidityOfOneToAHundredAndTwentyMonths_isAccepted(int months) {
        assertEquals(OptionalInt.of(months), pack(5, OptionalInt.of(months)).validMonths());
    }

    @ParameterizedTest(name = "valid {0} months")
    @ValueSource(ints = {0, 121})
    void aValidityOfNoneOrMoreThanAHundredAndTwentyMonths_isRefused(int months) {
        assertThrows(IllegalArgumentException.class, () -> pack(5, OptionalInt.of(months)));
    }
}
