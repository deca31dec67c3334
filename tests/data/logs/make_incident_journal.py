#!/usr/bin/env python3
"""Writes incident-journal.json.gz: `journalctl -o json` of the trading service this product replaced,
shaped like the incident in the design (two hours, every line at PRIORITY 6 with the level in the
text): handler timeouts on conn_6/8/9 together with connectivity probes to /v5/market/time failing,
reconnect attempts, a 12 s bulk-fetch timeout, and a flood of data-quality warnings. Deterministic."""
import gzip, json, random, sys

random.seed(9)
START = 1715655600 * 1_000_000  # 2024-05-14 03:00:00 UTC
HOURS = 2
UNIT = "virtuoso-trading.service"
entries = []

def fmt(us):
    import datetime
    t = datetime.datetime.fromtimestamp(us / 1e6, datetime.timezone.utc)
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)

def add(us, level, logger, text):
    entries.append((us, f"{fmt(us)} - {logger} - {level} - {text}"))

symbols = ["BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "DOGEUSDT", "ADAUSDT", "AVAXUSDT", "LINKUSDT",
           "DOTUSDT", "LTCUSDT", "BNBUSDT", "TRXUSDT", "NEARUSDT", "APTUSDT", "ARBUSDT"]
for h in range(HOURS):
    base = START + h * 3600 * 1_000_000
    # Routine information.
    for i in range(240):
        us = base + random.randrange(3600 * 1_000_000)
        s = random.choice(symbols)
        add(us, "INFO", "src.core.analysis.confluence", f"Confluence score for {s}: {random.uniform(20, 80):.2f}")
    for i in range(60):
        us = base + i * 60 * 1_000_000 + random.randrange(1_000_000)
        add(us, "INFO", "src.monitoring.health", f"Heartbeat: {random.randrange(8, 11)} connections, {random.randrange(100, 400)} msgs/s")
    # Data-quality warnings: 100+ an hour.
    for i in range(110):
        us = base + random.randrange(3600 * 1_000_000)
        s = random.choice(symbols)
        add(us, "WARNING", "src.core.market.data", f"Insufficient trade history for {s}: 100 < 1000")
    for i in range(40):
        us = base + random.randrange(3600 * 1_000_000)
        s = random.choice(symbols)
        add(us, "WARNING", "src.core.market.orderbook", f"Shallow orderbook for {s}: asks=0, bids=0")
    # Four incidents an hour: the event loop blocks, handlers time out, the probe fails, reconnects fail.
    for k in range(4):
        t0 = base + (k * 15 + random.randrange(10)) * 60 * 1_000_000
        for j, conn in enumerate(["conn_6", "conn_8", "conn_9", "conn_6"]):
            add(t0 + j * 700_000, "ERROR", "src.core.exchanges.websocket_manager",
                f"[HANDLER_TIMEOUT] WebSocket message handler timeout for {conn}")
        add(t0 + 3_100_000, "ERROR", "src.core.exchanges.websocket_manager",
            "Network connectivity validation failed: Connection timeout to host https://api.bybit.com/v5/market/time")
        for a in range(1, 4):
            add(t0 + 4_000_000 + a * 900_000, "ERROR", "src.core.exchanges.websocket_manager",
                f"Failed to reconnect conn_9 (attempt {a}/3)")
        if k % 2 == 0:
            add(t0 + 8_000_000, "ERROR", "src.core.market.bulk",
                "Timeout after 12s while fetching 15 symbols in parallel")

entries.sort()
out = []
for n, (us, message) in enumerate(entries):
    out.append(json.dumps({
        "__CURSOR": f"s=6b7c;i={n:x};b=1f2e;m={us:x};t={us:x};x={n * 7919:x}",
        "__REALTIME_TIMESTAMP": str(us),
        "__MONOTONIC_TIMESTAMP": str(us - START + 1_000_000),
        "_BOOT_ID": "1f2e3d4c5b6a79881f2e3d4c5b6a7988",
        "PRIORITY": "6",
        "SYSLOG_FACILITY": "3",
        "SYSLOG_IDENTIFIER": "python3",
        "_PID": "4711",
        "_COMM": "python3",
        "_SYSTEMD_UNIT": UNIT,
        "_HOSTNAME": "vps-trading-1",
        "_TRANSPORT": "stdout",
        "MESSAGE": message,
    }, separators=(",", ":")))
data = ("\n".join(out) + "\n").encode()
with gzip.GzipFile(sys.argv[1] if len(sys.argv) > 1 else "incident-journal.json.gz", "wb", mtime=0) as f:
    f.write(data)
