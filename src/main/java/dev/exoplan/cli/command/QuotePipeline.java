package dev.exoplan.cli.command;

import dev.exoplan.core.cost.InvalidRequestException;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.quote.QuoteRequests;
import dev.exoplan.io.quote.RequestCells;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code quote --requests} on two cores: one thread reads and types the request rows, a second quotes
 * them, and the caller's thread writes them, in the file's order. Rows go from stage to stage in
 * {@link Batch batches} through bounded queues, so memory holds a few batches whatever the size of the
 * file; each stage is one thread, so the order never changes. The caller sees, batch after batch, each
 * request with its quote or its problem, exactly as one thread would have met them: a problem of
 * reading the file, or any exception a stage throws, comes after the rows before it
 * ({@link Batch#end()}), and nothing comes after it.
 *
 * <p>With {@code failFast} the reader stops after the first row it can tell is bad; a row the quoter
 * refuses is the caller's to stop at (the stages may have gone a few batches further by then, which
 * {@link #close()} throws away). Closing stops both stages and waits for them, but not for a read
 * from a pipe that never ends, whose thread is a daemon.
 */
final class QuotePipeline implements AutoCloseable {

    /** Requests per batch: enough that handing over costs nothing per row, few enough for a small heap. */
    static final int BATCH = 1024;
    /** Batches waiting between two stages. */
    private static final int WAITING = 4;

    /** Some requests in the file's order, each with its quote or its problem; perhaps the last batch. */
    static final class Batch {
        private final QuoteRequests.Entry[] entries;
        private final PlanRequest[] requests;
        private final Quote[] quotes;
        private final String[] problems;
        private final int[] columns;
        private int size;
        private boolean last;
        private Throwable failure;

        Batch(int capacity) {
            entries = new QuoteRequests.Entry[capacity];
            requests = new PlanRequest[capacity];
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
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
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
    private final BlockingQueue<Batch> read = new ArrayBlockingQueue<>(WAITING);
    private final BlockingQueue<Batch> quoted = new ArrayBlockingQueue<>(WAITING);
    private final Thread reader;
    private final Thread quoting;
    private volatile boolean stopped;
    /**
     * What ended a stage outside its rows (out of memory while it waited or handed a batch on): never
     * left to the thread's uncaught-exception handler, which would report it while this thread still
     * holds the table, but thrown here, where the command's thread unwinds.
     */
    private volatile Throwable died;
    private boolean done;

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
        QuotePipeline pipeline = new QuotePipeline(rows, cells, quoter, language, failFast, batch);
        pipeline.reader.start();
        pipeline.quoting.start();
        return pipeline;
    }

    private QuotePipeline(QuoteRequests rows, Function<QuoteRequests.Row, PlanRequest> cells, Quoter quoter,
            Language language, boolean failFast, int batch) {
        this.rows = rows;
        this.cells = cells;
        this.quoter = quoter;
        this.language = language;
        this.failFast = failFast;
        this.batch = batch;
        this.reader = new Thread(() -> guarded(this::read), "exoplan-quote-read");
        this.quoting = new Thread(() -> guarded(this::quote), "exoplan-quote");
        reader.setDaemon(true);
        quoting.setDaemon(true);
    }

    /**
     * The next batch, in the file's order, once it is quoted; null after the last one.
     *
     * @throws InterruptedException when the caller's thread is interrupted while it waits
     */
    Batch next() throws InterruptedException {
        if (done) {
            return null;
        }
        Batch next;
        while ((next = quoted.poll(100, TimeUnit.MILLISECONDS)) == null) {
            Throwable t = died;
            if (t instanceof Error e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (!quoting.isAlive() && quoted.isEmpty()) {
                // Every way out of the quoting stage hands a last batch on; this is a defence, not a path.
                throw new IllegalStateException("the quoting thread ended without its last batch");
            }
        }
        done = next.last;
        return next;
    }

    /** Stops both stages (a run that ends early) and waits for them; a read blocked on a pipe is left. */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        quoting.interrupt();
        reader.interrupt();
        quoting.join();
        reader.join(1000);
    }

    /** Runs a stage; whatever escapes it is kept for {@link #next()}, and the other stage stops waiting. */
    private void guarded(Runnable stage) {
        try {
            stage.run();
        } catch (Throwable t) {
            if (died == null) {
                died = t;
            }
        }
    }

    /** The reading stage: rows read, typed and handed on in batches. */
    private void read() {
        Batch current = new Batch(batch);
        try {
            while (!stopped && rows.hasNext()) {
                QuoteRequests.Entry entry = rows.next();
                int i = current.size; // counted once typed: a row whose typing throws is not handed out
                current.entries[i] = entry;
                if (entry instanceof QuoteRequests.BadRow bad) {
                    current.problems[i] = bad.message();
                    current.columns[i] = bad.column();
                } else {
                    try {
                        current.requests[i] = cells.apply((QuoteRequests.Row) entry);
                    } catch (RequestCells.BadCell e) {
                        current.problems[i] = e.getMessage();
                    }
                }
                current.size = i + 1;
                if (failFast && current.problems[i] != null) {
                    break;
                }
                if (current.full()) {
                    if (!hand(read, current)) {
                        return;
                    }
                    current = new Batch(batch);
                }
            }
            current.last = true;
        } catch (Throwable t) { // anything, out of memory too: the caller's thread reports it, after the rows before
            current.fail(t);
        }
        hand(read, current);
    }

    /** The quoting stage: each typed request quoted, or refused with the planner's message. */
    private void quote() {
        try {
            Batch current;
            do {
                current = read.poll(50, TimeUnit.MILLISECONDS);
                if (current == null) {
                    if (died != null) {
                        return; // the reader ended without its last batch; next() says why
                    }
                    continue;
                }
                try {
                    for (int i = 0; i < current.size; i++) {
                        if (current.requests[i] == null) {
                            continue;
                        }
                        try {
                            current.quotes[i] = quoter.quote(current.requests[i]);
                        } catch (InvalidRequestException e) {
                            current.problems[i] = e.message(language);
                        }
                        current.requests[i] = null;
                    }
                } catch (Throwable t) { // as the reader: after the rows quoted so far, and nothing after them
                    current.size = firstUnquoted(current);
                    current.fail(t);
                }
                if (!hand(quoted, current)) {
                    return;
                }
            } while ((current == null || !current.last) && !stopped);
        } catch (InterruptedException e) {
            // stopped by close()
        }
    }

    /** The place of the first request in {@code b} neither quoted nor refused: where a failure cut it. */
    private static int firstUnquoted(Batch b) {
        int i = 0;
        while (i < b.size && (b.quotes[i] != null || b.problems[i] != null)) {
            i++;
        }
        return i;
    }

    /** Hands {@code b} to the next stage; false when the pipeline was stopped meanwhile. */
    private boolean hand(BlockingQueue<Batch> queue, Batch b) {
        try {
            while (!stopped) {
                if (queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            // stopped by close()
        }
        return false;
    }
}
