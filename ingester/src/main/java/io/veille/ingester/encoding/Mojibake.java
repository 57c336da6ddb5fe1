package io.veille.ingester.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 that was decoded as windows-1252 somewhere upstream and re-encoded ("Ã©tÃ©" for
 * "été", "â€™" for "’"), a lie no label reveals. Only runs that form valid UTF-8 once turned back
 * into bytes are replaced, so correct text around them, accented or not, is left alone.
 */
public final class Mojibake {
    /** Characters that windows-1252 encodes as the bytes 0x80–0xBF (UTF-8 continuation bytes). */
    private static final String CONT = "[\\u00A0-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030"
            + "\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A"
            + "\\u0153\\u017E\\u0178\\u0081\\u008D\\u008F\\u0090\\u009D]";
    private static final String CONT_EXTRA = "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039"
            + "\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178";
    private static final Pattern RUN = Pattern.compile(
            "[\\u00C2-\\u00DF]" + CONT + "|[\\u00E0-\\u00EF]" + CONT + "{2}|[\\u00F0-\\u00F4]" + CONT + "{3}");
    private static final java.nio.charset.Charset CP1252 = java.nio.charset.Charset.forName("windows-1252");

    private Mojibake() {
    }

    /** Whether {@code text} holds at least one run that reads as double-encoded UTF-8. */
    public static boolean suspect(String text) {
        int n = text.length() - 1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4' && isContinuation(text.charAt(i + 1))) {
                Matcher m = RUN.matcher(text).region(i, Math.min(text.length(), i + 4));
                if (m.lookingAt() && decode(m.group()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isContinuation(char c) {
        return (c >= '\u00A0' && c <= '\u00BF') || (c >= '\u0081' && c <= '\u009D') || CONT_EXTRA.indexOf(c) >= 0;
    }

    /** {@code text} with every double-encoded UTF-8 run turned back into the characters it meant. */
    public static String repair(String text) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String fixed = decode(m.group());
            if (fixed != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, m.start()).append(fixed);
                last = m.end();
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** What double-encoded Western text decodes to: Latin letters, punctuation, €, ™, emoji. */
    private static boolean plausible(int cp) {
        return (cp >= 0xA0 && cp < 0x250) || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x20AC || cp == 0x2122
                || (cp >= 0x1F300 && cp <= 0x1FAFF);
    }

    private static String decode(String run) {
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '\u0081' || c == '\u008D' || c == '\u008F' || c == '\u0090' || c == '\u009D' || c <= 0xFF && c >= 0xA0 || c < 0x80) {
                bytes[i] = (byte) c;
            } else {
                byte[] b = String.valueOf(c).getBytes(CP1252);
                if (b.length != 1 || b[0] == '?') {
                    return null;
                }
                bytes[i] = b[0];
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.codePoints().allMatch(Mojibake::plausible) ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
