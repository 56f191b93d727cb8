package dev.exoplan.io.list;

import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.CoursePackage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * What a price sheet offers — its goals, methods and clinics with their ids — as text for a patient
 * choosing {@code --goal}, {@code --method} and {@code --clinic}.
 */
public final class SheetText implements Renderer.Streaming<SheetListing> {

    /** Characters held before they are written on. */
    private static final int FLUSH_AT = 8192;

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
            clinic.prices().forEach((method, range) -> rows.add(new String[] {"  " + method,
                format.money(range.min()), "–", format.money(range.max()),
                texts.get("list.typical", format.money(range.typical()))}));
            Layout.table(width, rows, new boolean[] {false, true, false, true, false}, " ", false, out);
            offers(clinic, out);
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
            rows.add(new String[] {"    " + p.method(), p.variant().map(v -> "--variant " + v).orElse(""),
                SafeText.forPeople(p.name().in(language)), format.money(p.price()),
                texts.get("list.package", p.sessions()) + p.validMonths().stream()
                        .mapToObj(m -> texts.get("list.package.valid", m)).findFirst().orElse("")});
        }
        if (!rows.isEmpty()) {
            Layout.table(width, rows, new boolean[] {false, false, false, true, false}, "  ", false, out);
        }
    }
}
