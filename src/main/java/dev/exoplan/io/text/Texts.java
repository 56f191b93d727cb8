package dev.exoplan.io.text;

import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * The words exoplan prints for people, in one language, from the bundle
 * {@code dev/exoplan/messages_en.properties} / {@code messages_ja.properties}: output, messages and
 * (through picocli, which reads the same bundle) help. Money and dates are formatted before they get
 * here; whole numbers ({@code Integer}) are passed on as numbers, so English patterns can use
 * {@code {0,choice,1#1 month|1<{0} months}}.
 */
public final class Texts {

    /** The base name of the bundle; there is no base file, every lookup names ja or en. */
    public static final String BUNDLE = Catalogue.BUNDLE;

    private final Catalogue catalogue;
    private final Language language;
    private final boolean ascii;

    public Texts(Language language) {
        this(language, false);
    }

    private Texts(Language language, boolean ascii) {
        this.catalogue = Catalogue.of(language);
        this.language = language;
        this.ascii = ascii;
    }

    /**
     * These texts with their typographic marks in ASCII ({@link #ascii(String)}), for {@code --ascii}:
     * the words of a language written in another script stay as they are.
     */
    public Texts ascii() {
        return new Texts(language, true);
    }

    /**
     * {@code text} as {@link #ascii(String)}, and in a language other than Japanese without the Japanese
     * terms it quotes for reference ("course contracts (tokutei keizokuteki ekimu teikyou, in kanji)"), which a terminal that needs
     * --ascii cannot show: a Japanese term in brackets goes with its brackets and the space before them.
     */
    public static String ascii(String text, Language language) {
        String folded = ascii(text);
        if (language.equals(Language.JA)) {
            return folded;
        }
        return JAPANESE_RUN.matcher(folded).replaceAll("").replace("(, ", "(").replace("()", "")
                .replace(" )", ")");
    }

    /** A run of Japanese (with the marks and spaces inside it), and the bracket around it or a space before it. */
    private static final String JAPANESE = "[\\p{InHiragana}\\p{InKatakana}\\p{InCJKUnifiedIdeographs}"
            + "\\u3000-\\u303f\\uff00-\\uffef]+";
    private static final java.util.regex.Pattern JAPANESE_RUN = java.util.regex.Pattern.compile(
            " ?[(（]" + JAPANESE + "[)）]|" + JAPANESE);

    /**
     * {@code text} with the marks that have an ASCII stand-in replaced by it: ≈ by ~, dashes by -, the
     * middle dot by -, the ellipsis by ..., curly quotes by straight ones, arrows by -> , the yen sign by
     * JPY (a price in the bundle, "¥500", reads "JPY 500" as --ascii writes money).
     */
    public static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2248' -> out.append('~');
                case '\u2014', '\u2013', '\u2012', '\u2212', '\u00b7', '\u2022' -> out.append('-');
                case '\u2026' -> out.append("...");
                case '\u2018', '\u2019' -> out.append('\'');
                case '\u201c', '\u201d' -> out.append('"');
                case '\u2192' -> out.append("->");
                case '\u00d7' -> out.append('x');
                case '\u00a0' -> out.append(' ');
                case '\u00a5' -> out.append("JPY ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public Language language() {
        return language;
    }

    /** The bundle of one language, as picocli takes it for help. */
    public static ResourceBundle bundle(Language language) {
        return Catalogue.bundle(language);
    }

    /** The text of {@code key}, with {@code args} put in (a MessageFormat pattern; ' is a plain apostrophe). */
    public String get(String key, Object... args) {
        String text = catalogue.format(key, args);
        return ascii ? ascii(text, language) : text;
    }

    boolean has(String key) {
        return catalogue.has(key);
    }

    /** An exosome source for people: a known id (adipose …) in words, otherwise the sheet's own text. */
    public String source(String source) {
        return source(source, SafeText::forPeople);
    }

    /** As {@link #source(String)}, with the sheet's own text made safe by {@code data} (a Markdown cell, say). */
    public String source(String source, UnaryOperator<String> data) {
        String key = "source." + source;
        return has(key) ? get(key) : data.apply(source);
    }
}
