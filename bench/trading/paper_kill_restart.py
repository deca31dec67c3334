#!/usr/bin/env python3
"""SIGKILL the daemon while it trades on the paper broker, restart it, and check every time that no
order it answered was lost and that its account holds together.

The daemon watches `virtuoso sim`'s public market and trades on its own paper broker (the account
in `paper-account.json` and its `.changes` beside the audit log, docs/trading.md "The paper
account"). A scripted client places resting, marketable and market orders and cancels through the
daemon's API at about four requests a second; at a random moment the daemon is killed with SIGKILL —
half of the kills a few milliseconds after an order request went out — and started again. Then:

  * every order the daemon answered "sent" before the kill is in the paper account (open or
    finished): an answered order is on the disk;
  * none of the daemon's orders is still waiting for the venue (PendingNew) once its lookups are
    done, and none it answered or the account holds is called "never reached the venue" (one whose
    intent was journalled just before the kill, unanswered and not in the account, truly was not);
  * the daemon's open orders are the account's open orders, and its positions the account's;
  * each position is the net of the account's fills of its symbol (the file keeps the newest
    1,000; the runs here stay below that), and no execId is listed twice.

Usage (from the repository, after building):
  python3 bench/trading/paper_kill_restart.py --build build [--kills 10] [--seed 1] [--keep]
Exit code 0 only when every check of every restart held. Prints one line per restart and a summary.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import time
from decimal import Decimal

sys.dont_write_bytecode = True  # no __pycache__ beside the tools
from harness import Daemon, Load, Simulator, kill_maybe_mid_order, scratch_home, signed_positions, wait_for


def account(daemon):
    """The paper account as the files hold it: the document, with its change lines applied."""
    folder = daemon.state
    document = os.path.join(folder, "paper-account.json")
    if not os.path.exists(document):  # a daemon that keeps no account: nothing is in it
        return {}, {}, {}
    with open(document) as f:
        image = json.load(f)
    orders = {o["orderId"]: o for o in image["openOrders"] + image["finishedOrders"]}
    executions = {x["execId"]: x for x in image["executions"]}
    positions = {p["symbol"]: p for p in image["positions"]}
    changes = os.path.join(folder, "paper-account.json.changes")
    if os.path.exists(changes):
        with open(changes) as f:
            for line in f:
                if not line.endswith("\n"):
                    break  # cut off by the kill: never answered
                change = json.loads(line)
                for o in change["openOrders"] + change["finishedOrders"]:
                    orders[o["orderId"]] = o
                for x in change["executions"]:
                    executions[x["execId"]] = x
                for p in change["positions"]:
                    positions[p["symbol"]] = p
    return orders, executions, positions


def check(daemon, sent, steps):
    problems = []
    orders, executions, positions = account(daemon)
    by_link = {o["orderLinkId"]: o for o in orders.values()}
    missing = sorted(link for link in sent if link not in by_link)
    if missing:
        problems.append("answered but not in the account: %s" % missing[:5])
    mine = daemon.get("/orders?status=all&limit=5000").get("orders", [])
    pending = [o["order_link_id"] for o in mine if o["status"] == "PendingNew"]
    if pending:
        problems.append("still waiting for the venue: %s" % pending[:5])
    # An intent journalled and killed before the broker had it did not reach the venue; one the daemon
    # answered, or that the account holds, did.
    never = [o["order_link_id"] for o in mine if o["status"] == "Rejected" and "never reached" in o.get("reason", "")]
    wrong = [link for link in never if link in sent or link in by_link]
    if wrong:
        problems.append("called never sent: %s" % wrong[:5])
    mine_open = {o["order_link_id"] for o in mine if o["status"] in ("New", "PartiallyFilled")}
    file_open = {o["orderLinkId"] for o in orders.values() if o["status"] in ("New", "PartiallyFilled")}
    if mine_open != file_open:
        problems.append("open orders: daemon-only %s, account-only %s" %
                        (sorted(mine_open - file_open)[:5], sorted(file_open - mine_open)[:5]))
    file_pos = {s: int(p["size"]) for s, p in positions.items() if int(p["size"])}
    net = {}
    for x in executions.values():
        net[x["symbol"]] = net.get(x["symbol"], 0) + (int(x["qty"]) if x["side"] == "Buy" else -int(x["qty"]))
    net = {s: v for s, v in net.items() if v}
    if file_pos != net:
        problems.append("positions in lots %s, net of the fills %s" % (file_pos, net))
    mine_pos = signed_positions(daemon.get("/positions").get("positions", []))
    lot = {s: Decimal(str(steps[s])) for s in steps}
    file_size = {s: float(Decimal(v) * lot[s]) for s, v in file_pos.items()}
    if {k: round(v, 8) for k, v in mine_pos.items()} != {k: round(v, 8) for k, v in file_size.items()}:
        problems.append("positions: daemon %s, account %s" % (mine_pos, file_size))
    listed = [f["exec_id"] for f in daemon.get("/executions?limit=5000").get("executions", [])]
    if len(listed) != len(set(listed)):
        problems.append("an execId listed twice")
    return problems, len(file_open), len(file_pos), len(executions)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-s", type=float, default=3)
    parser.add_argument("--max-s", type=float, default=10)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    symbols = ["BTCUSDT", "ETHUSDT"]
    home = scratch_home("paper-kill-restart-")
    sim = Simulator(options.build, home, symbols)
    daemon = Daemon(options.build, home, sim, symbols, settings={"trading.venue": "paper"}, start_timeout_s=60)
    load = Load(sim, symbols, random.Random(options.seed + 1))
    steps = {s: sim.instruments[s][1] for s in symbols}
    failures = 0
    started = time.monotonic()
    try:
        daemon.start()
        for kill in range(1, options.kills + 1):
            load.start(daemon.base)
            time.sleep(rng.uniform(options.min_s, options.max_s))
            mid_order = kill_maybe_mid_order(daemon, load, rng)
            load.stop()
            with load.lock:
                sent = set(load.sent)
            restart_s = daemon.start()
            t0 = time.monotonic()
            try:  # the lookups of the orders unfinished at the kill end within a few seconds
                wait_for(lambda: not check(daemon, sent, steps)[0], 20, "the checks")
            except TimeoutError:
                pass
            problems, open_orders, positions, fills = check(daemon, sent, steps)
            failures += 1 if problems else 0
            print("kill %2d (%s): restarted in %.1f s, checked in %.1f s; account: %d open orders, %d positions, "
                  "%d fills, %d orders answered so far; %s" %
                  (kill, "mid-order" if mid_order else "between orders", restart_s, time.monotonic() - t0,
                   open_orders, positions, fills, len(sent), "OK" if not problems else "; ".join(problems)),
                  flush=True)
    finally:
        load.running = False
        daemon.stop()
        sim.stop()
    print("%d kills in %.0f s: %d requests (%d refused by the gate, %d unanswered because of a kill), %d orders "
          "answered; %s" % (options.kills, time.monotonic() - started, load.requests, load.refused, load.unanswered,
                            len(load.sent), "every restart held" if failures == 0 else "%d restarts FAILED" % failures))
    if options.keep or failures:
        print("scratch folder kept: " + home)
    else:
        subprocess.run(["rm", "-rf", home])
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
