package dev.exoplan.io;

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
import dev.exoplan.core.schedule.Session;
import dev.exoplan.core.sheet.Language;
import dev.exoplan.core.sheet.Range;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * A plan's typical schedule as an iCalendar file (RFC 5545, written by the biweekly library): one
 * all-day event per session with a reminder the day before. Each event's UID is made of the course
 * (clinic, goal, method, first day) and the session's number, so exporting the same plan again
 * updates the events in a calendar instead of adding them twice.
 */
public final class PlanCalendar {

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
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//exoplan//exoplan " + version + "//" + language.code().toUpperCase(Locale.ROOT));
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        int count = typical.sessions();
        Range<MonetaryAmount> prices = plan.clinic().price(plan.method().id()).orElseThrow();
        String method = plan.method().label().in(language);
        for (Visit visit : typical.visits()) {
            Session session = visit.session();
            VEvent event = new VEvent();
            event.setUid(uid(plan, session));
            event.setDateStart(date(session.date()), false);
            event.setDateEnd(date(session.date().plusDays(1)), false);
            event.setSummary(texts.get("ics.summary", method, session.number(), count));
            String description = texts.get("ics.description",
                    plan.clinic().name().in(language),
                    method,
                    plan.goal().label().in(language),
                    format.money(visit.receipt().total()),
                    format.money(prices.min()),
                    format.money(prices.max()));
            if (typical.solution().isPresent()) {
                // With packages a visit's price says little alone: say what it buys or uses.
                description += "\n" + texts.get("ics.purchase", text.bought(typical, session.number() - 1));
            }
            event.setDescription(description);
            VAlarm reminder = VAlarm.display(new Trigger(Duration.builder().prior(true).days(1).build(),
                    biweekly.parameter.Related.START), texts.get("ics.reminder", method));
            event.addAlarm(reminder);
            calendar.addEvent(event);
        }
        return calendar;
    }

    /** Writes the calendar as iCalendar 2.0 text. */
    public void write(Plan plan, String version, Writer out) throws IOException {
        Biweekly.write(calendar(plan, version)).version(ICalVersion.V2_0).go(out);
    }

    private static String uid(Plan plan, Session session) {
        return "exoplan-" + plan.clinic().id() + "-" + plan.goal().id() + "-" + plan.method().id() + "-"
                + plan.horizon().start() + "-" + session.number() + "@exoplan";
    }

    /** A calendar day as the library takes it: midnight of that day in the machine's time zone. */
    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
