#!/usr/bin/env python3
"""Writes the sixth batch of labelled held-out logs of this folder (see README.md), written blind to
the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit bd445dd. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes) stays literal. Fixed seed.

    python3 make_heldout_6.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(6666)


def ip():
    return heldout_common.ip([10, 100, 172, 192, 198, 203])


def b58(n):
    return "".join(pick("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(n))


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def iso(zone="Z"):
    return f"2026-12-{R.randrange(1, 8):02d}T{clock()}{zone}"


SETS = {}

# An authoritative and recursive DNS server (BIND-like named): queries, zone transfers, DNSSEC.
ZONES = ["example.com", "corp.example.net", "shop.example.org", "10.in-addr.arpa", "eu.example.io", "."]
NAMES = ["www.example.com", "api.example.com", "mail.corp.example.net", "cdn.shop.example.org",
         "_ldap._tcp.corp.example.net", "17.4.0.10.in-addr.arpa", "grafana.eu.example.io", "example.com",
         "login.microsoftonline.com", "ocsp.digicert.com", "updates.vendor-cdn.net", "time.cloudflare.com"]
QTYPES = ["A", "A", "A", "AAAA", "AAAA", "MX", "TXT", "PTR", "SRV", "DNSKEY", "SOA", "HTTPS", "NS"]
PRIMARIES = ["192.0.2.10#53", "192.0.2.11#53", "198.51.100.53#53"]
SECONDARIES = ["192.0.2.44", "192.0.2.45", "203.0.113.130"]
REMOTE_NS = ["198.51.100.7#53", "203.0.113.201#53", "2001:db8:53::1#53", "192.33.4.12#53", "199.7.83.42#53"]


def dns_client():
    return f"@0x7f{hexs(10)} {ip()}#{R.randrange(1024, 65535)}"


def serial():
    return f"202612{R.randrange(1, 8):02d}{R.randrange(0, 20):02d}"


def dns_flags():
    return pick(["+", "+E(0)", "+E(0)K", "+E(0)DC", "-E(0)", "+ET", "-E(0)DCV", "+E(0)KC"])


def axfr_line():
    msgs = R.randrange(1, 60)
    recs = R.randrange(8, 30000)
    size = recs * R.randrange(35, 90)
    secs = R.randrange(1, 3000) / 1000
    return (f"transfer of '{pick(ZONES[:5])}/IN' from {pick(PRIMARIES)}: Transfer completed: {msgs} messages, "
            f"{recs} records, {size} bytes, {secs:.3f} secs ({int(size / secs)} bytes/sec) (serial {serial()})")


def dns_outgoing_end():
    zone = pick(ZONES[:5])
    msgs = R.randrange(1, 60)
    recs = R.randrange(8, 30000)
    size = recs * R.randrange(35, 90)
    secs = R.randrange(1, 900) / 1000
    return (f"client {dns_client()} ({zone}): transfer of '{zone}/IN': {pick(['AXFR', 'IXFR', 'AXFR-style IXFR'])} "
            f"ended: {msgs} messages, {recs} records, {size} bytes, {secs:.3f} secs ({int(size / secs)} bytes/sec)")


def key_event_time():
    months = ["Dec", "Jan", "Feb"]
    return f"{R.randrange(1, 29):02d}-{pick(months)}-{pick([2026, 2027])} {clock()}.{R.randrange(0, 1000):03d}"


SETS["dns_server"] = [
    ("E1", 40, "client @<*> <*> (<*>): query: <*> <*> <*> <*> (<*>)",
     lambda: (lambda n: f"client {dns_client()} ({n}): query: {n} IN {pick(QTYPES)} {dns_flags()} "
              f"({pick(['10.0.0.53', '10.0.0.54', '2001:db8::53'])})")(pick(NAMES))),
    ("E2", 6, "client @<*> <*> (<*>): query (cache) '<*>/<*>/<*>' denied",
     lambda: (lambda n: f"client {dns_client()} ({n}): query (cache) '{n}/{pick(QTYPES)}/IN' denied")(pick(NAMES))),
    ("E3", 5, "client @<*> <*> (<*>): transfer of '<*>/<*>': <*> started (serial <*>)",
     lambda: (lambda z: f"client {dns_client()} ({z}): transfer of '{z}/IN': {pick(['AXFR', 'IXFR'])} started "
              f"(serial {serial()})")(pick(ZONES[:5]))),
    ("E4", 5, "client @<*> <*> (<*>): transfer of '<*>/<*>': <*> ended: <*> messages, <*> records, <*> bytes, <*> secs (<*> bytes/sec)",
     dns_outgoing_end),
    ("E5", 4, "transfer of '<*>/<*>' from <*>: Transfer completed: <*> messages, <*> records, <*> bytes, <*> secs (<*> bytes/sec) (serial <*>)",
     axfr_line),
    ("E6", 5, "zone <*>/<*>: transferred serial <*>",
     lambda: f"zone {pick(ZONES[:5])}/IN: transferred serial {serial()}"),
    ("E7", 3, "zone <*>/<*>: refresh: retry limit for primary <*> exceeded (source <*>)",
     lambda: f"zone {pick(ZONES[:5])}/IN: refresh: retry limit for primary {pick(PRIMARIES)} exceeded "
             f"(source {pick(['0.0.0.0#0', '10.0.0.53#0', '::#0'])})"),
    ("E8", 4, "zone <*>/<*>: loaded serial <*>",
     lambda: f"zone {pick(ZONES)}/IN: loaded serial {serial()}"),
    ("E9", 6, "validating <*>/<*>: <*>",
     lambda: f"validating {pick(NAMES)}/{pick(['DNSKEY', 'A', 'SOA', 'DS', 'NSEC3'])}: "
             f"{pick(['no valid signature found', 'verify failed due to bad signature (keyid=' + str(R.randrange(1000, 65535)) + '): RRSIG has expired', 'bad cache hit', 'got insecure response; parent indicates it should be secure'])}"),
    ("E10", 7, "DNS format error from <*> resolving <*>/<*> for client <*>: <*>",
     lambda: f"DNS format error from {pick(REMOTE_NS)} resolving {pick(NAMES)}/{pick(QTYPES)} for client "
             f"{ip()}#{R.randrange(1024, 65535)}: {pick(['reply has no answer', 'invalid response', 'FORMERR resolving via EDNS, retrying without', 'Name example.com (SOA) not subdomain of zone updates.vendor-cdn.net -- invalid response'])}"),
    ("E11", 6, "timed out resolving '<*>/<*>/<*>': <*>",
     lambda: f"timed out resolving '{pick(NAMES)}/{pick(QTYPES)}/IN': {pick(REMOTE_NS)}"),
    ("E12", 4, "lame server resolving '<*>' (in '<*>'?): <*>",
     lambda: (lambda n: f"lame server resolving '{n}' (in '{n.split('.', 1)[-1]}'?): {pick(REMOTE_NS)}")(pick(NAMES))),
    ("E13", 2, "zone <*>/<*> (signed): next key event: <*>",
     lambda: f"zone {pick(ZONES[:5])}/IN (signed): next key event: {key_event_time()}"),
    ("E14", 2, "managed-keys-zone: Key <*> for zone <*> is now trusted (acceptance timer complete)",
     lambda: f"managed-keys-zone: Key {pick([20326, 38696, 19036])} for zone {pick(['.', 'corp.example.net'])} is now trusted (acceptance timer complete)"),
    ("E15", 2, "received control channel command '<*>'",
     lambda: f"received control channel command '{pick(['reload', 'reload example.com', 'flush', 'stats', 'retransfer shop.example.org', 'sign eu.example.io'])}'"),
]

# A card payment gateway: authorisations, 3-D Secure, refunds, webhooks, fraud checks, settlement.
MERCHANTS = [f"acct_{b58(16)}" for _ in range(8)]
ACQUIRERS = ["adyen-eu", "worldpay-uk", "stripe-us", "nexi-it", "checkout-sg"]
CURRENCIES = ["EUR", "EUR", "GBP", "USD", "USD", "SEK", "CHF", "JPY"]
BRANDS = ["visa", "mastercard", "amex", "maestro", "cartes_bancaires"]
DECLINES = [("do_not_honor", "05"), ("insufficient_funds", "51"), ("expired_card", "54"),
            ("invalid_card_number", "14"), ("suspected_fraud", "59"), ("exceeds_withdrawal_limit", "61")]
WEBHOOKS = ["https://shop.example.com/hooks/payments", "https://api.bookings.example.io/v2/webhooks/psp",
            "https://erp.example.de/callback/payment?tenant=17", "http://10.20.4.12:8080/notify"]
EVENT_TYPES = ["payment_intent.succeeded", "payment_intent.payment_failed", "charge.refunded",
               "charge.dispute.created", "payout.paid", "checkout.session.completed"]
ROUTES = ["POST /v1/payment_intents", "POST /v1/payment_intents/{id}/confirm", "GET /v1/payment_intents/{id}",
          "POST /v1/refunds", "POST /v1/tokens", "GET /v1/balance", "POST /v1/payment_intents/{id}/capture"]


def pay_id():
    return f"pay_{b58(24)}"


def amount(cur):
    return str(R.randrange(1, 90000)) if cur == "JPY" else f"{R.randrange(1, 2500)}.{R.randrange(0, 100):02d}"


def pay_authorised():
    cur = pick(CURRENCIES)
    return (f"Authorization approved: payment_id={pay_id()} amount={amount(cur)} {cur} card={pick(BRANDS)} "
            f"****{R.randrange(0, 10000):04d} auth_code={hexs(6).upper()} acquirer={pick(ACQUIRERS)} latency_ms={R.randrange(90, 2400)}")


def pay_declined():
    reason, code = pick(DECLINES)
    return f"Authorization declined: payment_id={pay_id()} reason=\"{reason}\" issuer_code={code} acquirer={pick(ACQUIRERS)}"


def pay_access():
    route = pick(ROUTES).replace("{id}", pay_id())
    method, path = route.split(" ")
    return (f"{method} {path} {pick([200, 200, 200, 201, 400, 402, 404, 409, 429, 500])} {R.randrange(8, 3200)}ms "
            f"request_id=req_{b58(14)} ip={ip()}")


def pay_refund():
    cur = pick(CURRENCIES)
    return f"Refund re_{b58(24)} of {amount(cur)} {cur} for charge ch_{b58(24)} created by merchant {pick(MERCHANTS)}"


def pay_webhook_failed():
    err = pick(["HTTP 502 Bad Gateway", "HTTP 500 Internal Server Error", "HTTP 404 Not Found",
                "dial tcp 10.20.4.12:8080: connect: connection refused", "context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                "x509: certificate has expired or is not yet valid"])
    attempt = R.randrange(1, 9)
    return (f"Webhook delivery to {pick(WEBHOOKS)} failed: {err} (attempt {attempt} of 8, next retry in "
            f"{pick(['30s', '2m0s', '8m0s', '32m0s', '2h8m0s'])})")


def pay_fraud():
    rules = R.sample(["velocity_card_1h", "ip_country_mismatch", "bin_high_risk", "email_age_lt_1d",
                      "device_seen_many_cards", "amount_gt_p99"], R.randrange(0, 4))
    score = R.randrange(0, 100)
    decision = "allow" if score < 60 else ("review" if score < 85 else "block")
    return f"Fraud check: payment {pay_id()} risk_score={score} rules=[{', '.join(rules)}] decision={decision}"


def pay_chargeback():
    cur = pick(["usd", "eur", "gbp"])
    return ("Chargeback received: {\"dispute_id\":\"dp_" + b58(24) + "\",\"charge\":\"ch_" + b58(24)
            + "\",\"reason\":\"" + pick(["fraudulent", "product_not_received", "duplicate", "subscription_canceled"])
            + "\",\"amount\":" + str(R.randrange(100, 90000)) + ",\"currency\":\"" + cur + "\"}")


def pay_timeout():
    return (f"Acquirer timeout after {pick([15000, 30000])} ms for payment {pay_id()} on route {pick(ACQUIRERS)}; "
            f"marking as pending and scheduling status inquiry at {iso()}")


def pay_settlement():
    cur = pick(["EUR", "GBP", "USD"])
    total = R.randrange(1000, 900000)
    return (f"Settlement batch 202612{R.randrange(1, 8):02d}-{cur[:2]}-{R.randrange(1, 10):03d} closed: "
            f"{R.randrange(20, 9000)} transactions, total {total:,}.{R.randrange(0, 100):02d} {cur}")


SETS["payment_gateway"] = [
    ("E1", 30, "<*> <*> <*> <*>ms request_id=<*> ip=<*>", pay_access),
    ("E2", 22, "Authorization approved: payment_id=<*> amount=<*> <*> card=<*> ****<*> auth_code=<*> acquirer=<*> latency_ms=<*>",
     pay_authorised),
    ("E3", 8, "Authorization declined: payment_id=<*> reason=\"<*>\" issuer_code=<*> acquirer=<*>", pay_declined),
    ("E4", 7, "3DS challenge required for payment <*> (ACS <*>, protocol <*>)",
     lambda: f"3DS challenge required for payment {pay_id()} (ACS https://{pick(['acs.bank-a.example', 'secure.3ds.cardissuer.example', 'acs-eu.example-bank.de'])}/3ds/v2/challenge, protocol {pick(['2.1.0', '2.2.0', '2.2.0', '2.3.1'])})"),
    ("E5", 7, "3DS authentication result for <*>: transStatus=<*> eci=<*> dsTransID=<*>",
     lambda: f"3DS authentication result for {pay_id()}: transStatus={pick(['Y', 'Y', 'Y', 'N', 'A', 'R', 'U'])} eci={pick(['05', '06', '07', '02', '01'])} dsTransID={uuid()}"),
    ("E6", 5, "Refund <*> of <*> <*> for charge <*> created by merchant <*>", pay_refund),
    ("E7", 8, "Webhook event <*> (<*>) delivered to <*> in <*>",
     lambda: f"Webhook event evt_{b58(24)} ({pick(EVENT_TYPES)}) delivered to {pick(WEBHOOKS)} in {R.randrange(40, 4000)}ms"),
    ("E8", 5, "Webhook delivery to <*> failed: <*> (attempt <*> of 8, next retry in <*>)", pay_webhook_failed),
    ("E9", 8, "Fraud check: payment <*> risk_score=<*> rules=[<*>] decision=<*>", pay_fraud),
    ("E10", 2, "Acquirer connection pool exhausted for <*> (active=<*> idle=<*> waiting=<*>)",
     lambda: f"Acquirer connection pool exhausted for {pick(ACQUIRERS)} (active={pick([32, 64, 128])} idle=0 waiting={R.randrange(1, 80)})"),
    ("E11", 2, "Chargeback received: <*>", pay_chargeback),
    ("E12", 3, "Acquirer timeout after <*> ms for payment <*> on route <*>; marking as pending and scheduling status inquiry at <*>",
     pay_timeout),
    ("E13", 2, "Settlement batch <*> closed: <*> transactions, total <*> <*>", pay_settlement),
    ("E14", 3, "Idempotency-Key <*> reused with a different request body (first seen <*> ago on <*>)",
     lambda: f"Idempotency-Key {uuid()} reused with a different request body (first seen {R.randrange(1, 59)}m{R.randrange(0, 60)}s ago on req_{b58(14)})"),
    ("E15", 3, "Card tokenised: token=<*> fingerprint=<*> bin=<*> country=<*> funding=<*>",
     lambda: f"Card tokenised: token=tok_{b58(24)} fingerprint={b58(16)} bin={pick(['424242', '555555', '378282', '401288', '520082'])}{'' if R.random() < 0.5 else str(R.randrange(10, 99))} country={pick(['DE', 'FR', 'GB', 'US', 'SE', 'IT', 'NL'])} funding={pick(['credit', 'debit', 'prepaid'])}"),
]

# A video transcoding worker that drives ffmpeg: jobs, probes, encoder chatter, progress, HLS output.
CODECS_IN = ["h264", "hevc", "prores", "vp9", "mpeg2video"]
RENDITIONS = [("1080p", "1920x1080", 5800), ("720p", "1280x720", 3000), ("480p", "854x480", 1400),
              ("360p", "640x360", 800), ("2160p", "3840x2160", 16000)]
ENCODERS = ["libx264", "libx265", "h264_nvenc", "libsvtav1"]
WORKERS = [f"tc-worker-{n:02d}" for n in range(1, 13)]


def media_path():
    return (f"s3://media-in/uploads/2026/12/{R.randrange(1, 8):02d}/{uuid()}/"
            f"{pick(['master', 'IMG_4021', 'Final Cut v3', 'interview_cam_b', 'GX010233'])}.{pick(['mov', 'mp4', 'mxf', 'mkv'])}")


def tc_job():
    return uuid()


def tc_pickup():
    _, res, _ = pick(RENDITIONS)
    return (f"job {tc_job()} picked up: input {media_path()} ({res}, {pick(CODECS_IN)}, "
            f"{pick(['23.976', '25', '29.97', '50', '59.94'])} fps, {R.randrange(0, 2):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}.{R.randrange(0, 100):02d})")


def tc_progress():
    frame = R.randrange(1, 99999)
    fps = R.randrange(1, 400)
    size = R.randrange(0, 2000000)
    bitrate = R.randrange(100, 200000) / 10
    speed = R.randrange(10, 1500) / 100
    return (f"frame={frame:5d} fps={fps:3d} q={R.randrange(-1, 52)}.0 size={size:8d}kB time={R.randrange(0, 2):02d}:"
            f"{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}.{R.randrange(0, 100):02d} bitrate={bitrate:6.1f}kbits/s speed={speed:.3g}x")


def av_ctx(name):
    return f"[{name} @ 0x{pick(['55', '56', '7f'])}{hexs(9)}{pick('08')}]"


def tc_frame_stats():
    return (f"{av_ctx(pick(['libx264', 'libx265']))} frame {pick('IPB')}:{R.randrange(1, 99999):<5d} Avg QP:{R.randrange(1000, 4500) / 100:5.2f}  "
            f"size:{R.randrange(200, 900000):6d}")


def tc_mapping():
    cin = pick(CODECS_IN)
    enc = pick(ENCODERS)
    out = {"libx264": "h264", "h264_nvenc": "h264", "libx265": "hevc", "libsvtav1": "av1"}[enc]
    return f"Stream #0:{R.randrange(0, 3)} -> #0:0 ({cin} (native) -> {out} ({enc}))"


def tc_rendition_done():
    name, _, kbps = pick(RENDITIONS)
    return (f"job {tc_job()} rendition {name} done: {kbps + R.randrange(-400, 400)} kb/s avg, "
            f"{R.randrange(5, 9000) / 10:.1f} MB, took {R.randrange(0, 40)}m{R.randrange(0, 60)}s "
            f"({R.randrange(20, 900) / 100:.2f}x realtime)")


def tc_failed():
    err = pick(["Invalid data found when processing input", "Conversion failed!",
                "moov atom not found", "Error while opening encoder for output stream #0:0 - maybe incorrect parameters such as bit_rate, rate, width or height",
                "Cannot load libnvidia-encode.so.1", "No space left on device"])
    return f"job {tc_job()} failed: ffmpeg exited with status {pick([1, 1, 1, 187, 234, 255])}: {err}"


SETS["video_transcoder"] = [
    ("E1", 30, "frame=<*> fps=<*> q=<*> size=<*>kB time=<*> bitrate=<*>kbits/s speed=<*>x", tc_progress),
    ("E2", 10, "job <*> picked up: input <*> (<*>, <*>, <*> fps, <*>)", tc_pickup),
    ("E3", 7, "Input #<*>, <*>, from '<*>':",
     lambda: (lambda d: f"Input #0, {d[0]}, from '/scratch/{tc_job()}/{d[1]}':")(pick([('mov,mp4,m4a,3gp,3g2,mj2', 'source.mov'), ('mov,mp4,m4a,3gp,3g2,mj2', 'source.mp4'), ('matroska,webm', 'in.mkv'), ('mxf', 'source.mxf'), ('mpegts', 'capture.ts')]))),
    ("E4", 7, "Duration: <*>, start: <*>, bitrate: <*> kb/s",
     lambda: f"Duration: {R.randrange(0, 2):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}.{R.randrange(0, 100):02d}, start: {pick(['0.000000', '0.000000', '0.023220', '1.400000'])}, bitrate: {R.randrange(800, 180000)} kb/s"),
    ("E5", 7, "Stream #<*> -> #<*> (<*> (native) -> <*> (<*>))", tc_mapping),
    ("E6", 4, "[<*> @ <*>] using cpu capabilities: <*>",
     lambda: f"{av_ctx(pick(['libx264', 'libx265']))} using cpu capabilities: {pick(['MMX2 SSE2Fast SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2', 'MMX2 SSE2Fast SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2 AVX512', 'ARMv8 NEON', 'none!'])}"),
    ("E7", 6, "[<*> @ <*>] frame <*>:<*> Avg QP:<*>  size:<*>", tc_frame_stats),
    ("E8", 4, "[<*> @ <*>] error while decoding MB <*> <*>, bytestream <*>",
     lambda: f"{av_ctx('h264')} error while decoding MB {R.randrange(0, 240)} {R.randrange(0, 135)}, bytestream {R.randrange(-40, 0)}"),
    ("E9", 3, "[<*> @ <*>] Starting second pass: moving the moov atom to the beginning of the file",
     lambda: f"{av_ctx('mp4')} Starting second pass: moving the moov atom to the beginning of the file"),
    ("E10", 8, "job <*> rendition <*> done: <*> kb/s avg, <*> MB, took <*> (<*>x realtime)", tc_rendition_done),
    ("E11", 4, "job <*> failed: ffmpeg exited with status <*>: <*>", tc_failed),
    ("E12", 6, "uploaded segment <*> (<*>s, <*> MB) to <*>",
     lambda: f"uploaded segment {pick(RENDITIONS)[0]}/seg_{R.randrange(0, 900):05d}.{pick(['ts', 'm4s'])} ({pick(['6.006', '6.000', '4.004', '2.002', '5.339'])}s, {R.randrange(1, 1200) / 100:.2f} MB) to s3://media-out/hls/{tc_job()}/"),
    ("E13", 3, "GPU <*> (<*>): encoder sessions <*>/<*> in use, queueing job <*>",
     lambda: f"GPU {R.randrange(0, 4)} ({pick(['NVIDIA T4', 'NVIDIA L4', 'NVIDIA A10G'])}): encoder sessions {(lambda n: f'{n}/{n}')(pick([3, 5, 8]))} in use, queueing job {tc_job()}"),
    ("E14", 4, "heartbeat worker=<*> queue=<*> running=<*> pending=<*> load=<*>",
     lambda: f"heartbeat worker={pick(WORKERS)} queue={pick(['transcode-high', 'transcode-default', 'thumbnails'])} running={R.randrange(0, 5)} pending={R.randrange(0, 300)} load={R.randrange(0, 1600) / 100:.2f}"),
]

# A CDN edge cache: access lines, purges, origin health, storage eviction, TLS.
POPS = ["fra2", "ams1", "lhr3", "cdg1", "iad4", "sin2", "nrt1", "gru1"]
HOSTS = ["static.example.com", "img.shop.example.org", "cdn.news.example.net", "assets.example.io", "video.example.tv"]
ORIGINS = ["origin-eu.example.com:443", "10.40.1.20:8080", "s3-website.eu-central-1.example-cloud.com:80",
           "shop-origin.internal:8443"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
       "okhttp/4.12.0", "curl/8.5.0", "Googlebot-Image/1.0", "-",
       "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"]
PATHS = ["/static/js/app.{h}.js", "/static/css/main.{h}.css", "/img/products/{n}/large.webp", "/img/products/{n}/thumb.jpg",
         "/news/2026/12/{n}/index.html", "/v/{n}/1080p/seg_{n}.m4s", "/fonts/Inter-Variable.woff2", "/favicon.ico",
         "/api/config.json?v={n}"]


def cdn_path():
    return pick(PATHS).replace("{h}", hexs(8)).replace("{n}", str(R.randrange(1, 99999)))


def cdn_access():
    status = pick([200] * 12 + [206, 304, 304, 404, 403, 502, 503])
    cache = pick(["HIT"] * 8 + ["MISS", "MISS", "MISS", "EXPIRED", "STALE", "BYPASS", "REVALIDATED"])
    origin_ms = "-" if cache == "HIT" else str(R.randrange(8, 2400))
    return (f"client={ip()} pop={pick(POPS)} \"{pick(['GET'] * 9 + ['HEAD', 'OPTIONS'])} https://{pick(HOSTS)}{cdn_path()} "
            f"{pick(['HTTP/2', 'HTTP/2', 'HTTP/1.1', 'HTTP/3'])}\" status={status} bytes={R.randrange(0, 5000000)} cache={cache} "
            f"ttfb={R.randrange(0, 400)}ms origin_ms={origin_ms} ua=\"{pick(UAS)}\"")


def cdn_purge():
    return (f"purge prg_{hexs(20)} from api-key '{pick(['deploy-bot', 'cms-publisher', 'ops@example.com'])}': "
            f"{R.randrange(0, 40000)} objects invalidated matching \"{pick(['/static/*', '/img/products/*', '/news/2026/12/*', '/*', '/api/config.json'])}\" "
            f"on {pick(HOSTS)} in {R.randrange(30, 4000)}ms")


def cdn_origin_failed():
    err = pick(["upstream connect error or disconnect/reset before headers. reset reason: connection failure",
                "HTTP 503 from origin", "read timeout after 30s", "TLS error: certificate verify failed (hostname mismatch)",
                "connection reset by peer"])
    return (f"origin fetch failed for https://{pick(HOSTS)}{cdn_path()}: {err} (origin {pick(ORIGINS)}, attempt {R.randrange(1, 4)})")


SETS["cdn_edge"] = [
    ("E1", 60, "client=<*> pop=<*> \"<*>\" status=<*> bytes=<*> cache=<*> ttfb=<*>ms origin_ms=<*> ua=\"<*>\"", cdn_access),
    ("E2", 5, "purge <*> from api-key '<*>': <*> objects invalidated matching \"<*>\" on <*> in <*>", cdn_purge),
    ("E3", 4, "surrogate-key purge keys=[<*>] invalidated <*> objects",
     lambda: f"surrogate-key purge keys=[{', '.join(R.sample(['product-' + str(R.randrange(1, 9999)), 'category-shoes', 'category-sale', 'article-' + str(R.randrange(1, 99999)), 'homepage', 'price-list'], R.randrange(1, 4)))}] invalidated {R.randrange(0, 900)} objects"),
    ("E4", 7, "origin fetch failed for <*>: <*> (origin <*>, attempt <*>)", cdn_origin_failed),
    ("E5", 3, "origin <*> marked unhealthy after <*> consecutive failures (last: <*>)",
     lambda: f"origin {pick(ORIGINS)} marked unhealthy after {pick([3, 5])} consecutive failures (last: {pick(['HTTP 503', 'connect timeout', 'HTTP 500', 'health check body mismatch'])})"),
    ("E6", 3, "origin <*> healthy again: <*> returned <*> in <*>",
     lambda: f"origin {pick(ORIGINS)} healthy again: GET {pick(['/healthz', '/status', '/ping'])} returned {pick([200, 204])} in {R.randrange(3, 900)}ms"),
    ("E7", 4, "storage: evicted <*> objects (<*>) from <*> to stay under <*>% usage",
     lambda: f"storage: evicted {R.randrange(100, 90000)} objects ({R.randrange(1, 990) / 10:.1f} {pick(['MiB', 'GiB', 'GiB'])}) from /var/cache/edge/{pick(['ssd0', 'ssd1', 'nvme0', 'ram'])} to stay under {pick([85, 90, 95])}% usage"),
    ("E8", 5, "TLS handshake failed with <*> (SNI \"<*>\"): <*>",
     lambda: f"TLS handshake failed with {ip()}:{R.randrange(1024, 65535)} (SNI \"{pick(HOSTS + ['', 'localhost', '203.0.113.5'])}\"): {pick(['no shared cipher', 'unsupported protocol', 'tlsv1 alert unknown ca', 'wrong version number', 'client sent an HTTP request to an HTTPS server'])}"),
    ("E9", 2, "certificate for <*> renewed, serial <*>, valid until <*>",
     lambda: f"certificate for {pick(HOSTS)} renewed, serial {':'.join(hexs(2).upper() for _ in range(8))}, valid until 2027-0{R.randrange(1, 4)}-{R.randrange(1, 29):02d} {clock()} UTC"),
    ("E10", 4, "request collapsing: <*> waiters released for <*> after <*>",
     lambda: f"request collapsing: {R.randrange(2, 400)} waiters released for https://{pick(HOSTS)}{cdn_path()} after {R.randrange(10, 3000)}ms"),
    ("E11", 5, "serving stale <*> (age <*>s, ttl <*>s), revalidating in background",
     lambda: f"serving stale https://{pick(HOSTS)}{cdn_path()} (age {R.randrange(60, 90000)}s, ttl {pick([60, 300, 3600, 86400])}s), revalidating in background"),
    ("E12", 4, "rate limit exceeded for <*> on <*>: <*> req/s > <*> req/s, action=<*>",
     lambda: f"rate limit exceeded for {ip()} on {pick(HOSTS)}: {R.randrange(101, 9000)} req/s > {pick([100, 500, 1000])} req/s, action={pick(['block', 'challenge', 'log'])}"),
    ("E13", 2, "config version <*> applied (<*> services, <*> rules) in <*>",
     lambda: f"config version {R.randrange(1000, 99999)} applied ({R.randrange(20, 400)} services, {R.randrange(100, 9000)} rules) in {R.randrange(5, 900)}ms"),
    ("E14", 2, "{\"event\":\"log_shipping\",\"destination\":\"<*>\",\"dropped\":<*>,\"reason\":\"<*>\"}",
     lambda: "{\"event\":\"log_shipping\",\"destination\":\"" + pick(['https://logs.example.com/ingest', 'kafka://10.40.2.9:9092/cdn-logs', 's3://cdn-logs-eu/raw'])
             + "\",\"dropped\":" + str(R.randrange(1, 90000)) + ",\"reason\":\"" + pick(['buffer full', 'endpoint returned 429', 'timeout']) + "\"}"),
]

# A Bitcoin-style full node: chain tip, headers, peers, mempool, block files.
PEER_KIND = ["outbound-full-relay", "outbound-full-relay", "block-relay-only", "feeler", "manual"]
NET_MSGS = ["inv", "headers", "cmpctblock", "tx", "getdata", "ping", "pong", "addrv2", "feefilter", "sendcmpct",
            "blocktxn", "wtxidrelay"]


def block_hash():
    return "00000000000000000" + hexs(47)


HEIGHT0 = 924_000


def btc_update_tip():
    h = HEIGHT0 + R.randrange(0, 400)
    return (f"UpdateTip: new best={block_hash()} height={h} version=0x{pick(['20000000', '2000e000', '3fff0000', '20400000'])} "
            f"log2_work={94 + R.randrange(0, 999999) / 1e6:.6f} tx={1_150_000_000 + R.randrange(0, 9_000_000)} "
            f"date='2026-12-{R.randrange(1, 8):02d}T{clock()}Z' progress=1.000000 cache={R.randrange(10, 4500) / 10:.1f}MiB({R.randrange(10000, 2400000)}txo)")


def btc_reject():
    reason = pick([f"min relay fee not met, {R.randrange(50, 200)} < {R.randrange(200, 400)}",
                   f"mempool min fee not met, {R.randrange(200, 2000)} < {R.randrange(2001, 5000)}",
                   "txn-mempool-conflict", "bad-txns-inputs-missingorspent", "non-mandatory-script-verify-flag (Signature must be zero for failed CHECK(MULTI)SIG operation)",
                   "too-long-mempool-chain, too many descendants for tx " + hexs(64) + " [limit: 25]", "dust"])
    return f"AcceptToMemoryPool: peer={R.randrange(0, 300)}: tx {hexs(64)} (wtxid={hexs(64)}) rejected: {reason}"


def btc_reconstructed():
    return (f"Successfully reconstructed block {block_hash()} with {R.randrange(1, 3)} txn prefilled, {R.randrange(100, 5000)} txn from mempool "
            f"(incl at least {R.randrange(0, 40)} from extra pool) and {R.randrange(0, 60)} txn requested")


SETS["blockchain_node"] = [
    ("E1", 12, "UpdateTip: new best=<*> height=<*> version=<*> log2_work=<*> tx=<*> date='<*>' progress=<*> cache=<*>MiB(<*>txo)",
     btc_update_tip),
    ("E2", 10, "Saw new header hash=<*> height=<*>",
     lambda: f"Saw new header hash={block_hash()} height={HEIGHT0 + R.randrange(0, 400)}"),
    ("E3", 8, "Saw new cmpctblock header hash=<*> peer=<*>",
     lambda: f"Saw new cmpctblock header hash={block_hash()} peer={R.randrange(0, 300)}"),
    ("E4", 8, "Successfully reconstructed block <*> with <*> txn prefilled, <*> txn from mempool (incl at least <*> from extra pool) and <*> txn requested",
     btc_reconstructed),
    ("E5", 26, "received: <*> (<*> bytes) peer=<*>",
     lambda: f"received: {pick(NET_MSGS)} ({R.randrange(0, 60000)} bytes) peer={R.randrange(0, 300)}"),
    ("E6", 12, "AcceptToMemoryPool: peer=<*>: tx <*> (wtxid=<*>) rejected: <*>", btc_reject),
    ("E7", 7, "New <*> peer connected: version: <*>, blocks=<*>, peer=<*>",
     lambda: f"New {pick(PEER_KIND)} peer connected: version: {pick([70016, 70016, 70015])}, blocks={HEIGHT0 + R.randrange(0, 400)}, peer={R.randrange(0, 300)}"),
    ("E8", 8, "socket closed for peer=<*>",
     lambda: f"socket closed for peer={R.randrange(0, 300)}"),
    ("E9", 3, "Timeout downloading block <*> from peer=<*>, disconnecting",
     lambda: f"Timeout downloading block {block_hash()} from peer={R.randrange(0, 300)}, disconnecting"),
    ("E10", 3, "Misbehaving: peer=<*>: <*>",
     lambda: f"Misbehaving: peer={R.randrange(0, 300)}: {pick(['header with invalid proof of work', 'non-continuous headers sequence', 'invalid compact block', 'peer sent us a headers message with too many headers'])}"),
    ("E11", 2, "Potential stale tip detected, will try using extra outbound peer (last tip update: <*> seconds ago)",
     lambda: f"Potential stale tip detected, will try using extra outbound peer (last tip update: {R.randrange(1800, 9000)} seconds ago)"),
    ("E12", 3, "Pre-allocating up to position <*> in <*>.dat",
     lambda: f"Pre-allocating up to position 0x{pick(['1000000', '2000000', '3000000', '7000000', '100000', '200000'])} in {pick(['blk', 'rev'])}{R.randrange(4800, 4900):05d}.dat"),
    ("E13", 2, "InvalidChainFound: invalid block=<*>  height=<*>  log2_work=<*>  date=<*>",
     lambda: f"InvalidChainFound: invalid block={block_hash()}  height={HEIGHT0 + R.randrange(0, 400)}  log2_work={94 + R.randrange(0, 999999) / 1e6:.6f}  date=2026-12-0{R.randrange(1, 8)}T{clock()}Z"),
    ("E14", 2, "Flushed <*> addresses to peers.dat  <*>ms",
     lambda: f"Flushed {R.randrange(40000, 80000)} addresses to peers.dat  {R.randrange(50, 900)}ms"),
]

# An LLM inference server (OpenAI-compatible HTTP front, continuous batching engine, KV cache).
MODELS = ["meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3", "Qwen/Qwen2.5-32B-Instruct-AWQ"]
PROMPTS = ["'<|begin_of_text|><|start_header_id|>system<|end_header_id|>\\n\\nYou are a helpful assistant.'",
           "'Summarise the following support ticket in two sentences: The customer reports that'",
           "'Translate to German: The shipment was delayed because of the storm.'",
           "'def fibonacci(n):\\n    '", "'Write a SQL query that returns the ten largest orders by total'", "None"]


def req_id():
    return pick(["chatcmpl-", "cmpl-", "embd-"]) + hexs(32)


def llm_access():
    path = pick(["/v1/chat/completions"] * 6 + ["/v1/completions", "/v1/embeddings", "/v1/models", "/health", "/metrics"])
    method = "GET" if path in ("/v1/models", "/health", "/metrics") else "POST"
    status = pick(["200 OK"] * 10 + ["400 Bad Request", "422 Unprocessable Entity", "503 Service Unavailable", "499 Client Closed Request"])
    return f"{ip()}:{R.randrange(30000, 65000)} - \"{method} {path} HTTP/1.1\" {status}"


def llm_received():
    temp = pick(["0.0", "0.2", "0.7", "1.0"])
    params = (f"SamplingParams(n=1, presence_penalty=0.0, frequency_penalty=0.0, repetition_penalty=1.0, temperature={temp}, "
              f"top_p={pick(['1.0', '0.95', '0.9'])}, top_k=-1, min_p=0.0, seed=None, stop=[], stop_token_ids=[], "
              f"max_tokens={pick([64, 256, 512, 1024, 4096])}, min_tokens=0, logprobs=None, skip_special_tokens=True)")
    ids = ", ".join(str(R.randrange(0, 128256)) for _ in range(R.randrange(3, 9)))
    return (f"Received request {req_id()}: prompt: {pick(PROMPTS)}, params: {params}, "
            f"prompt_token_ids: [{ids}, ...], lora_request: {pick(['None', 'None', 'LoRARequest(lora_name=' + chr(39) + 'support-tone' + chr(39) + ', lora_int_id=1)'])}")


def llm_stats():
    return (f"Avg prompt throughput: {R.randrange(0, 90000) / 10:.1f} tokens/s, Avg generation throughput: {R.randrange(0, 30000) / 10:.1f} tokens/s, "
            f"Running: {R.randrange(0, 64)} reqs, Swapped: {pick([0, 0, 0, 0, 1, 3])} reqs, Pending: {R.randrange(0, 40)} reqs, "
            f"GPU KV cache usage: {R.randrange(0, 1000) / 10:.1f}%, CPU KV cache usage: {pick(['0.0', '0.0', '0.0', '1.7', '12.4'])}%.")


def llm_error():
    err = pick(["CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.15 GiB total capacity; 74.02 GiB already allocated)",
                "asyncio.CancelledError", "client disconnected", "prompt contains token ids out of vocabulary",
                "RuntimeError: NCCL error: unhandled system error (run with NCCL_DEBUG=INFO for details)"])
    return f"Error in request {req_id()}: {err}"


def llm_metrics():
    return ("Request " + req_id() + " metrics: {\"ttft_ms\": " + f"{R.randrange(20, 9000) / 10:.1f}" + ", \"tpot_ms\": "
            + f"{R.randrange(50, 900) / 10:.1f}" + ", \"prompt_tokens\": " + str(R.randrange(5, 30000))
            + ", \"completion_tokens\": " + str(R.randrange(1, 4096)) + ", \"queue_ms\": " + f"{R.randrange(0, 60000) / 10:.1f}" + "}")


SETS["llm_inference"] = [
    ("E1", 30, "<*> - \"<*> <*> HTTP/<*>\" <*>", llm_access),
    ("E2", 18, "Received request <*>: prompt: <*>, params: <*>, prompt_token_ids: <*>, lora_request: <*>", llm_received),
    ("E3", 16, "Added request <*>.", lambda: f"Added request {req_id()}."),
    ("E4", 16, "Finished request <*>.", lambda: f"Finished request {req_id()}."),
    ("E5", 4, "Aborted request <*>.", lambda: f"Aborted request {req_id()}."),
    ("E6", 12, "Avg prompt throughput: <*> tokens/s, Avg generation throughput: <*> tokens/s, Running: <*> reqs, Swapped: <*> reqs, Pending: <*> reqs, GPU KV cache usage: <*>%, CPU KV cache usage: <*>%.",
     llm_stats),
    ("E7", 3, "Sequence group <*> is preempted by <*> mode because there is not enough KV cache space. This can affect the end-to-end performance. Increase gpu_memory_utilization or tensor_parallel_size to provide more KV cache memory. total_num_cumulative_preemption=<*>",
     lambda: f"Sequence group {R.randrange(1, 9999)} is preempted by {pick(['PreemptionMode.RECOMPUTE', 'PreemptionMode.SWAP'])} mode because there is not enough KV cache space. This can affect the end-to-end performance. Increase gpu_memory_utilization or tensor_parallel_size to provide more KV cache memory. total_num_cumulative_preemption={R.randrange(1, 500)}"),
    ("E8", 3, "Input prompt (<*> tokens) is too long and exceeds limit of <*>",
     lambda: f"Input prompt ({R.randrange(8193, 140000)} tokens) is too long and exceeds limit of {pick([8192, 32768, 131072])}"),
    ("E9", 3, "Error in request <*>: <*>", llm_error),
    ("E10", 6, "Request <*> metrics: <*>", llm_metrics),
    ("E11", 4, "Prefix cache hit rate: GPU: <*>%, CPU: <*>%",
     lambda: f"Prefix cache hit rate: GPU: {R.randrange(0, 10000) / 100:.2f}%, CPU: {pick(['0.00', '0.00', '3.12'])}%"),
    ("E12", 1, "Loading model weights took <*> GB and <*> seconds",
     lambda: f"Loading model weights took {pick(['14.9888', '13.4976', '18.1420'])} GB and {R.randrange(300, 9000) / 100:.2f} seconds"),
    ("E13", 1, "# GPU blocks: <*>, # CPU blocks: <*>",
     lambda: f"# GPU blocks: {R.randrange(2000, 40000)}, # CPU blocks: {pick([2048, 4096])}"),
    ("E14", 2, "LoRA adapter '<*>' loaded from <*> (rank <*>, <*> MiB) for model <*>",
     lambda: f"LoRA adapter '{pick(['support-tone', 'sql-coder', 'de-translator'])}' loaded from /models/adapters/{hexs(12)} (rank {pick([8, 16, 64])}, {R.randrange(10, 700)} MiB) for model {pick(MODELS)}"),
]

SIZES = {"dns_server": 340, "payment_gateway": 320, "video_transcoder": 300, "cdn_edge": 360, "blockchain_node": 300,
         "llm_inference": 320}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
