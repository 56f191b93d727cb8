package dev.exoplan.cli.command;

import dev.exoplan.cli.Environment;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.UserException;
import dev.exoplan.core.text.ClosestMatch;
import dev.exoplan.io.file.StandardInput;
import dev.exoplan.io.text.DisplayWidth;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Numbered choices asked on the terminal, for a person who runs a command without an option it
 * needs. Questions go to stderr, so that stdout keeps only the result; answers come from stdin.
 * However the asking ends — an answer, end of input (Ctrl-D), Ctrl-C — what follows starts on a line
 * of its own, never after the prompt's "[1-3]: ".
 */
final class Prompt {

    private static final int TRIES = 3;

    /** "  12) ": where a choice's label starts. */
    private static final int LEAD = 6;

    /** One choice: the id that answers it, what it is called, and a note beside it (a price), or "". */
    record Choice(String id, String label, String note) {

        Choice {
            Objects.requireNonNull(id, "id");
            // The labels are the sheet's: data, never control of the terminal asking.
            label = SafeText.forPeople(label);
            note = SafeText.forPeople(note);
        }

        Choice(String id, String label) {
            this(id, label, "");
        }
    }

    private final BufferedReader in;
    private final PrintWriter err;
    private final Texts texts;
    private final String command;
    /** The columns the prompt's lines fit ({@link Environment#columns()}). */
    private final int width;

    /**
     * @param command the command's name as its error lines start ("exoplan plan"), for the line an
     *                interrupt leaves
     */
    Prompt(Environment environment, PrintWriter err, Texts texts, String command) {
        // Closed standard input has no answer to give: reading it would read a file of the JVM's own.
        this.in = new BufferedReader(new InputStreamReader(environment.stdinClosed() ? StandardInput.CLOSED
                : environment.stdin(), StandardCharsets.UTF_8));
        this.err = err;
        this.texts = texts;
        this.command = command;
        this.width = environment.columns();
    }

    /**
     * Asks for one of {@code choices}; the answer is its number or its id. An answer that is neither is
     * asked again, with the id it most likely meant, as the command line says it ("did you mean 'skin'?").
     *
     * @throws UserException (usage) when no valid answer comes after a few tries, or input ends
     */
    String choose(String question, List<Choice> choices, String option) {
        List<String> ids = choices.stream().map(Choice::id).toList();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        StringBuilder wrapped = new StringBuilder();
        Layout.wrap(width, "", question, wrapped);
        wrapped.toString().lines().forEach(err::println);
        list(choices);
        // Ctrl-C while waiting for an answer ends the JVM (exit 130) with the cursor after "[1-3]: ": the
        // shutdown hook ends that line and says what is missing, as end of input does.
        Thread interrupted = new Thread(() -> {
            err.println();
            err.println(SafeText.forPeople(command + ": " + texts.get("prompt.noChoice", option)));
            err.flush();
        }, "exoplan-prompt-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            return ask(ids, option);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs, or has run: it owns the last line
            }
        }
    }

    private String ask(List<String> ids, String option) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            err.printf(Locale.ROOT, "%s [1-%d]: ", option, ids.size());
            err.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                err.println();
                throw new UserException(ExitCodes.BAD_INPUT, texts.get("prompt.unreadable", option,
                        String.valueOf(e.getMessage())));
            }
            if (line == null) {
                // End of input (Ctrl-D) leaves the cursor after the question: the refusal gets a line of its own.
                err.println();
                break;
            }
            String answer = line.strip();
            if (ids.contains(answer)) {
                return answer;
            }
            try {
                int number = Integer.parseInt(answer);
                if (number >= 1 && number <= ids.size()) {
                    return ids.get(number - 1);
                }
            } catch (NumberFormatException e) {
                // not a number: asked again below
            }
            Optional<String> closest = answer.isEmpty() ? Optional.empty() : ClosestMatch.among(answer, ids);
            err.println(SafeText.forPeople(closest.map(c -> texts.get("prompt.notAChoice.closest", answer, c))
                    .orElseGet(() -> texts.get("prompt.notAChoice", answer))));
        }
        throw new UserException(ExitCodes.USAGE, texts.get("prompt.noChoice", option));
    }

    /**
     * The numbered choices, notes in a column after the widest label; where that column would pass
     * {@link #width}, each note goes on the line below its label instead.
     */
    private void list(List<Choice> choices) {
        int widest = choices.stream().mapToInt(c -> DisplayWidth.of(c.label())).max().orElse(0);
        int note = choices.stream().mapToInt(c -> DisplayWidth.of(c.note())).max().orElse(0);
        boolean beside = LEAD + widest + 2 + note <= width;
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            String number = String.format(Locale.ROOT, "  %2d) ", i + 1);
            if (!c.note().isEmpty() && beside) {
                err.println(number + DisplayWidth.padRight(c.label(), widest) + "  " + c.note());
                continue;
            }
            // A label too long for the line wraps under itself, and its note goes on the line below.
            StringBuilder label = new StringBuilder();
            Layout.wrap(width, number, c.label(), label);
            label.toString().lines().forEach(err::println);
            if (!c.note().isEmpty()) {
                err.println(" ".repeat(LEAD) + c.note());
            }
        }
    }
}
