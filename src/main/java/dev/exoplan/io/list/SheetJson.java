package dev.exoplan.io.list;

import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.json.JsonOutput;
import dev.exoplan.io.plan.PlanJson;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.MonetaryAmount;

/** What a price sheet offers — its goals, methods and clinics with their ids — as JSON for programs. */
public final class SheetJson implements Renderer.Streaming<SheetListing> {

    private final Language language;

    public SheetJson(Language language) {
        this.language = language;
    }

    /** Written as it is made, a clinic at a time: a chain's sheet lists a hundred thousand. */
    @Override
    public void render(SheetListing listing, Writer out) throws IOException {
        JsonOutput.document(json(listing.sheet(), listing.sections()), out);
    }

    /** As JSON, with only these sections (the others are left out). */
    private ListingJson json(PriceSheet sheet, Set<SheetListing.Section> sections) {
        List<GoalJson> goals = sheet.goals().values().stream()
                .map(g -> new GoalJson(g.id(), g.label().in(language), g.methods()))
                .toList();
        List<MethodJson> methods = sheet.methods().values().stream()
                .map(m -> new MethodJson(m.id(), m.label().in(language)))
                .toList();
        List<ClinicJson> clinics = new AbstractList<>() {
            @Override
            public ClinicJson get(int index) {
                return clinic(sheet.clinics().get(index));
            }

            @Override
            public int size() {
                return sheet.clinics().size();
            }
        };
        return new ListingJson(PlanJson.FORMAT_VERSION, language.code(),
                sheet.currency().getCurrencyCode(), sheet.tax().included(),
                sections.contains(SheetListing.Section.GOALS) ? goals : null,
                sections.contains(SheetListing.Section.METHODS) ? methods : null,
                sections.contains(SheetListing.Section.CLINICS) ? clinics : null);
    }

    /** One clinic as the listing shows it, built when the listing is written. */
    private ClinicJson clinic(Clinic c) {
        Map<String, PriceJson> prices = new LinkedHashMap<>();
        c.prices().forEach((method, range) -> prices.put(method, price(c, method, range)));
        List<PackageJson> packages = c.packages().stream()
                .map(p -> new PackageJson(p.name().in(language), p.method(), p.variant().orElse(null),
                        p.sessions(), Amounts.plain(p.price()),
                        p.validMonths().isPresent() ? p.validMonths().getAsInt() : null))
                .toList();
        List<FeeJson> fees = c.fees().stream()
                .map(f -> new FeeJson(f.id(), f.label().in(language), Amounts.plain(f.amount()), f.per().id(),
                        f.optional(), f.methods().isEmpty() ? null : methods(c, f)))
                .toList();
        return new ClinicJson(c.id(), c.name().in(language), prices, packages.isEmpty() ? null : packages,
                fees.isEmpty() ? null : fees);
    }

    /** A fee's methods in the clinic's order (the sheet's are a set), else sorted: as the text names them. */
    private static List<String> methods(Clinic clinic, Fee fee) {
        List<String> priced = clinic.prices().keySet().stream().filter(fee.methods()::contains).toList();
        return priced.isEmpty() ? fee.methods().stream().sorted().toList() : priced;
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

    record ListingJson(int formatVersion, String lang, String currency, boolean taxIncluded, List<GoalJson> goals,
            List<MethodJson> methods, List<ClinicJson> clinics) {
    }

    record GoalJson(String id, String label, List<String> methods) {
    }

    record MethodJson(String id, String label) {
    }

    record ClinicJson(String id, String name, Map<String, PriceJson> prices, List<PackageJson> packages,
            List<FeeJson> fees) {
    }

    /** A method's price; {@code firstVisit} and {@code variants} only where the sheet has them. */
    record PriceJson(BigDecimal min, BigDecimal typical, BigDecimal max, BigDecimal firstVisit,
            List<VariantJson> variants) {
    }

    record VariantJson(String id, String label, BigDecimal price, BigDecimal firstVisit) {
    }

    /** A fee besides the sessions; {@code methods} only for a fee that some methods alone are charged. */
    record FeeJson(String id, String label, BigDecimal amount, String per, boolean optional, List<String> methods) {
    }

    record PackageJson(String label, String method, String variant, int sessions, BigDecimal price,
            Integer validMonths) {
    }
}
