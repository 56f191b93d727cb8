package dev.exoplan.io.sheet;

import dev.exoplan.core.check.Finding;
import dev.exoplan.core.check.SheetChecks;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.Message;
import dev.exoplan.io.file.InputFile;
import dev.exoplan.io.json.JsonDocument;
import dev.exoplan.io.json.Schema;
import dev.exoplan.io.json.TextPosition;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Reads price sheets from files, standard input or the copy built into exoplan. */
public final class PriceSheets {

    /**
     * The largest sheet read whole, in bytes, unless the caller raises it (exoplan's
     * {@code EXOPLAN_MAX_SHEET_BYTES}); a real sheet is a few kilobytes. {@code validate} streams files
     * and needs no limit.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The most a limit can be raised to: the bytes of a sheet are held in one array. */
    public static final long LARGEST_LIMIT = Integer.MAX_VALUE - 16;


    /** The name the built-in sheet goes by in messages. */
    public static final String EMBEDDED_NAME = "pricing.json (built in)";

    private static final String EMBEDDED_RESOURCE = "/dev/exoplan/pricing.json";

    private PriceSheets() {
    }

    /** The built-in sheet once read: it cannot change while the program runs. */
    private static LoadedSheet embedded;

    /**
     * The default price sheet packed into exoplan: the project's {@code pricing.json}. Read once;
     * a second caller gets the same (immutable) sheet, or waits while another thread reads it.
     */
    public static synchronized LoadedSheet embedded() throws SheetException {
        if (embedded == null) {
            embedded = readEmbedded();
        }
        return embedded;
    }

    private static LoadedSheet readEmbedded() throws SheetException {
        try (InputStream in = PriceSheets.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in price sheet " + EMBEDDED_RESOURCE + " is missing");
            }
            return parse(in.readAllBytes(), EMBEDDED_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Schema (draft 2020-12) of price-sheet format version 1, as shipped in exoplan. */
    public static String schema() {
        return Schema.PRICING.text();
    }

    /**
     * The path a file name given by the user stands for, refused with {@code E-READ} when this system
     * cannot have such a file (a NUL character in it, say).
     */
    public static Path path(String name) throws SheetException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw unreadable(name, Message.of("read.badName", name, e.getReason()),
                    Message.of("read.badName.fix"));
        }
    }

    /** Reads the file at {@code path}; {@code name} is how messages call it (usually as typed). */
    public static LoadedSheet read(Path path, String name) throws SheetException {
        return read(path, name, MAX_BYTES);
    }

    /** Reads the file at {@code path}, refusing one over {@code maxBytes}. */
    public static LoadedSheet read(Path path, String name, long maxBytes) throws SheetException {
        return parse(bytes(path, name, maxBytes), name);
    }

    /** The same, keeping only the clinics {@code keep} accepts ({@link #parse(byte[], String, Predicate)}). */
    public static LoadedSheet read(Path path, String name, long maxBytes, Predicate<String> keep)
            throws SheetException {
        return parse(bytes(path, name, maxBytes), name, keep);
    }

    /** A sheet from a stream, up to {@code maxBytes}, keeping only the clinics {@code keep} accepts. */
    public static LoadedSheet read(InputStream in, String name, long maxBytes, Predicate<String> keep)
            throws SheetException {
        return parse(bytes(in, name, maxBytes), name, keep);
    }

    /** Reads a sheet from a stream, such as standard input, up to {@link #MAX_BYTES}. */
    public static LoadedSheet read(InputStream in, String name) throws SheetException {
        return read(in, name, MAX_BYTES);
    }

    /** Reads a sheet from a stream, such as standard input, up to {@code maxBytes}. */
    public static LoadedSheet read(InputStream in, String name, long maxBytes) throws SheetException {
        return parse(bytes(in, name, maxBytes), name);
    }

    /** The bytes of the file at {@code path}, refused with {@code E-READ} when they cannot be had. */
    public static byte[] bytes(Path path, String name) throws SheetException {
        return bytes(path, name, MAX_BYTES);
    }

    /** The bytes of the file at {@code path}, up to {@code maxBytes}; refused with {@code E-READ}. */
    public static byte[] bytes(Path path, String name, long maxBytes) throws SheetException {
        try {
            if (Files.isDirectory(path)) {
                throw unreadable(name, Message.of("read.directory", name), Message.of("read.directory.fix"));
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw unreadable(name,
                        Message.of("read.tooBig", name, String.valueOf(size), String.valueOf(maxBytes)),
                        Message.of("read.tooBig.fix"));
            }
            // The size told is not to be trusted: a device (/dev/zero, /dev/urandom) or a pipe says 0 and may
            // never end, so no more than the limit and one byte is ever read, whatever the path.
            try (InputStream in = InputFile.open(path)) {
                return atMost(in, name, maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw unreadable(name, Message.of("read.missing", name), Message.of("read.missing.fix"));
        } catch (AccessDeniedException e) {
            throw unreadable(name, Message.of("read.denied", name), Message.of("read.denied.fix"));
        } catch (IOException e) {
            throw unreadable(name, Message.of("read.unreadable", name, String.valueOf(e.getMessage())),
                    Message.of("read.unreadable.fix"));
        }
    }

    /** The bytes of a stream, such as standard input, up to {@link #MAX_BYTES}. */
    public static byte[] bytes(InputStream in, String name) throws SheetException {
        return bytes(in, name, MAX_BYTES);
    }

    /** The bytes of a stream, such as standard input, up to {@code maxBytes} (at most {@link #LARGEST_LIMIT}). */
    public static byte[] bytes(InputStream in, String name, long maxBytes) throws SheetException {
        try {
            return atMost(in, name, maxBytes);
        } catch (IOException e) {
            throw unreadable(name, Message.of("read.unreadable", name, String.valueOf(e.getMessage())),
                    Message.of("read.unreadable.fixInput"));
        }
    }

    /** The bytes of {@code in}, refused with {@code E-READ} once there are more than {@code maxBytes}. */
    private static byte[] atMost(InputStream in, String name, long maxBytes) throws IOException, SheetException {
        long limit = Math.min(maxBytes, LARGEST_LIMIT);
        byte[] bytes = in.readNBytes((int) (limit + 1));
        if (bytes.length > limit) {
            throw unreadable(name, Message.of("read.tooMuch", name, String.valueOf(limit)),
                    Message.of("read.tooMuch.fix"));
        }
        return bytes;
    }

    /** Parses and decodes {@code bytes}; {@code name} is how messages call the file. */
    public static LoadedSheet parse(byte[] bytes, String name) throws SheetException {
        return parse(bytes, name, id -> true);
    }

    /**
     * The same, keeping only the clinics whose id {@code keep} accepts: a plan of one clinic in a
     * chain's sheet holds that clinic, not a hundred thousand. Every clinic is still decoded and checked,
     * so a sheet with an error anywhere is refused as before.
     */
    public static LoadedSheet parse(byte[] bytes, String name, Predicate<String> keep) throws SheetException {
        SheetReport report = report(bytes, name, false, keep);
        if (report.sheet().isEmpty() || report.hasErrors()) {
            throw new SheetException(report.findings());
        }
        return new LoadedSheet(name, report.sheet().get(), report.findings());
    }

    /**
     * Every finding of a sheet, placed in its file and sorted by place: syntax, shape and meaning
     * always; with {@code articleChecks}, also what the source article asks of a clinic
     * ({@link SheetChecks}).
     */
    public static SheetReport check(byte[] bytes, String name, boolean articleChecks) {
        return report(bytes, name, articleChecks, id -> true);
    }

    private static SheetReport report(byte[] bytes, String name, boolean articleChecks, Predicate<String> keep) {
        List<SheetFinding> findings = new ArrayList<>();
        SheetReader.Result result = SheetReader.read(new ByteArrayInputStream(bytes), name, keep, articleChecks,
                findings::add, skipped -> { });
        findings.sort(BY_PLACE);
        return new SheetReport(name, result.sheet(), findings);
    }

    /**
     * Checks a sheet as it streams past, in memory that does not grow with the number of clinics:
     * every finding goes to {@code sink} as soon as it is found (roughly in file order), and no sheet is
     * kept. Returns whether any error was found.
     */
    public static boolean check(InputStream in, String name, boolean articleChecks, Consumer<SheetFinding> sink) {
        return check(in, name, articleChecks, sink, skipped -> { });
    }

    /**
     * The same, and {@code skips} hears of every part of the sheet where an article check could not run
     * because of errors there (nothing when the sheet has no error).
     */
    public static boolean check(InputStream in, String name, boolean articleChecks, Consumer<SheetFinding> sink,
            Consumer<SkippedChecks> skips) {
        return SheetReader.read(in, name, null, articleChecks, sink, skips).hasErrors();
    }

    /** Opens the file at {@code path} for streaming, refused with {@code E-READ} when it cannot be read. */
    public static InputStream open(Path path, String name) throws SheetException {
        try {
            if (Files.isDirectory(path)) {
                throw unreadable(name, Message.of("read.directory", name), Message.of("read.directory.fix"));
            }
            return new BufferedInputStream(InputFile.open(path));
        } catch (NoSuchFileException e) {
            throw unreadable(name, Message.of("read.missing", name), Message.of("read.missing.fixPath"));
        } catch (AccessDeniedException e) {
            throw unreadable(name, Message.of("read.denied", name), Message.of("read.denied.fix"));
        } catch (IOException e) {
            throw unreadable(name, Message.of("read.unreadable", name, String.valueOf(e.getMessage())),
                    Message.of("read.unreadable.fix"));
        }
    }

    /**
     * The {@code E-READ} of standard input that is closed ({@code name}, usually {@code <stdin>}), read
     * for {@code option} ({@code --pricing}, {@code validate}): refused before anything is read.
     */
    public static SheetException stdinClosed(String name, String option) {
        return unreadable(name, Message.of("read.stdinClosed", name), Message.of("read.stdinClosed.fix", option));
    }

    /** Findings by line, then column; findings without a place first. */
    public static final Comparator<SheetFinding> BY_PLACE = Comparator
            .comparing((SheetFinding f) -> f.position().orElse(TextPosition.START).line())
            .thenComparing(f -> f.position().orElse(TextPosition.START).column());

    /** An {@code E-READ} of the whole file {@code name}. */
    private static SheetException unreadable(String name, Message problem, Message fix) {
        return new SheetException(List.of(new SheetFinding(name, Optional.empty(),
                Finding.error("E-READ", "", problem, fix))));
    }
}
