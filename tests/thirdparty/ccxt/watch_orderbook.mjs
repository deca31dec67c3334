// Acceptance check with a real third-party Bybit client: ccxt.pro keeps watchOrderBook for three linear
// symbols against the simulator; once the feed is paused, its top 50 levels must equal the simulator's truth.
// Usage: node watch_orderbook.mjs <rest-url> <ws-public-linear-url> <control-url> [watch-seconds]
// Prints one JSON verdict on stdout; exit 0 = books equal truth, 1 = mismatch or error, 2 = bad usage.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ccxt from 'ccxt';

// ccxt.version can lag the package release; the installed package.json holds the pinned version.
function installedCcxtVersion() {
    let dir = dirname(fileURLToPath(import.meta.resolve('ccxt')));
    while (dir !== dirname(dir)) {
        const manifest = join(dir, 'package.json');
        if (existsSync(manifest)) {
            const parsed = JSON.parse(readFileSync(manifest, 'utf8'));
            if (parsed.name === 'ccxt') {
                return parsed.version;
            }
        }
        dir = dirname(dir);
    }
    return ccxt.version;
}
const ccxtPackageVersion = installedCcxtVersion();

const SYMBOLS = ['BTC/USDT:USDT', 'ETH/USDT:USDT', 'SOL/USDT:USDT'];
const DEPTH = 50;
const QUIET_MS = 1500;

const [restUrl, wsUrl, controlUrl, watchSecondsArg] = process.argv.slice(2);
if (!restUrl || !wsUrl || !controlUrl) {
    console.log(JSON.stringify({ ok: false, error: 'usage: watch_orderbook.mjs <rest> <ws> <control> [seconds]' }));
    process.exit(2);
}
const watchMs = Math.round(1000 * Number(watchSecondsArg ?? 4));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function control(method, path, body) {
    const response = await fetch(controlUrl + path, {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : undefined,
        body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) {
        throw new Error(`${method} ${path} answered HTTP ${response.status}: ${text.slice(0, 200)}`);
    }
    return text ? JSON.parse(text) : {};
}

// Prices and sizes are compared as numbers: ccxt parses the wire strings into floats, so only
// float formatting (never a different level) may differ.
function sameNumber(a, b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function compareSide(side, clientLevels, truthLevels) {
    const client = clientLevels.slice(0, DEPTH).map(([p, s]) => [Number(p), Number(s)]);
    const truth = truthLevels.slice(0, DEPTH).map(([p, s]) => [Number(p), Number(s)]);
    if (client.length !== truth.length) {
        return `${side}: client has ${client.length} levels, truth has ${truth.length}`;
    }
    for (let i = 0; i < truth.length; i++) {
        if (!sameNumber(client[i][0], truth[i][0]) || !sameNumber(client[i][1], truth[i][1])) {
            return `${side}[${i}]: client ${client[i][0]}@${client[i][1]} vs truth ${truth[i][0]}@${truth[i][1]}`;
        }
    }
    return null;
}

const exchange = new ccxt.pro.bybit({
    enableRateLimit: false,
    options: {
        defaultType: 'swap',
        adjustForTimeDifference: false,
        // Only linear instruments exist in the simulator; the other categories would just answer empty lists.
        fetchMarkets: { types: ['linear'] },
    },
});
const restBase = restUrl.replace(/\/+$/, '');
for (const key of Object.keys(exchange.urls.api)) {
    if (key !== 'ws') {
        exchange.urls.api[key] = restBase;
    }
}
exchange.urls.api.ws.public = { spot: wsUrl, inverse: wsUrl, option: wsUrl, linear: wsUrl };

const verdict = { ok: false, client: `ccxt ${ccxtPackageVersion}`, symbols: {}, updates: {} };
let feedPaused = false;
let stopWatching = false;
const latest = {};
const watchErrors = [];

async function keepWatching(symbol) {
    verdict.updates[symbol] = 0;
    while (!stopWatching) {
        try {
            const book = await exchange.watchOrderBook(symbol, DEPTH);
            latest[symbol] = { bids: book.bids.map((l) => [l[0], l[1]]), asks: book.asks.map((l) => [l[0], l[1]]),
                nonce: book.nonce, at: Date.now() };
            verdict.updates[symbol] += 1;
        } catch (error) {
            if (stopWatching) {
                return;
            }
            watchErrors.push(`${symbol}: ${error.constructor.name}: ${error.message}`);
            await sleep(200);
            if (watchErrors.length > 20) {
                return;
            }
        }
    }
}

try {
    // The simulator streams on plain ws://, for which ccxt needs node's http agent loaded up front.
    await exchange.loadHttpProxyAgent();
    const markets = await exchange.loadMarkets();
    verdict.markets = Object.keys(markets).length;
    for (const symbol of SYMBOLS) {
        if (!(symbol in markets)) {
            throw new Error(`loadMarkets() did not return ${symbol}`);
        }
    }
    const watchers = SYMBOLS.map((symbol) => keepWatching(symbol));
    await sleep(watchMs);

    await control('POST', '/feed', { paused: true });
    feedPaused = true;
    // Quiet period: wait until no book has changed for QUIET_MS (bounded, so a feed that never pauses fails).
    const quietDeadline = Date.now() + 10000;
    for (;;) {
        const lastUpdate = Math.max(...SYMBOLS.map((s) => latest[s]?.at ?? 0));
        if (Date.now() - lastUpdate >= QUIET_MS) {
            break;
        }
        if (Date.now() > quietDeadline) {
            throw new Error('order books kept changing for 10 s after the feed was paused');
        }
        await sleep(100);
    }
    stopWatching = true;

    const mismatches = [];
    for (const symbol of SYMBOLS) {
        const id = exchange.market(symbol).id;
        const truth = await control('GET', `/truth/orderbook?symbol=${encodeURIComponent(id)}&depth=${DEPTH}`);
        const book = latest[symbol];
        const entry = { id, truthLevels: [truth.b.length, truth.a.length], truthU: truth.u };
        if (!book) {
            entry.error = 'no order book received';
            mismatches.push(`${symbol}: no order book received`);
        } else {
            entry.clientLevels = [Math.min(book.bids.length, DEPTH), Math.min(book.asks.length, DEPTH)];
            entry.clientNonce = book.nonce;
            for (const problem of [compareSide('bids', book.bids, truth.b), compareSide('asks', book.asks, truth.a)]) {
                if (problem) {
                    entry.error = entry.error ? `${entry.error}; ${problem}` : problem;
                    mismatches.push(`${symbol} ${problem}`);
                }
            }
            if (truth.b.length === 0 || truth.a.length === 0) {
                mismatches.push(`${symbol}: the simulator's truth has an empty side`);
            }
        }
        verdict.symbols[symbol] = entry;
    }
    for (const symbol of SYMBOLS) {
        if ((verdict.updates[symbol] ?? 0) < 2) {
            mismatches.push(`${symbol}: only ${verdict.updates[symbol] ?? 0} updates received while watching`);
        }
    }
    verdict.ok = mismatches.length === 0;
    if (mismatches.length > 0) {
        verdict.mismatches = mismatches;
    }
    await Promise.race([Promise.all(watchers), sleep(50)]);
} catch (error) {
    verdict.error = `${error.constructor.name}: ${error.message}`;
}
stopWatching = true;
if (watchErrors.length > 0) {
    verdict.watchErrors = watchErrors.slice(0, 5);
}
if (feedPaused) {
    try {
        await control('POST', '/feed', { paused: false });
    } catch (error) {
        verdict.unpauseError = error.message;
    }
}
try {
    await exchange.close();
} catch {
    // The verdict is already decided; a close error must not change it.
}
console.log(JSON.stringify(verdict));
process.exit(verdict.ok ? 0 : 1);
