#!/usr/bin/env python3
"""Writes a large synthetic log for the analyzer benchmark: `journal-json` (journalctl -o json, every
journald field a real entry has) or `plain` (timestamped text lines). Thirty message kinds with
variable connection ids, symbols, numbers, hex ids and hosts; about 4% errors and 15% warnings;
twelve hours of timestamps however large the file. Deterministic for a given size.

usage: make_logs.py journal-json|plain SIZE_MB OUT"""
import random, sys, datetime

fmt, size_mb, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
random.seed(2026)
target = size_mb * 1024 * 1024
SYMBOLS = ["BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "DOGEUSDT", "ADAUSDT", "AVAXUSDT", "LINKUSDT",
           "DOTUSDT", "LTCUSDT", "BNBUSDT", "TRXUSDT", "NEARUSDT", "APTUSDT", "1000PEPEUSDT"]
HOSTS = ["api.bybit.com", "stream.bybit.com", "api.bytick.com", "10.0.3.17:8443"]
R = random.Random(1)

def pick(l):
    return l[R.randrange(len(l))]

KINDS = [  # (level, weight, logger, text generator)
    ("INFO", 30, "confluence", lambda: f"Confluence score for {pick(SYMBOLS)}: {R.uniform(10, 90):.2f} ({pick(['long', 'short', 'flat'])})"),
    ("INFO", 12, "health", lambda: f"Heartbeat: {R.randrange(1, 11)} connections, {R.randrange(100, 900)} msgs/s, lag {R.randrange(1, 80)}ms"),
    ("INFO", 10, "ws", lambda: f"Subscribed conn_{R.randrange(1, 12)} to orderbook.50.{pick(SYMBOLS)}"),
    ("INFO", 8, "rest", lambda: f"GET https://{pick(HOSTS[:3])}/v5/market/kline?symbol={pick(SYMBOLS)}&interval=1 200 in {R.randrange(20, 400)}ms"),
    ("INFO", 6, "store", lambda: f"Wrote {R.randrange(1, 5000)} rows to candles in {R.uniform(0.1, 40):.1f}ms"),
    ("INFO", 5, "book", lambda: f"Book {pick(SYMBOLS)} seq {R.randrange(10**8, 10**9)} u={R.randrange(10**6, 10**7)} spread {R.uniform(0.01, 2):.4f}"),
    ("INFO", 4, "ws", lambda: f"Pong from conn_{R.randrange(1, 12)} after {R.randrange(1, 300)}ms"),
    ("INFO", 3, "session", lambda: f"Request {R.getrandbits(64):016x} for user {R.randrange(1000, 99999)} completed"),
    ("DEBUG", 4, "ws", lambda: f"Frame on conn_{R.randrange(1, 12)}: {R.randrange(60, 9000)} bytes, topic publicTrade.{pick(SYMBOLS)}"),
    ("WARNING", 8, "market", lambda: f"Insufficient trade history for {pick(SYMBOLS)}: {R.randrange(50, 999)} < 1000"),
    ("WARNING", 4, "orderbook", lambda: f"Shallow orderbook for {pick(SYMBOLS)}: asks={R.randrange(0, 5)}, bids={R.randrange(0, 5)}"),
    ("WARNING", 2, "rest", lambda: f"Slow response from {pick(HOSTS)}: {R.uniform(1, 9):.1f}s for /v5/market/tickers"),
    ("WARNING", 1, "rest", lambda: f"Rate limit status {R.randrange(0, 20)}/120 on /v5/order/create, backing off {R.randrange(100, 2000)}ms"),
    ("ERROR", 2, "ws", lambda: f"[HANDLER_TIMEOUT] WebSocket message handler timeout for conn_{pick([6, 8, 9])}"),
    ("ERROR", 1, "ws", lambda: f"Network connectivity validation failed: Connection timeout to host https://{pick(HOSTS[:2])}/v5/market/time"),
    ("ERROR", 1, "ws", lambda: f"Failed to reconnect conn_{R.randrange(1, 12)} (attempt {R.randrange(1, 4)}/3)"),
    ("ERROR", 0.5, "bulk", lambda: f"Timeout after 12s while fetching {R.randrange(5, 16)} symbols in parallel"),
    ("ERROR", 0.3, "rest", lambda: f"retCode=10006 Too many visits on /v5/market/orderbook for {pick(SYMBOLS)}"),
]
weights = [k[1] for k in KINDS]
PRIO = {"ERROR": "3", "WARNING": "4", "INFO": "6", "DEBUG": "7"}
start_us = 1764288000 * 1_000_000  # 2025-11-28T00:00:00Z
span_us = 12 * 3600 * 1_000_000

# A pool of messages, written over and over with fresh timestamps: the generator stays fast and the
# analyzer still sees a realistic spread of shapes and values.
pool = [(lambda k: (k[0], k[2], k[3]()))(R.choices(KINDS, weights)[0]) for _ in range(200_000)]
avg = 620 if fmt == "journal-json" else 125
lines = target // avg
step = max(1, span_us // max(1, lines))
written = 0
n = 0
us = start_us
with open(out, "w", buffering=8 << 20) as f:
    buf = []
    while written < target:
        level, logger, msg = pool[n % len(pool)]
        us += step
        if fmt == "journal-json":
            msg_json = msg.replace("\\", "\\\\").replace('"', '\\"')
            line = ('{"__CURSOR":"s=8f3a1c2e9b7d4e6f8a0b1c2d3e4f5a6b;i=%x;b=2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a;m=%x;t=%x;x=%x",'
                    '"__REALTIME_TIMESTAMP":"%d","__MONOTONIC_TIMESTAMP":"%d","_BOOT_ID":"2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a",'
                    '"_MACHINE_ID":"9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a","_HOSTNAME":"vps-trading-1","PRIORITY":"%s",'
                    '"SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"virtuoso","_PID":"4711","_UID":"998","_GID":"998",'
                    '"_COMM":"virtuoso","_EXE":"/usr/bin/virtuoso","_CMDLINE":"/usr/bin/virtuoso --daemon",'
                    '"_SYSTEMD_CGROUP":"/system.slice/virtuoso.service","_SYSTEMD_UNIT":"virtuoso.service",'
                    '"_TRANSPORT":"journal","CATEGORY":"%s","MESSAGE":"%s"}\n'
                    % (n, us - start_us, us, n * 7919, us, us - start_us, PRIO[level], logger, msg_json))
        else:
            t = datetime.datetime.fromtimestamp(us / 1e6, datetime.timezone.utc) if n % 1000 == 0 else None
            if t is not None:
                stamp = t.strftime("%Y-%m-%d %H:%M:%S")
            line = "%s,%03d - %s - %s - %s\n" % (stamp, (us // 1000) % 1000, logger, level, msg)
        buf.append(line)
        written += len(line)
        n += 1
        if len(buf) >= 10000:
            f.write("".join(buf))
            buf.clear()
    f.write("".join(buf))
print(f"{out}: {written / 1048576:.0f} MB, {n} lines")
