#!/usr/bin/env python3
"""Writes COUNT different search requests (one '/api/posts?q=...' path a line) drawn from the words of a corpus.

Deterministic for a given corpus. The mix: one word, two words, a two-word phrase taken from a body, and a prefix
('conne*'), so that no response cache can carry the load. Lucene's English stop words are left out: a query of
stop words only is a 400 by design, and the benchmark counts every non-2xx answer as an error.

usage: make-queries.py CORPUS_DIR COUNT OUT_FILE
"""
import pathlib
import random
import re
import sys
import urllib.parse

STOP = set("a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split())
WORD = re.compile(r"[a-z]{3,}")


def main(corpus: str, count: int, out: str) -> None:
    words: dict[str, int] = {}
    pairs: list[str] = []
    for path in sorted(pathlib.Path(corpus).glob("*.md"))[:2000]:
        text = path.read_text(encoding="utf-8").lower()
        body = text.split("\n---", 1)[-1]
        found = [w for w in WORD.findall(body) if w not in STOP]
        for w in found:
            words[w] = words.get(w, 0) + 1
        pairs.extend(f"{a} {b}" for a, b in zip(found[:40], found[1:41]))
    vocabulary = sorted(words)
    rng = random.Random(20261126)
    queries: set[str] = set()
    attempts = 0
    while len(queries) < count and attempts < count * 50:
        attempts += 1
        kind = rng.random()
        if kind < 0.3:
            query = rng.choice(vocabulary) + (" " + rng.choice(vocabulary) if rng.random() < 0.5 else "")
        elif kind < 0.7:
            query = f"{rng.choice(vocabulary)} {rng.choice(vocabulary)}"
        elif kind < 0.85:
            query = f'"{rng.choice(pairs)}"'
        else:
            word = rng.choice([w for w in vocabulary if len(w) >= 5] or vocabulary)
            query = word[: rng.randint(4, len(word))] + "*"
        queries.add(query)
    if len(queries) < count:
        sys.exit(f"only {len(queries)} different queries could be made from {corpus}")
    ordered = sorted(queries)
    rng.shuffle(ordered)
    with open(out, "w", encoding="utf-8") as file:
        for query in ordered:
            file.write("/api/posts?q=" + urllib.parse.quote(query, safe="*") + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
