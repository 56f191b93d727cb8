import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a comparison site's sheet: CLINICS small clinics (default 100,000, about 37 MB), each with
 * a source, two priced methods and one fee, after the built-in sheet's methods and goals.
 * Run: java bench/GenerateChain.java OUT.json [CLINICS] [SEED]
 */
public class GenerateChain {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out/chain-100000.json");
        int clinics = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
        Files.createDirectories(out.toAbsolutePath().getParent());
        String head = Files.readString(Path.of("pricing.json"), StandardCharsets.UTF_8);
        head = head.substring(0, head.indexOf("\"clinics\""));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(head);
            w.write("\"clinics\": [\n");
            for (int i = 0; i < clinics; i++) {
                int iv = 30_000 + 1_000 * random.nextInt(50);
                w.write(String.format("%s{\"id\": \"branch-%06d\", \"name\": {\"ja\": \"支店%d\", \"en\": \"Branch %d\"}, "
                        + "\"disclosure\": {\"source\": \"adipose\"}, \"prices\": {"
                        + "\"iv\": {\"min\": %d, \"typical\": %d, \"max\": %d}, "
                        + "\"injection\": {\"min\": %d, \"typical\": %d, \"max\": %d}}, "
                        + "\"fees\": [{\"id\": \"consultation\", \"label\": {\"ja\": \"初診料\", \"en\": \"First consultation\"}, "
                        + "\"amount\": 3300, \"per\": \"once\"}]}\n",
                        i == 0 ? "  " : ", ", i, i, i, iv, iv + 20_000, iv + 60_000, iv + 10_000, iv + 30_000, iv + 80_000));
            }
            w.write("]}\n");
        }
        System.out.println(out + ": " + clinics + " clinics, " + Files.size(out) + " bytes");
    }
}
