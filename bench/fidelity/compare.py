#!/usr/bin/env python3
"""compare.py: how faithfully JournalApi serves a Jekyll or Hugo site, against the generator itself.

usage: compare.py --api DLL --site NAME=GENERATOR:PATH [--site ...] [--out DIR] [--list N] [--stub-site-templates]
                  [--raw-html MODE]

  --api DLL       JournalApi.dll of a Release build (dotnet build src/JournalApi -c Release)
  --site          NAME=jekyll:PATH (PATH holds _config.yml and _posts/, or folders with _posts/ of their own)
                  or NAME=hugo:PATH[:SECTION] (PATH holds the config and content/SECTION/, SECTION defaults to post)
  --out DIR       where the generator's copies, outputs and logs go (default bench/.out/fidelity)
  --list N        how many differing posts to list per site (default 40; 0 for none)
  --stub-site-templates  build without the site's own _includes and layouts/shortcodes (see below)
  --raw-html MODE Content:RawHtml for the API (Sanitize, the default, or Omit)

For each site, the posts (and nothing else the site's theme needs) are copied into DIR/NAME, built by the generator
with a layout of ours that prints each post's path, title, tags, URL and body, and served by the API started on the
same folder with the settings the site's configuration implies. Every post the generator published is then compared
with what the API serves for it. Offline: no theme, gem or module is fetched; a tag or shortcode the site's plugins or
theme would provide is defined as printing nothing (and listed), so that the generator builds at all.
"""
import argparse
import html
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import tomllib
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

MARKDOWN = (".md", ".markdown", ".mkd", ".mkdn", ".mkdown")
META = "FIDELITY-META "
BODY = "FIDELITY-BODY"


# ----------------------------------------------------------------------------------------------------------- Jekyll

JEKYLL_LAYOUT = (
    META + '{"path": {{ page.path | jsonify }}, "title": {{ page.title | jsonify }}, "tags": {{ page.tags | jsonify }},'
    ' "categories": {{ page.categories | jsonify }}, "url": {{ page.url | jsonify }}}\n' + BODY + "\n{{ content }}\n"
)

# Tags a site's plugins would give: defined as printing nothing, so that Jekyll builds without the gems.
JEKYLL_STUBS = """\
names = File.read(File.join(__dir__, "stub-tags.txt")).split rescue []
blocks = File.read(File.join(__dir__, "stub-blocks.txt")).split rescue []
names.each do |name|
  Liquid::Template.register_tag(name, Class.new(Liquid::Tag) { def render(_context) = "" })
end
blocks.each do |name|
  Liquid::Template.register_tag(name, Class.new(Liquid::Block) { def render(context) = super })
end
# A link to a page outside the posts (not copied) gives an empty target instead of stopping the build.
{ "link" => Jekyll::Tags::Link, "post_url" => Jekyll::Tags::PostUrl }.each do |name, tag|
  Liquid::Template.register_tag(name, Class.new(tag) { def render(context) = (super rescue "") })
end
"""


def top_level_yaml(path):
    """The top-level scalar keys of a _config.yml, and the raw text of its kramdown section (no YAML in stdlib)."""
    values, kramdown, inside = {}, [], False
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        if inside and (line.startswith((" ", "\t")) or not line.strip()):
            kramdown.append(line)
            continue
        inside = False
        match = re.match(r"^([A-Za-z_]\w*):\s*(.*?)\s*$", line)
        if not match:
            continue
        key, value = match.groups()
        if key == "kramdown":
            inside = True
            continue
        value = re.sub(r"\s+#.*$", "", value).strip().strip("\"'")
        values[key] = value
    return values, "\n".join(kramdown)


def prepare_jekyll(source, work, stub_site_templates):
    config, kramdown = top_level_yaml(source / "_config.yml")
    site = work / "site"
    shutil.rmtree(work, ignore_errors=True)
    site.mkdir(parents=True)
    for posts in sorted(source.rglob("_posts")):
        if posts.is_dir() and "_site" not in posts.parts and "node_modules" not in posts.parts:
            shutil.copytree(posts, site / posts.relative_to(source), dirs_exist_ok=True)
    for folder in ("_data",) if stub_site_templates else ("_includes", "_data"):
        if (source / folder).is_dir():
            shutil.copytree(source / folder, site / folder)
    layouts = {"default", "post", "page", "single"}
    for post in site.rglob("*"):
        if post.suffix in MARKDOWN and post.is_file():
            match = re.search(r"^layout:\s*[\"']?([\w./-]+)", post.read_text(encoding="utf-8", errors="replace")[:4000], re.M)
            if match:
                layouts.add(match.group(1))
    (site / "_layouts").mkdir()
    for name in layouts:
        (site / "_layouts" / f"{name}.html").write_text(JEKYLL_LAYOUT, encoding="utf-8")
    (site / "_plugins").mkdir()
    (site / "_plugins" / "fidelity_stubs.rb").write_text(JEKYLL_STUBS, encoding="utf-8")
    lines = ["# written by bench/fidelity/compare.py from the site's _config.yml"]
    for key in ("title", "url", "baseurl", "permalink", "timezone", "excerpt_separator", "future", "markdown", "highlighter"):
        if config.get(key):
            lines.append(f"{key}: {json.dumps(config[key])}")
    if kramdown.strip():
        lines.append("kramdown:\n" + kramdown)
    lines.append("defaults:\n  - scope: { path: '' }\n    values: { layout: post }")
    (site / "_config.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = {"Content__Path": str(site), "Site__Permalink": jekyll_permalink(config.get("permalink", "date"))}
    for key in ("url", "baseurl", "title"):
        if config.get(key):
            settings[f"Content__LiquidSite__{key}"] = config[key]
    if config.get("timezone"):
        settings["Content__TimeZone"] = config["timezone"]
    return site, settings


def jekyll_permalink(pattern):
    # Jekyll reads a permalink without a leading '/' as one, and ':title' alone as '/:title.html'-like: keep it simple.
    return pattern if pattern in ("date", "pretty", "ordinal", "none") or pattern.startswith("/") else "/" + pattern


def build_jekyll(site, log):
    stub_tags, stub_blocks, stub_includes = set(), set(), set()
    for _ in range(60):
        (site / "_plugins" / "stub-tags.txt").write_text("\n".join(sorted(stub_tags)), encoding="utf-8")
        (site / "_plugins" / "stub-blocks.txt").write_text("\n".join(sorted(stub_blocks)), encoding="utf-8")
        run = subprocess.run(["jekyll", "build", "--source", str(site), "--destination", str(site / "_site"), "--quiet"],
                             capture_output=True, text=True, cwd=site)
        output = run.stdout + run.stderr
        log.write_text(output, encoding="utf-8")
        if run.returncode == 0:
            return {"tags": sorted(stub_tags), "blocks": sorted(stub_blocks), "includes": sorted(stub_includes)}
        unknown = re.search(r"Unknown tag '(\w+)'", output)
        include = re.search(r"Could not locate the included file '([^']+)'", output)
        if unknown:
            name = unknown.group(1)
            if name.startswith("end"):
                stub_blocks.add(name[3:])
                stub_tags.discard(name[3:])
            else:
                stub_tags.add(name)
            continue
        if include:
            target = site / "_includes" / include.group(1)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("", encoding="utf-8")
            stub_includes.add(include.group(1))
            continue
        sys.exit(f"compare.py: jekyll failed on {site}; see {log}")
    sys.exit(f"compare.py: jekyll kept failing on {site}; see {log}")


# ------------------------------------------------------------------------------------------------------------- Hugo

HUGO_LAYOUT = (
    META + '{{ dict "path" .File.Path "title" .Title "tags" .Params.tags "categories" .Params.categories'
    ' "url" .RelPermalink | jsonify }}\n' + BODY + "\n{{ .Content }}\n"
)


def hugo_config(source):
    for name in ("hugo.toml", "config.toml", "config/_default/hugo.toml", "config/_default/config.toml"):
        if (source / name).is_file():
            return tomllib.loads((source / name).read_text(encoding="utf-8")), name
    for name in ("config.yaml", "config.yml", "hugo.yaml"):
        if (source / name).is_file():
            return yaml_subset((source / name).read_text(encoding="utf-8")), name
    return {}, None


def yaml_subset(text):
    """The few keys of a Hugo YAML config we use (baseURL, permalinks, markup's unsafe), without a YAML library."""
    config, section = {}, None
    for line in text.splitlines():
        top = re.match(r"^(\w+):\s*(.*?)\s*$", line)
        if top:
            section = top.group(1)
            if top.group(2):
                config[section] = top.group(2).strip("\"'")
            continue
        nested = re.match(r"^\s+(\w+):\s*(.+?)\s*$", line)
        if nested and section == "permalinks":
            config.setdefault("permalinks", {})[nested.group(1)] = nested.group(2).strip("\"'")
        if nested and nested.group(1) == "unsafe":
            config["unsafe"] = nested.group(2) == "true"
    return config


def prepare_hugo(source, work, section, stub_site_templates):
    config, _ = hugo_config(source)
    site = work / "site"
    shutil.rmtree(work, ignore_errors=True)
    (site / "content").mkdir(parents=True)
    content = source / "content" / section
    if not content.is_dir():
        content = source / "content" / "en" / section
    shutil.copytree(content, site / "content" / section)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "layouts" / "_default" / "single.html").write_text(HUGO_LAYOUT, encoding="utf-8")
    if (source / "layouts" / "shortcodes").is_dir() and not stub_site_templates:
        shutil.copytree(source / "layouts" / "shortcodes", site / "layouts" / "shortcodes")
    permalinks = config.get("permalinks", {})
    pattern = permalinks.get(section) or permalinks.get("posts") or permalinks.get("post") or f"/{section}/:slug/"
    unsafe = config.get("unsafe", config.get("markup", {}).get("goldmark", {}).get("renderer", {}).get("unsafe", False))
    lines = [
        'baseURL = "http://127.0.0.1/"',
        'disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
        f"[permalinks]\n{section} = {json.dumps(pattern)}",
        f"[markup.goldmark.renderer]\nunsafe = {'true' if unsafe else 'false'}",
    ]
    (site / "hugo.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = {"Content__Path": str(site / "content" / section), "Site__Permalink": pattern}
    return site, settings


def build_hugo(site, log):
    stubs = set()
    for _ in range(60):
        run = subprocess.run(["hugo", "--source", str(site), "--destination", str(site / "public"), "--quiet"],
                             capture_output=True, text=True)
        output = run.stdout + run.stderr
        log.write_text(output, encoding="utf-8")
        if run.returncode == 0:
            return {"shortcodes": sorted(stubs)}
        unclosed = re.search(r'shortcode "([^"]+)" must be closed or self-closed', output)
        if unclosed:
            # A stub that prints its inner text needs a closing tag; one used alone prints nothing.
            (site / "layouts" / "shortcodes" / f"{unclosed.group(1)}.html").write_text("", encoding="utf-8")
            continue
        missing = re.search(r'template for shortcode "([^"]+)" not found', output) or \
            re.search(r'failed to render shortcode "([^"]+)"', output) or \
            re.search(r'shortcodes/([\w-]+)\.html', output)
        if missing and missing.group(1) not in stubs:
            stubs.add(missing.group(1))
            target = site / "layouts" / "shortcodes" / f"{missing.group(1)}.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("{{ .Inner }}", encoding="utf-8")
            continue
        sys.exit(f"compare.py: hugo failed on {site}; see {log}")
    sys.exit(f"compare.py: hugo kept failing on {site}; see {log}")


# -------------------------------------------------------------------------------------------------- the generator's

def generator_posts(output_folder):
    posts = {}
    for page in output_folder.rglob("*.html"):
        text = page.read_text(encoding="utf-8", errors="replace")
        if not text.startswith(META):
            continue
        head, _, body = text.partition("\n" + BODY + "\n")
        meta = json.loads(head[len(META):])
        meta["html"] = body
        posts[meta["path"]] = meta
    return posts


# ----------------------------------------------------------------------------------------------------------- the API

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=60) as answer:
            return json.load(answer)
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return None
        raise


def start_api(dll, settings, log):
    """Starts the API on a free port of 127.0.0.1 with these settings; returns the process and its address once ready."""
    port = free_port()
    env = dict(os.environ, RateLimit__Enabled="false", Logging__LogLevel__Default="Warning", **settings)
    base = f"http://127.0.0.1:{port}"
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen(["dotnet", dll, "--urls", base], env=env, stdout=out, stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            with urllib.request.urlopen(base + "/health/ready", timeout=5) as answer:
                if answer.status == 200:
                    break
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if process.poll() is not None:
            sys.exit(f"compare.py: the API stopped; see {log}")
        time.sleep(0.2)
    return process, base


def served_posts(base):
    summaries, page = [], 1
    while True:
        answer = get(base, f"/api/posts?pageSize=100&page={page}")
        summaries += answer["items"]
        if page >= answer["totalPages"]:
            break
        page += 1
    posts = {s["slug"]: get(base, "/api/posts/" + urllib.parse.quote(s["slug"])) for s in summaries}
    diagnostics = get(base, "/api/diagnostics")["items"]
    return posts, diagnostics, lambda url: get(base, "/api/posts/by-url?path=" + urllib.parse.quote(url))


# ------------------------------------------------------------------------------------------------------- comparing

CODE = re.compile(r"<pre\b.*?</pre>|<code\b.*?</code>", re.S | re.I)
BLOCK_TAG = re.compile(r"</?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|pre|blockquote|table|thead|tbody|tr|td|th|figure|figcaption"
                       r"|section|details|summary|img|iframe|sup)\b[^>]*>", re.I)
TEMPLATE = re.compile(r"\{%|%\}|\{\{|\}\}")
PUNCTUATION = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
    "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2026": "...", "\u00a0": " ", "\u21a9": "", "\ufe0e": "", "\u200b": "",
})


def text_of(fragment):
    fragment = re.sub(r"<!--.*?-->", " ", fragment, flags=re.S)
    fragment = re.sub(r"<(script|style)\b.*?</\1>", " ", fragment, flags=re.S | re.I)
    fragment = BLOCK_TAG.sub(" ", fragment)
    fragment = re.sub(r"<[^>]+>", "", fragment)
    text = unicodedata.normalize("NFC", html.unescape(html.unescape(fragment))).translate(PUNCTUATION)
    text = re.sub(r"-{2,}", "-", text).replace("``", "\"").replace("''", "\"")
    return re.sub(r"\s+", " ", text).strip()


def count(tag, fragment):
    return len(re.findall(rf"<{tag}\b", fragment, re.I))


def template_outside_code(fragment):
    return len(TEMPLATE.findall(text_of(CODE.sub(" ", fragment))))


def slug_of(name):
    stem = re.sub(r"\.[^.]+$", "", name.rsplit("/", 1)[-1])
    if stem == "index" and "/" in name:
        stem = name.rsplit("/", 2)[-2]
    stem = re.sub(r"^\d{4}-\d{1,2}-\d{1,2}-", "", stem)
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-")


def tags_of(value):
    if value is None:
        return set()
    if isinstance(value, str):
        value = re.split(r"[\s,]+", value)
    return {unicodedata.normalize("NFC", str(v).strip().lower()) for v in value if str(v).strip()}


IMG_SRC = re.compile(r"<img\b[^>]*?\bsrc=[\"']?([^\"' >]+)", re.I)


def source_of(root, path):
    try:
        return (root / path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def lost_images(theirs, ours, source):
    """Images of the generator's page written in the post itself (raw or Markdown) that ours does not show. Images a
    site-wide loop or an include adds are not the post's own, so they are not counted here (the body text shows them)."""
    ours_sources = {html.unescape(src).rsplit("/", 1)[-1] for src in IMG_SRC.findall(ours)}
    return [src for src in IMG_SRC.findall(theirs)
            if html.unescape(src) in source and html.unescape(src).rsplit("/", 1)[-1] not in ours_sources]


def first_difference(ours, theirs):
    i = 0
    while i < min(len(ours), len(theirs)) and ours[i] == theirs[i]:
        i += 1
    return f"ours «{ours[max(0, i - 30):i + 50]}» vs «{theirs[max(0, i - 30):i + 50]}»"


def compare_site(work, generated, served, diagnostics, by_url, build_notes, source_text):
    """Each published post against the one served for it; the pages of those that differ are kept under work/differing."""
    rows, differing = [], []
    frame_warnings = {d["path"] for d in diagnostics if d["code"] == "JA0401"}
    errors = {d["path"]: d["message"] for d in diagnostics if d["severity"] == "error"}
    shutil.rmtree(work / "differing", ignore_errors=True)
    stats = dict(published=len(generated), served=0, title=0, tags=0, template=0, images=0, tables=0, frames=0,
                 body_equal=0)
    by_slug = served
    for path, theirs in sorted(generated.items()):
        ours = by_url(theirs["url"]) if theirs.get("url") else None
        if ours is None:
            ours = by_slug.get(slug_of(path))
        reasons = []
        if ours is None:
            reasons.append("not served" + (f": {errors[path]}" if path in errors else ""))
            differing.append((path, reasons))
            continue
        stats["served"] += 1
        if (ours["title"] or "").strip() != (theirs["title"] or "").strip():
            stats["title"] += 1
            reasons.append(f"title: ours {ours['title']!r} vs {theirs['title']!r}")
        if set(ours["tags"]) != tags_of(theirs["tags"]):
            stats["tags"] += 1
            reasons.append(f"tags: ours {sorted(ours['tags'])} vs {sorted(tags_of(theirs['tags']))}")
        if template_outside_code(ours["html"]) > template_outside_code(theirs["html"]):
            stats["template"] += 1
            found = TEMPLATE.search(text := text_of(CODE.sub(" ", ours["html"])))
            reasons.append("template syntax outside code: «" + text[max(0, found.start() - 30):found.end() + 30] + "»")
        lost = lost_images(theirs["html"], ours["html"], source_text(path))
        if lost:
            stats["images"] += len(lost)
            reasons.append(f"{len(lost)} <img> lost: {' '.join(lost[:3])}")
        lost_tables = count("table", theirs["html"]) - count("table", ours["html"])
        if lost_tables > 0:
            stats["tables"] += lost_tables
            reasons.append(f"{lost_tables} <table> lost")
        frames = count("iframe", theirs["html"]) - count("iframe", ours["html"])
        if frames > 0 and path not in frame_warnings:
            stats["frames"] += frames
            reasons.append(f"{frames} frame(s) left out without JA0401")
        a, b = text_of(ours["html"]), text_of(theirs["html"])
        if a == b:
            stats["body_equal"] += 1
        else:
            reasons.append("body: " + first_difference(a, b))
        if reasons:
            differing.append((path, reasons))
            pages = work / "differing" / re.sub(r"[^\w.-]+", "_", path)
            pages.parent.mkdir(parents=True, exist_ok=True)
            Path(f"{pages}.ours.html").write_text(ours["html"], encoding="utf-8")
            Path(f"{pages}.theirs.html").write_text(theirs["html"], encoding="utf-8")
    stats["api_posts"] = len(served)
    stats["build"] = build_notes
    return stats, differing


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", required=True)
    parser.add_argument("--site", action="append", required=True)
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / ".out" / "fidelity"))
    parser.add_argument("--list", type=int, default=40)
    parser.add_argument("--stub-site-templates", action="store_true",
                        help="build without the site's own includes and shortcodes (each then prints nothing, or its inner"
                             " text), as JournalApi leaves them out: what differs then is not by design")
    parser.add_argument("--raw-html", default=None, help="Content:RawHtml for the API (default: the API's own, Sanitize)")
    args = parser.parse_args()
    needed = {"dotnet"} | {spec.partition("=")[2].partition(":")[0] for spec in args.site}
    for tool in sorted(needed & {"dotnet", "jekyll", "hugo"}):
        if not shutil.which(tool):
            sys.exit(f"compare.py: {tool} is not installed (Debian: apt-get install {tool}; dotnet: the .NET SDK)")
    results = []
    for spec in args.site:
        name, _, rest = spec.partition("=")
        generator, _, rest = rest.partition(":")
        path, _, section = rest.partition(":")
        source, work = Path(path).resolve(), Path(args.out).resolve() / name
        if generator == "jekyll":
            site, settings = prepare_jekyll(source, work, args.stub_site_templates)
            notes = build_jekyll(site, work / "generator.log")
            generated, root = generator_posts(site / "_site"), site
        elif generator == "hugo":
            site, settings = prepare_hugo(source, work, section or "post", args.stub_site_templates)
            notes = build_hugo(site, work / "generator.log")
            generated, root = generator_posts(site / "public"), site / "content"
        else:
            sys.exit(f"compare.py: unknown generator '{generator}' in --site {spec}")
        if args.raw_html:
            settings["Content__RawHtml"] = args.raw_html
        process, base = start_api(args.api, settings, work / "api.log")
        try:
            served, diagnostics, by_url = served_posts(base)
            stats, differing = compare_site(work, generated, served, diagnostics, by_url, notes, lambda path: source_of(root, path))
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        (work / "differences.json").write_text(json.dumps(differing, indent=1, ensure_ascii=False), encoding="utf-8")
        results.append((name, generator, stats, differing))
        print(f"{name}: {stats['published']} published, {len(differing)} differ; stubs: {notes}", file=sys.stderr)
    print_table(results, args.list)


def print_table(results, listed):
    head = ["site", "gen", "published", "served", "title", "tags", "template", "own img lost", "tables lost",
            "frames undiagnosed", "body equal"]
    rows, total = [], {k: 0 for k in ("published", "served", "title", "tags", "template", "images", "tables", "frames", "body_equal")}
    for name, generator, s, _ in results:
        for key in total:
            total[key] += s[key]
        rows.append([name, generator] + [str(s[k]) for k in ("published", "served", "title", "tags", "template", "images", "tables", "frames")]
                    + [f"{100 * s['body_equal'] / max(1, s['served']):.1f} %"])
    rows.append(["total", ""] + [str(total[k]) for k in ("published", "served", "title", "tags", "template", "images", "tables", "frames")]
                + [f"{100 * total['body_equal'] / max(1, total['served']):.1f} %"])
    print("| " + " | ".join(head) + " |")
    print("| " + " | ".join(["---"] * 2 + ["---:"] * (len(head) - 2)) + " |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if listed:
        for name, _, _, differing in results:
            print(f"\n{name}: {len(differing)} differing posts")
            for path, reasons in differing[:listed]:
                print(f"  {path}: " + "; ".join(r[:300] for r in reasons))


if __name__ == "__main__":
    main()
