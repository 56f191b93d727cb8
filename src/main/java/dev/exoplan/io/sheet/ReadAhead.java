package dev.exoplan.io.sheet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The rest of an array's values read on a second thread while the caller's thread uses them, in
 * order: a chain's sheet is parsed into trees on one core while the clinics are decoded and checked
 * on the other. At most {@link #QUEUE} values wait read and unused, so memory stays bounded. What
 * reading throws reaches the caller where it happened: after every value read before it.
 */
final class ReadAhead {

    /** A sheet reads this many clinics on its own thread before it reads the rest ahead; a small one never does. */
    static final int AFTER = 256;
    static final int QUEUE = 64;

    /** Reads one value, number {@code index}, at the parser's current token. */
    @FunctionalInterface
    interface Read<T> {
        T read(int index) throws IOException;
    }

    /** The end of the array: how many values it had. */
    private record End(int count) {
    }

    /** What reading threw. */
    private record Failed(Throwable thrown) {
    }

    private ReadAhead() {
    }

    /**
     * Reads the values from the parser's current token (value number {@code from}) to the end of the
     * array, on a second thread, and hands each to {@code use} on this one, in order.
     *
     * @return the number of values the array had; the parser stands at its end
     */
    static <T> int rest(JsonParser parser, int from, Read<T> read, Consumer<? super T> use) throws IOException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        Thread reader = new Thread(() -> {
            Object last;
            try {
                int index = from;
                do {
                    queue.put(read.read(index++));
                } while (parser.nextToken() != JsonToken.END_ARRAY);
                last = new End(index);
            } catch (InterruptedException e) {
                return; // the caller stopped taking
            } catch (Throwable e) { // handed over as it was, to be thrown where the reading stood
                last = new Failed(e);
            }
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                // the caller stopped taking
            }
        }, "exoplan-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = take(queue);
                if (next instanceof End end) {
                    return end.count();
                }
                if (next instanceof Failed failed) {
                    throw rethrow(failed.thrown());
                }
                @SuppressWarnings("unchecked")
                T value = (T) next;
                use.accept(value);
            }
        } finally {
            reader.interrupt();
        }
    }

    private static Object take(BlockingQueue<Object> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading a sheet");
        }
    }

    private static IOException rethrow(Throwable thrown) {
        if (thrown instanceof IOException io) {
            return io;
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(thrown);
    }
}
