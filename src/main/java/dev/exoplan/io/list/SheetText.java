package dev.exoplan.io.list;

import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import javax.money.MonetaryAmount;

/**
 * What a price sheet offers — its goals, methods and clinics with their ids — as text for a patient
 * choosing {@code --goal}, {@code --method} and {@code --clinic}.
 */
public final class SheetText implements Renderer.Streaming<SheetListing> {

    /** Characters held before they are written on. */
    private static final int FLUSH_AT = 8192;

    /** A whole number in a package's label (full-width digits made ASCII first). */
    private static final Pattern COUNT = Pattern.compile("[0-9]+");

    private final Language language;
    private final Texts texts;
    private final PeopleFormat format;

    private final int width;

    public SheetText(Language language) {
        this(language, Layout.DEFAULT_WIDTH);
    }

    /** @param width the columns the text is laid out to */
    public SheetText(Language language, int width) {
        this.width = width;
        this.language = language;
        this.texts = new Texts(language);
        this.format = new PeopleFormat(language);
    }

    /** Written a few clinics at a time: a chain's sheet lists a hundred thousand. */
    @Override
    public void render(SheetListing listing, Writer to) throws IOException {
        PriceSheet sheet = listing.sheet();
        Set<SheetListing.Section> sections = listing.sections();
        StringBuilder out = new StringBuilder();
        if (sections.contains(SheetListing.Section.GOALS)) {
            goals(sheet, out);
        }
        if (sections.contains(SheetListing.Section.METHODS)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            methods(sheet, out);
        }
        if (sections.contains(SheetListing.Section.CLINICS)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            clinics(sheet, out, to);
        }
        sheet.notice().ifPresent(n -> {
            out.append('\n');
            Layout.wrap(width, "", SafeText.forPeople(n.in(language)), out);
        });
        to.append(out);
    }

    private void goals(PriceSheet sheet, StringBuilder out) {
        Layout.wrap(width, "", texts.get("list.goals"), out);
        List<String[]> rows = new ArrayList<>();
        for (Goal goal : sheet.goals().values()) {
            rows.add(new String[] {goal.id(), SafeText.forPeople(goal.label().in(language)), String.join(", ",
                    goal.methods())});
        }
        Layout.table(width, rows, new boolean[] {false, false, false}, "  ", false, out);
    }

    private void methods(PriceSheet sheet, StringBuilder out) {
        Layout.wrap(width, "", texts.get("list.methods"), out);
        List<String[]> rows = new ArrayList<>();
        for (Method method : sheet.methods().values()) {
            rows.add(new String[] {method.id(), SafeText.forPeople(method.label().in(language))});
        }
        Layout.table(width, rows, new boolean[] {false, false}, "  ", false, out);
    }

    /** Each clinic into {@code out}, which goes to {@code to} whenever it holds a few kilobytes. */
    private void clinics(PriceSheet sheet, StringBuilder out, Writer to) throws IOException {
        List<String[]> rows = new ArrayList<>();
        Layout.wrap(width, "", texts.get(sheet.tax().included() ? "list.clinics.included" : "list.clinics.excluded"),
                out);
        for (Clinic clinic : sheet.clinics()) {
            out.append("  ").append(clinic.id()).append("  ").append(SafeText.forPeople(clinic.name().in(language)))
                    .append('\n');
            rows.clear();
            clinic.prices().forEach((method, range) -> rows.add(range.min().isEqualTo(range.max())
                    // one price is no range: "iv ¥150,000", not "¥150,000 – ¥150,000 typical ¥150,000"
                    ? new String[] {"  " + method, format.money(range.min()), "", "", ""}
                    : new String[] {"  " + method, format.money(range.min()), "–", format.money(range.max()),
                        texts.get("list.typical", format.money(range.typical()))}));
            Layout.table(width, rows, new boolean[] {false, true, false, true, false}, " ", false, out);
            offers(clinic, out);
            fees(clinic, out);
            if (out.length() >= FLUSH_AT) {
                to.append(out);
                out.setLength(0);
            }
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
            String name = SafeText.forPeople(p.name().in(language));
            rows.add(new String[] {"    " + p.method(), p.variant().map(v -> "--variant " + v).orElse(""), name,
                format.money(p.price()), terms(p, name)});
        }
        if (!rows.isEmpty()) {
            Layout.table(width, rows, new boolean[] {false, false, false, true, false}, "  ", false, out);
        }
    }

    /**
     * A package's sessions and validity, said once: a label that already counts the sessions ("IV drip,
     * 5 sessions", or the Japanese "5-kai kosu") is not followed by "5 sessions" again.
     */
    private String terms(CoursePackage p, String name) {
        String count = String.valueOf(p.sessions());
        boolean counted = COUNT.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).results()
                .anyMatch(m -> m.group().equals(count));
        OptionalInt months = p.validMonths();
        if (counted) {
            return months.isPresent() ? texts.get("list.package.validOnly", months.getAsInt()) : "";
        }
        return texts.get("list.package", p.sessions())
                + (months.isPresent() ? texts.get("list.package.valid", months.getAsInt()) : "");
    }

    /** Below the prices, what the clinic charges besides the sessions: each fee, its amount and when. */
    private void fees(Clinic clinic, StringBuilder out) {
        if (clinic.fees().isEmpty()) {
            return;
        }
        out.append("    ").append(texts.get("list.fees")).append('\n');
        List<String[]> rows = new ArrayList<>();
        for (Fee fee : clinic.fees()) {
            String label = SafeText.forPeople(fee.label().in(language));
            rows.add(new String[] {"    " + label, terms(clinic, fee, label)});
        }
        Layout.table(width, rows, new boolean[] {false, false}, "  ", false, out);
    }

    /**
     * What a fee costs and when: "¥3,300 per visit, optional (for injection)". A free fee whose label
     * already says so ("Counselling (free)") is not followed by "free" again.
     */
    private String terms(Clinic clinic, Fee fee, String label) {
        String free = texts.get("list.fee.free");
        boolean saysFree = fee.amount().isZero()
                && Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).contains(free);
        String terms;
        if (saysFree) {
            terms = fee.optional() ? texts.get("row.fee.optionalOnly") : "";
        } else {
            terms = (fee.amount().isZero() ? free : texts.get(fee.per() == Charge.ONCE ? "row.fee.once"
                    : "row.fee.visit", format.money(fee.amount())))
                    + (fee.optional() ? texts.get("row.fee.optional") : "");
        }
        // The methods in the clinic's order (a fee's own are a set), else as the sheet names them, sorted.
        List<String> methods = clinic.prices().keySet().stream().filter(fee.methods()::contains).toList();
        if (methods.isEmpty()) {
            methods = fee.methods().stream().sorted().toList();
        }
        return methods.isEmpty() ? terms
                : terms + texts.get("list.fee.methods", String.join(texts.get("list.separator"), methods));
    }
}
