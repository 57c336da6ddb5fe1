package io.veille.indexer.cli;

import io.veille.common.config.VeilleConfig;
import io.veille.indexer.IndexerSettings;
import io.veille.indexer.query.QueryFailedException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * What the indexer's commands share: {@code --config FILE}, {@code --verbose}, the settings, and the rule
 * that a failure is one line on stderr (a stack trace only with {@code --verbose}) and an exit code:
 * 0 success, 1 the work failed, 2 bad usage or bad input.
 */
abstract class ConfiguredCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration overlaying the defaults")
    Path configFile;

    @Option(names = "--verbose", description = "stack traces on errors")
    boolean verbose;

    private VeilleConfig config;

    /** Lets the launcher hand over a configuration it already loaded. */
    public void setConfig(VeilleConfig config) {
        this.config = config;
    }

    VeilleConfig config() {
        if (config == null) {
            config = VeilleConfig.load(configFile);
        }
        return config;
    }

    IndexerSettings settings() {
        return IndexerSettings.from(config());
    }

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (IllegalArgumentException | VeilleConfig.ConfigException e) {
            return error(BAD_INPUT, e);
        } catch (QueryFailedException e) {
            return error(FAILED, e);
        } catch (RuntimeException e) {
            return error(FAILED, e);
        }
    }

    abstract int run() throws RuntimeException;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    int error(int code, Exception e) {
        err().println("veille " + spec.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        if (verbose) {
            e.printStackTrace(err());
        }
        err().flush();
        return code;
    }
}
