package dev.exoplan.cli.command;

import dev.exoplan.cli.Environment;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.UserException;
import dev.exoplan.io.file.StandardInput;
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
import java.util.Map;

/**
 * Numbered choices asked on the terminal, for a person who runs a command without an option it
 * needs. Questions go to stderr, so that stdout keeps only the result; answers come from stdin.
 */
final class Prompt {

    private static final int TRIES = 3;

    private final BufferedReader in;
    private final PrintWriter err;
    private final Texts texts;
    private final int width;

    Prompt(Environment environment, PrintWriter err, Texts texts) {
        // Closed standard input has no answer to give: reading it would read a file of the JVM's own.
        this.in = new BufferedReader(new InputStreamReader(environment.stdinClosed() ? StandardInput.CLOSED
                : environment.stdin(), StandardCharsets.UTF_8));
        this.err = err;
        this.texts = texts;
        this.width = environment.columns();
    }

    /**
     * Asks for one of {@code choices} (id → what to show); the answer is its number or its id.
     *
     * @throws UserException (usage) when no valid answer comes after a few tries, or input ends
     */
    String choose(String question, Map<String, String> choices, String option) {
        List<String> ids = List.copyOf(choices.keySet());
        if (ids.size() == 1) {
            return ids.get(0);
        }
        StringBuilder menu = new StringBuilder();
        Layout.wrap(width, "", question, menu);
        for (int i = 0; i < ids.size(); i++) {
            // The choices are the sheet's labels: data, never control of the terminal asking.
            Layout.wrap(width, String.format(Locale.ROOT, "  %2d) ", i + 1), SafeText.forPeople(choices.get(ids.get(i))),
                    menu);
        }
        menu.toString().lines().forEach(err::println);
        for (int attempt = 0; attempt < TRIES; attempt++) {
            err.printf(Locale.ROOT, "%s [1-%d]: ", option, ids.size());
            err.flush();
            String answer;
            try {
                answer = in.readLine();
            } catch (IOException e) {
                throw new UserException(ExitCodes.BAD_INPUT, texts.get("prompt.unreadable", option,
                        String.valueOf(e.getMessage())));
            }
            if (answer == null) {
                break;
            }
            answer = answer.strip();
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
            err.println(SafeText.forPeople(texts.get("prompt.notAChoice", answer)));
        }
        throw new UserException(ExitCodes.USAGE, texts.get("prompt.noChoice", option));
    }
}
