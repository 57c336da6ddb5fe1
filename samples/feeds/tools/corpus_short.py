# Short items (one or two paragraphs), full content in their feeds.
BLOG_FR = [
("astuce-ssh-config-include", "Astuce : découper son fichier de configuration SSH avec Include", "Hugo Bernier", "2026-02-07T18:00:00Z", ["open-source"], [
 "Si votre fichier de configuration SSH ressemble à un annuaire téléphonique, sachez que la directive Include permet de le découper en plusieurs fichiers, par client ou par projet. Une ligne en haut du fichier principal suffit, et les jokers sont acceptés.",
 "Je range désormais un fichier par mission dans un sous-dossier, ce qui rend le ménage bien plus simple quand un contrat se termine."]),
("sortie-distribution-stable", "La nouvelle version stable de ma distribution préférée est sortie", "Hugo Bernier", "2026-02-05T07:30:00Z", ["open-source"], [
 "Deux ans de travail et des milliers de paquets mis à jour : la nouvelle version stable est disponible. Noyau récent, environnement de bureau rafraîchi et installateur simplifié sont au menu.",
 "Comme d'habitude, je vous conseille d'attendre la première révision mineure avant de mettre à jour vos serveurs de production."]),
("podcast-infra-episode", "Je suis passé dans un podcast pour parler d'auto-hébergement", "Hugo Bernier", "2026-02-01T12:00:00Z", [], [
 "Petite annonce sans prétention : j'ai été invité dans un podcast consacré à l'infrastructure pour parler d'auto-hébergement, de sauvegardes et de la joie de réparer un serveur à deux heures du matin.",
 "L'épisode dure une heure et on y rit pas mal. Merci à l'équipe pour l'invitation !"]),
("outil-semaine-terminal", "L'outil de la semaine : un gestionnaire de fichiers en mode texte", "Léa Fontaine", "2026-01-28T08:00:00Z", ["open-source"], [
 "Cette semaine, je vous présente un gestionnaire de fichiers qui tourne entièrement dans le terminal. Il affiche des aperçus d'images, gère les onglets et se pilote au clavier avec des raccourcis proches de ceux de vim.",
 "Il est écrit en Rust, distribué sous licence MIT et démarre instantanément, même sur un vieux portable."]),
("mise-a-jour-navigateur-urgente", "Mise à jour urgente de votre navigateur : une faille déjà exploitée", "Marc Olivier", "2026-01-25T19:00:00Z", ["security"], [
 "L'éditeur d'un navigateur très utilisé vient de publier un correctif pour une faille activement exploitée. Elle touche le moteur JavaScript et peut mener à l'exécution de code à la simple visite d'une page piégée.",
 "Redémarrez votre navigateur pour appliquer la mise à jour : c'est souvent l'étape que tout le monde oublie."]),
]
RDF_FR = [
("annuaire-logiciels-libres-admin", "L'annuaire des logiciels libres recommandés pour l'administration est mis à jour", "Antoine Mercier", "2026-02-06T08:00:00Z", ["open-source", "digital-sovereignty"], [
 "Le socle interministériel de logiciels libres a publié sa nouvelle édition. Une trentaine de logiciels y font leur entrée, dont plusieurs outils de gestion de projet et de visioconférence, tandis que certains titres abandonnés par leurs développeurs en sortent."]),
("donnees-personnelles-ecoles-outils", "Outils numériques à l'école : une circulaire rappelle les règles sur les données", "Claire Dubois", "2026-02-01T10:00:00Z", ["privacy", "policy-regulation"], [
 "Une circulaire rappelle aux établissements scolaires que les outils numériques utilisés avec les élèves doivent respecter le règlement général sur la protection des données. Les enseignants sont invités à privilégier les services proposés par leur académie."]),
("semi-conducteurs-europe-usine", "Semi-conducteurs : une nouvelle usine européenne annoncée", "Antoine Mercier", "2026-01-19T07:00:00Z", ["digital-sovereignty"], [
 "Un industriel a annoncé la construction d'une usine de puces dans le sud de l'Europe, avec le soutien du règlement européen sur les semi-conducteurs. La production doit démarrer en 2029 et viser l'automobile et l'industrie."]),
("meteo-spatiale-satellites", "Tempête solaire : les opérateurs de satellites sur le qui-vive", "Claire Dubois", "2026-01-12T12:00:00Z", [], [
 "Une éruption solaire de forte intensité a provoqué des aurores visibles jusque dans le nord de la France. Les opérateurs de satellites ont ajusté l'orbite de plusieurs engins pour compenser l'augmentation de la traînée atmosphérique."]),
]
ATOM_EN = [
("helm-4-beta", "Helm 4 enters beta with a new plugin system", "Hannah Brooks", "2026-02-05T16:00:00Z", ["cloud-native", "open-source"], [
 "The Helm maintainers opened the beta of version 4, which replaces the plugin mechanism with WebAssembly modules and drops support for a handful of long-deprecated chart fields. Chart authors are asked to test their charts and report regressions before the final release."]),
("service-mesh-sidecarless", "Sidecar-free service mesh modes gain ground in production", "Diego Salas", "2026-01-31T10:00:00Z", ["cloud-native"], [
 "Two large service-mesh projects now recommend their sidecar-free modes for new installations. Operators report lower memory usage and simpler upgrades, although some advanced traffic policies still require a per-workload proxy."]),
("cncf-survey-2026", "Annual cloud-native survey: fewer clusters, more platforms", "Hannah Brooks", "2026-01-24T09:00:00Z", ["cloud-native"], [
 "The yearly survey of the cloud-native community finds organisations consolidating into fewer, larger clusters managed by internal platform teams. Security and cost control top the list of challenges, ahead of complexity for the first time."]),
("coffee-machine-api", "Office coffee machine gets an API, chaos ensues", "Diego Salas", "2026-01-14T13:00:00Z", [], [
 "An engineering team connected its office coffee machine to the company chat so colleagues could queue drinks remotely. Within a day someone had scripted forty espressos at midnight. The API now has rate limiting and, reportedly, a code of conduct."]),
]
JSON_AI = [
("small-models-on-device-benchmarks", "On-device models close the gap on summarisation benchmarks", "Ravi Menon", "2026-02-07T09:00:00Z", ["ai"], [
 "New benchmark results show that models under four billion parameters, running on phones, now score within a few points of large hosted models on news summarisation. Reasoning-heavy tasks still favour the larger systems."]),
("ai-watermarking-standard", "Industry group publishes a draft standard for labelling AI-generated images", "Ines Carvalho", "2026-02-03T15:00:00Z", ["ai", "policy-regulation"], [
 "A coalition of camera makers, software vendors and news agencies published a draft standard for attaching provenance information to images. The AI Act's transparency obligations make such labels mandatory for some generated content from August 2026."]),
("gpu-shortage-eases", "GPU rental prices fall as new data centres come online", "Ravi Menon", "2026-01-29T11:00:00Z", ["ai", "cloud-native"], [
 "Hourly prices for renting high-end accelerators dropped by nearly a third over six months as new capacity opened in Europe and North America. Start-ups say training runs that were unaffordable last year are now within reach."]),
("ai-tutor-school-pilot", "School district reports mixed results from an AI tutoring pilot", "Ines Carvalho", "2026-01-23T08:30:00Z", ["ai", "privacy"], [
 "A year-long pilot of an AI tutor in secondary schools improved homework completion but showed no measurable effect on exam results. Parents raised questions about how pupils' conversations were stored, and the district has since shortened retention to thirty days."]),
("chess-engine-open-source-record", "Open-source chess engine sets a new rating record", "Ravi Menon", "2026-01-17T20:00:00Z", ["open-source"], [
 "The community-developed chess engine reached a new peak in the leading computer-chess rating list after a year of neural-network improvements trained on volunteer hardware. Its developers credit thousands of contributors who donated computing time."]),
]
POLICY_EN = [
("dma-interoperability-messaging", "Messaging interoperability under the DMA: first cross-app chats go live", "Ines Carvalho", "2026-02-06T10:00:00Z", ["policy-regulation", "privacy"], [
 "Users of two smaller messaging apps can now exchange messages with a large gatekeeper's platform, the first practical result of the Digital Markets Act's interoperability obligation. Group chats and calls are due later."]),
("gdpr-procedural-regulation", "EU agrees faster cross-border GDPR enforcement procedure", "Tomás Quiroga", "2026-02-02T12:00:00Z", ["privacy", "policy-regulation"], [
 "Negotiators reached a deal on a regulation harmonising how data-protection authorities cooperate on cross-border cases. Complainants gain clearer rights to be heard, and deadlines should shorten investigations that have sometimes lasted years."]),
("age-verification-debate", "Age-verification laws collide with privacy concerns", "Tomás Quiroga", "2026-01-30T09:00:00Z", ["privacy", "policy-regulation"], [
 "Several countries are pushing age checks for social networks and adult sites. Privacy regulators warn against systems that require uploading identity documents, and favour approaches that prove an age range without revealing identity."]),
("data-act-cloud-switching", "Data Act cloud-switching rules start to bite", "Ines Carvalho", "2026-01-26T14:00:00Z", ["policy-regulation", "cloud-native", "digital-sovereignty"], [
 "Cloud providers operating in the EU must now make it easier for customers to move to a competitor, and egress fees for switching will disappear entirely by January 2027. Several providers have already cut transfer charges."]),
("cra-reporting-guidance", "Guidance published on Cyber Resilience Act vulnerability reporting", "Tomás Quiroga", "2026-01-22T11:00:00Z", ["security", "policy-regulation", "open-source"], [
 "The European cybersecurity agency published draft guidance for manufacturers on reporting actively exploited vulnerabilities under the Cyber Resilience Act. Open-source stewards receive a lighter regime, a point the community fought hard for."]),
("location-data-broker-ban", "Regulator bans a broker from selling precise location data", "Ines Carvalho", "2026-01-18T16:00:00Z", ["privacy"], [
 "A consumer-protection regulator ordered a data broker to stop selling precise location data that revealed visits to clinics and places of worship. The broker must also delete historical data collected without valid consent."]),
("ai-liability-withdrawn", "Commission withdraws AI liability proposal, promises a rethink", "Tomás Quiroga", "2026-01-15T10:00:00Z", ["ai", "policy-regulation"], [
 "The European Commission formally withdrew its proposed directive on liability for harm caused by AI systems, citing a lack of agreement. Consumer groups criticised the move; industry welcomed it."]),
("privacy-sandbox-retired", "Browser maker retires its ad-targeting sandbox proposals", "Tomás Quiroga", "2026-01-11T09:00:00Z", ["privacy"], [
 "After years of debate with regulators and advertisers, a browser maker retired most of the APIs it had proposed as a replacement for third-party cookies. Third-party cookies remain available, with user controls."]),
]
AGENDA = [
("kubecon-europe-2026", "KubeCon + CloudNativeCon Europe 2026: schedule published", "Hannah Brooks", "2026-02-04T08:00:00Z", ["devops-events", "cloud-native"], [
 "The schedule for KubeCon + CloudNativeCon Europe, held from 23 to 26 March 2026 in Amsterdam, is now online. More than three hundred sessions are listed, with co-located events on platform engineering and observability the day before."]),
("devopsdays-paris-cfp", "DevOpsDays Paris ouvre son appel à conférences", "Léa Fontaine", "2026-02-02T09:00:00Z", ["devops-events"], [
 "L'édition parisienne de DevOpsDays se tiendra le 9 juin 2026 à la Cité des sciences. L'appel à conférences est ouvert jusqu'au 15 mars, et les organisateurs encouragent particulièrement les premières prises de parole."]),
("fosdem-2026-recap", "FOSDEM 2026 recap: record attendance and a packed legal devroom", "Diego Salas", "2026-02-03T19:00:00Z", ["devops-events", "open-source"], [
 "The free and open-source developers' meeting in Brussels drew record crowds on 31 January and 1 February. The legal and policy devroom, dominated by talks on the Cyber Resilience Act, had queues outside all day."]),
("meetup-kubernetes-nantes", "Meetup Kubernetes Nantes : soirée observabilité le 12 février", "Léa Fontaine", "2026-01-27T12:00:00Z", ["devops-events", "cloud-native"], [
 "Le prochain meetup nantais consacré à Kubernetes aura lieu le jeudi 12 février 2026 à 19 heures, dans les locaux d'une école d'ingénieurs. Au programme, deux retours d'expérience sur OpenTelemetry et un atelier sur les tableaux de bord."]),
("sre-conference-dublin", "SRE conference announces Dublin edition for September", "Hannah Brooks", "2026-01-21T10:00:00Z", ["devops-events"], [
 "The site-reliability engineering conference will hold its European edition in Dublin from 15 to 17 September 2026. Organisers promise a track on incident response in regulated industries."]),
("capitole-du-libre-dates", "Capitole du Libre annonce ses dates à Toulouse", "Hugo Bernier", "2026-01-16T08:00:00Z", ["devops-events", "open-source"], [
 "Le rendez-vous toulousain du logiciel libre se tiendra les 21 et 22 novembre 2026 à l'école d'ingénieurs ENSEEIHT. L'entrée est gratuite et l'appel à participations ouvrira au printemps."]),
("webinar-securite-supply-chain", "Webinaire : sécuriser sa chaîne d'approvisionnement logicielle", "Marc Olivier", "2026-01-12T09:00:00Z", ["devops-events", "security"], [
 "Un webinaire gratuit de quatre-vingt-dix minutes, le mardi 24 février 2026 à 14 heures, présentera les signatures d'artefacts, les SBOM et les politiques d'admission dans Kubernetes. Inscription obligatoire."]),
]
MISC = [
("e-ink-laptop-review", "Hands-on with a laptop that has an e-ink second screen", "Diego Salas", "2026-02-06T13:00:00Z", [], [
 "We spent a week with a laptop whose lid hides a second, e-ink display for reading and note-taking. Battery life is excellent when the main screen is off, but the refresh rate makes scrolling a chore."]),
("retro-console-remaster", "A 1990s platformer returns in a faithful remaster", "Hannah Brooks", "2026-02-01T17:00:00Z", [], [
 "A small studio has remastered a cult platform game from 1994 with redrawn backgrounds and an optional original-graphics mode. Speedrunners are relieved that the physics were left untouched."]),
("recette-pain-levain", "Mon pain au levain du dimanche, version geek", "Hugo Bernier", "2026-01-25T09:00:00Z", [], [
 "Oui, je publie une recette de pain sur un blog d'informatique. J'ai fini par noter chaque fournée dans un tableur, température de la pièce comprise, et le résultat s'est nettement amélioré. La science des données au service de la mie !"]),
("mechanical-keyboard-switches", "Why mechanical keyboard fans argue about switch springs", "Diego Salas", "2026-01-20T15:00:00Z", [], [
 "Spring weight, travel distance and lubrication: a short guide to the details keyboard enthusiasts debate endlessly, and to why your fingers might actually notice the difference after a long day of typing."]),
("astronomie-comete-visible", "Une comète visible à l'œil nu fin janvier", "Léa Fontaine", "2026-01-19T20:00:00Z", [], [
 "Les astronomes amateurs pourront observer une comète à l'œil nu en fin de mois, juste après le coucher du soleil, basse sur l'horizon ouest. Des jumelles aideront à distinguer sa queue."]),
("smart-home-matter-update", "Smart-home standard update promises fewer pairing headaches", "Hannah Brooks", "2026-01-13T11:00:00Z", [], [
 "The latest version of the smart-home interoperability standard simplifies adding devices and adds support for energy-management appliances such as heat pumps and chargers."]),
("marathon-training-app", "Running apps race to add coaching plans", "Diego Salas", "2026-01-09T07:00:00Z", [], [
 "Fitness apps are competing on adaptive training plans that adjust to heart-rate data and sleep. Coaches warn that the plans are only as good as the data the watch records."]),
]
