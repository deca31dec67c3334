#!/usr/bin/env python3
"""Writes the twenty-first batch of labelled held-out logs of this folder (see README.md), written
blind to the grouping rules (neither they nor the miner's output on these lines were looked at) on
top of commit 3bef9b8. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_21.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(21212)

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def mixed(n):
    return "".join(pick(ALNUM) for _ in range(n))


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def dur(lo_s, hi_s, tenths=False):
    """A duration the way Go-like programs print it: 41s, 12m41s, 1m32.5s, 2h03m."""
    s = R.uniform(lo_s, hi_s)
    if s >= 3600:
        return f"{int(s // 3600)}h{int(s % 3600 // 60):02d}m"
    if s >= 60:
        rest = s % 60
        return f"{int(s // 60)}m{rest:.1f}s" if tenths else f"{int(s // 60)}m{int(rest)}s"
    return f"{s:.1f}s" if tenths else f"{int(s)}s"


SETS = {}

# A hospital laboratory's analyzer middleware: orders downloaded to analyzers with their test lists,
# results as key=value runs, autoverification holds with a quoted rule, critical values phoned to a
# ward, quality control points with a z-score and Westgard rejects, ASTM frame checksum errors, tube
# arrivals on racks, reruns, reagent stock, result batches to the LIS, calibrations, lost links.
ANALYZERS = ["AU5800-1", "AU5800-2", "cobas e801 #2", "XN-1000#1", "XN-1000#2", "ACL TOP 750", "DxI 9000", "Atellica IM-3"]
TESTS = [("K+", "mmol/L", 3.2, 6.4), ("NA", "mmol/L", 128, 152), ("GLU", "mmol/L", 2.8, 19.0), ("CREA", "umol/L", 40, 480),
         ("ALT", "U/L", 8, 340), ("TSH", "mIU/L", 0.05, 9.8), ("HGB", "g/dL", 6.1, 17.9), ("CRP", "mg/L", 0.3, 240),
         ("hs-TnT", "ng/L", 3, 900), ("INR", "ratio", 0.9, 4.6), ("WBC", "10^9/L", 1.2, 28.0)]
WARDS = ["4B Cardiology", "ED", "ICU 2", "Oncology Day Unit", "Ward 11 (Geriatrics)", "Paediatrics", "GP Practice Hillside"]
TECHS = ["m.lee", "a.okonkwo", "jvanderberg", "S.Petrov", "night-tech2"]


def sid():
    return f"26120{R.randrange(0, 10 ** 5):05d}"


def test_value():
    name, unit, lo, hi = pick(TESTS)
    v = R.uniform(lo, hi)
    return name, unit, (f"{v:.2f}" if hi < 20 else f"{v:.1f}" if hi < 300 else f"{int(v)}")


def lab_order():
    tests = [pick(TESTS)[0] for _ in range(pick([1, 2, 3, 3, 5, 8]))]
    return (f"Order ORD-{R.randrange(0, 10 ** 7):07d} for specimen {sid()} downloaded to {pick(ANALYZERS)} "
            f"({len(tests)} tests: {', '.join(tests)})")


def lab_result():
    name, unit, v = test_value()
    return (f"RESULT sid={sid()} test={name} value={v} unit={unit} flag={pick(['N', 'N', 'N', 'N', 'H', 'L', 'HH', 'LL'])} "
            f"instr={pick(ANALYZERS).replace(' ', '_')} rack=R{R.randrange(0, 10000):04d}/{R.randrange(1, 6)}")


def lab_autoverif():
    name, unit, v = test_value()
    rule = pick(["delta check > 25%", "outside AMR", "hemolysis index H3", "critical limit",
                 "previous result older than 72h missing", "lipemia L2 and ICTERIC flag"])
    return (f"Autoverification HELD sid={sid()} test={name} rule '{rule}' (prev {v} {unit}, 2026-12-0{R.randrange(1, 7)} "
            f"{clock()[:5]})")


def lab_critical():
    name, unit, v = test_value()
    doctor = pick(["Dr. A. Novak", "Dr Chen", "charge nurse R. Aziz", "Dr. M. de la Cruz", "on-call registrar"])
    return (f"CRITICAL: {name} {v} {unit} on specimen {sid()} ({pick(WARDS)}) - phoned to {doctor} by tech "
            f"{pick(TECHS)} at {clock()[:5]}")


def lab_qc():
    name, unit, lo, hi = pick(TESTS)
    mean = R.uniform(lo, hi)
    sd = mean * R.uniform(0.01, 0.06)
    z = R.gauss(0, 1.1)
    return (f"QC lot {R.randrange(40000, 49999)} level {pick([1, 2, 3])} on {pick(ANALYZERS)} for {name}: "
            f"{mean + z * sd:.2f} {unit} (mean {mean:.2f}, SD {sd:.2f}, z={z:+.2f}) {'ACCEPT' if abs(z) < 2 else 'WARN'}")


def lab_westgard():
    rule, zs = pick([("1-3s", 1), ("2-2s", 2), ("2-2s", 2), ("R-4s", 2), ("4-1s", 4), ("10x", 3)])
    vals = ", ".join(f"{R.uniform(1.0, 3.4) * pick([1, 1, -1]):+.2f}" for _ in range(zs))
    return (f"QC REJECT {pick(ANALYZERS)} {pick(TESTS)[0]} level {pick([1, 2, 3])}: Westgard {rule} violated [z={vals}] "
            f"- patient results since {clock()[:5]} on hold")


SETS["lab_middleware"] = [
    ("E1", 30, "RESULT sid=<*> test=<*> value=<*> unit=<*> flag=<*> instr=<*> rack=R<*>/<*>", lab_result),
    ("E2", 16, "Order ORD-<*> for specimen <*> downloaded to <*> (<*> tests: <*>)", lab_order),
    ("E3", 11, "Tube <*> arrived at <*> position <*>, TAT so far <*>",
     lambda: f"Tube {sid()} arrived at {pick(['input buffer', 'centrifuge 2', 'decapper', 'AU5800-1', 'refrigerated store'])} position {pick(['A', 'B', 'C'])}{R.randrange(1, 60):02d}, TAT so far {dur(120, 9000)}"),
    ("E4", 6, "Autoverification HELD sid=<*> test=<*> rule '<*>' (prev <*> <*>, <*> <*>)", lab_autoverif),
    ("E5", 2, "CRITICAL: <*> <*> <*> on specimen <*> (<*>) - phoned to <*> by tech <*> at <*>", lab_critical),
    ("E6", 7, "QC lot <*> level <*> on <*> for <*>: <*> <*> (mean <*>, SD <*>, z=<*>) <*>", lab_qc),
    ("E7", 1, "QC REJECT <*> <*> level <*>: Westgard <*> violated [z=<*>] - patient results since <*> on hold", lab_westgard),
    ("E8", 2, "ASTM frame <*> from <*> checksum mismatch: got 0x<*> expected 0x<*>, NAK sent",
     lambda: f"ASTM frame {R.randrange(1, 8)} from {pick(ANALYZERS)} checksum mismatch: got 0x{hexs(2).upper()} expected 0x{hexs(2).upper()}, NAK sent"),
    ("E9", 3, "Rerun requested for sid=<*> test=<*> dilution 1:<*> reason=\"<*>\"",
     lambda: f"Rerun requested for sid={sid()} test={pick(TESTS)[0]} dilution 1:{pick([2, 5, 10, 10, 50])} reason=\"{pick(['above linearity', 'clot detected', 'short sample', 'flagged by tech, repeat on second analyzer'])}\""),
    ("E10", 3, "Reagent <*> on <*> low: <*> tests left (lot <*>, exp <*>)",
     lambda: f"Reagent {pick(['ALT2', 'CRP4 R1', 'Elecsys TSH', 'CELLPACK DCL', 'Innovin'])} on {pick(ANALYZERS)} low: {R.randrange(3, 120)} tests left (lot {R.randrange(100000, 999999)}{pick(['', 'A', 'B'])}, exp 2027-0{R.randrange(1, 10)}-{R.randrange(1, 29):02d})"),
    ("E11", 8, "Result batch sent to LIS: <*> results in <*>ms ack=<*>",
     lambda: f"Result batch sent to LIS: {R.randrange(1, 240)} results in {R.randrange(12, 4000)}ms ack={pick(['AA', 'AA', 'AA', 'AA', 'AE', 'timeout'])}"),
    ("E12", 2, "Calibration <*> on <*> for <*>: <*>",
     lambda: f"Calibration {pick(['CAL-' + str(R.randrange(1000, 9999)), 'two-point', 'full 6-point'])} on {pick(ANALYZERS)} for {pick(TESTS)[0]}: {pick(['accepted', 'accepted', 'failed slope out of range', 'accepted with warning drift 4.1%'])}"),
    ("E13", 2, "Connection to <*> (<*>:<*>) lost: <*>; reconnecting in <*>s",
     lambda: f"Connection to {pick(ANALYZERS)} ({pick(['10.60.2.11', '10.60.2.12', 'COM3', 'lab-ts01'])}:{pick([4001, 4002, 5000, 9600])}) lost: {pick(['connection reset by peer', 'no ENQ response within 15s', 'EOT missing'])}; reconnecting in {pick([5, 10, 30])}s"),
    ("E14", 3, "Query for specimen <*> from <*>: no pending orders (<*>)",
     lambda: f"Query for specimen {sid()} from {pick(ANALYZERS)}: no pending orders ({pick(['barcode not registered', 'order cancelled by ward', 'already completed', 'add-on window closed'])})"),
]

# A stadium's turnstiles and ticket scanners: scans at lanes like `[N3-07]` with a result of one to
# four words, turnstile rotations, season cards by NFC with a quoted holder, stand occupancy, gate
# heartbeats, unreadable barcodes, steward overrides, whitelist deltas, banned-list matches, offline
# lanes, count mismatches, emergency opening.
GATES = ["N1", "N2", "N3", "S1", "S2", "E1", "W1", "W2", "VIP"]
STANDS = ["North", "South", "East Upper", "East Lower", "West", "Family Stand"]
HOLDERS = ["Müller, Jan", "O'Brien, Siobhan", "Nguyen, Thi Lan", "Kowalczyk, A.", "Smith, John Paul", "de Jong, Pieter"]


def lane():
    return f"{pick(GATES)}-{R.randrange(1, 13):02d}"


def ticket():
    return pick([hexs(12).upper(), f"TK-{mixed(8)}", f"{R.randrange(10 ** 11, 10 ** 12)}", f"SEASON/{R.randrange(0, 99999):05d}"])


def gate_scan():
    result = pick(["GRANTED"] * 12 + ["DENIED already used", "DENIED wrong gate (use S1)", "DENIED not valid today",
                                      "DENIED child ticket without adult", "GRANTED (reduced, check ID)"])
    return (f"[{lane()}] SCAN {ticket()} type={pick(['ADULT', 'ADULT', 'ADULT', 'CHILD', 'CONCESSION', 'HOSPITALITY', 'PRESS'])} "
            f"-> {result} ({R.randrange(40, 900)}ms)")


def gate_occupancy():
    cap = pick([4200, 6800, 9150, 12400, 2300])
    n = R.randrange(0, cap)
    return f"Occupancy update: stand {pick(STANDS)} {n}/{cap} ({n * 100 / cap:.1f}%), total in venue {R.randrange(1000, 41000)}"


SETS["stadium_gates"] = [
    ("E1", 40, "[<*>] SCAN <*> type=<*> -> <*> (<*>ms)", gate_scan),
    ("E2", 22, "[<*>] turnstile rotation complete, count=<*>", lambda: f"[{lane()}] turnstile rotation complete, count={R.randrange(1, 4800)}"),
    ("E3", 8, "Occupancy update: stand <*> <*>/<*> (<*>%), total in venue <*>", gate_occupancy),
    ("E4", 6, "heartbeat gate=<*> lanes_online=<*>/<*> temp=<*>C uptime=<*>",
     lambda: (lambda n: f"heartbeat gate={pick(GATES)} lanes_online={R.randrange(n - 2, n + 1)}/{n} temp={R.uniform(8, 44):.1f}C uptime={R.randrange(0, 40)}d{R.randrange(0, 24):02d}h{R.randrange(0, 60):02d}m")(pick([8, 10, 12]))),
    ("E5", 5, "[<*>] unreadable barcode (symbology=<*>, <*> attempts)",
     lambda: f"[{lane()}] unreadable barcode (symbology={pick(['QR', 'QR', 'Aztec', 'PDF417', 'unknown'])}, {pick([1, 2, 3, 5])} attempts)"),
    ("E6", 7, "[<*>] season card <*> holder \"<*>\" tier <*> <*>",
     lambda: f"[{lane()}] season card {hexs(8).upper()} holder \"{pick(HOLDERS)}\" tier {pick(['GOLD', 'SILVER', 'STANDARD', 'STANDARD'])} {pick(['granted', 'granted', 'granted', 'denied (suspended)', 'denied (wrong stand)'])}"),
    ("E7", 3, "Steward <*> override at <*>: <*> (ticket <*>)",
     lambda: f"Steward {pick(['ST-014', 'ST-102', 'st_kamara', 'ST-031'])} override at {lane()}: {pick(['manual entry', 'wheelchair companion', 'lost phone, ID checked', 're-entry after medical'])} (ticket {ticket()})"),
    ("E8", 3, "Whitelist delta applied: +<*> -<*> tickets (version <*>, took <*>)",
     lambda: f"Whitelist delta applied: +{R.randrange(0, 900)} -{R.randrange(0, 60)} tickets (version {R.randrange(1200, 1400)}, took {dur(0.2, 95, True)})"),
    ("E9", 1, "Banned ticket holder match at <*>: ticket <*> list '<*>' - security notified",
     lambda: f"Banned ticket holder match at {lane()}: ticket {ticket()} list '{pick(['club ban', 'police banning order', 'pyro 2025'])}' - security notified"),
    ("E10", 2, "Lane <*> offline: <*>",
     lambda: f"Lane {lane()} offline: {pick(['no heartbeat for 30s', 'scanner USB disconnected', 'PoE budget exceeded on switch sw-n3-2'])}"),
    ("E11", 2, "Count mismatch at <*>: scans=<*> rotations=<*> (diff <*>)",
     lambda: (lambda s, d: f"Count mismatch at {lane()}: scans={s} rotations={s + d} (diff {d:+d})")(R.randrange(200, 4000), pick([-3, -2, 2, 4, 11]))),
    ("E12", 1, "EMERGENCY OPEN all lanes at gate <*> triggered by <*>",
     lambda: f"EMERGENCY OPEN all lanes at gate {pick(GATES)} triggered by {pick(['fire panel zone 7', 'control room', 'safety officer ST-001'])}"),
]

# An e-scooter fleet's backend (logfmt-like): telemetry with battery, position, speed in `km/h` and
# odometer, rides started and ended with a duration like `12m41s`, a fare and a parking verdict,
# unlock failures with a quoted cause, geofence violations with a quoted zone holding brackets, swap
# tasks, IoT commands, tamper alarms, payment captures, firmware rollouts, rebalancing plans.
ZONES = ["Mitte", "Kreuzberg", "Prenzlauer Berg", "Tiergarten (slow 6km/h)", "Alexanderplatz [no parking]",
         "Tempelhofer Feld (no-go)", "Friedrichshain-Nord"]
MODELS = ["ES4", "G30D", "MAX-G2", "Niu KQi3"]


def scooter():
    return f"SC-{mixed(6)}"


def ride_id():
    return f"r_{mixed(10)}"


def user_id():
    return f"u_{mixed(6)}"


def scooter_telemetry():
    return (f"telemetry vehicle={scooter()} model={pick(MODELS).replace(' ', '_')} bat={R.randrange(3, 101)}% "
            f"lat=52.{R.randrange(440000, 560000)} lon=13.{R.randrange(280000, 500000)} speed={R.uniform(0, 25):.1f}km/h "
            f"odo={R.uniform(10, 9000):.1f}km fw={pick(['3.4.1', '3.4.1', '3.5.0-rc2', '3.3.9'])}")


def ride_end():
    return (f"ride ended ride_id={ride_id()} vehicle={scooter()} duration={dur(40, 4000)} distance={R.uniform(0.1, 14):.2f}km "
            f"fare={pick(['EUR', 'EUR', 'EUR', 'PLN'])} {R.uniform(1, 30):.2f} "
            f"parking={pick(['ok', 'ok', 'ok', 'ok', 'outside_zone', 'photo_missing', 'blocking_sidewalk'])}")


SETS["scooter_fleet"] = [
    ("E1", 38, "telemetry vehicle=<*> model=<*> bat=<*>% lat=<*> lon=<*> speed=<*>km/h odo=<*>km fw=<*>", scooter_telemetry),
    ("E2", 14, "ride started ride_id=<*> vehicle=<*> user=<*> zone=\"<*>\" unlock_ms=<*>",
     lambda: f"ride started ride_id={ride_id()} vehicle={scooter()} user={user_id()} zone=\"{pick(ZONES)}\" unlock_ms={R.randrange(300, 6000)}"),
    ("E3", 13, "ride ended ride_id=<*> vehicle=<*> duration=<*> distance=<*>km fare=<*> <*> parking=<*>", ride_end),
    ("E4", 4, "unlock failed vehicle=<*> user=<*> reason=\"<*>\" retries=<*>",
     lambda: f"unlock failed vehicle={scooter()} user={user_id()} reason=\"{pick(['vehicle offline', 'lock motor jammed', 'battery below 5%', 'user has unpaid balance', 'BLE handshake timeout after 8s'])}\" retries={pick([0, 1, 2, 3])}"),
    ("E5", 4, "geofence violation vehicle=<*> zone=\"<*>\" action=<*>",
     lambda: f"geofence violation vehicle={scooter()} zone=\"{pick(ZONES[3:])}\" action={pick(['throttle', 'throttle', 'warn', 'stop_ride'])}"),
    ("E6", 4, "swap task created task=T-<*> vehicle=<*> bat=<*>% priority=<*> assignee=<*>",
     lambda: f"swap task created task=T-{R.randrange(0, 10 ** 6):06d} vehicle={scooter()} bat={R.randrange(2, 16)}% priority={pick(['high', 'normal', 'normal'])} assignee={pick(['van-07', 'van-12', 'juicer_' + mixed(4), 'unassigned'])}"),
    ("E7", 9, "IoT cmd <*> to <*> acked in <*>ms (rssi <*>dBm)",
     lambda: f"IoT cmd {pick(['UNLOCK', 'LOCK', 'LOCK', 'BEEP', 'SET_SPEED_LIMIT', 'REPORT_NOW'])} to {scooter()} acked in {R.randrange(80, 9000)}ms (rssi {R.randrange(-113, -60)}dBm)"),
    ("E8", 2, "ALARM <*> on parked vehicle <*> at <*>,<*>: <*>",
     lambda: f"ALARM {pick(['tilt', 'motion', 'tilt/motion', 'lock cut'])} on parked vehicle {scooter()} at 52.{R.randrange(440000, 560000)},13.{R.randrange(280000, 500000)}: {pick(['siren on', 'siren on, ops notified', 'ignored (service mode)'])}"),
    ("E9", 7, "payment capture ride=<*> amount=<*> psp=<*> status=<*>",
     lambda: f"payment capture ride={ride_id()} amount={R.randrange(100, 3000)} psp={pick(['stripe', 'adyen', 'paypal'])} status={pick(['succeeded', 'succeeded', 'succeeded', 'requires_action', 'card_declined'])}"),
    ("E10", 1, "OTA <*>: <*> -> <*> on <*> vehicles (<*> failed)",
     lambda: f"OTA {pick(['wave-1', 'wave-2', 'canary'])}: {pick(['3.4.1', '3.3.9'])} -> 3.5.0-rc2 on {R.randrange(20, 900)} vehicles ({pick([0, 0, 1, 4])} failed)"),
    ("E11", 2, "rebalance plan for <*>: move <*> scooters in <*> vans, est <*>",
     lambda: f"rebalance plan for {pick(ZONES[:3] + ZONES[6:])}: move {R.randrange(5, 140)} scooters in {pick([1, 2, 3])} vans, est {dur(900, 12000)}"),
]

# A radio station's playout automation: items on air in a studio with a quoted `Artist - Title`,
# a length like `3:42` and a cart number, segues with an overlap, spots reconciled against the traffic
# log, silence detection in `dBFS`, stream encoders, listener counts, voice tracks, RDS texts, music
# imports with a reject breakdown, loudness in `LUFS`, hard-timed news joins, studio switches.
SONGS = ["Fleetwood Mac - Dreams", "Daft Punk - Get Lucky (Radio Edit)", "Adele - Rolling in the Deep",
         "Die Ärzte - Schrei nach Liebe", "The Weeknd - Blinding Lights", "AC/DC - Highway to Hell",
         "Stromae - Alors on danse", "Nena - 99 Luftballons", "Dua Lipa - Levitating (feat. DaBaby)", "Queen - Bohemian Rhapsody"]
SPOTS = ["Autohaus Meier 30s", "Stadtwerke Winteraktion 20s", "Möbel Kraft XMAS 25s", "Radio Promo Morningshow 15s",
         "Lotto 6aus49 Jackpot 20s"]
STUDIOS = ["Studio A", "Studio B", "Auto", "News Booth"]


def song_len():
    return f"{R.randrange(2, 7)}:{R.randrange(0, 60):02d}"


def cart():
    return str(R.randrange(10000, 39999))


SETS["radio_automation"] = [
    ("E1", 34, "ON AIR [<*>] '<*>' (<*>) cart <*> category=<*>",
     lambda: f"ON AIR [{pick(STUDIOS)}] '{pick(SONGS)}' ({song_len()}) cart {cart()} category={pick(['A-Power', 'A-Power', 'B-Current', 'C-Gold80s', 'J-Jingle'])}"),
    ("E2", 18, "segue '<*>' -> '<*>' overlap <*>s",
     lambda: f"segue '{pick(SONGS)}' -> '{pick(SONGS + SPOTS)}' overlap {R.uniform(0, 6):.1f}s"),
    ("E3", 10, "Traffic log <*>: spot '<*>' aired at <*> (scheduled <*>, break B<*>-<*>)",
     lambda: f"Traffic log 2026-12-0{R.randrange(1, 8)}: spot '{pick(SPOTS)}' aired at {clock()} (scheduled {clock()}, break B{R.randrange(0, 24):02d}-{R.randrange(1, 5)})"),
    ("E4", 2, "Silence detected on <*> for <*>s (level <*>dBFS), switching to <*>",
     lambda: f"Silence detected on {pick(['PGM out', 'STL link', 'DAB mux feed'])} for {pick([5, 10, 15, 30])}s (level {R.uniform(-75, -55):.1f}dBFS), switching to {pick(['emergency playlist', 'backup encoder', 'Studio B'])}"),
    ("E5", 3, "Encoder <*> connected to <*> mount /<*> (<*>kbps <*>)",
     lambda: f"Encoder {pick(['enc1', 'enc2', 'ENC-HQ'])} connected to {pick(['icecast.radio-example.de:8000', '10.8.0.20:8000'])} mount /{pick(['live.mp3', 'live.aac', 'hq.ogg'])} ({pick([64, 128, 192, 320])}kbps {pick(['MP3', 'HE-AACv2', 'Vorbis'])})"),
    ("E6", 6, "Listeners: icecast <*> peak <*>, DAB+ sat <*>",
     lambda: f"Listeners: icecast {R.randrange(100, 3000)} peak {R.randrange(3000, 6000)}, DAB+ sat {pick(['ok', 'ok', 'degraded', 'lost'])}"),
    ("E7", 4, "Voice track VT<*> by <*> inserted before '<*>'",
     lambda: f"Voice track VT{R.randrange(0, 10 ** 5):05d} by {pick(['Lena K.', 'DJ Marco', 'Tom Becker', 'Sabine'])} inserted before '{pick(SONGS)}'"),
    ("E8", 8, "RDS PS='<*>' RT='<*>'",
     lambda: (lambda s: f"RDS PS='{pick(['RADIO 21', 'HITS 21 ', 'NEWS    '])}' RT='{s}'")(pick(SONGS + ['Jetzt: Verkehr und Wetter', 'Radio 21 - Die besten Hits', 'Call us: 0800 2121 21']))),
    ("E9", 2, "Music import: <*> files from <*> (<*> ok, <*> rejected: <*>)",
     lambda: (lambda n, bad: f"Music import: {n} files from {pick(['//nas01/import/weekly', '/mnt/promo/2026-49', 'dropbox://labels/universal'])} ({n - bad} ok, {bad} rejected: {pick(['missing ISRC', 'sample rate 22050 Hz', 'duplicate of cart ' + cart(), 'clipping above -0.1 dBTP'])})")(R.randrange(9, 300), R.randrange(1, 9))),
    ("E10", 5, "Loudness of cart <*>: <*> LUFS, true peak <*> dBTP, gain <*> dB applied",
     lambda: f"Loudness of cart {cart()}: {R.uniform(-26, -7):.1f} LUFS, true peak {R.uniform(-6, 0.9):.1f} dBTP, gain {R.uniform(-9, 6):+.1f} dB applied"),
    ("E11", 3, "Hard sync to <*> news at <*>: '<*>' faded after <*>",
     lambda: f"Hard sync to {pick(['ARD', 'local', 'network'])} news at {R.randrange(6, 23):02d}:00:00: '{pick(SONGS)}' faded after {song_len()}"),
    ("E12", 2, "Studio switch <*> -> <*> by <*>",
     lambda: (lambda a: f"Studio switch {a} -> {pick([s for s in STUDIOS if s != a])} by {pick(['operator lena', 'scheduler', 'silence detector', 'remote panel 2'])}")(pick(STUDIOS))),
]

# A mining conveyor and crusher line: belt scales with `t/h` and `m/s`, gyratory crusher power in `kW`
# with the closed side setting in `mm`, drift switches, tramp metal stops, pull-wire stops on a belt
# segment, start sequences with a quoted name, blocked chutes, drive currents with `% FLC`, stockpiles
# in `kt`, dust suppression, interlock trips with an action of two to five words, shift tonnage.
BELTS = ["CV-101", "CV-102", "CV-103", "CV-104A", "CV-104B", "CV-210", "OLC-01"]
DRIVES = ["M101-1", "M101-2", "M102", "M103", "M210-1", "M210-2"]
TRANSFERS = ["TP-1", "TP-2", "TP-3 (stacker)", "TP-4"]


def mine_scale():
    return (f"{pick(BELTS)} belt scale: rate={R.randrange(0, 3200)}t/h total={R.uniform(100, 40000):.1f}t "
            f"speed={R.uniform(0, 5.2):.2f}m/s load={R.randrange(0, 101)}%")


def mine_crusher():
    return (f"{pick(['CR-01', 'CR-02', 'CR-02'])} {pick(['gyratory', 'cone', 'cone'])}: power={R.randrange(80, 560)}kW "
            f"css={R.randrange(20, 180)}mm cavity level {R.randrange(0, 100)}% lube {R.uniform(30, 62):.1f}C")


SETS["mine_conveyor"] = [
    ("E1", 36, "<*> belt scale: rate=<*>t/h total=<*>t speed=<*>m/s load=<*>%", mine_scale),
    ("E2", 22, "<*> <*>: power=<*>kW css=<*>mm cavity level <*>% lube <*>C", mine_crusher),
    ("E3", 11, "Drive <*> motor current <*>A (<*>% FLC), winding temp <*>C",
     lambda: f"Drive {pick(DRIVES)} motor current {R.uniform(40, 480):.1f}A ({R.randrange(20, 118)}% FLC), winding temp {R.randrange(35, 145)}C"),
    ("E4", 3, "<*> belt drift switch DS-<*> side <*> tripped at pulley <*>",
     lambda: f"{pick(BELTS)} belt drift switch DS-{R.randrange(1, 40):02d} side {pick(['left', 'right'])} tripped at pulley {pick(['head', 'tail', 'bend B2', 'take-up'])}"),
    ("E5", 2, "Tramp metal detected on <*> at <*>, magnet <*>, belt stopped in <*>s",
     lambda: f"Tramp metal detected on {pick(BELTS[:3])} at {clock()}, magnet {pick(['ON', 'ON', 'FAULT'])}, belt stopped in {R.uniform(1.5, 6):.1f}s"),
    ("E6", 2, "Pull-wire E-stop PW-<*> on <*> (segment <*>m-<*>m) activated",
     lambda: f"Pull-wire E-stop PW-{R.randrange(1, 90):03d} on {pick(BELTS)} (segment {R.randrange(0, 3000)}m-{R.randrange(0, 3000)}m) activated"),
    ("E7", 3, "Start sequence '<*>' initiated by <*>: <*> drives, pre-start horn <*>s",
     lambda: f"Start sequence '{pick(['Primary circuit', 'Overland to stockpile', 'Reclaim line 2'])}' initiated by {pick(['CCR operator J. Mthembu', 'auto restart', 'operator 3'])}: {R.randrange(3, 9)} drives, pre-start horn {pick([10, 15, 30])}s"),
    ("E8", 2, "Start sequence '<*>' complete in <*> (<*> drives)",
     lambda: f"Start sequence '{pick(['Primary circuit', 'Overland to stockpile', 'Reclaim line 2'])}' complete in {dur(40, 400, True)} ({R.randrange(3, 9)} drives)"),
    ("E9", 2, "Chute blocked at transfer <*>: level probe LS-<*> for <*>",
     lambda: f"Chute blocked at transfer {pick(TRANSFERS)}: level probe LS-{R.randrange(1, 30):02d} for {dur(3, 120, True)}"),
    ("E10", 6, "Stockpile <*> level <*>% (<*> kt), reclaim feeders <*> running",
     lambda: f"Stockpile {pick(['SP-1 ROM', 'SP-2 crushed', 'SP-3 fines'])} level {R.randrange(0, 100)}% ({R.uniform(1, 180):.1f} kt), reclaim feeders {pick(['0/4', '2/4', '3/4', '4/4', '1/6'])} running"),
    ("E11", 3, "Dust suppression sprays <*> at <*>: <*>",
     lambda: f"Dust suppression sprays {pick(['ON', 'OFF', 'ON'])} at {pick(TRANSFERS)}: {pick(['wind 9.4 m/s', 'PM10 above 150 ug/m3', 'belt stopped', 'water pressure low (1.2 bar)'])}"),
    ("E12", 2, "TRIP <*>: upstream <*> stopped -> <*>",
     lambda: f"TRIP {pick(BELTS[1:])}: upstream {pick(BELTS[:2])} stopped -> {pick(['feeder interlocked', 'crusher to idle', 'stacker luffing halted, operator alerted', 'sequence stop'])}"),
    ("E13", 1, "Shift <*> of <*> tonnage: crushed=<*>t conveyed=<*>t availability=<*>%",
     lambda: f"Shift {pick(['A', 'B', 'C'])} of 2026-12-0{R.randrange(1, 8)} tonnage: crushed={R.randrange(5000, 30000)}t conveyed={R.randrange(5000, 30000)}t availability={R.uniform(60, 99):.1f}%"),
]

# A ski jump's timing and scoring: jumps with a bib, an athlete of two or three words and a nation
# in brackets, distance, in-run speed, gate and wind; five judges' marks with the dropped ones in
# brackets; point breakdowns; wind sensor lists; gate changes by the jury with a reason; start lights;
# video distance confirmations; speed trap faults; clock sync; disqualifications; rounds and results.
ATHLETES = [("KRAFT Stefan", "AUT"), ("KOBAYASHI Ryoyu", "JPN"), ("GEIGER Karl", "GER"), ("LANISEK Anze", "SLO"),
            ("GRANERUD Halvor Egner", "NOR"), ("KUBACKI Dawid", "POL"), ("DESCHWANDEN Gregor", "SUI"),
            ("ZAJC Timi", "SLO"), ("WELLINGER Andreas", "GER"), ("FORFANG Johann Andre", "NOR")]


def bib():
    return str(R.randrange(1, 61))


def judges():
    marks = sorted(R.choice([16.5, 17.0, 17.5, 18.0, 18.0, 18.5, 18.5, 19.0, 19.5]) for _ in range(5))
    lo, hi = marks[0], marks[-1]
    shown = [f"{m:.1f}" for m in marks]
    R.shuffle(shown)
    lo_i, hi_i = shown.index(f"{lo:.1f}"), len(shown) - 1 - shown[::-1].index(f"{hi:.1f}")
    shown[lo_i], shown[hi_i] = f"[{shown[lo_i]}]", f"[{shown[hi_i]}]"
    return " ".join(shown), sum(marks[1:4])


def ski_jump():
    name, nat = pick(ATHLETES)
    return (f"BIB {bib()} {name} ({nat}) distance {R.randrange(200, 290) / 2:.1f} m speed {R.uniform(88, 95):.1f} km/h "
            f"gate {R.randrange(8, 20)} wind {R.uniform(-1.2, 1.8):+.2f} m/s")


def ski_points():
    d, j, g, w = R.uniform(30, 90), judges()[1], pick([0.0, 0.0, 0.0, 6.5, -6.5]), R.uniform(-14, 9)
    return (f"Points bib {bib()}: distance {d:.1f} + judges {j:.1f} + gate {g:.1f} + wind {w:+.1f} = {d + j + g + w:.1f} "
            f"rank {R.randrange(1, 51)}")


SETS["ski_jump"] = [
    ("E1", 28, "BIB <*> <*> (<*>) distance <*> m speed <*> km/h gate <*> wind <*> m/s", ski_jump),
    ("E2", 22, "Judges bib <*>: <*> -> <*>", lambda: (lambda j: f"Judges bib {bib()}: {j[0]} -> {j[1]:.1f}")(judges())),
    ("E3", 20, "Points bib <*>: distance <*> + judges <*> + gate <*> + wind <*> = <*> rank <*>", ski_points),
    ("E4", 12, "Wind sensors: <*> avg <*> m/s",
     lambda: f"Wind sensors: {' '.join(f'S{i} {R.uniform(-1.5, 2.2):+.2f}' for i in range(1, pick([5, 5, 6]) + 1))} avg {R.uniform(-1, 1.5):+.2f} m/s"),
    ("E5", 10, "Start light GREEN for bib <*> at <*> (window <*>s)",
     lambda: f"Start light GREEN for bib {bib()} at {clock()}.{R.randrange(0, 1000):03d} (window {pick([45, 45, 45, 30])}s)"),
    ("E6", 3, "Gate change <*> -> <*> by jury (reason: <*>), compensation <*> pts/gate",
     lambda: (lambda g: f"Gate change {g} -> {g + pick([-2, -1, -1, 1])} by jury (reason: {pick(['too long', 'tailwind', 'headwind increasing', 'athlete request (coach)'])}), compensation {pick(['6.50', '7.24', '7.00'])} pts/gate")(R.randrange(9, 19))),
    ("E7", 6, "Video distance bib <*>: <*> m confirmed by <*> (<*> cams)",
     lambda: f"Video distance bib {bib()}: {R.randrange(200, 290) / 2:.1f} m confirmed by {pick(['operator 1', 'operator 2', 'auto'])} ({pick([2, 3, 4])} cams)"),
    ("E8", 2, "Speed trap <*> no signal for bib <*>, using <*>",
     lambda: f"Speed trap {pick(['T1', 'T2', 'backup radar'])} no signal for bib {bib()}, using {pick(['backup trap T2', 'radar value', 'manual entry'])}"),
    ("E9", 4, "Timing clock sync: offset <*>ms to <*>, jitter <*>ms",
     lambda: f"Timing clock sync: offset {R.uniform(-2, 2):+.1f}ms to {pick(['GPS', 'GPS', 'PTP master'])}, jitter {R.uniform(0.01, 0.9):.2f}ms"),
    ("E10", 1, "DSQ bib <*> <*>: <*>",
     lambda: (lambda a: f"DSQ bib {bib()} {a[0]}: {pick(['suit SCE 4 (crotch height +2 cm)', 'ski length', 'did not start within window', 'bindings'])}")(pick(ATHLETES))),
    ("E11", 2, "Results round <*> published to <*> (<*> athletes)",
     lambda: f"Results round {pick(['trial', '1', '2', 'final'])} published to {pick(['FIS data service', 'TV graphics', 'scoreboard + FIS data service'])} ({R.randrange(30, 51)} athletes)"),
    ("E12", 1, "Round <*> of <*> started, <*> athletes, gate <*>",
     lambda: f"Round {pick([1, 2])} of {pick([2, 2, 3])} started, {pick([50, 30, 40])} athletes, gate {R.randrange(9, 19)}"),
]

SIZES = {"lab_middleware": 340, "stadium_gates": 320, "scooter_fleet": 330, "radio_automation": 310, "mine_conveyor": 350,
         "ski_jump": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
