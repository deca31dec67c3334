#!/usr/bin/env python3
"""Chaos soak with trading: the daemon watches many symbols and trades on the simulator while a fault
of every kind the simulator injects lands on it in turn, for a long run; at the end its books, orders,
positions and fills must equal the exchange's truth, its memory must not have grown, its databases
must be intact and it must still be running and stop cleanly.

The exchange is `virtuoso sim` (a matching exchange speaking Bybit's v5 protocol, with a live market)
with one trading account; the daemon is the shipped `virtuosod` watching every symbol and trading on
the simulator through signed REST and the private stream (trading.venue=simulator). During the whole
run:

  * a scripted client (harness.Load) places resting limit, IOC and market orders on every symbol and
    cancels through the daemon's API at about four requests a second, and amends resting orders of
    the account through the exchange's signed REST (the daemon's API has no amend; the daemon learns
    of the amend from its private stream, as of one made in another terminal);
  * every --fault-every seconds the next fault kind fires through the simulator's control API,
    cycling through all of them: drop, stall, no_pong, slow_time, rate_limit, ban, http_5xx,
    malformed, u_gap, restart, slow_send, ack_lost, private_drop, exec_delay, clock_skew (set, then
    reset with skew_ms=0 half an interval later), each with a short window so the run keeps moving;
  * every 5 s: the daemon's RSS (/proc), whether it is alive, its connection states and its private
    stream (API).

At the end the load stops, the last fault's window runs out (`GET /sim/v1/faults` shows none active),
and the daemon settles: every connection live, the private stream up, and its orders, positions and
fills equal to the exchange's truth (awaited, up to --settle-s). Then the feed is paused and every
symbol's book must equal the exchange's truth book (`u`, bids, asks). The daemon is stopped with
SIGTERM (exit code 0 expected) and `PRAGMA integrity_check` runs on its databases.

PASS needs: the daemon alive throughout and exiting 0; open orders (with price and qty), positions
and fills equal to the truth, each fill once, nothing PendingNew, no orderLinkId placed twice; every
book equal to the truth; databases ok; every fault kind fired; RSS growth (median of the last 5
minutes over the median of the 5 minutes after warm-up, i.e. minutes 5–10; for runs shorter than 15
minutes, the middle and last thirds) below --rss-growth-pct (20 %).

Usage (from the repository, after building virtuosod and virtuoso):
  python3 bench/trading/chaos_soak.py --build build [--minutes 30] [--symbols 100 | A,B,...]
        [--fault-every 10] [--seed 1] [--json FILE] [--keep]
Exit code 0 on PASS.
"""

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ beside the tools
from harness import (API_KEY, Daemon, Load, Simulator, compare, database_paths, http, integrity, scratch_home,
                     wait_for, MONITORING_TOKEN)

KINDS = ["drop", "stall", "no_pong", "slow_time", "rate_limit", "ban", "http_5xx", "malformed", "u_gap",
         "restart", "slow_send", "ack_lost", "private_drop", "exec_delay", "clock_skew"]


def fault_body(kind, round_no):
    """The fault of one kind for its `round_no`-th turn: short windows, variants taking turns."""
    if kind == "drop":
        return {"kind": kind, "conn": "all"}
    if kind == "stall":
        return {"kind": kind, "conn": "all", "seconds": 3}
    if kind == "no_pong":
        return {"kind": kind, "conn": "all", "seconds": 5}
    if kind == "slow_time":
        return {"kind": kind, "delay_ms": 2000, "seconds": 5}
    if kind == "rate_limit":
        return {"kind": kind, "headers": round_no % 2 == 0, "seconds": 3}
    if kind == "ban":
        return {"kind": kind, "seconds": 3}
    if kind == "http_5xx":
        return {"kind": kind, "status": [503, 500, 502][round_no % 3], "seconds": 3}
    if kind == "malformed":
        return {"kind": kind, "conn": "all", "variant": ["truncated", "not_json", "binary"][round_no % 3], "count": 2}
    if kind == "u_gap":
        return {"kind": kind, "conn": "all", "count": 1}
    if kind == "restart":
        return {"kind": kind, "conn": "all"}
    if kind == "slow_send":
        return {"kind": kind, "conn": "all", "bytes_per_second": 65536, "seconds": 3}
    if kind == "ack_lost":
        return {"kind": kind, "account": API_KEY, "count": 1}
    if kind == "private_drop":
        return {"kind": kind, "account": API_KEY, "on": ["now", "fill"][round_no % 2]}
    if kind == "exec_delay":
        return {"kind": kind, "account": API_KEY, "delay_ms": 1500, "seconds": 5}
    if kind == "clock_skew":
        return {"kind": kind, "skew_ms": [3000, -3000][round_no % 2]}
    raise ValueError(kind)


class Faults:
    """Fires the next kind every `every_s` seconds until stopped."""

    def __init__(self, sim, every_s, first_turn=0, at_once=False):
        self.sim, self.every_s = sim, every_s
        self.first_turn, self.at_once = first_turn, at_once
        self.next_turn = first_turn  # the turn after the last fired: where another Faults goes on
        self.fired = {k: 0 for k in KINDS}
        self.failed = {}
        self.resets = 0
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def fire(self, body):
        status, answer = self.sim.control("POST", "/faults", body)
        if status != 200:
            self.failed[body["kind"]] = "%s %s" % (status, answer)
        return status == 200

    def run(self):
        turn = self.first_turn
        while not self.stop_event.wait(0 if self.at_once and turn == self.first_turn else self.every_s):
            kind = KINDS[turn % len(KINDS)]
            if self.fire(fault_body(kind, turn // len(KINDS))):
                self.fired[kind] += 1
            if kind == "clock_skew" and not self.stop_event.wait(self.every_s / 2):
                self.resets += self.fire({"kind": "clock_skew", "skew_ms": 0})
            turn += 1
            self.next_turn = turn

    def stop(self):
        self.stop_event.set()
        self.thread.join()
        self.fire({"kind": "clock_skew", "skew_ms": 0})  # whatever the last turn was, the clock is true again


class Sampler:
    """Every `every_s`: RSS, alive, connection states, private stream."""

    def __init__(self, daemon, every_s=5.0):
        self.daemon, self.every_s = daemon, every_s
        self.samples = []
        self.died_at = None
        self.reconnects = {}   # conn_id → the highest reconnect count seen
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.t0 = time.monotonic()

    def sample(self):
        t = time.monotonic() - self.t0
        if not self.daemon.alive():
            if self.died_at is None:
                self.died_at = t
            return
        connections = self.daemon.get("/connections").get("connections", {})
        states = {}
        for conn_id, c in connections.items():
            states[c.get("state", "?")] = states.get(c.get("state", "?"), 0) + 1
            self.reconnects[conn_id] = max(self.reconnects.get(conn_id, 0), int(c.get("reconnects", 0)))
        stream = self.daemon.get("/account").get("stream", {})
        self.samples.append({"t": round(t, 1), "rss_kib": self.daemon.rss_kib(), "states": states,
                             "private_up": bool(stream.get("up"))})

    def run(self):
        self.sample()
        while not self.stop_event.wait(self.every_s):
            self.sample()

    def stop(self):
        self.stop_event.set()
        self.thread.join()


def builtin_symbols(build):
    """The simulator's built-in instruments, asked from a simulator started for that alone."""
    home = tempfile.mkdtemp(prefix="chaos-soak-probe-")
    sim = Simulator(build, home, [])
    try:
        return sorted(sim.instruments)
    finally:
        sim.stop()
        subprocess.run(["rm", "-rf", home])


def pick_symbols(build, spec):
    if not spec.isdigit():
        return spec.split(",")
    count = int(spec)
    symbols = builtin_symbols(build)[:count]
    # Past the built-ins the simulator lists any other name as a mid-cap perpetual of its own.
    for i in range(count):
        if len(symbols) >= count:
            break
        symbols.append("SOAK%03dUSDT" % i)
    return symbols


def book_depth(daemon):
    """The depth N of the daemon's orderbook.N topics."""
    for c in daemon.get("/connections").get("connections", {}).values():
        for topic in c.get("topics", {}):
            m = re.match(r"orderbook\.(\d+)\.", topic)
            if m:
                return int(m.group(1))
    return 50


def compare_books(daemon, sim, symbols, depth, timeout_s):
    """With the feed paused: every symbol's book (u, bids, asks) equals the exchange's truth book."""
    sim.control("POST", "/feed", {"paused": True})
    try:
        def differing():
            out = []
            for s in symbols:
                time.sleep(0.025)  # the API answers a client at most 50 requests a second
                truth = sim.book(s, depth)
                status, mine = http("GET", "%s/orderbook/%s?depth=%d" % (daemon.base, s, depth), MONITORING_TOKEN)
                if not truth or status != 200:
                    out.append("%s: no book (%s)" % (s, status))
                elif not mine.get("valid") or mine.get("u") != truth.get("u") or mine.get("b") != truth.get("b") \
                        or mine.get("a") != truth.get("a"):
                    out.append("%s: daemon u=%s valid=%s, exchange u=%s" % (s, mine.get("u"), mine.get("valid"),
                                                                          truth.get("u")))
            return out
        try:
            wait_for(lambda: not differing(), timeout_s, "the books", 0.5)
            return []
        except TimeoutError:
            return differing()
    finally:
        sim.control("POST", "/feed", {"paused": False})


def rss_summary(samples, minutes):
    series = [(s["t"], s["rss_kib"]) for s in samples if s.get("rss_kib")]
    if not series:
        return {"error": "no samples"}
    end = series[-1][0]
    if minutes >= 15:
        early = [r for t, r in series if 300 <= t < 600]
        late = [r for t, r in series if t >= end - 300]
        windows = "minutes 5-10 vs the last 5 minutes"
    else:
        early = [r for t, r in series if end / 3 <= t < 2 * end / 3]
        late = [r for t, r in series if t >= 2 * end / 3]
        windows = "middle third vs last third"
    first = [r for t, r in series if t < 300]
    out = {"samples": len(series), "min_kib": min(r for _, r in series), "max_kib": max(r for _, r in series),
           "first_5min_median_kib": statistics.median(first) if first else None,
           "last_5min_median_kib": statistics.median([r for t, r in series if t >= end - 300]),
           "windows": windows}
    if early and late:
        out["early_median_kib"] = statistics.median(early)
        out["late_median_kib"] = statistics.median(late)
        out["growth_pct"] = round(100.0 * (out["late_median_kib"] / out["early_median_kib"] - 1), 1)
    return out


def private_stream_drops(log_path):
    """Times the private stream went to backoff (its warning lines)."""
    try:
        with open(log_path) as f:
            return sum(1 for line in f if "PRIVATE_STREAM_STATE" in line and "-> backoff" in line)
    except OSError:
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build")
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--symbols", default="100", help="a count (built-ins first) or a comma-separated list")
    parser.add_argument("--fault-every", type=float, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--settle-s", type=float, default=120)
    parser.add_argument("--rss-growth-pct", type=float, default=20)
    parser.add_argument("--json", help="write the report there as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="another setting of the daemon (e.g. trading.retention_s=600)")
    options = parser.parse_args()
    started_utc = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    symbols = pick_symbols(options.build, options.symbols)
    home = scratch_home("chaos-soak-")
    print("chaos soak: %d symbols, %.1f min, a fault every %.0f s, seed %d; scratch %s" %
          (len(symbols), options.minutes, options.fault_every, options.seed, home), flush=True)
    sim = Simulator(options.build, home, symbols)
    daemon = Daemon(options.build, home, sim, symbols, settings={
        "risk.max_total_notional": "500000",
        # The injected bans last seconds; after an HTTP 403 the daemon pauses REST for this long (the
        # shortest allowed; the default, 600 s, is a real exchange's ban and would stop trading for good).
        "rest.ban_pause_s": "10", **dict(kv.split("=", 1) for kv in options.set)},
                    start_timeout_s=120)
    load = Load(sim, symbols, random.Random(options.seed + 1), amend_share=0.1, max_open=40)
    reasons, report = [], {"started": started_utc, "symbols": len(symbols), "minutes": options.minutes,
                           "fault_every_s": options.fault_every, "seed": options.seed,
                           "loadavg_start": os.getloadavg()}
    sampler = faults = None
    exit_code = None
    try:
        report["daemon_start_s"] = round(daemon.start(), 1)
        print("daemon up in %.1f s (log %s)" % (report["daemon_start_s"], daemon.log.name), flush=True)
        sampler = Sampler(daemon)
        faults = Faults(sim, options.fault_every)
        load.start(daemon.base, background=True)
        sampler.thread.start()
        faults.thread.start()
        end = time.monotonic() + options.minutes * 60
        next_line = time.monotonic() + 60
        while time.monotonic() < end and daemon.alive():
            time.sleep(min(1.0, max(0.0, end - time.monotonic())))
            if time.monotonic() >= next_line:
                next_line += 60
                last = sampler.samples[-1] if sampler.samples else {}
                print("%5.0f s: rss %s KiB, connections %s, private %s, faults %d, requests %d, sent %d" %
                      (time.monotonic() - sampler.t0, last.get("rss_kib"), last.get("states"),
                       "up" if last.get("private_up") else "down", sum(faults.fired.values()),
                       load.requests, len(load.sent)), flush=True)
        faults.stop()
        load.stop()
        if not daemon.alive():
            reasons.append("the daemon died (exit code %s)" % daemon.process.returncode)
        # The last fault's window runs out, then the daemon settles on awaited states.
        t0 = time.monotonic()
        try:
            wait_for(lambda: sim.control("GET", "/faults")[1].get("active") == [], 60, "faults to expire", 0.5)
        except TimeoutError:
            reasons.append("faults still active 60 s after the last: %s" % sim.control("GET", "/faults")[1].get("active"))
        report["faults_expired_s"] = round(time.monotonic() - t0, 1)

        def settled():
            connections = daemon.get("/connections").get("connections", {})
            return connections and all(c.get("state") == "live" for c in connections.values()) \
                and daemon.get("/account").get("stream", {}).get("up") and not compare(daemon, sim, True)[0]
        t0 = time.monotonic()
        try:
            wait_for(settled, options.settle_s, "settled", 0.5)
        except TimeoutError:
            states = {cid: c.get("state") for cid, c in daemon.get("/connections").get("connections", {}).items()}
            if any(s != "live" for s in states.values()):
                reasons.append("connections not live after %.0f s: %s" % (options.settle_s, states))
        report["settle_s"] = round(time.monotonic() - t0, 1)
        problems, open_orders, positions, fills = compare(daemon, sim, True)
        reasons += problems
        if problems:  # the exchange's side, kept for the diagnosis
            with open(os.path.join(home, "truth.json"), "w") as f:
                json.dump(sim.truth(), f)
        report["final"] = {"open_orders": open_orders, "positions": positions, "fills": fills,
                           "trading_problems": problems}
        # The fate of the orders the daemon still lists (every open one, the newest 500 finished).
        fates, why = {}, {}
        for o in daemon.get("/orders?status=all&limit=5000").get("orders", []):
            fates[o["status"]] = fates.get(o["status"], 0) + 1
            if o["status"] == "Rejected":
                reason = re.sub(r"\d+(\.\d+)?", "N", o.get("reason", ""))[:80]
                why[reason] = why.get(reason, 0) + 1
        report["final"]["order_states"] = fates
        report["final"]["rejected_reasons"] = why
        depth = book_depth(daemon)
        books = compare_books(daemon, sim, symbols, depth, 30)
        report["final"]["books_compared"] = len(symbols)
        report["final"]["book_depth"] = depth
        report["final"]["books_differing"] = books[:10]
        if books:
            reasons.append("%d books differ from the truth: %s" % (len(books), books[:3]))
        sampler.stop()
        if sampler.died_at is not None:
            reasons.append("the daemon was found dead at %.0f s" % sampler.died_at)
        exit_code = daemon.stop()
        if exit_code != 0:
            reasons.append("exit code on SIGTERM: %s" % exit_code)
        broken = integrity(database_paths(daemon))
        reasons += ["database: " + p for p in broken]
        counters = sim.control("GET", "/faults")[1]
        report["faults_fired"] = faults.fired
        report["clock_skew_resets"] = faults.resets
        report["faults_refused"] = faults.failed
        report["sim_fault_counters"] = counters.get("counters")
        report["sim_fault_effects"] = counters.get("effects")
        missing = [k for k, n in faults.fired.items() if n == 0]
        if missing:
            reasons.append("fault kinds never fired: %s" % missing)
        if faults.failed:
            reasons.append("faults refused by the simulator: %s" % faults.failed)
        report["load"] = dict(load.counts, orders_sent=len(load.sent))
        report["reconnects"] = {"public_connections": sum(sampler.reconnects.values()),
                                "private_stream_drops": private_stream_drops(daemon.log.name)}
        report["samples"] = len(sampler.samples)
        report["not_live_samples"] = sum(1 for s in sampler.samples
                                         if any(k != "live" for k in s["states"]))
        report["private_down_samples"] = sum(1 for s in sampler.samples if not s["private_up"])
        rss = rss_summary(sampler.samples, options.minutes)
        report["rss"] = rss
        if rss.get("growth_pct") is None:
            reasons.append("too few RSS samples")
        elif rss["growth_pct"] >= options.rss_growth_pct:
            reasons.append("RSS grew %.1f %% (%s)" % (rss["growth_pct"], rss["windows"]))
        report["exit_code"] = exit_code
        report["databases"] = broken or "ok"
    except Exception as e:  # the report still comes out, as a failure
        reasons.append("the run broke off: %s: %s" % (type(e).__name__, e))
    finally:
        load.running = False
        if faults:
            faults.stop_event.set()
        if sampler:
            sampler.stop_event.set()
        daemon.stop()
        sim.stop()
    report["loadavg_end"] = os.getloadavg()
    report["result"] = "PASS" if not reasons else "FAIL"
    report["reasons"] = reasons
    print_report(report)
    if options.json:
        with open(options.json, "w") as f:
            json.dump(report, f, indent=2)
    if options.keep or reasons:
        print("scratch folder kept: " + home)
    else:
        subprocess.run(["rm", "-rf", home])
    return 0 if not reasons else 1


def print_report(r):
    print("=== chaos soak: %s symbols, %s min, a fault every %s s, seed %s, started %s ===" %
          (r["symbols"], r["minutes"], r["fault_every_s"], r["seed"], r["started"]))
    print("load average at start %s, at end %s" % (["%.2f" % x for x in r["loadavg_start"]],
                                                   ["%.2f" % x for x in r["loadavg_end"]]))
    if "faults_fired" in r:
        print("faults fired: %s (+%d clock_skew resets); simulator effects: %s" %
              (", ".join("%s %d" % kv for kv in r["faults_fired"].items()), r["clock_skew_resets"],
               r.get("sim_fault_effects")))
    if "load" in r:
        ld = r["load"]
        print("load: %d requests, %d orders sent (%d limit, %d IOC, %d market), %d cancels, %d amends "
              "(%d refused by the exchange), %d refused by the risk gate, %d invalid, %d unanswered" %
              (ld["requests"], ld["orders_sent"], ld["limit"], ld["ioc"], ld["market"], ld["cancels"],
               ld["amends"], ld["amends_refused"], ld["refused"], ld["invalid"], ld["unanswered"]))
        print("reconnects: public %s, private stream drops %s; samples %d (%d with a connection not live, %d "
              "with the private stream down)" % (r["reconnects"]["public_connections"],
                                                 r["reconnects"]["private_stream_drops"], r["samples"],
                                                 r["not_live_samples"], r["private_down_samples"]))
    if "final" in r:
        f = r["final"]
        print("end: faults expired in %.1f s, settled in %.1f s; exchange: %d open orders, %d positions, %d fills; "
              "%d books at depth %d compared, %d differ; databases %s; exit code on SIGTERM %s" %
              (r["faults_expired_s"], r["settle_s"], f["open_orders"], f["positions"], f["fills"],
               f["books_compared"], f["book_depth"], len(f["books_differing"]), r.get("databases"),
               r.get("exit_code")))
        print("orders the daemon lists at the end: %s; rejected because: %s" % (f["order_states"], f["rejected_reasons"]))
    if "rss" in r:
        x = r["rss"]
        print("RSS: %s samples, min %s KiB, max %s KiB, first-5-min median %s KiB, last-5-min median %s KiB; "
              "%s: %s -> %s KiB, growth %s %%" %
              (x.get("samples"), x.get("min_kib"), x.get("max_kib"), x.get("first_5min_median_kib"),
               x.get("last_5min_median_kib"), x.get("windows"), x.get("early_median_kib"),
               x.get("late_median_kib"), x.get("growth_pct")))
    print("%s%s" % (r["result"], "" if not r["reasons"] else ": " + "; ".join(r["reasons"])), flush=True)


if __name__ == "__main__":
    sys.exit(main())
