package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

/** Which failures are out of memory: the error itself or any of its causes (issue 23). */
class OutOfMemoryTests {

    @Test
    void ofMemory_theErrorItself_isMemory() {
        assertTrue(OutOfMemory.ofMemory(new OutOfMemoryError("Java heap space")));
    }

    @Test
    void ofMemory_aProviderThatCouldNotBeMadeForWantOfMemory_isMemory() {
        // What Moneta's ServiceLoader threw on the start-up thread at -Xmx4m.
        assertTrue(OutOfMemory.ofMemory(new ServiceConfigurationError("Provider could not be instantiated",
                new IllegalStateException(new OutOfMemoryError("Java heap space")))));
    }

    @Test
    void ofMemory_anyOtherFailure_isNot() {
        assertFalse(OutOfMemory.ofMemory(new IllegalStateException("boom")));
        assertFalse(OutOfMemory.ofMemory(new ServiceConfigurationError("bad provider")));
    }

    @Test
    void ofMemory_aCycleOfCauses_ends() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalStateException b = new IllegalStateException("b", a);
        a.initCause(b);
        assertFalse(OutOfMemory.ofMemory(a));
    }
}
