#!/usr/bin/env python3
"""Writes the twenty-ninth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans, text the statement prints itself (units glued to a number, `=`,
brackets, quotes, `0x`, currency signs) stays literal. Fixed seed.

    python3 make_heldout_29.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(29292)


def mixed(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def hm():
    return f"{R.randrange(6, 24):02d}:{pick(['00', '15', '30', '45'])}"


def dur(lo=5, hi=4000):
    s = R.uniform(lo, hi)
    if s < 60:
        return f"{s:.1f}s"
    if s < 3600:
        return f"{int(s // 60)}m{s % 60:04.1f}s"
    return f"{int(s // 3600)}h{int(s % 3600 // 60):02d}m"


def day():
    return f"2026-12-{R.randrange(7, 32):02d}"


def words_list(seq, lo=1, hi=4, sep=", "):
    return sep.join(R.sample(seq, R.randrange(lo, hi + 1)))


SETS = {}

# A coffee roastery's drum roasters: curve samples as a key=value run, batches started on a quoted
# roaster with a quoted profile, roast milestones, drops with weight loss and colour, cooling trays,
# the afterburner, green coffee silos, packing lines, QC cupping notes, PLC timeouts, profile edits.
ROASTERS = ["R1", "R2", "R3", "SR-15"]
ROASTER_NAMES = ["Probat P25 #2", "Loring S35 Kestrel", "Giesen W15A", "Diedrich IR-12 (sample)"]
PROFILES = ["Ethiopia Guji - light (filter)", "House Espresso v7", "Colombia Huila Decaf", "Kenya AA Nyeri",
            "Brazil Cerrado \"Mogiana\" dark", "Sumatra Wet-Hulled 2026/27", "Xmas Blend"]
GREENS = ["Brazil Cerrado Mogiana NY2 17/18", "Ethiopia Guji G1 natural", "Colombia Huila EA decaf", "Kenya Nyeri AA",
          "Guatemala Huehue SHB", "Sumatra Mandheling G1"]
ROASTERS_PEOPLE = ["Mia K.", "jonas", "Ayo Bello", "R. Fernandes-Lima", "night shift"]


def batch_id():
    return pick([f"B26-1207-{R.randrange(1, 60):03d}", f"{R.randrange(24000, 26000)}", f"SR{mixed(5)}"])


def roast_sample():
    m = R.randrange(0, 14)
    bt = 90 + m * 9 + R.uniform(-4, 4)
    return (f"roaster={pick(ROASTERS)} batch={batch_id()} t={m:02d}:{R.randrange(0, 60):02d} BT={bt:.1f}C ET={bt + R.uniform(15, 45):.1f}C "
            f"RoR={R.uniform(-3, 22):.1f}C/min burner={R.randrange(0, 101)}% drum={pick([48, 52, 55, 60])}rpm airflow={pick([1, 2, 3, 3, 4, 5])}")


def roast_drop():
    green = R.uniform(5, 30)
    loss = R.uniform(11.5, 18.9)
    return (f"Batch {batch_id()} dropped after {dur(480, 980)}: roasted={green * (1 - loss / 100):.2f}kg loss={loss:.1f}% "
            f"DTR={R.uniform(12, 26):.1f}% color=Agtron {R.randrange(38, 92)}")


SETS["coffee_roastery"] = [
    ("E1", 34, "roaster=<*> batch=<*> t=<*> BT=<*>C ET=<*>C RoR=<*>C/min burner=<*>% drum=<*>rpm airflow=<*>", roast_sample),
    ("E2", 8, "Batch <*> started on \"<*>\": profile \"<*>\" green=<*>kg charge=<*>C operator=<*>",
     lambda: f"Batch {batch_id()} started on \"{pick(ROASTER_NAMES)}\": profile \"{pick(PROFILES)}\" green={R.uniform(5, 30):.2f}kg charge={R.uniform(180, 230):.1f}C operator={pick(ROASTERS_PEOPLE)}"),
    ("E3", 11, "[<*>] <*> event: <*> @ <*> BT=<*>C",
     lambda: f"[{pick(ROASTERS)}] {batch_id()} event: {pick(['yellowing', 'first crack', 'first crack', 'first crack end', 'second crack', 'turning point'])} @ {R.randrange(1, 14):02d}:{R.randrange(0, 60):02d} BT={R.uniform(95, 228):.1f}C"),
    ("E4", 8, "Batch <*> dropped after <*>: roasted=<*>kg loss=<*>% DTR=<*>% color=Agtron <*>", roast_drop),
    ("E5", 4, "Cooling tray <*>: bean temp <*>C after <*>s, stirrer <*>",
     lambda: f"Cooling tray {pick(['CT1', 'CT2', 'CT-SR'])}: bean temp {R.uniform(28, 60):.1f}C after {R.randrange(120, 400)}s, stirrer {pick(['ON', 'ON', 'OFF', 'jammed - reversing'])}"),
    ("E6", 2, "Afterburner <*> temp <*>C below setpoint <*>C, emissions permit limit at risk",
     lambda: f"Afterburner {pick(['AB-1', 'AB-2', 'TO-Loring'])} temp {R.randrange(520, 690)}C below setpoint {pick([700, 750])}C, emissions permit limit at risk"),
    ("E7", 5, "Green silo <*> (\"<*>\") level <*> kg -> <*> kg",
     lambda: (lambda a: f"Green silo S{R.randrange(1, 13):02d} (\"{pick(GREENS)}\") level {a:,.1f} kg -> {a - R.uniform(5, 30):,.1f} kg")(R.uniform(300, 4800))),
    ("E8", 1, "ALARM drum fire suspected on <*>: BT rose <*>C in <*>s, water quench <*>",
     lambda: f"ALARM drum fire suspected on {pick(ROASTERS)}: BT rose {R.randrange(15, 40)}C in {pick([10, 15, 20])}s, water quench {pick(['triggered', 'inhibited (manual mode)'])}"),
    ("E9", 3, "QC cupping lot <*> score <*> by <*>: notes=[<*>]",
     lambda: f"QC cupping lot {batch_id()} score {R.uniform(79, 91):.2f} by {pick(ROASTERS_PEOPLE)}: notes=[{words_list(['bergamot', 'milk chocolate', 'stone fruit', 'a bit baked', 'underdeveloped', 'clean', 'jasmine', 'roasty finish'])}]"),
    ("E10", 2, "Chaff collector <*> full (<*>%), empty before next batch",
     lambda: f"Chaff collector {pick(['CC-1', 'CC-2'])} full ({R.randrange(85, 101)}%), empty before next batch"),
    ("E11", 5, "Packer <*> filled <*> x <*>g bags of \"<*>\" (rejects: <*>)",
     lambda: f"Packer {pick(['PK1', 'PK2 (valve bags)', 'Hand'])} filled {R.randrange(12, 400)} x {pick([250, 250, 500, 1000])}g bags of \"{pick(PROFILES)}\" (rejects: {pick(['0', '0', '2 seal', '1 weight', '5 seal, 1 label'])})"),
    ("E12", 2, "Modbus timeout talking to <*> (unit id <*>) after <*> ms, retry <*>/<*>",
     lambda: f"Modbus timeout talking to {pick(['10.8.0.21:502', '10.8.0.22:502', 'plc-sr15.local:502'])} (unit id {pick([1, 1, 3])}) after {pick([500, 1000, 2000])} ms, retry {R.randrange(1, 4)}/3"),
    ("E13", 2, "User <*> edited profile \"<*>\" rev <*> -> <*>: <*>",
     lambda: (lambda r: f"User {pick(['mia.k', 'jonas', 'AyoB', 'head-roaster'])} edited profile \"{pick(PROFILES)}\" rev {r} -> {r + 1}: {pick(['charge temp +5C', 'longer drying phase', 'drop at 203C instead of 205C, airflow 4 after FC', 'typo'])}")(R.randrange(1, 30))),
]

# An escape room venue: puzzles solved as a key=value run with a quoted room and a bracketed progress,
# games started and ended, hints sent with a quoted text, maglocks, emergency releases, timers, prop
# controller heartbeats, bookings, cameras, reset checklists, RFID props.
ROOMS = ["The Pharaoh's Tomb", "Lab 13", "Heist at the Gallery", "Sherlock: A Study in Red", "Submarine K-19 (Kids)"]
PUZZLES = ["Scarab lock", "Canopic jars", "UV map", "Safe combination", "Periscope", "Morse telegraph", "Bookshelf",
           "Laser grid", "Chemical \"recipe\"", "Final door"]
GMS = ["Lea", "Tom B.", "gm-night", "Sven"]


def game_id():
    return pick([f"G-{R.randrange(8000, 9900)}", f"G-{R.randrange(8000, 9900)}", f"{mixed(6)}"])


def er_solved():
    n = pick([8, 10, 12, 12])
    return (f"room=\"{pick(ROOMS)}\" game={game_id()} puzzle=[{R.randrange(1, n + 1)}/{n}] \"{pick(PUZZLES)}\" solved at "
            f"{R.randrange(1, 60)}m{R.randrange(0, 60):02d}s hints={pick([0, 0, 1, 1, 2, 3])}")


def er_end():
    out = pick(["ESCAPED", "ESCAPED", "TIME UP", "ABORTED by staff"])
    return (f"Game {game_id()} ended: {out} in {R.randrange(30, 61)}m{R.randrange(0, 60):02d}s ({R.randrange(0, 7)} hints, "
            f"{R.randrange(0, 3)} clue cards), record {pick(['no', 'no', 'no', 'yes (new room record)'])}")


SETS["escape_rooms"] = [
    ("E1", 28, "room=\"<*>\" game=<*> puzzle=[<*>/<*>] \"<*>\" solved at <*> hints=<*>", er_solved),
    ("E2", 8, "Game <*> started in <*>: <*> players, team \"<*>\", language <*>, gamemaster <*>",
     lambda: f"Game {game_id()} started in {pick(ROOMS)}: {R.randrange(2, 9)} players, team \"{pick(['The Escapists', 'Birthday Girls!', 'ACME Corp. team B', 'x', 'Los Locos (again)'])}\", language {pick(['EN', 'DE', 'DE', 'NL'])}, gamemaster {pick(GMS)}"),
    ("E3", 7, "Game <*> ended: <*> in <*> (<*> hints, <*> clue cards), record <*>", er_end),
    ("E4", 11, "Hint #<*> sent to <*> via <*>: \"<*>\"",
     lambda: f"Hint #{R.randrange(1, 6)} sent to {pick(ROOMS)} via {pick(['screen', 'screen', 'speaker', 'walkie'])}: \"{pick(['Look under the rug', 'The numbers on the clock matter.', 'Count the birds - all of them, even the ones on the wallpaper', 'Try the blue light', 'Not everything is a code'])}\""),
    ("E5", 8, "maglock <*> state=<*> door=<*>",
     lambda: f"maglock ML-{R.randrange(1, 24):02d} state={pick(['LOCKED', 'RELEASED', 'RELEASED'])} door={pick(['closed', 'open', 'open'])}"),
    ("E6", 1, "EMERGENCY release pressed in <*> (button <*>), all maglocks released, game <*> paused",
     lambda: f"EMERGENCY release pressed in {pick(ROOMS)} (button {pick(['EB-1', 'EB-2', 'door panel'])}), all maglocks released, game {game_id()} paused"),
    ("E7", 4, "Timer for <*> at <*> remaining, played announcement \"<*>\"",
     lambda: f"Timer for {pick(ROOMS)} at {pick(['30:00', '15:00', '05:00', '01:00'])} remaining, played announcement \"{pick(['halftime.mp3', 'hurry_up_de.wav', 'final minute', 'five minutes left'])}\""),
    ("E8", 3, "Prop controller <*> (<*>) heartbeat lost for <*> ms, last seen fw <*>",
     lambda: f"Prop controller esp32-{hexs(6)} ({pick(PUZZLES)}) heartbeat lost for {R.randrange(3000, 60000)} ms, last seen fw {pick(['1.4.2', '1.4.2', '1.5.0-rc1'])}"),
    ("E9", 4, "Booking <*> for <*> on <*> at <*> by <*> (<*> players, <*>)",
     lambda: f"Booking BK{R.randrange(10 ** 5, 10 ** 6)} for {pick(ROOMS)} on {day()} at {hm()} by {pick(['anna@example.de', 'Corporate: ACME GmbH', 'walk-in', '+49 171 5550142'])} ({R.randrange(2, 9)} players, {pick(['paid', 'paid', 'deposit', 'voucher XMAS-' + mixed(4).upper()])})"),
    ("E10", 2, "Camera <*> stream <*>: <*>",
     lambda: f"Camera {pick(['cam3', 'cam7', 'lab13-ceiling'])} stream rtsp://10.0.5.{R.randrange(10, 40)}:554/stream{pick([1, 2])}: {pick(['connection timed out', 'no frames for 10s', '401 Unauthorized'])}"),
    ("E11", 2, "Reset checklist for <*> incomplete: missing [<*>]",
     lambda: f"Reset checklist for {pick(ROOMS)} incomplete: missing [{words_list(['key #3', 'UV torch', 'jar lid', 'mummy hand', 'telegraph cable', 'puzzle box'], 1, 3)}]"),
    ("E12", 3, "RFID reader <*> read tag <*> (\"<*>\") on slot <*>: <*>",
     lambda: f"RFID reader rd{R.randrange(1, 9)} read tag {hexs(8).upper()} (\"{pick(['Canopic jar (jackal)', 'Gem - red', 'Book 4', 'Fuse'])}\") on slot {R.randrange(1, 5)}: {pick(['correct', 'correct', 'wrong', 'wrong order'])}"),
]

# A textile mill's weaving shed: loom readings as a key=value run with a quoted style, stops with a
# reason of one to four words and a code, restarts, warp beams, cloth rolls with defect lists, weft
# packages, shed climate, air-jet pressure, inspection grades, jacquard designs, maintenance, shifts.
LOOMS = [f"L-{n:03d}" for n in (3, 12, 17, 26, 31, 47, 48, 52, 66, 71)]
STYLES = ["Denim 3/1 RHT 12oz", "Poplin 40x40", "Jacquard damask \"Rosa\"", "Twill 2/2 (stretch)", "Canvas 10oz"]
WEAVERS = ["W114", "W207", "Ana P.", "Kemal", "W033"]


def loom_status():
    return (f"loom={pick(LOOMS)} style=\"{pick(STYLES)}\" picks={R.randrange(10000, 4000000):,} rpm={R.randrange(480, 900)} "
            f"eff={R.uniform(60, 96):.1f}% stops={R.randrange(0, 12)} warp={R.randrange(80, 3500)}m")


SETS["textile_looms"] = [
    ("E1", 30, "loom=<*> style=\"<*>\" picks=<*> rpm=<*> eff=<*>% stops=<*> warp=<*>m", loom_status),
    ("E2", 14, "Loom <*> stopped: <*> (code <*>) after <*> picks",
     lambda: f"Loom {pick(LOOMS)} stopped: {pick(['weft break', 'weft break', 'warp break (drop wire 14)', 'leno', 'manual stop', 'selvedge fault left side'])} (code {pick(['W01', 'W01', 'K12', 'E', '0x3A'])}) after {R.randrange(1, 90000)} picks"),
    ("E3", 10, "Loom <*> restarted by weaver <*>, downtime <*>",
     lambda: f"Loom {pick(LOOMS)} restarted by weaver {pick(WEAVERS)}, downtime {dur(8, 1800)}"),
    ("E4", 3, "Warp beam <*> loaded on <*>: <*> ends, <*>m, style \"<*>\"",
     lambda: f"Warp beam WB{R.randrange(100, 999)} loaded on {pick(LOOMS)}: {R.randrange(2400, 9600)} ends, {R.randrange(800, 4000)}m, style \"{pick(STYLES)}\""),
    ("E5", 4, "Cloth roll <*> doffed from <*> at <*>m, <*> defects marked [<*>]",
     lambda: (lambda n: f"Cloth roll CR-26-{R.randrange(1000, 9999)} doffed from {pick(LOOMS)} at {R.uniform(60, 120):.1f}m, {n} defects marked [{', '.join(pick(['start mark', 'thick place', 'broken pick', 'oil stain', 'reed mark']) + '@' + str(R.randrange(1, 120)) + 'm' for _ in range(n))}]")(R.randrange(1, 4))),
    ("E6", 3, "Weft package <*> on <*> channel <*> exhausted, switched to <*> (<*> left)",
     lambda: f"Weft package {mixed(7)} on {pick(LOOMS)} channel {R.randrange(1, 5)} exhausted, switched to {mixed(7)} ({R.randrange(1, 30)} left)"),
    ("E7", 3, "Shed zone <*>: RH <*>% temp <*>°C outside band <*>-<*>%",
     lambda: f"Shed zone {pick(['A', 'B', 'Jacquard'])}: RH {R.randrange(40, 58)}% temp {R.uniform(21, 29):.1f}°C outside band {pick(['60-75', '60-75', '65-80'])}%"),
    ("E8", 2, "Air-jet main nozzle pressure <*> bar on <*> (min <*> bar)",
     lambda: f"Air-jet main nozzle pressure {R.uniform(2.1, 3.4):.2f} bar on {pick(LOOMS)} (min {pick(['3.5', '3.8'])} bar)"),
    ("E9", 3, "Inspection table <*>: roll <*> graded <*> by <*> (<*> points/100m²)",
     lambda: f"Inspection table {pick(['IT1', 'IT2'])}: roll CR-26-{R.randrange(1000, 9999)} graded {pick(['A', 'A', 'A', 'B', 'second quality'])} by {pick(['inspector 3', 'Mara', 'auto-vision'])} ({R.uniform(2, 40):.1f} points/100m²)"),
    ("E10", 1, "Jacquard controller <*> design \"<*>\" uploaded (<*>, <*> hooks) in <*>",
     lambda: f"Jacquard controller {pick(['JC-1', 'JC-2'])} design \"{pick(['rosa_v3.jc5', 'Damask Lily 2026.ep', 'logo HOTEL ALPINA.jc5'])}\" uploaded ({R.uniform(0.4, 18):.1f}MiB, {pick([2688, 5376, 10752])} hooks) in {dur(3, 200)}"),
    ("E11", 2, "Maintenance due on <*>: <*> at <*> operating hours",
     lambda: f"Maintenance due on {pick(LOOMS)}: {pick(['reed cleaning', 'sley bearing grease', 'relay nozzle check', 'gripper tape change'])} at {R.randrange(1000, 40000)} operating hours"),
    ("E12", 2, "Shift <*> closed: <*>/<*> looms running, efficiency <*>%, top stop reason \"<*>\"",
     lambda: f"Shift {pick(['early', 'late', 'night'])} closed: {R.randrange(30, 49)}/{pick([48, 48, 52])} looms running, efficiency {R.uniform(70, 93):.1f}%, top stop reason \"{pick(['weft break', 'warp break', 'leno'])}\""),
]

# A theatre's ticketing and box office: sales as a key=value run with a quoted performance and a
# bracketed seat list, refunds, door scans with a result of one to five words, held seats released,
# expired seat locks, declined payments with a bracketed code, tills opened and closed with pound
# amounts that may be negative, capacity, ticket printers, comps, resale partner throttling, access
# bookings with a quoted note.
PERFS = ["Hamlet", "The Nutcracker", "A Christmas Carol (relaxed performance)", "Cats", "Mamma Mia!",
         "Waiting for Godot", "Panto: Jack & the Beanstalk"]
BLOCKS = ["Stalls", "Stalls", "Dress Circle", "Upper Circle", "Box"]
BO_STAFF = ["priya", "Dan W.", "box-office-2", "Eleanor Hughes", "sysadmin"]


def bo_order():
    return pick([f"TX-{mixed(5)}", f"TX-{mixed(5)}", f"{R.randrange(10 ** 7, 10 ** 8)}", f"WEB/{R.randrange(100000, 999999)}"])


def seats():
    blk, row, n = pick(BLOCKS), pick("ABCDEFGHJKLMNP"), R.randrange(1, 30)
    return ", ".join(f"{blk} {row}{n + i}" for i in range(pick([1, 2, 2, 2, 3, 4, 6])))


def pounds(lo=5.0, hi=400.0):
    return f"{R.uniform(lo, hi):.2f}"


def bo_sale():
    return (f"SALE order={bo_order()} perf=\"{pick(PERFS)}\" {day()} {pick(['14:30', '19:30', '19:30', '20:00'])} seats=[{seats()}] "
            f"price_band={pick('ABCDE')} total=£{pounds()} channel={pick(['web', 'web', 'web', 'box office', 'phone', 'app'])}")


def bo_scan():
    res = pick(["VALID", "VALID", "VALID", "VALID", f"ALREADY SCANNED at {clock()[:5]}", "WRONG PERFORMANCE", "VOID (refunded)"])
    return f"Door scan {pick(['door1', 'door2', 'stage-door', 'gallery'])} at {clock()}: ticket {R.randrange(10 ** 11, 10 ** 12)} {res}"


def bo_till_close():
    return (f"Till {pick(['T1', 'T2', 'T3'])} closed by {pick(BO_STAFF)}: cash £{pounds(50, 2000)} card £{pounds(200, 9000)} "
            f"variance £{pick(['0.00', '0.00', '-2.50', '1.20', '-10.00'])}")


SETS["theatre_box_office"] = [
    ("E1", 26, "SALE order=<*> perf=\"<*>\" <*> <*> seats=[<*>] price_band=<*> total=£<*> channel=<*>", bo_sale),
    ("E2", 6, "Refund <*> for order <*>: £<*> to <*> (reason: <*>)",
     lambda: f"Refund RF{R.randrange(1000, 9999)} for order {bo_order()}: £{pounds()} to {pick(['original card', 'credit voucher', 'cash'])} (reason: {pick(['performance cancelled', 'customer illness', 'double booking', 'goodwill'])})"),
    ("E3", 14, "Door scan <*> at <*>: ticket <*> <*>", bo_scan),
    ("E4", 3, "Released <*> held seats for \"<*>\" (hold \"<*>\" by <*>)",
     lambda: f"Released {R.randrange(2, 40)} held seats for \"{pick(PERFS)}\" (hold \"{pick(['press night', 'house seats', 'Company hold - director', 'wheelchair reserve'])}\" by {pick(BO_STAFF)})"),
    ("E5", 5, "Seat lock expired for basket <*> (<*> seats, <*>s idle)",
     lambda: f"Seat lock expired for basket {uuid()} ({R.randrange(1, 9)} seats, {pick([600, 600, 900, 1200])}s idle)"),
    ("E6", 3, "Payment declined for basket <*>: <*> [<*>]",
     lambda: (lambda d: f"Payment declined for basket {uuid()}: {d[0]} [{d[1]}]")(pick([("insufficient funds", "05"), ("3-D Secure failed", "3DS-NA"), ("card expired", "54"), ("do not honour", "05")]))),
    ("E7", 3, "Till <*> opened by <*> with float £<*>",
     lambda: f"Till {pick(['T1', 'T2', 'T3'])} opened by {pick(BO_STAFF)} with float £{pick(['150.00', '200.00', '200.00', '250.00'])}"),
    ("E8", 3, "Till <*> closed by <*>: cash £<*> card £<*> variance £<*>", bo_till_close),
    ("E9", 2, "Performance \"<*>\" <*> at <*>% capacity, <*> seats left in <*>",
     lambda: f"Performance \"{pick(PERFS)}\" {day()} at {R.randrange(80, 100)}% capacity, {R.randrange(1, 60)} seats left in {pick(['Upper Circle', 'Stalls', 'all areas'])}"),
    ("E10", 2, "Ticket printer <*> error: <*>",
     lambda: f"Ticket printer {pick(['BOCA-1', 'BOCA-2', 'foyer kiosk'])} error: {pick(['paper jam', 'out of ticket stock', 'head too hot, cooling'])}"),
    ("E11", 1, "Comp tickets issued: <*> x \"<*>\" to <*> authorised by <*>",
     lambda: f"Comp tickets issued: {R.randrange(1, 6)} x \"{pick(PERFS)}\" to {pick(['The Stage (press)', 'cast family', 'local school'])} authorised by {pick(BO_STAFF)}"),
    ("E12", 2, "Resale partner <*> throttled: <*> requests in <*>s (limit <*>)",
     lambda: f"Resale partner {pick(['partner-ticketco', 'London Theatre Direct', 'TodayTix-like'])} throttled: {R.randrange(120, 900)} requests in {pick([60, 60, 30])}s (limit {pick([100, 120])})"),
    ("E13", 2, "Access booking <*>: wheelchair space <*> with companion seat <*>, notes \"<*>\"",
     lambda: f"Access booking {bo_order()}: wheelchair space {pick(['WS1', 'WS2', 'WS4'])} with companion seat {pick(BLOCKS)} {pick('AB')}{R.randrange(1, 12)}, notes \"{pick(['guide dog', 'needs step-free route from car park', 'hearing loop', 'none'])}\""),
]

# A hotel's minibar and room service: minibar sensor charges as a key=value run with a quoted item and
# a closed-set action, room service orders with an item list, kitchen tickets moving between states,
# deliveries, minibar doors and temperatures, restock routes, charge disputes, allergen flags, PMS
# posting failures, blocked deliveries, tray collections.
MB_ITEMS = [("Toblerone 100g", "6.50"), ("Evian 0,5 l", "4.00"), ("Moet & Chandon 0,2 l", "24.00"), ("Pringles Original", "5.50"),
            ("Gin \"Monkey 47\" 5cl", "12.00"), ("Haribo Goldbaeren", "3.50"), ("Club-Mate", "4.50")]
DISHES = ["Club Sandwich", "Caesar Salad", "Wiener Schnitzel (veal)", "Burger medium-rare", "Tomato soup", "Pancakes",
          "Fries", "Sparkling water 0,75 l", "Pinot Noir (glass)", "Kids pasta"]
RUNNERS = ["Luis", "Kim T.", "runner-3", "Jana"]


def room():
    return f"{R.randrange(1, 9)}{R.randrange(1, 40):02d}"


def folio():
    return pick([f"F-2612-{R.randrange(0, 10 ** 4):04d}", f"{R.randrange(10 ** 6, 10 ** 7)}"])


def rs_order():
    dishes = R.sample(DISHES, R.randrange(1, 5))
    return (f"Order RS-{R.randrange(10000, 99999)} room {room()}: {len(dishes)} items ({', '.join(dishes)}), total "
            f"{R.uniform(8, 190):.2f} EUR, promised {hm()}")


def minibar():
    it = pick(MB_ITEMS)
    act = pick(["removed", "removed", "removed", "returned", "removed (not charged: VIP)"])
    return (f"minibar room={room()} sensor={R.randrange(1, 13)} item=\"{it[0]}\" {act} qty={pick([1, 1, 1, 2])} "
            f"charge={it[1]} EUR folio={folio()}")


SETS["room_service"] = [
    ("E1", 24, "minibar room=<*> sensor=<*> item=\"<*>\" <*> qty=<*> charge=<*> EUR folio=<*>", minibar),
    ("E2", 12, "Order <*> room <*>: <*> items (<*>), total <*> EUR, promised <*>", rs_order),
    ("E3", 12, "Ticket <*> -> <*> (station <*>, <*> since order)",
     lambda: f"Ticket RS-{R.randrange(10000, 99999)} -> {pick(['ACCEPTED', 'COOKING', 'COOKING', 'READY', 'ON THE WAY'])} (station {pick(['grill', 'cold kitchen', 'bar', 'pastry'])}, {dur(30, 2400)} since order)"),
    ("E4", 8, "Order <*> delivered to room <*> by <*> in <*>, signature <*>",
     lambda: f"Order RS-{R.randrange(10000, 99999)} delivered to room {room()} by {pick(RUNNERS)} in {dur(300, 3000)}, signature {pick(['captured', 'captured', 'refused', 'charged to room without signature'])}"),
    ("E5", 3, "Minibar <*> door open for <*>, compressor <*>",
     lambda: f"Minibar {room()} door open for {dur(120, 3000)}, compressor {pick(['paused', 'running', 'fault'])}"),
    ("E6", 2, "Minibar <*> temperature <*>°C above <*>°C for <*> min",
     lambda: f"Minibar {room()} temperature {R.uniform(9, 18):.1f}°C above {pick(['8.0', '8.0', '6.0'])}°C for {R.randrange(20, 300)} min"),
    ("E7", 3, "Restock route <*> by <*>: <*> rooms, <*> items, missing [<*>]",
     lambda: f"Restock route floor-{R.randrange(1, 9)} by {pick(['Olga', 'housekeeping 2', 'M. Rossi'])}: {R.randrange(4, 40)} rooms, {R.randrange(5, 120)} items, missing [{words_list([i[0] for i in MB_ITEMS], 1, 3)}]"),
    ("E8", 2, "Charge dispute on folio <*>: <*> (<*> EUR) reversed by <*>, reason \"<*>\"",
     lambda: (lambda it: f"Charge dispute on folio {folio()}: {it[0]} ({it[1]} EUR) reversed by {pick(['front desk', 'night manager', 'Anke S.'])}, reason \"{pick(['guest says item was moved, not consumed', 'sensor fault', 'goodwill'])}\"")(pick(MB_ITEMS))),
    ("E9", 2, "Allergen flag on order <*>: guest profile lists [<*>], item \"<*>\" contains <*>",
     lambda: f"Allergen flag on order RS-{R.randrange(10000, 99999)}: guest profile lists [{words_list(['gluten', 'nuts', 'lactose', 'shellfish', 'egg'], 1, 2)}], item \"{pick(DISHES)}\" contains {pick(['gluten', 'nuts', 'lactose', 'egg, gluten'])}"),
    ("E10", 2, "PMS interface <*> posting failed for folio <*>: <*>",
     lambda: f"PMS interface {pick(['FIAS-1', 'opera-ifc'])} posting failed for folio {folio()}: {pick(['room not checked in', 'LS timeout after 30s', 'posting exceeds credit limit'])}"),
    ("E11", 2, "Delivery to room <*> blocked: <*>",
     lambda: f"Delivery to room {room()} blocked: {pick(['Do Not Disturb active', 'guest checked out', 'no answer after 3 knocks'])}"),
    ("E12", 3, "Tray collection requested for room <*> (<*> trays, <*>)",
     lambda: f"Tray collection requested for room {room()} ({R.randrange(1, 4)} trays, {pick(['guest call', 'app', 'housekeeping'])})"),
]

# A wastewater pumping station network's telemetry: station readings as a key=value run with a pump
# list like `P1:RUN,P2:STBY`, pump starts and stops, high-high level alarms with a time to overflow,
# combined sewer overflow spills into a quoted watercourse, ragging, outstation links, mains failures,
# hydrogen sulphide, site visits, flow meter faults, rain gauges, setpoint changes.
STATIONS = ["PS01", "PS03", "PS07", "PS12", "Mill Lane PS", "PS-Harbour"]
LINKS = ["4G (Vodafone)", "UHF radio ch 3", "PSTN dial-up", "LoRaWAN"]
WATERS = ["River Wen", "Mill Brook", "Harbour outfall", "Sandy Beck"]


def pumps():
    return ",".join(f"P{i}:{pick(['RUN', 'STBY', 'STBY', 'OFF', 'FAULT'])}" for i in range(1, pick([2, 3, 3, 4]) + 1))


SETS["pumping_stations"] = [
    ("E1", 30, "<*> wet_well=<*>m inflow=<*>L/s pumps=<*> power=<*>kW",
     lambda: f"{pick(STATIONS)} wet_well={R.uniform(0.3, 3.6):.2f}m inflow={R.uniform(0, 220):.1f}L/s pumps={pumps()} power={R.uniform(0, 90):.1f}kW"),
    ("E2", 10, "<*> pump <*> started (<*>) at level <*>m, duty <*>",
     lambda: f"{pick(STATIONS)} pump P{R.randrange(1, 4)} started ({pick(['duty level', 'duty level', 'assist level', 'manual HOA', 'exercise run'])}) at level {R.uniform(0.8, 3.2):.2f}m, duty {pick(['1', '2', 'assist'])}"),
    ("E3", 10, "<*> pump <*> stopped at level <*>m after <*>, <*>m3 pumped",
     lambda: f"{pick(STATIONS)} pump P{R.randrange(1, 4)} stopped at level {R.uniform(0.3, 1.0):.2f}m after {dur(40, 5000)}, {R.uniform(2, 900):.1f}m3 pumped"),
    ("E4", 3, "ALARM <*> high-high level <*>m (setpoint <*>m), overflow in <*>",
     lambda: f"ALARM {pick(STATIONS)} high-high level {R.uniform(3.0, 3.9):.2f}m (setpoint {pick(['3.00', '3.20'])}m), overflow in {dur(60, 3000)}"),
    ("E5", 2, "<*> CSO spill started at <*> to \"<*>\", duration <*>, est. volume <*>m3",
     lambda: f"{pick(STATIONS)} CSO spill started at {clock()} to \"{pick(WATERS)}\", duration {dur(120, 9000)}, est. volume {R.uniform(5, 4000):.0f}m3"),
    ("E6", 3, "<*> pump <*> ragging suspected: current <*>A vs <*>A nominal, <*> reversal",
     lambda: f"{pick(STATIONS)} pump P{R.randrange(1, 4)} ragging suspected: current {R.uniform(30, 60):.1f}A vs {pick(['24.5', '31.0'])}A nominal, {pick(['auto', 'auto', 'no (disabled)'])} reversal"),
    ("E7", 4, "Outstation <*> link via <*> lost, last poll <*> ago",
     lambda: f"Outstation {pick(STATIONS)} link via {pick(LINKS)} lost, last poll {dur(60, 7200)} ago"),
    ("E8", 2, "<*> mains failure, generator <*>",
     lambda: f"{pick(STATIONS)} mains failure, generator {pick(['started, on load after ' + str(R.randrange(8, 60)) + 's', 'failed to start', 'not fitted - battery backup only'])}"),
    ("E9", 3, "<*> H2S <*>ppm in <*>, odour control <*>",
     lambda: f"{pick(STATIONS)} H2S {R.uniform(5, 80):.1f}ppm in {pick(['wet well', 'valve chamber'])}, odour control {pick(['dosing +20%', 'running', 'fault - carbon filter saturated'])}"),
    ("E10", 2, "Site visit <*> by <*> (<*>): <*>",
     lambda: f"Site visit {pick(STATIONS)} by {pick(['T. Okafor', 'crew 4', 'contractor AquaJet Ltd'])} ({pick(['planned', 'reactive', 'jetting'])}): {pick(['intruder alarm inhibited 60 min', 'desilted wet well', 'replaced float switch', 'cleared rag from P2 impeller'])}"),
    ("E11", 2, "<*> flow meter <*> fault 0x<*>: <*>",
     lambda: f"{pick(STATIONS)} flow meter {pick(['FT01', 'FT02'])} fault 0x{hexs(4).upper()}: {pick(['empty pipe detected', 'coil open circuit', 'excess noise'])}"),
    ("E12", 3, "Rain gauge <*>: <*>mm in last <*>, storm mode <*>",
     lambda: f"Rain gauge {pick(['RG-North', 'RG-Town', 'RG2'])}: {R.uniform(0.2, 40):.1f}mm in last {pick(['15 min', '1 h', '1 h', '24 h'])}, storm mode {pick(['ON', 'OFF', 'unchanged'])}"),
    ("E13", 2, "Setpoint <*>.<*> changed from <*> to <*> by <*>",
     lambda: f"Setpoint {pick(['PS01', 'PS07', 'PS12'])}.{pick(['duty_start', 'duty_stop', 'assist_start', 'hh_alarm'])} changed from {R.uniform(0.5, 3.5):.2f} to {R.uniform(0.5, 3.5):.2f} by {pick(['scada-eng', 'J.Mills', 'OPS'])}"),
]

SIZES = {"coffee_roastery": 340, "escape_rooms": 320, "textile_looms": 350, "theatre_box_office": 330, "room_service": 310,
         "pumping_stations": 340}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
