package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line is split into three packages; a class made public to cross them is a decision, not
 * an accident. Each package's public classes are listed here: a new one fails this test until it is added.
 */
class PublicSurfaceTests {

    @Test
    void publicClassesOfTheCommandLine_areExactlyTheListedOnes() throws Exception {
        Path classes = Path.of(Cli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> found;
        try (Stream<Path> files = Files.walk(classes.resolve("dev/exoplan/cli"))) {
            found = files.map(p -> classes.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(PublicSurfaceTests::isPublic)
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(
                // what Main uses, and what the commands and options share with Cli
                "dev.exoplan.cli.Cli", "dev.exoplan.cli.Environment", "dev.exoplan.cli.ErrorHandler",
                "dev.exoplan.cli.ExitCodes", "dev.exoplan.cli.ExoplanCommand", "dev.exoplan.cli.FileOutput",
                "dev.exoplan.cli.OutOfMemory", "dev.exoplan.cli.UserException", "dev.exoplan.cli.VersionProvider",
                // the one door into the commands
                "dev.exoplan.cli.command.Commands",
                "dev.exoplan.cli.completion.CompletionIds", "dev.exoplan.cli.completion.CompletionScript",
                // the mixins the commands declare, the converters' door, and what options and commands share
                "dev.exoplan.cli.option.BudgetOption", "dev.exoplan.cli.option.ContractDateOption",
                "dev.exoplan.cli.option.Converters",
                "dev.exoplan.cli.option.DisplayCurrencyOption", "dev.exoplan.cli.option.FilterOption",
                "dev.exoplan.cli.option.FormatOption", "dev.exoplan.cli.option.LanguageOption",
                "dev.exoplan.cli.option.PeriodOption",
                "dev.exoplan.cli.option.PricingOption", "dev.exoplan.cli.option.SheetIds",
                "dev.exoplan.cli.option.VariantOption"), found);
    }

    private static boolean isPublic(String name) {
        try {
            return Modifier.isPublic(Class.forName(name, false, Cli.class.getClassLoader()).getModifiers());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
