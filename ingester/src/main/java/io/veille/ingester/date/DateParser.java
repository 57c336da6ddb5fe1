package io.veille.ingester.date;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds really contain: RFC 822/1123 with or without the day name, with one- or
 * two-digit days, two- or four-digit years, numeric or named zones (GMT, UT, EST, CEST, Z); ISO 8601
 * with or without seconds, fraction, zone or time; English and French month and day names, full or
 * abbreviated, with or without accents ({@code mardi 3 février 2026 à 9h30}, {@code 1er févr. 2026});
 * numeric {@code 2026/02/03} and {@code 03/02/2026} (day first, unless the language is US English or
 * the numbers say otherwise); Unix timestamps.
 *
 * <p>A date without a zone is taken as UTC; a date without a time as midnight UTC. Years outside
 * 1990–2100 are refused as garbage. Stateless and thread-safe.
 */
public final class DateParser {
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*(z|[+-]\\d{2}(?::?\\d{2})?|utc|gmt)?$");
    private static final Pattern YMD = Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})\\b");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d+-])(\\d{1,2})\\s*[:h]\\s*(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?!\\d)");
    private static final Pattern ZONE = Pattern.compile(
            "(?:^|\\s|(?<=\\d))((?:gmt|utc|ut)?[+-]\\d{1,2}(?::?\\d{2})?|z|gmt|utc|ut|[a-z]{3,4})$");
    private static final Pattern RFC_822 = Pattern.compile(
            "^(?:[a-z]{3}, )?(\\d{1,2}) ([a-z]{3}) (\\d{4}|\\d{2}) (\\d{2}):(\\d{2})(?::(\\d{2}))? ([+-]\\d{4}|[a-z]{1,4})$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("^([+-])(\\d{1,2})(?::?(\\d{2}))?$");
    private static final Pattern NAMED_PREFIX = Pattern.compile("^(gmt|utc|ut)");
    private static final Pattern ORDINAL = Pattern.compile("^(\\d{1,2})(?:st|nd|rd|th|er|e)$");
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(\\d{3})?$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("janv", 1), Map.entry("janvier", 1), Map.entry("january", 1),
            Map.entry("feb", 2), Map.entry("fev", 2), Map.entry("fevr", 2), Map.entry("fevrier", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("mars", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("avr", 4), Map.entry("avril", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("jun", 6), Map.entry("juin", 6), Map.entry("june", 6),
            Map.entry("jul", 7), Map.entry("juil", 7), Map.entry("juillet", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("aou", 8), Map.entry("aout", 8), Map.entry("august", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septembre", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("octobre", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("novembre", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("decembre", 12), Map.entry("december", 12));
    private static final Set<String> FILLERS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "lun", "mer", "jeu", "ven", "sam", "dim", "le", "a", "at", "on", "the", "of", "de", "du", "published", "publie");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("z", 0), Map.entry("gmt", 0), Map.entry("utc", 0), Map.entry("ut", 0), Map.entry("wet", 0),
            Map.entry("est", -300), Map.entry("edt", -240), Map.entry("cst", -360), Map.entry("cdt", -300),
            Map.entry("mst", -420), Map.entry("mdt", -360), Map.entry("pst", -480), Map.entry("pdt", -420),
            Map.entry("cet", 60), Map.entry("cest", 120), Map.entry("met", 60), Map.entry("mest", 120),
            Map.entry("bst", 60), Map.entry("west", 60), Map.entry("eet", 120), Map.entry("eest", 180),
            Map.entry("jst", 540), Map.entry("aest", 600), Map.entry("ist", 330));

    private DateParser() {
    }

    /** The instant {@code raw} names, if it is a date in any supported shape. */
    public static Optional<Instant> parse(String raw) {
        return parse(raw, null);
    }

    /**
     * The instant {@code raw} names; {@code languageHint} ("en-US", "fr") only decides between
     * month-first and day-first when a numeric date is ambiguous.
     */
    public static Optional<Instant> parse(String raw, String languageHint) {
        if (raw == null || raw.isBlank() || raw.length() > 200) {
            return Optional.empty();
        }
        String s = fold(raw);
        try {
            if (EPOCH.matcher(s).matches()) {
                long n = Long.parseLong(s);
                return sane(s.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
            }
            Matcher rfc = RFC_822.matcher(s);
            if (rfc.matches() && MONTHS.containsKey(rfc.group(2))) {
                return build(year(rfc.group(3)), MONTHS.get(rfc.group(2)), num(rfc.group(1)), num(rfc.group(4)),
                        num(rfc.group(5)), numOr0(rfc.group(6)), rfc.group(7));
            }
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return build(num(iso.group(1)), num(iso.group(2)), num(iso.group(3)), num(iso.group(4)),
                        numOr0(iso.group(5)), numOr0(iso.group(6)), iso.group(7));
            }
            return textual(s, languageHint);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> textual(String s, String languageHint) {
        int hour = -1;
        int minute = 0;
        int second = 0;
        Matcher t = TIME.matcher(s);
        if (t.find()) {
            hour = Integer.parseInt(t.group(1));
            minute = Integer.parseInt(t.group(2));
            second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
            String ampm = t.group(4);
            if (ampm != null) {
                boolean pm = ampm.startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            s = (s.substring(0, t.start()) + " " + s.substring(t.end())).strip();
        }
        String zone = null;
        Matcher z = ZONE.matcher(s);
        if (z.find() && (zoneOffsetMinutes(z.group(1)) != null)) {
            zone = z.group(1);
            s = s.substring(0, z.start(1)).strip();
        }
        Matcher ymd = YMD.matcher(s);
        if (ymd.find()) {
            return build(num(ymd.group(1)), num(ymd.group(2)), num(ymd.group(3)), hour, minute, second, zone);
        }
        Matcher dmy = DMY.matcher(s);
        if (dmy.find()) {
            int a = num(dmy.group(1));
            int b = num(dmy.group(2));
            boolean monthFirst = b > 12 || (a <= 12 && languageHint != null
                    && languageHint.toLowerCase(Locale.ROOT).startsWith("en-us"));
            return build(year(dmy.group(3)), monthFirst ? a : b, monthFirst ? b : a, hour, minute, second, zone);
        }
        List<String> tokens = new ArrayList<>();
        for (String tok : s.split("[\\s,./\\-]+")) {
            if (!tok.isEmpty() && !FILLERS.contains(tok)) {
                tokens.add(ORDINAL.matcher(tok).replaceAll("$1"));
            }
        }
        List<String> monthTokens = new ArrayList<>();
        for (String tok : tokens) {
            if (MONTHS.containsKey(tok)) {
                monthTokens.add(tok);
            }
        }
        if (monthTokens.size() > 1) {
            monthTokens.remove("mar");
        }
        if (monthTokens.isEmpty()) {
            return Optional.empty();
        }
        int month = MONTHS.get(monthTokens.get(0));
        Integer day = null;
        Integer year = null;
        for (String tok : tokens) {
            if (!tok.chars().allMatch(Character::isDigit)) {
                if (zone == null && !MONTHS.containsKey(tok) && ZONES.containsKey(tok)) {
                    zone = tok;
                } else if (!MONTHS.containsKey(tok)) {
                    return Optional.empty();
                }
                continue;
            }
            if (tok.length() == 4 && year == null) {
                year = Integer.parseInt(tok);
            } else if (tok.length() <= 2 && day == null) {
                day = Integer.parseInt(tok);
            } else if (tok.length() <= 2 && year == null) {
                year = year(tok);
            } else {
                return Optional.empty();
            }
        }
        if (day == null || year == null) {
            return Optional.empty();
        }
        return build(year, month, day, hour, minute, second, zone);
    }

    private static Optional<Instant> build(int year, int month, int day, int hour, int minute, int second, String zone) {
        Integer offset = zone == null ? Integer.valueOf(0) : zoneOffsetMinutes(zone);
        if (offset == null) {
            return Optional.empty();
        }
        LocalDateTime ldt = LocalDateTime.of(year, month, day, Math.max(hour, 0), minute, second);
        return sane(ldt.toInstant(ZoneOffset.ofTotalSeconds(offset * 60)));
    }

    private static Integer zoneOffsetMinutes(String zone) {
        String z = zone.strip();
        Integer named = ZONES.get(z);
        if (named != null) {
            return named;
        }
        z = NAMED_PREFIX.matcher(z).replaceFirst("");
        Matcher m = NUMERIC_ZONE.matcher(z);
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(2));
        int mins = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (h > 14 || mins > 59) {
            return null;
        }
        int total = h * 60 + mins;
        return m.group(1).equals("-") ? -total : total;
    }

    private static Optional<Instant> sane(Instant i) {
        int year = i.atOffset(ZoneOffset.UTC).getYear();
        return year < 1990 || year > 2100 ? Optional.empty() : Optional.of(i);
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() <= 2) {
            return y < 70 ? 2000 + y : 1900 + y;
        }
        return y;
    }

    private static int num(String s) {
        return s == null ? -1 : Integer.parseInt(s);
    }

    private static int numOr0(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }

    private static String fold(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (s.indexOf('(') >= 0) {
            s = PARENTHESES.matcher(s).replaceAll(" ").strip();
        }
        boolean ascii = s.chars().allMatch(c -> c < 128);
        if (!ascii) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").replace('\u00a0', ' ');
        }
        return s.indexOf("  ") >= 0 || s.indexOf('\u00a0') >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 ? WHITESPACE.matcher(s).replaceAll(" ") : s;
    }
}
