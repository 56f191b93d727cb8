package dev.exoplan.io.list;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Language;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.io.json.JsonOutput;
import dev.exoplan.io.plan.PlanJson;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * What a price sheet offers — its goals, methods and clinics with their ids — for a patient choosing
 * {@code --goal}, {@code --method} and {@code --clinic}: as text, or as JSON for programs.
 */
public final class SheetText {

    private final Language language;
    private final Texts texts;
    private final PeopleFormat format;

    public SheetText(Language language) {
        this.language = language;
        this.texts = new Texts(language);
        this.format = new PeopleFormat(language);
    }

    /** The parts of a listing. */
    public enum Section {
        GOALS, METHODS, CLINICS
    }

    public String text(PriceSheet sheet) {
        return text(sheet, EnumSet.allOf(Section.class));
    }

    public String text(PriceSheet sheet, Set<Section> sections) {
        StringBuilder out = new StringBuilder();
        if (sections.contains(Section.GOALS)) {
            goals(sheet, out);
        }
        if (sections.contains(Section.METHODS)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            methods(sheet, out);
        }
        if (sections.contains(Section.CLINICS)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            clinics(sheet, out);
        }
        sheet.notice().ifPresent(n -> {
            out.append('\n');
            Layout.wrap("", SafeText.forPeople(n.in(language)), out);
        });
        return out.toString();
    }

    private void goals(PriceSheet sheet, StringBuilder out) {
        out.append(texts.get("list.goals")).append('\n');
        List<String[]> rows = new ArrayList<>();
        for (Goal goal : sheet.goals().values()) {
            rows.add(new String[] {goal.id(), SafeText.forPeople(goal.label().in(language)), String.join(", ",
                    goal.methods())});
        }
        Layout.table(rows, new boolean[] {false, false, false}, "  ", out);
    }

    private void methods(PriceSheet sheet, StringBuilder out) {
        out.append(texts.get("list.methods")).append('\n');
        List<String[]> rows = new ArrayList<>();
        for (Method method : sheet.methods().values()) {
            rows.add(new String[] {method.id(), SafeText.forPeople(method.label().in(language))});
        }
        Layout.table(rows, new boolean[] {false, false}, "  ", out);
    }

    private void clinics(PriceSheet sheet, StringBuilder out) {
        List<String[]> rows = new ArrayList<>();
        out.append(texts.get(sheet.tax().included() ? "list.clinics.included" : "list.clinics.excluded"))
                .append('\n');
        for (Clinic clinic : sheet.clinics()) {
            out.append("  ").append(clinic.id()).append("  ").append(SafeText.forPeople(clinic.name().in(language)))
                    .append('\n');
            rows.clear();
            clinic.prices().forEach((method, range) -> rows.add(new String[] {"  " + method,
                format.money(range.min()), "–", format.money(range.max()),
                texts.get("list.typical", format.money(range.typical()))}));
            Layout.table(rows, new boolean[] {false, true, false, true, false}, " ", out);
            offers(clinic, out);
        }
    }

    /**
     * Below a clinic's prices: each variant (with the --variant id that picks it), each first-visit
     * price and each package, so that a patient can see and choose them.
     */
    private void offers(Clinic clinic, StringBuilder out) {
        List<String[]> rows = new ArrayList<>();
        clinic.prices().keySet().forEach(method -> {
            for (Variant v : clinic.variants(method)) {
                rows.add(new String[] {"    " + method, "--variant " + v.id(), SafeText.forPeople(v.label().in(language)),
                    format.money(v.price()),
                    v.firstVisit().map(a -> texts.get("list.firstVisit", format.money(a))).orElse("")});
            }
            MonetaryAmount first = clinic.firstVisits().get(method);
            if (first != null) {
                rows.add(new String[] {"    " + method, "", "", "", texts.get("list.firstVisit",
                    format.money(first))});
            }
        });
        for (CoursePackage p : clinic.packages()) {
            rows.add(new String[] {"    " + p.method(), p.variant().map(v -> "--variant " + v).orElse(""),
                SafeText.forPeople(p.name().in(language)), format.money(p.price()),
                texts.get("list.package", p.sessions()) + p.validMonths().stream()
                        .mapToObj(m -> texts.get("list.package.valid", m)).findFirst().orElse("")});
        }
        if (!rows.isEmpty()) {
            Layout.table(rows, new boolean[] {false, false, false, true, false}, "  ", out);
        }
    }

    public String json(PriceSheet sheet) {
        return json(sheet, EnumSet.allOf(Section.class));
    }

    /** As JSON, with only these sections (the others are left out). */
    public String json(PriceSheet sheet, Set<Section> sections) {
        List<GoalJson> goals = sheet.goals().values().stream()
                .map(g -> new GoalJson(g.id(), g.label().in(language), g.methods()))
                .toList();
        List<MethodJson> methods = sheet.methods().values().stream()
                .map(m -> new MethodJson(m.id(), m.label().in(language)))
                .toList();
        List<ClinicJson> clinics = sheet.clinics().stream().map(c -> {
            Map<String, PriceJson> prices = new LinkedHashMap<>();
            c.prices().forEach((method, range) -> prices.put(method, price(c, method, range)));
            List<PackageJson> packages = c.packages().stream()
                    .map(p -> new PackageJson(p.name().in(language), p.method(), p.variant().orElse(null),
                            p.sessions(), Amounts.plain(p.price()),
                            p.validMonths().isPresent() ? p.validMonths().getAsInt() : null))
                    .toList();
            return new ClinicJson(c.id(), c.name().in(language), prices, packages.isEmpty() ? null : packages);
        }).toList();
        try {
            return JsonOutput.MAPPER.writeValueAsString(new SheetJson(PlanJson.FORMAT_VERSION, language.code(),
                    sheet.currency().getCurrencyCode(), sheet.tax().included(),
                    sections.contains(Section.GOALS) ? goals : null,
                    sections.contains(Section.METHODS) ? methods : null,
                    sections.contains(Section.CLINICS) ? clinics : null)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PriceJson price(Clinic clinic, String method, Range<MonetaryAmount> range) {
        List<VariantJson> variants = clinic.variants(method).stream()
                .map(v -> new VariantJson(v.id(), v.label().in(language), Amounts.plain(v.price()),
                        v.firstVisit().map(Amounts::plain).orElse(null)))
                .toList();
        MonetaryAmount first = clinic.firstVisits().get(method);
        return new PriceJson(Amounts.plain(range.min()), Amounts.plain(range.typical()), Amounts.plain(range.max()),
                first == null ? null : Amounts.plain(first), variants.isEmpty() ? null : variants);
    }

    record SheetJson(int formatVersion, String lang, String currency, boolean taxIncluded, List<GoalJson> goals,
            List<MethodJson> methods, List<ClinicJson> clinics) {
    }

    record GoalJson(String id, String label, List<String> methods) {
    }

    record MethodJson(String id, String label) {
    }

    record ClinicJson(String id, String name, Map<String, PriceJson> prices, List<PackageJson> packages) {
    }

    /** A method's price; {@code firstVisit} and {@code variants} only where the sheet has them. */
    record PriceJson(BigDecimal min, BigDecimal typical, BigDecimal max, BigDecimal firstVisit,
            List<VariantJson> variants) {
    }

    record VariantJson(String id, String label, BigDecimal price, BigDecimal firstVisit) {
    }

    record PackageJson(String label, String method, String variant, int sessions, BigDecimal price,
            Integer validMonths) {
    }
}
