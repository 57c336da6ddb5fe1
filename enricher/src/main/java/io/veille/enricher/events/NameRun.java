package io.veille.enricher.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A run of capitalized words in a sentence, the shape proper names take ("Cloud Native Days France 2026",
 * "KubeCon + CloudNativeCon Europe", "Palais des Congrès"). Runs break at punctuation, at month and weekday
 * names, and at lower-case words other than short connectors (de, des, du, of, for) inside a name.
 *
 * @param text  the run as written
 * @param from  its start in the sentence
 * @param to    its end
 * @param words how many words it has
 */
record NameRun(String text, int from, int to, int words) {
    private static final Set<String> CONNECTORS = Set.of("de", "des", "du", "la", "of", "for", "the", "d", "l");
    private static final Set<String> LEADING_STOPWORDS = Set.of(
            "le", "la", "les", "l", "the", "a", "an", "un", "une", "ce", "cet", "cette", "ces", "this", "these",
            "au", "aux", "en", "in", "on", "at", "du", "des", "de", "d", "pour", "for", "depuis", "since", "lors",
            "after", "apres", "avant", "before", "our", "notre", "nos", "votre", "your", "join", "rejoignez",
            "sa", "son", "ses", "leur", "leurs", "their", "his", "her", "registration", "inscriptions", "inscription", "tickets", "ticket", "billets", "early", "early-bird",
            "talk", "talks", "submissions", "sign", "happy", "from", "between", "entre", "with", "avec", "sur",
            "chez", "par", "by", "and", "et", "ou", "or", "mark", "next", "prochain", "prochaine", "last", "dernier",
            "it", "its", "il", "elle", "ils", "elles", "we", "nous", "vous", "you", "they", "as", "comme", "plus",
            "more", "moins", "selon", "according", "deadline", "date", "dates", "rendez-vous", "pensez", "profitez",
            "publicite", "advertisement", "sponsored", "article", "cloture", "clôture");

    /** The capitalized runs of {@code sentence}, leading stopwords removed, dates and numbers cut out. */
    static List<NameRun> find(String sentence) {
        return find(sentence, TextFold.fold(sentence));
    }

    /** As {@link #find(String)}, with the folded sentence at hand. */
    static List<NameRun> find(String sentence, String fs) {
        List<NameRun> out = new ArrayList<>(4);
        int n = sentence.length();
        int i = 0;
        int runFrom = -1;
        int runTo = -1;
        int runWords = 0;
        int pendingConnectors = 0;
        while (i < n) {
            // the folded text (Latin-1 in practice, same offsets) is cheaper to walk than the original
            while (i < n && isSpace(fs.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int j = i;
            while (j < n && !isSpace(fs.charAt(j))) {
                j++;
            }
            // trim quotes and brackets, remember trailing punctuation as a break
            int ws = i;
            int we = j;
            while (ws < we && isOpener(fs.charAt(ws))) {
                ws++;
            }
            boolean breakAfter = false;
            while (we > ws && isCloser(fs.charAt(we - 1))) {
                we--;
                breakAfter = true;
            }
            boolean breakBefore = ws > i;
            // French elision: l'Hôtel, d'Europe
            if (we - ws > 2 && fs.charAt(ws + 1) == '\'' && (fs.charAt(ws) == 'l' || fs.charAt(ws) == 'd')) {
                ws += 2;
                breakBefore = true;
            }
            boolean name = isNameWord(sentence, fs, ws, we, runFrom >= 0);
            if (breakBefore && runFrom >= 0) {
                runFrom = close(out, sentence, runFrom, runTo, runWords);
                runWords = 0;
                pendingConnectors = 0;
                name = isNameWord(sentence, fs, ws, we, false);
            }
            if (name) {
                if (runFrom < 0) {
                    runFrom = ws;
                    runWords = 0;
                }
                runTo = we;
                runWords++;
                pendingConnectors = 0;
            } else if (runFrom >= 0 && isConnector(fs, ws, we) && !breakAfter && pendingConnectors < 2) {
                pendingConnectors++; // kept only if a name word follows
            } else if (runFrom >= 0) {
                runFrom = close(out, sentence, runFrom, runTo, runWords);
                runWords = 0;
                pendingConnectors = 0;
            }
            if (breakAfter && runFrom >= 0) {
                runFrom = close(out, sentence, runFrom, runTo, runWords);
                runWords = 0;
                pendingConnectors = 0;
            }
            i = j;
        }
        if (runFrom >= 0) {
            close(out, sentence, runFrom, runTo, runWords);
        }
        return out;
    }

    private static boolean isNameWord(String sentence, String fs, int ws, int we, boolean inRun) {
        if (ws >= we) {
            return false;
        }
        char c = sentence.charAt(ws);
        if (c >= 'A' && c <= 'Z' || (c > 127 && Character.isUpperCase(c))) {
            return !DateTokenizer.isCalendarWord(fs, ws, we);
        }
        if (!inRun) {
            return false;
        }
        if (we - ws == 1 && (c == '+' || c == '&')) {
            return true;
        }
        // a year or a version glued to a name: "France 2026", "Kubernetes 1.36", "GNOME 50"
        if (c >= '0' && c <= '9') {
            for (int k = ws; k < we; k++) {
                char d = fs.charAt(k);
                if (!(d >= '0' && d <= '9') && d != '.') {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isOpener(char c) {
        return c == '(' || c == '«' || c == '"' || c == '“' || c == '\'' || c == '[';
    }

    private static boolean isCloser(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '»'
                || c == '"' || c == '”' || c == ']';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u202f'
                || (c > 127 && Character.isWhitespace(c));
    }

    private static boolean isConnector(String fs, int ws, int we) {
        for (String c : CONNECTORS) {
            if (c.length() == we - ws && fs.regionMatches(ws, c, 0, c.length())) {
                return true;
            }
        }
        return false;
    }

    /** Adds the run [from, to) without its leading stopwords; returns -1 (no open run). */
    private static int close(List<NameRun> out, String sentence, int from, int to, int words) {
        String text = sentence.substring(from, to);
        while (true) {
            int sp = text.indexOf(' ');
            String first = sp < 0 ? text : text.substring(0, sp);
            if (!LEADING_STOPWORDS.contains(TextFold.fold(first))) {
                break;
            }
            if (sp < 0) {
                return -1;
            }
            from += sp + 1;
            text = text.substring(sp + 1);
            words--;
        }
        // a run of digits only is not a name
        if (!text.isEmpty() && !Character.isDigit(text.charAt(0))) {
            out.add(new NameRun(text, from, to, Math.max(1, words)));
        }
        return -1;
    }
}
