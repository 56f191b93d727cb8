import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor for validating a large sheet: a bare Java loop that reads the file's characters once
 * (UTF-8, through a BufferedReader) and prints how many there were. Nothing is parsed.
 */
public class ReadFile {
    public static void main(String[] args) throws IOException {
        char[] buffer = new char[1 << 16];
        long chars = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                chars += n;
            }
        }
        System.out.println(chars);
    }
}
