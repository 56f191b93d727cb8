package dev.exoplan.cli.completion;

import dev.exoplan.cli.Environment;
import dev.exoplan.cli.ExitCodes;
import dev.exoplan.cli.option.PricingOption;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.file.InputFile;
import dev.exoplan.io.sheet.PriceSheets;
import dev.exoplan.io.sheet.SheetException;
import dev.exoplan.io.text.Texts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code exoplan __complete KIND WORD…}: the ids a completion script offers after {@code --goal},
 * {@code --method}, {@code --clinic} or {@code --variant}, one a line, read from the sheet the command line
 * being completed names ({@code --pricing} among its WORDs), else {@code $EXOPLAN_PRICING}, else the
 * built-in sheet. Not a command people run: it is answered before picocli is built (fast), and it never
 * writes to standard error nor anything but ids to standard output — a sheet it cannot read, standard
 * input, a device or a FIFO (which could block the shell) gives nothing and exit 1.
 */
public final class CompletionIds {

    /** The first argument that asks for ids. */
    static final String COMMAND = "__complete";

    /** Ids as the sheet's schema allows them, and nothing a shell would read as more than a word. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private CompletionIds() {
    }

    public static boolean asked(String[] args) {
        return args.length > 0 && args[0].equals(COMMAND);
    }

    /** @param args {@code __complete}, the kind of id, then the words of the command line being completed */
    public static int run(String[] args, Environment environment, PrintWriter out) {
        if (args.length < 2) {
            return ExitCodes.USAGE;
        }
        List<String> words = Arrays.asList(args).subList(2, args.length);
        Optional<String> home = environment.variable("HOME");
        try {
            Optional<PriceSheet> sheet = sheet(words, environment, home);
            if (sheet.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            Collection<String> ids = ids(args[1], sheet.get(), words, home);
            ids.stream().filter(id -> ID.matcher(id).matches()).forEach(id -> out.print(id + "\n"));
            out.flush();
            return ExitCodes.OK;
        } catch (SheetException | RuntimeException e) {
            return ExitCodes.BAD_INPUT;
        }
    }

    private static Collection<String> ids(String kind, PriceSheet sheet, List<String> words,
            Optional<String> home) {
        return switch (kind) {
            case "goal" -> sheet.goals().keySet();
            case "method" -> sheet.methods().keySet();
            case "clinic" -> sheet.clinicIds();
            case "variant" -> variants(sheet, values(words, "--clinic", home), values(words, "--method", home));
            default -> List.of();
        };
    }

    /** The variants of the clinics and methods given on the line (all of them where none is), in the sheet's order. */
    private static Set<String> variants(PriceSheet sheet, List<String> clinics, List<String> methods) {
        List<Clinic> chosen = clinics.isEmpty() ? sheet.clinics()
                : clinics.stream().flatMap(id -> sheet.clinic(id).stream()).toList();
        Set<String> ids = new LinkedHashSet<>();
        for (Clinic clinic : chosen) {
            clinic.variants().forEach((method, variants) -> {
                if (methods.isEmpty() || methods.contains(method)) {
                    variants.stream().map(Variant::id).forEach(ids::add);
                }
            });
        }
        return ids;
    }

    private static Optional<PriceSheet> sheet(List<String> words, Environment environment, Optional<String> home)
            throws SheetException {
        List<String> given = values(words, "--pricing", home);
        Optional<String> name = given.isEmpty() ? environment.variable(PricingOption.VARIABLE)
                : Optional.of(given.get(given.size() - 1));
        if (name.isEmpty()) {
            return Optional.of(PriceSheets.embedded().sheet());
        }
        String file = name.get();
        Path path = PriceSheets.path(file);
        if (file.equals("-") || InputFile.isStandardInput(file) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        long maxBytes = PricingOption.maxBytes(environment, new Texts(Language.EN));
        return Optional.of(PriceSheets.read(path, file, maxBytes).sheet());
    }

    /**
     * The values of {@code option} on the line, as a shell reads them: {@code --option value},
     * {@code --option=value} (zsh's words) and {@code --option = value} (bash's, split at the '='), each
     * unquoted and with a leading {@code ~/} read as the home folder.
     */
    static List<String> values(List<String> words, String option, Optional<String> home) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith(option + "=")) {
                values.add(word.substring(option.length() + 1));
            } else if (word.equals(option) && i + 1 < words.size()) {
                int at = words.get(i + 1).equals("=") && i + 2 < words.size() ? i + 2 : i + 1;
                values.add(words.get(at));
                i = at;
            }
        }
        return values.stream().map(value -> unquoted(value, home)).toList();
    }

    /** A word as the shell would pass it: quotes and backslashes taken away, {@code ~/} the home folder. */
    static String unquoted(String word, Optional<String> home) {
        StringBuilder text = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    text.append(c);
                }
            } else if (c == '\\' && i + 1 < word.length()
                    && (quote == 0 || "\"\\$`".indexOf(word.charAt(i + 1)) >= 0)) {
                text.append(word.charAt(++i));
            } else if (c == '"' && quote == '"') {
                quote = 0;
            } else if ((c == '"' || c == '\'') && quote == 0) {
                quote = c;
            } else {
                text.append(c);
            }
        }
        String unquoted = text.toString();
        return word.startsWith("~/") && home.isPresent() ? home.get() + unquoted.substring(1) : unquoted;
    }
}
