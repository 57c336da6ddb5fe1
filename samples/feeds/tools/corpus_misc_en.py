# Long English articles, full content in the Atom "cloud-native-weekly" and JSON "ai-digest" feeds.
CLOUD = [
("kubernetes-1-36-release", "Kubernetes 1.36 graduates in-place pod resizing and trims legacy flags",
 "Hannah Brooks", "2026-02-07T12:00:00Z", ["cloud-native", "open-source"], [
 "The Kubernetes project released version 1.36 with forty-one enhancements, the most visible being the graduation of in-place pod resizing to stable. Operators can now change the CPU and memory requests of a running container without restarting it, as long as the runtime supports it.",
 "The release also removes a batch of flags deprecated two years ago, which will break clusters still relying on them in bootstrap scripts. The release notes include a table of replacements, and the upgrade checker flags any remaining use.",
 "## Smaller changes worth noticing",
 "- Structured authentication configuration is now the default.",
 "- Job success policies let batch workloads finish once a quorum of indexes completes.",
 "- The scheduler exposes clearer events when pods are unschedulable because of topology spread.",
 "The release team thanked more than eight hundred contributors and noted that the cycle ran two weeks longer than planned because of a late regression in the kubelet.",
]),
("platform-engineering-golden-paths", "Golden paths without golden cages: lessons from three platform teams",
 "Diego Salas", "2026-02-01T09:30:00Z", ["cloud-native", "devops-events"], [
 "Platform engineering promises developers a paved road from commit to production. Three teams who spoke at a recent meetup described what happened when their paved roads became mandatory toll roads.",
 "A logistics company built a template that covered eighty percent of services well and the remaining twenty badly. Developers of the odd services forked the template, and within a year the platform team was maintaining nine variants.",
 "A media group took the opposite approach and made every component of its path optional. Adoption was slower but steadier, and the team measured success by how many services chose the path rather than how many were forced onto it.",
 "> Treat the platform as a product with customers who can leave, and you design it differently.",
 "The third team, at a bank, found that documentation mattered more than tooling: a clear page explaining why each default exists cut support requests by half.",
]),
("ebpf-observability-without-agents", "eBPF-based observability cuts agent sprawl at a streaming service",
 "Hannah Brooks", "2026-01-25T15:00:00Z", ["cloud-native"], [
 "A video streaming company replaced four separate monitoring agents on each node with a single eBPF-based collector. The change reduced node memory overhead by about a gigabyte and removed a category of version conflicts between agents.",
 "The collector observes network flows, system calls and application latency from the kernel without modifying the services. Engineers said the hardest part was not the technology but agreeing on which metrics to keep once everything became cheap to collect.",
 "Kernel version requirements were a real constraint. Some older node pools could not load the programs, and the team had to schedule an operating-system upgrade before the migration could finish.",
 "The company plans to publish its dashboards and alert rules as open source once internal references are removed.",
]),
("finops-rightsizing-results", "Rightsizing campaign trims a third off a retailer's cloud bill",
 "Diego Salas", "2026-01-18T10:20:00Z", ["cloud-native", "devops-events"], [
 "An online retailer cut its monthly cloud spending by thirty-two percent in six months, mostly by rightsizing workloads that had been provisioned for peak traffic that never came. The project required no new architecture, only data and persistence.",
 "The FinOps team published weekly reports showing each product team its cost per order. Seeing the number next to their service's name changed behaviour faster than any central mandate had.",
 "- Idle development environments now shut down at night and at weekends.",
 "- Storage snapshots older than ninety days are deleted unless tagged.",
 "- Reserved capacity is bought only after three months of stable usage data.",
 "The team warned that savings erode quickly without ownership, and now reviews the top twenty cost lines every month with the teams responsible.",
]),
]
AI = [
("open-weights-model-licence-debate", "Open-weights models spark a licence debate at the open-source definition table",
 "Ravi Menon", "2026-02-06T17:00:00Z", ["ai", "open-source"], [
 "A new family of language models was released with its weights downloadable under a custom licence that forbids some commercial uses. The publisher called the release open source, prompting a swift rebuttal from people who maintain the open-source definition.",
 "The disagreement is not only about words. Companies deciding whether to build on a model need to know if they may fine-tune it, ship it inside a product and redistribute the result, and custom licences answer those questions differently.",
 "Several foundations have proposed a clearer vocabulary: open weights for models whose parameters are published, and open source only when training code, data information and weights come with the usual freedoms.",
 "Developers interviewed for this piece were pragmatic. Most said they read the licence of each model they use and keep a list of the ones their legal team has approved.",
]),
("ai-act-general-purpose-obligations", "What the AI Act's general-purpose model obligations mean for small labs",
 "Ines Carvalho", "2026-02-02T08:00:00Z", ["ai", "policy-regulation"], [
 "Obligations for providers of general-purpose AI models under the European AI Act have applied since August 2025. Small labs releasing models now have to publish a summary of training content and maintain technical documentation for downstream developers.",
 "A voluntary code of practice published by the Commission offers a template for both documents. Labs that follow it benefit from a presumption of conformity, which several founders said was the main reason they signed.",
 "Models considered to present systemic risk face heavier duties, including evaluations and incident reporting. The threshold is based on training compute, and only a few providers currently exceed it.",
 "Open-source releases receive partial exemptions, but not from the copyright policy or the training-data summary, a point some researchers had misunderstood.",
]),
("local-llm-inference-laptops", "Running language models locally is now practical on ordinary laptops",
 "Ravi Menon", "2026-01-27T13:30:00Z", ["ai", "privacy"], [
 "Quantised language models with a few billion parameters now run comfortably on laptops with sixteen gigabytes of memory. For tasks such as summarising documents or drafting replies, the quality gap with hosted services has narrowed considerably.",
 "Privacy is the main draw for the developers we spoke to. A law firm uses a local model to triage incoming documents so that client files never leave its machines, and a hospital team uses one to draft discharge summaries that a clinician then reviews.",
 "Battery life and heat remain the trade-offs. Sustained generation drains a laptop quickly, and fans spin loudly on thinner machines.",
 "Tooling has matured too: several open-source runtimes now offer one-command installation and an API compatible with the hosted services, so applications can switch between local and remote models with a configuration change.",
]),
("ai-code-review-bots-study", "Study measures what AI code-review bots catch and what they miss",
 "Ines Carvalho", "2026-01-20T11:10:00Z", ["ai", "devops-events"], [
 "Researchers compared the comments of three AI code-review assistants with those of human reviewers on two thousand pull requests from open-source projects. The bots flagged style issues and simple bugs reliably but rarely questioned the design of a change.",
 "Human reviewers, by contrast, spent most of their comments on naming, architecture and whether the change was needed at all. The overlap between the two sets of comments was under fifteen percent.",
 "The authors also measured noise. Roughly a third of bot comments were dismissed without change, and maintainers of busy projects reported turning the bots off after a few weeks.",
 "Their conclusion is measured: bots help as a first pass that frees humans for the harder questions, provided teams tune them to stay quiet when they have nothing useful to say.",
]),
]
OTHER = [
("data-broker-registry-state-law", "A state data-broker registry shows how little people know about who sells their data",
 "Ines Carvalho", "2026-01-29T10:00:00Z", ["privacy", "policy-regulation"], [
 "A US state's new data-broker registry lists more than five hundred companies that buy and sell personal information. From August, residents will be able to ask all of them to delete their data with a single request.",
 "Privacy advocates call it the most ambitious deletion mechanism in the country. Brokers argue that a single request channel will be abused by fraudsters trying to erase records used for identity checks.",
 "The registry itself is already informative. Many listed companies are unknown to the public, and their declared data sources include loyalty programmes, mobile apps and public records.",
 "European observers note the contrast with the GDPR, which gives similar rights but requires people to find and contact each company individually.",
]),
("incident-postmortem-culture", "Blameless post-mortems, five years on: what a payments team learned",
 "Diego Salas", "2026-01-22T14:00:00Z", ["devops-events"], [
 "A payments company's reliability team has written a blameless post-mortem for every significant incident since 2021, more than three hundred documents in all. Its lead engineer shared what the archive reveals.",
 "The most common root cause was not code but configuration: feature flags, timeouts and certificates. Changes to configuration now go through the same review and staged rollout as code.",
 "Follow-up actions were the weak link. For years, a third of them were never completed. The team now limits each post-mortem to three actions with owners and deadlines, and tracks them in the sprint board like any other work.",
 "The engineer insisted that blamelessness is not the absence of accountability: people remain responsible for their work, but incidents are treated as system failures to understand rather than individual failures to punish.",
]),
]
