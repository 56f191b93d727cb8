import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Jackson alone costs for `exoplan quote --requests`: reads the request file with Jackson's
 * CsvParser (header, five text cells a row, as exoplan reads it) and writes, per request, a
 * 17-column row with CsvGenerator (the same kinds of cells as a quote row: five texts, a date, ten
 * numbers), computing nothing. Not part of exoplan: a reference line in bench/run.
 * Run: java -cp target/exoplan.jar:bench/out/classes JacksonFloor REQUESTS.csv > OUT.csv
 */
public class JacksonFloor {
    /** A typical quote row's numbers: sessions, totals, tax and monthly (the row is 121 characters wide). */
    private static final long[] NUMBERS = {11, 14, 21, 484_000, 1_078_000, 2_315_500, 44_000, 98_000, 210_500, 31_706};

    public static void main(String[] args) throws IOException {
        CsvFactory csv = CsvFactory.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        CsvSchema.Builder columns = CsvSchema.builder();
        for (String c : new String[] {"clinic", "clinic_name", "goal", "method", "start", "months", "currency",
            "sessions_low", "sessions_typical", "sessions_high", "total_low", "total_typical", "total_high", "tax_low",
            "tax_typical", "tax_high", "monthly_typical"}) {
            columns.addColumn(c);
        }
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                CsvParser parser = csv.createParser(in);
                CsvGenerator out = csv.createGenerator(new BufferedWriter(new OutputStreamWriter(System.out,
                        StandardCharsets.UTF_8), 1 << 16))) {
            parser.setSchema(CsvSchema.emptySchema().withHeader());
            out.setSchema(columns.build().withHeader());
            String[] cells = new String[5];
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int i = 0;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    parser.nextToken();
                    cells[i++ % 5] = parser.getText();
                }
                out.writeStartArray();
                out.writeString(cells[2]);
                out.writeString("Sample Clinic B (fictional)");
                out.writeString(cells[0]);
                out.writeString(cells[1]);
                out.writeString(cells[3]);
                out.writeNumber(34);
                out.writeString("JPY");
                for (long n : NUMBERS) {
                    out.writeNumber(n);
                }
                out.writeEndArray();
            }
        }
    }
}
