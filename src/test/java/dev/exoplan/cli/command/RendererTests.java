package dev.exoplan.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.exoplan.cli.option.FormatOption.OutputFormat;
import dev.exoplan.core.text.Catalogue;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.text.Bundles;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every command × format resolves to a renderer of its own. */
class RendererTests {

    @Test
    void everyFormatOfEveryCommand_resolvesToItsOwnRenderer() {
        // plan: text, json, html (3); list (and goals, methods): text, json (2); compare: text, markdown,
        // json, csv, html (5); validate: text, json, sarif (3). 3 + 2 + 5 + 3 = 13 in each language.
        for (Language lang : Bundles.languages()) {
            int resolved = count(PlanCommand.Format.values(), f -> PlanCommand.renderer(f, lang, false))
                    + count(OutputFormat.values(), f -> ListCommand.renderer(f, lang))
                    + count(CompareCommand.Format.values(), f -> CompareCommand.renderer(f, lang, false))
                    + count(ValidateCommand.Format.values(), f -> ValidateCommand.renderer(f, lang, false));
            assertEquals(13, resolved, lang.code());
        }
    }

    @Test
    void textAndMarkdownOfCompare_areTwoRenderersOfOneLayout() {
        // compare's text and Markdown share ComparisonText: 5 formats, 4 classes.
        Set<Class<?>> classes = new HashSet<>();
        for (CompareCommand.Format f : CompareCommand.Format.values()) {
            classes.add(CompareCommand.renderer(f, Language.EN, false).getClass());
        }
        assertEquals(4, classes.size());
    }

    /** How many of {@code formats} resolve, each to a different renderer. */
    private static <F> int count(F[] formats, Function<F, Renderer<?>> resolve) {
        Set<Renderer<?>> renderers = new HashSet<>();
        Arrays.stream(formats).forEach(f -> {
            Renderer<?> renderer = resolve.apply(f);
            assertNotNull(renderer, String.valueOf(f));
            renderers.add(renderer);
        });
        return renderers.size();
    }
}
