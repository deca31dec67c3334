#!/usr/bin/env python3
"""Writes a large synthetic log for the analyzer benchmark, deterministic for a given size.

usage: make_logs.py journal-json|plain SIZE_MB OUT

journal-json is what `journalctl -o json` prints for a service (systemd 252-257), entry by entry:
  * every field journald adds: __CURSOR (s=…;i=…;b=…;m=…;t=…;x=…), __REALTIME_TIMESTAMP,
    __MONOTONIC_TIMESTAMP, _BOOT_ID, __SEQNUM, __SEQNUM_ID, _MACHINE_ID, _HOSTNAME, _RUNTIME_SCOPE,
    _TRANSPORT, _SYSTEMD_UNIT, _SYSTEMD_CGROUP, _SYSTEMD_SLICE, _SYSTEMD_INVOCATION_ID, _CMDLINE,
    _EXE, _COMM, _PID, _UID, _GID, _CAP_EFFECTIVE, _SELINUX_CONTEXT, SYSLOG_IDENTIFIER, PRIORITY,
    MESSAGE; entries sent through sd_journal_send (_TRANSPORT=journal, 85%) also carry
    _SOURCE_REALTIME_TIMESTAMP, CODE_FILE, CODE_LINE, CODE_FUNC and the service's own fields
    (CATEGORY, CODE, CONN_ID, SYMBOL, LATENCY_MS, TID); lines the process wrote to stderr
    (_TRANSPORT=stdout, 15%) carry SYSLOG_FACILITY and _STREAM_ID instead.
  * in journalctl's order: it collects an entry's fields in a hash table and prints them in the
    table's order, so MESSAGE, PRIORITY and the rest sit anywhere in the line, in one order per field
    set within a run (a fixed shuffle here).
  * compact JSON as journalctl writes it: no spaces; `"` and `\\` escaped, tab and newline as \\t and
    \\n, other text as UTF-8 bytes (non-ASCII is not \\u-escaped).
  * MESSAGE shapes: plain text; quotes and JSON payloads inside the text (`\\"`); non-ASCII (→, µs, a
    CJK symbol name); multi-line messages (a stack trace, 1%); an array of byte values where the text
    is not printable UTF-8 (ANSI colour codes or a cut multi-byte character, 0.5%); null for a value
    of 4096 bytes or more (journalctl without --all, 0.05%).
  * mean entry size about 1.2 KB (printed at the end).

plain is timestamped text lines, 92 bytes on average: `2025-11-28 04:00:00,123 - ws - ERROR - …`
(the same file as before the journal entries were made realistic, byte for byte).

Both: thirty message kinds with variable connection ids, symbols, numbers, hex ids and hosts; about
4% errors and 15% warnings; twelve hours of timestamps however large the file."""
import random, sys, datetime

fmt, size_mb, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
target = size_mb * 1024 * 1024
SYMBOLS = ["BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "DOGEUSDT", "ADAUSDT", "AVAXUSDT", "LINKUSDT",
           "DOTUSDT", "LTCUSDT", "BNBUSDT", "TRXUSDT", "NEARUSDT", "APTUSDT", "1000PEPEUSDT", "币安人生USDT"]
HOSTS = ["api.bybit.com", "stream.bybit.com", "api.bytick.com", "10.0.3.17:8443"]
R = random.Random(1)


def pick(l):
    return l[R.randrange(len(l))]


def stack_trace():
    frames = ["virtuoso::connector::WsConnection::onTextMessage(QString const&)",
              "virtuoso::engine::CoreRuntime::dispatch(virtuoso::Event const&)",
              "QObject::event(QEvent*)", "QCoreApplication::notifyInternal2(QObject*, QEvent*)",
              "QEventDispatcherUNIX::processEvents(QFlags<QEventLoop::ProcessEventsFlag>)"]
    n = R.randrange(3, 6)
    return "\n".join(f"  #{i} 0x{R.getrandbits(40):012x} in {frames[i]}" for i in range(n))


PLAIN_SYMBOLS = SYMBOLS[:15]
PLAIN_KINDS = [  # (level, weight, logger, text generator): the plain text benchmark as it always was
    ("INFO", 30, "confluence", lambda: f"Confluence score for {pick(PLAIN_SYMBOLS)}: {R.uniform(10, 90):.2f} ({pick(['long', 'short', 'flat'])})"),
    ("INFO", 12, "health", lambda: f"Heartbeat: {R.randrange(1, 11)} connections, {R.randrange(100, 900)} msgs/s, lag {R.randrange(1, 80)}ms"),
    ("INFO", 10, "ws", lambda: f"Subscribed conn_{R.randrange(1, 12)} to orderbook.50.{pick(PLAIN_SYMBOLS)}"),
    ("INFO", 8, "rest", lambda: f"GET https://{pick(HOSTS[:3])}/v5/market/kline?symbol={pick(PLAIN_SYMBOLS)}&interval=1 200 in {R.randrange(20, 400)}ms"),
    ("INFO", 6, "store", lambda: f"Wrote {R.randrange(1, 5000)} rows to candles in {R.uniform(0.1, 40):.1f}ms"),
    ("INFO", 5, "book", lambda: f"Book {pick(PLAIN_SYMBOLS)} seq {R.randrange(10**8, 10**9)} u={R.randrange(10**6, 10**7)} spread {R.uniform(0.01, 2):.4f}"),
    ("INFO", 4, "ws", lambda: f"Pong from conn_{R.randrange(1, 12)} after {R.randrange(1, 300)}ms"),
    ("INFO", 3, "session", lambda: f"Request {R.getrandbits(64):016x} for user {R.randrange(1000, 99999)} completed"),
    ("DEBUG", 4, "ws", lambda: f"Frame on conn_{R.randrange(1, 12)}: {R.randrange(60, 9000)} bytes, topic publicTrade.{pick(PLAIN_SYMBOLS)}"),
    ("WARNING", 8, "market", lambda: f"Insufficient trade history for {pick(PLAIN_SYMBOLS)}: {R.randrange(50, 999)} < 1000"),
    ("WARNING", 4, "orderbook", lambda: f"Shallow orderbook for {pick(PLAIN_SYMBOLS)}: asks={R.randrange(0, 5)}, bids={R.randrange(0, 5)}"),
    ("WARNING", 2, "rest", lambda: f"Slow response from {pick(HOSTS)}: {R.uniform(1, 9):.1f}s for /v5/market/tickers"),
    ("WARNING", 1, "rest", lambda: f"Rate limit status {R.randrange(0, 20)}/120 on /v5/order/create, backing off {R.randrange(100, 2000)}ms"),
    ("ERROR", 2, "ws", lambda: f"[HANDLER_TIMEOUT] WebSocket message handler timeout for conn_{pick([6, 8, 9])}"),
    ("ERROR", 1, "ws", lambda: f"Network connectivity validation failed: Connection timeout to host https://{pick(HOSTS[:2])}/v5/market/time"),
    ("ERROR", 1, "ws", lambda: f"Failed to reconnect conn_{R.randrange(1, 12)} (attempt {R.randrange(1, 4)}/3)"),
    ("ERROR", 0.5, "bulk", lambda: f"Timeout after 12s while fetching {R.randrange(5, 16)} symbols in parallel"),
    ("ERROR", 0.3, "rest", lambda: f"retCode=10006 Too many visits on /v5/market/orderbook for {pick(PLAIN_SYMBOLS)}"),
]

# (level, weight, category, code file, function, transport, text generator, extra fields)
KINDS = [
    ("INFO", 30, "confluence", "core/model/Confluence.cpp", "score", "journal",
     lambda: f"Confluence score for {pick(SYMBOLS)}: {R.uniform(10, 90):.2f} ({pick(['long', 'short', 'flat'])})", ["SYMBOL"]),
    ("INFO", 12, "health", "core/engine/HealthMonitor.cpp", "beat", "journal",
     lambda: f"Heartbeat: {R.randrange(1, 11)} connections, {R.randrange(100, 900)} msgs/s, lag {R.randrange(1, 80)}ms", []),
    ("INFO", 10, "ws", "core/connector/WsConnection.cpp", "subscribe", "journal",
     lambda: f"Subscribed conn_{R.randrange(1, 12)} to orderbook.50.{pick(SYMBOLS)}", ["CONN_ID", "SYMBOL"]),
    ("INFO", 8, "rest", "core/connector/RestClient.cpp", "finished", "journal",
     lambda: f"GET https://{pick(HOSTS[:3])}/v5/market/kline?symbol={pick(SYMBOLS)}&interval=1 200 in {R.randrange(20, 400)}ms", ["LATENCY_MS"]),
    ("INFO", 6, "store", "core/store/CandleStore.cpp", "flush", "journal",
     lambda: f"Wrote {R.randrange(1, 5000)} rows to candles in {R.uniform(0.1, 40):.1f}ms", []),
    ("INFO", 5, "book", "core/model/OrderBook.cpp", "apply", "journal",
     lambda: f"Book {pick(SYMBOLS)} seq {R.randrange(10**8, 10**9)} u={R.randrange(10**6, 10**7)} spread {R.uniform(0.01, 2):.4f}", ["SYMBOL"]),
    ("INFO", 4, "ws", "core/connector/WsConnection.cpp", "onPong", "journal",
     lambda: f"Pong from conn_{R.randrange(1, 12)} after {R.randrange(1, 300)}ms → latency ok", ["CONN_ID", "LATENCY_MS"]),
    ("INFO", 3, "session", "core/api/ApiServer.cpp", "respond", "journal",
     lambda: f"Request {R.getrandbits(64):016x} for user {R.randrange(1000, 99999)} completed", []),
    ("INFO", 2, "rest", "core/connector/RestClient.cpp", "reply", "journal",
     lambda: f'Reply {{"retCode":0,"retMsg":"OK","result":{{"category":"linear","symbol":"{pick(SYMBOLS)}","list":[]}},"time":{R.randrange(10**12, 10**13)}}}', ["SYMBOL"]),
    ("INFO", 1, "orders", "core/trading/OrderGate.cpp", "check", "journal",
     lambda: f'Order "{R.getrandbits(32):08x}" passed the gate: qty {R.uniform(0.001, 5):.3f}, notional {R.uniform(10, 9000):.2f} µUSDT', ["SYMBOL"]),
    ("DEBUG", 4, "ws", "core/connector/WsConnection.cpp", "onFrame", "journal",
     lambda: f"Frame on conn_{R.randrange(1, 12)}: {R.randrange(60, 9000)} bytes, topic publicTrade.{pick(SYMBOLS)}", ["CONN_ID"]),
    ("WARNING", 8, "market", "core/model/TradeHistory.cpp", "sufficiency", "journal",
     lambda: f"Insufficient trade history for {pick(SYMBOLS)}: {R.randrange(50, 999)} < 1000", ["SYMBOL", "CODE"]),
    ("WARNING", 4, "orderbook", "core/model/OrderBook.cpp", "depth", "journal",
     lambda: f"Shallow orderbook for {pick(SYMBOLS)}: asks={R.randrange(0, 5)}, bids={R.randrange(0, 5)}", ["SYMBOL", "CODE"]),
    ("WARNING", 2, "rest", "core/connector/RestClient.cpp", "finished", "journal",
     lambda: f"Slow response from {pick(HOSTS)}: {R.uniform(1, 9):.1f}s for /v5/market/tickers", ["LATENCY_MS"]),
    ("WARNING", 1, "rest", "core/connector/RateLimiter.cpp", "update", "journal",
     lambda: f"Rate limit status {R.randrange(0, 20)}/120 on /v5/order/create, backing off {R.randrange(100, 2000)}ms", []),
    ("WARNING", 6, "qt", "", "", "stdout",
     lambda: f"QObject::connect: Cannot queue arguments of type 'QList<virtuoso::Level>' (conn_{R.randrange(1, 12)})", []),
    ("WARNING", 4, "qt", "", "", "stdout",
     lambda: f"qt.network.ssl: QSslSocket: cannot resolve SSL_get1_peer_certificate for \"{pick(HOSTS[:3])}\"", []),
    ("ERROR", 2, "ws", "core/connector/WsConnection.cpp", "onTimeout", "journal",
     lambda: f"[HANDLER_TIMEOUT] WebSocket message handler timeout for conn_{pick([6, 8, 9])}", ["CONN_ID", "CODE"]),
    ("ERROR", 1, "ws", "core/connector/Connectivity.cpp", "validate", "journal",
     lambda: f"Network connectivity validation failed: Connection timeout to host https://{pick(HOSTS[:2])}/v5/market/time", ["CODE"]),
    ("ERROR", 1, "ws", "core/connector/WsConnection.cpp", "reconnect", "journal",
     lambda: f"Failed to reconnect conn_{R.randrange(1, 12)} (attempt {R.randrange(1, 4)}/3)", ["CONN_ID"]),
    ("ERROR", 0.5, "bulk", "core/connector/BulkFetcher.cpp", "deadline", "journal",
     lambda: f"Timeout after 12s while fetching {R.randrange(5, 16)} symbols in parallel", ["CODE"]),
    ("ERROR", 0.3, "rest", "core/connector/RestClient.cpp", "reply", "journal",
     lambda: f'retCode=10006 Too many visits on /v5/market/orderbook for {pick(SYMBOLS)}: {{"retCode":10006,"retMsg":"Too many visits!"}}', ["SYMBOL"]),
    ("ERROR", 1, "engine", "", "", "stdout",
     lambda: f"terminate handler: std::runtime_error: order book {pick(SYMBOLS)} crossed\n" + stack_trace(), []),
    ("ERROR", 0.5, "ws", "", "", "stdout",  # ANSI colours: not printable, journalctl prints bytes
     lambda: f"\x1b[31mWebSocket closed by peer\x1b[0m on conn_{R.randrange(1, 12)} (code 1006)", []),
    ("WARNING", 0.05, "api", "core/api/ApiServer.cpp", "reject", "journal",  # over 4096 bytes: null
     lambda: "Rejected request body: " + "x" * 4200, []),
]
weights = [k[1] for k in KINDS]
PRIO = {"ERROR": "3", "WARNING": "4", "INFO": "6", "DEBUG": "7"}
start_us = 1764288000 * 1_000_000  # 2025-11-28T00:00:00Z
span_us = 12 * 3600 * 1_000_000

BOOT = "2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a"
SEQNUM_ID = "8f3a1c2e9b7d4e6f8a0b1c2d3e4f5a6b"
CONSTANT = {  # fields whose value does not change within the run
    "_BOOT_ID": BOOT, "__SEQNUM_ID": SEQNUM_ID, "_MACHINE_ID": "9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a",
    "_HOSTNAME": "vps-trading-fra-1", "_RUNTIME_SCOPE": "system", "_SYSTEMD_UNIT": "virtuoso.service",
    "_SYSTEMD_CGROUP": "/system.slice/virtuoso.service", "_SYSTEMD_SLICE": "system.slice",
    "_SYSTEMD_INVOCATION_ID": "5b1d0e3c7a9f4b2e8c6d1a0f3e5b7c9d",
    "_CMDLINE": "/usr/bin/virtuosod --config /etc/virtuoso/virtuosod.conf --listen 127.0.0.1:8787 --journal",
    "_EXE": "/usr/bin/virtuosod", "_COMM": "virtuosod", "_PID": "4711", "_UID": "998", "_GID": "998",
    "_CAP_EFFECTIVE": "0", "_SELINUX_CONTEXT": "unconfined\n", "SYSLOG_IDENTIFIER": "virtuoso",
    "SYSLOG_FACILITY": "3", "_STREAM_ID": "e3b0c44298fc4c1a9afbf4c8996fb924",
}
PER_ENTRY = ["__CURSOR", "__REALTIME_TIMESTAMP", "__MONOTONIC_TIMESTAMP", "__SEQNUM"]
COMMON = PER_ENTRY + ["_BOOT_ID", "__SEQNUM_ID", "_MACHINE_ID", "_HOSTNAME", "_RUNTIME_SCOPE", "_TRANSPORT",
                      "_SYSTEMD_UNIT", "_SYSTEMD_CGROUP", "_SYSTEMD_SLICE", "_SYSTEMD_INVOCATION_ID", "_CMDLINE",
                      "_EXE", "_COMM", "_PID", "_UID", "_GID", "_CAP_EFFECTIVE", "_SELINUX_CONTEXT",
                      "SYSLOG_IDENTIFIER", "PRIORITY", "MESSAGE"]
NATIVE = ["_SOURCE_REALTIME_TIMESTAMP", "CODE_FILE", "CODE_LINE", "CODE_FUNC", "CATEGORY", "TID"]
STDOUT = ["SYSLOG_FACILITY", "_STREAM_ID"]


def json_string(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + out + '"'


def json_value(s):
    b = s.encode("utf-8", "surrogateescape")
    if len(b) >= 4096 - 8:
        return "null"  # journalctl leaves out values of 4096 bytes and more unless --all
    printable = all(ch >= 0x20 or ch in (9, 10) for ch in b)
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        printable = False
    if not printable:
        return "[" + ",".join(str(ch) for ch in b) + "]"
    return json_string(s)


ORDER = {}  # field set → the order journalctl prints it in (a hash table's order: fixed per run)


def order_of(fields):
    key = tuple(sorted(fields))
    if key not in ORDER:
        o = list(key)
        random.Random(len(ORDER) * 7919 + 17).shuffle(o)
        ORDER[key] = o
    return ORDER[key]


def make_entry_template(kind):
    """A %-format line for one pool message: per-entry fields stay placeholders."""
    level, _, category, code_file, func, transport, text, extra = kind
    msg = text()
    if kind[3] == "core/connector/WsConnection.cpp" and R.random() < 0.02:
        msg = msg.encode() + b"\xe2\x86"  # a multi-byte character cut off: invalid UTF-8
        msg = msg.decode("utf-8", "surrogateescape")
    values = dict(CONSTANT)
    values["_TRANSPORT"] = transport
    values["PRIORITY"] = PRIO[level]
    values["MESSAGE"] = msg
    fields = list(COMMON)
    if transport == "journal":
        fields += NATIVE
        values["CODE_FILE"] = "/build/virtuoso/" + code_file
        values["CODE_LINE"] = str(R.randrange(30, 700))
        values["CODE_FUNC"] = f"void virtuoso::{category}::{func}()"
        values["CATEGORY"] = category
        values["TID"] = str(4711 + R.randrange(0, 6))
        for f in extra:
            fields.append(f)
            values[f] = {"SYMBOL": pick(SYMBOLS), "CONN_ID": f"conn_{R.randrange(1, 12)}",
                         "LATENCY_MS": str(R.randrange(1, 900)),
                         "CODE": {"market": "TRADES_INSUFFICIENT", "orderbook": "BOOK_SHALLOW"}.get(
                             category, "HANDLER_TIMEOUT" if category == "ws" else "BULK_FETCH_PARTIAL")}[f]
    else:
        fields += STDOUT
    parts = []
    for f in order_of(fields):
        if f in PER_ENTRY or f == "_SOURCE_REALTIME_TIMESTAMP":
            parts.append('"%s":"%%(%s)s"' % (f, f))
        else:
            parts.append('"%s":%s' % (f, json_value(values[f]).replace("%", "%%")))
    return "{" + ",".join(parts) + "}\n"


# A pool of messages, written over and over with fresh timestamps: the generator stays fast and the
# analyzer still sees a realistic spread of shapes and values.
if fmt == "journal-json":
    pool = [make_entry_template(R.choices(KINDS, weights)[0]) for _ in range(50_000)]
else:
    pool = [(lambda k: (k[0], k[2], k[3]()))(R.choices(PLAIN_KINDS, [k[1] for k in PLAIN_KINDS])[0])
            for _ in range(200_000)]
avg = 1200 if fmt == "journal-json" else 125
lines = target // avg
step = max(1, span_us // max(1, lines))
written = 0
n = 0
us = start_us
with open(out, "wb", buffering=8 << 20) as f:
    buf = []
    stamp = ""
    while written < target:
        us += step
        if fmt == "journal-json":
            mono = us - start_us + 8_734_112
            line = pool[n % len(pool)] % {
                "__CURSOR": "s=%s;i=%x;b=%s;m=%x;t=%x;x=%016x" % (SEQNUM_ID, n + 1, BOOT, mono, us,
                                                                  (n * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF),
                "__REALTIME_TIMESTAMP": us, "__MONOTONIC_TIMESTAMP": mono, "__SEQNUM": n + 1,
                "_SOURCE_REALTIME_TIMESTAMP": us - 37 - n % 200}
        else:
            level, logger, msg = pool[n % len(pool)]
            if n % 1000 == 0:
                stamp = datetime.datetime.fromtimestamp(us / 1e6, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
            line = "%s,%03d - %s - %s - %s\n" % (stamp, (us // 1000) % 1000, logger, level, msg)
        data = line.encode("utf-8", "surrogateescape")
        buf.append(data)
        written += len(data)
        n += 1
        if len(buf) >= 10000:
            f.write(b"".join(buf))
            buf.clear()
    f.write(b"".join(buf))
print(f"{out}: {written / 1048576:.0f} MB, {n} entries, mean entry {written / max(1, n):.0f} bytes")
