package io.veille.bench.generate;

import io.veille.common.event.RawArticle;
import io.veille.common.event.RawArticleBuilder;
import io.veille.enricher.taxonomy.Taxonomy;
import io.veille.enricher.taxonomy.TopicRule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Synthetic tech-news articles for the benchmark, French and English, about 3 KB of text each with HTML
 * around it, about the taxonomy's topics in the proportions of a tech-news feed.
 *
 * <p>Promises: article {@code i} depends only on the seed, the taxonomy and {@code i} (the same seed gives
 * the same articles, in any order, on any machine); articles of different indexes have different URLs,
 * ids and content hashes (so the enricher's dedup never drops one). No sentence comes from a real site:
 * the sentences are {@link Vocabulary}'s templates filled with the taxonomy's terms and invented names.
 */
public final class ArticleGenerator {
    /** Share of French articles. */
    public static final double FRENCH_SHARE = 0.45;
    /** Share of articles about none of the topics. */
    public static final double NO_TOPIC_SHARE = 0.12;
    /** Share of articles that also touch a second topic. */
    public static final double SECOND_TOPIC_SHARE = 0.3;
    /** Main topic of the articles that have one, in the proportions of a tech-news feed. */
    public static final Map<String, Double> TOPIC_SHARES = topicShares();

    private static final int MIN_TEXT = 2_300;
    private static final int MAX_TEXT = 3_900;
    private static final Instant EPOCH = Instant.parse("2026-10-01T06:00:00Z");
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** One generated article with what it was written to be. */
    public record Synthetic(RawArticle article, String language, String topic) {
    }

    private final long seed;
    private final Map<String, Map<String, List<String>>> terms;
    private final List<String> topics;

    /**
     * @param seed     the seed: the same seed gives the same articles
     * @param taxonomy where the topic terms come from (terms of positive weight, per language)
     */
    public ArticleGenerator(long seed, Taxonomy taxonomy) {
        this.seed = seed;
        this.terms = new LinkedHashMap<>();
        for (TopicRule rule : taxonomy.topics()) {
            Map<String, List<String>> byLanguage = new LinkedHashMap<>();
            rule.terms().forEach((language, weights) -> byLanguage.put(language, weights.entrySet().stream()
                    .filter(e -> e.getValue() >= 1.0)
                    .map(Map.Entry::getKey).sorted().toList()));
            terms.put(rule.id(), byLanguage);
        }
        this.topics = TOPIC_SHARES.keySet().stream().filter(terms::containsKey).toList();
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("the taxonomy has none of the topics " + TOPIC_SHARES.keySet());
        }
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive). */
    public List<RawArticle> articles(int from, int to) {
        List<RawArticle> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            out.add(generate(i).article());
        }
        return out;
    }

    /** Article number {@code index}. */
    public Synthetic generate(int index) {
        SplittableRandom random = new SplittableRandom(seed * GOLDEN + index * 0xBF58476D1CE4E5B9L + 1);
        Vocabulary.Language language = random.nextDouble() < FRENCH_SHARE ? Vocabulary.FRENCH : Vocabulary.ENGLISH;
        String topic = random.nextDouble() < NO_TOPIC_SHARE ? null : pickTopic(random);
        String second = topic != null && random.nextDouble() < SECOND_TOPIC_SHARE ? pickTopic(random) : null;
        Writer writer = new Writer(random, language, topic, second);

        String source = pick(random, Vocabulary.SOURCES);
        String slug = Long.toString(index, 36) + "-" + Long.toHexString(seed & 0xffffffL);
        String url = "https://" + source + "/" + (language == Vocabulary.FRENCH ? "articles/" : "posts/") + slug;
        String title = writer.title() + " (" + (index + 1) + ")";
        int target = MIN_TEXT + random.nextInt(MAX_TEXT - MIN_TEXT);
        Body body = writer.body(target, url);
        // in publication order, one every 15 s, as a feed reader's stream of new articles arrives
        Instant published = EPOCH.plus(Duration.ofSeconds(15L * index));
        RawArticle article = RawArticleBuilder.article()
                .url(url)
                .guid(url)
                .feedId("bench-" + source)
                .feedUrl("https://" + source + "/feed.xml")
                .source(source)
                .title(title)
                .authors(List.of(pick(random, List.of("Claire Dumas", "Sam Okafor", "Inès Laborde", "Jonas Weber", "Maya Chen"))))
                .publishedAt(published)
                .fetchedAt(published.plusSeconds(90))
                .contentHtml(body.html())
                .text(body.text())
                .links(body.links())
                .categories(topic == null ? List.of() : List.of(topic))
                .build();
        return new Synthetic(article, language.code(), topic);
    }

    private String pickTopic(SplittableRandom random) {
        double x = random.nextDouble() * topics.stream().mapToDouble(TOPIC_SHARES::get).sum();
        for (String t : topics) {
            x -= TOPIC_SHARES.get(t);
            if (x < 0) {
                return t;
            }
        }
        return topics.get(topics.size() - 1);
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private record Body(String html, String text, List<String> links) {
    }

    /** Writes one article: fills templates, chooses terms, builds text and HTML side by side. */
    private final class Writer {
        private final SplittableRandom random;
        private final Vocabulary.Language language;
        private final String topic;
        private final String second;

        Writer(SplittableRandom random, Vocabulary.Language language, String topic, String second) {
            this.random = random;
            this.language = language;
            this.topic = topic;
            this.second = second;
        }

        String title() {
            return fill(pick(random, language.titles()));
        }

        Body body(int targetChars, String url) {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder("<article class=\"post\">\n");
            List<String> links = new ArrayList<>();
            int paragraph = 0;
            while (text.length() < targetChars) {
                if (paragraph > 0 && paragraph % 3 == 0) {
                    String heading = pick(random, language.headings());
                    html.append("<h2>").append(heading).append("</h2>\n");
                    text.append(heading).append("\n\n");
                }
                int sentences = 3 + random.nextInt(3);
                StringBuilder p = new StringBuilder();
                StringBuilder ph = new StringBuilder();
                for (int s = 0; s < sentences; s++) {
                    boolean topical = random.nextDouble() < 0.32;
                    String sentence = fill(pick(random, topical ? language.topical() : language.filler()));
                    p.append(s == 0 ? "" : " ").append(sentence);
                    if (s == 1 && random.nextDouble() < 0.25) {
                        String link = url + "/ref-" + paragraph;
                        links.add(link);
                        ph.append(" <a href=\"").append(link).append("\">").append(escape(sentence)).append("</a>");
                    } else if (s == 0 && random.nextDouble() < 0.2) {
                        ph.append("<strong>").append(escape(sentence)).append("</strong>");
                    } else {
                        ph.append(s == 0 ? "" : " ").append(escape(sentence));
                    }
                }
                html.append("<p>").append(ph).append("</p>\n");
                text.append(p).append("\n\n");
                if (paragraph == 1 && random.nextDouble() < 0.4) {
                    html.append("<figure><img src=\"").append(url).append("/figure.png\" alt=\"\"></figure>\n");
                }
                paragraph++;
            }
            html.append("</article>");
            return new Body(html.toString(), text.toString().strip(), links);
        }

        private String fill(String template) {
            StringBuilder out = new StringBuilder(template.length() + 40);
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    out.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                out.append(template, i, open);
                out.append(slot(template.substring(open + 1, close)));
                i = close + 1;
            }
            String s = out.toString();
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private String slot(String name) {
            return switch (name) {
                case "T" -> term(random.nextDouble() < 0.75 || second == null ? topic : second);
                case "T2" -> term(second != null ? second : topic);
                case "O" -> pick(random, Vocabulary.ORGANISATIONS);
                case "P" -> pick(random, Vocabulary.PRODUCTS);
                case "C" -> pick(random, Vocabulary.CITIES);
                case "N" -> Integer.toString(2 + random.nextInt(480));
                case "D" -> date();
                default -> throw new IllegalStateException("unknown slot " + name);
            };
        }

        private String term(String topicId) {
            if (topicId == null) {
                return pick(random, language.neutral());
            }
            Map<String, List<String>> byLanguage = terms.get(topicId);
            List<String> own = byLanguage.getOrDefault(language.code(), List.of());
            List<String> english = byLanguage.getOrDefault("en", List.of());
            // French tech writing borrows English terms: one French term in three is English
            List<String> from = own.isEmpty() || (language == Vocabulary.FRENCH && random.nextDouble() < 0.33) ? english : own;
            return from.isEmpty() ? pick(random, language.neutral()) : pick(random, from);
        }

        private String date() {
            int day = 1 + random.nextInt(28);
            String month = pick(random, language.months());
            int year = 2026 + random.nextInt(2);
            return language == Vocabulary.FRENCH ? day + " " + month + " " + year : month + " " + day + ", " + year;
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Map<String, Double> topicShares() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("ai", 0.24);
        shares.put("security", 0.18);
        shares.put("cloud-native", 0.15);
        shares.put("open-source", 0.14);
        shares.put("policy-regulation", 0.09);
        shares.put("devops-events", 0.08);
        shares.put("privacy", 0.07);
        shares.put("digital-sovereignty", 0.05);
        return java.util.Collections.unmodifiableMap(shares);
    }
}
