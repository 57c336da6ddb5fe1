package io.veille.enricher.sponsored;

import io.veille.enricher.text.Fold;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Flags articles that disclose a partnership, a sponsorship or advertising, in French or English
 * ("Article sponsorisé", "En partenariat avec", "Publi-rédactionnel", "Publi-information", "Annonce partenaire",
 * "This post is sponsored by", "In association with", "Paid partnership", "Advertisement"...).
 *
 * <p>Disclosures sit at the top or the bottom of a post, so only the title, the first and the last
 * {@value #EDGE} characters of the text are read: a news story that mentions a company's "partnership"
 * or thanks a conference's "sponsors" in its body is not flagged. Matching ignores case and accents.
 * Thread-safe.
 */
public final class SponsoredDetector {
    static final int EDGE = 300;

    /**
     * A disclosure's pattern, with the words one of which any match contains: the pattern runs only on a
     * sentence that contains one of them (regular expressions with word boundaries are slow to fail).
     */
    private record Disclosure(Pattern pattern, List<String> clues) {
        boolean foundIn(String sentence) {
            for (String clue : clues) {
                if (sentence.contains(clue)) {
                    return pattern.matcher(sentence).find();
                }
            }
            return false;
        }
    }

    /**
     * What ends a page's label standing alone at the start of a title or text ("Publicité :", "Sponsored |",
     * "Advertisement." or the whole line): "Publicité politique en ligne : ..." is news about advertising.
     */
    private static final String LABEL_END = "\\s*([.:|·—–\\-\\])]|$)";

    private static Disclosure disclosure(String regex, String... clues) {
        return new Disclosure(Pattern.compile(regex), List.of(clues));
    }

    private static final List<Disclosure> DISCLOSURES = List.of(
            // French
            disclosure("\\b(article|contenu|billet|post|publication|dossier|guide|video|reportage)s? (sponsoris|commandit)e", "sponsoris", "commandit"),
            disclosure("^sponsorise(e|s)?( par\\b|" + LABEL_END + ")", "sponsorise"),
            disclosure("\\b(article|contenu|billet|guide|dossier)s? ((a|ont) ete |est |sont )?(realise|redige|ecrit|produit|propose)e?s? en partenariat avec\\b", "en partenariat avec"),
            disclosure("(^|[-—–:|(\\[]\\s*)en partenariat avec\\b", "en partenariat avec"),
            disclosure("\\b(article|contenu|billet|post)s? en partenariat avec\\b", "en partenariat avec"),
            disclosure("^partenariat" + LABEL_END, "partenariat"),
            disclosure("\\b(cet article|ce billet|ce contenu|ce guide|ce dossier|cette video|cet episode)( vous)? est (propose|offert|presente|sponsorise)e? par\\b", "est propose", "est offert", "est presente", "est sponsorise"),
            disclosure("\\bvous est (propose|offert|presente)e? par\\b", "vous est "),
            disclosure("\\bcontenu (propose|offert) par\\b", "contenu propose", "contenu offert"),
            disclosure("\\bpubli-?redactionnel|\\bpublireportage|\\bpubli-?reportage|\\bpubli-?information\\b", "publi"),
            // "Annonce partenaire.", "[Contenu partenaire]": the page's own label, at the start of a fragment
            disclosure("(^|[\\[(|]\\s*)(annonce|contenu|article|espace|communique) partenaire\\b", "partenaire"),
            // "En collaboration avec Acme — ...": a sponsor's name set apart as the opening words
            disclosure("^en collaboration avec [^.,;]{1,60} [—–|:-] ", "en collaboration avec"),
            disclosure("^publicite" + LABEL_END, "publicite"),
            disclosure("\\bpartenariat (remunere|commercial)", "partenariat "),
            disclosure("\\bcollaboration commerciale\\b", "collaboration commerciale"),
            // English
            disclosure("\\bsponsored (post|content|article|story|feature)\\b", "sponsored "),
            disclosure("^sponsored by\\b", "sponsored by"),
            disclosure("^sponsored" + LABEL_END, "sponsored"),
            disclosure("\\b(post|article|content|story|episode|newsletter) (is|was) (sponsored|paid for|brought to you|produced in partnership|written in partnership)", "sponsored", "paid for", "brought to you", "in partnership"),
            disclosure("\\b(brought to you|presented) by\\b.{0,60}\\bpartner", "partner"),
            disclosure("\\bcontains sponsored\\b", "contains sponsored"),
            disclosure("\\bpaid (partnership|post|promotion)\\b", "paid "),
            disclosure("\\bpartner content\\b", "partner content"),
            disclosure("(^|[-—–:|(\\[]\\s*)in (partnership|association) with\\b", "in partnership with", "in association with"),
            disclosure("^(advertisement|promoted)" + LABEL_END + "|\\badvertorial\\b|\\bpromoted content\\b", "advert", "promoted"));

    /** Whether the article discloses sponsorship, partnership or advertising. */
    public boolean isSponsored(String title, String text) {
        if (matches(title)) {
            return true;
        }
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (matches(text.substring(0, Math.min(EDGE, text.length())))) {
            return true;
        }
        return text.length() > EDGE && matches(text.substring(text.length() - EDGE));
    }

    /** Words one of which every disclosure contains: a fragment with none of them is skipped cheaply. */
    private static final List<String> CUES = List.of("sponsor", "partenariat", "partner", "publicite",
            "publi-r", "publir", "publi-i", "publii", "partenaire", "collaboration avec", "association with", "advert", "promot", "paid", "commandit", "propose par", "offert par",
            "presente par", "brought to you");

    private static boolean matches(String fragment) {
        if (fragment == null || fragment.isBlank()) {
            return false;
        }
        String folded = Fold.fold(fragment);
        boolean cue = false;
        for (String c : CUES) {
            if (folded.contains(c)) {
                cue = true;
                break;
            }
        }
        if (!cue) {
            return false;
        }
        for (String sentence : folded.split("(?<=[.!?])\\s+|\\n+")) {
            String s = sentence.strip();
            for (Disclosure d : DISCLOSURES) {
                if (d.foundIn(s)) {
                    return true;
                }
            }
        }
        return false;
    }

}
