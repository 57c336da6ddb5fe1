# Page furniture (navigation, banners, comments...) in English and French, for the site templates.
NAV = {
 "en": ["Home", "News", "Cloud", "Security", "AI", "Open Source", "Events", "Podcasts", "About", "Contact", "Subscribe"],
 "fr": ["Accueil", "Actualités", "Cloud", "Sécurité", "IA", "Logiciel libre", "Agenda", "Podcasts", "À propos", "Contact", "S'abonner"],
}
COOKIE = {
 "en": "We use cookies and similar technologies to measure our audience, remember your preferences and show you relevant offers. You can accept all cookies, refuse those that are not strictly necessary, or choose by purpose. You can change your mind at any time from the privacy settings page linked in the footer.",
 "fr": "Nous utilisons des cookies et des technologies similaires pour mesurer notre audience, mémoriser vos préférences et vous proposer des offres adaptées. Vous pouvez tout accepter, refuser les cookies non essentiels ou choisir par finalité. Vous pouvez revenir sur votre choix à tout moment depuis la page de confidentialité accessible en pied de page.",
}
COOKIE_BUTTONS = {"en": ["Accept all", "Refuse", "Customise"], "fr": ["Tout accepter", "Tout refuser", "Personnaliser"]}
NEWSLETTER = {
 "en": "Get the week's most important stories on infrastructure, security and open source in your inbox every Friday morning. No spam, and you can unsubscribe with one click whenever you like.",
 "fr": "Recevez chaque vendredi matin l'essentiel de l'actualité de l'infrastructure, de la sécurité et du logiciel libre. Pas de spam, et un clic suffit pour vous désabonner quand vous le souhaitez.",
}
SHARE = {"en": ["Share on Mastodon", "Share on LinkedIn", "Copy link", "Email"], "fr": ["Partager sur Mastodon", "Partager sur LinkedIn", "Copier le lien", "Envoyer par e-mail"]}
COMMENTS = {
 "en": [
  ("jdoe", "Great write-up, thanks. We hit exactly the same problem last year and ended up with a very similar fix, although it took us much longer to figure out what was going on."),
  ("kat_ops", "I would be curious to know how this behaves at larger scale. Our setup has several thousand nodes and the numbers in the article seem optimistic to me."),
  ("rustacean42", "Interesting, but I think the article skips over the migration cost. Rewriting tooling is never as cheap as the slides make it look, especially with legacy scripts around."),
  ("maria.l", "Shared this with my team. The part about documentation resonated a lot with our experience over the past two years."),
  ("anon", "Does anyone know if there is a recording of the talk mentioned here? I could not find it on the conference site."),
  ("pgfan", "Solid article. One small correction though: the feature was introduced a release earlier than stated, it was just behind a flag until now."),
 ],
 "fr": [
  ("Nico", "Merci pour cet article très clair. On a vécu exactement la même chose l'an dernier et il nous a fallu des semaines pour comprendre d'où venait le problème."),
  ("sysadmin_du_71", "Je me demande comment tout ça se comporte à plus grande échelle. Chez nous, les chiffres annoncés me semblent un peu optimistes, mais je serais ravi d'avoir tort."),
  ("Claire B.", "Article partagé avec toute l'équipe ! Le passage sur la documentation résume bien ce qu'on vit depuis deux ans."),
  ("tux_lover", "Petite précision : la fonctionnalité existait déjà dans la version précédente, elle était simplement désactivée par défaut."),
  ("Mathieu", "Quelqu'un sait si la conférence dont il est question a été enregistrée ? Je n'ai rien trouvé sur le site des organisateurs."),
  ("Anonyme", "Bon résumé, mais il manque à mon avis une réflexion sur le coût réel de la migration pour les petites structures qui n'ont pas d'équipe dédiée."),
 ],
}
BIO = {
 "en": "{author} covers infrastructure and security for the site. Before journalism, they spent ten years running production systems and still keep a homelab that is mostly held together by shell scripts.",
 "fr": "{author} suit l'actualité de l'infrastructure et de la sécurité pour le site. Avant de rejoindre la rédaction, elle ou il a passé dix ans à administrer des systèmes en production et entretient toujours un petit laboratoire à la maison.",
}
FOOTER = {
 "en": ["© 2026 Demo Media Group. All rights reserved.", "Legal notice", "Privacy policy", "Cookie settings", "Advertise with us", "Careers", "RSS feeds"],
 "fr": ["© 2026 Démo Médias. Tous droits réservés.", "Mentions légales", "Politique de confidentialité", "Gestion des cookies", "Publicité", "Recrutement", "Flux RSS"],
}
LABELS = {
 "en": {"related": "Related articles", "comments": "Comments", "reply": "Reply", "popular": "Most read", "tags": "Tags", "by": "By", "read": "min read", "newsletter": "Newsletter", "subscribe": "Subscribe", "also": "Read also", "source": "Source", "leave": "Leave a comment", "name": "Name", "post": "Post comment", "skip": "Skip to content", "search": "Search", "ad": "Advertisement", "updated": "Updated"},
 "fr": {"related": "Articles similaires", "comments": "Commentaires", "reply": "Répondre", "popular": "Les plus lus", "tags": "Étiquettes", "by": "Par", "read": "min de lecture", "newsletter": "Lettre d'information", "subscribe": "S'abonner", "also": "Lire aussi", "source": "Source", "leave": "Laisser un commentaire", "name": "Nom", "post": "Publier le commentaire", "skip": "Aller au contenu", "search": "Rechercher", "ad": "Publicité", "updated": "Mis à jour"},
}
