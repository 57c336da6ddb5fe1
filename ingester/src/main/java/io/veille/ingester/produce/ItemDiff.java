package io.veille.ingester.produce;

import io.veille.common.event.RawArticle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sorts a feed's articles against the ones already emitted: an id never seen is new, a seen id
 * whose content hash changed is an update, the rest is left out. An id that appears twice in the
 * same document is taken once.
 */
public final class ItemDiff {
    private ItemDiff() {
    }

    /** The articles to emit, split into new ones and updates. */
    public record Changes(List<RawArticle> added, List<RawArticle> updated) {
        public int size() {
            return added.size() + updated.size();
        }
    }

    public static Changes of(List<RawArticle> articles, Map<String, String> seen) {
        List<RawArticle> added = new ArrayList<>();
        List<RawArticle> updated = new ArrayList<>();
        Set<String> inThisFeed = new HashSet<>();
        for (RawArticle article : articles) {
            if (!inThisFeed.add(article.id())) {
                continue;
            }
            String previous = seen.get(article.id());
            if (previous == null) {
                added.add(article);
            } else if (!previous.equals(article.contentHash())) {
                updated.add(article);
            }
        }
        return new Changes(added, updated);
    }
}
