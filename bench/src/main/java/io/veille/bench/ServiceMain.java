package io.veille.bench;

import io.veille.enricher.cli.EnrichCommand;
import io.veille.indexer.cli.IndexCommand;
import picocli.CommandLine;

import java.util.Arrays;

/**
 * The entry point of the services that {@code veille bench} runs as child JVMs, so that each one's memory
 * can be measured on its own: {@code enrich ARGS} runs {@code veille enrich ARGS}, {@code index ARGS} runs
 * {@code veille index ARGS} (the same command classes the launcher registers).
 */
public final class ServiceMain {
    private ServiceMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: ServiceMain enrich|index [--config FILE]");
            System.exit(2);
        }
        Object command = switch (args[0]) {
            case "enrich" -> new EnrichCommand();
            case "index" -> new IndexCommand();
            default -> null;
        };
        if (command == null) {
            System.err.println("ServiceMain: unknown service " + args[0]);
            System.exit(2);
        }
        System.exit(new CommandLine(command).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
}
