package io.veille.enricher.sponsored;

import io.veille.enricher.text.Fold;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Flags articles that disclose a partnership, a sponsorship or advertising, in French or English
 * ("Article sponsorisé", "En partenariat avec", "Publi-rédactionnel", "This post is sponsored by",
 * "Paid partnership", "Advertisement"...).
 *
 * <p>Disclosures sit at the top or the bottom of a post, so only the title, the first and the last
 * {@value #EDGE} characters of the text are read: a news story that mentions a company's "partnership"
 * or thanks a conference's "sponsors" in its body is not flagged. Matching ignores case and accents.
 * Thread-safe.
 */
public final class SponsoredDetector {
    static final int EDGE = 300;

    private static final List<Pattern> DISCLOSURES = List.of(
            // French
            Pattern.compile("\\b(article|contenu|billet|post|publication)s? (sponsoris|commandit)e"),
            Pattern.compile("^sponsorise"),
            Pattern.compile("\\b(article|contenu|billet|guide|dossier)s? (realise|redige|ecrit|produit|propose)e?s? en partenariat avec\\b"),
            Pattern.compile("(^|[-—–:|(\\[]\\s*)en partenariat avec\\b"),
            Pattern.compile("\\b(article|contenu|billet|post)s? en partenariat avec\\b"),
            Pattern.compile("^partenariat\\b"),
            Pattern.compile("\\b(cet article|ce billet|ce contenu|ce guide|ce dossier|cette video|cet episode)( vous)? est (propose|offert|presente|sponsorise)e? par\\b"),
            Pattern.compile("\\bvous est (propose|offert|presente)e? par\\b"),
            Pattern.compile("\\bcontenu (propose|offert) par\\b"),
            Pattern.compile("\\bpubli-?redactionnel|\\bpublireportage|\\bpubli-?reportage"),
            Pattern.compile("^publicite\\b"),
            Pattern.compile("\\bpartenariat (remunere|commercial)"),
            Pattern.compile("\\bcollaboration commerciale\\b"),
            // English
            Pattern.compile("\\bsponsored (post|content|article|story|feature)\\b"),
            Pattern.compile("^sponsored by\\b"),
            Pattern.compile("^sponsored\\b"),
            Pattern.compile("\\b(post|article|content|story|episode|newsletter) (is|was) (sponsored|paid for|brought to you|produced in partnership|written in partnership)"),
            Pattern.compile("\\b(brought to you|presented) by\\b.{0,60}\\bpartner"),
            Pattern.compile("\\bcontains sponsored\\b"),
            Pattern.compile("\\bpaid (partnership|post|promotion)\\b"),
            Pattern.compile("\\bpartner content\\b"),
            Pattern.compile("(^|[-—–:|(\\[]\\s*)in partnership with\\b"),
            Pattern.compile("^advertisement\\b|\\badvertorial\\b|^promoted\\b|\\bpromoted content\\b"));

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
            "publi-r", "publir", "publireportage", "advert", "promot", "paid", "commandit", "propose par", "offert par",
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
            for (Pattern p : DISCLOSURES) {
                if (p.matcher(s).find()) {
                    return true;
                }
            }
        }
        return false;
    }

}
