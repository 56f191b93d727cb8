package dev.exoplan.cli.command;

import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.quote.QuoteRequests;
import dev.exoplan.io.quote.RequestCells;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code quote --requests} on two cores: one thread reads the request rows, a second types and quotes
 * them (typing a row's cells is light: it goes with the quoting, as Jackson's parsing keeps the reader
 * the busier), and the caller's thread writes them, in the file's order. Rows go from stage to stage in
 * {@link Batch batches} through bounded hand-offs, so memory holds a few batches whatever the size of the
 * file; each stage is one thread, so the order never changes. The caller sees, batch after batch, each
 * request with its quote or its problem, exactly as one thread would have met them: a problem of
 * reading the file, or any exception a stage throws, comes after the rows before it
 * ({@link Batch#end()}), and nothing comes after it.
 *
 * <p>With {@code failFast} the reader stops after the first row it can tell is bad (one that is not a
 * row of the format); a row whose cells or request the quoter refuses is the caller's to stop at (the stages may have gone a few batches further by then, which
 * {@link #close()} throws away). Closing stops both stages and waits for them, but not for a read
 * from a pipe that never ends, whose thread is a daemon. A stage that dies anywhere, of anything (out
 * of memory included), ends the run: what it died of reaches the caller's thread through the hand-off,
 * which wakes on it, so the caller neither polls nor waits for a thread that is gone.
 */
final class QuotePipeline implements AutoCloseable {

    /** Requests per batch: enough that handing over costs nothing per row, few enough for a small heap. */
    static final int BATCH = 1024;
    /** Batches waiting between two stages. */
    private static final int WAITING = 4;

    /** Some requests in the file's order, each with its quote or its problem; perhaps the last batch. */
    static final class Batch {
        private final QuoteRequests.Entry[] entries;
        private final Quote[] quotes;
        private final String[] problems;
        private final int[] columns;
        private int size;
        private boolean last;
        private Throwable failure;

        Batch(int capacity) {
            entries = new QuoteRequests.Entry[capacity];
            quotes = new Quote[capacity];
            problems = new String[capacity];
            columns = new int[capacity];
        }

        int size() {
            return size;
        }

        QuoteRequests.Entry entry(int i) {
            return entries[i];
        }

        /** The row's quote, or null when it has a {@link #problem}. */
        Quote quote(int i) {
            return quotes[i];
        }

        /** Why the row could not be quoted, for people; null when it has a quote. */
        String problem(int i) {
            return problems[i];
        }

        /** The column at fault, or 0. */
        int column(int i) {
            return columns[i];
        }

        /** Nothing comes after this batch. */
        boolean last() {
            return last;
        }

        /**
         * After the batch's rows: throws what ended the reading or quoting there (a {@link
         * QuoteRequests.FileError}, or whatever a stage threw), if anything did.
         */
        void end() {
            if (failure != null) {
                rethrow(failure);
            }
        }

        private boolean full() {
            return size == entries.length;
        }

        private void fail(Throwable t) {
            failure = t;
            last = true;
        }
    }

    private final QuoteRequests rows;
    private final Function<QuoteRequests.Row, PlanRequest> cells;
    private final Quoter quoter;
    private final Language language;
    private final boolean failFast;
    private final int batch;
    private final Handoff read = new Handoff(WAITING);
    private final Handoff quoted = new Handoff(WAITING);
    private final Thread reader;
    private final Thread quoting;
    private volatile boolean stopped;
    private boolean done;

    /**
     * Tests only: called with a stage's thread name as the stage begins, outside its rows, where it may
     * throw what a stage can die of there (out of memory while it waits or hands a batch on). Null in a
     * real run; a child JVM's test program sets it before it calls {@code Main}.
     */
    static volatile Consumer<String> stageBegins;

    /**
     * Starts the two stages.
     *
     * @param cells    types a row's cells; throws {@link RequestCells.BadCell} for a row that cannot be typed
     * @param quoter   used by the quoting thread alone
     * @param language the language of the quoter's refusals
     * @param batch    requests per batch ({@link #BATCH}; tests use fewer)
     */
    static QuotePipeline start(QuoteRequests rows, Function<QuoteRequests.Row, PlanRequest> cells, Quoter quoter,
            Language language, boolean failFast, int batch) {
        return start(rows, cells, quoter, language, failFast, batch, stageBegins);
    }

    /** {@link #start(QuoteRequests, Function, Quoter, Language, boolean, int)} with a hook as {@link #stageBegins}. */
    static QuotePipeline start(QuoteRequests rows, Function<QuoteRequests.Row, PlanRequest> cells, Quoter quoter,
            Language language, boolean failFast, int batch, Consumer<String> begins) {
        QuotePipeline pipeline = new QuotePipeline(rows, cells, quoter, language, failFast, batch, begins);
        pipeline.reader.start();
        pipeline.quoting.start();
        return pipeline;
    }

    private QuotePipeline(QuoteRequests rows, Function<QuoteRequests.Row, PlanRequest> cells, Quoter quoter,
            Language language, boolean failFast, int batch, Consumer<String> begins) {
        this.rows = rows;
        this.cells = cells;
        this.quoter = quoter;
        this.language = language;
        this.failFast = failFast;
        this.batch = batch;
        this.reader = new Thread(() -> stage(this::read, read, begins), "exoplan-quote-read");
        this.quoting = new Thread(() -> stage(this::quote, quoted, begins), "exoplan-quote");
        reader.setDaemon(true);
        quoting.setDaemon(true);
    }

    /**
     * The next batch, in the file's order, once it is quoted; null after the last one. When a stage died
     * outside its rows (out of memory while it waited or handed a batch on), what it died of is thrown
     * here, after the batches it handed on, as soon as it happens: the caller waits on the hand-off, which
     * a stage's death wakes, and never polls.
     *
     * @throws InterruptedException when the caller's thread is interrupted while it waits
     */
    Batch next() throws InterruptedException {
        if (done) {
            return null;
        }
        Batch next = quoted.take();
        done = next == null || next.last;
        return next;
    }

    /** Stops both stages (a run that ends early) and waits for them; a read blocked on a pipe is left. */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        read.close();
        quoted.close();
        quoting.interrupt();
        reader.interrupt();
        quoting.join();
        reader.join(1000);
    }

    /** What a stage does; interrupted only by {@link #close()}. */
    private interface Stage {
        void run() throws InterruptedException;
    }

    /**
     * Runs a stage on its thread. Whatever ends it outside its rows, out of memory included, is handed to
     * the next stage as a failure, and however it ends the next stage learns that it has, so that no
     * thread ever waits for a stage that is gone: never left to the thread's uncaught-exception handler.
     */
    private static void stage(Stage stage, Handoff out, Consumer<String> begins) {
        try {
            if (begins != null) {
                begins.accept(Thread.currentThread().getName());
            }
            stage.run();
        } catch (InterruptedException e) {
            // stopped by close()
        } catch (Throwable t) {
            out.fail(t);
        } finally {
            out.end();
        }
    }

    /** The reading stage: rows read and handed on in batches. */
    private void read() throws InterruptedException {
        Batch current = new Batch(batch);
        try {
            while (!stopped && rows.hasNext()) {
                QuoteRequests.Entry entry = rows.next();
                int i = current.size; // counted once typed: a row whose typing throws is not handed out
                current.entries[i] = entry;
                if (entry instanceof QuoteRequests.BadRow bad) {
                    current.problems[i] = bad.message();
                    current.columns[i] = bad.column();
                }
                current.size = i + 1;
                if (failFast && current.problems[i] != null) {
                    break;
                }
                if (current.full()) {
                    if (!read.put(current)) {
                        return;
                    }
                    current = new Batch(batch);
                }
            }
            current.last = true;
        } catch (InterruptedException e) {
            throw e;
        } catch (Throwable t) { // anything, out of memory too: the caller's thread reports it, after the rows before
            current.fail(t);
        }
        read.put(current);
    }

    /**
     * The quoting stage: each row typed ({@code cells}) and quoted, or refused with the message of the
     * cell or of the planner.
     */
    private void quote() throws InterruptedException {
        Batch current;
        do {
            current = read.take(); // throws what ended the reader outside its rows
            if (current == null) {
                return; // closed
            }
            try {
                for (int i = 0; i < current.size; i++) {
                    if (!(current.entries[i] instanceof QuoteRequests.Row row)) {
                        continue;
                    }
                    try {
                        current.quotes[i] = quoter.quote(cells.apply(row));
                    } catch (RequestCells.BadCell e) {
                        current.problems[i] = e.getMessage();
                    } catch (InvalidRequestException e) {
                        current.problems[i] = e.message(language);
                    }
                }
            } catch (Throwable t) { // as the reader: after the rows quoted so far, and nothing after them
                current.size = firstUnquoted(current);
                current.fail(t);
            }
            if (!quoted.put(current)) {
                return;
            }
        } while (!current.last && !stopped);
    }

    /** The place of the first request in {@code b} neither quoted nor refused: where a failure cut it. */
    private static int firstUnquoted(Batch b) {
        int i = 0;
        while (i < b.size && (b.quotes[i] != null || b.problems[i] != null)) {
            i++;
        }
        return i;
    }

    /** Throws {@code t} as it is: an Error or a RuntimeException (a stage throws nothing else). */
    private static void rethrow(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    /**
     * Batches handed from one thread to the next, at most a few waiting, on this object's own monitor:
     * waiting and handing on allocate nothing (a blocking queue's timed offer and poll allocate a node,
     * which can itself fail when the heap is full, and their polling loops could miss a stage's end).
     * A taker wakes for a batch, for the giver's failure or end, or for {@link #close()}.
     */
    private static final class Handoff {
        private final Batch[] ring;
        private int head;
        private int count;
        private Throwable failure;
        private boolean ended;
        private boolean closed;

        Handoff(int capacity) {
            ring = new Batch[capacity];
        }

        /** Hands {@code b} on once there is room; false when the pipeline was closed meanwhile. */
        synchronized boolean put(Batch b) throws InterruptedException {
            while (count == ring.length && !closed) {
                wait();
            }
            if (closed) {
                return false;
            }
            ring[(head + count) % ring.length] = b;
            count++;
            notifyAll();
            return true;
        }

        /**
         * The next batch, once there is one; null when the pipeline was closed. After the batches handed
         * on before it, throws what ended the giving stage; a stage that ended without its last batch and
         * without a failure is a defence, not a path.
         */
        synchronized Batch take() throws InterruptedException {
            while (count == 0 && failure == null && !ended && !closed) {
                wait();
            }
            if (count > 0) {
                Batch b = ring[head];
                ring[head] = null;
                head = (head + 1) % ring.length;
                count--;
                notifyAll();
                return b;
            }
            if (failure != null) {
                rethrow(failure);
            }
            if (closed) {
                return null;
            }
            throw new IllegalStateException("a quoting stage ended without its last batch");
        }

        /** The giving stage died of {@code t}: the taker throws it after the batches before it. */
        synchronized void fail(Throwable t) {
            if (failure == null) {
                failure = t;
            }
            notifyAll();
        }

        /** The giving stage's thread is over, however it ended. */
        synchronized void end() {
            ended = true;
            notifyAll();
        }

        /** Neither side waits any more. */
        synchronized void close() {
            closed = true;
            notifyAll();
        }
    }
}
