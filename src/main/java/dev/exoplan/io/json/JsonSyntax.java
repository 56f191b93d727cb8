package dev.exoplan.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.exoplan.core.text.Message;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSON parser's complaint means for a person writing a price sheet, in exoplan's own words:
 * what was expected at the place, what stands there, and the likely cause (a trailing comma, a
 * comment, a full-width digit, a price written as "80,000 yen" with the kanji, single quotes …) with its fix. Jackson's
 * English is read here and never passed on.
 */
public final class JsonSyntax {

    /** What is wrong and how to fix it. */
    public record Explained(Message text, Message fix) {
    }

    /**
     * What a JSON parser's refusal means for people, in the catalogue's words rather than Jackson's
     * English: what was expected there, and the likely cause (a trailing comma, a comment, a full-width
     * digit, a price written with a yen sign).
     */
    public static Explained explain(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? String.valueOf(e.getMessage()) : e.getOriginalMessage();
        return explain(message);
    }

    /** {@code Unexpected character ('x' (code 120)): was expecting …}; code is the character's code point. */
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.*)' \\(code (\\d+)[^)]*\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final Pattern CONTROL = Pattern.compile("^Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final char FULL_WIDTH_FIRST = '\uff01';
    private static final char FULL_WIDTH_LAST = '\uff5e';
    /** The distance from a full-width form (U+FF01 to U+FF5E) to its ASCII character. */
    private static final int FULL_WIDTH_OFFSET = 0xfee0;
    private static final char YEN_SIGN = '\u00a5';
    private static final char FULL_WIDTH_YEN_SIGN = '\uffe5';
    /** En, the kanji of the yen (written after a price). */
    private static final char EN = '\u5186';

    private JsonSyntax() {
    }

    static Explained explain(String jackson) {
        Matcher control = CONTROL.matcher(jackson);
        if (control.find()) {
            String code = control.group(2);
            if (control.group(1) == null) {
                return new Explained(Message.of("syntax.control", code), Message.of("syntax.fix.control"));
            }
            if (code.equals("10") || code.equals("13")) {
                return found("syntax.expected.closingQuote", Message.of("syntax.found.lineBreak"), "syntax.fix.lineBreak");
            }
            return new Explained(Message.of("syntax.controlInText", code), Message.of("syntax.fix.controlInText"));
        }
        Matcher close = CLOSE.matcher(jackson);
        if (close.find()) {
            String expected = close.group(2).equals("]") ? "syntax.expected.closeArray" : "syntax.expected.closeObject";
            return found(expected, character(close.group(1)), "syntax.fix.close");
        }
        if (jackson.startsWith("Unexpected end-of-input")) {
            Message end = Message.of("syntax.found.end");
            if (jackson.contains("closing quote")) {
                return found("syntax.expected.closingQuote", end, "syntax.fix.closingQuote");
            }
            String expected = jackson.contains("close marker for Array") ? "syntax.expected.closeArray"
                    : jackson.contains("close marker for Object") ? "syntax.expected.closeObject"
                    : "syntax.expected.value";
            return found(expected, end, "syntax.fix.close");
        }
        Matcher token = TOKEN.matcher(jackson);
        if (token.find()) {
            String word = token.group(1);
            Message found = Message.of("syntax.found.word", word);
            if (word.indexOf(YEN_SIGN) >= 0 || word.indexOf(FULL_WIDTH_YEN_SIGN) >= 0 || word.indexOf(EN) >= 0) {
                return cause("syntax.expected.value", found, "syntax.cause.price");
            }
            if (word.contains("NaN") || word.contains("Infinity")) {
                return cause("syntax.expected.value", found, "syntax.cause.notANumber");
            }
            return cause("syntax.expected.value", found, "syntax.cause.unquotedText");
        }
        if (jackson.startsWith("Invalid numeric value: Leading zeroes")) {
            return new Explained(Message.of("syntax.message", Message.of("syntax.expected.number"),
                    Message.of("syntax.found.character", "0")), Message.of("syntax.fix.number"));
        }
        Matcher unexpected = UNEXPECTED.matcher(jackson);
        if (unexpected.find()) {
            return unexpected(jackson, Integer.parseInt(unexpected.group(2)));
        }
        if (jackson.startsWith("Unrecognized character escape")) {
            return new Explained(Message.of("syntax.message", Message.of("syntax.expected.escape"),
                    Message.of("syntax.found.character", jackson.replaceAll("^.*escape '(.*?)'.*$", "\\\\$1"))),
                    Message.of("syntax.fix.escape"));
        }
        return new Explained(Message.of("syntax.notJson"), Message.of("syntax.fix.other"));
    }

    /** An unexpected character: what the parser wanted there, and the likely cause from the character. */
    private static Explained unexpected(String jackson, int codePoint) {
        String expected = expected(jackson);
        String shown = new String(Character.toChars(codePoint));
        Message found = character(shown);
        if (codePoint >= '\uff10' && codePoint <= '\uff19') {
            String ascii = String.valueOf((char) (codePoint - FULL_WIDTH_OFFSET));
            return new Explained(Message.of("syntax.message.cause", Message.of(expected), found,
                    Message.of("syntax.cause.fullWidthDigit", shown)),
                    Message.of("syntax.cause.fullWidthDigit.fix", shown, ascii));
        }
        if (codePoint == FULL_WIDTH_YEN_SIGN || codePoint == YEN_SIGN || codePoint == EN
                || (codePoint >= '0' && codePoint <= '9' && expected.equals("syntax.expected.fieldName"))) {
            // 80,000 yen: after "80," a field name is due and "000" stands there; after 80000, the kanji en stands there
            return cause(expected, found, "syntax.cause.price");
        }
        if (codePoint >= FULL_WIDTH_FIRST && codePoint <= FULL_WIDTH_LAST) {
            String ascii = String.valueOf((char) (codePoint - FULL_WIDTH_OFFSET));
            return new Explained(Message.of("syntax.message.cause", Message.of(expected), found,
                    Message.of("syntax.cause.fullWidth", shown)), Message.of("syntax.cause.fullWidth.fix", shown, ascii));
        }
        if (codePoint == '/') {
            // the parser names no expectation here ("maybe a (non-standard) comment?")
            return new Explained(Message.of("syntax.unexpected.cause", found, Message.of("syntax.cause.comment")),
                    Message.of("syntax.cause.comment.fix"));
        }
        if (codePoint == '\'') {
            return cause(expected, found, "syntax.cause.singleQuotes");
        }
        if (codePoint == '+') {
            return cause(expected, found, "syntax.cause.plusSign");
        }
        if ((codePoint == '}' && expected.equals("syntax.expected.fieldName"))
                || (codePoint == ']' && expected.equals("syntax.expected.value"))) {
            return cause(expected, found, "syntax.cause.trailingComma");
        }
        if (expected.equals("syntax.expected.fieldName") && Character.isLetter(codePoint)) {
            return cause(expected, found, "syntax.cause.unquotedName");
        }
        if (expected.equals("syntax.expected.comma") || expected.equals("syntax.expected.commaInArray")) {
            return cause(expected, found, "syntax.cause.missingComma");
        }
        if (expected.equals("syntax.expected.colon")) {
            return found(expected, found, "syntax.fix.colon");
        }
        return found(expected, found, "syntax.fix.other");
    }

    /** What Jackson says it was expecting, as a key. */
    private static String expected(String jackson) {
        if (jackson.contains("comma to separate Object entries")) {
            return "syntax.expected.comma";
        }
        if (jackson.contains("comma to separate Array entries")) {
            return "syntax.expected.commaInArray";
        }
        if (jackson.contains("expecting a colon")) {
            return "syntax.expected.colon";
        }
        if (jackson.contains("double-quote to start field name")) {
            return "syntax.expected.fieldName";
        }
        if (jackson.contains("in numeric value")) {
            return "syntax.expected.digit";
        }
        return "syntax.expected.value";
    }

    private static Message character(String shown) {
        return Message.of("syntax.found.character", shown);
    }

    private static Explained found(String expected, Message found, String fix) {
        return new Explained(Message.of("syntax.message", Message.of(expected), found), Message.of(fix));
    }

    private static Explained cause(String expected, Message found, String cause) {
        return new Explained(Message.of("syntax.message.cause", Message.of(expected), found, Message.of(cause)),
                Message.of(cause + ".fix"));
    }
}
