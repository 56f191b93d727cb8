import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor for `exoplan quote --requests`: a bare Java loop that reads the same request file line by
 * line and writes, per request, a row of the same width (WIDTH characters and a newline) to standard
 * output through a BufferedWriter. Nothing is computed.
 * Run: java bench/Floor.java REQUESTS.csv WIDTH > OUT.csv
 */
public class Floor {
    public static void main(String[] args) throws IOException {
        int width = Integer.parseInt(args[1]);
        char[] row = new char[width + 1];
        java.util.Arrays.fill(row, 'x');
        row[width] = '\n';
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                        1 << 16)) {
            in.readLine();
            while (in.readLine() != null) {
                out.write(row);
            }
        }
    }
}
