package io.veille.enricher.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds day-precise date expressions in a sentence, in French and English: single days
 * ("mardi 3 février 2026", "le 1er mars", "February 3, 2026", "the 3rd of March", "2026-02-03",
 * "03/02/2026"), ranges ("du 6 janvier au 3 février 2026", "Feb 3–5", "August 31 – September 2",
 * "from June 10 to 12", "between 20 and 21 January") and lists of consecutive days read as a range
 * ("les 2 et 3 décembre", "on 30 and 31 January 2027", "les 7, 8 et 9 octobre", "Friday, November 6 and
 * Saturday, November 7"); two full dates joined by "and" that are not consecutive stay two dates.
 *
 * <p>A month or a year given once is shared by the whole expression ("3–5 février 2026"); a year still
 * missing is left at 0 for {@link YearResolver}. A month alone ("in March 2026") or a year alone ("en 2020")
 * is not a date. Stateless and thread-safe.
 */
final class DateExpressionRecognizer {
    private static final Set<String> RANGE_WORDS = Set.of("au", "to", "through", "thru", "until", "till", "jusqu");
    private static final Set<String> AND_WORDS = Set.of("et", "and", "&");
    private static final Set<String> FILLERS = Set.of("le", "the", "l");

    /** The date expressions of a sentence, in order of appearance. */
    List<DateMention> find(String sentence, String folded) {
        List<Token> tokens = DateTokenizer.tokenize(sentence, folded);
        List<DateMention> out = new ArrayList<>(2);
        int i = 0;
        int[] end = new int[1];
        while (i < tokens.size()) {
            DateMention m = expression(tokens, i, end);
            if (m != null) {
                out.add(m);
                i = end[0];
            } else {
                i++;
            }
        }
        return out;
    }

    /** A date atom: a day with or without month and year. */
    private static final class Atom {
        int day;
        int month;
        int year;
        int firstToken;
        int lastToken;
    }

    private DateMention expression(List<Token> t, int i, int[] next) {
        Atom first = atom(t, i);
        if (first == null) {
            return null;
        }
        List<Atom> atoms = new ArrayList<>(3);
        atoms.add(first);
        boolean between = i > 0 && (t.get(i - 1).isWord("between") || t.get(i - 1).isWord("entre"));
        while (true) {
            Atom last = atoms.get(atoms.size() - 1);
            int k = last.lastToken + 1;
            if (k >= t.size()) {
                break;
            }
            Token sep = t.get(k);
            String kind;
            if (sep.is(Token.Type.DASH) || (sep.is(Token.Type.WORD) && RANGE_WORDS.contains(sep.text()))) {
                kind = "range";
                if (sep.isWord("jusqu") && k + 1 < t.size() && (t.get(k + 1).isWord("au") || t.get(k + 1).isWord("a"))) {
                    k++;
                }
            } else if (sep.is(Token.Type.WORD) && AND_WORDS.contains(sep.text())) {
                kind = "and";
            } else if (sep.is(Token.Type.COMMA)) {
                kind = "list";
            } else {
                break;
            }
            k++;
            Atom right = atomAfterConnector(t, k);
            if (right == null) {
                break;
            }
            boolean accept = switch (kind) {
                case "range" -> true;
                case "and" -> last.month == 0 || right.month == 0 || between || nextDay(last, right);
                // "les 7, 8 et 9 octobre": a comma only chains days when the list goes on
                default -> right.month == 0 && continuesList(t, right.lastToken + 1);
            };
            if (!accept) {
                break;
            }
            atoms.add(right);
        }
        if (atoms.size() == 1 && first.month == 0) {
            return null;
        }
        fillMonths(atoms);
        for (Atom a : atoms) {
            if (a.month == 0) {
                return null;
            }
        }
        fillYears(atoms);
        Atom a = atoms.get(0);
        Atom b = atoms.get(atoms.size() - 1);
        if (!valid(a) || !valid(b)) {
            return null;
        }
        next[0] = b.lastToken + 1;
        return new DateMention(a.day, a.month, a.year, b.day, b.month, b.year,
                t.get(a.firstToken).start(), t.get(b.lastToken).end());
    }

    /** "Friday, November 6 and Saturday, November 7": two full days in a row read as one range. */
    private static boolean nextDay(Atom a, Atom b) {
        if (a.month == b.month) {
            return b.day == a.day + 1;
        }
        int lastDay = switch (a.month) {
            case 2 -> 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return b.month == a.month % 12 + 1 && b.day == 1 && (a.day == lastDay || (a.month == 2 && a.day == 29));
    }

    private static boolean continuesList(List<Token> t, int k) {
        return k < t.size() && (t.get(k).is(Token.Type.COMMA)
                || (t.get(k).is(Token.Type.WORD) && AND_WORDS.contains(t.get(k).text())));
    }

    private Atom atomAfterConnector(List<Token> t, int k) {
        if (k < t.size() && t.get(k).is(Token.Type.WORD) && FILLERS.contains(t.get(k).text())) {
            k++;
        }
        return atom(t, k);
    }

    /** One day: [weekday [,]] then DATE | day [of] month [,] [year] | month day [,] [year] | day. */
    private Atom atom(List<Token> t, int i) {
        int n = t.size();
        if (i >= n) {
            return null;
        }
        int k = i;
        if (t.get(k).is(Token.Type.WEEKDAY)) {
            k++;
            if (k < n && t.get(k).is(Token.Type.COMMA)) {
                k++;
            }
            if (k < n && t.get(k).is(Token.Type.WORD) && FILLERS.contains(t.get(k).text())) {
                k++;
            }
            if (k >= n) {
                return null;
            }
        }
        Token tok = t.get(k);
        if (!tok.is(Token.Type.DATE) && !tok.isDay() && !tok.is(Token.Type.MONTH)) {
            return null;
        }
        Atom a = new Atom();
        a.firstToken = i;
        if (tok.is(Token.Type.DATE)) {
            a.year = tok.a();
            a.month = tok.b();
            a.day = tok.c();
            a.lastToken = k;
            return a;
        }
        if (tok.isDay()) {
            a.day = tok.a();
            int m = k + 1;
            if (m < n && t.get(m).isWord("of") && m + 1 < n && t.get(m + 1).is(Token.Type.MONTH)) {
                m++;
            }
            if (m < n && t.get(m).is(Token.Type.MONTH)) {
                a.month = t.get(m).a();
                a.lastToken = year(t, m, a);
            } else if (k + 2 < n && t.get(k + 1).is(Token.Type.COMMA) && t.get(k + 2).isYear()) {
                a.year = t.get(k + 2).a(); // "June 3 and 4, 2026"
                a.lastToken = k + 2;
            } else {
                a.lastToken = k;
            }
            return a;
        }
        if (tok.is(Token.Type.MONTH) && k + 1 < n && t.get(k + 1).isDay()
                && !(k + 2 < n && t.get(k + 2).is(Token.Type.MONTH))) {
            a.month = tok.a();
            a.day = t.get(k + 1).a();
            a.lastToken = year(t, k + 1, a);
            return a;
        }
        return null;
    }

    /** Reads an optional year after token {@code k}; returns the last token of the atom. */
    private static int year(List<Token> t, int k, Atom a) {
        int y = k + 1;
        if (y < t.size() && t.get(y).is(Token.Type.COMMA)) {
            y++;
        }
        if (y < t.size() && t.get(y).isYear()) {
            a.year = t.get(y).a();
            return y;
        }
        return k;
    }

    private static void fillMonths(List<Atom> atoms) {
        for (int i = atoms.size() - 2; i >= 0; i--) {
            if (atoms.get(i).month == 0) {
                atoms.get(i).month = atoms.get(i + 1).month;
            }
        }
        for (int i = 1; i < atoms.size(); i++) {
            if (atoms.get(i).month == 0) {
                atoms.get(i).month = atoms.get(i - 1).month;
            }
        }
    }

    private static void fillYears(List<Atom> atoms) {
        for (int i = atoms.size() - 2; i >= 0; i--) {
            Atom a = atoms.get(i);
            Atom b = atoms.get(i + 1);
            if (a.year == 0 && b.year != 0) {
                boolean wraps = a.month > b.month || (a.month == b.month && a.day > b.day);
                a.year = wraps ? b.year - 1 : b.year;
            }
        }
    }

    private static boolean valid(Atom a) {
        if (a.month < 1 || a.month > 12 || a.day < 1) {
            return false;
        }
        int max = switch (a.month) {
            case 2 -> (a.year == 0 || java.time.Year.isLeap(a.year)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return a.day <= max;
    }
}
