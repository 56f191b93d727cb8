package dev.exoplan.cli.command;

import dev.exoplan.Main;

/**
 * {@code exoplan} with one stage of the quote pipeline dying as it begins, outside its rows, for a child
 * JVM ({@code WorkerDeathTests}): {@code -Dexoplan.test.stage=exoplan-quote-read|exoplan-quote} names the
 * stage, {@code -Dexoplan.test.death=oom|bug|error} what it dies of. Deterministic, where a tiny heap is not.
 */
final class FailingStageMain {

    private FailingStageMain() {
    }

    public static void main(String[] args) {
        String stage = System.getProperty("exoplan.test.stage");
        String death = System.getProperty("exoplan.test.death");
        QuotePipeline.stageBegins = name -> {
            if (name.equals(stage)) {
                switch (death) {
                    case "oom" -> throw new OutOfMemoryError("Java heap space");
                    case "error" -> throw new AssertionError("boom");
                    default -> throw new IllegalStateException("boom");
                }
            }
        };
        Main.main(args);
    }
}
