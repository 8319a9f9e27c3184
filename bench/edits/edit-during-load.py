#!/usr/bin/env python3
"""Edits a JournalApi content folder on a fixed beat, as a writer (or a sync tool) would, while load-during-edits.sh
runs wrk against the API serving that folder.

Usage: edit-during-load.py --content DIR --duration S [--interval-ms MS] [--protect FILE] [--seed N]

Every tick (100 ms by default) takes the next action of a fixed rotation:
  rewrite  an entry: new body, tags and emotions; every third rewrite also a new title, every fourth a new date
  add      a new entry (a name no generated entry can have, so its slug never collides)
  delete   an entry: alternately one this script added and an original
  rename   an entry to a new file name, so its slug changes (a delete and an add in one rename)
  break    an entry (bad YAML, or a date that is not on the calendar), alternately an existing one (the API must keep
           serving its last good version) and a new file (never valid); the next break tick fixes it instead
Files are written alternately in place (truncate and write, as most editors save) and atomically (a hidden temp file
in the same folder, then rename). Entries whose slugs are listed in --protect (one '/api/posts/{slug}' or slug a line)
are never touched: the load test requests them and expects every answer to be 200.
At the end the broken file, if any, is fixed, so the folder holds only valid entries, and one line of counts is
printed: edits=N rewrite=N add=N delete=N rename=N break=N fix=N in_place=N atomic=N late_ticks=N files=N.
Python 3 standard library only.
"""
import argparse
import os
import random
import re
import sys
import time

TAGS = ["connection", "midlife", "vulnerability", "grief", "parenting", "work", "friendship", "marriage", "therapy",
        "walking", "books", "music", "faith", "anxiety", "habits", "aging", "travel", "home", "writing", "health",
        "edited", "live"]
EMOTIONS = ["longing", "grief", "hope", "joy", "fear", "shame", "relief", "anger", "gratitude", "loneliness",
            "tenderness", "regret", "curiosity", "calm"]
WORDS = ("morning evening window kitchen table coffee letter phone friend mother father sister daughter walk "
         "silence voice year winter spring rain light memory story question answer garden book song river road "
         "hand heart breath quiet slow careful honest tired small bright early late again still").split()
# Each breaks the entry in a different stage: YAML syntax, YAML structure, and validation (not a calendar day).
BROKEN_FRONT_MATTER = [
    'title: "An unclosed quote\ndate: 2021-03-04\ntags: [edited]\n',
    "title: Bad indentation\n  date: 2021-03-04\n tags: [edited\n",
    'title: "Not a real day"\ndate: 2021-02-30\ntags: [edited]\n',
]
DATE_PREFIX = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-")
ROTATION = ["rewrite", "add", "rewrite", "delete", "rewrite", "rename", "rewrite", "break"]


def slug_of(name):
    return DATE_PREFIX.sub("", name[: -len(".md")]).lower()


class Editor:
    def __init__(self, root, protected, seed):
        self.root = root
        self.rng = random.Random(seed)
        self.originals = sorted(n for n in os.listdir(root) if n.endswith(".md") and slug_of(n) not in protected)
        self.added = []
        self.counter = 0
        self.broken = None  # (name, good text or None when the file never was valid)
        self.counts = {k: 0 for k in ["rewrite", "add", "delete", "rename", "break", "fix", "in_place", "atomic"]}

    # ---- writing ----------------------------------------------------------------------------------------------
    def write(self, name, text):
        path = os.path.join(self.root, name)
        data = text.encode("utf-8")
        if sum(self.counts[k] for k in ("in_place", "atomic")) % 2 == 0:
            with open(path, "wb") as f:  # truncate, then write: a reader may see the empty file in between
                f.write(data)
            self.counts["in_place"] += 1
        else:
            tmp = os.path.join(self.root, ".%s.%d.tmp" % (name, os.getpid()))
            with open(tmp, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
            self.counts["atomic"] += 1

    def entry(self, title, date, broken=None):
        rng = self.rng
        tags = rng.sample(TAGS, rng.randint(1, 5))
        emotions = rng.sample(EMOTIONS, rng.randint(1, 3))
        paragraphs = []
        for _ in range(rng.randint(2, 6)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(20, 80))]
            paragraphs.append(" ".join(words).capitalize() + ".")
        front = broken if broken is not None else (
            'layout: post\ntitle: "%s"\ndate: %s\ntags: [%s]\ndescription: "Edited while the API was under load."\n'
            'emotions: [%s]\n' % (title, date, ", ".join(tags), ", ".join('"%s"' % e for e in emotions)))
        return "---\n%s---\n\n%s\n" % (front, "\n\n".join(paragraphs))

    def random_date(self):
        return "%04d-%02d-%02d" % (self.rng.randint(2016, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def new_name(self, kind):
        self.counter += 1
        return "%s-%s-%d-%d.md" % (self.random_date(), kind, os.getpid(), self.counter)

    # ---- actions ------------------------------------------------------------------------------------------------
    def editable(self):
        broken = self.broken[0] if self.broken else None
        return [n for n in self.originals + self.added if n != broken]

    def rewrite(self):
        pool = self.editable()
        if not pool:
            return self.add()
        name = self.rng.choice(pool)
        n = self.counts["rewrite"]
        title = "Edited %d: %s" % (n, self.rng.choice(WORDS).capitalize()) if n % 3 == 0 else "Rewritten entry %s" % slug_of(name)
        y, m, d = (int(part) for part in DATE_PREFIX.match(name).groups())
        date = self.random_date() if n % 4 == 0 else "%04d-%02d-%02d" % (y, m, d)
        self.write(name, self.entry(title, date))
        self.counts["rewrite"] += 1

    def add(self):
        name = self.new_name("added-during-load")
        self.write(name, self.entry("Added during load %d" % self.counter, name[:10]))
        self.added.append(name)
        self.counts["add"] += 1

    def delete(self):
        broken = self.broken[0] if self.broken else None
        added = [n for n in self.added if n != broken]
        originals = [n for n in self.originals if n != broken]
        pool = added if self.counts["delete"] % 2 == 0 and added else originals
        if not pool:
            return self.rewrite()
        name = pool[0] if pool is added else self.rng.choice(pool)
        os.remove(os.path.join(self.root, name))
        (self.added if name in self.added else self.originals).remove(name)
        self.counts["delete"] += 1

    def rename(self):
        pool = self.editable()
        if not pool:
            return self.add()
        old = self.rng.choice(pool)
        new = self.new_name("renamed-during-load")
        os.rename(os.path.join(self.root, old), os.path.join(self.root, new))
        (self.originals if old in self.originals else self.added).remove(old)
        self.added.append(new)
        self.counts["rename"] += 1

    def break_or_fix(self):
        if self.broken:
            return self.fix()
        variant = BROKEN_FRONT_MATTER[self.counts["break"] % len(BROKEN_FRONT_MATTER)]
        pool = self.editable()
        if self.counts["break"] % 2 == 0 and pool:
            name = self.rng.choice(pool)
            with open(os.path.join(self.root, name), encoding="utf-8") as f:
                good = f.read()
        else:
            name, good = self.new_name("broken-during-load"), None
        self.write(name, self.entry(None, None, broken=variant))
        self.broken = (name, good)
        self.counts["break"] += 1

    def fix(self):
        name, good = self.broken
        if good is None:  # a file that never was valid: it becomes a new entry
            good = self.entry("Fixed during load %d" % self.counter, name[:10])
            self.added.append(name)
        self.write(name, good)
        self.broken = None
        self.counts["fix"] += 1

    def act(self, tick):
        action = ROTATION[tick % len(ROTATION)]
        {"rewrite": self.rewrite, "add": self.add, "delete": self.delete, "rename": self.rename,
         "break": self.break_or_fix}[action]()


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--content", required=True)
    p.add_argument("--duration", type=float, required=True, help="seconds")
    p.add_argument("--interval-ms", type=float, default=100)
    p.add_argument("--protect", help="file of slugs (or /api/posts/{slug} paths) never to touch")
    p.add_argument("--seed", type=int, default=8)
    args = p.parse_args(argv)
    protected = set()
    if args.protect:
        with open(args.protect, encoding="utf-8") as f:
            protected = {line.strip().rsplit("/", 1)[-1] for line in f if line.strip()}
    editor = Editor(args.content, protected, args.seed)
    interval = args.interval_ms / 1000
    start = time.monotonic()
    tick = late = 0
    while True:
        due = start + tick * interval
        if due >= start + args.duration:
            break
        now = time.monotonic()
        if now < due:
            time.sleep(due - now)
        elif now - due > interval:
            late += 1  # the beat is kept by the clock: a late tick runs at once, none is skipped or doubled
        editor.act(tick)
        tick += 1
    if editor.broken:
        editor.fix()
    c = editor.counts
    files = sum(1 for n in os.listdir(args.content) if n.endswith(".md"))
    edits = sum(c[k] for k in ("rewrite", "add", "delete", "rename", "break", "fix"))
    print("edits=%d %s late_ticks=%d files=%d seconds=%.1f" % (
        edits, " ".join("%s=%d" % (k, v) for k, v in c.items()), late, files, time.monotonic() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
