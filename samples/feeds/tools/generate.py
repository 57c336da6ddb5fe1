#!/usr/bin/env python3
"""Writes the sample feeds, their article pages, and the extraction evaluation set.

Usage: python3 samples/feeds/tools/generate.py   (from the repository root)
The article text lives in corpus_*.py; page furniture in chrome.py. Output is deterministic.
"""
import html, json, os, random, sys
from datetime import datetime, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_security_en, corpus_libre_fr, corpus_misc_en, corpus_misc_fr, corpus_short, chrome

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
FEEDS = os.path.join(ROOT, "samples", "feeds")
EVAL = os.path.join(ROOT, "ingester", "src", "test", "resources", "extract", "pages")
HOST = "https://demo.veille.test"
esc = html.escape

def art(t, lang, section):
    slug, title, author, date, topics, paras = t
    return dict(slug=slug, title=title, author=author, date=date, topics=topics, paras=paras, lang=lang,
                section=section, url=f"{HOST}/pages/{section}/{slug}.html")

def body_html(paras, source=None):
    out, in_list = [], False
    for p in paras:
        if p.startswith("- "):
            if not in_list:
                out.append("<ul>"); in_list = True
            out.append(f"<li>{esc(p[2:])}</li>"); continue
        if in_list:
            out.append("</ul>"); in_list = False
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)

def reference_text(paras):
    return "\n\n".join(p[3:] if p.startswith("## ") else p[2:] if p[:2] in ("- ", "> ") else p for p in paras)

def dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)

def excerpt(a, n=200):
    first = next(p for p in a["paras"] if not p.startswith(("## ", "- ", "> ", "-- ")))
    return first if len(first) <= n else first[:n].rsplit(" ", 1)[0] + "…"

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

# ---------------------------------------------------------------- page templates
def nav(lang, cls="menu"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="/{i}">{esc(x)}</a></li>' for i, x in enumerate(chrome.NAV[lang])) + "</ul>"

def related(a, pool, lang, n=4):
    others = [o for o in pool if o["slug"] != a["slug"]][:n]
    return others

def comments_html(lang, rnd, wrapper):
    L = chrome.LABELS[lang]
    cs = rnd.sample(chrome.COMMENTS[lang], 4)
    items = "".join(f'<li class="comment" id="comment-{i}"><div class="comment-author vcard"><b class="fn">{esc(n)}</b> <time>2026</time></div>'
                    f'<div class="comment-content"><p>{esc(t)}</p></div><a class="comment-reply-link" href="#">{L["reply"]}</a></li>'
                    for i, (n, t) in enumerate(cs))
    form = (f'<div id="respond"><h3>{L["leave"]}</h3><form><label>{L["name"]}</label><input name="author">'
            f'<textarea name="comment"></textarea><button>{L["post"]}</button></form></div>')
    return wrapper.format(title=L["comments"], items=items, form=form)

def head(a, extra_meta):
    return (f'<!DOCTYPE html>\n<html lang="{a["lang"]}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{esc(a["title"])} | {esc(a["site"])}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{extra_meta}\n'
            f'<link rel="stylesheet" href="/assets/site.css">\n<script src="/assets/analytics.js" async></script>\n</head>\n')

def jsonld(a):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "datePublished": a["date"], "author": {"@type": "Person", "name": a["author"]},
         "image": f'{HOST}/images/{a["slug"]}.jpg', "inLanguage": a["lang"]}
    return f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>'

def cookie(lang):
    b = chrome.COOKIE_BUTTONS[lang]
    return (f'<div id="cookie-consent" class="cookie-banner" role="dialog"><p>{esc(chrome.COOKIE[lang])}</p>'
            f'<button>{b[0]}</button><button>{b[1]}</button><button>{b[2]}</button></div>')

def share(lang, cls):
    return f'<div class="{cls}">' + "".join(f'<a href="#" class="share-{i}">{esc(s)}</a>' for i, s in enumerate(chrome.SHARE[lang])) + "</div>"

def footer(lang):
    f = chrome.FOOTER[lang]
    return f'<footer class="site-footer"><p>{esc(f[0])}</p><ul>' + "".join(f'<li><a href="/legal/{i}">{esc(x)}</a></li>' for i, x in enumerate(f[1:])) + "</ul></footer>"

def newsletter(lang):
    L = chrome.LABELS[lang]
    return (f'<div class="newsletter-signup"><h3>{L["newsletter"]}</h3><p>{esc(chrome.NEWSLETTER[lang])}</p>'
            f'<form><input type="email"><button>{L["subscribe"]}</button></form></div>')

def t_wordpress(a, pool, rnd):
    lang, L = a["lang"], chrome.LABELS[a["lang"]]
    meta = (f'<meta property="og:title" content="{esc(a["title"])}">\n<meta property="og:type" content="article">\n'
            f'<meta property="article:published_time" content="{a["date"]}">\n<meta name="author" content="{esc(a["author"])}">\n'
            f'<meta property="og:image" content="{HOST}/images/{a["slug"]}.jpg">')
    rel = "".join(f'<li><a href="{o["url"]}">{esc(o["title"])}</a><p>{esc(excerpt(o, 120))}</p></li>' for o in related(a, pool, lang))
    popular = "".join(f'<li><a href="{o["url"]}">{esc(o["title"])}</a></li>' for o in related(a, pool[::-1], lang, 5))
    return head(a, meta) + f'''<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">{L["skip"]}</a>
{cookie(lang)}
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{esc(a["site"])}</a></p><p class="site-description">{esc(a["tagline"])}</p></div>
<nav id="site-navigation" class="main-navigation">{nav(lang)}</nav><form class="search-form"><input type="search" placeholder="{L["search"]}"></form></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{rnd.randint(100,9999)}" class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{esc(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a["date"]}">{a["date"][:10]}</time></span> <span class="byline">{L["by"]} <span class="author vcard"><a class="url fn n" href="/author/{rnd.randint(1,9)}">{esc(a["author"])}</a></span></span></div></header>
<div class="post-thumbnail"><img src="/images/{a["slug"]}.jpg" alt=""></div>
<div class="entry-content">
{body_html(a["paras"])}
{share(lang, "sharedaddy sd-sharing-enabled")}
</div>
<footer class="entry-footer"><span class="cat-links"><a href="/category/news" rel="category tag">News</a></span> <span class="tags-links">{L["tags"]}: ''' + ", ".join(f'<a href="/tag/{t}" rel="tag">{t}</a>' for t in a["topics"]) + f'''</span></footer>
</article>
<div class="author-info"><div class="author-description"><h2 class="author-title">{esc(a["author"])}</h2><p class="author-bio">{esc(chrome.BIO[lang].format(author=a["author"]))}</p></div></div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="{pool[0]["url"]}" rel="prev">{esc(pool[0]["title"])}</a></div></div></nav>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">{L["related"]}</h3><ul>{rel}</ul></div>
''' + comments_html(lang, rnd, '<div id="comments" class="comments-area"><h2 class="comments-title">{title}</h2><ol class="comment-list">{items}</ol>{form}</div>') + f'''
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">{L["popular"]}</h2><ul>{popular}</ul></section>
<section class="widget">{newsletter(lang)}</section><section class="widget widget_ad"><p>{L["ad"]}</p><img src="/ads/banner.png" alt=""></section></aside>
</div>
{footer(lang)}
<script>window.dataLayer=window.dataLayer||[];</script>
</body></html>
'''

def t_ghost(a, pool, rnd):
    lang, L = a["lang"], chrome.LABELS[a["lang"]]
    meta = f'<meta property="og:title" content="{esc(a["title"])}">\n{jsonld(a)}'
    cards = "".join(f'<article class="post-card"><a class="post-card-content-link" href="{o["url"]}"><header class="post-card-header"><h2 class="post-card-title">{esc(o["title"])}</h2></header><section class="post-card-excerpt"><p>{esc(excerpt(o, 140))}</p></section></a></article>' for o in related(a, pool, lang, 3))
    return head(a, meta) + f'''<body class="post-template">
<div class="site-wrapper">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{esc(a["site"])}</a></div>
<nav class="gh-head-menu">{nav(lang, "nav")}</nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">{L["subscribe"]}</a></div></div></header>
<main id="site-main" class="site-main">
<article class="article post">
<header class="article-header gh-canvas">
<div class="article-tag post-card-primary-tag"><a href="/tag/{a["topics"][0] if a["topics"] else "news"}/">{a["topics"][0] if a["topics"] else "news"}</a></div>
<h1 class="article-title">{esc(a["title"])}</h1>
<p class="article-excerpt">{esc(excerpt(a, 110))}</p>
<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/x/">{esc(a["author"])}</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{a["date"][:10]}">{a["date"][:10]}</time><span class="byline-reading-time"><span class="bull">•</span> {rnd.randint(3,8)} {L["read"]}</span></div></div></div></div>
<figure class="article-image"><img src="/content/images/{a["slug"]}.jpg" alt="{esc(a["title"])}"></figure>
</header>
<section class="gh-content gh-canvas">
{body_html(a["paras"])}
</section>
<section class="article-comments gh-canvas">''' + comments_html(lang, rnd, '<div class="comments"><h3>{title}</h3><ul>{items}</ul>{form}</div>') + f'''</section>
</article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">{L["newsletter"]}</h2><p>{esc(chrome.NEWSLETTER[lang])}</p><a class="footer-cta-button" href="#/portal">{L["subscribe"]}</a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>{L["related"]}</h3>{cards}</div></aside>
</main>
{footer(lang)}
</div>
<script src="/assets/built/casper.js"></script>
</body></html>
'''

def t_medium(a, pool, rnd):
    lang, L = a["lang"], chrome.LABELS[a["lang"]]
    meta = (f'<meta property="og:title" content="{esc(a["title"])}">\n<meta name="author" content="{esc(a["author"])}">\n'
            f'<meta property="article:published_time" content="{a["date"]}">')
    more = "".join(f'<div class="ps"><a href="{o["url"]}"><h2>{esc(o["title"])}</h2></a><p>{esc(excerpt(o, 100))}</p><span>{rnd.randint(2,9)} {L["read"]}</span></div>' for o in related(a, pool, lang, 4))
    paras = "".join(f'<p class="pw-post-body-paragraph" data-selectable-paragraph="">{esc(p)}</p>' if not p.startswith(("## ", "- ", "> ")) else
                    (f'<h2 class="pw-post-body-paragraph">{esc(p[3:])}</h2>' if p.startswith("## ") else
                     f'<blockquote><p>{esc(p[2:])}</p></blockquote>' if p.startswith("> ") else f'<li>{esc(p[2:])}</li>')
                    for p in a["paras"])
    return head(a, meta) + f'''<body>
<div id="root"><div class="a b c">
<div class="metabar"><a href="/">{esc(a["site"])}</a><div class="signin"><a href="/m/signin">Sign in</a> <a href="/m/signup">Get started</a></div></div>
<div class="upsell"><p>Member-only story</p></div>
<article><div class="l"><div class="ab ca">
<section><div class="gp gq"><div class="speechify-ignore">
<h1 class="pw-post-title" data-testid="storyTitle">{esc(a["title"])}</h1>
<div class="pw-author"><a href="/@x" rel="noopener">{esc(a["author"])}</a> · <span data-testid="storyReadTime">{rnd.randint(3,9)} {L["read"]}</span> · <span data-testid="storyPublishDate">{a["date"][:10]}</span></div>
<div class="clap-bar"><button aria-label="clap">👏 {rnd.randint(10,900)}</button><button aria-label="responses">{rnd.randint(1,40)}</button></div>
</div>
<figure class="paragraph-image"><img src="/max/1400/{a["slug"]}.png" alt=""><figcaption>Photo by a photographer</figcaption></figure>
<div class="ch bg gq">{paras}</div>
</div></section>
</div></div></article>
<div class="tags"><a href="/tag/tech">Technology</a><a href="/tag/eng">Engineering</a></div>
<div class="clap-bar"><button aria-label="clap">👏</button>{share(lang, "share-row")}</div>
<div class="author-card"><h2>Written by {esc(a["author"])}</h2><p>{esc(chrome.BIO[lang].format(author=a["author"]))}</p><button>Follow</button></div>
<div class="more-from"><h2>More from {esc(a["site"])}</h2>{more}</div>
<div class="responses"><h2>Responses ({rnd.randint(2,30)})</h2>''' + comments_html(lang, rnd, '<ul>{items}</ul>') + f'''</div>
{footer(lang)}
</div></div>
<script>window.__APOLLO_STATE__ = {{}}</script>
</body></html>
'''

def t_news(a, pool, rnd):
    lang, L = a["lang"], chrome.LABELS[a["lang"]]
    meta = (f'<meta property="og:title" content="{esc(a["title"])}">\n<meta property="og:site_name" content="{esc(a["site"])}">\n'
            f'<meta property="og:image" content="{HOST}/img/{a["slug"]}.jpg">\n{jsonld(a)}')
    # an inline "read also" box between body paragraphs
    paras = list(a["paras"])
    cut = max(1, len(paras) // 2)
    also = related(a, pool, lang, 1)[0]
    body = (body_html(paras[:cut]) +
            f'\n<aside class="read-also"><span>{L["also"]}</span> <a href="{also["url"]}">{esc(also["title"])}</a></aside>\n' +
            f'<div class="ad-slot inread"><span>{L["ad"]}</span></div>\n' + body_html(paras[cut:]))
    most = "".join(f'<li><span class="rank">{i+1}</span><a href="{o["url"]}">{esc(o["title"])}</a></li>' for i, o in enumerate(related(a, pool[::-1], lang, 5)))
    rel = "".join(f'<div class="teaser"><a href="{o["url"]}"><img src="/img/t{i}.jpg" alt=""><h3>{esc(o["title"])}</h3></a><p>{esc(excerpt(o, 90))}</p></div>' for i, o in enumerate(related(a, pool, lang, 4)))
    return head(a, meta) + f'''<body class="article-page">
{cookie(lang)}
<div class="top-bar"><span class="date">{a["date"][:10]}</span><a href="/login">Log in</a><a href="/subscribe" class="btn">{L["subscribe"]}</a></div>
<header class="masthead"><a class="logo" href="/">{esc(a["site"])}</a><nav class="primary-nav">{nav(lang, "sections")}</nav>
<nav class="breadcrumb"><a href="/">{chrome.NAV[lang][0]}</a> › <a href="/tech">{chrome.NAV[lang][1]}</a></nav></header>
<div class="breaking-ticker"><strong>Live</strong> <a href="/live">{esc(pool[1]["title"])}</a></div>
<main class="layout"><div class="col-main">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<h1 class="story-headline" itemprop="headline">{esc(a["title"])}</h1>
<p class="story-standfirst">{esc(excerpt(a, 160))}</p>
<div class="story-meta"><span class="story-author" itemprop="author">{L["by"]} {esc(a["author"])}</span> <time itemprop="datePublished" datetime="{a["date"]}">{a["date"][:10]}</time> <span class="updated">{L["updated"]} {a["date"][:10]}</span></div>
{share(lang, "social-share top")}
<figure class="story-image"><img src="/img/{a["slug"]}.jpg" alt=""><figcaption>Illustration. © Demo Agency</figcaption></figure>
<div class="story-body" itemprop="articleBody">
{body}
</div>
{share(lang, "social-share bottom")}
<div class="story-tags">''' + "".join(f'<a href="/t/{t}">{t}</a>' for t in a["topics"]) + f'''</div>
</article>
<section class="related"><h2>{L["related"]}</h2>{rel}</section>
<section class="comments-section">''' + comments_html(lang, rnd, '<h2>{title}</h2><div class="comment-thread"><ul>{items}</ul></div>{form}') + f'''</section>
</div>
<aside class="col-side"><div class="most-read"><h2>{L["popular"]}</h2><ol>{most}</ol></div>{newsletter(lang)}<div class="ad-slot mpu"><span>{L["ad"]}</span></div></aside>
</main>
{footer(lang)}
</body></html>
'''

def t_blog(a, pool, rnd):
    """A small hand-written personal blog: few classes, content in a bare div, comments below."""
    lang, L = a["lang"], chrome.LABELS[a["lang"]]
    links = "".join(f'<li><a href="{o["url"]}">{esc(o["title"])}</a></li>' for o in related(a, pool, lang, 6))
    return head(a, f'<meta name="description" content="{esc(excerpt(a, 150))}">') + f'''<body>
<div id="wrap">
<div id="header"><h2><a href="/">{esc(a["site"])}</a></h2><div id="menu">{nav(lang, "links")}</div></div>
<div id="left">
<div class="post">
<h1>{esc(a["title"])}</h1>
<div class="date">{L["by"]} {esc(a["author"])}, <span class="published">{a["date"][:10]}</span></div>
<div class="text">
{body_html(a["paras"])}
</div>
<div class="postfoot">{L["tags"]} : ''' + ", ".join(a["topics"] or ["divers"]) + f''' | <a href="#comments">{L["comments"]}</a></div>
</div>
<div id="comments">''' + comments_html(lang, rnd, '<h3>{title}</h3><dl>{items}</dl>{form}') + f'''</div>
</div>
<div id="right"><h3>{L["popular"]}</h3><ul>{links}</ul><h3>{L["newsletter"]}</h3><p>{esc(chrome.NEWSLETTER[lang])}</p></div>
<div id="footer"><p>{esc(chrome.FOOTER[lang][0])} Propulsé par un générateur de site statique.</p></div>
</div>
</body></html>
'''


def t_cssinjs(a, pool, rnd):
    """A React news site with generated class names: no semantic hints at all, furniture in plain divs."""
    lang, L = a["lang"], chrome.LABELS[a["lang"]]
    c = lambda: "css-" + "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
    paras = list(a["paras"])
    promo = {"en": "Enjoying this story? Our members get early access to investigations and a weekly briefing.",
             "fr": "Cet article vous plaît ? Nos abonnés reçoivent nos enquêtes en avant-première et une synthèse hebdomadaire."}[lang]
    body = []
    for i, p in enumerate(paras):
        if i == 2:
            body.append(f'<div class="{c()}"><p class="{c()}">{esc(promo)} <a href="/join">{L["subscribe"]}</a></p></div>')
        if p.startswith("## "):
            body.append(f'<h2 class="{c()}">{esc(p[3:])}</h2>')
        elif p.startswith("- "):
            body.append(f'<div class="{c()}"><span>•</span> {esc(p[2:])}</div>')
        elif p.startswith("> "):
            body.append(f'<blockquote class="{c()}">{esc(p[2:])}</blockquote>')
        else:
            body.append(f'<p class="{c()}">{esc(p)}</p>')
    navlinks = "".join(f'<a class="{c()}" href="/s/{i}">{esc(x)}</a>' for i, x in enumerate(chrome.NAV[lang]))
    rel = "".join(f'<div class="{c()}"><a href="{o["url"]}"><div class="{c()}">{esc(o["title"])}</div></a><div class="{c()}">{esc(excerpt(o, 110))}</div></div>' for o in related(a, pool, lang, 4))
    cs = "".join(f'<div class="{c()}"><div class="{c()}">{esc(n)}</div><div class="{c()}">{esc(t)}</div></div>' for n, t in rnd.sample(chrome.COMMENTS[lang], 3))
    meta = f'<meta property="og:title" content="{esc(a["title"])}">\n{jsonld(a)}'
    return head(a, meta) + f"""<body><div id="__next"><div class="{c()}">
<div class="{c()}"><div class="{c()}"><p>{esc(chrome.COOKIE[lang])}</p><div>{"".join(f'<span class="{c()}">{b}</span>' for b in chrome.COOKIE_BUTTONS[lang])}</div></div></div>
<div class="{c()}"><a href="/" class="{c()}">{esc(a["site"])}</a><div class="{c()}">{navlinks}</div></div>
<div class="{c()}"><div class="{c()}">
<div class="{c()}"><span>{esc(a["topics"][0] if a["topics"] else "tech")}</span><h1 class="{c()}">{esc(a["title"])}</h1>
<div class="{c()}"><span>{esc(a["author"])}</span><span>{a["date"][:10]}</span></div></div>
<div class="{c()}"><img src="/i/{a["slug"]}.webp" alt=""></div>
<div class="{c()}">{"".join(body)}</div>
<div class="{c()}">{"".join(f'<a class="{c()}" href="#">{esc(x)}</a>' for x in chrome.SHARE[lang])}</div>
<div class="{c()}"><div class="{c()}">{L["comments"]} (3)</div>{cs}</div>
</div>
<div class="{c()}"><div class="{c()}">{L["related"]}</div>{rel}</div>
</div>
<div class="{c()}"><p>{esc(chrome.NEWSLETTER[lang])}</p></div>
<div class="{c()}"><span>{esc(chrome.FOOTER[lang][0])}</span>{"".join(f'<a href="/l/{i}">{esc(x)}</a>' for i, x in enumerate(chrome.FOOTER[lang][1:]))}</div>
</div></div><script id="__NEXT_DATA__" type="application/json">{{"props":{{}}}}</script></body></html>
"""

def t_table(a, pool, rnd):
    """An old regional site: table layout, <font> tags, paragraphs separated by <br><br>, no <p> at all."""
    lang, L = a["lang"], chrome.LABELS[a["lang"]]
    text = []
    for p in a["paras"]:
        if p.startswith("## "):
            text.append(f"<b>{esc(p[3:])}</b>")
        elif p.startswith("- "):
            text.append(f"&middot; {esc(p[2:])}")
        elif p.startswith("> "):
            text.append(f"<i>« {esc(p[2:])} »</i>" if lang == "fr" else f"<i>“{esc(p[2:])}”</i>")
        else:
            text.append(esc(p))
    menu = "<br>".join(f'<a href="/r/{i}"><font size="2">{esc(x)}</font></a>' for i, x in enumerate(chrome.NAV[lang]))
    others = "<br>".join(f'<a href="{o["url"]}">{esc(o["title"])}</a>' for o in related(a, pool, lang, 6))
    cs = "".join(f'<tr><td bgcolor="#eeeeee"><font size="1"><b>{esc(n)}</b></font><br><font size="2">{esc(t)}</font></td></tr>' for n, t in rnd.sample(chrome.COMMENTS[lang], 3))
    return head(a, f'<meta name="author" content="{esc(a["author"])}">\n<meta name="date" content="{a["date"][:10]}">') + f"""<body bgcolor="#ffffff">
<table width="100%" border="0" cellpadding="4"><tr><td colspan="3" bgcolor="#003366"><font color="#ffffff" size="5">{esc(a["site"])}</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#f0f0f0">{menu}<br><br><font size="1">{L["popular"]}</font><br>{others}</td>
<td valign="top">
<font face="Arial" size="4"><b>{esc(a["title"])}</b></font><br>
<font size="1">{L["by"]} {esc(a["author"])} - {a["date"][:10]}</font><br><br>
<font face="Arial" size="2">
{"<br><br>".join(text)}
</font>
<br><br><hr>
<table width="100%" cellspacing="2"><tr><td><b>{L["comments"]}</b></td></tr>{cs}</table>
</td>
<td width="180" valign="top"><font size="1">{L["ad"]}</font><br><img src="/pub/banniere.gif" width="160" height="600" alt=""><br><font size="1">{esc(chrome.NEWSLETTER[lang])}</font></td></tr>
<tr><td colspan="3" align="center"><font size="1">{esc(chrome.FOOTER[lang][0])} | {" | ".join(esc(x) for x in chrome.FOOTER[lang][1:])}</font></td></tr></table>
</body></html>
"""

def t_magazine(a, pool, rnd):
    """A magazine: body split in parts around ads, an unlabelled author note, captions, a 'read also' line."""
    lang, L = a["lang"], chrome.LABELS[a["lang"]]
    paras = list(a["paras"])
    k = max(1, len(paras) // 3)
    parts = [paras[:k], paras[k:2 * k], paras[2 * k:]]
    also = related(a, pool, lang, 1)[0]
    note = {"en": f"{a['author']} writes about technology and public policy. Tips and corrections are welcome by email.",
            "fr": f"{a['author']} écrit sur la technologie et les politiques publiques. Remarques et corrections bienvenues par courriel."}[lang]
    inline_news = {"en": "Want more like this? Get our free weekly letter on digital policy.",
                   "fr": "Envie d'en lire davantage ? Recevez gratuitement notre lettre hebdomadaire sur le numérique."}[lang]
    out = []
    for i, part in enumerate(parts):
        if not part:
            continue
        out.append(f'<div class="body-part">{body_html(part)}</div>')
        if i == 0:
            out.append(f'<div class="slot"><span>{L["ad"]}</span><img src="/ads/{i}.gif" alt=""></div>')
            out.append(f'<p><strong>{L["also"]} :</strong> <a href="{also["url"]}">{esc(also["title"])}</a></p>')
        if i == 1:
            out.append(f'<div class="box"><p>{esc(inline_news)}</p><a href="/letter">{L["subscribe"]}</a></div>')
            out.append(f'<figure><img src="/photos/{a["slug"]}-2.jpg" alt=""><figcaption>{esc(excerpt(a, 70))} (photo d\'illustration)</figcaption></figure>')
    topics = "".join(f'<li><a href="/topic/{t}">{t}</a></li>' for t in (a["topics"] or ["tech"]))
    meta = (f'<meta property="og:title" content="{esc(a["title"])}">\n<meta property="article:published_time" content="{a["date"]}">\n'
            f'<meta name="author" content="{esc(a["author"])}">')
    return head(a, meta) + f"""<body>
<div class="wrapper">
<div class="topnav">{nav(lang, "topnav-list")}</div>
{cookie(lang)}
<div class="main-column">
<h1>{esc(a["title"])}</h1>
<div class="sub">{L["by"]} {esc(a["author"])} · {a["date"][:10]}</div>
<figure class="hero"><img src="/photos/{a["slug"]}.jpg" alt=""><figcaption>Photo: Demo Agency</figcaption></figure>
{chr(10).join(out)}
<p><em>{esc(note)}</em></p>
<ul class="topics">{topics}</ul>
</div>
<div class="rail">{newsletter(lang)}<h4>{L["popular"]}</h4><ol>{"".join(f'<li><a href="{o["url"]}">{esc(o["title"])}</a></li>' for o in related(a, pool[::-1], lang, 5))}</ol></div>
</div>
<div class="bottom">{footer(lang)}</div>
</body></html>
"""

TEMPLATES = [("wordpress", t_wordpress), ("ghost", t_ghost), ("medium", t_medium), ("news", t_news), ("blog", t_blog)]
SITES = {"en": [("Infra Dispatch", "Infrastructure news, every day"), ("The Patch Notes", "Security without the hype")],
         "fr": [("Le Terminal Bavard", "Un blog d'infra qui cause"), ("Journal du Libre", "L'actualité du logiciel libre")]}

# ---------------------------------------------------------------- corpus
sec = [art(t, "en", "security") for t in corpus_security_en.ARTICLES]
libre = [art(t, "fr", "journal-libre") for t in corpus_libre_fr.ARTICLES]
cloud = [art(t, "en", "cloud-native") for t in corpus_misc_en.CLOUD + corpus_misc_en.OTHER]
ai = [art(t, "en", "ai") for t in corpus_misc_en.AI]
blog = [art(t, "fr", "blog") for t in corpus_misc_fr.BLOG]
rdf = [art(t, "fr", "souverainete") for t in corpus_misc_fr.RDF]
LONG = sec + libre + cloud + ai + blog + rdf

def short(ts, lang, section):
    return [art(t, lang, section) for t in ts]

s_blog = short(corpus_short.BLOG_FR, "fr", "blog")
s_rdf = short(corpus_short.RDF_FR, "fr", "souverainete")
s_atom = short(corpus_short.ATOM_EN, "en", "cloud-native")
s_ai = short(corpus_short.JSON_AI, "en", "ai")
s_policy = short(corpus_short.POLICY_EN, "en", "policy")
s_agenda = short(corpus_short.AGENDA, "fr", "agenda")
s_misc = short(corpus_short.MISC, "en", "divers")

def pages():
    rnd = random.Random(42)
    eval_index = []
    for i, a in enumerate(LONG):
        site, tagline = SITES[a["lang"]][i % 2]
        a = dict(a, site=site, tagline=tagline)
        name, tpl = TEMPLATES[i % len(TEMPLATES)]
        pool = [o for o in LONG if o["lang"] == a["lang"] and o["slug"] != a["slug"]]
        rnd.shuffle(pool)
        page = tpl(a, pool, rnd)
        write(os.path.join(FEEDS, "pages", a["section"], a["slug"] + ".html"), page)
        base = f"{i + 1:02d}-{name}-{a['lang']}-{a['slug']}"
        write(os.path.join(EVAL, base + ".html"), page)
        write(os.path.join(EVAL, base + ".txt"), reference_text(a["paras"]) + "\n")
        eval_index.append({"page": base + ".html", "url": a["url"], "title": a["title"], "byline": a["author"],
                           "publishedAt": a["date"], "lang": a["lang"], "template": name})
    hard = [("cssinjs", t_cssinjs), ("table", t_table)]
    for j, a in enumerate(LONG[1::4]):
        i = len(LONG) + j
        site, tagline = SITES[a["lang"]][j % 2]
        a = dict(a, site=site, tagline=tagline)
        name, tpl = hard[j % 2]
        pool = [o for o in LONG if o["lang"] == a["lang"] and o["slug"] != a["slug"]]
        rnd.shuffle(pool)
        page = tpl(a, pool, rnd)
        base = f"{i + 1:02d}-{name}-{a['lang']}-{a['slug']}"
        write(os.path.join(EVAL, base + ".html"), page)
        write(os.path.join(EVAL, base + ".txt"), reference_text(a["paras"]) + "\n")
        eval_index.append({"page": base + ".html", "url": a["url"], "title": a["title"], "byline": a["author"],
                           "publishedAt": a["date"], "lang": a["lang"], "template": name})
    for j, a in enumerate(LONG[3::4]):
        i = len(eval_index)
        site, tagline = SITES[a["lang"]][j % 2]
        a = dict(a, site=site, tagline=tagline)
        pool = [o for o in LONG if o["lang"] == a["lang"] and o["slug"] != a["slug"]]
        rnd.shuffle(pool)
        page = t_magazine(a, pool, rnd)
        base = f"{i + 1:02d}-magazine-{a['lang']}-{a['slug']}"
        write(os.path.join(EVAL, base + ".html"), page)
        write(os.path.join(EVAL, base + ".txt"), reference_text(a["paras"]) + "\n")
        eval_index.append({"page": base + ".html", "url": a["url"], "title": a["title"], "byline": a["author"],
                           "publishedAt": a["date"], "lang": a["lang"], "template": "magazine"})
    write(os.path.join(EVAL, "index.json"), json.dumps(eval_index, ensure_ascii=False, indent=1) + "\n")

# ---------------------------------------------------------------- feeds
def x(s):
    return esc(s, quote=False)

def rss_item(a, full=True, bullets=False, source=None, fr_date=False):
    content = body_html(a["paras"])
    if source:
        content += f'\n<p>{x("C’est par ici si ça vous tente :")} <a href="{source}?utm_source=blog&amp;utm_medium=rss">la consultation officielle</a>.</p>\n<p><a href="{source}">Source</a></p>'
    if bullets:
        content += "\n<p>  •  </p>"
    date = format_datetime(dt(a["date"]))
    if fr_date:
        jours = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
        mois = ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"]
        d = dt(a["date"])
        date = f"{jours[d.weekday()]}, {d.day:02d} {mois[d.month-1]} {d.year} {d:%H:%M:%S} +0000"
    cats = "".join(f"<category>{t}</category>" for t in a["topics"])
    desc = x(excerpt(a, 220) if not full else excerpt(a, 300))
    enc = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if full else ""
    return (f"<item>\n<title>{x(a['title'])}</title>\n<link>{a['url']}?utm_source=rss&amp;utm_medium=feed</link>\n"
            f"<guid isPermaLink=\"false\">{a['section']}-{a['slug']}</guid>\n<dc:creator>{x(a['author'])}</dc:creator>\n"
            f"<pubDate>{date}</pubDate>\n{cats}\n<description>{desc}</description>\n{enc}\n</item>\n")

def rss(path, title, link, desc, lang, items):
    write(path, f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{x(title)}</title>
<link>{link}</link>
<atom:link href="{link}feed.xml" rel="self" type="application/rss+xml"/>
<description>{x(desc)}</description>
<language>{lang}</language>
<lastBuildDate>{format_datetime(datetime(2026, 2, 8, 8, 0, tzinfo=timezone.utc))}</lastBuildDate>
<generator>Demo CMS 6.4</generator>
{"".join(items)}</channel>
</rss>
''')

def atom(path, title, link, lang, entries, full):
    es = []
    for a in entries:
        cats = "".join(f'<category term="{t}"/>' for t in a["topics"])
        content = (f'<content type="html">{x(body_html(a["paras"]))}</content>' if full else "")
        es.append(f'''<entry>
<title>{x(a["title"])}</title>
<link rel="alternate" type="text/html" href="{a["url"].replace(HOST, "")}"/>
<id>tag:demo.veille.test,2026:{a["section"]}/{a["slug"]}</id>
<published>{a["date"]}</published>
<updated>{a["date"]}</updated>
<author><name>{x(a["author"])}</name></author>
{cats}
<summary type="text">{x(excerpt(a, 240))}</summary>
{content}
</entry>
''')
    write(path, f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}" xml:base="{HOST}/">
<title>{x(title)}</title>
<link rel="alternate" type="text/html" href="{link}"/>
<link rel="self" type="application/atom+xml" href="{link}feed.atom"/>
<id>{link}</id>
<updated>2026-02-08T08:00:00Z</updated>
{"".join(es)}</feed>
''')

def rdf_feed(path, title, link, lang, items):
    seq = "".join(f'<rdf:li rdf:resource="{a["url"]}"/>' for a in items)
    its = "".join(f'''<item rdf:about="{a["url"]}">
<title>{x(a["title"])}</title>
<link>{a["url"]}</link>
<description>{x(excerpt(a, 250))}</description>
<content:encoded><![CDATA[{body_html(a["paras"])}]]></content:encoded>
<dc:date>{a["date"].replace("Z", "+00:00")}</dc:date>
<dc:creator>{x(a["author"])}</dc:creator>
{"".join(f"<dc:subject>{t}</dc:subject>" for t in a["topics"])}
</item>
''' for a in items)
    write(path, f'''<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="{link}">
<title>{x(title)}</title>
<link>{link}</link>
<description>Veille sur la souveraineté numérique</description>
<dc:language>{lang}</dc:language>
<items><rdf:Seq>{seq}</rdf:Seq></items>
</channel>
{its}</rdf:RDF>
''')

def json_feed(path, version, title, link, lang, items, html_content):
    out = {"version": f"https://jsonfeed.org/version/{version}", "title": title, "home_page_url": link,
           "feed_url": link + "feed.json"}
    if version == "1.1":
        out["language"] = lang
        out["authors"] = [{"name": "Demo Newsroom"}]
    else:
        out["author"] = {"name": "Demo Newsroom"}
    out["items"] = []
    for a in items:
        it = {"id": f"{a['section']}/{a['slug']}", "url": a["url"], "title": a["title"],
              "date_published": a["date"].replace("Z", "+00:00"), "tags": a["topics"]}
        if html_content:
            it["content_html"] = body_html(a["paras"])
        else:
            it["content_text"] = reference_text(a["paras"])
        it["summary"] = excerpt(a, 160)
        if version == "1.1":
            it["authors"] = [{"name": a["author"]}]
            it["language"] = a["lang"]
        else:
            it["author"] = {"name": a["author"]}
        out["items"].append(it)
    write(path, json.dumps(out, ensure_ascii=False, indent=1) + "\n")

def by_date(items):
    return sorted(items, key=lambda a: a["date"], reverse=True)

def feeds():
    consultation = "https://demo.veille.test/ec/have-your-say/open-digital-ecosystems"
    items = []
    for a in by_date(blog + s_blog):
        items.append(rss_item(a, full=True, bullets=True,
                              source=consultation if a["slug"] == "consultation-commission-ecosystemes-ouverts" else None,
                              fr_date=a["slug"] == "gitops-argocd-retour"))
    rss(os.path.join(FEEDS, "le-terminal-bavard.rss.xml"), "Le Terminal Bavard", f"{HOST}/pages/blog/", "Un blog d'infra qui cause", "fr-FR", items)
    rss(os.path.join(FEEDS, "patch-notes-security.rss.xml"), "The Patch Notes", f"{HOST}/pages/security/", "Security without the hype", "en-US",
        [rss_item(a, full=False) for a in by_date(sec)])
    rss(os.path.join(FEEDS, "agenda-devops.rss.xml"), "Agenda DevOps & Cloud", f"{HOST}/pages/agenda/", "Conférences, meetups et webinaires", "fr",
        [rss_item(a, full=True) for a in by_date(s_agenda)])
    rss(os.path.join(FEEDS, "bric-a-brac.rss.xml"), "Bric-à-brac tech", f"{HOST}/pages/divers/", "Gadgets, jeux et curiosités", "en",
        [rss_item(a, full=True) for a in by_date(s_misc)])
    atom(os.path.join(FEEDS, "cloud-native-weekly.atom.xml"), "Infra Dispatch: Cloud Native Weekly", f"{HOST}/pages/cloud-native/", "en", by_date(cloud + s_atom), True)
    atom(os.path.join(FEEDS, "journal-du-libre.atom.xml"), "Journal du Libre", f"{HOST}/pages/journal-libre/", "fr", by_date(libre), False)
    rdf_feed(os.path.join(FEEDS, "souverainete-numerique.rdf"), "Observatoire de la souveraineté numérique", f"{HOST}/pages/souverainete/", "fr", by_date(rdf + s_rdf))
    json_feed(os.path.join(FEEDS, "ai-digest.json"), "1.1", "AI Digest", f"{HOST}/pages/ai/", "en", by_date(ai + s_ai), True)
    json_feed(os.path.join(FEEDS, "policy-watch.json"), "1", "Policy Watch", f"{HOST}/pages/policy/", "en", by_date(s_policy), False)
    every = LONG + s_blog + s_rdf + s_atom + s_ai + s_policy + s_agenda + s_misc
    rows = ["url\tlang\tfeed_section\texpected_topics"] + [f"{a['url']}\t{a['lang']}\t{a['section']}\t{','.join(a['topics'])}" for a in every]
    write(os.path.join(FEEDS, "expected-topics.tsv"), "\n".join(rows) + "\n")
    return len(every)

if __name__ == "__main__":
    pages()
    n = feeds()
    print(f"{n} articles, {len(LONG)} pages")
