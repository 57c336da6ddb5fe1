package io.veille.bench.generate;

import java.util.List;

/**
 * The words the synthetic articles are made of, in French and in English: sentence templates with slots,
 * titles, fictional organisations and products, cities and month names. Written for the benchmark (no
 * sentence comes from a real site); the topic terms themselves come from the taxonomy.
 *
 * <p>Slots: {@code {T}} and {@code {T2}} a topic term (or a neutral noun in an article without topic),
 * {@code {O}} an organisation, {@code {P}} a product, {@code {C}} a city, {@code {N}} a number,
 * {@code {D}} a date.
 */
final class Vocabulary {
    private Vocabulary() {
    }

    /** Everything one language needs. */
    record Language(String code, List<String> topical, List<String> filler, List<String> titles,
                    List<String> neutral, List<String> months, List<String> headings) {
    }

    static final List<String> ORGANISATIONS = List.of(
            "Nordhavn Systems", "Lumen Data", "Kestrel Labs", "Orbiteo", "Bastide Cloud", "Helix Works",
            "Polaris Numérique", "Corvus Security", "Tessera", "Quartz Analytics", "Coopérative Alpage",
            "Verdant IO", "Maison Octet", "Arbalète Conseil", "Greyfield Partners", "Sillon Logiciel");

    static final List<String> PRODUCTS = List.of(
            "Brindle", "Tramontane", "Lanterne", "Skiff", "Ferrule", "Cobalt Mesh", "Ondine", "Galet",
            "Fjord CI", "Petrel DB", "Marelle", "Quillon", "Sextant", "Bergamote", "Cairn", "Tidewater");

    static final List<String> CITIES = List.of(
            "Paris", "Lyon", "Nantes", "Lille", "Toulouse", "Bordeaux", "Rennes", "Grenoble", "Berlin",
            "Amsterdam", "London", "Brussels", "Lisbon", "Madrid", "Montréal", "Geneva");

    static final List<String> SOURCES = List.of(
            "octets-et-reseaux.example", "la-veille-du-lundi.example", "infra-weekly.example",
            "cloud-ledger.example", "journal-des-forges.example", "patchnotes.example",
            "le-terminal.example", "opsdigest.example");

    static final Language ENGLISH = new Language("en",
            List.of(
                    "The team behind {P} says the work on {T} should land before the end of the quarter.",
                    "{O} published a detailed write-up on {T}, with figures from {N} production clusters.",
                    "According to the maintainers, {T} remains the main reason users move to {P}.",
                    "Engineers at {O} compared three approaches to {T} and kept the simplest one.",
                    "Several readers asked how {T} fits with their existing tooling, and the answer is not obvious.",
                    "A new release of {P} ships this week with better support for {T}.",
                    "Critics argue that {T} adds cost without a clear benefit for small teams.",
                    "The report lists {N} recommendations, from {T} to staff training.",
                    "In practice, most organisations start with {T} and only later look at {T2}.",
                    "The meetup in {C} on {D} will devote a full afternoon to {T}.",
                    "{O} declined to comment on the timeline but confirmed that {T} is a priority.",
                    "The documentation now covers {T} in detail, including a migration guide.",
                    "Analysts at {O} expect spending on {T} to grow again next year.",
                    "Questions about {T} came up in almost every session of the day.",
                    "For {P}, the hard part of {T} was never the code but the governance around it.",
                    "The pilot in {C} showed that {T} can be rolled out in weeks rather than months."),
            List.of(
                    "The change affects roughly {N} deployments, most of them in {C}.",
                    "Nothing in the announcement suggests that pricing will change for existing customers.",
                    "Benchmarks run by the authors show a {N} percent improvement over the previous version.",
                    "The project merged {N} pull requests last month, a record for a summer period.",
                    "Registration closes on {D}, and the organisers expect about {N} attendees.",
                    "A spokesperson for {O} said more details would follow in the coming weeks.",
                    "The slides and recordings are expected to be online a few days later.",
                    "Teams that tried the preview reported fewer incidents and shorter reviews.",
                    "The roadmap is public, and the next milestone is planned for the autumn.",
                    "Feedback from early users has been mixed, with praise for the speed and doubts about the defaults.",
                    "{P} is used by {N} companies according to its own figures, a number that is hard to check.",
                    "The board meets again in {C} to vote on the budget."),
            List.of("{P}: what changes with {T}", "{O} bets on {T}", "Why {T} matters for {P} users",
                    "{N} lessons from a year of {T}", "{T}: the state of play in {C}",
                    "Inside {O}'s plan for {T}", "{P} {N}.0 brings {T} to everyone"),
            List.of("the roadmap", "the new interface", "the migration", "the pricing model", "the release cycle",
                    "the hiring plan", "the documentation effort"),
            List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"),
            List.of("What changes", "The numbers", "What comes next", "Background", "In short"));

    static final Language FRENCH = new Language("fr",
            List.of(
                    "L'équipe de {P} indique que le chantier {T} devrait aboutir avant la fin du trimestre.",
                    "{O} a publié un retour d'expérience détaillé sur {T}, chiffres à l'appui sur {N} serveurs.",
                    "Selon les responsables du projet, {T} reste la première raison de migrer vers {P}.",
                    "Les ingénieurs de {O} ont comparé trois approches de {T} et retenu la plus simple.",
                    "Plusieurs lecteurs se demandent comment {T} s'articule avec leurs outils existants.",
                    "Une nouvelle version de {P} sort cette semaine avec une meilleure prise en charge de {T}.",
                    "Ses détracteurs estiment que {T} alourdit la facture sans bénéfice évident pour les petites équipes.",
                    "Le rapport formule {N} recommandations, de {T} à la formation des agents.",
                    "Dans les faits, la plupart des organisations commencent par {T} avant de s'intéresser à {T2}.",
                    "La rencontre organisée à {C} le {D} consacrera un après-midi entier à {T}.",
                    "{O} n'a pas souhaité commenter le calendrier, mais confirme que {T} reste une priorité.",
                    "La documentation détaille désormais {T}, guide de migration compris.",
                    "Les analystes de {O} prévoient une nouvelle hausse des dépenses consacrées à {T} l'an prochain.",
                    "Les questions sur {T} sont revenues dans presque toutes les sessions de la journée.",
                    "Pour {P}, la difficulté de {T} n'a jamais été le code mais la gouvernance qui l'entoure.",
                    "L'expérimentation menée à {C} montre que {T} peut se déployer en quelques semaines."),
            List.of(
                    "Le changement concerne environ {N} déploiements, la plupart situés à {C}.",
                    "Rien dans l'annonce ne laisse penser que les tarifs changeront pour les clients actuels.",
                    "Les mesures publiées par les auteurs montrent un gain de {N} % par rapport à la version précédente.",
                    "Le projet a fusionné {N} contributions le mois dernier, un record pour une période estivale.",
                    "Les inscriptions ferment le {D} et les organisateurs attendent près de {N} participants.",
                    "Un porte-parole de {O} précise que d'autres annonces suivront dans les prochaines semaines.",
                    "Les supports et les vidéos des interventions devraient être en ligne quelques jours plus tard.",
                    "Les équipes qui ont testé la préversion signalent moins d'incidents et des revues plus courtes.",
                    "La feuille de route est publique et la prochaine étape est prévue pour l'automne.",
                    "Les premiers retours sont partagés : la rapidité séduit, les réglages par défaut moins.",
                    "{P} serait utilisé par {N} entreprises selon ses propres chiffres, difficiles à vérifier.",
                    "Le conseil d'administration se réunit de nouveau à {C} pour voter le budget."),
            List.of("{P} : ce qui change avec {T}", "{O} mise sur {T}", "Pourquoi {T} compte pour les utilisateurs de {P}",
                    "{N} leçons d'une année de {T}", "{T} : l'état des lieux à {C}",
                    "Dans les coulisses du plan de {O} pour {T}", "{P} {N}.0 ouvre {T} à tous"),
            List.of("la feuille de route", "la nouvelle interface", "la migration", "la grille tarifaire",
                    "le cycle de publication", "le plan de recrutement", "l'effort de documentation"),
            List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                    "octobre", "novembre", "décembre"),
            List.of("Ce qui change", "Les chiffres", "Et ensuite", "Le contexte", "En bref"));
}
