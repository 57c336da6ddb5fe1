package io.veille.enricher.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veille.common.event.ArticleEvent;
import io.veille.common.event.ArticleIds;
import io.veille.common.event.EnrichedArticle;
import io.veille.common.event.EventJson;
import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.common.event.TopicScore;
import io.veille.enricher.Understanding;
import io.veille.enricher.taxonomy.TaxonomyException;
import io.veille.enricher.taxonomy.TaxonomyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/**
 * {@code veille tag}: reads article JSON lines on standard input and writes each back, in the same order,
 * with what Veille understood of it added ({@code language}, {@code topics}, {@code events},
 * {@code sponsored}, {@code storyId}, {@code readingTimeMinutes}). No Kafka.
 *
 * <p>Only {@code title} and one of {@code text} or {@code contentHtml} are required; {@code publishedAt}
 * (ISO-8601) resolves dates without a year, {@code languageHint} is a prior for language detection.
 * A malformed line gives one line on standard error and is skipped; the exit status is then 2.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Read article JSON lines on stdin, print them with language, topics, events, sponsored flag, story id and reading time.")
public final class TagCommand implements Callable<Integer> {
    @Option(names = "--taxonomy", paramLabel = "FILE", description = "Taxonomy YAML file (default: the bundled taxonomy).")
    Path taxonomy;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public TagCommand() {
        this(System.in, System.out, System.err);
    }

    /** A command reading and writing the given streams (tests). */
    public TagCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Understanding understanding;
        try {
            understanding = Understanding.with(taxonomy == null ? TaxonomyLoader.loadDefault() : TaxonomyLoader.load(taxonomy));
        } catch (TaxonomyException e) {
            err.println("veille tag: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return 2;
        }
        ObjectMapper json = EventJson.mapper();
        boolean malformed = false;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    ObjectNode node = parse(json, line);
                    EnrichedArticle enriched = understanding.enrich(toArticle(node, lineNumber));
                    out.println(json.writeValueAsString(annotate(json, node, enriched)));
                } catch (MalformedLine e) {
                    malformed = true;
                    err.println("veille tag: line " + lineNumber + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            err.println("veille tag: cannot read standard input: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
        out.flush();
        return malformed ? 2 : 0;
    }

    private static ObjectNode parse(ObjectMapper json, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedLine("not JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new MalformedLine("not a JSON object");
        }
        return object;
    }

    private static RawArticle toArticle(ObjectNode node, int lineNumber) {
        String title = text(node, "title");
        String text = text(node, "text");
        String html = text(node, "contentHtml");
        if (title == null || title.isBlank()) {
            throw new MalformedLine("no title");
        }
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            throw new MalformedLine("neither text nor contentHtml");
        }
        Instant publishedAt = null;
        String published = text(node, "publishedAt");
        if (published != null && !published.isBlank()) {
            try {
                publishedAt = Instant.parse(published);
            } catch (DateTimeParseException e) {
                throw new MalformedLine("publishedAt is not an ISO-8601 instant: " + published);
            }
        }
        String url = text(node, "url");
        if (url == null || url.isBlank()) {
            url = "urn:veille:tag:" + ArticleIds.sha256Hex(title + "\n" + (text != null ? text : html)).substring(0, 32);
        }
        return RawArticleBuilder.article()
                .id(text(node, "id"))
                .url(url)
                .title(title)
                .text(text)
                .contentHtml(html)
                .publishedAt(publishedAt)
                .languageHint(text(node, "languageHint"))
                .build();
    }

    private static ObjectNode annotate(ObjectMapper json, ObjectNode node, EnrichedArticle enriched) {
        node.put("language", enriched.language());
        ArrayNode topics = node.putArray("topics");
        for (TopicScore topic : enriched.topics()) {
            topics.add(json.valueToTree(topic));
        }
        ArrayNode events = node.putArray("events");
        for (ArticleEvent event : enriched.events()) {
            events.add(json.valueToTree(event));
        }
        node.put("sponsored", enriched.sponsored());
        node.put("storyId", enriched.storyId());
        node.put("readingTimeMinutes", enriched.readingTimeMinutes());
        return node;
    }

    private static String text(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedLine(field + " is not a string");
        }
        return value.asText();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** A line that is not an article: reported, skipped, and the exit status becomes 2. */
    private static final class MalformedLine extends RuntimeException {
        MalformedLine(String message) {
            super(message, null, false, false);
        }
    }
}
