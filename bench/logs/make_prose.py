#!/usr/bin/env python3
"""Writes free text as a log: lines of prose with few repeats, deterministic for a given size.

usage: make_prose.py SIZE_MB OUT

What a log of free-form messages looks like to the template miner (a program that logs whole
sentences, a console transcript, documentation pasted into a log): lines of 3-16 words drawn from
a vocabulary of 6,000 words with Zipf's frequencies, some with a number or a path, so that most
lines share their first words with others but few share their shape. One template per few lines:
the case in which comparing every template with every other is what the analyzer's time would be.
"""
import itertools
import random
import sys

size_mb, out = int(sys.argv[1]), sys.argv[2]
target = size_mb * 1024 * 1024
R = random.Random(7)
SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "de", "va", "zu", "che", "bro", "str", "ing", "ion",
             "er", "al", "ent", "ous"]
VOCAB = sorted({"".join(R.choice(SYLLABLES) for _ in range(R.randint(1, 4))) for _ in range(9000)})[:6000]
R.shuffle(VOCAB)
CUMULATIVE = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(VOCAB))))


def word():
    r = R.random()
    if r < 0.04:
        return str(R.randint(0, 99999))
    if r < 0.05:
        return "/usr/share/%s/%s" % (R.choice(VOCAB), R.choice(VOCAB))
    return R.choices(VOCAB, cum_weights=CUMULATIVE)[0]


written = 0
lines = 0
with open(out, "w", encoding="utf-8") as f:
    while written < target:
        line = " ".join(word() for _ in range(R.randint(3, 16))) + "\n"
        f.write(line)
        written += len(line)
        lines += 1
print(f"{out}: {written / 1048576:.0f} MB, {lines} lines")
