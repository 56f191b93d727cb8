package dev.exoplan.io.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
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
    void bytesAlreadyInUtf8_followTheTextBeforeThem_andAFullDiskUnderThemIsRemembered() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StandardOutput out = new StandardOutput(bytes);
        out.print("料金,");
        out.writeUtf8("円\n".getBytes(StandardCharsets.UTF_8), 0, 4);
        out.print("end");
        assertTrue(out.failure().isEmpty());
        assertEquals("料金,円\nend", bytes.toString(StandardCharsets.UTF_8));

        StandardOutput full = new StandardOutput(failingAfter(3, "No space left on device"));
        full.writeUtf8("0123456789".getBytes(StandardCharsets.UTF_8), 0, 10);
        assertTrue(full.checkError(), "a PrintWriter's failure: kept, not thrown");
        assertEquals("No space left on device", full.failure().map(StandardOutput::reason).orElse("none"));
    }

    @Test
    void aClosedPipe_isNoFailure() {
        StandardOutput out = new StandardOutput(failingAfter(0, "Broken pipe"));
        out.print("row");
        assertTrue(out.checkError(), "the writer did fail");
        assertTrue(out.failure().isEmpty(), "but a reader that went away is not a failure to report");
    }

    @Test
    void aClosedPipe_inTheWordsThisProcessGetsForEpipe_isNoFailure() throws IOException {
        // What the system says for EPIPE here ("Datenübergabe unterbrochen (broken pipe)" under
        // LANGUAGE=de): a write to a pipe whose reader is closed. ClosedPipeTests runs the locales.
        Pipe pipe = Pipe.open();
        String epipe;
        try (Pipe.SinkChannel sink = pipe.sink()) {
            pipe.source().close();
            sink.write(ByteBuffer.wrap(new byte[] {'x'}));
            epipe = "no EPIPE";
        } catch (IOException e) {
            epipe = e.getMessage();
        }
        StandardOutput out = new StandardOutput(failingAfter(0, epipe));
        out.print("row");
        assertTrue(out.failure().isEmpty(), epipe);
    }

    @Test
    void aFailureThatMerelyMentionsAPipe_isStillAFailure() {
        StandardOutput out = new StandardOutput(failingAfter(0, "Broken pipe (but not EPIPE)"));
        out.print("row");
        assertEquals("Broken pipe (but not EPIPE)", out.failure().map(StandardOutput::reason).orElse("none"));
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
