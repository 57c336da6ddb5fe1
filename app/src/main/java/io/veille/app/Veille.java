package io.veille.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;

/**
 * The {@code veille} command line: one entry point for every service and tool.
 *
 * <p>Exit codes: 0 success, 1 the work failed, 2 bad usage or bad input. Errors are one line on
 * stderr; {@code --verbose} adds the stack trace.
 */
@Command(name = "veille",
        mixinStandardHelpOptions = true,
        versionProvider = Veille.Version.class,
        description = "Technology watch: feeds → Kafka → Kafka Streams → Elasticsearch.",
        subcommands = {
                UpCommand.class,
                io.veille.ingester.cli.IngestCommand.class,
                io.veille.ingester.cli.FeedsCommand.class,
                io.veille.ingester.cli.ParseCommand.class,
                io.veille.ingester.cli.ExtractCommand.class,
                io.veille.enricher.cli.TagCommand.class,
                io.veille.enricher.cli.EnrichCommand.class,
                io.veille.indexer.cli.IndexCommand.class,
                io.veille.indexer.cli.ServeCommand.class,
                io.veille.indexer.cli.SearchCommand.class,
                io.veille.indexer.cli.DigestCommand.class,
                io.veille.indexer.cli.ReindexCommand.class,
                io.veille.bench.cli.BenchCommand.class,
        })
public final class Veille implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    @Option(names = "--verbose", description = "Print stack traces with errors (every command takes it too).")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Veille());
        commandLine.setExitCodeExceptionMapper(error -> error instanceof CommandLine.ParameterException ? BAD_INPUT : FAILED);
        commandLine.setParameterExceptionHandler((error, args) -> {
            PrintWriter err = error.getCommandLine().getErr();
            err.println("veille: " + error.getMessage());
            err.println("Try '" + error.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("veille: " + oneLine(error));
            if (isVerbose(parsed)) {
                error.printStackTrace(err);
            }
            return error instanceof IllegalArgumentException
                    || error instanceof io.veille.common.config.VeilleConfig.ConfigException ? BAD_INPUT : FAILED;
        });
        return commandLine;
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** The message of an error and its causes, on one line. */
    static String oneLine(Throwable error) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            String first = message.lines().findFirst().orElse("");
            if (!line.toString().contains(first)) {
                line.append(line.length() == 0 ? "" : ": ").append(first);
            }
        }
        return line.toString();
    }

    /** The version written by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties build = new Properties();
            try (InputStream in = Veille.class.getResourceAsStream("/veille-version.properties")) {
                build.load(in);
            }
            return new String[]{"veille " + build.getProperty("version"),
                    "Kafka " + build.getProperty("kafka") + " · Elasticsearch " + build.getProperty("elasticsearch")
                            + " · Java " + System.getProperty("java.version")};
        }
    }
}
