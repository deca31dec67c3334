// Load client for bench_wire_load --client ccxt: ccxt.pro keeps watchOrderBook('BTC/USDT:USDT', 50)
// against a REST base and a public WebSocket URL and prints the number of updates it saw once a
// second ("updates N"), for `seconds` seconds. The load tool reads its CPU from /proc.
// Usage: node watch_book_load.mjs <rest-url> <ws-public-linear-url> <seconds>
import ccxt from 'ccxt';

const [restUrl, wsUrl, secondsArg] = process.argv.slice(2);
if (!restUrl || !wsUrl) {
    console.error('usage: watch_book_load.mjs <rest> <ws> [seconds]');
    process.exit(2);
}
const seconds = Number(secondsArg ?? 60);
const exchange = new ccxt.pro.bybit({
    enableRateLimit: false,
    options: { defaultType: 'swap', adjustForTimeDifference: false, fetchMarkets: { types: ['linear'] } },
});
const restBase = restUrl.replace(/\/+$/, '');
for (const key of Object.keys(exchange.urls.api)) {
    if (key !== 'ws') {
        exchange.urls.api[key] = restBase;
    }
}
exchange.urls.api.ws.public = { spot: wsUrl, inverse: wsUrl, option: wsUrl, linear: wsUrl };

let updates = 0;
let stop = false;
const timer = setInterval(() => console.log(`updates ${updates}`), 1000);
setTimeout(() => { stop = true; }, seconds * 1000);
try {
    await exchange.loadHttpProxyAgent();
    await exchange.loadMarkets();
    while (!stop) {
        await exchange.watchOrderBook('BTC/USDT:USDT', 50);
        updates += 1;
    }
} catch (error) {
    console.error(`${error.constructor.name}: ${error.message}`);
}
clearInterval(timer);
console.log(`updates ${updates}`);
try {
    await exchange.close();
} catch {
    // finished either way
}
process.exit(0);
