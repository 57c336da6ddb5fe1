package io.veille.indexer.index;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The naming rule of versioned indices: alias {@code veille-articles} → indices {@code veille-articles-v1}, {@code -v2}… */
public final class IndexNames {
    private IndexNames() {
    }

    public static String versioned(String alias, int version) {
        if (version < 1) {
            throw new IllegalArgumentException("index versions start at 1");
        }
        return alias + "-v" + version;
    }

    public static String pattern(String alias) {
        return alias + "-v*";
    }

    /** The version of {@code index} if it is one of {@code alias}'s versioned indices. */
    public static OptionalInt versionOf(String alias, String index) {
        Matcher m = Pattern.compile(Pattern.quote(alias) + "-v(\\d{1,9})").matcher(index);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
