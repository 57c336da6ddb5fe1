package io.veille.ingester.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veille.common.event.EventJson;
import io.veille.ingester.extract.ArticleExtractor;
import io.veille.ingester.extract.ExtractedArticle;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code veille extract FILE_OR_URL... [--json]}: prints the main text of article pages. With
 * {@code --json}, one line per input with {@code source}, {@code url}, {@code title}, {@code byline},
 * {@code publishedAt}, {@code lang}, {@code image}, {@code text} and sanitized {@code html}. A page
 * that cannot be read, or where no article text is found, gives one stderr line starting with the
 * input; the others are still extracted; the exit status is 2 if any input failed, else 0.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the main text of article pages (readability-style); no Kafka.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE_OR_URL", description = "HTML files or http(s) URLs.")
    List<String> inputs;

    @Option(names = "--json", description = "One JSON line per page, with metadata and sanitized HTML.")
    boolean json;

    @Option(names = "--base", paramLabel = "URL", description = "The page's URL, to resolve relative links of a file.")
    URI base;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleExtractor extractor = new ArticleExtractor();
        InputLoader loader = new InputLoader(ArticleExtractor.MAX_BYTES);
        boolean failed = false;
        boolean first = true;
        for (String input : inputs) {
            try {
                InputLoader.Loaded loaded = loader.load(input);
                URI pageUrl = base != null ? base : InputLoader.isUrl(input) ? loaded.uri() : null;
                ExtractedArticle a = extractor.extract(loaded.bytes(), loaded.contentType(), pageUrl);
                if (a.text().isBlank()) {
                    failed = true;
                    err.println(input + ": no article text found");
                    continue;
                }
                if (json) {
                    ObjectNode line = EventJson.mapper().createObjectNode();
                    line.put("source", input);
                    line.put("url", a.url());
                    line.put("title", a.title());
                    line.put("byline", a.byline());
                    line.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
                    line.put("lang", a.lang());
                    line.put("image", a.mainImage());
                    line.put("text", a.text());
                    line.put("html", a.html());
                    out.println(EventJson.mapper().writeValueAsString(line));
                } else {
                    if (inputs.size() > 1) {
                        out.println((first ? "" : "\n") + "==> " + input + " <==");
                    }
                    if (a.title() != null) {
                        out.println(a.title());
                        out.println();
                    }
                    out.println(a.text());
                }
                first = false;
                out.flush();
            } catch (InputLoader.InputException e) {
                failed = true;
                err.println(input + ": " + e.getMessage());
                if (verbose) {
                    e.printStackTrace(err);
                }
            } catch (Exception e) {
                failed = true;
                err.println(input + ": unexpected failure: " + e);
                if (verbose) {
                    e.printStackTrace(err);
                }
            } finally {
                err.flush();
            }
        }
        return failed ? 2 : 0;
    }
}
