package io.veille.common.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short durations people write in configuration and on the command line: {@code 30s}, {@code 7d}. */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)");

    private Durations() {
    }

    /** {@code 500ms}, {@code 30s}, {@code 5m}, {@code 24h}, {@code 7d}, {@code 2w}, or ISO-8601 ({@code PT1H}). */
    public static Duration parse(String text) {
        String value = text == null ? "" : text.trim();
        Matcher matcher = SHORT.matcher(value);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofDays(7 * amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (write 30s, 5m, 24h, 7d or PT1H)");
        }
    }
}
