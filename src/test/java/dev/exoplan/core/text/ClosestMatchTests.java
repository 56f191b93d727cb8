package dev.exoplan.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** "Did you mean …?": the edit distance, and which known name counts as close. */
class ClosestMatchTests {

    @Nested
    class Distance {

        @Test
        void equalNames_areZeroApart() {
            assertEquals(0, ClosestMatch.distance("skin", "skin"));
        }

        @Test
        void fromOrToNothing_isTheLength() {
            assertEquals(3, ClosestMatch.distance("", "abc"));
            assertEquals(4, ClosestMatch.distance("skin", ""));
        }

        @Test
        void kittenToSitting_isThreeEdits() {
            // k→s, e→i, insert g
            assertEquals(3, ClosestMatch.distance("kitten", "sitting"));
        }

        @Test
        void anAdjacentSwap_isOneEdit() {
            assertEquals(1, ClosestMatch.distance("ca", "ac"));
            assertEquals(1, ClosestMatch.distance("typcial", "typical"));
            assertEquals(1, ClosestMatch.distance("abcd", "abdc"));
        }

        @Test
        void aSwapIsNotTakenForCharactersThatDoNotCross() {
            // "ab" → "ba" is one swap, but "abc" → "cab" needs two edits (no single swap does it).
            assertEquals(1, ClosestMatch.distance("ab", "ba"));
            assertEquals(2, ClosestMatch.distance("abc", "cab"));
        }

        @Test
        void insertionsDeletionsAndSubstitutions_countOneEach() {
            assertEquals(1, ClosestMatch.distance("skn", "skin"));
            assertEquals(1, ClosestMatch.distance("skiin", "skin"));
            assertEquals(1, ClosestMatch.distance("skim", "skin"));
            assertEquals(2, ClosestMatch.distance("injecton", "injections"));
            // Every character different, lengths 3 and 5: 3 substitutions and 2 insertions.
            assertEquals(5, ClosestMatch.distance("xyz", "abcde"));
        }
    }

    @Nested
    class Among {

        private static final List<String> GOALS = List.of("skin", "hair", "fatigue", "inflammation", "combined");

        @Test
        void oneEditFromAShortName_isClose() {
            assertEquals(Optional.of("skin"), ClosestMatch.among("skn", GOALS));
        }

        @Test
        void caseIsIgnoredButTheKnownSpellingIsReturned() {
            assertEquals(Optional.of("hair"), ClosestMatch.among("HAIR", GOALS));
            assertEquals(Optional.of("Hair"), ClosestMatch.among("hair", List.of("Hair")));
        }

        @Test
        void moreThanAThirdOfTheNameAway_isNotClose() {
            // "combined" has 8 letters: 2 edits allowed. "cmbnd" is 3 away, "combnd" 2.
            assertEquals(Optional.empty(), ClosestMatch.among("cmbnd", GOALS));
            assertEquals(Optional.of("combined"), ClosestMatch.among("combnd", GOALS));
        }

        @Test
        void neverMoreThanThreeEdits_evenForALongName() {
            // "inflammation" has 12 letters: a third would be 4, but 3 is the most allowed.
            assertEquals(Optional.of("inflammation"), ClosestMatch.among("inflamaton", GOALS));
            assertEquals(Optional.empty(), ClosestMatch.among("imflamatan", GOALS));
        }

        @Test
        void aPrefixEitherWay_isCloseHoweverFar() {
            assertEquals(Optional.of("inflammation"), ClosestMatch.among("infl", GOALS));
            assertEquals(Optional.of("fatigue"), ClosestMatch.among("fatigue-and-stress", GOALS));
        }

        @Test
        void nothingGiven_isNoPrefixOfEverything() {
            assertEquals(Optional.empty(), ClosestMatch.among("", GOALS));
            // …but a one-letter name is one edit from nothing.
            assertEquals(Optional.of("a"), ClosestMatch.among("", List.of("a")));
        }

        @Test
        void theNearest_winsAndTiesGoToTheFirstListed() {
            assertEquals(Optional.of("injection"), ClosestMatch.among("injectio", List.of("injection-kit", "injection")));
            assertEquals(Optional.of("sample-a"), ClosestMatch.among("sample", List.of("sample-a", "sample-b")));
            assertEquals(Optional.of("sample-b"), ClosestMatch.among("sample", List.of("sample-b", "sample-a")));
        }

        @Test
        void farFromEverything_isEmpty() {
            assertEquals(Optional.empty(), ClosestMatch.among("xyz", GOALS));
        }
    }
}
