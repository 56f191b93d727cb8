package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --ics}: the typical schedule as an iCalendar file, read back with the same library. */
class PlanCalendarTests {

    @TempDir
    Path dir;

    private static ICalendar read(Path file) throws IOException {
        return Biweekly.parse(file.toFile()).first();
    }

    private static LocalDate day(VEvent event) {
        return event.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private Result plan(Path ics, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("plan", "--pricing", PlanCommandTests.WORKED_EXAMPLE,
                "--goal", "skin", "--method", "iv", "--start", "2027-01-04", "--ics", ics.toString()));
        args.addAll(List.of(more));
        return exoplan(args.toArray(String[]::new));
    }

    @Test
    void theTypicalSchedule_isOneAllDayEventPerSession() throws IOException {
        Path ics = dir.resolve("plan.ics");
        Result r = plan(ics);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Exosome therapy: treatment plan"), "the plan is still printed");
        List<VEvent> events = read(ics).getEvents();
        // typical: 4 initial sessions 3 weeks apart, then every 3 months (the worked example)
        assertEquals(List.of("2027-01-04", "2027-01-25", "2027-02-15", "2027-03-08", "2027-06-08", "2027-09-08",
                "2027-12-08"), events.stream().map(e -> day(e).toString()).toList());
        assertFalse(events.get(0).getDateStart().getValue().hasTime(), "all-day events");
        assertEquals("Exosome IV drip (2/7)", events.get(1).getSummary().getValue());
        assertTrue(events.get(0).getDescription().getValue().contains("Worked Example Clinic"));
        // first visit: (80000 + 5000) × 1.1 = 93,500
        assertTrue(events.get(0).getDescription().getValue().contains("¥93,500"),
                events.get(0).getDescription().getValue());
    }

    @Test
    void aClinicWithPackages_saysWhatEachVisitBuysOrUses() throws IOException {
        // Typical scenario at the course clinic: a 2-session course at visit 1, a 5-session course at visit 3.
        Path ics = dir.resolve("course.ics");
        Result r = exoplan("plan", "--pricing", "examples/course-clinic.json", "--goal", "skin", "--method", "iv",
                "--clinic", "course-clinic", "--start", "2027-01-04", "--ics", ics.toString());
        assertEquals(0, r.code(), r.err());
        List<String> descriptions = read(ics).getEvents().stream().map(e -> e.getDescription().getValue()).toList();

        // 7 sessions, then the last day of cooling-off of each package (bought at sessions 1 and 3)
        assertEquals(9, descriptions.size());
        assertTrue(descriptions.get(0).endsWith("\nPackages: buys 2-session course (typical scenario)."),
                descriptions.get(0));
        assertTrue(descriptions.get(1).endsWith("\nPackages: 2-session course, 2 of 2 (typical scenario)."),
                descriptions.get(1));
        assertTrue(descriptions.get(2).contains("this visit: ¥550,000"), descriptions.get(2));
        assertTrue(descriptions.get(6).endsWith("\nPackages: 5-session course, 5 of 5 (typical scenario)."),
                descriptions.get(6));
    }

    @Test
    void aClinicWithoutPackages_saysNothingOfThem() throws IOException {
        Path ics = dir.resolve("plan.ics");
        assertEquals(0, plan(ics).code());
        assertTrue(read(ics).getEvents().stream().noneMatch(e -> e.getDescription().getValue().contains("Packages")));
    }

    @Test
    void everyEvent_remindsTheDayBefore() throws IOException {
        Path ics = dir.resolve("plan.ics");
        plan(ics);
        for (VEvent event : read(ics).getEvents()) {
            assertEquals(1, event.getAlarms().size());
            assertEquals("-P1D", event.getAlarms().get(0).getTrigger().getDuration().toString());
        }
    }

    @Test
    void exportingTheSamePlanAgain_keepsTheUids() throws IOException {
        Path first = dir.resolve("a.ics");
        Path second = dir.resolve("b.ics");
        plan(first);
        plan(second);
        List<String> a = read(first).getEvents().stream().map(e -> e.getUid().getValue()).toList();
        List<String> b = read(second).getEvents().stream().map(e -> e.getUid().getValue()).toList();
        assertEquals(a, b);
        assertEquals(7, a.stream().distinct().count(), "one UID per session");
        // clinic.goal.method.first-day.session: dots, which ids cannot hold, keep the parts apart
        assertEquals("sample.skin.iv.2027-01-04.1@exoplan", a.get(0));
    }

    @Test
    void japanese_namesTheSessionsInJapanese() throws IOException {
        Path ics = dir.resolve("plan.ics");
        Result r = exoplan(Map.of(), "", Locale.JAPAN, "plan", "--pricing", PlanCommandTests.WORKED_EXAMPLE, "--goal",
                "skin", "--method", "iv", "--start", "2027-01-04", "--ics", ics.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("エクソソーム 点滴（3/7回目）", read(ics).getEvents().get(2).getSummary().getValue());
    }

    @Test
    void aFolderThatDoesNotExist_exits1AndWritesNothing() {
        Path ics = dir.resolve("missing").resolve("plan.ics");
        Result r = plan(ics);
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertEquals("exoplan plan: --ics " + ics + ": cannot write there (no such folder); nothing was written"
                + " — choose a folder that exists and can be written",
                r.err().strip());
        assertFalse(Files.exists(ics.getParent()));
    }

    @Test
    void anEarlierFile_isReplacedWhole() throws IOException {
        Path ics = dir.resolve("plan.ics");
        Files.writeString(ics, "old");
        plan(ics);
        assertEquals(7, read(ics).getEvents().size());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("plan.ics"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void outputAndIcsNamingOnePlace_areAUsageErrorNamingBoth_andWriteNothing() throws IOException {
        Path plan = dir.resolve("plan.txt");
        Path link = dir.resolve("link.txt");
        Files.writeString(plan, "before");
        Files.createSymbolicLink(link, plan);
        for (List<String> both : List.of(List.of(plan.toString(), dir.resolve("sub/../plan.txt").toString()),
                List.of(plan.toString(), link.toString()), List.of("-", "-"))) {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--output",
                    both.get(0), "--ics", both.get(1));
            assertEquals(ExitCodes.USAGE, r.code(), both.toString());
            assertEquals("", r.out());
            assertEquals("exoplan plan: --output " + both.get(0) + " and --ics " + both.get(1) + " name the same "
                    + "place, where the plan and the calendar would overwrite or mix with each other; give each its "
                    + "own file\n", r.err());
        }
        assertEquals("before", Files.readString(plan));
        Result ja = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--output", "-",
                "--ics", "-", "--lang", "ja");
        assertEquals(ExitCodes.USAGE, ja.code());
        assertTrue(ja.err().startsWith("exoplan plan: --output - と --ics - が同じ場所を指している"), ja.err());
        // one file each is fine; standard output and a file too
        Result apart = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--output",
                dir.resolve("a.txt").toString(), "--ics", dir.resolve("a.ics").toString());
        assertEquals(0, apart.code(), apart.err());
    }

    @Test
    void asciiWithHtmlOrJson_isAUsageError_asBomOutsideCsvIs() {
        for (String format : List.of("html", "json")) {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--format", format,
                    "--ascii");
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("", r.out());
            assertEquals("exoplan plan: --ascii: it is for the text output (a terminal without block characters); "
                    + format + " output is UTF-8 by definition, so give --ascii only with --format text\n", r.err());
        }
        Result ja = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--format", "html",
                "--ascii", "--lang", "ja");
        assertEquals("exoplan plan: --ascii: テキスト出力（ブロック文字のない端末）用です。html の出力はもともと UTF-8 なので、"
                + "--ascii は --format text のときだけ指定してください\n", ja.err());
        assertEquals(0, exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--ascii").code());
    }
}
