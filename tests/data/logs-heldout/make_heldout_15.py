#!/usr/bin/env python3
"""Writes the fifteenth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit 4643835. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`, `#`) stays literal. Fixed seed.

    python3 make_heldout_15.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(15151)


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def mixed_id(n):
    return "".join(pick("0123456789abcdefABCDEF") for _ in range(n))


def dur(lo=1, hi=5400):
    """A duration as the programs print it: 48s, 2m14s, 1m32.5s, 1h07m."""
    s = R.randrange(lo, hi)
    if s >= 3600:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    if s < 60:
        return pick([f"{s}s", f"{s}.{R.randrange(10)}s"])
    return pick([f"{s // 60}m{s % 60:02d}s", f"{s // 60}m{s % 60:02d}s", f"{s // 60}m{s % 60}.{R.randrange(10)}s"])


def iso_ts():
    return f"2026-12-0{R.randrange(1, 8)}T{clock()}Z"


def tag(prefix, lo, hi, width=0):
    """An identifier made of a fixed prefix and a number, as the systems name their things (R7, K-117)."""
    return f"{prefix}{R.randrange(lo, hi):0{width}d}"


def human_size():
    return pick([f"{R.randrange(10, 1023)}.{R.randrange(10)}KiB", f"{R.randrange(1, 1023)}.{R.randrange(10)}MiB",
                 f"{R.randrange(1, 40)}.{R.randrange(100):02d}GiB", f"{R.randrange(200, 999)}B"])


SETS = {}

# A vending machine operator's telemetry hub: vends per machine with the selection and quoted
# product, heartbeats, DEX audit uploads, low and sold-out columns, coin changer tubes, faults with a
# quoted text, service doors opened by a route driver's card, declined cashless sessions, chilled
# compartment alarms, price lists pushed, lost links, firmware updates.
MACHINES = [("VM-0412", "Bahnhof Nord Halle 2"), ("VM-0101", "Uni Mensa EG"), ("VM-0233", "Klinikum Haus C, Flur 3"),
            ("VM-0788", "Fitnessstudio Pulse"), ("VM-1020", "Parkhaus P4 Ebene -1"), ("vm-2201b", "Buero Tower 12.OG"),
            ("VM-0090", "Schule am Park")]
PRODUCTS = [("A1", "1.20", "Wasser still 0,5l"), ("A2", "1.50", "Cola Zero 0,33l"), ("B4", "1.80", "Mars 51g"),
            ("B5", "1.60", "Snickers"), ("C1", "2.20", "Energy Drink \"Blue\" 250ml"), ("C3", "1.00", "Kaugummi Mint"),
            ("D2", "3.50", "Sandwich Kaese-Schinken"), ("D7", "2.90", "Salat Bowl vegan"), ("E1", "0.90", "Espresso")]
DRIVERS = ["M. Yilmaz", "J. Becker", "Route 7 spare card", "K. Lewandowska", "tech: S. Hoffmann"]
DEX_FW = ["3.1.6", "3.1.7-rc2", "3.0.12", "2.9.4"]


def vm():
    return pick(MACHINES)


def vend():
    m, (sel, price, name) = vm(), pick(PRODUCTS)
    ok = pick(["ok"] * 9 + ["failed", "refunded"])
    paid = pick(["cash", "cash", "card(contactless)", "card(contactless)", "card(chip)", "app(QR)", "free-vend"])
    return f"[{m[0]}|{m[1]}] vend {ok} sel={sel} \"{name}\" price={price} EUR paid={paid} t={R.randrange(8, 90) / 10}s"


def heartbeat():
    return (f"heartbeat {vm()[0]} rssi={-R.randrange(55, 105)}dBm temp={pick([R.randrange(20, 90) / 10, R.randrange(150, 290) / 10])}C "
            f"door={pick(['closed'] * 6 + ['open', 'ajar'])} uptime={R.randrange(0, 90)}d{R.randrange(0, 24):02d}h{R.randrange(0, 60):02d}m "
            f"fw={pick(DEX_FW)}")


def tubes():
    return " ".join(f"{c}:{R.randrange(0, 41)}" for c in ["0.10", "0.20", "0.50", "1.00", "2.00"])


def offline_list():
    n = pick([1, 1, 2, 3])
    return n, ", ".join(pick(MACHINES)[0] for _ in range(n))


SETS["vending_telemetry"] = [
    ("E1", 44, "[<*>|<*>] vend <*> sel=<*> \"<*>\" price=<*> EUR paid=<*> t=<*>s", vend),
    ("E2", 16, "heartbeat <*> rssi=<*>dBm temp=<*>C door=<*> uptime=<*>d<*>h<*>m fw=<*>", heartbeat),
    ("E3", 8, "DEX audit from <*>: <*> bytes, CA201 cash sales <*>, DA201 card sales <*>, <*> vends since last read",
     lambda: f"DEX audit from {vm()[0]}: {R.randrange(900, 6000)} bytes, CA201 cash sales {R.uniform(5, 600):.2f}, DA201 card sales {R.uniform(5, 1500):.2f}, {R.randrange(1, 300)} vends since last read"),
    ("E4", 7, "<*> column <*> low: <*> of <*> left (\"<*>\"), refill route <*>",
     lambda: (lambda p, cap: f"{vm()[0]} column {p[0]} low: {R.randrange(1, 4)} of {cap} left (\"{p[2]}\"), refill route {tag('R', 1, 12)}")(pick(PRODUCTS), pick([8, 10, 12, 12, 15]))),
    ("E5", 4, "<*> column <*> SOLD OUT after <*> vends today",
     lambda: f"{vm()[0]} column {pick(PRODUCTS)[0]} SOLD OUT after {R.randrange(3, 40)} vends today"),
    ("E6", 5, "MDB coin changer <*>: tubes [<*>], exact change mode <*>",
     lambda: f"MDB coin changer {vm()[0]}: tubes [{tubes()}], exact change mode {pick(['ON', 'OFF', 'OFF'])}"),
    ("E7", 3, "FAULT <*> code=<*> \"<*>\" count=<*>",
     lambda: (lambda f: f"FAULT {vm()[0]} code={f[0]} \"{f[1]}\" count={R.randrange(1, 9)}")(pick(
         [("E-23", "Spiral motor B4 blocked"), ("E-07", "Bill validator jam"), ("E-41", "Cooling unit: compressor does not start"),
          ("E-12", "Delivery flap sensor"), ("E-23", "Spiral motor D2 blocked")]))),
    ("E8", 3, "<*>: service door opened by card 0x<*> (<*>)",
     lambda: f"{vm()[0]}: service door opened by card 0x{hexs(8).upper()} ({pick(DRIVERS)})"),
    ("E9", 4, "cashless session <*> declined: reason=\"<*>\" amount=<*> EUR reader=<*>",
     lambda: f"cashless session {vm()[0]} declined: reason=\"{pick(['insufficient funds', 'card expired', 'PIN required', 'host timeout after 8s', 'unsupported card'])}\" amount={pick(PRODUCTS)[1]} EUR reader={pick(['CR-100', 'CR-100', 'CR-220 v4'])}"),
    ("E10", 2, "TEMP ALARM <*> compartment <*>: <*>C above <*>C for <*>, sales of chilled items blocked",
     lambda: f"TEMP ALARM {vm()[0]} compartment {pick([1, 2])}: {R.randrange(81, 160) / 10}C above {pick(['7.0', '8.0'])}C for {dur(300, 14400)}, sales of chilled items blocked"),
    ("E11", 2, "price list <*> pushed to <*> machines (<*> offline: <*>)",
     lambda: (lambda o: f"price list {tag('v', 120, 140)} pushed to {R.randrange(12, 40)} machines ({o[0]} offline: {o[1]})")(offline_list())),
    ("E12", 3, "link lost to <*> after <*> missed heartbeats (last seen <*>)",
     lambda: f"link lost to {vm()[0]} after {pick([3, 3, 5])} missed heartbeats (last seen {iso_ts()})"),
    ("E13", 1, "OTA <*> fw <*> -> <*> done in <*> (<*>KiB)",
     lambda: f"OTA {vm()[0]} fw {pick(DEX_FW[2:])} -> {pick(DEX_FW[:2])} done in {dur(30, 400)} ({R.randrange(300, 900)}.{R.randrange(10)}KiB)"),
]

# An electricity smart-meter head-end: register reads with the OBIS code, value, unit and quality
# byte, load profiles with their interval range, failed DLMS associations, meter events from a
# bracketed event log, data concentrator status, relay commands, tampers, tariff schedules, voltage
# sags and swells, key rotations, validation rules with free-text findings, MDM exports, clock drift.
METERS = ["1ESY1160512345", "1ESY1160598765", "1KFM0200011223", "1KFM0200011987", "1ISK0077100042", "1EMH0009123458",
          "1LGZ8812034411", "1ESY1161000007"]
DCS = [("DC-0034", "Substation Ost, Trafo 2"), ("DC-0035", "Umspannwerk Sued"), ("DC-0102", "Am Wasserturm"),
       ("DC-0007", "Industriegebiet Nord / Halle 9")]
OBIS = [("1-0:1.8.0*255", "kWh"), ("1-0:1.8.0*255", "kWh"), ("1-0:2.8.0*255", "kWh"), ("1-0:3.8.0*255", "kvarh"),
        ("1-0:1.7.0*255", "kW"), ("1-0:32.7.0*255", "V"), ("0-0:96.14.0*255", "")]


def meter():
    return pick(METERS)


def via():
    return pick([f"PLC/{pick(DCS)[0]}", f"PLC/{pick(DCS)[0]}", f"PLC/{pick(DCS)[0]}", "GPRS", "LTE-M", "RF-mesh/hop3"])


def meter_read():
    code, unit = pick(OBIS)
    value = {"kWh": f"{R.uniform(0, 99999):010.3f}", "kvarh": f"{R.uniform(0, 9999):09.3f}", "kW": f"{R.uniform(0, 40):.3f}",
             "V": f"{R.uniform(215, 245):.1f}", "": f"{R.randrange(1, 5)}"}[unit]
    unit = unit or "tariff"
    return (f"read {pick(['ok'] * 8 + ['late', 'retry'])} meter={meter()} obis={code} value={value} {unit} "
            f"q=0x{pick(['00', '00', '00', '08', '80'])} via={via()} rtt={R.randrange(80, 9000)}ms")


def load_profile():
    day = R.randrange(1, 7)
    return (f"Load profile {pick(['1-0:99.1.0', '1-0:99.1.0', '1-0:99.2.0'])} for MTR {meter()}: {pick([96, 96, 96, 94, 48])} intervals "
            f"2026-12-0{day}T00:00Z..2026-12-0{day + 1}T00:00Z, {pick([0, 0, 0, 1, 3])} gaps filled")


SETS["smart_meter"] = [
    ("E1", 40, "read <*> meter=<*> obis=<*> value=<*> <*> q=0x<*> via=<*> rtt=<*>ms", meter_read),
    ("E2", 12, "Load profile <*> for MTR <*>: <*> intervals <*>..<*>, <*> gaps filled", load_profile),
    ("E3", 7, "DLMS association to <*> failed: <*> (<*>, client SAP <*>, attempt <*>/<*>)",
     lambda: (lambda n: f"DLMS association to {meter()} failed: {pick(['timeout waiting for AARE', 'authentication failure (HLS StoC mismatch)', 'meter busy', 'PLC route not found', 'decryption failed: invalid frame counter'])} ({pick(['HLS5 GMAC', 'HLS5 GMAC', 'LLS', 'no security'])}, client SAP {pick([1, 1, 16, 48])}, attempt {R.randrange(1, n + 1)}/{n})")(pick([3, 3, 5]))),
    ("E4", 6, "Meter event <*> [<*>] code <*>: \"<*>\" at <*>",
     lambda: (lambda e: f"Meter event {meter()} [{e[0]}] code {e[1]}: \"{e[2]}\" at {iso_ts()[:10]} {clock()}+01:00")(pick(
         [("Standard Event Log", 1, "Power down"), ("Standard Event Log", 2, "Power up"), ("Fraud Detection Log", 40, "Terminal cover opened"),
          ("Power Quality Log", 76, "Undervoltage L2"), ("Disconnector Control Log", 59, "Disconnector ready for manual reconnection"),
          ("Standard Event Log", 1, "Power down")]))),
    ("E5", 5, "<*> (<*>): <*>/<*> meters reachable, PLC noise <*> dBuV, backlog <*> jobs",
     lambda: (lambda d, tot: f"{d[0]} ({d[1]}): {tot - pick([0, 0, 2, 18, 51])}/{tot} meters reachable, PLC noise {R.uniform(-70, -30):.1f} dBuV, backlog {R.randrange(0, 400)} jobs")(pick(DCS), pick([430, 212, 640, 96]))),
    ("E6", 4, "<*> command for <*> by operator <*>: relay state <*> -> <*> (ticket <*>)",
     lambda: (lambda c: f"{c[0]} command for {meter()} by operator {pick(['k.nowak', 'svc-collections', 'a.meier'])}: relay state {c[1]} -> {c[2]} (ticket {tag('INC-', 10000, 40000)})")(pick(
         [("Disconnect", "connected", "disconnected"), ("Reconnect", "disconnected", "ready_for_reconnection"),
          ("Reconnect", "ready_for_reconnection", "connected")]))),
    ("E7", 3, "TAMPER meter=<*> type=<*> count=<*> last=<*>",
     lambda: f"TAMPER meter={meter()} type={pick(['terminal_cover_open', 'magnetic_field', 'case_open', 'reverse_current'])} count={R.randrange(1, 12)} last={iso_ts()}"),
    ("E8", 2, "Tariff schedule '<*>' activated on <*> meters, <*> rejected (<*>)",
     lambda: f"Tariff schedule '{pick(['TOU-Winter-2026', 'EV night 2026 v2', 'Flat'])}' activated on {R.randrange(200, 6000)} meters, {R.randrange(1, 40)} rejected ({pick(['NACK other-reason', 'object undefined', 'read-write denied'])})"),
    ("E9", 4, "Voltage <*> on <*> at <*>: <*>V for <*>ms (threshold <*>V)",
     lambda: (lambda s: f"Voltage {s[0]} on {tag('L', 1, 4)} at {meter()}: {R.uniform(*s[1]):.1f}V for {R.randrange(20, 4000)}ms (threshold {s[2]}V)")(pick(
         [("sag", (160, 206), "207.0"), ("sag", (160, 206), "207.0"), ("swell", (254, 270), "253.0")]))),
    ("E10", 2, "Global unicast key rotated for <*> (key id 0x<*>, frame counter <*>)",
     lambda: f"Global unicast key rotated for {meter()} (key id 0x{hexs(2).upper()}, frame counter {R.randrange(0, 10 ** 8):08d})"),
    ("E11", 4, "VEE rule \"<*>\" flagged <*> for <*>: <*>",
     lambda: f"VEE rule \"{pick(['spike check', 'zero consumption', 'register rollover', 'sum check 1.8.0 vs profile'])}\" flagged {meter()} for {iso_ts()[:10]}: {pick(['consumption ' + str(R.randrange(80, 900)) + '.4 kWh exceeds 5x daily average', 'no consumption for 7 days', 'register decreased by ' + str(R.randrange(1, 90)) + ' kWh', 'profile sum differs from register delta by 2.3%'])}"),
    ("E12", 1, "MDM export batch <*> sent: <*> reads, <*>MiB, took <*>s",
     lambda: f"MDM export batch {tag('20261207-', 1, 24, 2)} sent: {R.randrange(1000, 90000)} reads, {R.randrange(1, 90) / 10}MiB, took {R.randrange(10, 900) / 10}s"),
    ("E13", 2, "Clock of <*> off by <*>s, adjusted (tolerance <*>s)",
     lambda: f"Clock of {meter()} off by {pick(['-', '+'])}{R.randrange(11, 400)}s, adjusted (tolerance {pick([10, 10, 30])}s)"),
]

# A TV broadcast playout server: channel events played with clip id, quoted title, start of message
# and duration as SMPTE timecodes, cues, as-run lines, SCTE-35 splices, missing media with the
# storages checked, file transfers, loudness, router failovers, late starts, graphics templates
# loaded with their data printed whole, playlists, subtitles, genlock, storage use.
CHANNELS = [("CH1", "News 24"), ("CH2", "Sport Extra"), ("CH3", "Kids & Family"), ("CH4", "Arte-Doku HD"), ("ch5", "Regional Nord")]
CLIPS = [("PRG_2026_1207_HL04", "Evening Highlights Part 2"), ("NWS_1400_LIVE", "Nachrichten 14:00"),
         ("PROMO_Xmas_30s_v3", "Christmas Promo"), ("DOC_0412b_Ozeane", "Die Ozeane (3/6): Tiefsee"),
         ("KID_Seq_0077", "Paw Pals - \"The Big Snow\""), ("AD_ref_9931-A", "Autohaus Meyer 20s"),
         ("SPT_BL_MD14_FCB-BVB", "Bundesliga: FCB vs. BVB (Zusammenfassung)"), ("ID_station_10s", "Station ID")]
STORAGES = ["NAS-A", "NAS-B", "S3-archive", "PLAYOUT-A", "PLAYOUT-B", "LTO-Lib2"]


def tc(hours=24):
    return f"{clock(hours)}:{R.randrange(0, 25):02d}"


def short_tc():
    return f"00:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 25):02d}"


def ch():
    c = pick(CHANNELS)
    return f"[{c[0]} \"{c[1]}\"]"


def event_no():
    return str(R.randrange(1800, 1900))


def playlist_file():
    return f"{pick(CHANNELS)[0]}_202612{R.randrange(8, 15):02d}.xml"


def transfer():
    mib, secs = 10 ** R.uniform(1.5, 4.8), R.randrange(4, 1800)
    size = f"{mib:.1f}MiB" if mib < 1024 else f"{mib / 1024:.2f}GiB"
    return f"Transfer {pick(CLIPS)[0]} {pick(STORAGES[:3])} -> {pick(STORAGES[3:5])} {size} in {dur(secs, secs + 1)} ({mib * 1.048576 / secs:.1f}MB/s)"


def cg_data():
    return pick(['{"name": "Dr. Anna Weber", "role": "Virologin"}', '{"home": "FCB", "away": "BVB", "score": "2:1"}',
                 '{"text": "Sturmwarnung fuer die Kueste"}', '{}', '{"ticker": ["DAX +0.4%", "EUR/USD 1.0812"]}'])


SETS["playout_server"] = [
    ("E1", 30, "[<*> \"<*>\"] PLAY clip=<*> \"<*>\" som=<*> dur=<*> layer=<*>",
     lambda: (lambda c: f"{ch()} PLAY clip={c[0]} \"{c[1]}\" som={pick(['00:00:00:00', '00:00:10:00', '10:00:00:00'])} dur={short_tc()} layer={pick([1, 1, 1, 2])}")(pick(CLIPS))),
    ("E2", 24, "[<*> \"<*>\"] cue next event #<*> at <*> (in <*>)",
     lambda: f"{ch()} cue next event #{event_no()} at {tc()} (in {short_tc()})"),
    ("E3", 9, "as-run: <*> ch=<*> id=<*> aired=<*> status=<*>",
     lambda: f"as-run: 2026-12-07 {tc()} ch={pick(CHANNELS)[0]} id={pick(CLIPS)[0]} aired={short_tc()} status={pick(['OK'] * 6 + ['SHORT', 'LATE', 'SKIPPED'])}"),
    ("E4", 6, "SCTE-35 splice_insert id=0x<*> out_of_network=<*> duration=<*>s on <*> pts=0x<*>",
     lambda: f"SCTE-35 splice_insert id=0x{hexs(8).upper()} out_of_network={pick(['true', 'false'])} duration={pick(['30.0', '60.0', '120.0', '90.5'])}s on {pick(CHANNELS)[0]} pts=0x{hexs(pick([6, 8, 9]))}"),
    ("E5", 4, "Media missing for event #<*> on <*>: clip '<*>' not found on any storage (checked: <*>)",
     lambda: f"Media missing for event #{event_no()} on {pick(CHANNELS)[0]}: clip '{pick(CLIPS)[0]}' not found on any storage (checked: {', '.join(R.sample(STORAGES, pick([2, 3, 3, 4])))})"),
    ("E6", 6, "Transfer <*> <*> -> <*> <*> in <*> (<*>MB/s)",
     transfer),
    ("E7", 5, "Loudness <*> event #<*>: integrated <*> LUFS, true peak <*> dBTP, LRA <*> LU (target <*> ±<*>)",
     lambda: f"Loudness {pick(CHANNELS)[0]} event #{event_no()}: integrated {R.uniform(-27, -19):.1f} LUFS, true peak {R.uniform(-6, 0.5):.1f} dBTP, LRA {R.uniform(2, 18):.1f} LU (target {pick(['-23.0', '-23.0', '-24.0'])} ±{pick(['0.5', '1.0'])})"),
    ("E8", 3, "Router: <*> output switched <*> -> <*>, reason: <*>",
     lambda: (lambda a: f"Router: {pick(CHANNELS)[0]} output switched {a[0]} -> {a[1]}, reason: {pick(['no video for 40ms on SDI-2', 'audio silence > 10s (ch 1+2)', 'operator request (MCR desk 2)', 'black frame detected 5.0s'])}")(pick([('MAIN', 'BACKUP'), ('MAIN', 'BACKUP'), ('BACKUP', 'MAIN')]))),
    ("E9", 3, "[<*> \"<*>\"] event #<*> started late by <*> frames (fixed time <*>)",
     lambda: f"{ch()} event #{event_no()} started late by {R.randrange(1, 50)} frames (fixed time {pick(['06:00:00:00', '12:00:00:00', '19:00:00:00', '20:15:00:00', '21:45:00:00'])})"),
    ("E10", 4, "CG layer <*> on <*>: template \"<*>\" loaded with <*>",
     lambda: f"CG layer {R.randrange(2, 8)} on {pick(CHANNELS)[0]}: template \"{pick(['lowerthird_name', 'score_bug', 'ticker_v2', 'breaking news'])}\" loaded with {cg_data()}"),
    ("E11", 2, "Playlist '<*>' loaded: <*> events, <*> warnings, duration <*>",
     lambda: f"Playlist '{playlist_file()}' loaded: {R.randrange(200, 800)} events, {pick([0, 0, 1, 3, 12])} warnings, duration {pick(['24:00:00:00', '23:59:59:24', '18:00:00:00'])}"),
    ("E12", 2, "Subtitle file for <*> missing, DVB subtitles disabled for event #<*>",
     lambda: f"Subtitle file for {pick(CLIPS)[0]} missing, DVB subtitles disabled for event #{event_no()}"),
    ("E13", 1, "Genlock lost on <*> (reference: <*>), free-running",
     lambda: f"Genlock lost on {pick(STORAGES[3:5])} (reference: {pick(['tri-level 1080i50', 'black burst PAL'])}), free-running"),
    ("E14", 2, "Storage <*> <*>% used (<*>TiB free of <*>TiB)",
     lambda: (lambda tot, used: f"Storage {pick(STORAGES[:5])} {used:.1f}% used ({tot * (100 - used) / 100:.2f}TiB free of {tot:.1f}TiB)")(pick([20.0, 48.0, 96.0]), R.uniform(80, 99))),
]

# A hospital nurse-call system: patient calls with ward, room, bed, call type and priority, calls
# cancelled at the bedside by a staff badge after a wait, staff presence, escalations to paging
# groups, messages to DECT handsets with their quoted text, code blue with the team list, bed exit
# alarms, device faults on a loop address, bathroom cords, handset batteries, bed board syncs, shift
# changes, missed heartbeats from corridor controllers, hourly statistics.
WARDS = ["4B", "3A", "ICU-1", "Geb.Station", "7C-Onko", "2A"]
STAFF = [("10342", "Schwester Maria K."), ("10377", "Pfl. Jonas W."), ("20011", "Dr. med. E. Okafor"), ("10519", "S. Nguyen (RN)"),
         ("30002", "Stationshilfe"), ("10401", "A. Zielinski")]
CALL_TYPES = ["patient", "patient", "patient", "bathroom", "staff-assist", "emergency"]


def room():
    return f"{R.randrange(1, 8)}{R.randrange(0, 3)}{R.randrange(1, 10)}"


def call_id():
    return f"c{mixed_id(6)}"


def handset():
    return str(R.randrange(4300, 4400))


def corridor_controller():
    return f"CC-{pick(WARDS)}-0{R.randrange(1, 4)} (10.40.{R.randrange(1, 9)}.{R.randrange(2, 250)})"


def nurse_device():
    kind, prefix = pick([("pillow speaker", "PS"), ("pull cord", "PC"), ("dome light", "DL"), ("room terminal", "RT")])
    return kind, f"{prefix}-{room()}-{R.randrange(1, 4)}"


def nurse_cancel():
    s = pick(STAFF)
    return f"CANCEL id={call_id()} at room {room()} by staff badge {s[0]} ({s[1]}) after {dur(4, 900)}"


def dect_msg():
    r, b = room(), R.randrange(1, 4)
    text = pick([f"Room {r} Bed {b} - Patient call", f"Zi {r} WC - Notruf", f"ESKALATION Zi {r}/{b}", f"Room {r} Bed {b} - Bed exit"])
    return f"DECT msg to handset {handset()} \"{text}\" status={pick(['delivered'] * 5 + ['read', 'failed (out of range)', 'queued'])} rtt={R.randrange(2, 90) / 10}s"


SETS["nurse_call"] = [
    ("E1", 32, "CALL ward=<*> room=<*> bed=<*> type=<*> prio=<*> id=<*>",
     lambda: f"CALL ward={pick(WARDS)} room={room()} bed={R.randrange(1, 4)} type={pick(CALL_TYPES)} prio={pick(['normal', 'normal', 'normal', 'high', 'urgent'])} id={call_id()}"),
    ("E2", 26, "CANCEL id=<*> at room <*> by staff badge <*> (<*>) after <*>", nurse_cancel),
    ("E3", 12, "Presence <*> room=<*> badge=<*> role=<*>",
     lambda: f"Presence {pick(['ON', 'OFF'])} room={room()} badge={pick(STAFF)[0]} role={pick(['RN', 'RN', 'MD', 'Aide', 'Student'])}"),
    ("E4", 7, "ESCALATION level <*> for call <*> (ward <*> room <*>): unanswered <*>, paging group \"<*>\"",
     lambda: f"ESCALATION level {pick([2, 2, 3])} for call {call_id()} (ward {pick(WARDS)} room {room()}): unanswered {dur(120, 900)}, paging group \"{pick(['Station 4B Pflege', 'Charge Nurse', 'Nachtdienst Haus B', 'ICU Team'])}\""),
    ("E5", 9, "DECT msg to handset <*> \"<*>\" status=<*> rtt=<*>s", dect_msg),
    ("E6", 2, "CODE BLUE ward=<*> room=<*> bed=<*> activated by <*>; team notified: [<*>]",
     lambda: f"CODE BLUE ward={pick(WARDS)} room={room()} bed={R.randrange(1, 4)} activated by {pick(['pull cord', 'staff button', 'monitor integration'])}; team notified: [{', '.join(R.sample(['RRT-1', 'Anaesthesia-Oncall', 'ICU-Charge', 'Cardio-Dienst'], pick([2, 3])))}]"),
    ("E7", 4, "Bed exit alarm: ward <*> room <*> bed <*> (fall risk score <*>), sensor pad <*>",
     lambda: f"Bed exit alarm: ward {pick(WARDS)} room {room()} bed {R.randrange(1, 4)} (fall risk score {R.randrange(10, 25)}), sensor pad {tag('P-', 1000, 9999)}"),
    ("E8", 3, "Device fault: <*> <*> \"<*>\" (loop <*>, address 0x<*>)",
     lambda: (lambda d: f"Device fault: {d[0]} {d[1]} \"{pick(['no response', 'lamp defect', 'tamper', 'cable break'])}\" (loop {R.randrange(1, 9)}, address 0x{hexs(2).upper()})")(nurse_device())),
    ("E9", 3, "Bathroom pull cord room <*>-WC activated, dome light <*>",
     lambda: f"Bathroom pull cord room {room()}-WC activated, dome light {pick(['RED flashing', 'RED steady', 'RED/WHITE'])}"),
    ("E10", 3, "Handset <*> battery <*>% (user: <*>), please swap",
     lambda: f"Handset {handset()} battery {R.randrange(3, 15)}% (user: {pick(STAFF)[1]}), please swap"),
    ("E11", 2, "Patient assignment sync: <*> beds updated from bed board in <*>ms",
     lambda: f"Patient assignment sync: {R.randrange(1, 60)} beds updated from bed board in {R.randrange(80, 4000)}ms"),
    ("E12", 2, "Shift change ward <*>: <*> staff logged out, <*> logged in (<*>)",
     lambda: f"Shift change ward {pick(WARDS)}: {R.randrange(2, 9)} staff logged out, {R.randrange(2, 9)} logged in ({pick(['night shift', 'early shift', 'late shift'])})"),
    ("E13", 1, "Heartbeat missed from corridor controller <*> (<*>) for <*>s",
     lambda: f"Heartbeat missed from corridor controller {corridor_controller()} for {pick([15, 30, 45, 90])}s"),
    ("E14", 2, "Stats ward=<*> last 1h: calls=<*> avg_response=<*> max_response=<*> escalated=<*>",
     lambda: f"Stats ward={pick(WARDS)} last 1h: calls={R.randrange(3, 40)} avg_response={dur(20, 300)} max_response={dur(300, 1500)} escalated={pick([0, 0, 1, 2, 5])}"),
]

# A tram fleet's on-board units: positions with line, run, coordinates, speed, next stop and delay,
# arrivals with the doors used and passenger counts, passenger information announcements with their
# quoted text, door obstructions, traction faults, signal priority requests at junctions, ticket
# validators, driver logins, emergency brakes, passenger counters, GNSS losses in tunnels, HVAC,
# depot WLAN uploads, pantograph lowering.
TRAMS = ["2214", "2231", "4507", "4512", "5101", "2202"]
STOPS = [("Neumarkt", 1201), ("Heumarkt", 1203), ("Barbarossaplatz", 1310), ("Hbf / Dom", 1001), ("Ebertplatz", 1122),
         ("Rudolfplatz", 1204), ("Universitaetsstr.", 1412), ("Suelz, Hermeskeiler Platz", 1505)]
LINES = [1, 3, 4, 7, 9, 16, 18]


def tram():
    return pick(TRAMS)


def delay():
    s = R.randrange(-90, 400)
    return f"{'-' if s < 0 else '+'}{abs(s) // 60:02d}:{abs(s) % 60:02d}"


def validator():
    return f"{tram()}-V{R.randrange(1, 5)}"


def duty():
    return f"{R.randrange(1, 9)}-{R.randrange(1, 30)}"


def tram_pos():
    return (f"OBU {tram()} L{pick(LINES)} run {R.randrange(1, 40)} pos 50.{R.randrange(90000, 99999)},6.{R.randrange(90000, 99999)} "
            f"v={R.randrange(0, 700) / 10}km/h next=\"{pick(STOPS)[0]}\" delay={delay()}")


def tram_arr():
    s = pick(STOPS)
    doors = ",".join(str(d) for d in sorted(R.sample([1, 2, 3, 4, 5, 6], pick([2, 4, 4, 6]))))
    return (f"[{tram()}] arr \"{s[0]}\" (stop {s[1]} platform {pick(['A', 'B', 'B', '2'])}) doors {doors} open {R.randrange(8, 60)}s "
            f"boarding={R.randrange(0, 40)} alighting={R.randrange(0, 40)}")


def pis_text():
    s = pick(STOPS)[0]
    return pick([f"Naechster Halt: {s}", f"Next stop: {s}. Change here for lines {pick(LINES)} and {pick(LINES)}.",
                 "Bitte halten Sie sich fest.", f"{s} - Ausstieg links", "Wegen einer Stoerung verzoegert sich die Weiterfahrt."])


SETS["tram_onboard"] = [
    ("E1", 34, "OBU <*> L<*> run <*> pos <*>,<*> v=<*>km/h next=\"<*>\" delay=<*>", tram_pos),
    ("E2", 24, "[<*>] arr \"<*>\" (stop <*> platform <*>) doors <*> open <*>s boarding=<*> alighting=<*>", tram_arr),
    ("E3", 10, "PIS <*>: announcement \"<*>\" played (<*>) vol=<*>%",
     lambda: f"PIS {tram()}: announcement \"{pis_text()}\" played ({pick(['de', 'de, en', 'de, en, tr'])}) vol={R.randrange(40, 90)}%"),
    ("E4", 6, "DOOR <*>/<*> obstruction detected, reopen #<*> (<*>)",
     lambda: f"DOOR {tram()}/{R.randrange(1, 7)} obstruction detected, reopen #{R.randrange(1, 4)} ({pick(['sensitive edge left', 'sensitive edge right', 'light curtain', 'motor current'])})"),
    ("E5", 4, "Traction fault car <*> of <*>: <*> (<*>C, limit <*>C), power reduced to <*>%",
     lambda: f"Traction fault car {pick(['A', 'B', 'C'])} of {tram()}: {pick(['inverter INV2 overtemperature', 'traction motor M3 overtemperature', 'brake resistor hot'])} ({R.randrange(86, 130)}C, limit {pick([85, 120])}C), power reduced to {pick([50, 66, 75])}%"),
    ("E6", 5, "TSP request <*> at junction <*> \"<*>\": <*>",
     lambda: f"TSP request {mixed_id(5)} at junction {tag('K-', 100, 200)} \"{pick(STOPS)[0]}\": {pick(['granted in ' + str(R.randrange(5, 90) / 10) + 's', 'granted in ' + str(R.randrange(5, 90) / 10) + 's', 'denied (conflict with emergency vehicle)', 'timeout, no answer from controller'])}"),
    ("E7", 4, "Validator <*>: <*> check-ins, <*> rejected (last: <*>)",
     lambda: f"Validator {validator()}: {R.randrange(0, 80)} check-ins, {R.randrange(1, 6)} rejected (last: {pick(['card blocklisted', 'ticket expired 14:05', 'zone 2 not covered', 'unreadable'])})"),
    ("E8", 3, "Driver <*> logged <*> on <*> cab <*>, duty <*> block <*>",
     lambda: f"Driver {R.randrange(40000, 41000)} logged {pick(['in', 'in', 'out'])} on {tram()} cab {pick(['A', 'B'])}, duty {duty()} block {tag('', 0, 10 ** 4, 4)}"),
    ("E9", 2, "EMERGENCY BRAKE <*> at km <*> (v=<*>km/h) cause: <*>",
     lambda: f"EMERGENCY BRAKE {tram()} at km {R.randrange(0, 30000) / 1000:.3f} (v={R.randrange(50, 600) / 10}km/h) cause: {pick(['passenger alarm handle car C', 'driver', 'track obstacle (car on rails)', 'deadman released'])}"),
    ("E10", 3, "APC <*> door <*> sensor dirty, counts unreliable since <*>",
     lambda: f"APC {tram()} door {R.randrange(1, 7)} sensor dirty, counts unreliable since {clock()}"),
    ("E11", 2, "GNSS fix lost on <*> in \"<*>\" for <*>, dead reckoning by odometer",
     lambda: f"GNSS fix lost on {tram()} in \"{pick(['Tunnel Ebertplatz', 'Tunnel Neumarkt', 'Hbf Unterfuehrung'])}\" for {dur(5, 240)}, dead reckoning by odometer"),
    ("E12", 2, "HVAC car <*> <*>: saloon <*>C setpoint <*>C, compressor <*> failed to start (code <*>)",
     lambda: f"HVAC car {pick(['A', 'B', 'C'])} {tram()}: saloon {R.randrange(240, 320) / 10}C setpoint {pick(['21.0', '22.0'])}C, compressor {pick([1, 2])} failed to start (code {tag('H-', 1, 20, 2)})"),
    ("E13", 2, "Depot WLAN sync <*>: <*> CCTV, <*> logs in <*>",
     lambda: f"Depot WLAN sync {tram()}: {human_size()} CCTV, {human_size()} logs in {dur(20, 3000)}"),
    ("E14", 1, "Pantograph <*> lowered: line voltage <*>V below <*>V for <*>s",
     lambda: f"Pantograph {tram()} lowered: line voltage {R.randrange(380, 599)}V below 600V for {R.randrange(5, 50) / 10}s"),
]

# A warehouse robot fleet manager: tasks assigned with kind, source and target locations and ETA,
# tasks done with distance and battery, robot states with a pose in parentheses, blocked paths with
# the obstacle, charging, emergency stops with the robots paused, localization losses, WMS orders,
# deadlocks at intersections, lifts, firmware refusals, motor currents, lost heartbeats, fleet
# metrics printed as a JSON object.
ROBOTS = [f"AMR-{n:03d}" for n in (3, 9, 11, 17, 22, 26, 30)] + ["amr-101x"]
LOCS = ["A-12-03", "B-04-11", "C-01-07", "PACK-04", "PACK-01", "DOCK-2", "RCV-IN", "CS-07-02", "QC"]
ZONES = ["Aisle 14 Cold Store", "Packing", "Inbound Dock 2", "Mezzanine"]


def robot():
    return pick(ROBOTS)


def task_id():
    return f"T-{mixed_id(6)}"


def access_point():
    return f"ap-hall{R.randrange(1, 4)}-{R.randrange(1, 12):02d}"


def fleet_metrics():
    return ('{"robots_active": %d, "robots_charging": %d, "tasks_queued": %d, "avg_wait_s": %.1f, "zones_blocked": [%s]}'
            % (R.randrange(4, 30), R.randrange(0, 6), R.randrange(0, 90), R.uniform(0, 120),
               ", ".join(f'"{z}"' for z in R.sample(ZONES, pick([0, 0, 1, 2])))))


SETS["robot_fleet"] = [
    ("E1", 30, "task <*> assigned to <*> (<*>, from <*> to <*>, eta <*>s)",
     lambda: f"task {task_id()} assigned to {robot()} ({pick(['pick', 'pick', 'putaway', 'replenish', 'move tote'])}, from {pick(LOCS)} to {pick(LOCS)}, eta {R.randrange(10, 400)}s)"),
    ("E2", 26, "<*> task <*> done in <*>, distance <*>m, battery <*>%",
     lambda: f"{robot()} task {task_id()} done in {dur(8, 900)}, distance {R.randrange(5, 900) / 10}m, battery {R.randrange(12, 100)}%"),
    ("E3", 12, "robot=<*> state=<*> pose=(<*>, <*>, <*>rad) battery=<*>% load=<*>kg",
     lambda: f"robot={robot()} state={pick(['IDLE', 'MOVING', 'MOVING', 'DOCKING', 'LIFTING', 'ERROR'])} pose=({R.uniform(0, 120):.2f}, {R.uniform(0, 60):.2f}, {R.uniform(-3.14, 3.14):.3f}rad) battery={R.randrange(10, 100)}% load={pick([0, 0, R.randrange(5, 600)])}kg"),
    ("E4", 7, "<*> path blocked at node <*> by <*>, replanning (attempt <*>)",
     lambda: f"{robot()} path blocked at node {tag('N-', 0, 10 ** 4, 4)} by {pick(['AMR-022', 'unknown obstacle 0.4m ahead', 'pallet', 'human detected (safety field 2)'])}, replanning (attempt {R.randrange(1, 4)})"),
    ("E5", 5, "<*> docked at charger <*>, charging <*>% -> <*>% est <*>",
     lambda: f"{robot()} docked at charger {tag('CH-', 1, 9, 2)}, charging {R.randrange(5, 30)}% -> {pick([80, 90, 100])}% est {dur(300, 7200)}"),
    ("E6", 3, "E-STOP <*> on <*> (zone \"<*>\"), fleet in zone paused: [<*>]",
     lambda: f"E-STOP {pick(['pressed', 'pressed', 'released'])} on {robot()} (zone \"{pick(ZONES)}\"), fleet in zone paused: [{', '.join(R.sample(ROBOTS, pick([1, 2, 3])))}]"),
    ("E7", 3, "<*> localization score <*> below <*>, stopping; last good pose at (<*>, <*>)",
     lambda: f"{robot()} localization score {R.randrange(10, 59) / 100:.2f} below {pick(['0.60', '0.60', '0.65'])}, stopping; last good pose at ({R.uniform(0, 120):.2f}, {R.uniform(0, 60):.2f})"),
    ("E8", 4, "WMS order <*> received: <*> lines, priority=<*>, cutoff <*>",
     lambda: f"WMS order {tag('SO-2026-1207-', 0, 10 ** 5, 5)} received: {R.randrange(1, 30)} lines, priority={pick(['normal', 'normal', 'express', 'same-day'])}, cutoff {pick(['12:00', '14:30', '16:00', '16:30', '21:00'])}"),
    ("E9", 3, "Deadlock resolved at intersection <*> between <*> and <*>: <*> <*>",
     lambda: (lambda a, b: f"Deadlock resolved at intersection {tag('X-', 1, 20, 2)} between {a} and {b}: {pick([a, b])} {pick(['yields', 'backs off 1.5m', 'reroutes'])}")(*R.sample(ROBOTS, 2))),
    ("E10", 2, "Lift <*> reserved by <*> for floor <*> -> <*>",
     lambda: f"Lift {pick(['LIFT-1', 'LIFT-2'])} reserved by {robot()} for floor {pick([0, 1, 2])} -> {pick([0, 1, 2])}"),
    ("E11", 1, "<*> rejected by fleet: firmware <*> < required <*>",
     lambda: f"{robot()} rejected by fleet: firmware {pick(['2.4.1-b17', '2.3.9'])} < required 2.5.0"),
    ("E12", 2, "<*> drive motor <*> current <*>A over limit <*>A for <*>ms",
     lambda: f"{robot()} drive motor {pick(['left', 'right'])} current {R.randrange(121, 200) / 10}A over limit 12.0A for {R.randrange(100, 2000)}ms"),
    ("E13", 3, "lost heartbeat from <*> (last seen <*>s ago, rssi <*>dBm, AP <*>)",
     lambda: f"lost heartbeat from {robot()} (last seen {R.randrange(30, 300) / 10}s ago, rssi {-R.randrange(60, 92)}dBm, AP {access_point()})"),
    ("E14", 3, "fleet metrics <*>", lambda: f"fleet metrics {fleet_metrics()}"),
]

SIZES = {"vending_telemetry": 340, "smart_meter": 320, "playout_server": 330, "nurse_call": 310, "tram_onboard": 350,
         "robot_fleet": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
