import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes ROWS quote requests (CSV: goal,method,clinic,start,months) drawn at random from the
 * goal/method/clinic combinations read on standard input (the first columns of `exoplan quote`'s
 * CSV), with starts over 2027 and periods of 1 to 36 months.
 * Run: java -jar target/exoplan.jar quote | java bench/GenerateRequests.java OUT.csv [ROWS] [SEED]
 */
public class GenerateRequests {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 7);
        List<String[]> combos = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        in.readLine(); // header
        for (String line; (line = in.readLine()) != null; ) {
            String[] cells = line.split(",");
            combos.add(new String[] {cells[2], cells[3], cells[0]}); // goal, method, clinic
        }
        LocalDate first = LocalDate.of(2027, 1, 1);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("goal,method,clinic,start,months\n");
            for (int i = 0; i < rows; i++) {
                String[] c = combos.get(random.nextInt(combos.size()));
                w.write(c[0] + "," + c[1] + "," + c[2] + "," + first.plusDays(random.nextInt(365)) + ","
                        + (1 + random.nextInt(36)) + "\n");
            }
        }
        System.out.println(out + ": " + rows + " requests over " + combos.size() + " combinations");
    }
}
