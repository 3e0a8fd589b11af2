#!/usr/bin/env python3
"""Derives messy web-page variants of tidy development HTML interviews (see SOURCE.md beside this script).

Each original is a small rendered page whose <article> holds an <h1>, an optional byline paragraph and the body.
The body is kept word for word; only the page around it changes, in the styles real publishing systems produce:
  wordpress  div.entry-content in a theme's div soup, sidebar widgets, share buttons, related posts, comments
  news       no <article>; a site banner before the <h1>, standfirst, byline block, a figure with caption and
             credit, a pull quote in <aside> and one in <blockquote>, a newsletter box, more-stories list, footer
  qdot       one <div> per turn-less paragraph: questions as <p><b>Q.</b> …, answers as <p><b>A.</b> …
  brbr       the whole body in one <div>, paragraphs separated by <br><br>, headings and figures dropped
Run from the repository root: python3 evaluation/messy-html/derive.py  (rewrites evaluation/messy-html/corpus).
"""
import html
import json
import pathlib
import re

ROOT = pathlib.Path("evaluation")
OUT = ROOT / "messy-html" / "corpus"

# original document, the site's name, the styles to derive
ORIGINALS = [
    ("gum-wikinews/hill.html", "Wikinews", ["wordpress", "news", "qdot"]),
    ("gum-wikinews/peres.html", "Wikinews", ["soup"]),
    ("kubernetes-contributor-blog/sig-testing-spotlight-rendered.html", "Kubernetes Contributors",
     ["wordpress", "news", "brbr"]),
]

DERIVATION = {
    "soup": "re-wrapped as classless <div> soup: logo link and menu, a 'By … | date' line, share lines with links, "
            "related posts, two reader comments with 'Name says:' lines (one asks a question), copyright line; "
            "body unchanged",
    "wordpress": "re-wrapped as a WordPress-like page (div.entry-content, sidebar widgets, share buttons, related "
                 "posts, reader comments with 'says:' lines); body unchanged",
    "news": "re-wrapped as a news-site page (no <article>, site banner before the <h1>, standfirst, byline block, "
            "figure with caption and credit, pull quotes in <aside> and <blockquote>, newsletter box, more-stories "
            "list, cookie notice, footer); body unchanged",
    "qdot": "turn labels replaced by <b>Q.</b> for the interviewer's turns and <b>A.</b> for the answers, page "
            "re-wrapped as a blog page without <article>",
    "brbr": "body paragraphs joined inside one <div> with <br><br> between them, headings and figures dropped, "
            "page re-wrapped as a blog page without <article>",
}

LABEL = re.compile(r"^<p><strong>([^<]+?):</strong>\s*")


def parts(html):
    """The page title's site part, the headline, the byline paragraph and the body of the original's article."""
    article = re.search(r"<article[^>]*>(.*)</article>", html, re.S).group(1)
    headline = re.search(r"<h1>(.*?)</h1>", article, re.S).group(1)
    body = article[article.index("</h1>") + 5:]
    byline = re.match(r"\s*(<p class=\"(?:byline|published)\">.*?</p>)", body, re.S)
    if byline:
        body = body[byline.end():]
    return headline, byline.group(1) if byline else "", body.strip()


def paragraphs(body):
    return re.findall(r"<p>.*?</p>", body, re.S)


def first_sentence_of_an_answer(body, interviewers):
    """A pull quote: the first long sentence of the second answer, as a news page repeats it."""
    answers = [p for p in paragraphs(body) if LABEL.match(p) and not is_interviewer(LABEL.match(p).group(1),
                                                                                   interviewers)]
    text = re.sub(r"<[^>]+>", "", LABEL.sub("", answers[1]))
    sentence = re.split(r"(?<=[.!?])\s", text)[0]
    return sentence if len(sentence) > 30 else text[:160]


def is_interviewer(label, interviewers):
    words = {w for name in interviewers for w in name.split()}
    return label in interviewers or label in words


def wordpress(site, headline, byline, body, gold):
    links = "".join(f'<li class="menu-item"><a href="/{w.lower()}/">{w}</a></li>' for w in
                    ["Home", "About", "Interviews", "Archive", "Contact"])
    related = "".join(f'<div class="jp-relatedposts-post"><h4><a href="/p/{i}/">{t}</a></h4><p>In "Interviews"</p></div>'
                      for i, t in enumerate(["Five questions for our new editors", "The year in review",
                                             "Behind the scenes of our coverage"], 1))
    comments = "".join(
        f'<li class="comment depth-1"><article class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{who}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="#c{i}"><time>{when}</time></a></div></footer>'
        f'<div class="comment-content"><p>{what}</p></div>'
        f'<div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>'
        for i, (who, when, what) in enumerate([
            ("Dana Whitlock", "March 3 at 9:12 am", "Great interview! What would you ask next time?"),
            ("R. Okafor", "March 3 at 11:40 am", "Thanks for this. Why is there no follow-up on funding?"),
            ("Dana Whitlock", "March 4 at 8:02 am", "Agreed, a second part would be welcome."),
        ], 1))
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{headline} &#8211; {site}</title>
<link rel='stylesheet' id='theme-style-css' href='/wp-content/themes/basic/style.css' media='all' />
<script>window.wpData = {{"ajaxurl": "/wp-admin/admin-ajax.php"}};</script>
</head>
<body class="post-template-default single single-post postid-1207 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p>
<p class="site-description">News, interviews and notes from the community</p></div>
<div id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{links}</ul></div>
</div>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<div id="main" class="site-main">
<div id="post-1207" class="post-1207 post type-post status-publish format-standard hentry category-interviews">
<div class="entry-header">
<h1 class="entry-title">{headline}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/2024/03/02/" rel="bookmark"><time class="entry-date published">March 2, 2024</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/editor/">{site} editors</a></span></span></div>
</div>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a href="#">Twitter</a></li><li class="share-facebook"><a href="#">Facebook</a></li><li class="share-email"><a href="#">Email</a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder">Like Loading...</div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{related}</div>
</div>
<div class="entry-footer"><span class="cat-links">Posted in <a href="/category/interviews/" rel="category tag">Interviews</a></span><span class="tags-links">Tagged <a href="/tag/community/">community</a>, <a href="/tag/people/">people</a></span></div>
</div>
<div class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/p/1/" rel="prev">Previous post: Five questions for our new editors</a></div><div class="nav-next"><a href="/p/3/" rel="next">Next post: The year in review</a></div></div></div>
<div id="comments" class="comments-area">
<h2 class="comments-title">3 thoughts on &ldquo;{headline}&rdquo;</h2>
<ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div>
</div>
</div>
</div>
<div id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><label>Search for: <input type="search" name="s"></label></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/p/3/">The year in review</a></li><li><a href="/p/1/">Five questions for our new editors</a></li></ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2024/03/">March 2024</a></li><li><a href="/2024/02/">February 2024</a></li></ul></section>
</div>
</div>
<div id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a> | Theme: Basic.</div></div>
</div>
<script src='/wp-includes/js/wp-embed.min.js'></script>
</body>
</html>
"""


def news(site, headline, byline, body, gold):
    interviewers = gold["interviewers"]
    author = next((n for n in interviewers if " " in n), f"{site} staff")
    quote = first_sentence_of_an_answer(body, interviewers)
    ps = paragraphs(body)
    cut = body.index(ps[min(4, len(ps) - 1)])
    second = body.index(ps[min(8, len(ps) - 1)])
    pull_aside = f'<aside class="pull-quote"><blockquote><p>&ldquo;{quote}&rdquo;</p></blockquote></aside>\n'
    pull_block = f'<blockquote class="story-pullquote"><p>{quote}</p></blockquote>\n'
    body = body[:cut] + pull_aside + body[cut:second] + pull_block + body[second:]
    sections = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in
                       ["World", "Politics", "Technology", "Culture", "Opinion", "Interviews"])
    more = "".join(f'<li><a href="/story/{i}">{t}</a></li>' for i, t in enumerate(
        ["What the new rules mean for you", "Five things we learned this week", "Letters to the editor",
         "The long road to the summit"], 1))
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{headline} | {site}</title>
<meta property="og:site_name" content="{site}">
<script async src="https://ads.example.net/tag.js"></script>
</head>
<body>
<div id="consent-banner" class="gdpr-bar">We use cookies to improve your experience. By continuing you agree to our use of cookies. <a href="/privacy">Learn more</a> <a href="#" class="btn">Accept</a></div>
<div class="top-strip"><a href="/subscribe">Subscribe</a> | <a href="/login">Sign in</a> | <a href="/e-edition">Today's paper</a></div>
<div class="banner"><a class="logo" href="/">{site}</a><div class="tagline">Independent reporting since 2004</div></div>
<ul class="sections">{sections}</ul>
<div class="page-wrap">
<div class="story">
<div class="story-top">
<div class="section-label"><a href="/interviews">Interviews</a></div>
<h1 class="story-title">{headline}</h1>
<p class="standfirst">The full conversation, edited lightly for length and clarity.</p>
<div class="byline-block"><span class="by">By <a href="/staff/1">{author}</a></span> <span class="pubdate">Published 2 March 2024, 09:30</span> <span class="readtime">12 min read</span></div>
</div>
<figure class="lead-image"><img src="/img/lead.jpg" alt=""><figcaption>{re.sub(r"<[^>]+>", "", headline)}. <span class="credit">Photo: {site}</span></figcaption></figure>
<div class="story-body">
{body}
</div>
<div class="signup-box"><h3>Get our weekly briefing</h3><p>The best of {site}, in your inbox every Friday.</p><label>Email <input type="email"></label></div>
<div class="more-stories"><h2>More from {site}</h2><ul>{more}</ul></div>
</div>
</div>
<div class="page-bottom"><p>&copy; 2024 {site}. All rights reserved.</p><p><a href="/about">About us</a> &middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></div>
</body>
</html>
"""


def blog_page(site, headline, author, content):
    """A plain old blog template: no <article>, title in a div, date and author in a post footer."""
    return f"""<html>
<head>
<title>{site}: {headline}</title>
</head>
<body>
<div class="outer-wrapper">
<div id="header-wrapper"><div class="header"><h1 class="blog-title"><a href="/">{site}</a></h1><p class="description">Conversations with the people behind the work</p></div></div>
<div class="main-wrapper">
<div class="date-header"><span>Saturday, March 2, 2024</span></div>
<div class="post hentry">
<h3 class="post-title entry-title">{headline}</h3>
<div class="post-body entry-content">
{content}
</div>
<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">{author}</span></span> at <span class="post-timestamp">9:30 AM</span> <span class="post-labels">Labels: <a href="/search/label/interviews">interviews</a></span></div>
</div>
<div class="blog-pager"><a href="/newer">Newer Post</a> <a href="/older">Older Post</a> <a href="/">Home</a></div>
</div>
<div class="sidebar-wrapper"><h2>Blog Archive</h2><ul><li><a href="/2024/03">March (4)</a></li><li><a href="/2024/02">February (7)</a></li></ul><h2>About Me</h2><p>Notes from the community.</p></div>
</div>
</body>
</html>
"""


def qdot(site, headline, byline, body, gold):
    out = []
    for p in paragraphs(body):
        label = LABEL.match(p)
        if label:
            mark = "Q." if is_interviewer(label.group(1), gold["interviewers"]) else "A."
            p = f"<p><b>{mark}</b> " + p[label.end():]
        out.append(p)
    author = next((n for n in gold["interviewers"] if " " in n), site)
    return blog_page(site, headline, author, "\n".join(out))


def brbr(site, headline, byline, body, gold):
    inner = [re.sub(r"^<p>|</p>$", "", p).replace("<strong>", "<b>").replace("</strong>", "</b>")
             for p in paragraphs(body)]
    author = next((n for n in gold["interviewers"] if " " in n), site)
    return blog_page(site, headline, author, "<div>" + "\n<br><br>\n".join(inner) + "\n</div>")


def soup(site, headline, byline, body, gold):
    """Hand-written or page-builder HTML: <div>s without class names, so nothing but structure tells the parts apart."""
    author = next((n for n in gold["interviewers"] if " " in n), f"{site} staff")
    menu = " ".join(f'<a href="/{w.lower()}">{w}</a>' for w in ["Home", "News", "Interviews", "About", "Contact"])
    related = "".join(f'<li><a href="/p/{i}">{t}</a></li>' for i, t in enumerate(
        ["Five questions for our new editors", "The year in review", "Behind the scenes of our coverage"], 1))
    responses = "".join(
        f'<div><p><b>{who}</b> says:</p><p>{when}</p><p>{what}</p><p><a href="#reply">Reply</a></p></div>'
        for who, when, what in [
            ("Dana Whitlock", "March 3, 2024 at 9:12 am", "Great interview! What would you ask next time?"),
            ("R. Okafor", "March 3, 2024 at 11:40 am", "Thanks for this. Why is there no follow-up on funding?"),
        ])
    return f"""<html>
<head><title>{headline} - {site}</title></head>
<body>
<div>
<div><a href="/"><img src="/logo.png" alt="{site}"></a></div>
<div>{menu}</div>
<div>
<h1>{headline}</h1>
<p>By {author} | March 2, 2024</p>
<p>Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">Email</a></p>
{body}
<p>Share this: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></p>
<h3>Related posts</h3>
<ul>{related}</ul>
<h3>2 Responses</h3>
{responses}
<h3>Leave a Reply</h3>
<p>Your email address will not be published.</p>
</div>
<div><p>&copy; 2024 {site}. All rights reserved. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></div>
</div>
</body>
</html>
"""


STYLES = {"soup": soup, "wordpress": wordpress, "news": news, "qdot": qdot, "brbr": brbr}

# Plain-text copies of development interviews (../messy-text), set as magazine pages: questions bold or plain.
COPIES = [
    "godot-showcase/godot-showcase-dogwalk-copied.txt",
    "godot-showcase/godot-showcase-usagi-shima-copied.txt",
    "gum-wikinews/messina-copied.txt",
    "kubernetes-contributor-blog/sig-node-spotlight-copied.txt",
    "ropensci-blog/2018-06-08-rprofile-julia-silge-copied.txt",
    "scikit-learn-blog/2024-07-18-yao-interview-copied.txt",
]
COPY_DERIVATION = {
    "bold": "the plain-text copy (evaluation/messy-text) set as a magazine page: site banner and menu only when the "
            "original names its publication, <h1>, 'By …' line and date, lead, questions as <p><strong>, answers as "
            "<p>, a pull quote in <aside>, a related-stories list and a footer; words unchanged",
    "plain": "as 'bold', but the questions in roman type like the answers: nothing but the words tells them apart",
}


def magazine(copy, gold, bold):
    """A news magazine's page for a plain-text copy: the copy's title, byline and date lines, then its paragraphs."""
    lines = [p for p in copy.split("\n\n") if p.strip()]
    headline = lines.pop(0)
    byline = lines.pop(0) if lines[0].startswith("By ") else ""
    date = lines.pop(0) if re.match(r"\d{4}-\d\d-\d\d|\w+ \d{1,2}, \d{4}|\w+day, ", lines[0]) else ""
    starts = [e["question"] for e in gold["exchanges"]]
    first = next(i for i, p in enumerate(lines) if any(p.startswith(s) for s in starts))
    site = gold["publication"]
    body = []
    for i, p in enumerate(lines):
        text = html.escape(p, quote=False)
        if i >= first and any(p.startswith(s) for s in starts) and bold:
            text = f"<strong>{text}</strong>"
        body.append(f"<p>{text}</p>")
        if i == first + 3:
            pull = re.split(r"(?<=[.!?])\s", lines[first + 1])[0]
            body.append(f'<aside class="pullquote"><p>\u201c{html.escape(pull, quote=False)}\u201d</p></aside>')
    banner = (f'<header class="masthead"><a class="logo" href="/">{site}</a><nav><a href="/news">News</a> '
              f'<a href="/interviews">Interviews</a> <a href="/about">About</a></nav></header>') if site else ""
    title = f"{headline} | {site}" if site else headline
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{html.escape(title, quote=False)}</title></head>
<body>
{banner}
<main>
<div class="story">
<h1>{html.escape(headline, quote=False)}</h1>
<div class="meta"><span class="author">{html.escape(byline, quote=False)}</span> <time>{date}</time></div>
<div class="story-body">
{chr(10).join(body)}
</div>
<div class="related"><h3>More interviews</h3><ul><li><a href="/i/1">Five questions for our new editors</a></li><li><a href="/i/2">Behind the scenes of our coverage</a></li></ul></div>
</div>
</main>
<footer><p>Contact us · Privacy · Terms</p></footer>
</body>
</html>
"""


def main_copies():
    texts = ROOT / "messy-text" / "corpus"
    for copied in COPIES:
        gold = json.loads((texts / re.sub(r"\.txt$", ".gold.json", copied)).read_text(encoding="utf-8"))
        copy = (texts / copied).read_text(encoding="utf-8")
        for style, bold in [("bold", True), ("plain", False)]:
            name = re.sub(r"-copied\.txt$", f"-magazine-{style}.html", copied)
            target = OUT / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(magazine(copy, gold, bold), encoding="utf-8")
            derived = dict(gold)
            derived.update(document=name, derivation=COPY_DERIVATION[style], format="html",
                           layout="bold-questions" if bold else "unlabelled",
                           notes="derived by evaluation/messy-html/derive.py from the plain-text copy; exchanges, "
                                 "headline and participants as in the original's gold")
            (OUT / re.sub(r"\.html$", ".gold.json", name)).write_text(
                json.dumps(derived, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main():
    for original, site, styles in ORIGINALS:
        html = (ROOT / "corpus" / original).read_text(encoding="utf-8")
        gold = json.loads((ROOT / "corpus" / re.sub(r"\.html$", ".gold.json", original)).read_text())
        headline, byline, body = parts(html)
        for style in styles:
            name = re.sub(r"(-rendered)?\.html$", f"-{style}.html", original)
            page = STYLES[style](site, headline, byline, body, gold)
            target = OUT / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
            derived = {k: gold[k] for k in ["document", "source", "derivedFrom", "derivation", "format", "layout",
                                            "headline", "interviewees", "interviewers", "publication", "exchanges"]}
            derived["document"] = name
            derived["derivedFrom"] = original
            derived["derivation"] = DERIVATION[style]
            derived["format"] = "html"
            if style == "qdot":
                derived["layout"] = "qa-labels"
            derived["notes"] = ("derived by evaluation/messy-html/derive.py; exchanges, headline and participants as "
                                "in the original's gold; its quote and entity gold left out (the page adds pull "
                                "quotes and other names)")
            (OUT / re.sub(r"\.html$", ".gold.json", name)).write_text(
                json.dumps(derived, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
    main_copies()
