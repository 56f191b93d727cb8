package dev.exoplan.cli;

import dev.exoplan.io.file.OutputFile;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A command's file output ({@code quote --output}, {@code plan --ics}): {@code -} is standard output,
 * as it is standard input for {@code --pricing} and {@code --requests}; any other name is an
 * {@link OutputFile}. Every failure to write becomes one line and exit 1; a failure of what the body
 * reads (a request file) is the body's own to tell, and passes through.
 */
public final class FileOutput {

    /** What a command writes. */
    @FunctionalInterface
    public interface Body {
        /** @return true when the output is complete and may replace the file; false to keep the old one */
        boolean write(Writer out) throws IOException;
    }

    private FileOutput() {
    }

    /** Whether {@code path} names standard output. */
    public static boolean standardOutput(Path path) {
        return path.toString().equals("-");
    }

    /** {@code name} as a path, when this system allows it (an impossible name is its reader's to refuse). */
    public static Optional<Path> path(String name) {
        try {
            return Optional.of(Path.of(name));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Refuses an output that is one of the command's own inputs ({@code quote --requests r.csv --output
     * r.csv}, {@code plan --pricing p.json --ics p.json}): the finished output would replace the file it
     * was made from.
     *
     * @param inputs each input's option and file
     */
    public static void refuseInput(Texts texts, String option, Path path, Map<String, Optional<Path>> inputs) {
        if (standardOutput(path) || !Files.exists(path)) {
            return;
        }
        inputs.forEach((input, file) -> {
            try {
                if (file.isPresent() && Files.exists(file.get()) && Files.isSameFile(path, file.get())) {
                    throw new UserException(ExitCodes.USAGE, texts.get("error.output.isInput", option, path, input));
                }
            } catch (IOException e) {
                // Not comparable (unreadable): then it is not the same file this command could read.
            }
        });
    }

    /**
     * Whether two outputs would land in one place: both standard output, one path (made absolute and
     * normalised), or, where both exist, one file by two names (a link).
     */
    public static boolean samePlace(Path one, Path other) {
        if (standardOutput(one) || standardOutput(other)) {
            return standardOutput(one) && standardOutput(other);
        }
        if (one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(one) && Files.exists(other) && Files.isSameFile(one, other);
        } catch (IOException e) {
            return false; // not comparable: then not one file this command could tell
        }
    }

    /**
     * Writes {@code body} to {@code path} (or, for {@code -}, to {@code stdout}, whose failures the
     * command line reports when the command ends).
     *
     * @param option the option that named the file, for messages ({@code --output})
     */
    public static void write(Texts texts, String option, Path path, PrintWriter stdout, Body body) throws IOException {
        if (standardOutput(path)) {
            // A PrintWriter throws nothing: what it failed to write, Cli reports when the command ends.
            body.write(stdout);
            stdout.flush();
            return;
        }
        boolean direct = false;
        try (OutputFile file = OutputFile.create(path)) {
            direct = file.direct();
            if (body.write(file.writer())) {
                file.commit();
            }
        } catch (OutputFile.IsAFolder e) {
            throw new UserException(ExitCodes.BAD_INPUT, texts.get(option.equals("--ics") ? "error.ics.folder"
                    : "error.output.folder", path));
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw new UserException(ExitCodes.BAD_INPUT, texts.get("error.output.cannotWriteThere", option, path,
                    texts.get(e instanceof NoSuchFileException ? "error.io.noSuchFolder"
                            : "error.io.permissionDenied")));
        } catch (OutputFile.WriteFailure | FileSystemException e) {
            // The operating system's reason is passed on as it gives it (in English).
            throw new UserException(ExitCodes.BAD_INPUT, texts.get(direct ? "error.output.streamFailed"
                    : "error.output.cannotBeWritten", option, path, OutputFile.WriteFailure.reason(e)));
        }
    }
}
