package io.veille.ingester.cli;

import io.veille.common.config.VeilleConfig;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Runs {@link IngestCommand} and {@link FeedsCommand} with a given configuration, for tests in other packages. */
public final class IngestCommandAccess {
    private IngestCommandAccess() {
    }

    public static int run(VeilleConfig config, PrintWriter out, PrintWriter err, String... args) {
        IngestCommand command = new IngestCommand();
        command.config = config;
        return new CommandLine(command).setOut(out).setErr(err).execute(args);
    }

    public static int feeds(VeilleConfig config, PrintWriter out, PrintWriter err, String... args) {
        FeedsCommand command = new FeedsCommand();
        command.config = config;
        return new CommandLine(command).setOut(out).setErr(err).execute(args);
    }
}
