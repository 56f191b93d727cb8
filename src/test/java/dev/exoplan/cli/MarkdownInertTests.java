package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.Installed;
import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Markdown output rendered by real renderers, as a clinic's website would render it: a sheet whose
 * clinic names, exosome sources, goal, method and variant labels, and a request file whose ids, hold
 * HTML, links, images, bare web and e-mail addresses, emphasis, strikethrough, code, a heading, entity
 * references, a pipe, a backslash and a formula ({@code sheets/hostile-markdown.json}). The rendered
 * HTML holds no element but the table's own, paragraphs and the one {@code <strong>} of compare's
 * heading, and each text decodes to the sheet's text after the documented changes (SafeText): a leading
 * {@code '} before a formula in a cell, a word joiner (U+2060) after a colon before anything but a space
 * and in {@code www.}, and a full-width {@code ＠} for an {@code @} before anything but a space.
 *
 * <p>commonmark-java (CommonMark with GFM tables, extended autolinks and strikethrough; raw HTML passed
 * through, and escaped) always runs; marked and markdown-it (linkify on, raw HTML off and on) run where
 * Node and {@code target/markdown-renderers} are (.ci/run installs them), and are skipped saying so
 * elsewhere.
 */
class MarkdownInertTests {

    static final String SHEET = "src/test/resources/sheets/hostile-markdown.json";
    private static final Path RENDERERS = Path.of("target/markdown-renderers/node_modules");
    private static final Path SCRIPT = Path.of("src/test/resources/markdown/render.mjs");
    private static final String WJ = "\u2060";

    /** A text from the sheet and what a page shows for it, by hand from SafeText's rule. */
    record Hostile(String text, String shown) {
    }

    /** The clinics' names in English, in the order of their ids md-01 … md-14; in Japanese each ends in " 院". */
    static final List<Hostile> NAMES = List.of(
            new Hostile("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
            new Hostile("<script>alert(1)</script>", "<script>alert(1)</script>"),
            new Hostile("[click](https://evil.invalid)", "[click](https:" + WJ + "//evil.invalid)"),
            new Hostile("![x](https://evil.invalid/a.png)", "![x](https:" + WJ + "//evil.invalid/a.png)"),
            new Hostile("https://evil.invalid", "https:" + WJ + "//evil.invalid"),
            new Hostile("www.evil.invalid", "www" + WJ + ".evil.invalid"),
            new Hostile("a@evil.invalid", "a\uFF20evil.invalid"),
            new Hostile("*em* _em_ **b** ~~s~~ `code`", "*em* _em_ **b** ~~s~~ `code`"),
            new Hostile("# heading", "# heading"),
            new Hostile("&amp; &#60;", "&amp; &#60;"),
            new Hostile("<https://evil.invalid>", "<https:" + WJ + "//evil.invalid>"),
            new Hostile("|", "|"),
            new Hostile("\\", "\\"),
            new Hostile("=1+1", "=1+1")); // '=1+1 where it starts a cell

    private static final Map<String, String> GOAL = Map.of(
            "en", "**Skin** <img src=x onerror=alert(1)> [click](https:" + WJ + "//evil.invalid) &amp;",
            "ja", "美肌 <script>alert(1)</script> https:" + WJ + "//evil.invalid");
    private static final Map<String, String> IV = Map.of(
            "en", "*IV* [drip](https:" + WJ + "//evil.invalid) a\uFF20evil.invalid",
            "ja", "点滴 <img src=x onerror=alert(1)>");
    private static final Map<String, String> SHOT = Map.of(
            "en", "`shot` www" + WJ + ".evil.invalid",
            "ja", "注射 ~~s~~");

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- the outputs

    private static String name(Hostile h, String lang) {
        return lang.equals("ja") ? h.shown() + " 院" : h.shown();
    }

    /** What a cell shows for a sheet's text: a formula gets its apostrophe. */
    private static String cell(String shown) {
        return shown.startsWith("=") ? "'" + shown : shown;
    }

    private static String markdown(String... args) {
        Result r = exoplan(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
        return r.out();
    }

    private static String quote(String lang) {
        return markdown("quote", "--pricing", SHEET, "--start", "2027-01-04", "--format", "markdown", "--lang", lang);
    }

    private String quoteRequests(String lang) throws IOException {
        StringBuilder requests = new StringBuilder();
        ObjectMapper json = new ObjectMapper();
        for (Hostile h : NAMES) {
            requests.append(json.writeValueAsString(Map.of("goal", "skin", "method", "iv", "clinic", "md-01",
                    "id", h.text()))).append('\n');
        }
        Path file = dir.resolve("requests.jsonl");
        Files.writeString(file, requests, UTF_8);
        return markdown("quote", "--pricing", SHEET, "--requests", file.toString(), "--start", "2027-01-04",
                "--format", "markdown", "--lang", lang);
    }

    private static String compare(String lang, boolean budget) {
        List<String> args = new ArrayList<>(List.of("compare", "--pricing", SHEET, "--goal", "skin", "--start",
                "2027-01-04", "--format", "markdown", "--lang", lang));
        if (budget) {
            args.addAll(List.of("--budget", "400000"));
        }
        return markdown(args.toArray(String[]::new));
    }

    // ---------------------------------------------------------------- the renderers

    private static final List<Extension> GFM = List.of(TablesExtension.create(), AutolinkExtension.create(),
            StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();

    /** commonmark-java, raw HTML passed through (its default) and escaped. */
    private static Map<String, UnaryOperator<String>> commonmark() {
        HtmlRenderer raw = HtmlRenderer.builder().extensions(GFM).build();
        HtmlRenderer escaped = HtmlRenderer.builder().extensions(GFM).escapeHtml(true).sanitizeUrls(true).build();
        Map<String, UnaryOperator<String>> renderers = new LinkedHashMap<>();
        renderers.put("commonmark-java", md -> raw.render(PARSER.parse(md)));
        renderers.put("commonmark-java escapeHtml", md -> escaped.render(PARSER.parse(md)));
        return renderers;
    }

    /** marked and markdown-it under Node: renderer → HTML. */
    private static Map<String, String> javascript(String markdown) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", SCRIPT.toString(), RENDERERS.toAbsolutePath().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = node.getOutputStream()) {
            in.write(markdown.getBytes(UTF_8));
        }
        byte[] out;
        try (InputStream from = node.getInputStream()) {
            out = from.readAllBytes();
        }
        assertEquals(0, node.waitFor(), "node " + SCRIPT);
        Map<String, String> html = new LinkedHashMap<>();
        JsonNode tree = new ObjectMapper().readTree(out);
        tree.fields().forEachRemaining(e -> html.put(e.getKey(), e.getValue().asText()));
        return html;
    }

    // ---------------------------------------------------------------- reading the HTML

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9-]*)");
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t([dh])(?:\\s[^>]*)?>(.*?)</t\\1>", Pattern.DOTALL);
    private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);

    /** The names of the elements in {@code html}: every {@code <} a text holds is written {@code &lt;}. */
    private static Set<String> elements(String html) {
        Set<String> names = new TreeSet<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            names.add(m.group(1).toLowerCase());
        }
        return names;
    }

    /** The text of an element's content that holds no element, its references decoded. */
    private static String text(String content, String what) {
        assertFalse(content.contains("<"), what + ": an element inside " + content);
        String decoded = content.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
        return decoded;
    }

    /** The table's body rows, each a list of its cells' texts. */
    private static List<List<String>> rows(String html, String what) {
        List<List<String>> rows = new ArrayList<>();
        Matcher r = ROW.matcher(html);
        while (r.find()) {
            List<String> cells = new ArrayList<>();
            Matcher c = CELL.matcher(r.group(1));
            boolean header = false;
            while (c.find()) {
                header |= c.group(1).equals("h");
                cells.add(text(c.group(2), what).strip());
            }
            if (!header) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static final Set<String> TABLE = Set.of("table", "thead", "tbody", "tr", "th", "td");

    private static void onlyElements(String html, Set<String> allowed, String what) {
        Set<String> extra = new TreeSet<>(elements(html));
        extra.removeAll(allowed);
        assertTrue(extra.isEmpty(), what + ": elements " + extra + " in\n" + html);
    }

    // ---------------------------------------------------------------- what each output must show

    private static void quoteShowsTheNames(String html, String lang, String what) {
        onlyElements(html, TABLE, what);
        List<List<String>> rows = rows(html, what);
        assertEquals(2 * NAMES.size(), rows.size(), what + ": iv and shot for each clinic");
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            assertEquals(String.format("md-%02d", i / 2 + 1), row.get(0), what);
            assertEquals(cell(name(NAMES.get(i / 2), lang)), row.get(1), what + ": row " + (i + 1));
        }
    }

    private static void requestsShowTheIds(String html, String what) {
        onlyElements(html, TABLE, what);
        List<List<String>> rows = rows(html, what);
        assertEquals(NAMES.size(), rows.size(), what);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            assertEquals(String.valueOf(i + 1), row.get(row.size() - 2), what + ": the request's number");
            assertEquals(cell(NAMES.get(i).shown()), row.get(row.size() - 1), what + ": the id of request " + (i + 1));
        }
    }

    private static void compareShowsEveryText(String html, String lang, String what) {
        Set<String> allowed = new TreeSet<>(TABLE);
        allowed.addAll(Set.of("p", "strong"));
        onlyElements(html, allowed, what);
        // the one <strong> is exoplan's own, around its heading, which holds the goal's label as text
        assertTrue(html.startsWith("<p><strong>"), what + ": the heading\n" + html);
        assertEquals(html.indexOf("<strong>"), html.lastIndexOf("<strong>"), what + ": one <strong>");
        String heading = text(html.substring("<p><strong>".length(), html.indexOf("</strong>")), what);
        assertTrue(heading.contains(GOAL.get(lang) + " (skin)") || heading.contains(GOAL.get(lang) + "（skin）"),
                what + ": the heading " + heading);
        // every clinic twice (iv and shot), its method with the variants' labels, its source as a cell
        List<String> clinics = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (List<String> row : rows(html, what)) {
            clinics.add(row.get(1));
            methods.add(row.get(2));
            sources.add(row.get(7));
        }
        String range = lang.equals("ja") ? "〜" : "–";
        List<String> expectedClinics = new ArrayList<>();
        List<String> expectedMethods = new ArrayList<>();
        for (Hostile h : NAMES) {
            String variant = lang.equals("ja") ? "1cc " + h.shown() : h.shown();
            expectedClinics.add(cell(name(h, lang)));
            expectedClinics.add(cell(name(h, lang)));
            expectedMethods.add(IV.get(lang));
            expectedMethods.add(SHOT.get(lang) + " (" + variant + range + (lang.equals("ja") ? "2cc" : "2 cc") + ")");
        }
        assertEquals(sorted(expectedClinics), sorted(clinics), what + ": the clinics");
        assertEquals(sorted(expectedMethods), sorted(methods), what + ": the methods");
        List<String> expectedSources = new ArrayList<>();
        NAMES.forEach(h -> expectedSources.addAll(List.of(cell(h.shown()), cell(h.shown()))));
        assertEquals(sorted(expectedSources), sorted(sources), what + ": the sources");
        // each clinic's prepaid note names it and the method as text (spaces aside: a note is wrapped)
        List<String> notes = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(html);
        while (p.find()) {
            notes.add(text(p.group(1).replaceFirst("^<strong>.*</strong>$", ""), what).replaceAll("\\s", ""));
        }
        for (Hostile h : NAMES) {
            String named = (name(h, lang) + ", " + IV.get(lang)).replaceAll("\\s", "");
            assertTrue(notes.stream().anyMatch(n -> n.contains(named)), what + ": a note on " + h.text() + "\n" + notes);
        }
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }

    // ---------------------------------------------------------------- the tests

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void quote_clinicNames_areTextInCommonmark(String lang) {
        String markdown = quote(lang);
        commonmark().forEach((renderer, render) ->
                quoteShowsTheNames(render.apply(markdown), lang, "quote " + lang + ", " + renderer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void quoteRequests_ids_areTextInCommonmark(String lang) throws IOException {
        String markdown = quoteRequests(lang);
        commonmark().forEach((renderer, render) ->
                requestsShowTheIds(render.apply(markdown), "quote --requests " + lang + ", " + renderer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void compare_headingCellsAndNotes_areTextInCommonmark(String lang) {
        for (boolean budget : List.of(false, true)) {
            String markdown = compare(lang, budget);
            commonmark().forEach((renderer, render) -> compareShowsEveryText(render.apply(markdown), lang,
                    "compare " + lang + (budget ? " --budget" : "") + ", " + renderer));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void compare_aChosenVariantsLabel_isTextInCommonmark(String lang) {
        String markdown = markdown("compare", "--pricing", SHEET, "--goal", "skin", "--method", "shot", "--variant",
                "1cc", "--start", "2027-01-04", "--format", "markdown", "--lang", lang);
        Set<String> allowed = new TreeSet<>(TABLE);
        allowed.addAll(Set.of("p", "strong"));
        commonmark().forEach((renderer, render) -> {
            String html = render.apply(markdown);
            String what = "compare --variant 1cc " + lang + ", " + renderer;
            onlyElements(html, allowed, what);
            List<String> methods = rows(html, what).stream().map(row -> row.get(2)).toList();
            // the variant's label beside the method, not at the start of the cell: no apostrophe for =1+1
            List<String> expected = NAMES.stream()
                    .map(h -> SHOT.get(lang) + " (" + (lang.equals("ja") ? "1cc " : "") + h.shown() + ")").toList();
            assertEquals(sorted(expected), sorted(methods), what);
        });
    }

    @Test
    void everyOutput_isTextInMarkedAndMarkdownIt() throws IOException, InterruptedException {
        // CI installs both (.ci/run): there a missing renderer fails the run instead of skipping it.
        boolean installed = Installed.runs("node") && Files.isDirectory(RENDERERS.resolve("marked"))
                && Files.isDirectory(RENDERERS.resolve("markdown-it"));
        String missing = "node, or marked and markdown-it in " + RENDERERS
                + ", is missing: the JavaScript renderers are not run (commonmark-java is; .ci/run installs them with npm)";
        Installed.require(installed, missing);
        for (String lang : List.of("en", "ja")) {
            for (var html : javascript(quote(lang)).entrySet()) {
                quoteShowsTheNames(html.getValue(), lang, "quote " + lang + ", " + html.getKey());
            }
            for (var html : javascript(quoteRequests(lang)).entrySet()) {
                requestsShowTheIds(html.getValue(), "quote --requests " + lang + ", " + html.getKey());
            }
            for (var html : javascript(compare(lang, true)).entrySet()) {
                compareShowsEveryText(html.getValue(), lang, "compare " + lang + ", " + html.getKey());
            }
        }
    }

    /** Without exoplan's escaping the same renderers do make tags and links of these names: the test can fail. */
    @Test
    void theHostileNames_unescaped_doActInCommonmark() {
        String html = commonmark().get("commonmark-java").apply(
                String.join("\n\n", NAMES.stream().map(Hostile::text).toList()));
        assertEquals(Set.of("a", "code", "del", "em", "h1", "img", "p", "script", "strong"), elements(html), html);
    }
}
