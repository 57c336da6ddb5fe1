package io.veille.ingester.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.veille.common.event.ArticleIds;
import io.veille.common.event.EventJson;
import io.veille.common.event.RawArticle;
import io.veille.ingester.normalize.ArticleNormalizer;
import io.veille.ingester.normalize.FeedContext;
import io.veille.ingester.parse.FeedParseException;
import io.veille.ingester.parse.FeedParser;
import io.veille.ingester.parse.ParsedFeed;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veille parse FILE_OR_URL... [--base URL]}: parses feeds without Kafka and prints one
 * normalized raw article per line as JSON, its {@code source} field naming the input it came from.
 * An input that cannot be read or is not a feed gives one stderr line starting with the input; the
 * other inputs are still parsed; the exit status is 2 if any input failed, else 0.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse feeds (RSS, RDF, Atom, JSON Feed) and print normalized articles as JSON lines; no Kafka.")
public final class ParseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE_OR_URL", description = "Feed files or http(s) URLs.")
    List<String> inputs;

    @Option(names = "--base", paramLabel = "URL",
            description = "Where the feeds live, to resolve relative links (default: the URL fetched; files have none).")
    URI base;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FeedParser parser = new FeedParser();
        ArticleNormalizer normalizer = new ArticleNormalizer();
        InputLoader loader = new InputLoader(parser.limits().maxBytes());
        boolean failed = false;
        for (String input : inputs) {
            try {
                InputLoader.Loaded loaded = loader.load(input);
                URI feedUrl = base != null ? base : InputLoader.isUrl(input) ? loaded.uri() : null;
                ParsedFeed feed = parser.parse(loaded.bytes(), loaded.contentType(), feedUrl);
                String feedId = ArticleIds.fromCanonicalUrl(feedUrl != null ? feedUrl.toString() : loaded.uri().toString());
                FeedContext context = new FeedContext(feedId, feedUrl, input, Instant.now());
                for (RawArticle article : normalizer.normalize(feed, context)) {
                    out.println(EventJson.mapper().writeValueAsString(article));
                }
                out.flush();
            } catch (InputLoader.InputException | FeedParseException e) {
                failed = true;
                err.println(input + ": " + e.getMessage());
                if (verbose) {
                    e.printStackTrace(err);
                }
            } catch (JsonProcessingException | RuntimeException e) {
                failed = true;
                err.println(input + ": unexpected failure: " + e);
                if (verbose) {
                    e.printStackTrace(err);
                }
            }
            err.flush();
        }
        return failed ? 2 : 0;
    }
}
