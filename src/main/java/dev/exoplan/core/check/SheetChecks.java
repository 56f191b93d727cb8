package dev.exoplan.core.check;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.LocalizedText;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.sheet.Variant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What the source article asks of a clinic's price sheet, as warnings on a sheet that is already
 * valid: disclosure of the exosome used, every extra fee listed, no implausibly cheap price,
 * schedules like the article's, and every goal offered by some clinic. Pure: findings carry JSON
 * pointers, and the caller places them in the file.
 */
public final class SheetChecks {

    /** The article: the first sessions "every 2 weeks to 1 month". */
    public static final int ARTICLE_INITIAL_WEEKS_MIN = 2;
    public static final int ARTICLE_INITIAL_WEEKS_MAX = 4;
    /** The article: maintenance "once every few months". */
    public static final int ARTICLE_MAINTENANCE_MONTHS_MIN = 2;
    public static final int ARTICLE_MAINTENANCE_MONTHS_MAX = 6;

    private SheetChecks() {
    }

    /** Every article check on a whole sheet, goals first, then clinics in order. */
    public static List<Finding> of(PriceSheet sheet) {
        List<Finding> findings = new ArrayList<>();
        sheet.goals().values().forEach(goal -> findings.addAll(goal(goal)));
        for (int i = 0; i < sheet.clinics().size(); i++) {
            findings.addAll(clinic(i, sheet.clinics().get(i), sheet.currency()));
        }
        Set<String> priced = new HashSet<>();
        sheet.clinics().forEach(c -> priced.addAll(c.prices().keySet()));
        sheet.goals().values().forEach(goal -> unoffered(goal, priced).ifPresent(findings::add));
        return findings;
    }

    /** A goal none of whose methods is priced by any clinic ({@code priced}: every method some clinic prices). */
    public static Optional<Finding> unoffered(Goal goal, Set<String> priced) {
        if (goal.methods().stream().anyMatch(priced::contains)) {
            return Optional.empty();
        }
        String methods = String.join(", ", goal.methods());
        return Optional.of(warning("W-GOAL-UNOFFERED", Pointers.of("goals", goal.id()),
                "no clinic in the sheet prices any method of goal '" + goal.id() + "' (" + methods + ")",
                "price one of its methods at a clinic, or remove the goal",
                "目的 '" + goal.id() + "' の投与方法（" + methods + "）に価格を付けているクリニックがありません",
                "いずれかのクリニックでその投与方法の価格を設定するか、この目的を削除してください"));
    }

    /** The goal's schedule against the article's: initial every 2 weeks to 1 month, then every few months. */
    public static List<Finding> goal(Goal goal) {
        List<Finding> findings = new ArrayList<>();
        String keep = "check the interval with the doctor; if it is right, keep it (this is a note, not an error)";
        String keepJa = "医師と間隔を確認し、正しければそのままで構いません（エラーではなく注意です）";
        Range<Integer> weeks = goal.initialIntervalWeeks();
        if (weeks.min() < ARTICLE_INITIAL_WEEKS_MIN || weeks.max() > ARTICLE_INITIAL_WEEKS_MAX) {
            boolean low = weeks.min() < ARTICLE_INITIAL_WEEKS_MIN;
            int value = low ? weeks.min() : weeks.max();
            findings.add(warning("W-INTERVAL-INITIAL",
                    Pointers.of("goals", goal.id(), "initialIntervalWeeks", low ? "min" : "max"),
                    "initial sessions every " + (value == 1 ? "week" : value + " weeks") + " is outside the article's "
                            + "2 weeks to 1 month", keep,
                    "初期治療の間隔 " + value + " 週間は、記事の「2週間〜1ヶ月に1回」の範囲外です", keepJa));
        }
        Range<Integer> months = goal.maintenanceIntervalMonths();
        if (months.min() < ARTICLE_MAINTENANCE_MONTHS_MIN || months.max() > ARTICLE_MAINTENANCE_MONTHS_MAX) {
            boolean low = months.min() < ARTICLE_MAINTENANCE_MONTHS_MIN;
            int value = low ? months.min() : months.max();
            findings.add(warning("W-INTERVAL-MAINTENANCE",
                    Pointers.of("goals", goal.id(), "maintenanceIntervalMonths", low ? "min" : "max"),
                    "maintenance every " + (value == 1 ? "month" : value + " months") + " is outside the article's "
                            + "once every few months ("
                            + ARTICLE_MAINTENANCE_MONTHS_MIN + " to " + ARTICLE_MAINTENANCE_MONTHS_MAX + ")", keep,
                    "メンテナンスの間隔 " + value + " か月は、記事の「数ヶ月に1回」（" + ARTICLE_MAINTENANCE_MONTHS_MIN
                            + "〜" + ARTICLE_MAINTENANCE_MONTHS_MAX + "か月）の範囲外です", keepJa));
        }
        return findings;
    }

    /** One clinic: what it discloses, which extra fees it lists, and how cheap its prices are. */
    public static List<Finding> clinic(int index, Clinic clinic, CurrencyUnit currency) {
        List<Finding> findings = new ArrayList<>();
        disclosure(index, clinic, findings);
        fees(index, clinic, findings);
        offers(index, clinic, findings);
        String code = currency.getCurrencyCode();
        CheapPrice.threshold(currency).ifPresent(threshold -> clinic.prices().forEach((method, range) -> {
            if (Amounts.decimal(range.min()).compareTo(threshold) < 0) {
                String price = plain(range.min()) + " " + code;
                String limit = threshold.toPlainString() + " " + code;
                findings.add(warning("W-CHEAP", Pointers.of("clinics", index, "prices", method, "min"),
                        "the lowest " + method + " price, " + price + " a session, is below " + limit + "; the "
                                + "article warns that extremely cheap treatment may mean poor quality, concentration "
                                + "or safety management",
                        "check the price; if it is right, say in the disclosure why it is safe (dose, "
                                + "manufacturer, quality control)",
                        method + " の最低価格 " + price + "（1回）は " + limit + " を下回っています。記事は、極端に安い"
                                + "場合は品質や濃度、安全管理体制への配慮が十分でない可能性があると注意しています",
                        "価格を確認し、正しければ安全性の根拠（濃度・製造元・品質管理）を disclosure に記載してください"));
            }
        }));
        return findings;
    }

    private static void disclosure(int index, Clinic clinic, List<Finding> findings) {
        Disclosure d = clinic.disclosure();
        String at = Pointers.of("clinics", index, "disclosure");
        String who = "clinic '" + clinic.id() + "'";
        String whoJa = "クリニック '" + clinic.id() + "' は";
        if (d.source().isEmpty()) {
            findings.add(warning("W-DISCLOSE-SOURCE", at, who + " does not say where its exosome comes from (由来)",
                    "add disclosure.source: adipose, umbilical-cord, dental-pulp, bone-marrow or the clinic's own "
                            + "words",
                    whoJa + "エクソソームの由来を記載していません",
                    "disclosure.source を追加してください（adipose、umbilical-cord、dental-pulp、bone-marrow または"
                            + "クリニック自身の言葉）"));
        }
        if (d.dose().isEmpty()) {
            findings.add(warning("W-DISCLOSE-DOSE", at, who + " does not state the dose or concentration (濃度)",
                    "add disclosure.dose, such as the particles or millilitres per session",
                    whoJa + "濃度・投与量を記載していません",
                    "disclosure.dose を追加してください（1回あたりの粒子数や mL など）"));
        }
        if (d.manufacturer().isEmpty()) {
            findings.add(warning("W-DISCLOSE-MANUFACTURER", at, who + " does not name the manufacturer",
                    "add disclosure.manufacturer",
                    whoJa + "製造元を記載していません", "disclosure.manufacturer を追加してください"));
        }
        if (d.qualityControl().isEmpty()) {
            findings.add(warning("W-DISCLOSE-QC", at, who + " does not describe its quality control (品質管理)",
                    "add disclosure.qualityControl, such as which tests each lot passes",
                    whoJa + "品質管理について記載していません",
                    "disclosure.qualityControl を追加してください（ロットごとに行う検査など）"));
        }
    }

    private static void fees(int index, Clinic clinic, List<Finding> findings) {
        String at = Pointers.of("clinics", index, "fees");
        if (clinic.fees().stream().noneMatch(mentions(Set.of("consult", "counsel"), Set.of("カウンセリング",
                "診察", "初診", "相談")))) {
            findings.add(warning("W-FEE-CONSULTATION", at, "clinic '" + clinic.id() + "' lists no consultation or "
                    + "counselling fee", "list it, with amount 0 when it is free, so that patients see every fee "
                    + "(the article asks for a clear price system)",
                    "クリニック '" + clinic.id() + "' は診察・カウンセリング料を記載していません",
                    "無料なら金額 0 で記載し、患者がすべての費用を確認できるようにしてください（記事は明確な料金体系を"
                            + "求めています）"));
        }
        boolean injects = clinic.prices("injection") || clinic.prices("combined");
        if (injects && clinic.fees().stream().noneMatch(mentions(Set.of("cream", "anaesthe", "anesthe", "numb"),
                Set.of("麻酔")))) {
            findings.add(warning("W-FEE-CREAM", at, "clinic '" + clinic.id() + "' prices injections but lists no "
                    + "anaesthetic cream (麻酔クリーム), which clinics offer on request", "add a fee "
                    + "\"anaesthetic-cream\" (per visit, optional, for injection and combined), amount 0 if it is "
                    + "free",
                    "クリニック '" + clinic.id() + "' は注射の価格を載せていますが、希望に応じて使われる麻酔クリームの"
                            + "料金を記載していません",
                    "料金 \"anaesthetic-cream\" を追加してください（毎回・任意・injection と combined 向け、無料なら"
                            + "金額 0）"));
        }
    }

    /**
     * Package and first-visit prices against the single session they stand for: a package dearer per
     * session than the single price (for a range, its typical price; for a variant, its price), and a
     * first-visit price above the regular price it replaces (for a range, its lowest price: above it the
     * low scenario's first visit costs more than a regular one). Compared exactly, without dividing.
     */
    private static void offers(int index, Clinic clinic, List<Finding> findings) {
        clinic.prices().forEach((method, range) -> {
            List<Variant> variants = clinic.variants(method);
            if (variants.isEmpty()) {
                Optional.ofNullable(clinic.firstVisits().get(method)).ifPresent(first -> firstVisit(first, range.min(),
                        method, Pointers.of("clinics", index, "prices", method, "firstVisit"), "min", findings));
            }
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get(v);
                int at = v;
                variant.firstVisit().ifPresent(first -> firstVisit(first, variant.price(), method + " " + variant.id(),
                        Pointers.of("clinics", index, "prices", method, at, "firstVisit"), "price", findings));
            }
        });
        for (int i = 0; i < clinic.packages().size(); i++) {
            CoursePackage p = clinic.packages().get(i);
            MonetaryAmount single = p.variant().flatMap(v -> clinic.variant(p.method(), v)).map(Variant::price)
                    .orElseGet(() -> clinic.price(p.method()).orElseThrow().typical());
            MonetaryAmount singles = Amounts.times(single, p.sessions());
            if (p.price().isGreaterThan(singles)) {
                String what = p.method() + p.variant().map(v -> " " + v).orElse("");
                findings.add(warning("W-PACKAGE-DEARER", Pointers.of("clinics", index, "packages", i, "price"),
                        "the " + p.sessions() + "-session package of " + what + " costs " + plain(p.price())
                                + ", more than " + p.sessions() + " single sessions at " + plain(single) + " ("
                                + plain(singles) + "), so it saves nothing",
                        "check the package price and the single price; a package usually costs less per session",
                        what + " の " + p.sessions() + " 回券 " + plain(p.price()) + " は、1回 " + plain(single) + " を "
                                + p.sessions() + " 回受けた場合（" + plain(singles) + "）より高く、割安になりません",
                        "回数券の価格と1回の価格を確認してください（回数券は通常1回あたりが安くなります）"));
            }
        }
    }

    private static void firstVisit(MonetaryAmount first, MonetaryAmount regular, String what, String pointer,
            String regularField, List<Finding> findings) {
        if (first.isGreaterThan(regular)) {
            findings.add(warning("W-FIRST-VISIT-HIGHER", pointer, "the first-visit price of " + what + ", "
                    + plain(first) + ", is above the regular " + regularField + " " + plain(regular) + " it replaces",
                    "check it: a first-visit price (初回価格) is usually an introductory discount; if the offer is "
                            + "for one dose or area only, price the method by variant",
                    what + " の初回価格 " + plain(first) + " が、置き換える通常価格（" + regularField + "）" + plain(regular)
                            + " より高くなっています",
                    "確認してください。初回価格は通常お試しの割引です。特定の用量・部位だけの価格なら、バリエーションで"
                            + "価格を付けてください"));
        }
    }

    private static Finding warning(String code, String pointer, String en, String enFix, String ja, String jaFix) {
        return Finding.warning(code, pointer, LocalizedText.of(ja, en), LocalizedText.of(jaFix, enFix));
    }

    private static Predicate<Fee> mentions(Set<String> english, Set<String> japanese) {
        return fee -> {
            String id = fee.id().toLowerCase(Locale.ROOT);
            LocalizedText label = fee.label();
            String en = label.en().orElse("").toLowerCase(Locale.ROOT);
            String ja = label.ja().orElse("");
            return english.stream().anyMatch(w -> id.contains(w) || en.contains(w))
                    || japanese.stream().anyMatch(ja::contains);
        };
    }

    private static String plain(MonetaryAmount amount) {
        return Amounts.plain(amount).toPlainString();
    }

}
