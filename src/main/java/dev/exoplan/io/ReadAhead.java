package dev.exoplan.io;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Items made on a second thread, a batch ahead of the thread that uses them, in their order: for a
 * long run of rows, reading and parsing on one core while the other computes and writes. Memory is
 * bounded (a few batches). What the maker throws reaches the user at the place it was thrown, after
 * every item made before it, exactly as if the items had been made on the using thread.
 *
 * @param <T> the item
 */
public final class ReadAhead<T> implements Iterator<T>, Closeable {

    /** Makes the next item, or returns null at the end. Called on the reading thread only. */
    @FunctionalInterface
    public interface Maker<T> {
        T next();
    }

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;
    private static final long PATIENCE_MILLIS = 1000;

    /** A batch: its items, and what ended the making after them (null when more may follow). */
    private record Batch<T>(List<T> items, Ending ending) {
    }

    /** The end of the items: the natural end, or what the maker threw. */
    private record Ending(Throwable thrown) {
    }

    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private List<T> current = List.of();
    private int position;
    private Ending ending;

    private ReadAhead(Maker<T> maker, String name) {
        thread = new Thread(() -> make(maker), name);
        thread.setDaemon(true); // never keeps the program alive
    }

    /** Starts making items on a new thread. */
    public static <T> ReadAhead<T> start(Maker<T> maker, String name) {
        ReadAhead<T> ahead = new ReadAhead<>(maker, name);
        ahead.thread.start();
        return ahead;
    }

    private void make(Maker<T> maker) {
        try {
            while (true) {
                List<T> items = new ArrayList<>(BATCH);
                Ending end = null;
                try {
                    while (items.size() < BATCH && !Thread.currentThread().isInterrupted()) {
                        T item = maker.next();
                        if (item == null) {
                            end = new Ending(null);
                            break;
                        }
                        items.add(item);
                    }
                } catch (RuntimeException | Error e) {
                    end = new Ending(e);
                }
                queue.put(new Batch<>(items, end));
                if (end != null) {
                    return;
                }
            }
        } catch (InterruptedException stopped) {
            // close(): the user needs no more items.
        }
    }

    @Override
    public boolean hasNext() {
        while (position == current.size()) {
            if (ending != null) {
                if (ending.thrown() instanceof RuntimeException e) {
                    throw e;
                }
                if (ending.thrown() instanceof Error e) {
                    throw e;
                }
                return false;
            }
            Batch<T> batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the next item", e);
            }
            current = batch.items();
            position = 0;
            ending = batch.ending();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.get(position++);
    }

    /**
     * Stops the making and waits for the thread to end, so that the caller may then close what the
     * maker reads from. A file's read stops at once (its channel is interruptible); a read from a
     * pipe or terminal that blocks is waited for at most {@link #PATIENCE_MILLIS}, after which the
     * thread, a daemon, is left to end with the program.
     */
    @Override
    public void close() {
        thread.interrupt();
        queue.clear();
        try {
            thread.join(PATIENCE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
