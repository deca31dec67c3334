#!/usr/bin/env python3
"""Writes the thirty-fourth batch of labelled held-out logs of this folder (see README.md), written
blind to the grouping rules (neither they nor the miner's output on these lines were looked at). Same
columns and labelling as make_heldout.py: one event per log statement, everything its arguments fill
in is a variable however many words it spans, text the statement prints itself (units glued to a
number, `=`, brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_34.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(34343)


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def hm():
    return f"{R.randrange(6, 23):02d}:{R.randrange(0, 60):02d}"


def mixed(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(n))


def dur(short=False):
    """A duration as the product prints it: 42.1s, 1m32.5s or 2h07m12s."""
    kind = pick(["s", "m", "m", "h"]) if not short else pick(["s", "m"])
    if kind == "s":
        return f"{R.randrange(1, 600) / 10:.1f}s"
    if kind == "m":
        return f"{R.randrange(1, 60)}m{R.randrange(0, 600) / 10:04.1f}s"
    return f"{R.randrange(1, 5)}h{R.randrange(0, 60):02d}m{R.randrange(0, 60):02d}s"


def size():
    return pick([f"{R.randrange(10, 9999) / 10:.1f}MiB", f"{R.randrange(10, 999)}KiB", f"{R.randrange(10, 400) / 10:.1f}GiB",
                 f"{R.randrange(100, 9999)}KiB"])


def signed(lo, hi, digits=1):
    v = R.uniform(lo, hi)
    return f"{v:+.{digits}f}"


SETS = {}

# A dialysis unit's machines: per-station treatment readings, machine alarms with their text and
# acknowledgements, treatments started and ended, the reverse osmosis water plant, blood pressure,
# weights, heparin pumps, disinfection programmes, machines taken out of service, EMR sync failures.
STATIONS = ["HD-01", "HD-03", "HD-07", "HD-11", "Station 12", "Station 4", "iso room 2", "Chair 9 (Bay C)", "hd-14"]
PATIENTS = ["P0041233", "P0041871", "pt-88214", "pt-90012", "Kx7pQ2", "mRt45Zb", "P0039920", "9912-0044", "Hw3nY8k"]
NURSES = ["K. Obi", "Sr. Maria Lindqvist", "j.moreau", "Tom", "A. van der Berg", "night charge nurse", "Ines R."]
HD_MODES = ["HD", "HD", "HD", "HDF post", "HDF pre", "isolated UF", "HF"]
HD_ALARMS = [("A1042", "HIGH", "Venous pressure high limit exceeded (>= 250 mmHg)"),
             ("A1043", "HIGH", "Arterial pressure low"),
             ("A2010", "MEDIUM", "Air detected in venous line"),
             ("A3301", "LOW", "Treatment time reached"),
             ("A2205", "MEDIUM", "Blood leak detector: 0.35 ml/min, check dialyzer"),
             ("A4100", "LOW", "Bicarbonate cartridge empty"),
             ("A1050", "HIGH", "TMP above 300 mmHg, reduce UF rate or check filter clotting"),
             ("A5002", "MEDIUM", "Conductivity out of range")]


def hd_reading():
    return (f"[{pick(STATIONS)}] pt={pick(PATIENTS)} Qb={pick([250, 300, 300, 350, 350, 400])}ml/min Qd={pick([500, 500, 500, 700, 800])}ml/min "
            f"UF={R.randrange(0, 1200)}ml/h TMP={R.randrange(40, 320)}mmHg VP={R.randrange(80, 260)}mmHg AP={-R.randrange(80, 280)}mmHg "
            f"cond={R.randrange(133, 146) / 10:.1f}mS/cm T={R.randrange(355, 372) / 10:.1f}C mode={pick(HD_MODES)}")


def hd_alarm():
    code, prio, text = pick(HD_ALARMS)
    return f'ALARM machine="{pick(STATIONS)}" code={code} prio={prio} text="{text}"'


def hd_end():
    goal = R.randrange(5, 45) / 10
    removed = max(0.1, goal - pick([0, 0, 0, 0.1, 0.3, 1.2]))
    reason = pick(["completed", "completed", "completed", "completed", "patient request", "clotted circuit",
                   "access problem (infiltration)", "hypotension, MD order"])
    return (f"Treatment ended on {pick(STATIONS)} after {R.randrange(2, 5)}h{R.randrange(0, 60):02d}m{R.randrange(0, 60):02d}s: "
            f"UF removed {removed:.2f}L of {goal:.2f}L goal, Kt/V={R.randrange(95, 175) / 100:.2f}, reason: {reason}")


SETS["dialysis_unit"] = [
    ("E1", 34, "[<*>] pt=<*> Qb=<*>ml/min Qd=<*>ml/min UF=<*>ml/h TMP=<*>mmHg VP=<*>mmHg AP=<*>mmHg cond=<*>mS/cm T=<*>C mode=<*>",
     hd_reading),
    ("E2", 14, 'ALARM machine="<*>" code=<*> prio=<*> text="<*>"', hd_alarm),
    ("E3", 9, "alarm <*> on <*> acknowledged by <*> after <*>s",
     lambda: f"alarm {pick(HD_ALARMS)[0]} on {pick(STATIONS)} acknowledged by {pick(NURSES)} after {R.randrange(2, 240)}s"),
    ("E4", 6, "Treatment started: patient <*> on <*>, prescribed <*>, dialyzer: <*> (lot <*>), needle: <*>, access: <*>",
     lambda: f"Treatment started: patient {pick(PATIENTS)} on {pick(STATIONS)}, prescribed {pick(['4h00m', '4h00m', '3h30m', '4h30m', '5h00m'])}, "
             f"dialyzer: {pick(['FX 80', 'FX 60', 'Polyflux 170H', 'xevonta Hi 18', 'Elisio-21H'])} (lot {R.randrange(20, 27)}{pick('ABCDEFGHK')}{R.randrange(1000, 9999)}), "
             f"needle: {pick(['15G', '15G', '16G', '14G', 'CVC (no needle)'])}, access: {pick(['AV fistula left forearm', 'AV fistula right upper arm', 'graft', 'tunnelled CVC right IJ', 'AVF left'])}"),
    ("E5", 6, "Treatment ended on <*> after <*>: UF removed <*>L of <*>L goal, Kt/V=<*>, reason: <*>", hd_end),
    ("E6", 5, "RO plant: permeate conductivity <*>uS/cm, chlorine total <*> mg/l, feed pressure <*> bar, state <*>",
     lambda: f"RO plant: permeate conductivity {R.randrange(8, 90) / 10:.1f}uS/cm, chlorine total {pick(['0.00', '0.01', '0.02', '0.05', '0.11'])} mg/l, "
             f"feed pressure {R.randrange(40, 75) / 10:.1f} bar, state {pick(['RUNNING', 'RUNNING', 'RUNNING', 'STANDBY', 'SANITIZING (heat)', 'FLUSH'])}"),
    ("E7", 5, "BP <*>: <*>/<*> mmHg, pulse <*>/min, patient <*> (<*>)",
     lambda: f"BP {pick(STATIONS)}: {R.randrange(85, 190)}/{R.randrange(45, 110)} mmHg, pulse {R.randrange(48, 130)}/min, patient {pick(PATIENTS)} "
             f"({pick(['pre-dialysis', 'intradialytic', 'intradialytic', 'post-dialysis'])})"),
    ("E8", 3, "Disinfection <*> program '<*>' finished in <*> result=<*>",
     lambda: f"Disinfection {pick(STATIONS)} program '{pick(['Citric acid 50% hot', 'Heat', 'Puristeril 340', 'Rinse only'])}' finished in {dur(True)} "
             f"result={pick(['PASS', 'PASS', 'PASS', 'FAIL', 'ABORTED'])}"),
    ("E9", 4, "Weight <*>: pre <*>kg post <*>kg dry <*>kg (delta <*>kg)",
     lambda: (lambda pre, loss, dry: f"Weight {pick(PATIENTS)}: pre {pre:.1f}kg post {pre - loss:.1f}kg dry {dry:.1f}kg (delta {pre - loss - dry:+.1f}kg)")(
         *(lambda pre, loss: (pre, loss, pre - loss + R.randrange(-15, 15) / 10))(R.randrange(480, 1200) / 10, R.randrange(5, 40) / 10))),
    ("E10", 2, "Heparin pump on <*>: bolus <*>IU, rate <*>IU/h, stop <*>min before end",
     lambda: f"Heparin pump on {pick(STATIONS)}: bolus {pick([1000, 2000, 2500, 5000])}IU, rate {pick([500, 750, 1000, 1500])}IU/h, stop {pick([30, 60, 60])}min before end"),
    ("E11", 2, 'Machine <*> set OUT OF SERVICE by <*>: "<*>"',
     lambda: f'Machine {pick(STATIONS)} set OUT OF SERVICE by {pick(["tech j.moreau", "biomed", "Ines R."])}: '
             f'"{pick(["conductivity cell drifting, replace before next shift", "leak under blood pump", "screen frozen", "failed T1 test twice (pressure hold)"])}"'),
    ("E12", 2, "EMR sync failed for patient <*>: <*> (retry <*>/<*>)",
     lambda: f"EMR sync failed for patient {pick(PATIENTS)}: {pick(['HTTP 503', 'timeout after 30s', 'HL7 ACK AE: unknown visit', 'TLS handshake failed'])} (retry {R.randrange(1, 6)}/5)"),
    ("E13", 1, "Central concentrate tank <*>: level <*>% (<*> l), refill requested",
     lambda: f"Central concentrate tank {pick(['A', 'B', 'B (bicarb)'])}: level {R.randrange(5, 20)}% ({R.randrange(80, 400)} l), refill requested"),
]

# A toll road's gantries: vehicle passages as a key=value run, low-confidence plate reads with their
# candidates, enforcement cases, gantry health, low account balances, transaction batch uploads,
# class mismatches, wrong-way drivers, tariff tables, clock drift, operator notes, blacklisted OBUs,
# disputes.
GANTRIES = ["G-A7-114N", "G-A7-115S", "G-B12-031S", "G-C3-007N", "G-D1-220S", "g-a9-002n"]
PLATES = ["B-KX 4471", "M AB 123E", "WI 55817", "HH-QZ 12", "KA·RT 990", "NL 49-XBT-2", "PL WX 4471K", "S-OK 7", "F 718 GHJ"]
COUNTRIES = ["D", "D", "D", "AT", "NL", "PL", "F", "CZ"]


def obu():
    return hexs(8).upper()


def toll_pass():
    result, tag = pick([("CHARGED", f"OBU:{obu()}"), ("CHARGED", f"OBU:{obu()}"), ("CHARGED", f"OBU:{obu()}"),
                        ("VIDEO TOLL", "none"), ("EXEMPT", f"OBU:{obu()}"), ("NO READ", "none"), ("CHARGED", f"obu:{obu().lower()}")])
    return (f"gantry={pick(GANTRIES)} lane={pick([1, 1, 2, 2, 3, 'HS'])} plate=\"{pick(PLATES)}\" cls={pick([1, 2, 2, 2, 3, 4, 5])} tag={tag} "
            f"speed={R.randrange(12, 180)}km/h conf={R.randrange(40, 100) / 100:.2f} fee={R.randrange(0, 2400) / 100:.2f}EUR result={result}")


def anpr():
    p = pick(PLATES)
    cands = [p, p.replace("0", "O"), p.replace("1", "I"), p[:-1] + "8"]
    cands = list(dict.fromkeys(cands))[:pick([1, 2, 3])]
    return f"ANPR <{pick(GANTRIES)}/cam{R.randrange(1, 7)}> low confidence {R.randrange(20, 60) / 100:.2f} for \"{p}\" (candidates: [{', '.join(cands)}])"


SETS["toll_gantries"] = [
    ("E1", 38, 'gantry=<*> lane=<*> plate="<*>" cls=<*> tag=<*> speed=<*>km/h conf=<*> fee=<*>EUR result=<*>', toll_pass),
    ("E2", 10, 'ANPR <<*>/cam<*>> low confidence <*> for "<*>" (candidates: [<*>])', anpr),
    ("E3", 8, 'Enforcement case <*> opened: plate "<*>" (<*>), class <*>, reason: <*>',
     lambda: f'Enforcement case {pick(["TC-2026-", "tc26/"])}{R.randrange(0, 10 ** 7):07d} opened: plate "{pick(PLATES)}" ({pick(COUNTRIES)}), class {pick([2, 3, 4, 5])}, '
             f'reason: {pick(["no valid account", "OBU not declared", "class declared 2, measured 4", "plate on watchlist (unpaid 3x)"])}'),
    ("E4", 6, "[<*>] health: cpu <*>%, disk <*>%, temp <*>C, laser <*>, cams <*>/<*>, uplink <*> (<*>dBm)",
     lambda: f"[{pick(GANTRIES)}] health: cpu {R.randrange(5, 99)}%, disk {R.randrange(20, 98)}%, temp {R.randrange(150, 620) / 10:.1f}C, "
             f"laser {pick(['OK', 'OK', 'OK', 'DEGRADED', 'dirty window'])}, cams {pick([4, 4, 4, 3])}/4, uplink {pick(['LTE', 'fibre', 'fibre', '5G NSA'])} ({-R.randrange(60, 115)}dBm)"),
    ("E5", 5, "Account <*> balance low: <*> EUR < threshold <*> EUR, notified via <*>",
     lambda: f"Account {R.randrange(0, 10 ** 8):08d} balance low: {R.randrange(0, 999) / 100:.2f} EUR < threshold {pick(['10.00', '10.00', '25.00'])} EUR, "
             f"notified via {pick(['SMS', 'e-mail', 'SMS, e-mail', 'app push, SMS, e-mail'])}"),
    ("E6", 4, "Uploaded batch <*> from <*>: <*> transactions, <*> in <*>",
     lambda: f"Uploaded batch B202612{R.randrange(1, 9):02d}-{R.randrange(0, 9999):04d} from {pick(GANTRIES)}: {R.randrange(10, 9000)} transactions, {size()} in {dur(True)}"),
    ("E7", 4, "Class mismatch at <*> lane <*>: declared <*> measured <*> (axles <*>, height <*>m, length <*>m)",
     lambda: f"Class mismatch at {pick(GANTRIES)} lane {pick([1, 2, 3])}: declared {pick([1, 2, 2, 3])} measured {pick([3, 4, 4, 5])} "
             f"(axles {pick([2, 3, 4, 5, 6])}, height {R.randrange(15, 42) / 10:.1f}m, length {R.randrange(40, 188) / 10:.1f}m)"),
    ("E8", 2, 'WRONG-WAY vehicle detected at <*> lane <*> heading <*>, alert sent to "<*>"',
     lambda: f'WRONG-WAY vehicle detected at {pick(GANTRIES)} lane {pick([1, 2, 3])} heading {pick(["north", "south"])}, alert sent to "{pick(["Traffic Centre Nord", "Police HQ", "TMC"])}"'),
    ("E9", 2, "Tariff table <*> activated on <*> gantries (effective <*>)",
     lambda: f"Tariff table v2026.{R.randrange(1, 13)}.{R.randrange(0, 5)} activated on {R.randrange(12, 160)} gantries (effective 2026-12-{R.randrange(1, 10):02d}T00:00:00+01:00)"),
    ("E10", 2, "NTP offset on <*> is <*>ms, beyond limit <*>ms; transactions flagged",
     lambda: f"NTP offset on {pick(GANTRIES)} is {signed(-900, 900)}ms, beyond limit {pick([200, 250])}ms; transactions flagged"),
    ("E11", 2, 'operator <*>: "<*>"',
     lambda: f'operator {pick(["m.ferreira", "ops-night", "Jana K."])}: "{pick(["lane 2 laser cleaned, spider webs again", "cam 3 replaced", "reboot", "heavy snow, ANPR reads poor until salting done"])}"'),
    ("E12", 2, "OBU <*> on blacklist (reason=<*>) seen at <*> lane <*>",
     lambda: f"OBU {obu()} on blacklist (reason={pick(['STOLEN', 'CANCELLED', 'UNPAID'])}) seen at {pick(GANTRIES)} lane {pick([1, 2, 3])}"),
    ("E13", 3, "Dispute <*> for transaction <*> resolved: <*>",
     lambda: f"Dispute D-{R.randrange(10000, 99999)} for transaction {R.randrange(10 ** 9, 10 ** 10)} resolved: "
             f"{pick(['refund 3.40 EUR (photo shows motorcycle, class 1)', 'rejected', 'rejected, plate matches', 'partial refund 12.10 EUR'])}"),
]

# A flour mill's roller floor: roller stands as a key=value run after their passage and a bracketed
# stand, plansifter sections, tempering bins, gap changes by a miller, lab samples, spout chokes,
# magnets, spark detection, flour silos, roll changes, shift reports, bulk truck loading.
PASSAGES = ["B1", "B2", "B3", "B4", "B5", "C1", "C2", "C3", "C5", "C8", "Sizing 2", "Tail 1"]
STANDS = ["Stand 4 (Bühler MDDK)", "Stand 7", "Stand 2 (MDDL left)", "St 11", "Stand 9 (Ocrim)", "stand 13"]
STOCKS = ["1st break", "2nd break", "coarse semolina", "fine middlings", "sizings", "tailings", "3rd break (fine side)"]
FLOURS = ["Type 550", "Type 405", "T405", "Whole wheat", "Durum semola", "Type 1050", "Rye 997"]
MILLERS = ["miller T. Brandt", "T. Brandt", "shift lead Aylin", "auto-ctrl", "R. Okonkwo"]


def roller():
    return (f"{pick(PASSAGES)} [{pick(STANDS)}] gap={R.randrange(3, 90) / 100:.2f}mm load={R.randrange(80, 600) / 10:.1f}A feed={R.randrange(0, 101)}% "
            f"temp={R.randrange(220, 520) / 10:.1f}C stock=\"{pick(STOCKS)}\" state={pick(['GRINDING'] * 6 + ['IDLE', 'DISENGAGED (feed low)'])}")


SETS["flour_mill"] = [
    ("E1", 30, '<*> [<*>] gap=<*>mm load=<*>A feed=<*>% temp=<*>C stock="<*>" state=<*>', roller),
    ("E2", 12, "Plansifter <*> section <*>: throughput <*>t/h, overs <*>%, throughs <*>%, sieve cleaners <*>",
     lambda: (lambda o: f"Plansifter {pick(['PS-1', 'PS-2', 'PS-3', 'ps-4'])} section {R.randrange(1, 9)}: throughput {R.randrange(10, 90) / 10:.1f}t/h, "
                        f"overs {o:.1f}%, throughs {100 - o:.1f}%, sieve cleaners {pick(['OK', 'OK', 'OK', 'worn (replace)', 'missing 3/24'])}")(R.randrange(20, 400) / 10)),
    ("E3", 7, 'Tempering bin <*> wheat "<*>" moisture <*>% target <*>% rest <*>',
     lambda: f'Tempering bin {pick([1, 2, 3, 4, "4B"])} wheat "{pick(["Hard Red Winter (lot HRW-1187)", "E-Weizen", "A wheat Brandenburg", "Durum (Canada, lot CWAD-77)"])}" '
             f'moisture {R.randrange(130, 175) / 10:.1f}% target {pick(["16.5", "16.0", "15.5", "17.0"])}% rest {R.randrange(6, 30)}h{R.randrange(0, 60):02d}m'),
    ("E4", 6, "Gap on <*> changed <*>mm -> <*>mm by <*> (<*>)",
     lambda: f"Gap on {pick(PASSAGES)} changed {R.randrange(5, 80) / 100:.2f}mm -> {R.randrange(5, 80) / 100:.2f}mm by {pick(MILLERS)} "
             f"({pick(['ash too high', 'release low', 'operator request', 'roll change', 'starch damage above spec, lab'])})"),
    ("E5", 6, "Lab sample <*> <*>: ash <*>%, moisture <*>%, protein <*>%, falling number <*>s -> <*>",
     lambda: f"Lab sample FL-26-{R.randrange(0, 99999):05d} {pick(FLOURS)}: ash {R.randrange(38, 120) / 100:.2f}%, moisture {R.randrange(125, 155) / 10:.1f}%, "
             f"protein {R.randrange(95, 145) / 10:.1f}%, falling number {R.randrange(180, 420)}s -> {pick(['PASS', 'PASS', 'PASS', 'FAIL', 'HOLD'])}"),
    ("E6", 5, "CHOKE detected in spout <*> (<*> -> <*>), <*>",
     lambda: f"CHOKE detected in spout S-{R.randrange(1, 300):03d} ({pick(PASSAGES)} -> {pick(['Plansifter PS-1', 'Plansifter PS-3', 'purifier P2', 'C2'])}), "
             f"{pick(['aspiration fan stopped', 'feed rolls disengaged', 'feed rolls disengaged', 'line halted'])}"),
    ("E7", 4, 'Magnet <*> at "<*>" cleaned: <*>g tramp metal (<*>)',
     lambda: f'Magnet {pick(["M1", "M2", "M3"])} at "{pick(["first break feed", "intake", "scourer inlet"])}" cleaned: {R.randrange(0, 90)}g tramp metal '
             f'({pick(["none", "bolts, wire", "nails", "wire", "a screwdriver tip, grit"])})'),
    ("E8", 2, "ATEX: spark detected in duct <*>, extinguishing valve fired (<*> sparks in <*>s)",
     lambda: f"ATEX: spark detected in duct D{R.randrange(1, 12)}, extinguishing valve fired ({R.randrange(1, 6)} sparks in {R.randrange(1, 30) / 10:.1f}s)"),
    ("E9", 4, "Flour silo <*> [<*>] level <*>% (<*>t), <*>",
     lambda: f"Flour silo F{R.randrange(1, 9)} [{pick(FLOURS)}] level {R.randrange(0, 1000) / 10:.1f}% ({R.randrange(0, 2000) / 10:.1f}t), "
             f"{pick(['filling from C-line', 'idle', 'discharging to packer', 'discharging to bulk loadout 2'])}"),
    ("E10", 3, "Roll change on <*> (pair <*>) logged: fluting <*>/inch, spiral <*>%, <*>, hours since regrind <*>h",
     lambda: f"Roll change on {pick(PASSAGES)} (pair {pick([1, 2])}) logged: fluting {pick([10, 12, 14, 18, 22])}/inch, spiral {pick([6, 8, 10])}%, "
             f"{pick(['dull-to-dull', 'sharp-to-sharp', 'sharp-to-dull'])}, hours since regrind {R.randrange(200, 9000)}h"),
    ("E11", 2, 'Shift report <*>: milled <*>t wheat, extraction <*>%, downtime <*>, top stop: "<*>"',
     lambda: f'Shift report {pick(["A", "B", "C", "Night"])}: milled {R.randrange(800, 2600) / 10:.1f}t wheat, extraction {R.randrange(720, 800) / 10:.1f}%, '
             f'downtime {R.randrange(0, 3)}h{R.randrange(0, 60):02d}m, top stop: "{pick(["C5 motor overload", "none", "choke S-114", "packer 2 film roll"])}"'),
    ("E12", 2, "Bulk truck \"<*>\" loaded <*>t <*> for customer '<*>' ticket <*>",
     lambda: f"Bulk truck \"{pick(['HH-FM 2210', 'OS-K 418', 'B-MX 77'])}\" loaded {R.randrange(1800, 2600) / 100:.2f}t {pick(FLOURS)} for customer "
             f"'{pick(['Bäckerei Müller & Söhne', 'Lidl Backstation Nord', 'Pasta Fresca GmbH', 'Kamps'])}' ticket {R.randrange(0, 10 ** 6):06d}"),
]

# A horse racing track's tote and starting gates: bets as a key=value run with a bracketed selection,
# odds lines, starting stalls, races off and results, dividends, pools closing, scratched runners,
# gate faults, cashed tickets, the photo finish camera, commingled pools, steward enquiries.
HORSES = ["Silver Arrow", "Molly's Gift", "Kingston Blue", "Dancing Brave II", "Tarquin", "Lady Penelope", "Sea The Moon",
          "O'Leary's Pride", "Nightjar"]
POOLS = ["WIN", "WIN", "WIN", "PLACE", "PLACE", "EXACTA", "TRIFECTA", "PICK 6", "QUINELLA"]
TERMINALS = [("T-112", "Grandstand West"), ("T-118", "Paddock Bar"), ("T-203", "Online"), ("t-7", "Silver Ring"),
             ("T-301", "Owners & Trainers Lounge")]


def tkt():
    return f"{hexs(4).upper()}-{hexs(4).upper()}-{hexs(4).upper()}"


def tote_bet():
    pool = pick(POOLS)
    n = {"WIN": 1, "PLACE": 1, "EXACTA": 2, "TRIFECTA": 3, "PICK 6": 6, "QUINELLA": 2}[pool]
    sep = pick([",", "-", "/"])
    sel = sep.join(str(R.randrange(1, 15)) for _ in range(n))
    term, where = pick(TERMINALS)
    return (f"BET tkt={tkt()} pool={pool} race=R{R.randrange(1, 9)} sel=[{sel}] stake={pick(['2.00', '5.00', '10.00', '10.00', '20.00', '1.50', '100.00'])} "
            f"term={term} ({where})")


def odds():
    runners = R.randrange(3, 10)
    line = " ".join(f"{i}:{R.randrange(11, 400) / 10:.2f}" for i in range(1, runners + 1))
    return f"ODDS R{R.randrange(1, 9)} {pick(['WIN', 'WIN', 'PLACE'])}: {line} pool {R.randrange(1000, 90000)}.{R.randrange(0, 100):02d}"


def result():
    h = R.sample(range(len(HORSES)), 3)
    return (f"Result R{R.randrange(1, 9)} {pick(['OFFICIAL', 'OFFICIAL', 'PHOTO', 'STEWARDS ENQUIRY'])}: 1st {R.randrange(1, 15)} {HORSES[h[0]]}, "
            f"2nd {R.randrange(1, 15)} {HORSES[h[1]]}, 3rd {R.randrange(1, 15)} {HORSES[h[2]]}; winning time {R.randrange(1, 4)}m{R.randrange(0, 6000) / 100:05.2f}s")


SETS["racing_tote"] = [
    ("E1", 34, "BET tkt=<*> pool=<*> race=R<*> sel=[<*>] stake=<*> term=<*> (<*>)", tote_bet),
    ("E2", 10, "ODDS R<*> <*>: <*> pool <*>", odds),
    ("E3", 8, 'Starting gate stall <*> [<*>] status=<*> door=<*> handler="<*>"',
     lambda: f'Starting gate stall {R.randrange(1, 15)} [{pick(HORSES)}] status={pick(["LOADED", "LOADED", "EMPTY", "REFUSED"])} '
             f'door={pick(["CLOSED", "CLOSED", "OPEN"])} handler="{pick(["J. Byrne", "Seanie", "M. de la Cruz", "handler 4"])}"'),
    ("E4", 5, 'Race R<*> "<*>" OFF at <*>, <*> runners, going: <*>',
     lambda: f'Race R{R.randrange(1, 9)} "{pick(["The Autumn Handicap (Class 3)", "Maiden Stakes", "Novices Hurdle", "The Kingsway Cup"])}" OFF at {clock()}.{R.randrange(0, 100):02d}, '
             f'{R.randrange(4, 15)} runners, going: {pick(["Good", "Good to Soft", "Soft", "Standard", "Heavy (Soft in places)"])}'),
    ("E5", 5, "Result R<*> <*>: 1st <*>, 2nd <*>, 3rd <*>; winning time <*>", result),
    ("E6", 4, "Dividend R<*> <*> <*>: <*> per 1.00 unit (pool <*>, <*> winning tickets)",
     lambda: (lambda pool: f"Dividend R{R.randrange(1, 9)} {pool[0]} {'-'.join(str(n) for n in R.sample(range(1, 15), pool[1]))}: "
                           f"{R.randrange(110, 90000) / 100:.2f} per 1.00 unit (pool {R.randrange(1000, 90000)}.00, {R.randrange(1, 900)} winning tickets)")(
         pick([("WIN", 1), ("PLACE", 1), ("EXACTA", 2), ("TRIFECTA", 3)]))),
    ("E7", 4, 'Pools closed for R<*> at <*> by "stop betting" signal from <*>',
     lambda: f'Pools closed for R{R.randrange(1, 9)} at {clock()}.{R.randrange(0, 100):02d} by "stop betting" signal from {pick(["starter", "starter", "race control", "manual override (J. Walsh)"])}'),
    ("E8", 3, 'Scratched: R<*> no. <*> "<*>" (<*>), refunds <*> on <*> tickets',
     lambda: f'Scratched: R{R.randrange(1, 9)} no. {R.randrange(1, 15)} "{pick(HORSES)}" ({pick(["vet certificate", "self certificate", "unruly at start", "going"])}), '
             f'refunds {R.randrange(100, 9000)}.{R.randrange(0, 100):02d} on {R.randrange(10, 900)} tickets'),
    ("E9", 3, "GATE FAULT stall <*>: <*> current <*>A < <*>A, gate held",
     lambda: f"GATE FAULT stall {R.randrange(1, 15)}: {pick(['door solenoid', 'front latch', 'magnet release'])} current {R.randrange(0, 12) / 10:.1f}A < {pick(['1.5', '2.0'])}A, gate held"),
    ("E10", 2, "Terminal <*> cashed ticket <*>: <*> paid, teller '<*>'",
     lambda: f"Terminal {pick(TERMINALS)[0]} cashed ticket {tkt()}: {R.randrange(200, 90000) / 100:.2f} paid, teller '{pick(['ana.r', 'T04', 'Kev'])}'"),
    ("E11", 2, "Photo finish camera <*>: frame rate <*>fps, exposure 1/<*>, sync offset <*>ms",
     lambda: f"Photo finish camera {pick(['PF-1', 'PF-2'])}: frame rate {pick([1000, 2000, 2000, 10000])}fps, exposure 1/{pick([2000, 4000, 8000])}, sync offset {signed(-2, 2)}ms"),
    ("E12", 3, 'Commingle link to "<*>" R<*> <*>: sent <*> received <*>, latency <*>ms',
     lambda: f'Commingle link to "{pick(["PMU Paris", "Tote UK", "HKJC (Sha Tin)"])}" R{R.randrange(1, 9)} {pick(["WIN", "EXACTA", "TRIFECTA"])}: '
             f'sent {R.randrange(100, 9000)}.00 received {R.randrange(1000, 200000)}.00, latency {R.randrange(40, 2000)}ms'),
    ("E13", 1, "Steward enquiry R<*>: <*>, placings <*>",
     lambda: f"Steward enquiry R{R.randrange(1, 9)}: {pick(['interference between 5 and 9 at the 2f marker', 'possible bumping', 'use of whip'])}, placings {pick(['unaltered', 'altered (2nd and 3rd reversed)'])}"),
]

# A recording studio's tape machines and patchbay: tape transports with timecode, patches between
# two quoted points, level meters as a bracketed list, sessions and takes, head alignment, word
# clock, head wear, bounces, the tape vault climate, transport errors, bookings.
MACHINES = ["Studer A827 #2", "Studer A80", "MCI JH-24", "Otari MTR-90", "Ampex ATR-102 (1/2in)", "Pro Tools HDX"]
REELS = ["MASTER 3 - Side B", "Reel 12", "MULTI 2/4 'Halvorsen'", "SAFETY COPY 1", "Reel 7 (bounce)"]
PATCH_POINTS = ["Neve 1073 #3 out", "LA-2A in", "LA-2A out", "1176 Rev D in", "Mic line 14", "Tape 1-8 return",
                "EMT 140 send", "SSL bus comp in", "Desk ch 21 insert send"]
ENGINEERS = ["Lukas P.", "Maya", "Dee Okoro", "assistant Finn", "Hannah van Wijk"]
SESSIONS = ["Halvorsen - Northern Lights (overdubs)", "The Quiet Hours", "jingle_Radio7", "Ensemble Fauve: Ravel Quartet",
            "Demo 'Blue Room' v2"]


def timecode():
    return f"{R.randrange(0, 2):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 25):02d}"


def levels():
    n = pick([2, 4, 8, 8])
    lo = pick([1, 9, 17])
    vals = ", ".join(pick(["-inf", f"{-R.randrange(10, 400) / 10:.1f}", f"{-R.randrange(10, 400) / 10:.1f}"]) for _ in range(n))
    return f"Levels ch {lo}-{lo + n - 1}: [{vals}] dBFS peak {-R.randrange(0, 60) / 10:.1f}dBFS"


SETS["recording_studio"] = [
    ("E1", 28, '[<*>] transport <*> -> <*> at <*> speed=<*>ips tension=<*> reel="<*>"',
     lambda: (lambda t: f'[{pick(MACHINES[:5])}] transport {t[0]} -> {t[1]} at {timecode()} speed={pick([15, 15, 30, 7.5])}ips '
                        f'tension={pick(["OK", "OK", "OK", "LOW (left)"])} reel="{pick(REELS)}"')(
         pick([("PLAY", "STOP"), ("STOP", "PLAY"), ("STOP", "REC"), ("REC", "STOP"), ("FFWD", "STOP"), ("STOP", "REW"), ("PLAY", "REC")]))),
    ("E2", 12, 'patch: "<*>" -> "<*>" (bay <*> row <*>, jack <*>) by <*>',
     lambda: f'patch: "{pick(PATCH_POINTS)}" -> "{pick(PATCH_POINTS)}" (bay {pick("ABC")} row {R.randrange(1, 9)}, jack {R.randrange(1, 49)}) by {pick(ENGINEERS)}'),
    ("E3", 10, "Levels ch <*>: [<*>] dBFS peak <*>dBFS", levels),
    ("E4", 5, 'Session "<*>" opened by engineer <*>: <*> tracks, <*>kHz/<*>bit, <*>',
     lambda: f'Session "{pick(SESSIONS)}" opened by engineer {pick(ENGINEERS)}: {pick([16, 24, 48, 64, 128])} tracks, {pick([44.1, 48, 96, 96, 192])}kHz/{pick([24, 24, 32])}bit, {pick([str(R.randrange(10, 900) / 10) + "GiB", str(R.randrange(100, 999)) + "MiB"])}'),
    ("E5", 5, "Alignment on <*>: <*> ref <*>nWb/m, L <*>dB R <*>dB, azimuth <*>",
     lambda: f"Alignment on {pick(MACHINES[:5])}: {pick(['1kHz', '10kHz', '100Hz'])} ref {pick([185, 250, 320])}nWb/m, L {signed(-1, 1)}dB R {signed(-1, 1)}dB, "
             f"azimuth {pick(['OK', 'OK', 'adjusted', 'off by 12 deg at 10kHz'])}"),
    ("E6", 4, 'Word clock: master "<*>", <*> devices unlocked (<*>)',
     lambda: (lambda d: f'Word clock: master "{pick(["Antelope OCX", "Pro Tools HDX", "Rosendahl Nanosyncs"])}", {len(d)} devices unlocked ({", ".join(d)})')(
         R.sample(["Pro Tools HDX", "Lexicon 480L", "Apogee AD-16X", "Bricasti M7", "RME ADI-2"], pick([1, 1, 2, 3])))),
    ("E7", 5, 'Take <*> of "<*>" recorded: <*>, <*> tracks armed',
     lambda: f'Take {R.randrange(1, 40)} of "{pick(["Song 3 (bridge)", "Northern Lights", "intro", "Mvt. II - Assez vif"])}" recorded: {dur(True)}, {R.randrange(1, 33)} tracks armed'),
    ("E8", 3, "Head wear on <*>: <*>h since relap, <*>",
     lambda: f"Head wear on {pick(MACHINES[:5])}: {R.randrange(100, 3000)}h since relap, {pick(['ok', 'ok', 'replace recommended', 'relap due in 200h'])}"),
    ("E9", 3, 'Bounce "<*>" done: <*>, <*>, <*> LUFS integrated, true peak <*>dBTP',
     lambda: f'Bounce "{pick(["mix_v7_final_FINAL.wav", "Northern Lights MIX 3.wav", "jingle_30s_v2.aif", "stems/Bass (DI).wav"])}" done: {dur(True)}, {size()}, '
             f'{-R.randrange(80, 230) / 10:.1f} LUFS integrated, true peak {-R.randrange(1, 30) / 10:.1f}dBTP'),
    ("E10", 2, "Tape vault: <*>C, <*>% RH (limits <*>-<*>C, <*>-<*>%)",
     lambda: (lambda lim: f"Tape vault: {R.randrange(160, 240) / 10:.1f}C, {R.randrange(28, 60)}% RH (limits {lim[0]}-{lim[1]}C, {lim[2]}-{lim[3]}%)")(
         pick([(18, 21, 35, 45), (18, 21, 35, 45), (16, 20, 30, 40)]))),
    ("E11", 2, "Transport error on <*>: <*> (code 0x<*>)",
     lambda: f"Transport error on {pick(MACHINES[:5])}: {pick(['capstan servo unlocked', 'tape break sensor', 'reel motor overcurrent (right)'])} (code 0x{hexs(2).upper()})"),
    ("E12", 2, "Booking: <*> for '<*>' <*>-<*>, engineer <*>, assistant <*>",
     lambda: f"Booking: {pick(['Studio A', 'Studio B', 'Mix room'])} for '{pick(SESSIONS)}' {pick(['09:00', '10:00', '10:00', '14:00'])}-{pick(['18:00', '22:00', '02:00'])}, engineer {pick(ENGINEERS)}, assistant {pick(['none', 'Finn', 'Hannah van Wijk'])}"),
]

# A nuclear medicine lab's isotope deliveries: doses dispensed as a key=value run, deliveries
# received with their calibration and transport index, dose calibrator constancy checks, generator
# elutions, wipe tests, waste containers, personal dosimeter alerts, cancelled doses, courier delays,
# area monitors, hot cells, radiochemical purity checks, spills.
PRODUCTS = [("Tc-99m", "MDP (bone scan)"), ("Tc-99m", "MAG3"), ("Tc-99m", "Sestamibi rest"), ("F-18", "FDG"),
            ("F-18", "PSMA-1007"), ("I-123", "Ioflupane"), ("Ga-68", "DOTATATE"), ("Lu-177", "PSMA-617 (therapy)")]
SUPPLIERS = ["Curium (Petten)", "Cyclotron Nord", "GE Healthcare", "in-house radiopharmacy", "IBA Molecular, Site 2"]
MRNS = ["MRN00418872", "MRN00420001", "mrn-771203", "Q8vT2nLp", "MRN00399120"]
STAFF = ["Dr. A. Nowak", "lin.w", "Tech 3", "S. O'Brien"]
PLACES = ["Hot lab bench 2", "Injection room", "Injection room 2", "PET uptake 3", "Corridor B", "Hot lab"]


def dose_id():
    return pick([f"Dx{R.randrange(0, 9999):04d}{pick('abc')}", f"D-{R.randrange(10 ** 5, 10 ** 6)}", mixed(7)])


def dose():
    nuc, prod = pick(PRODUCTS)
    target = pick([185, 370, 400, 740, 740, 250, 7400])
    act = round(target * R.uniform(0.9, 1.1))
    return (f"DOSE id={dose_id()} nuclide={nuc} product=\"{prod}\" act={act}MBq target={target}MBq t={clock()} pt={pick(MRNS)} "
            f"vol={R.randrange(10, 500) / 100:.2f}ml")


SETS["isotope_lab"] = [
    ("E1", 28, 'DOSE id=<*> nuclide=<*> product="<*>" act=<*>MBq target=<*>MBq t=<*> pt=<*> vol=<*>ml', dose),
    ("E2", 12, 'Delivery <*> from "<*>" received: <*> [<*>] x<*>, <*>GBq at calibration <*>, dose rate at 1m <*>uSv/h, TI <*>',
     lambda: (lambda p: f'Delivery PKG-26-{R.randrange(0, 99999):05d} from "{pick(SUPPLIERS)}" received: {p[0]} [{p[1]}] x{pick([1, 1, 2, 3])}, '
                        f'{R.randrange(5, 400) / 10:.1f}GBq at calibration {hm()}, dose rate at 1m {R.randrange(1, 90) / 10:.1f}uSv/h, TI {R.randrange(0, 30) / 10:.1f}')(pick(PRODUCTS))),
    ("E3", 9, 'Dose calibrator "<*>" constancy <*>: <*>MBq expected <*>MBq dev <*>% -> <*>',
     lambda: (lambda m, e: f'Dose calibrator "{pick(["Capintec CRC-55tR #1", "Capintec CRC-55tR #2", "Veenstra VDC-405"])}" constancy {pick(["Cs-137", "Co-57", "Ba-133"])}: '
                           f'{m:.2f}MBq expected {e:.2f}MBq dev {(m - e) / e * 100:+.1f}% -> {"PASS" if abs(m - e) / e < 0.05 else "FAIL"}')(
         R.uniform(8.8, 10.2), R.uniform(9.3, 9.6))),
    ("E4", 6, "Generator Mo-99/Tc-99m <*> eluted: <*>GBq in <*>ml, yield <*>%, Mo breakthrough <*> kBq/MBq",
     lambda: f"Generator Mo-99/Tc-99m {pick(['GEN-4471', 'GEN-4480', 'gen-4492a'])} eluted: {R.randrange(20, 400) / 10:.1f}GBq in {pick([5, 10, 10, 20])}ml, "
             f"yield {R.randrange(850, 990) / 10:.1f}%, Mo breakthrough {pick(['0.01', '0.02', '0.02', '0.04', '<0.01'])} kBq/MBq"),
    ("E5", 6, "Wipe test [<*>]: <*> cpm (bkg <*> cpm), status <*>",
     lambda: f"Wipe test [{pick(PLACES)}]: {R.randrange(20, 4000)} cpm (bkg {R.randrange(20, 60)} cpm), status {pick(['CLEAN', 'CLEAN', 'CLEAN', 'ACTION LEVEL', 'DECONTAMINATE'])}"),
    ("E6", 4, "Waste container <*> (<*>) sealed at <*>uSv/h, decay until <*>",
     lambda: f"Waste container W-{R.randrange(0, 9999):04d} ({pick(['I-131 sharps', 'Tc-99m vials', 'mixed short-lived', 'Lu-177 (patient linen)'])}) sealed at "
             f"{R.randrange(5, 600) / 10:.1f}uSv/h, decay until 202{pick([6, 7])}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}"),
    ("E7", 4, 'EPD alert: staff "<*>" Hp(10)=<*>uSv in shift (limit <*>uSv) at <*>',
     lambda: f'EPD alert: staff "{pick(STAFF)}" Hp(10)={R.randrange(20, 90)}uSv in shift (limit {pick([20, 40])}uSv) at {pick(PLACES)}'),
    ("E8", 3, "Dose <*> cancelled by <*>: <*>, <*>MBq to decay store",
     lambda: f"Dose {dose_id()} cancelled by {pick(['tech lin.w', 'Dr. A. Nowak', 'scheduler'])}: {pick(['patient no-show', 'IV access failed', 'scan cancelled by referrer', 'pregnancy test positive'])}, "
             f"{R.randrange(100, 900)}MBq to decay store"),
    ("E9", 3, "Courier delay: <*> ETA <*> (<*>), <*> patients rescheduled",
     lambda: f"Courier delay: PKG-26-{R.randrange(0, 99999):05d} ETA {hm()} (+{R.randrange(0, 3)}h{R.randrange(0, 60):02d}m), {R.randrange(0, 9)} patients rescheduled"),
    ("E10", 3, 'Area monitor <*> "<*>" <*>uSv/h, alarm threshold <*>uSv/h',
     lambda: f'Area monitor AM-{R.randrange(1, 7)} "{pick(PLACES)}" {R.randrange(1, 300) / 10:.1f}uSv/h, alarm threshold {pick([10, 10, 25])}uSv/h'),
    ("E11", 2, "Hot cell <*> pressure <*>Pa, airflow <*>m/s, door <*>",
     lambda: f"Hot cell {pick(['HC-1', 'HC-2'])} pressure {-R.randrange(10, 80)}Pa, airflow {R.randrange(20, 60) / 100:.2f}m/s, door {pick(['CLOSED', 'CLOSED', 'OPEN'])}"),
    ("E12", 2, "RCP check kit lot <*> (<*>): radiochemical purity <*>% (min <*>%) -> <*>",
     lambda: (lambda rcp, lo: f"RCP check kit lot K26-{R.randrange(0, 9999):04d} ({pick(['MAG3', 'MDP', 'Sestamibi', 'DOTATATE'])}): radiochemical purity {rcp:.1f}% "
                              f"(min {lo}%) -> {'RELEASED' if rcp >= lo else 'REJECTED'}")(R.randrange(880, 999) / 10, pick([90, 95]))),
    ("E13", 1, 'SPILL reported in "<*>" by <*>: <*> approx <*>MBq, area cordoned',
     lambda: f'SPILL reported in "{pick(PLACES)}" by {pick(["nurse Petra K.", "lin.w", "Dr. A. Nowak"])}: {pick(PRODUCTS)[0]} approx {R.randrange(5, 500)}MBq, area cordoned'),
]

SIZES = {"dialysis_unit": 340, "toll_gantries": 350, "flour_mill": 320, "racing_tote": 330, "recording_studio": 310,
         "isotope_lab": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
