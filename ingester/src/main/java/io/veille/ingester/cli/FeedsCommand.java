package io.veille.ingester.cli;

import io.veille.common.config.VeilleConfig;
import io.veille.ingester.registry.FeedFileException;
import io.veille.ingester.registry.FeedFiles;
import io.veille.ingester.registry.FeedIds;
import io.veille.ingester.registry.FeedRecord;
import io.veille.ingester.registry.KafkaFeedRegistry;
import io.veille.ingester.registry.Opml;
import io.veille.ingester.state.FeedState;
import io.veille.ingester.state.KafkaFeedStateStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code veille feeds import FILE | export [-o FILE] | list | add URL [--tag T]... | remove ID}: the
 * feed registry in the compacted topic {@code veille.feeds}. {@code list} shows each feed's health
 * from {@code veille.feed-state}: state, consecutive errors, last success, last error, next poll.
 */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Manage the feed registry (import/export OPML, list with health, add, remove).",
        subcommands = {FeedsCommand.Import.class, FeedsCommand.Export.class, FeedsCommand.ListFeeds.class,
                FeedsCommand.Add.class, FeedsCommand.Remove.class})
public final class FeedsCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "A YAML configuration file (see docs/configuration.md).")
    Path configFile;

    @Spec
    CommandSpec spec;

    /** Set by tests instead of {@code --config}. */
    VeilleConfig config;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    KafkaContext kafka() {
        return new KafkaContext(config != null ? config : VeilleConfig.load(configFile)).ensureTopics();
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Add the feeds of an OPML or YAML file.")
    static final class Import implements Callable<Integer> {
        @ParentCommand FeedsCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE") Path file;

        @Override
        public Integer call() {
            List<FeedRecord> feeds;
            try {
                feeds = FeedFiles.read(file, Instant.now());
            } catch (FeedFileException e) {
                spec.commandLine().getErr().println("veille feeds import: " + e.getMessage());
                return 2;
            }
            KafkaContext kafka = parent.kafka();
            try (KafkaFeedRegistry registry = new KafkaFeedRegistry(kafka.clientProps, kafka.topics.feeds())) {
                Map<String, FeedRecord> existing = new java.util.HashMap<>();
                registry.all().forEach(f -> existing.put(f.id(), f));
                int added = 0;
                for (FeedRecord feed : feeds) {
                    if (!existing.containsKey(feed.id())) {
                        added++;
                    }
                    registry.put(feed);
                }
                spec.commandLine().getOut().println("imported " + feeds.size() + " feeds (" + added + " new) from " + file);
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print the registry as OPML 2.0.")
    static final class Export implements Callable<Integer> {
        @ParentCommand FeedsCommand parent;
        @Spec CommandSpec spec;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.") Path output;

        @Override
        public Integer call() throws Exception {
            KafkaContext kafka = parent.kafka();
            try (KafkaFeedRegistry registry = new KafkaFeedRegistry(kafka.clientProps, kafka.topics.feeds())) {
                String opml = Opml.write(registry.all(), "Veille feeds", Instant.now());
                if (output != null) {
                    Files.writeString(output, opml, StandardCharsets.UTF_8);
                } else {
                    spec.commandLine().getOut().print(opml);
                }
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds with their health.")
    static final class ListFeeds implements Callable<Integer> {
        @ParentCommand FeedsCommand parent;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            KafkaContext kafka = parent.kafka();
            PrintWriter out = spec.commandLine().getOut();
            try (KafkaFeedRegistry registry = new KafkaFeedRegistry(kafka.clientProps, kafka.topics.feeds());
                 KafkaFeedStateStore store = new KafkaFeedStateStore(kafka.clientProps, kafka.topics.feedState())) {
                Map<String, FeedState> states = store.loadAll();
                out.println(String.join("\t", "ID", "HEALTH", "ERRORS", "LAST SUCCESS", "NEXT POLL", "URL", "TAGS", "LAST ERROR"));
                for (FeedRecord feed : registry.all()) {
                    FeedState s = states.getOrDefault(feed.id(), FeedState.initial(feed.id()));
                    String health = feed.enabled() ? s.health().name() : "DISABLED";
                    out.println(String.join("\t", feed.id(), health, String.valueOf(s.consecutiveErrors()),
                            text(s.lastSuccessAt()), text(s.nextPollAt()), s.url() != null ? s.url() : feed.url(),
                            String.join(",", feed.tags()),
                            s.lastError() == null ? "-" : text(s.lastErrorAt()) + " " + s.lastError()));
                }
            }
            return 0;
        }

        private static String text(Object o) {
            return o == null ? "-" : o.toString();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add one feed.")
    static final class Add implements Callable<Integer> {
        @ParentCommand FeedsCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "URL") String url;
        @Option(names = "--tag", paramLabel = "T", description = "A tag (repeatable).") List<String> tags = new ArrayList<>();
        @Option(names = "--title", description = "The feed's name.") String title;
        @Option(names = "--full-text", description = "Fetch each article page and extract its main text.") boolean fullText;
        @Option(names = "--language", description = "Language hint for articles that declare none (fr, en).") String language;

        @Override
        public Integer call() {
            FeedRecord feed;
            try {
                FeedIds.of(url);
                feed = FeedRecord.of(url, title, tags, Instant.now()).withOptions(true, fullText, language, null, null);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("veille feeds add: " + e.getMessage());
                return 2;
            }
            KafkaContext kafka = parent.kafka();
            try (KafkaFeedRegistry registry = new KafkaFeedRegistry(kafka.clientProps, kafka.topics.feeds())) {
                registry.put(feed);
            }
            spec.commandLine().getOut().println(feed.id() + "\t" + feed.url());
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove one feed by id.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand FeedsCommand parent;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;

        @Override
        public Integer call() {
            KafkaContext kafka = parent.kafka();
            try (KafkaFeedRegistry registry = new KafkaFeedRegistry(kafka.clientProps, kafka.topics.feeds())) {
                boolean known = registry.all().stream().anyMatch(f -> f.id().equals(id));
                if (!known) {
                    spec.commandLine().getErr().println("veille feeds remove: no feed with id " + id);
                    return 2;
                }
                registry.remove(id);
            }
            spec.commandLine().getOut().println("removed " + id);
            return 0;
        }
    }
}
