#!/usr/bin/env bash
# hugo-site.sh CORPUS OUTDIR: the yardstick for start-up and memory. Lays out in OUTDIR a Hugo site holding the corpus'
# entries as its posts, with a layout that writes each post as JSON (slug, title, date, tags, emotions, description and
# the rendered HTML: what JournalApi computes for a post), builds it once to check that every entry became a page, and
# prints the command to time. Hugo then reads front matter and renders Markdown for every file, as JournalApi does at
# start-up; lists, taxonomies, feeds and the sitemap are switched off, so that it does nothing JournalApi does not.
set -euo pipefail

usage="usage: hugo-site.sh CORPUS OUTDIR"
corpus="${1:?$usage}"
site="${2:?$usage}"
command -v hugo >/dev/null || { echo "hugo-site.sh: hugo is not installed (Debian: apt-get install hugo)" >&2; exit 1; }
[[ -d "$corpus" ]] || { echo "hugo-site.sh: '$corpus' is not a folder" >&2; exit 1; }

rm -rf "$site"
mkdir -p "$site/content/posts" "$site/layouts/_default"
find "$corpus" -maxdepth 1 -type f -name '*.md' -exec cp -t "$site/content/posts" {} +
entries=$(find "$site/content/posts" -name '*.md' | wc -l)
(( entries > 0 )) || { echo "hugo-site.sh: no *.md entries in '$corpus'" >&2; exit 1; }

# The corpus names its files YYYY-MM-DD-slug.md, as Jekyll does: Hugo takes the date and the slug from the name.
cat >"$site/hugo.toml" <<'TOML'
baseURL = "http://127.0.0.1/"
title = "JournalApi yardstick"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableGitInfo = false

[frontmatter]
date = [":filename", ":default"]

[permalinks]
posts = "/posts/:slug/"

[outputs]
page = ["JSON"]
TOML

# The corpus' entries say 'layout: post'; any other layout falls back to single.
page='{{ jsonify (dict "slug" .Slug "title" .Title "date" (.Date.Format "2006-01-02") "tags" .Params.tags "emotions" .Params.emotions "description" .Description "html" .Content) }}'
for layout in post single; do printf '%s\n' "$page" >"$site/layouts/_default/$layout.json"; done

hugo --quiet --source "$site" --destination "$site/public"
pages=$(find "$site/public/posts" -mindepth 2 -maxdepth 2 -name index.json | wc -l)
echo "hugo-site.sh: $entries entries in $site/content/posts became $pages JSON pages"
(( pages == entries )) || { echo "hugo-site.sh: $(( entries - pages )) entries made no page" >&2; exit 1; }
echo "time it with: hugo --quiet --renderToMemory --source $site"
