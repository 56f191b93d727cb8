package dev.exoplan.io.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandardOutputTests {

    /** A stream that takes {@code room} bytes, then fails as the system words {@code reason}. */
    private static OutputStream failingAfter(int room, String reason) {
        return new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > room) {
                    throw new IOException(reason);
                }
            }
        };
    }

    @Test
    void aWriteThatSucceeds_hasNoFailureAndIsUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StandardOutput out = new StandardOutput(bytes);
        out.print("料金");
        assertTrue(out.failure().isEmpty());
        assertEquals("料金", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFullDisk_isRememberedWithTheSystemsReason() {
        StandardOutput out = new StandardOutput(failingAfter(3, "No space left on device"));
        out.print("0123456789");
        assertEquals("No space left on device", out.failure().map(StandardOutput::reason).orElse("none"));
    }

    @Test
    void aClosedPipe_isNoFailure() {
        StandardOutput out = new StandardOutput(failingAfter(0, "Broken pipe"));
        out.print("row");
        assertTrue(out.checkError(), "the writer did fail");
        assertTrue(out.failure().isEmpty(), "but a reader that went away is not a failure to report");
    }

    @Test
    void theFirstFailure_isTheOneTold() {
        OutputStream stream = new OutputStream() {
            private int calls;

            @Override
            public void write(int b) throws IOException {
                throw new IOException(++calls == 1 ? "Input/output error" : "Broken pipe");
            }
        };
        StandardOutput out = new StandardOutput(stream);
        out.print("a");
        out.flush();
        out.print("b");
        assertEquals("Input/output error", out.failure().map(StandardOutput::reason).orElse("none"));
    }
}
