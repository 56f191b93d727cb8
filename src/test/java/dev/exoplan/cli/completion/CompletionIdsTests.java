package dev.exoplan.cli.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.cli.Cli;
import dev.exoplan.cli.Environment;
import dev.exoplan.cli.Run;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code exoplan __complete KIND WORD…}, which the completion scripts ask for a sheet's ids: the ids of
 * the sheet the words name, one a line, and nothing at all (exit 1) when that sheet cannot be read.
 */
class CompletionIdsTests {

    private static final String COURSES = "examples/course-clinic.json";

    private record Answer(int code, String out) {
    }

    private static Answer complete(Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        Environment environment = new Environment(Run.TODAY, variables, new ByteArrayInputStream(new byte[0]),
                Locale.US, false, false);
        String[] all = Stream.concat(Stream.of("__complete"), Stream.of(args)).toArray(String[]::new);
        assertEquals(true, Cli.completing(all));
        int code = Cli.complete(all, environment, new PrintWriter(out));
        return new Answer(code, out.toString());
    }

    private static Answer complete(String... args) {
        return complete(Map.of(), args);
    }

    @Test
    void goals_ofTheBuiltInSheet_inItsOrder() {
        assertEquals(new Answer(0, "skin\nhair\nfatigue\ninflammation\nimmunity\ned\nvascular\nneuro\njoint\n"
                + "menopause\nallergy\n"), complete("goal", "plan", "--goal", ""));
    }

    @Test
    void clinicsAndMethods_ofTheSheetPricingNames() {
        assertEquals(new Answer(0, "course-clinic\ndose-clinic\narea-clinic\n"),
                complete("clinic", "plan", "--pricing", COURSES, "--clinic"));
        assertEquals(new Answer(0, "iv\nmicroneedling\n"), complete("method", "compare", "--pricing=" + COURSES));
    }

    @Test
    void pricingSplitAtTheEqualsSign_asBashGivesIt_isRead() {
        assertEquals(new Answer(0, "skin\nfatigue\n"), complete("goal", "plan", "--pricing", "=", COURSES));
    }

    @Test
    void variants_ofTheClinicAndMethodGiven_elseOfEveryClinic() {
        // dose-clinic prices iv by 1cc, 2cc, 3cc; area-clinic prices microneedling by face, back
        assertEquals(new Answer(0, "1cc\n2cc\n3cc\n"),
                complete("variant", "plan", "--pricing", COURSES, "--clinic", "=", "dose-clinic"));
        assertEquals(new Answer(0, "face\nback\n"),
                complete("variant", "plan", "--pricing", COURSES, "--method", "microneedling"));
        assertEquals(new Answer(0, "1cc\n2cc\n3cc\nface\nback\n"), complete("variant", "plan", "--pricing", COURSES));
        assertEquals(new Answer(0, ""), complete("variant", "plan", "--pricing", COURSES, "--clinic", "course-clinic"));
    }

    @Test
    void theVariable_namesTheSheet_andPricingOnTheLineWinsOverIt() {
        Map<String, String> variables = Map.of("EXOPLAN_PRICING", COURSES);
        assertEquals(new Answer(0, "course-clinic\ndose-clinic\narea-clinic\n"), complete(variables, "clinic", "plan"));
        assertEquals(new Answer(0, "sample-a\nsample-b\nsample-c\n"),
                complete(variables, "clinic", "plan", "--pricing", "pricing.json"));
    }

    @Test
    void quotesBackslashesAndTheHomeFolder_areReadAsTheShellWould(@TempDir Path home) throws Exception {
        Files.copy(Path.of(COURSES), home.resolve("my sheet.json"));
        Map<String, String> variables = Map.of("HOME", home.toString());
        for (String typed : List.of("~/'my sheet.json'", "~/my\\ sheet.json",
                "~/\"my sheet.json\"")) {
            assertEquals(new Answer(0, "skin\nfatigue\n"), complete(variables, "goal", "plan", "--pricing", typed),
                    typed);
        }
        assertEquals(home + "/a b\"c", CompletionIds.unquoted("~/'a b'\"\\\"c\"", Optional.of(home.toString())));
    }

    @Test
    void aSheetThatCannotBeRead_givesNothing_exit1() throws Exception {
        for (String pricing : List.of("nosuch.json", "-", "/dev/stdin", "src", "README.md",
                "src/test/resources/sheets/findings/E-CURRENCY.json")) {
            assertEquals(new Answer(1, ""), complete("goal", "plan", "--pricing", pricing), pricing);
        }
    }

    @Test
    void anUnknownKind_givesNothing_andNoKind_isAUsageError() {
        assertEquals(new Answer(0, ""), complete("fee", "plan"));
        assertEquals(new Answer(2, ""), complete());
    }
}
