package dev.exoplan.cli;

import dev.exoplan.Main;
import java.util.ServiceConfigurationError;

/**
 * {@code exoplan} whose start-up thread dies before its work, for a child JVM ({@code WorkerDeathTests}):
 * {@code -Dexoplan.test.death=provider} as a money provider that could not be made for want of memory
 * (a ServiceConfigurationError caused by an OutOfMemoryError, as seen at {@code -Xmx4m}), {@code oom}
 * out of memory itself, {@code bug} an IllegalStateException.
 */
final class FailingStartUpMain {

    private FailingStartUpMain() {
    }

    public static void main(String[] args) {
        String death = System.getProperty("exoplan.test.death");
        StartUp.preparing = () -> {
            switch (death) {
                case "provider" -> throw new ServiceConfigurationError("javax.money.spi.CurrencyProviderSpi: "
                        + "Provider org.javamoney.moneta.internal.JDKCurrencyProvider could not be instantiated",
                        new OutOfMemoryError("Java heap space"));
                case "oom" -> throw new OutOfMemoryError("Java heap space");
                default -> throw new IllegalStateException("boom");
            }
        };
        Main.main(args);
    }
}
