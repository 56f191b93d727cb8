package dev.exoplan.io.sheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A chain's sheet, whose clinics after the first {@link ReadAhead#AFTER} are parsed on a second thread:
 * the same findings at the same places, in the same order, as where they are read on one; and a syntax
 * error there comes after every finding of the clinics before it.
 */
class ReadAheadTests {

    private static final Set<String> CODES = Set.of("W-UNKNOWN-FIELD", "E-DUPLICATE-KEY", "E-DUPLICATE-ID", "E-SYNTAX");
    private static final int CLINICS = ReadAhead.AFTER * 2 + 37;

    @Test
    void chain_findingsAfterTheReadAhead_standWhereTheyAre() throws IOException {
        Chain chain = new Chain();
        List<String> found = check(chain.text(CLINICS));

        List<String> expected = new ArrayList<>();
        for (int k : new int[] {3, ReadAhead.AFTER - 1, ReadAhead.AFTER, ReadAhead.AFTER + 1, CLINICS - 1}) {
            expected.addAll(chain.expected(k));
        }
        assertEquals(expected, found);
    }

    @Test
    void chain_cutShortAfterTheReadAhead_reportsTheSyntaxErrorAfterTheClinicsBeforeIt() throws IOException {
        Chain chain = new Chain();
        String whole = chain.text(CLINICS);
        int cut = whole.indexOf("\"id\": \"c-" + (ReadAhead.AFTER + 5) + "\"");
        List<String> found = check(whole.substring(0, cut) + "\"id\" \"x\"");

        List<String> expected = new ArrayList<>();
        for (int k : new int[] {3, ReadAhead.AFTER - 1, ReadAhead.AFTER, ReadAhead.AFTER + 1}) {
            expected.addAll(chain.expected(k));
        }
        assertEquals(expected, found.subList(0, found.size() - 1));
        assertTrue(found.get(found.size() - 1).matches(chain.line(ReadAhead.AFTER + 5) + ":\\d+ E-SYNTAX "),
                found.get(found.size() - 1));
    }

    private static List<String> check(String sheet) {
        List<String> found = new ArrayList<>();
        PriceSheets.check(new ByteArrayInputStream(sheet.getBytes(UTF_8)), "chain.json", true, f -> {
            if (CODES.contains(f.finding().code())) {
                found.add(f.position().map(Object::toString).orElse("-") + " " + f.finding().code() + " "
                        + f.finding().pointer());
            }
        });
        return found;
    }

    /** The project's sheet with its clinics replaced by many, one a line; some carry a finding or two. */
    private static final class Chain {
        private final String head;
        private final int headLines;

        Chain() throws IOException {
            String sheet = Files.readString(Path.of("pricing.json"), UTF_8);
            head = sheet.substring(0, sheet.indexOf("\"clinics\"")) + "\"clinics\": [\n";
            headLines = (int) head.chars().filter(c -> c == '\n').count();
        }

        String text(int clinics) {
            StringBuilder text = new StringBuilder(head);
            for (int k = 0; k < clinics; k++) {
                text.append(clinic(k)).append(k + 1 < clinics ? ",\n" : "\n");
            }
            return text.append("]\n}\n").toString();
        }

        int line(int k) {
            return headLines + 1 + k;
        }

        private static boolean marked(int k) {
            return k == 3 || k == ReadAhead.AFTER - 1 || k == ReadAhead.AFTER || k == ReadAhead.AFTER + 1
                    || k == CLINICS - 1;
        }

        private static String clinic(int k) {
            String extra = marked(k) ? "\"typcial\": 1, \"id\": \"again\", " : "";
            return "{\"id\": \"c-" + k + "\", " + extra + "\"name\": {\"ja\": \"A\", \"en\": \"A\"}, "
                    + "\"prices\": {\"iv\": {\"min\": 30000, \"max\": 80000}}}";
        }

        /** What clinic {@code k} (a marked one) is found to have, in order. */
        List<String> expected(int k) {
            String line = clinic(k);
            int unknown = line.indexOf("\"typcial\"") + 1;
            int duplicate = line.indexOf("\"id\": \"again\"") + 1;
            return List.of(line(k) + ":" + duplicate + " E-DUPLICATE-KEY /clinics/" + k + "/id",
                    line(k) + ":" + unknown + " W-UNKNOWN-FIELD /clinics/" + k + "/typcial");
        }
    }
}
