import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a large, valid price sheet for benchmarks, after the built-in sheet's methods and goals, in one
 * of two clinic shapes:
 * <ul>
 * <li>{@code --shape full} (the default): a chain of CLINICS clinics (default 20,000, about 50 MB), each
 * with full disclosure, three priced methods and seven fees: what {@code validate} is measured on;</li>
 * <li>{@code --shape small}: a comparison site's sheet of CLINICS small clinics (default 100,000, about
 * 37 MB), each with a source, two priced methods and one fee: what {@code bench/chain-memory} runs
 * {@code plan}, {@code list}, {@code compare} and {@code quote} on in a small heap.</li>
 * </ul>
 * The same arguments write the same bytes, so that runs on different days read the same sheet.
 * Run: java bench/GenerateSheet.java [--shape full|small] OUT.json [CLINICS] [SEED]
 */
public class GenerateSheet {
    public static void main(String[] arguments) throws IOException {
        List<String> args = new ArrayList<>(List.of(arguments));
        String shape = "full";
        int flag = args.indexOf("--shape");
        if (flag >= 0) {
            shape = args.get(flag + 1);
            args.subList(flag, flag + 2).clear();
        }
        if (!shape.equals("full") && !shape.equals("small")) {
            throw new IllegalArgumentException("--shape is full or small, not " + shape);
        }
        boolean small = shape.equals("small");
        Path out = Path.of(args.size() > 0 ? args.get(0) : small ? "bench/out/chain-100000.json" : "bench/out/chain.json");
        int clinics = args.size() > 1 ? Integer.parseInt(args.get(1)) : small ? 100_000 : 20_000;
        Random random = new Random(args.size() > 2 ? Long.parseLong(args.get(2)) : 42);
        Files.createDirectories(out.toAbsolutePath().getParent());
        String head = Files.readString(Path.of("pricing.json"), StandardCharsets.UTF_8);
        head = head.substring(0, head.indexOf("\"clinics\""));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(head);
            w.write("\"clinics\": [\n");
            for (int i = 0; i < clinics; i++) {
                if (small) {
                    small(w, random, i);
                } else {
                    full(w, random, i, clinics);
                }
            }
            w.write(small ? "]}\n" : "]\n}\n");
        }
        System.out.println(out + ": " + clinics + " " + shape + " clinics, " + Files.size(out) + " bytes");
    }

    /** A comparison site's clinic: a source, two priced methods, one fee; one line each. */
    private static void small(Writer w, Random random, int i) throws IOException {
        int iv = 30_000 + 1_000 * random.nextInt(50);
        w.write(String.format("%s{\"id\": \"branch-%06d\", \"name\": {\"ja\": \"支店%d\", \"en\": \"Branch %d\"}, "
                + "\"disclosure\": {\"source\": \"adipose\"}, \"prices\": {"
                + "\"iv\": {\"min\": %d, \"typical\": %d, \"max\": %d}, "
                + "\"injection\": {\"min\": %d, \"typical\": %d, \"max\": %d}}, "
                + "\"fees\": [{\"id\": \"consultation\", \"label\": {\"ja\": \"初診料\", \"en\": \"First consultation\"}, "
                + "\"amount\": 3300, \"per\": \"once\"}]}\n",
                i == 0 ? "  " : ", ", i, i, i, iv, iv + 20_000, iv + 60_000, iv + 10_000, iv + 30_000, iv + 80_000));
    }

    /** A chain's clinic: full disclosure, three priced methods, seven fees. */
    private static void full(Writer w, Random random, int i, int clinics) throws IOException {
        int iv = 30_000 + 1_000 * random.nextInt(50);
        int injection = iv + 20_000;
        int combined = injection + 30_000;
        w.write(String.format("""
            {
              "id": "branch-%1$05d",
              "name": { "ja": "サンプルクリニック 第%1$d院（架空）", "en": "Sample Clinic branch %1$d (fictional)" },
              "disclosure": {
                "source": "%2$s",
                "dose": { "ja": "1回あたり培養上清液2 mL、粒子数は初回カウンセリングで書面にて説明（説明用の例）", "en": "2 mL of culture supernatant per session; the particle count is given in writing at the first counselling (illustrative)" },
                "manufacturer": { "ja": "エグザンプル細胞研究所 第%3$d工場（架空）", "en": "Example Cell Lab Co., plant %3$d (fictional)" },
                "qualityControl": { "ja": "ロットごとに無菌試験・エンドトキシン試験・マイコプラズマ否定試験・粒子数測定を実施（説明用の例）", "en": "every lot is tested for sterility, endotoxin and mycoplasma, and its particles are counted (illustrative)" }
              },
              "prices": {
                "iv": { "min": %4$d, "typical": %5$d, "max": %6$d },
                "injection": { "min": %7$d, "typical": %8$d, "max": %9$d },
                "combined": { "min": %10$d, "typical": %11$d, "max": %12$d }
              },
              "fees": [
                { "id": "consultation", "label": { "ja": "初診・カウンセリング料", "en": "First consultation" }, "amount": 5500, "per": "once", "optional": false },
                { "id": "blood-test", "label": { "ja": "血液検査", "en": "Blood test" }, "amount": 5500, "per": "once", "optional": true },
                { "id": "anaesthetic-cream", "label": { "ja": "麻酔クリーム", "en": "Anaesthetic cream" }, "amount": 3300, "per": "visit", "optional": true, "methods": ["injection", "combined"] },
                { "id": "aftercare", "label": { "ja": "アフターケア用品", "en": "Aftercare kit" }, "amount": 2200, "per": "once", "optional": true, "methods": ["combined"] },
                { "id": "follow-up", "label": { "ja": "経過観察の診察（2回目以降）", "en": "Follow-up examination (from the second visit)" }, "amount": 3300, "per": "visit", "optional": true },
                { "id": "cancellation", "label": { "ja": "当日キャンセル料（前日までの連絡で無料）", "en": "Same-day cancellation fee (free with a day's notice)" }, "amount": 5500, "per": "once", "optional": true },
                { "id": "home-care", "label": { "ja": "ホームケア用エクソソーム配合化粧品（医療用製剤とは異なります）", "en": "Home-care cosmetic with exosome (not the medical product)" }, "amount": 8800, "per": "once", "optional": true, "methods": ["injection", "combined"] }
              ]
            }%13$s
            """, i, i % 3 == 0 ? "adipose" : i % 3 == 1 ? "umbilical-cord" : "dental-pulp", i % 7,
                iv, iv * 2, iv * 4, injection, injection * 2, injection * 4, combined, combined * 2,
                combined * 4, i + 1 < clinics ? "," : ""));
    }
}
