package dev.exoplan.cli.command;

import dev.exoplan.cli.Environment;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long runs, shown only when standard error is a terminal —
 * never in pipes, files or CI, where it would be noise in a log.
 */
final class Progress implements AutoCloseable {

    private static final Progress NONE = new Progress(null);

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param rows how many rows to expect, when a request file says (counted only when the bar is
     *             shown, so a pipe or CI never pays for it)
     */
    static Progress of(Environment environment, String task, LongSupplier rows) {
        if (!environment.errorTerminal()) {
            return NONE;
        }
        long max = rows.getAsLong();
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        return new Progress(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" rows", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build());
    }

    /** The data lines of a CSV or JSON Lines file (its line count, less a CSV header), or -1 if unknown. */
    static long dataLines(Path file) {
        if (!Files.isRegularFile(file)) {
            return -1; // a pipe or a device (/dev/zero) may never end, and a pipe read here is gone for quoting
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            int first = -1;
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (first < 0) {
                    first = buffer[0];
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            return first == '{' ? lines : Math.max(0, lines - 1);
        } catch (IOException e) {
            return -1;
        }
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
