#!/usr/bin/env python3
"""SIGKILL the trading daemon at random moments while it trades, restart it, and check every time
that its order state reconciles to the exchange's truth and its databases are intact.

The exchange is `virtuoso sim` (a matching exchange speaking Bybit's v5 protocol, with a live market);
the daemon is the shipped `virtuosod` trading on it through signed REST and the private stream. A
scripted client places resting and marketable orders and cancels through the daemon's API (the
trading token) at about four requests a second. At a random moment the daemon is killed with SIGKILL
— half of the kills land a few milliseconds after an order request went out, before its answer — and
then:

  * right after the kill, SQLite's `PRAGMA integrity_check` on every database the daemon writes
    (history, outcomes, trading audit log) must answer `ok`;
  * the daemon is started again; once its private stream is up, within 30 s:
      - its open orders (orderLinkIds) equal the exchange's open orders of the account,
      - its positions (symbol, signed size) equal the exchange's,
      - none of its orders is still waiting for the venue (PendingNew) — nothing lost in between,
      - its fills are the exchange's fills of the account, each listed once (those of orders placed
        before the restart too: they are read back from the venue);
  * at the exchange, no orderLinkId was ever placed twice (no order doubled).

With --fault-every S the chaos soak's faults (every public and private kind in turn, one every S
seconds) fire while the daemon trades; each cycle's faults stop at the kill (the clock skew is reset),
and the short ones still running expire while the daemon restarts. --symbols N watches N instruments
(the simulator's built-ins first, then mid-cap names of its own), as the chaos soak does.

Usage (from the repository, after building):
  python3 bench/trading/kill_restart.py --build build [--kills 10] [--seed 1]
        [--symbols BTCUSDT,ETHUSDT | N] [--fault-every S] [--min-s 3] [--max-s 12] [--keep]
Exit code 0 only when every check of every restart held. Prints one line per restart and a summary.
"""

import argparse
import os
import random
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ beside the tools
from harness import (Daemon, Load, Simulator, compare, database_paths, integrity, kill_maybe_mid_order, scratch_home,
                     wait_for)
from chaos_soak import Faults, pick_symbols


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--symbols", default="BTCUSDT,ETHUSDT", help="a comma-separated list or a count")
    parser.add_argument("--fault-every", type=float, default=0, help="fire the chaos soak's faults (0: none)")
    parser.add_argument("--min-s", type=float, default=3)
    parser.add_argument("--max-s", type=float, default=12)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    symbols = pick_symbols(options.build, options.symbols)
    home = scratch_home("kill-restart-")
    sim = Simulator(options.build, home, symbols)
    settings = {}
    if options.fault_every > 0:
        # As in the chaos soak: bans last seconds, so REST pauses the shortest allowed after a 403.
        settings = {"risk.max_total_notional": "500000", "rest.ban_pause_s": "10"}
    daemon = Daemon(options.build, home, sim, symbols, settings=settings, start_timeout_s=120)
    settle_s = 90 if options.fault_every > 0 else 30
    fired = fired_turns = 0
    load = Load(sim, symbols, random.Random(options.seed + 1))
    failures = 0
    started = time.monotonic()
    try:
        daemon.start()
        for kill in range(1, options.kills + 1):
            load.start(daemon.base)
            # One fault at once, then one every S; the kinds go on in turn from cycle to cycle.
            faults = Faults(sim, options.fault_every, first_turn=fired_turns, at_once=True) \
                if options.fault_every > 0 else None
            if faults:
                faults.thread.start()
            time.sleep(rng.uniform(options.min_s, options.max_s))
            mid_order = kill_maybe_mid_order(daemon, load, rng)
            if faults:
                faults.stop()
                fired += sum(faults.fired.values())
                fired_turns = faults.next_turn
            load.stop()
            broken = integrity(database_paths(daemon))
            restart_s = daemon.start()
            t0 = time.monotonic()
            problems = []
            try:
                wait_for(lambda: not compare(daemon, sim)[0], settle_s, "reconciliation")
            except TimeoutError:
                pass
            problems, open_orders, positions, fills = compare(daemon, sim)
            problems += ["database: " + p for p in broken]
            failures += 1 if problems else 0
            print("kill %2d (%s): restarted in %.1f s, reconciled in %.1f s; exchange: %d open orders, "
                  "%d positions, %d fills; %s" %
                  (kill, "mid-order" if mid_order else "between orders", restart_s, time.monotonic() - t0,
                   open_orders, positions, fills, "OK" if not problems else "; ".join(problems)), flush=True)
    finally:
        load.running = False
        daemon.stop()
        sim.stop()
    print("%d kills in %.0f s, %d symbols, %d faults fired: %d requests (%d refused by the gate, %d unanswered "
          "because of a kill), %d orders sent; %s" % (options.kills, time.monotonic() - started, len(symbols), fired,
                                                    load.requests, load.refused, load.unanswered, len(load.sent),
                                 "every restart reconciled" if failures == 0 else "%d restarts FAILED" % failures))
    if options.keep or failures:
        print("scratch folder kept: " + home)
    else:
        subprocess.run(["rm", "-rf", home])
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
