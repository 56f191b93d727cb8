import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large, valid price sheet for benchmarks: a chain of CLINICS clinics (default 20,000,
 * about 50 MB), each with full disclosure, three priced methods and several fees.
 * Run: java bench/GenerateSheet.java OUT.json [CLINICS] [SEED]
 */
public class GenerateSheet {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out/chain.json");
        int clinics = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
        Files.createDirectories(out.toAbsolutePath().getParent());
        String head = Files.readString(Path.of("pricing.json"), StandardCharsets.UTF_8);
        head = head.substring(0, head.indexOf("\"clinics\""));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(head);
            w.write("\"clinics\": [\n");
            for (int i = 0; i < clinics; i++) {
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
            w.write("]\n}\n");
        }
        System.out.println(out + ": " + clinics + " clinics, " + Files.size(out) + " bytes");
    }
}
