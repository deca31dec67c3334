// Acceptance check with a real third-party Bybit client: ccxt trades against the simulator's private
// API with the key given to `virtuoso sim --account`, and every answer must agree with the simulator's
// truth (GET /sim/v1/truth/account). A wrong secret must raise ccxt's AuthenticationError.
// Usage: node trade_private.mjs <rest-url> <control-url> <api-key> <secret>
// Prints one JSON verdict on stdout; exit 0 = all steps agree, 1 = a mismatch or an error, 2 = bad usage.
import ccxt from 'ccxt';

const [restUrl, controlUrl, apiKey, secret] = process.argv.slice(2);
if (!restUrl || !controlUrl || !apiKey || !secret) {
    console.log(JSON.stringify({ ok: false, error: 'usage: trade_private.mjs <rest> <control> <key> <secret>' }));
    process.exit(2);
}
const SYMBOL = 'BTC/USDT:USDT';
const verdict = { ok: false, client: `ccxt ${ccxt.version}`, steps: {} };

function makeExchange(withSecret) {
    const exchange = new ccxt.bybit({
        apiKey,
        secret: withSecret,
        enableRateLimit: false,
        options: { defaultType: 'swap', adjustForTimeDifference: false, fetchMarkets: { types: ['linear'] } },
    });
    const base = restUrl.replace(/\/+$/, '');
    for (const key of Object.keys(exchange.urls.api)) {
        if (key !== 'ws') {
            exchange.urls.api[key] = base;
        }
    }
    return exchange;
}

async function truth() {
    const response = await fetch(`${controlUrl}/truth/account?key=${encodeURIComponent(apiKey)}`);
    if (!response.ok) {
        throw new Error(`truth answered HTTP ${response.status}`);
    }
    return response.json();
}

function check(step, condition, detail) {
    verdict.steps[step] = condition ? 'ok' : `FAILED: ${JSON.stringify(detail)}`;
    if (!condition) {
        throw new Error(`${step}: ${JSON.stringify(detail)}`);
    }
}

const near = (a, b) => Math.abs(Number(a) - Number(b)) <= 1e-9 * Math.max(1, Math.abs(Number(a)), Math.abs(Number(b)));

async function main() {
    const exchange = makeExchange(secret);
    await exchange.loadMarkets();
    check('loadMarkets', exchange.markets[SYMBOL] !== undefined, Object.keys(exchange.markets).length);

    const balance = await exchange.fetchBalance();
    let t = await truth();
    check('fetchBalance', near(balance.total.USDT, t.wallet.coin[0].equity), { ccxt: balance.total, truth: t.wallet });

    const book = await exchange.fetchOrderBook(SYMBOL, 5);
    const restingPrice = Number(exchange.priceToPrecision(SYMBOL, book.bids[0][0] * 0.97));
    const amendedPrice = Number(exchange.priceToPrecision(SYMBOL, book.bids[0][0] * 0.96));

    const limit = await exchange.createOrder(SYMBOL, 'limit', 'buy', 0.01, restingPrice, { clientOrderId: 'ccxt-limit-1' });
    t = await truth();
    check('createOrder limit', t.openOrders.some((o) => o.orderId === limit.id && o.orderLinkId === 'ccxt-limit-1'), { id: limit.id, truth: t.openOrders });

    const open = await exchange.fetchOpenOrders(SYMBOL);
    check('fetchOpenOrders', open.length === t.openOrders.length && open.some((o) => o.id === limit.id && near(o.price, restingPrice)), open.map((o) => [o.id, o.price]));

    let fetched = await exchange.fetchOrder(limit.id, SYMBOL, { acknowledged: true });
    check('fetchOrder open', fetched.status === 'open' && near(fetched.amount, 0.01) && fetched.clientOrderId === 'ccxt-limit-1', fetched.info);

    await exchange.editOrder(limit.id, SYMBOL, 'limit', 'buy', 0.02, amendedPrice);
    t = await truth();
    const amended = t.openOrders.find((o) => o.orderId === limit.id);
    check('editOrder', amended && near(amended.qty, 0.02) && near(amended.price, amendedPrice), amended);

    await exchange.cancelOrder(limit.id, SYMBOL);
    fetched = await exchange.fetchOrder(limit.id, SYMBOL, { acknowledged: true });
    t = await truth();
    check('cancelOrder', fetched.status === 'canceled' && !t.openOrders.some((o) => o.orderId === limit.id), fetched.status);

    await exchange.createOrder(SYMBOL, 'limit', 'buy', 0.01, restingPrice);
    await exchange.createOrder(SYMBOL, 'limit', 'buy', 0.01, amendedPrice);
    t = await truth();
    check('two resting orders', t.openOrders.length === 2, t.openOrders.length);
    await exchange.cancelAllOrders(SYMBOL);
    t = await truth();
    const afterCancelAll = await exchange.fetchOpenOrders(SYMBOL);
    check('cancelAllOrders', t.openOrders.length === 0 && afterCancelAll.length === 0, t.openOrders);

    const market = await exchange.createOrder(SYMBOL, 'market', 'buy', 0.05);
    fetched = await exchange.fetchOrder(market.id, SYMBOL, { acknowledged: true });
    check('createOrder market', fetched.status === 'closed' && near(fetched.filled, 0.05), fetched.info);

    const trades = await exchange.fetchMyTrades(SYMBOL);
    t = await truth();
    const filledByTrades = trades.filter((x) => x.order === market.id).reduce((sum, x) => sum + x.amount, 0);
    check('fetchMyTrades', near(filledByTrades, 0.05) && trades.length === t.executions.length &&
        trades.every((x) => t.executions.some((e) => e.execId === x.id && near(e.execPrice, x.price) && near(e.execQty, x.amount))),
        { trades: trades.map((x) => [x.id, x.price, x.amount]), truth: t.executions.length });

    let positions = await exchange.fetchPositions([SYMBOL]);
    t = await truth();
    const position = positions.find((p) => p.symbol === SYMBOL);
    const truthPosition = t.positions.find((p) => p.symbol === 'BTCUSDT');
    check('fetchPositions', position && position.side === 'long' && near(position.contracts, 0.05) &&
        truthPosition && near(truthPosition.size, 0.05) && near(position.entryPrice, truthPosition.avgPrice),
        { ccxt: position && position.info, truth: truthPosition });

    await exchange.createOrder(SYMBOL, 'market', 'sell', 0.05, undefined, { reduceOnly: true });
    positions = await exchange.fetchPositions([SYMBOL]);
    t = await truth();
    const flat = positions.find((p) => p.symbol === SYMBOL);
    check('createOrder reduce-only', (!flat || !flat.contracts) && t.positions.every((p) => Number(p.size) === 0), { ccxt: flat && flat.info, truth: t.positions });

    const finalBalance = await exchange.fetchBalance();
    check('fetchBalance after trading', near(finalBalance.total.USDT, t.wallet.coin[0].equity) && finalBalance.total.USDT < 100000,
        { ccxt: finalBalance.total, truth: t.wallet.coin[0] });

    const wrong = makeExchange('not-the-secret');
    let authError = 'no error';
    try {
        await wrong.fetchBalance();
    } catch (error) {
        authError = error instanceof ccxt.AuthenticationError ? 'AuthenticationError' : `${error.constructor.name}: ${error.message}`;
    }
    check('wrong secret', authError === 'AuthenticationError', authError);
    verdict.ok = true;
}

try {
    await main();
} catch (error) {
    verdict.error = String(error && error.stack ? error.stack : error).slice(0, 2000);
}
console.log(JSON.stringify(verdict));
process.exit(verdict.ok ? 0 : 1);
