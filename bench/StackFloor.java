import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The floor of exoplan's stack for a short command: what picocli, Jackson and Moneta cost at start-up
 * with none of exoplan's own work. It parses {@code plan}'s twenty options, reads the built-in price
 * sheet ({@code dev/exoplan/pricing.json} in the jar), makes one Moneta amount, formats one date, and
 * prints a line. Two ways, the first argument:
 * <ul>
 *   <li>{@code annotated}: the stack as its guides use it (and exoplan does): picocli's model from
 *       annotations, the sheet read into Jackson's tree;</li>
 *   <li>{@code lean}: the stack at its fastest: picocli's programmatic model (no annotations, no
 *       reflection), Jackson's streaming parser over the sheet's tokens;</li>
 *   <li>{@code picocli}: {@code lean} without Jackson and Moneta: picocli's programmatic model and the
 *       date alone (the sheet's clinics counted as 0, the amount written without Moneta).</li>
 * </ul>
 * Run from a jar beside exoplan's ({@code java -cp target/exoplan.jar:stackfloor.jar StackFloor lean
 * --goal skin …}), with a class-data archive or AOT cache of its own, as {@code bench/run} does.
 */
public class StackFloor {

    private static final String SHEET = "/dev/exoplan/pricing.json";

    public static void main(String[] args) throws Exception {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        System.exit(args[0].equals("annotated") ? new CommandLine(new Annotated()).execute(rest)
                : lean(rest, args[0].equals("lean")));
    }

    static void print(Object goal, Object method, Object clinic, LocalDate start, int count, boolean moneta) {
        String date = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).format(start);
        String money = "JPY " + count;
        if (moneta) {
            MonetaryAmount amount = Money.of(new BigDecimal(count), Monetary.getCurrency("JPY"));
            money = amount.getCurrency().getCurrencyCode() + " " + amount.getNumber();
        }
        System.out.println(goal + " " + method + " " + clinic + " " + date + " " + money);
    }

    @Command(name = "plan", mixinStandardHelpOptions = true)
    static final class Annotated implements Callable<Integer> {
        @Option(names = "--goal") String goal;
        @Option(names = "--method") String method;
        @Option(names = "--clinic") String clinic;
        @Option(names = "--start") LocalDate start;
        @Option(names = "--months") Integer months;
        @Option(names = "--variant") String variant;
        @Option(names = "--contract-date") LocalDate contractDate;
        @Option(names = "--pricing") Path pricing;
        @Option(names = "--lang") String lang;
        @Option(names = "--format") String format;
        @Option(names = "--output") Path output;
        @Option(names = "--budget") BigDecimal budget;
        @Option(names = "--display-currency") String display;
        @Option(names = "--rate") BigDecimal rate;
        @Option(names = "--pay-in") Integer payIn;
        @Option(names = "--financing") String financing;
        @Option(names = "--apr") BigDecimal apr;
        @Option(names = "--ics") Path ics;
        @Option(names = "--ascii") boolean ascii;
        @Option(names = "--no-caveats") boolean noCaveats;

        @Override
        public Integer call() throws Exception {
            JsonNode sheet;
            try (InputStream in = StackFloor.class.getResourceAsStream(SHEET)) {
                sheet = new ObjectMapper().readTree(in);
            }
            print(goal, method, clinic, start, sheet.path("clinics").size(), true);
            return 0;
        }
    }

    /** With {@code libraries}, the sheet read by Jackson and the amount made by Moneta; without, picocli alone. */
    static int lean(String[] args, boolean libraries) {
        Map<String, Object> values = new HashMap<>();
        CommandSpec spec = CommandSpec.create().name("plan").mixinStandardHelpOptions(true);
        Object[][] options = {{"--goal", String.class}, {"--method", String.class}, {"--clinic", String.class},
            {"--start", LocalDate.class}, {"--months", Integer.class}, {"--variant", String.class},
            {"--contract-date", LocalDate.class}, {"--pricing", Path.class}, {"--lang", String.class},
            {"--format", String.class}, {"--output", Path.class}, {"--budget", BigDecimal.class},
            {"--display-currency", String.class}, {"--rate", BigDecimal.class}, {"--pay-in", Integer.class},
            {"--financing", String.class}, {"--apr", BigDecimal.class}, {"--ics", Path.class},
            {"--ascii", boolean.class}, {"--no-caveats", boolean.class}};
        for (Object[] option : options) {
            String name = (String) option[0];
            spec.addOption(OptionSpec.builder(name).type((Class<?>) option[1]).setter(new CommandLine.Model.ISetter() {
                @Override
                public <T> T set(T value) {
                    values.put(name, value);
                    return null;
                }
            }).build());
        }
        CommandLine line = new CommandLine(spec);
        line.setExecutionStrategy(parsed -> {
            int clinics = 0;
            if (libraries) {
                try (InputStream in = StackFloor.class.getResourceAsStream(SHEET);
                        JsonParser parser = new JsonFactory().createParser(in)) {
                    for (JsonToken token; (token = parser.nextToken()) != null; ) {
                        if (token == JsonToken.FIELD_NAME && parser.currentName().equals("id")) {
                            clinics++;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            print(values.get("--goal"), values.get("--method"), values.get("--clinic"), (LocalDate) values.get("--start"),
                    clinics, libraries);
            return 0;
        });
        return line.execute(args);
    }
}
