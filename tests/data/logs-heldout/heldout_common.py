"""What the make_heldout*.py scripts share: one seeded random generator, the value drawers their
log statements use, and the CSV writer. Each script seeds the generator once (seed(N)) before it
draws anything, so its files come out the same on every run."""
import csv
import random

R = random.Random(0)


def seed(n):
    R.seed(n)


def pick(seq):
    return seq[R.randrange(len(seq))]


def ip(first_octets):
    return f"{pick(first_octets)}.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)}"


def hexs(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def uuid():
    return f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}"


def write_sets(out, sets, sizes):
    """One CSV per set, in the columns of the Loghub structured files; each line's event drawn by
    its weight, its content made by the event's statement."""
    for name, events in sets.items():
        weights = [e[1] for e in events]
        with open(f"{out}/{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
            for i in range(sizes[name]):
                eid, _, template, make = R.choices(events, weights)[0]
                w.writerow([i + 1, make(), eid, template])
