import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * What Jackson alone costs for `exoplan quote --requests`: reads the request file with Jackson's
 * CsvParser (five text cells a row) and writes, per request, a 17-column row with CsvGenerator (the
 * same kinds of cells as a quote row: five texts, a date, ten numbers, quoted only where RFC 4180
 * needs it, as exoplan quotes them), computing nothing. It uses the fastest way of driving Jackson we
 * found for the job (rows as arrays rather than header-keyed objects; bytes in and out, with Jackson's
 * own UTF-8 handling). With `two-threads` the parser runs on a second thread and hands rows over in
 * batches, so that reading and writing overlap on two cores. Not part of exoplan: reference lines in
 * bench/run, the part of quote's time that the rule "every CSV byte through Jackson" fixes.
 * Run: java -cp target/exoplan.jar:bench/out/classes JacksonFloor REQUESTS.csv [two-threads] > OUT.csv
 */
public class JacksonFloor {
    /** A typical quote row's numbers: sessions, totals, tax and monthly (the row is 121 characters wide). */
    private static final long[] NUMBERS = {11, 14, 21, 484_000, 1_078_000, 2_315_500, 44_000, 98_000, 210_500, 31_706};
    private static final int BATCH = 1024;
    private static final String[][] END = new String[0][];
    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    public static void main(String[] args) throws Exception {
        Path requests = Path.of(args[0]);
        boolean twoThreads = args.length > 1 && args[1].equals("two-threads");
        CsvSchema.Builder columns = CsvSchema.builder();
        for (String c : new String[] {"clinic", "clinic_name", "goal", "method", "start", "months", "currency",
            "sessions_low", "sessions_typical", "sessions_high", "total_low", "total_typical", "total_high", "tax_low",
            "tax_typical", "tax_high", "monthly_typical"}) {
            columns.addColumn(c);
        }
        try (CsvGenerator out = CSV.createGenerator(new BufferedOutputStream(System.out, 1 << 16))) {
            out.setSchema(columns.build().withHeader());
            if (!twoThreads) {
                read(requests, batch -> write(out, batch));
                return;
            }
            BlockingQueue<String[][]> queue = new ArrayBlockingQueue<>(64);
            Thread reader = new Thread(() -> {
                try {
                    read(requests, batch -> put(queue, batch));
                    put(queue, END);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            reader.setDaemon(true);
            reader.start();
            for (String[][] batch = queue.take(); batch != END; batch = queue.take()) {
                write(out, batch);
            }
        }
    }

    private static void put(BlockingQueue<String[][]> queue, String[][] batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the request rows (header skipped), five cells each, and hands them on in batches. */
    private static void read(Path requests, Consumer<String[][]> rows) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(requests), 1 << 16);
                CsvParser parser = CSV.createParser(in)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.setSchema(CsvSchema.emptySchema().withSkipFirstDataRow(true));
            parser.nextToken();
            String[][] batch = new String[BATCH][];
            int n = 0;
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                String[] cells = new String[5];
                int i = 0;
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    cells[i++ % 5] = parser.getText();
                }
                batch[n++] = cells;
                if (n == BATCH) {
                    rows.accept(batch);
                    batch = new String[BATCH][];
                    n = 0;
                }
            }
            rows.accept(Arrays.copyOf(batch, n));
        }
    }

    private static void write(CsvGenerator out, String[][] batch) {
        try {
            for (String[] cells : batch) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
