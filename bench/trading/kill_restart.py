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

Usage (from the repository, after building):
  python3 bench/trading/kill_restart.py --build build [--kills 10] [--seed 1]
        [--symbols BTCUSDT,ETHUSDT] [--min-s 3] [--max-s 12] [--keep]
Exit code 0 only when every check of every restart held. Prints one line per restart and a summary.
"""

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

MONITORING_TOKEN = "kill-restart-monitoring-0123456789"
TRADING_TOKEN = "kill-restart-trading-9876543210abc"
API_KEY = "KILLRESTARTKEY01"
API_SECRET = "kill-restart-secret-0123456789abcdef"
OPEN_STATES = {"PendingNew", "New", "PartiallyFilled", "Untriggered"}


def http(method, url, token=None, body=None, timeout=10):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as e:
        try:
            return e.code, json.loads(e.read() or b"{}")
        except ValueError:
            return e.code, {}
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
        return 0, {"error": str(e)}


def wait_for(predicate, timeout_s, what):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError(what)


class Simulator:
    def __init__(self, build, home, symbols):
        env = dict(os.environ, HOME=home, XDG_STATE_HOME=os.path.join(home, "sim-state"))
        self.process = subprocess.Popen(
            [os.path.join(build, "bin", "virtuoso"), "sim", "--port", "0", "--symbols", ",".join(symbols),
             "--account", API_KEY + ":" + API_SECRET],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        self.urls = {}
        while "account" not in self.urls:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("the simulator ended before it listened")
            m = re.match(r"(\w+): (\S+)", line)
            if m:
                self.urls[m.group(1)] = m.group(2)

    def truth(self):
        status, body = http("GET", self.urls["control"] + "/truth/account?key=" + API_KEY)
        if status != 200:
            raise RuntimeError("no truth from the simulator: %s" % status)
        return body

    def touch(self, symbol):
        status, body = http("GET", self.urls["control"] + "/truth/orderbook?symbol=%s&depth=1" % symbol)
        if status != 200 or not body.get("b") or not body.get("a"):
            return None
        return float(body["b"][0][0]), float(body["a"][0][0])

    def stop(self):
        self.process.kill()
        self.process.wait()


class Daemon:
    def __init__(self, build, home, sim, symbols):
        self.build, self.home, self.sim, self.symbols = build, home, sim, symbols
        self.process = None
        self.base = None
        self.state = os.path.join(home, "state")

    def start(self):
        env = dict(os.environ, HOME=self.home, STATE_DIRECTORY=self.state)
        env.pop("NOTIFY_SOCKET", None)
        sets = {
            "api.listen": "127.0.0.1:0",
            "api.token_file": os.path.join(self.home, "monitoring.token"),
            "trading.token_file": os.path.join(self.home, "trading.token"),
            "trading.venue": "simulator",
            "exchange.rest_url": self.sim.urls["rest"],
            "exchange.ws_public_url": self.sim.urls["ws_public"],
            "exchange.ws_private_url": self.sim.urls["ws_private"],
            "exchange.api_key": API_KEY,
            "exchange.api_secret": API_SECRET,
            "exchange.symbols": ",".join(self.symbols),
            "risk.max_order_notional": "5000",
            "risk.max_position_notional": "20000",
            "risk.max_total_notional": "50000",
            "risk.max_open_orders": "200",
            "risk.daily_loss_limit": "100000",
            "logging.target": "stderr",
            "logging.level": "notice",
        }
        args = [os.path.join(self.build, "bin", "virtuosod")]
        for key, value in sets.items():
            args += ["--set", "%s=%s" % (key, value)]
        self.log = open(os.path.join(self.home, "daemon.log"), "a")
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
        port = None
        started = time.monotonic()
        while port is None:
            line = self.process.stderr.readline()
            if not line:
                raise RuntimeError("the daemon ended before its API listened; see %s" % self.log.name)
            self.log.write(line)
            m = re.search(r"API_LISTENING.*http://127\.0\.0\.1:(\d+)", line)
            if m:
                port = int(m.group(1))
        # The rest of its log goes to the file, read on a thread so the pipe never fills.
        threading.Thread(target=self._drain, daemon=True).start()
        self.base = "http://127.0.0.1:%d/api/v1" % port
        wait_for(lambda: self.get("/account").get("stream", {}).get("up"), 30, "the private stream to come up")
        # The risk gate needs marks: every symbol's book is in before the load starts.
        wait_for(lambda: all(http("GET", self.base + "/orderbook/" + s, MONITORING_TOKEN)[0] == 200
                             for s in self.symbols), 30, "the books")
        return time.monotonic() - started

    def _drain(self):
        for line in self.process.stderr:
            self.log.write(line)
        self.log.flush()

    def get(self, path):
        status, body = http("GET", self.base + path, MONITORING_TOKEN)
        return body if status == 200 else {}

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()


class Load:
    """Orders and cancels through the daemon's API at about four requests a second (the risk gate
    allows five), from a seeded random source."""

    def __init__(self, sim, symbols, rng):
        self.sim, self.symbols, self.rng = sim, symbols, rng
        self.base = None
        self.sent = set()      # orderLinkIds the daemon answered "sent"
        self.requests = 0
        self.refused = 0
        self.unanswered = 0
        self.running = False
        self.lock = threading.Lock()

    def ticket(self):
        symbol = self.rng.choice(self.symbols)
        touch = self.sim.touch(symbol)
        if not touch:
            return None
        bid, ask = touch
        tick, lot = (0.1, 0.001) if symbol.startswith("BTC") else (0.01, 0.01)
        qty = "%.3f" % (lot * self.rng.randint(1, 5)) if lot < 0.01 else "%.2f" % (lot * self.rng.randint(1, 20))
        side = self.rng.choice(["Buy", "Sell"])
        roll = self.rng.random()
        if roll < 0.55:  # resting, 1–40 ticks off the touch
            away = self.rng.randint(1, 40) * tick
            price = bid - away if side == "Buy" else ask + away
            return {"symbol": symbol, "side": side, "qty": qty, "price": "%.2f" % price}
        if roll < 0.8:  # marketable limit, IOC
            price = ask + 5 * tick if side == "Buy" else bid - 5 * tick
            return {"symbol": symbol, "side": side, "qty": qty, "price": "%.2f" % price, "time_in_force": "IOC"}
        return {"symbol": symbol, "side": side, "qty": qty, "type": "Market"}

    def place(self, ticket, timeout=10):
        status, body = http("POST", self.base + "/orders", TRADING_TOKEN, ticket, timeout)
        with self.lock:
            self.requests += 1
            if status == 0:
                self.unanswered += 1
            elif body.get("sent"):
                self.sent.add(body.get("order_link_id"))
            else:
                self.refused += 1

    def cancel_one(self):
        status, body = http("GET", self.base + "/orders?status=open", MONITORING_TOKEN)
        orders = body.get("orders", []) if status == 200 else []
        if orders:
            link = self.rng.choice(orders)["order_link_id"]
            http("DELETE", self.base + "/orders/" + link, TRADING_TOKEN)
            with self.lock:
                self.requests += 1

    def run(self):
        while self.running:
            if self.rng.random() < 0.3:
                self.cancel_one()
            else:
                ticket = self.ticket()
                if ticket:
                    self.place(ticket)
            time.sleep(0.25)


def signed_positions(rows):
    """symbol → signed size; the exchange gives an unsigned size and a side, the daemon a signed size."""
    out = {}
    for p in rows:
        size = float(p.get("size") or 0)
        if size > 0 and p.get("side") in ("Sell", "Short"):
            size = -size
        if size:
            out[p["symbol"]] = size
    return out


def integrity(paths):
    problems = []
    for path in paths:
        if not os.path.exists(path):
            continue
        try:
            db = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=10)
            answer = db.execute("PRAGMA integrity_check").fetchone()[0]
            db.close()
        except sqlite3.Error as e:
            answer = str(e)
        if answer != "ok":
            problems.append("%s: %s" % (os.path.basename(path), answer))
    return problems


def compare(daemon, sim, load):
    """What differs between the daemon's view and the exchange's truth, as a list of texts."""
    truth = sim.truth()
    orders = daemon.get("/orders?status=all&limit=5000").get("orders", [])
    mine_open = {o["order_link_id"] for o in orders if o["status"] in OPEN_STATES and o["status"] != "PendingNew"}
    truth_open = {o["orderLinkId"] for o in truth["openOrders"]}
    problems = []
    if mine_open != truth_open:
        problems.append("open orders: daemon-only %s, exchange-only %s" %
                        (sorted(mine_open - truth_open)[:5], sorted(truth_open - mine_open)[:5]))
    pending = [o["order_link_id"] for o in orders if o["status"] == "PendingNew"]
    if pending:
        problems.append("still waiting for the venue: %s" % pending[:5])
    mine_pos = signed_positions(daemon.get("/positions").get("positions", []))
    truth_pos = signed_positions(truth["positions"])
    if {k: round(v, 8) for k, v in mine_pos.items()} != {k: round(v, 8) for k, v in truth_pos.items()}:
        problems.append("positions: daemon %s, exchange %s" % (mine_pos, truth_pos))
    fills = daemon.get("/executions?limit=5000").get("executions", [])
    ids = [f["exec_id"] for f in fills]
    truth_ids = {e["execId"] for e in truth["executions"]}
    if len(ids) != len(set(ids)):
        problems.append("a fill listed twice")
    if set(ids) != truth_ids:
        problems.append("fills: daemon-only %s, exchange-only %s" %
                        (sorted(set(ids) - truth_ids)[:3], sorted(truth_ids - set(ids))[:3]))
    links = [o["orderLinkId"] for o in truth["openOrders"] + truth["closedOrders"]]
    if len(links) != len(set(links)):
        problems.append("an orderLinkId placed twice at the exchange")
    return problems, len(truth_open), len(truth_pos), len(truth_ids)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--symbols", default="BTCUSDT,ETHUSDT")
    parser.add_argument("--min-s", type=float, default=3)
    parser.add_argument("--max-s", type=float, default=12)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    symbols = options.symbols.split(",")
    home = tempfile.mkdtemp(prefix="kill-restart-")
    for name, token in (("monitoring.token", MONITORING_TOKEN), ("trading.token", TRADING_TOKEN)):
        path = os.path.join(home, name)
        with open(path, "w") as f:
            f.write(token + "\n")
        os.chmod(path, 0o600)
    sim = Simulator(options.build, home, symbols)
    daemon = Daemon(options.build, home, sim, symbols)
    load = Load(sim, symbols, random.Random(options.seed + 1))
    failures = 0
    started = time.monotonic()
    try:
        daemon.start()
        for kill in range(1, options.kills + 1):
            load.base = daemon.base
            load.running = True
            worker = threading.Thread(target=load.run)
            worker.start()
            time.sleep(rng.uniform(options.min_s, options.max_s))
            mid_order = rng.random() < 0.5
            if mid_order:  # an order request on its way: the kill lands before its answer
                ticket = load.ticket()
                if ticket:
                    threading.Thread(target=load.place, args=(ticket, 5), daemon=True).start()
                    time.sleep(rng.uniform(0.0, 0.004))
            daemon.kill()
            load.running = False
            worker.join()
            broken = integrity([os.path.join(daemon.state, n)
                                for n in ("history.db", "outcomes.sqlite", "trading-audit.sqlite")])
            restart_s = daemon.start()
            t0 = time.monotonic()
            problems = []
            try:
                wait_for(lambda: not compare(daemon, sim, load)[0], 30, "reconciliation")
            except TimeoutError:
                pass
            problems, open_orders, positions, fills = compare(daemon, sim, load)
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
    print("%d kills in %.0f s: %d requests (%d refused by the gate, %d unanswered because of a kill), "
          "%d orders sent; %s" % (options.kills, time.monotonic() - started, load.requests, load.refused,
                                 load.unanswered, len(load.sent),
                                 "every restart reconciled" if failures == 0 else "%d restarts FAILED" % failures))
    if options.keep or failures:
        print("scratch folder kept: " + home)
    else:
        subprocess.run(["rm", "-rf", home])
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
