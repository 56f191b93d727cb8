package dev.exoplan.cli;

import dev.exoplan.io.PriceSheets;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code exoplan schema}: the JSON Schema of the price sheet, for editors. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the JSON Schema (draft 2020-12) of the price sheet, format version 1, with a description "
                    + "of every field, so that editors complete and check pricing.json as it is typed.",
            "",
            "Save it next to the sheet (exoplan schema > pricing.schema.json) and point the sheet's \"$schema\" "
                    + "field at it. exoplan validate checks more than the schema can express."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(PriceSheets.schema());
        out.flush();
        return ExitCodes.OK;
    }
}
