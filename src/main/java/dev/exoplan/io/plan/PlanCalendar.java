package dev.exoplan.io.plan;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.cost.Visit;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.course.Purchase;
import dev.exoplan.core.finance.Instalments;
import dev.exoplan.core.finance.Payment;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.schedule.Session;
import dev.exoplan.core.sheet.Range;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A plan's typical schedule as an iCalendar file (RFC 5545, written by the biweekly library): one
 * all-day event per session with a reminder the day before. Each event's UID is made of the course
 * (clinic, goal, method, first day) and the session's number, joined with dots, which ids cannot hold
 * (ids hold hyphens, so hyphens would let clinic "a-b" with goal "c" and clinic "a" with goal "b-c"
 * share UIDs); exporting the same plan again updates the events in a calendar instead of adding them
 * twice. Texts from the sheet are neutralised ({@link SafeText#icsText}); lines are folded at 75
 * octets, never inside a character (biweekly folds at 75 characters, up to 225 octets of Japanese).
 */
public final class PlanCalendar {

    private static final String CRLF = "\r\n";
    /** The longest content line RFC 5545 allows, in octets. */
    private static final int MAX_OCTETS = 75;

    private final Language language;
    private final Texts texts;
    private final PeopleFormat format;
    private final PlanText text;

    public PlanCalendar(Language language) {
        this.language = language;
        this.texts = new Texts(language);
        this.format = new PeopleFormat(language);
        this.text = new PlanText(language);
    }

    public ICalendar calendar(Plan plan, String version) {
        return calendar(plan, Optional.empty(), version);
    }

    /** The calendar; with packages bought on instalments, each typical payment too. */
    public ICalendar calendar(Plan plan, Optional<Instalments> instalments, String version) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//exoplan//exoplan " + version + "//" + language.code().toUpperCase(Locale.ROOT));
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        int count = typical.sessions();
        Range<MonetaryAmount> prices = plan.clinic().price(plan.method().id()).orElseThrow();
        String method = SafeText.icsText(plan.method().label().in(language));
        for (Visit visit : typical.visits()) {
            Session session = visit.session();
            VEvent event = new VEvent();
            event.setUid(uid(plan, session));
            event.setDateStart(date(session.date()), false);
            event.setDateEnd(date(session.date().plusDays(1)), false);
            event.setSummary(texts.get("ics.summary", method, session.number(), count));
            String description = texts.get("ics.description",
                    SafeText.icsText(plan.clinic().name().in(language)),
                    method,
                    SafeText.icsText(plan.goal().label().in(language)),
                    format.money(visit.receipt().total()),
                    format.money(prices.min()),
                    format.money(prices.max()));
            if (typical.solution().isPresent()) {
                // With packages a visit's price says little alone: say what it buys or uses (its
                // package names already neutralised for people, as iCalendar text needs them).
                description += "\n" + texts.get("ics.purchase", text.course.bought(typical, session.number() - 1));
            }
            event.setDescription(description);
            VAlarm reminder = VAlarm.display(new Trigger(Duration.builder().prior(true).days(1).build(),
                    biweekly.parameter.Related.START), texts.get("ics.reminder", method));
            event.addAlarm(reminder);
            calendar.addEvent(event);
        }
        typical.prepayment().ifPresent(pre -> pre.packages().forEach(risk -> calendar.addEvent(
                coolingOff(plan, typical, risk))));
        instalments.ifPresent(i -> i.scenario(Scenario.TYPICAL).forEach(f -> payments(plan, typical, f)
                .forEach(calendar::addEvent)));
        return calendar;
    }

    /**
     * A financed package's payments as all-day events, each with a reminder the day before. A UID is the
     * course's, then {@code instalment}, the number of the session the package is bought at and the
     * payment's number: no other event's UID ends so, and exporting again updates them.
     */
    private List<VEvent> payments(Plan plan, ScenarioPlan typical, Instalments.Financed financed) {
        Purchase purchase = typical.solution().orElseThrow().purchases().get(financed.purchase());
        String name = SafeText.icsText(purchase.pack().orElseThrow().name().in(language));
        List<Payment> payments = financed.loan().payments();
        List<VEvent> events = new ArrayList<>();
        for (int k = 0; k < payments.size(); k++) {
            Payment p = payments.get(k);
            String amount = format.money(Amounts.of(BigDecimal.valueOf(p.amount(),
                    Amounts.minorDigits(plan.currency())), plan.currency()));
            VEvent event = new VEvent();
            event.setUid(plan.clinic().id() + "." + plan.goal().id() + "." + plan.method().id() + "."
                    + plan.horizon().start() + ".instalment." + (purchase.first() + 1) + "." + (k + 1) + "@exoplan");
            event.setDateStart(date(p.date()), false);
            event.setDateEnd(date(p.date().plusDays(1)), false);
            event.setSummary(texts.get("ics.instalment.summary", name, k + 1, payments.size(), amount));
            event.setDescription(texts.get("ics.instalment.description", name,
                    SafeText.icsText(plan.clinic().name().in(language)), format.date(financed.date()),
                    format.money(Amounts.of(BigDecimal.valueOf(financed.loan().total(),
                            Amounts.minorDigits(plan.currency())), plan.currency()))));
            event.addAlarm(VAlarm.display(new Trigger(Duration.builder().prior(true).days(1).build(),
                    biweekly.parameter.Related.START), texts.get("ics.instalment.reminder", name, amount)));
            events.add(event);
        }
        return events;
    }

    /**
     * The last day of a package's cooling-off as an all-day event, with a reminder two days before (time
     * to write to the clinic). Its UID is the course's, then {@code cooling-off} and the number of the
     * session the package is bought at: no session's UID ends so, and exporting again updates it.
     */
    private VEvent coolingOff(Plan plan, ScenarioPlan typical, PackageRisk risk) {
        Purchase purchase = typical.solution().orElseThrow().purchases().get(risk.purchase());
        String name = SafeText.icsText(purchase.pack().orElseThrow().name().in(language));
        VEvent event = new VEvent();
        event.setUid(plan.clinic().id() + "." + plan.goal().id() + "." + plan.method().id() + "."
                + plan.horizon().start() + ".cooling-off." + (purchase.first() + 1) + "@exoplan");
        event.setDateStart(date(risk.coolingOffUntil()), false);
        event.setDateEnd(date(risk.coolingOffUntil().plusDays(1)), false);
        event.setSummary(texts.get("ics.coolingOff.summary", name));
        event.setDescription(texts.get("ics.coolingOff.description", name,
                SafeText.icsText(plan.clinic().name().in(language)), format.date(risk.contractDate())));
        event.addAlarm(VAlarm.display(new Trigger(Duration.builder().prior(true).days(2).build(),
                biweekly.parameter.Related.START), texts.get("ics.coolingOff.reminder", name)));
        return event;
    }

    /** Writes the calendar as iCalendar 2.0 text, its lines folded at 75 octets. */
    public void write(Plan plan, String version, Writer out) throws IOException {
        write(plan, Optional.empty(), version, out);
    }

    /** The same, with each typical payment of the packages bought on instalments. */
    public void write(Plan plan, Optional<Instalments> instalments, String version, Writer out) throws IOException {
        String unfolded = Biweekly.write(calendar(plan, instalments, version)).version(ICalVersion.V2_0).foldLines(false).go();
        for (String line : unfolded.split(CRLF, -1)) {
            if (!line.isEmpty()) {
                out.write(fold(line));
                out.write(CRLF);
            }
        }
    }

    /**
     * An event's UID: clinic, goal, method, first day and session number joined with dots. Ids are
     * lower-case letters, digits and hyphens and the day is an ISO date, so no two courses share one.
     */
    static String uid(Plan plan, Session session) {
        return plan.clinic().id() + "." + plan.goal().id() + "." + plan.method().id() + "."
                + plan.horizon().start() + "." + session.number() + "@exoplan";
    }

    /**
     * One content line folded as RFC 5545 §3.1 asks: no line longer than 75 octets of UTF-8 (the break
     * excluded; a continuation line's leading space included), never inside a character. A lone
     * surrogate, which UTF-8 cannot hold, is written as U+FFFD.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
                cp = 0xFFFD;
            }
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp <= 0xFFFF ? 3 : 4;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
        }
        return out.toString();
    }

    /** A calendar day as the library takes it: midnight of that day in the machine's time zone. */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
