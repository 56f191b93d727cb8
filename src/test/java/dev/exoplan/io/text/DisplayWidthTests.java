package dev.exoplan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Terminal columns, as a Japanese-capable terminal shows them. */
class DisplayWidthTests {

    @Test
    void ascii_takesOneColumnACharacter() {
        assertEquals(11, DisplayWidth.of("First visit"));
    }

    @Test
    void kanjiKanaAndFullWidthForms_takeTwo() {
        // 初 診 料 2+2+2, ク リ ー ム 2+2+2+2, （ ） ￥ full-width 2+2+2: 6 + 8 + 6 = 20
        assertEquals(20, DisplayWidth.of("初診料クリーム（）￥"));
    }

    @Test
    void halfWidthKatakanaAndTheYenSign_takeOne() {
        // ｸ ﾘ ｰ ﾑ are the half-width forms (U+FF78…), ¥ is U+00A5: 1+1+1+1+1 = 5
        assertEquals(5, DisplayWidth.of("ｸﾘｰﾑ¥"));
    }

    @Test
    void anEmojiBeyondTheOldHandMadeRanges_takesTwo() {
        // 料 金 2+2, 🚀 U+1F680 (Transport and Map Symbols, which the old ranges missed) 2, a 1: 2+2+2+1 = 7
        assertEquals(7, DisplayWidth.of("料金🚀a"));
        assertEquals(2, DisplayWidth.of(0x1F680));
    }

    @Test
    void anEmojiIsOneCharacterOfTwoChars_countedOnce() {
        // 😀 is U+1F600, the surrogate pair D83D DE00: one character, 2 columns, not 2 + 2
        assertEquals(2, "😀".length());
        assertEquals(2, DisplayWidth.of("😀"));
    }

    @Test
    void combiningMarksAndInvisibleCharacters_takeNone() {
        // か + U+3099 (combining dakuten) 2+0, e + U+0301 (combining acute) 1+0, U+200B zero-width space 0,
        // U+200D zero-width joiner 0, U+FE0F variation selector 0: 2 + 1 = 3
        assertEquals(3, DisplayWidth.of("か\u3099e\u0301\u200B\u200D\uFE0F"));
    }

    @Test
    void hangulSyllables_takeTwo_theirConjoiningVowels_none() {
        // 한 U+D55C 2; ᄒ U+1112 (a leading consonant) 2 + ᅡ U+1161 (a conjoining vowel) 0: 2 + 2 = 4
        assertEquals(4, DisplayWidth.of("한\u1112\u1161"));
    }

    @Test
    void aControl_countsOne_asBeforeSafeTextReplacesIt() {
        // wcwidth gives -1 for a control; a width is never negative: ESC 1, a 1 = 2
        assertEquals(2, DisplayWidth.of("\u001Ba"));
    }

    @Test
    void padding_fillsUpToTheColumnsNotTheCharacters() {
        // 点滴 is 2+2 = 4 columns: 6 - 4 = 2 spaces
        assertEquals("点滴  ", DisplayWidth.padRight("点滴", 6));
        assertEquals("  点滴", DisplayWidth.padLeft("点滴", 6));
        // 🚀 is 2 columns: 3 - 2 = 1 space
        assertEquals(" 🚀", DisplayWidth.padLeft("🚀", 3));
    }

    @Test
    void padding_neverCutsATextWiderThanTheColumn() {
        assertEquals("初診料", DisplayWidth.padRight("初診料", 4));
        assertEquals("初診料", DisplayWidth.padLeft("初診料", 4));
    }
}
