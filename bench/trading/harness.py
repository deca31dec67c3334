"""Shared machinery of the trading load tools (kill_restart.py, chaos_soak.py): the simulator
(`virtuoso sim`, a matching exchange speaking Bybit's v5 protocol) and the trading daemon
(`virtuosod`) started on it, a client of the daemon's API, a scripted order load through that API,
and the comparison of the daemon's order state with the exchange's truth.
"""

import hashlib
import hmac
import json
import os
import re
import signal
import sqlite3
import subprocess
import threading
import time
import urllib.error
import urllib.request
from decimal import Decimal

MONITORING_TOKEN = "trading-bench-monitoring-0123456789"
TRADING_TOKEN = "trading-bench-trading-9876543210abc"
API_KEY = "TRADINGBENCHKEY01"
API_SECRET = "trading-bench-secret-0123456789abcdef"
OPEN_STATES = {"PendingNew", "New", "PartiallyFilled", "Untriggered"}


def http(method, url, token=None, body=None, timeout=10, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as e:
        try:
            return e.code, json.loads(e.read() or b"{}")
        except ValueError:
            return e.code, {}
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError, ValueError) as e:
        return 0, {"error": str(e)}


def wait_for(predicate, timeout_s, what, interval_s=0.05):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval_s)
    raise TimeoutError(what)


def scratch_home(prefix):
    """A scratch HOME with the two API tokens in it (owner-only, as the daemon requires)."""
    import tempfile
    home = tempfile.mkdtemp(prefix=prefix)
    for name, token in (("monitoring.token", MONITORING_TOKEN), ("trading.token", TRADING_TOKEN)):
        path = os.path.join(home, name)
        with open(path, "w") as f:
            f.write(token + "\n")
        os.chmod(path, 0o600)
    return home


class Simulator:
    def __init__(self, build, home, symbols):
        env = dict(os.environ, HOME=home, XDG_STATE_HOME=os.path.join(home, "sim-state"))
        args = [os.path.join(build, "bin", "virtuoso"), "sim", "--port", "0", "--account", API_KEY + ":" + API_SECRET]
        if symbols:  # else the built-in instruments
            args += ["--symbols", ",".join(symbols)]
        self.process = subprocess.Popen(args,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        self.urls = {}
        while "account" not in self.urls:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("the simulator ended before it listened")
            m = re.match(r"(\w+): (\S+)", line)
            if m:
                self.urls[m.group(1)] = m.group(2)
        self.instruments = self._instruments()

    def _instruments(self):
        """symbol → (tick size, lot size) as Decimal, from the exchange's instruments-info."""
        out, cursor = {}, ""
        while True:
            status, body = http("GET", self.urls["rest"] + "/v5/market/instruments-info?category=linear&limit=1000"
                                + ("&cursor=" + cursor if cursor else ""))
            if status != 200 or body.get("retCode") != 0:
                raise RuntimeError("no instruments from the simulator: %s %s" % (status, body.get("retMsg")))
            for row in body["result"]["list"]:
                out[row["symbol"]] = (Decimal(row["priceFilter"]["tickSize"]), Decimal(row["lotSizeFilter"]["qtyStep"]))
            cursor = body["result"].get("nextPageCursor") or ""
            if not cursor:
                return out

    def control(self, method, path, body=None):
        return http(method, self.urls["control"] + path, body=body)

    def truth(self):
        status, body = self.control("GET", "/truth/account?key=" + API_KEY)
        if status != 200:
            raise RuntimeError("no truth from the simulator: %s" % status)
        return body

    def book(self, symbol, depth):
        status, body = self.control("GET", "/truth/orderbook?symbol=%s&depth=%d" % (symbol, depth))
        return body if status == 200 else None

    def touch(self, symbol):
        body = self.book(symbol, 1)
        if not body or not body.get("b") or not body.get("a"):
            return None
        return Decimal(body["b"][0][0]), Decimal(body["a"][0][0])

    def signed(self, path, body):
        """A signed private REST request of the account, as any Bybit v5 client sends it."""
        text = json.dumps(body, separators=(",", ":"))
        stamp, window = str(int(time.time() * 1000)), "5000"
        sign = hmac.new(API_SECRET.encode(), (stamp + API_KEY + window + text).encode(), hashlib.sha256).hexdigest()
        request = urllib.request.Request(self.urls["rest"] + path, data=text.encode(), method="POST")
        for key, value in (("Content-Type", "application/json"), ("X-BAPI-API-KEY", API_KEY),
                           ("X-BAPI-TIMESTAMP", stamp), ("X-BAPI-RECV-WINDOW", window), ("X-BAPI-SIGN", sign)):
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request, timeout=10) as reply:
                return reply.status, json.loads(reply.read() or b"{}")
        except urllib.error.HTTPError as e:
            return e.code, {}
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError, ValueError) as e:
            return 0, {"error": str(e)}

    def stop(self):
        self.process.kill()
        self.process.wait()


class Daemon:
    def __init__(self, build, home, sim, symbols, settings=None, start_timeout_s=30):
        self.build, self.home, self.sim, self.symbols = build, home, sim, symbols
        self.settings = settings or {}
        self.start_timeout_s = start_timeout_s
        self.process = None
        self.base = None
        self.state = os.path.join(home, "state")

    def start(self):
        env = dict(os.environ, HOME=self.home, STATE_DIRECTORY=self.state)
        env.pop("NOTIFY_SOCKET", None)
        env.update(json.loads(os.environ.get("VIRTUOSO_DAEMON_ENV", "{}")))
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
        sets.update(self.settings)
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
        wait_for(lambda: self.get("/account").get("stream", {}).get("up"), self.start_timeout_s,
                 "the private stream to come up")
        # The risk gate needs marks: every symbol's book is in before the load starts.
        # (One request for all: the API answers a client at most 50 requests a second.)
        def books_in():
            markets = self.get("/status").get("markets", {})
            return markets.get("valid_books", 0) >= len(self.symbols)
        wait_for(books_in, self.start_timeout_s, "the books", 0.2)
        return time.monotonic() - started

    def _drain(self):
        for line in self.process.stderr:
            self.log.write(line)
        self.log.flush()

    def get(self, path):
        # The API answers one client at most 50 requests a second; a 429 is asked again, not taken
        # for an empty answer (polling comparisons make three requests each, 20 times a second).
        for _ in range(50):
            status, body = http("GET", self.base + path, MONITORING_TOKEN)
            if status != 429:
                break
            time.sleep(0.1)
        return body if status == 200 else {}

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def rss_kib(self):
        try:
            with open("/proc/%d/status" % self.process.pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        """SIGTERM; the exit code, or None when it had to be killed."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                return self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()
                return None
        return self.process.returncode if self.process else None


def decimals(step):
    return max(0, -step.normalize().as_tuple().exponent)


class Load:
    """Orders and cancels through the daemon's API at about four requests a second (the risk gate
    allows five), from a seeded random source: resting limits 1–40 ticks off the touch, marketable
    IOC limits and market orders, of 20–400 USDT each. With `amend_share` > 0 a share of the steps
    amends a resting order of the account through the exchange's signed REST (another client of the
    same account, as a second terminal would be): the daemon learns it from its private stream."""

    def __init__(self, sim, symbols, rng, amend_share=0.0, max_open=None):
        self.sim, self.symbols, self.rng = sim, symbols, rng
        self.amend_share, self.max_open = amend_share, max_open
        self.base = None
        self.sent = set()      # orderLinkIds the daemon answered "sent"
        self.counts = {"requests": 0, "refused": 0, "unanswered": 0, "invalid": 0, "cancels": 0,
                       "amends": 0, "amends_refused": 0, "limit": 0, "ioc": 0, "market": 0}
        self.running = False
        self.worker = None
        self.lock = threading.Lock()

    def start(self, base, background=False):
        """Sends to the daemon at `base` from a thread of its own until stop()."""
        self.base = base
        self.running = True
        self.worker = threading.Thread(target=self.run, daemon=background)
        self.worker.start()

    def stop(self):
        """Ends the sending and waits for the request under way."""
        self.running = False
        self.worker.join()

    # Kept as attributes for the callers that read them directly.
    @property
    def requests(self):
        return self.counts["requests"]

    @property
    def refused(self):
        return self.counts["refused"]

    @property
    def unanswered(self):
        return self.counts["unanswered"]

    def count(self, key):
        with self.lock:
            self.counts[key] += 1

    def ticket(self):
        symbol = self.rng.choice(self.symbols)
        touch = self.sim.touch(symbol)
        if not touch:
            return None
        bid, ask = touch
        tick, lot = self.sim.instruments[symbol]
        lots = max(1, int(Decimal(self.rng.randint(20, 400)) / (ask * lot)))
        qty = "%.*f" % (decimals(lot), lot * lots)
        side = self.rng.choice(["Buy", "Sell"])
        places = decimals(tick)
        roll = self.rng.random()
        if roll < 0.55:  # resting, 1–40 ticks off the touch
            away = self.rng.randint(1, 40) * tick
            price = bid - away if side == "Buy" else ask + away
            if price <= 0:
                return None
            return {"symbol": symbol, "side": side, "qty": qty, "price": "%.*f" % (places, price)}
        if roll < 0.8:  # marketable limit, IOC
            price = ask + 5 * tick if side == "Buy" else bid - 5 * tick
            if price <= 0:
                return None
            return {"symbol": symbol, "side": side, "qty": qty, "price": "%.*f" % (places, price),
                    "time_in_force": "IOC"}
        return {"symbol": symbol, "side": side, "qty": qty, "type": "Market"}

    def place(self, ticket, timeout=10):
        status, body = http("POST", self.base + "/orders", TRADING_TOKEN, ticket, timeout)
        kind = "market" if ticket.get("type") == "Market" else ("ioc" if ticket.get("time_in_force") else "limit")
        with self.lock:
            self.counts["requests"] += 1
            if status == 0:
                self.counts["unanswered"] += 1
            elif body.get("sent"):
                self.sent.add(body.get("order_link_id"))
                self.counts[kind] += 1
            elif status == 422:
                self.counts["refused"] += 1
            else:
                self.counts["invalid"] += 1

    def open_orders(self):
        status, body = http("GET", self.base + "/orders?status=open", MONITORING_TOKEN)
        return [o for o in body.get("orders", []) if o.get("status") in ("New", "PartiallyFilled")] \
            if status == 200 else []

    def cancel_one(self, orders=None):
        orders = self.open_orders() if orders is None else orders
        if orders:
            link = self.rng.choice(orders)["order_link_id"]
            http("DELETE", self.base + "/orders/" + link, TRADING_TOKEN)
            with self.lock:
                self.counts["requests"] += 1
                self.counts["cancels"] += 1

    def amend_one(self, orders):
        resting = [o for o in orders if o.get("type") == "Limit" and o.get("status") == "New"]
        if not resting:
            return
        order = self.rng.choice(resting)
        symbol = order["symbol"]
        tick, _ = self.sim.instruments[symbol]
        price = Decimal(order["price"])
        # One to five ticks further from the touch: the order keeps resting.
        price += (-1 if order["side"] == "Buy" else 1) * self.rng.randint(1, 5) * tick
        if price <= 0:
            return
        status, body = self.sim.signed("/v5/order/amend", {
            "category": "linear", "symbol": symbol, "orderLinkId": order["order_link_id"],
            "price": "%.*f" % (decimals(tick), price)})
        self.count("amends" if status == 200 and body.get("retCode") == 0 else "amends_refused")

    def step(self):
        roll = self.rng.random()
        if self.amend_share or self.max_open:
            orders = self.open_orders()
            if self.max_open and len(orders) > self.max_open:
                self.cancel_one(orders)
            elif roll < self.amend_share:
                self.amend_one(orders)
            elif roll < self.amend_share + 0.3:
                self.cancel_one(orders)
            else:
                ticket = self.ticket()
                if ticket:
                    self.place(ticket)
            return
        if roll < 0.3:
            self.cancel_one()
        else:
            ticket = self.ticket()
            if ticket:
                self.place(ticket)

    def run(self, pause_s=0.25):
        while self.running:
            self.step()
            time.sleep(pause_s)


def kill_maybe_mid_order(daemon, load, rng):
    """SIGKILL the daemon; half the time a few milliseconds after an order request went out, so
    that the kill lands before its answer. True when it did."""
    mid_order = rng.random() < 0.5
    if mid_order:
        ticket = load.ticket()
        if ticket:
            threading.Thread(target=load.place, args=(ticket, 5), daemon=True).start()
            time.sleep(rng.uniform(0.0, 0.004))
    daemon.kill()
    return mid_order


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


def database_paths(daemon):
    return [os.path.join(daemon.state, n) for n in ("history.db", "outcomes.sqlite", "trading-audit.sqlite")]


# The daemon's API lists the newest 500 fills; its audit log keeps every one.
FILLS_LISTED = 500


def audit_fills(daemon):
    """exec_id of every fill in the daemon's audit log (read-only; the daemon may still write)."""
    path = os.path.join(daemon.state, "trading-audit.sqlite")
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=10)
    try:
        return [row[0] for row in db.execute("SELECT exec_id FROM audit WHERE kind = 'execution'")]
    finally:
        db.close()


def compare_fills(listed, recorded, truth_executions):
    """The daemon's listed fills (the newest FILLS_LISTED) and the fills of its audit log against the
    exchange's: each once, none unknown, none missing."""
    problems = []
    truth_ids = {e["execId"] for e in truth_executions}
    if len(listed) != len(set(listed)):
        problems.append("a fill listed twice")
    if set(listed) - truth_ids:
        problems.append("fills listed the exchange does not have: %s" % sorted(set(listed) - truth_ids)[:3])
    if len(set(listed)) != min(len(truth_ids), FILLS_LISTED):
        problems.append("%d fills listed of the exchange's %d" % (len(set(listed)), len(truth_ids)))
    if recorded is not None:
        if len(recorded) != len(set(recorded)):
            problems.append("a fill recorded twice in the audit log")
        missing = [e for e in truth_executions if e["execId"] not in set(recorded)]
        if missing:
            problems.append("%d fills of the exchange not in the audit log, e.g. %s" % (
                len(missing), ["%s %s %s %s at %s" % (e.get("symbol"), e.get("orderLinkId"), e.get("execType"),
                                                      e.get("execQty"), e.get("execTime")) for e in missing[:3]]))
        if set(recorded) - truth_ids:
            problems.append("fills in the audit log the exchange does not have: %s" %
                            sorted(set(recorded) - truth_ids)[:3])
    return problems


def compare(daemon, sim, with_audit=False):
    """What differs between the daemon's view and the exchange's truth, as a list of texts, with the
    exchange's counts of open orders, positions and fills; `with_audit` also checks every fill of the
    audit log."""
    truth = sim.truth()
    orders = daemon.get("/orders?status=all&limit=5000").get("orders", [])
    mine_open = {o["order_link_id"] for o in orders if o["status"] in OPEN_STATES and o["status"] != "PendingNew"}
    truth_open = {o["orderLinkId"] for o in truth["openOrders"]}
    problems = []
    if mine_open != truth_open:
        problems.append("open orders: daemon-only %s, exchange-only %s" %
                        (sorted(mine_open - truth_open)[:5], sorted(truth_open - mine_open)[:5]))
    # An open order's price and quantity as the exchange holds them (amends included).
    truth_terms = {o["orderLinkId"]: (Decimal(o["price"]), Decimal(o["qty"])) for o in truth["openOrders"]}
    differing = [o["order_link_id"] for o in orders if o["order_link_id"] in truth_terms and o["status"] != "PendingNew"
                 and o.get("price") and (Decimal(o["price"]), Decimal(o["qty"])) != truth_terms[o["order_link_id"]]]
    if differing:
        problems.append("open orders with other price or qty than the exchange's: %s" % differing[:5])
    pending = [o["order_link_id"] for o in orders if o["status"] == "PendingNew"]
    if pending:
        problems.append("still waiting for the venue: %s" % pending[:5])
    mine_pos = signed_positions(daemon.get("/positions").get("positions", []))
    truth_pos = signed_positions(truth["positions"])
    if {k: round(v, 8) for k, v in mine_pos.items()} != {k: round(v, 8) for k, v in truth_pos.items()}:
        problems.append("positions: daemon %s, exchange %s" % (mine_pos, truth_pos))
    listed = [f["exec_id"] for f in daemon.get("/executions?limit=5000").get("executions", [])]
    problems += compare_fills(listed, audit_fills(daemon) if with_audit else None, truth["executions"])
    links = [o["orderLinkId"] for o in truth["openOrders"] + truth["closedOrders"]]
    if len(links) != len(set(links)):
        problems.append("an orderLinkId placed twice at the exchange")
    return problems, len(truth_open), len(truth_pos), len(truth["executions"])
