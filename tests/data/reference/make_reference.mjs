// Computes reference indicator values with TA-Lib (the C library, through the npm package `talib`,
// which bundles TA-Lib 0.6 and builds it from source) over ../market/btc_klines_1m.json and writes
// talib_btc_1m.csv: one row per candle, an empty cell where TA-Lib has no value yet.
//
// Run: ./install_talib.sh && node make_reference.mjs
// Columns that TA-Lib has no function for are composed from TA-Lib functions:
//   ao       = SMA(MEDPRICE, 5) - SMA(MEDPRICE, 34)
//   cmf20    = SUM(money-flow volume, 20) / SUM(volume, 20), money-flow volume as in TA-Lib AD
//   relvol20 = volume / SMA(volume, 20) of the 20 candles before
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const talib = require('talib');

const rows = JSON.parse(readFileSync(join(here, '..', 'market', 'btc_klines_1m.json'), 'utf8'));
const t = rows.map(r => r[0]);
const open = rows.map(r => r[1]);
const high = rows.map(r => r[2]);
const low = rows.map(r => r[3]);
const close = rows.map(r => r[4]);
const volume = rows.map(r => r[5]);
const n = rows.length;

function run(name, inputs, options = {}) {
    const result = talib.execute({ name, startIdx: 0, endIdx: n - 1, ...inputs, ...options });
    if (result.error)
        throw new Error(`${name}: ${result.error}`);
    return result;
}

// Places TA-Lib's output (which starts at begIndex) on the candle index axis.
function aligned(result, output) {
    const out = new Array(n).fill(null);
    const values = result.result[output];
    for (let i = 0; i < result.nbElement; ++i)
        out[result.begIndex + i] = values[i];
    return out;
}

const hlc = { high, low, close };
const columns = {};
columns.sma20 = aligned(run('SMA', { inReal: close }, { optInTimePeriod: 20 }), 'outReal');
columns.ema20 = aligned(run('EMA', { inReal: close }, { optInTimePeriod: 20 }), 'outReal');
columns.ema50 = aligned(run('EMA', { inReal: close }, { optInTimePeriod: 50 }), 'outReal');
columns.rsi14 = aligned(run('RSI', { inReal: close }, { optInTimePeriod: 14 }), 'outReal');
const macd = run('MACD', { inReal: close }, { optInFastPeriod: 12, optInSlowPeriod: 26, optInSignalPeriod: 9 });
columns.macd = aligned(macd, 'outMACD');
columns.macd_signal = aligned(macd, 'outMACDSignal');
columns.macd_hist = aligned(macd, 'outMACDHist');
columns.cci20 = aligned(run('CCI', hlc, { optInTimePeriod: 20 }), 'outReal');
columns.willr14 = aligned(run('WILLR', hlc, { optInTimePeriod: 14 }), 'outReal');
columns.atr14 = aligned(run('ATR', hlc, { optInTimePeriod: 14 }), 'outReal');
columns.plus_di14 = aligned(run('PLUS_DI', hlc, { optInTimePeriod: 14 }), 'outReal');
columns.minus_di14 = aligned(run('MINUS_DI', hlc, { optInTimePeriod: 14 }), 'outReal');
columns.adx14 = aligned(run('ADX', hlc, { optInTimePeriod: 14 }), 'outReal');
columns.obv = aligned(run('OBV', { inReal: close, volume }), 'outReal');
columns.ad = aligned(run('AD', { high, low, close, volume }), 'outReal');

const median = aligned(run('MEDPRICE', { high, low }), 'outReal');
const aoFast = aligned(run('SMA', { inReal: median }, { optInTimePeriod: 5 }), 'outReal');
const aoSlow = aligned(run('SMA', { inReal: median }, { optInTimePeriod: 34 }), 'outReal');
columns.ao = aoSlow.map((slow, i) => (slow === null || aoFast[i] === null ? null : aoFast[i] - slow));

const flow = rows.map((_, i) => {
    const range = high[i] - low[i];
    return range > 0 ? (((close[i] - low[i]) - (high[i] - close[i])) / range) * volume[i] : 0;
});
const flowSum = aligned(run('SUM', { inReal: flow }, { optInTimePeriod: 20 }), 'outReal');
const volumeSum = aligned(run('SUM', { inReal: volume }, { optInTimePeriod: 20 }), 'outReal');
columns.cmf20 = volumeSum.map((v, i) => (v === null ? null : v !== 0 ? flowSum[i] / v : 0));

const volumeAverage = aligned(run('SMA', { inReal: volume }, { optInTimePeriod: 20 }), 'outReal');
columns.relvol20 = volume.map((v, i) =>
    i === 0 || volumeAverage[i - 1] === null ? null : volumeAverage[i - 1] > 0 ? v / volumeAverage[i - 1] : 0);

const names = Object.keys(columns);
const lines = ['t,' + names.join(',')];
for (let i = 0; i < n; ++i)
    lines.push([t[i], ...names.map(name => (columns[name][i] === null ? '' : String(columns[name][i])))].join(','));
writeFileSync(join(here, 'talib_btc_1m.csv'), lines.join('\n') + '\n');
console.log(`wrote ${n} rows, ${names.length} indicators, TA-Lib (the npm package talib)`);
