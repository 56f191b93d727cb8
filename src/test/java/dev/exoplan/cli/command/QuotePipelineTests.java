package dev.exoplan.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.Fixtures;
import dev.exoplan.core.cost.PlanRequest;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.quote.QuoteRequests;
import dev.exoplan.io.quote.RequestCells;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quote pipeline in batches of two, so that every case meets a batch boundary: rows come out in the
 * file's order with their quotes or problems, and a failure of a stage after the rows before it.
 */
class QuotePipelineTests {

    /** Lines 2, 4 and 6 good (skin, iv: 621,500 typical, as the worked example); 3 unknown goal; 5 bad date. */
    private static final String MIXED = "goal,method,start\nskin,iv,\nhiar,iv,\nskin,iv,\nskin,iv,2027-02-30\n"
            + "skin,iv,\n";

    private static final RequestCells CELLS = new RequestCells(new RequestCells.Defaults(Optional.empty(),
            Optional.empty(), Optional.empty(), LocalDate.parse("2027-01-04"), 12, Optional.empty()), Language.EN);

    private static QuotePipeline start(String text, Function<QuoteRequests.Row, PlanRequest> cells, boolean failFast)
            throws IOException {
        QuoteRequests rows = QuoteRequests.open(new StringReader(text), Language.EN);
        return QuotePipeline.start(rows, cells, new Quoter(Fixtures.workedExample()), Language.EN, failFast, 2);
    }

    /** Each row as "line: typical total" or "line! problem", in the order the pipeline hands them out. */
    private static List<String> drain(QuotePipeline pipeline) throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (QuotePipeline.Batch b = pipeline.next(); b != null; b = pipeline.next()) {
            assertTrue(b.size() <= 2, "batches of two");
            for (int i = 0; i < b.size(); i++) {
                out.add(b.entry(i).line() + (b.problem(i) == null ? ": " + b.quote(i).typical().total()
                        : "! " + b.problem(i)));
            }
            b.end();
        }
        return out;
    }

    @Test
    void rowsInBatches_comeOutInTheFilesOrderEachWithItsQuoteOrItsProblem() throws Exception {
        try (QuotePipeline pipeline = start(MIXED, CELLS::request, false)) {
            List<String> rows = drain(pipeline);

            assertEquals(5, rows.size(), rows::toString);
            assertEquals("2: 621500", rows.get(0));
            assertEquals("3! unknown goal 'hiar'; goals in this sheet: skin", rows.get(1));
            assertEquals("4: 621500", rows.get(2));
            assertTrue(rows.get(3).startsWith("5! start '2027-02-30' is not a date"), rows.get(3));
            assertEquals("6: 621500", rows.get(4));
            assertNull(pipeline.next(), "nothing after the last batch");
        }
    }

    @Test
    void failFast_endsWithTheBatchOfTheFirstRowTheReaderFindsBad() throws Exception {
        // Line 4 is not a CSV row (a quote never closed): the reader's to refuse, and nothing after it is
        // read. Line 3's goal is the quoting stage's, which goes on; the caller stops at it.
        String text = "goal,method,start\nskin,iv,\nhiar,iv,\n\"skin,iv,\nskin,iv,\nskin,iv,\n";
        try (QuotePipeline pipeline = start(text, CELLS::request, true)) {
            List<String> rows = drain(pipeline);

            assertEquals(3, rows.size(), rows::toString);
            assertEquals("2: 621500", rows.get(0));
            assertEquals("3! unknown goal 'hiar'; goals in this sheet: skin", rows.get(1));
            assertTrue(rows.get(2).startsWith("4! "), rows.get(2));
        }
    }

    @Test
    void failFast_aCellTheQuotingStageRefuses_isTheCallersToStopAt() throws Exception {
        // Line 5's date is typed, and refused, on the quoting thread (the reader only reads): the reader
        // goes on, and the caller, which stops at the first problem (line 3), writes the same either way.
        try (QuotePipeline pipeline = start(MIXED, CELLS::request, true)) {
            List<String> rows = drain(pipeline);

            assertEquals(5, rows.size(), rows::toString);
            assertTrue(rows.get(3).startsWith("5! start '2027-02-30'"), rows.get(3));
        }
    }

    @Test
    void anExceptionInTheReadingThread_comesAfterTheRowsBeforeItAndNothingAfter() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        Function<QuoteRequests.Row, PlanRequest> cells = row -> {
            if (row.line() == 4) {
                throw boom;
            }
            return CELLS.request(row);
        };
        try (QuotePipeline pipeline = start(MIXED, cells, false)) {
            QuotePipeline.Batch first = pipeline.next();
            assertEquals(2, first.size());
            first.end(); // lines 2 and 3: no failure yet

            QuotePipeline.Batch second = pipeline.next();
            assertEquals(0, second.size(), "line 4 failed: no row of its batch is handed out");
            assertSame(boom, assertThrows(IllegalStateException.class, second::end), "the very exception");
            assertNull(pipeline.next());
        }
    }

    @Test
    void aFileError_comesAfterTheRowsBeforeIt() throws Exception {
        // A line past QuoteRequests.MAX_LINE stops the reading at line 4, after lines 2 and 3.
        String text = "goal,method\nskin,iv\nskin,iv\n" + "x".repeat(QuoteRequests.MAX_LINE + 1) + "\nskin,iv\n";
        try (QuotePipeline pipeline = start(text, CELLS::request, false)) {
            QuotePipeline.Batch first = pipeline.next();
            assertEquals(2, first.size());
            first.end();
            QuotePipeline.Batch second = pipeline.next();
            assertEquals(0, second.size());
            QuoteRequests.FileError e = assertThrows(QuoteRequests.FileError.class, second::end);
            assertEquals(4, e.line());
            assertNull(pipeline.next());
        }
    }

    @Test
    void close_beforeEveryBatchIsTaken_stopsBothStages() throws Exception {
        StringBuilder text = new StringBuilder("goal,method\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("skin,iv\n");
        }
        QuotePipeline pipeline = start(text.toString(), CELLS::request, false);
        assertEquals(2, pipeline.next().size());
        pipeline.close(); // returns: neither stage is left waiting to hand a batch on
    }

    /** Issue 23: a stage that dies, of anything, anywhere, ends the run through next(); never a hang. */
    @Nested
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a measure of time
    class AStageThatDies {

        private QuotePipeline startDying(String text, String stage, Throwable death) throws IOException {
            QuoteRequests rows = QuoteRequests.open(new StringReader(text), Language.EN);
            return QuotePipeline.start(rows, CELLS::request, new Quoter(Fixtures.workedExample()), Language.EN,
                    false, 2, name -> {
                        if (name.equals(stage)) {
                            throw sneaky(death);
                        }
                    });
        }

        @ParameterizedTest
        @ValueSource(strings = {"exoplan-quote-read", "exoplan-quote"})
        void outOfMemoryOutsideItsRows_isThrownByNextAsItIs(String stage) throws Exception {
            OutOfMemoryError death = new OutOfMemoryError("Java heap space");
            try (QuotePipeline pipeline = startDying(MIXED, stage, death)) {
                assertSame(death, assertThrows(OutOfMemoryError.class, pipeline::next));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"exoplan-quote-read", "exoplan-quote"})
        void aBugOutsideItsRows_isThrownByNextAsItIs(String stage) throws Exception {
            IllegalStateException death = new IllegalStateException("boom");
            try (QuotePipeline pipeline = startDying(MIXED, stage, death)) {
                assertSame(death, assertThrows(IllegalStateException.class, pipeline::next));
            }
        }

        @Test
        void theQuotingStage_dyingWhileTheReaderWaitsOnAPipe_endsNextAtOnce() throws Exception {
            // The reader blocks on a pipe no one writes to, as on a terminal or a slow producer: the quoting
            // stage's death must still reach next(), which neither polls nor waits for the reader.
            java.io.PipedWriter never = new java.io.PipedWriter();
            java.io.PipedReader pipe = new java.io.PipedReader(never);
            never.write("goal,method\n");
            never.flush();
            QuoteRequests rows = QuoteRequests.open(pipe, Language.EN);
            OutOfMemoryError death = new OutOfMemoryError("Java heap space");
            try (QuotePipeline pipeline = QuotePipeline.start(rows, CELLS::request, new Quoter(Fixtures.workedExample()),
                    Language.EN, false, 2, name -> {
                        if (name.equals("exoplan-quote")) {
                            throw death;
                        }
                    })) {
                assertSame(death, assertThrows(OutOfMemoryError.class, pipeline::next));
            } finally {
                never.close();
            }
        }

        @Test
        void outOfMemoryInItsRows_comesAfterTheRowsBeforeIt() throws Exception {
            OutOfMemoryError death = new OutOfMemoryError("Java heap space");
            Function<QuoteRequests.Row, PlanRequest> cells = row -> {
                if (row.line() == 5) {
                    throw death;
                }
                return CELLS.request(row);
            };
            try (QuotePipeline pipeline = start(MIXED, cells, false)) {
                QuotePipeline.Batch first = pipeline.next();
                assertEquals(2, first.size()); // lines 2 and 3
                first.end();
                QuotePipeline.Batch second = pipeline.next();
                assertEquals(1, second.size(), "line 4, then line 5 died");
                assertSame(death, assertThrows(OutOfMemoryError.class, second::end));
                assertNull(pipeline.next());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
