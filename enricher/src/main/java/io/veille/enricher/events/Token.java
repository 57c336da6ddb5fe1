package io.veille.enricher.events;

/**
 * One token of a sentence, as the date recognizer sees it.
 *
 * @param type  what the token is
 * @param start offset of its first char in the sentence
 * @param end   offset just after its last char
 * @param text  the folded text (words only, else null)
 * @param a     NUM: the value; MONTH: 1..12; DATE: the year
 * @param b     NUM: number of digits; DATE: the month
 * @param c     NUM: 1 when the number can be a day of the month (no decimal part, no unit glued to it);
 *              DATE: the day
 */
record Token(Type type, int start, int end, String text, int a, int b, int c) {

    enum Type { NUM, MONTH, WEEKDAY, DATE, DASH, COMMA, WORD, OTHER }

    boolean is(Type t) {
        return type == t;
    }

    boolean isWord(String w) {
        return type == Type.WORD && text.equals(w);
    }

    /** A number that can stand for a day: 1 to 31, one or two digits, nothing glued to it. */
    boolean isDay() {
        return type == Type.NUM && c == 1 && b <= 2 && a >= 1 && a <= 31;
    }

    /** A four-digit number that can stand for a year. */
    boolean isYear() {
        return type == Type.NUM && b == 4 && a >= 1970 && a <= 2100;
    }
}
