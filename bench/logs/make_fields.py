#!/usr/bin/env python3
"""Writes a log of key=value fields whose values are words, deterministic for a given line count.

usage: make_fields.py LINES OUT

What an inventory, scheduler or fleet service logging logfmt looks like to the template miner:
one statement, `msg="node status" node=… role=… state=… zone=… pool=…`, whose values are plain
words (no digit, so no mask rewrites them) drawn from vocabularies of 40, 12, 8, 30 and 16 words,
and now and then a second statement of the same shape (`msg="node drained"`). Every line is a
combination of values, so the miner's tree leads them all to one leaf, where Drain's method makes
a template for each combination that no earlier template is similar enough to: thousands of
templates in one leaf, the case in which comparing a line with each template of its leaf is what
the analyzer's time would be.
"""
import random
import sys

lines, out = int(sys.argv[1]), sys.argv[2]
R = random.Random(11)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def vocabulary(n):
    words = set()
    while len(words) < n:
        words.add("".join(R.choice(LETTERS) for _ in range(R.randint(4, 9))))
    return sorted(words)


FIELDS = [("node", vocabulary(40)), ("role", vocabulary(12)), ("state", vocabulary(8)),
          ("zone", vocabulary(30)), ("pool", vocabulary(16))]

with open(out, "w", encoding="utf-8") as f:
    for _ in range(lines):
        message = "node drained" if R.random() < 0.1 else "node status"
        fields = " ".join("%s=%s" % (key, R.choice(values)) for key, values in FIELDS)
        f.write('level=info msg="%s" %s\n' % (message, fields))
