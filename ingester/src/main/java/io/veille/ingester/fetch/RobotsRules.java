package io.veille.ingester.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one product token (RFC 9309): the group naming the token (its
 * longest match), else the {@code *} group; within it the longest matching {@code Allow} or
 * {@code Disallow} path wins, {@code Allow} on a tie; {@code *} and a final {@code $} in paths work
 * as wildcards. No rule matching means allowed.
 */
public final class RobotsRules {
    private static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    private static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static RobotsRules allowAll() {
        return ALLOW_ALL;
    }

    public static RobotsRules disallowAll() {
        return DISALLOW_ALL;
    }

    /** Parses {@code text} for the crawler named {@code product} (case-insensitive). */
    public static RobotsRules parse(String text, String product) {
        String me = product.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean mineFound = false;
        List<String> agents = new ArrayList<>();
        List<Rule> current = new ArrayList<>();
        boolean inRules = false;
        List<String[]> lines = new ArrayList<>();
        for (String raw : text.split("\\r?\\n|\\r")) {
            String line = raw.replaceFirst("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon > 0) {
                lines.add(new String[] {line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim()});
            }
        }
        lines.add(new String[] {"user-agent", ""}); // closes the last group
        for (String[] kv : lines) {
            if (kv[0].equals("user-agent")) {
                if (inRules) {
                    for (String agent : agents) {
                        if (agent.equals("*")) {
                            star.addAll(current);
                        } else if (!agent.isEmpty() && me.startsWith(agent)) {
                            mine.addAll(current);
                            mineFound = true;
                        }
                    }
                    agents = new ArrayList<>();
                    current = new ArrayList<>();
                    inRules = false;
                }
                agents.add(kv[1].toLowerCase(Locale.ROOT));
            } else if (kv[0].equals("allow") || kv[0].equals("disallow")) {
                inRules = true;
                if (!kv[1].isEmpty()) {
                    current.add(new Rule(kv[0].equals("allow"), kv[1]));
                }
            }
        }
        return new RobotsRules(mineFound ? mine : star);
    }

    /** Whether {@code pathAndQuery} (starting with {@code /}) may be fetched. */
    public boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.matches(pathAndQuery) && (best == null || rule.path.length() > best.path.length()
                    || rule.path.length() == best.path.length() && rule.allow)) {
                best = rule;
            }
        }
        return best == null || best.allow;
    }

    private record Rule(boolean allow, String path) {
        boolean matches(String target) {
            String regex = path.endsWith("$")
                    ? toRegex(path.substring(0, path.length() - 1)) + "$"
                    : toRegex(path) + ".*";
            return target.matches(regex);
        }

        private static String toRegex(String p) {
            StringBuilder sb = new StringBuilder();
            for (String part : p.split("\\*", -1)) {
                if (sb.length() > 0 || p.startsWith("*")) {
                    sb.append(".*");
                }
                sb.append(java.util.regex.Pattern.quote(part));
            }
            return sb.toString().replace("\\Q\\E", "");
        }
    }
}
