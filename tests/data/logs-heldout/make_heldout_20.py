#!/usr/bin/env python3
"""Writes the twentieth batch of labelled held-out logs of this folder (see README.md), written blind to
the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit c257420. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`, masks) stays literal. Fixed seed.

    python3 make_heldout_20.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(20202)


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def dur(lo=5, hi=4000, tenths=True):
    """A duration as Go-like programs print it: 41s, 6m12s, 1m32.5s, 3h4m10s."""
    s = R.randrange(lo, hi)
    h, m, sec = s // 3600, s % 3600 // 60, s % 60
    frac = f".{R.randrange(0, 10)}" if tenths and R.random() < 0.5 else ""
    if h:
        return f"{h}h{m}m{sec}s"
    if m:
        return f"{m}m{sec}{frac}s"
    return f"{sec}{frac}s"


def mixed(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))


def f1(lo, hi):
    return f"{R.uniform(lo, hi):.1f}"


def f2(lo, hi):
    return f"{R.uniform(lo, hi):.2f}"


SETS = {}

# A drinking water treatment plant's dosing and filter control: chemical dosing pumps with residuals
# in `mg/l`, filter turbidity and head loss, backwashes started by a trigger of one to three words and
# completed, alarms with a closed-set level on a parameter of one or two words at a quoted place,
# chemical tanks, deliveries, setpoint changes by operators, pump trips, UV reactors, lab results and
# PLC links.
DOSERS = [("P-CL2-01", "chlorine"), ("P-CL2-02", "chlorine"), ("P-FEC-01", "ferric chloride"),
          ("P-NAOH-1", "sodium hydroxide"), ("P-PAC-03", "PAC"), ("P-CL2-03", "chlorine dioxide")]
FILTERS = [f"F{n:02d}" for n in range(1, 13)]
PLACES = ["Clearwell Outlet", "Raw Water Intake", "Filter Gallery", "Reservoir Hohe Warte", "Contact Tank 2",
          "Distribution Zone B North"]
OPERATORS_W = ["op.k.meyer", "op.s.yilmaz", "shift-lead.b.weiss", "scada-auto"]


def wt_dose():
    tag, chem = pick(DOSERS)
    sp = pick([0.30, 0.50, 0.50, 0.60, 2.5, 4.0])
    return (f"DOSE [{tag}] {chem} residual={sp * R.uniform(0.7, 1.3):.2f}mg/l setpoint={sp:.2f}mg/l "
            f"pump={f1(5, 95)}% flow={f1(120, 980)}m3/h")


def wt_alarm():
    param, lim = pick([("pH", "8.80"), ("pH", "6.50"), ("free chlorine", "0.80"), ("turbidity", "0.20"),
                       ("conductivity", "1500"), ("free chlorine", "0.10")])
    action = pick(["dosing of lime inhibited", "operator notified", "operator notified", "filter taken out of service",
                   "raw water pumps reduced to 60%", "sample requested"])
    return (f"ALARM {pick(['HH', 'H', 'H', 'L', 'LL'])} {param} at \"{pick(PLACES)}\" = {f2(0.05, 12)} (limit {lim}) - {action}")


def wt_setpoint():
    tag = pick(DOSERS)[0]
    what, unit, a = pick([("residual", "mg/l", 0.5), ("residual", "mg/l", 0.3), ("stroke", "%", 45.0), ("flow", "m3/h", 400.0)])
    b = a * pick([0.9, 1.1, 1.2, 0.8])
    reason = pick(["raised after rain event", "lab result high", "per shift handover note", "trial run agreed with QA",
                   "reduce DBP formation in summer"])
    return f"Setpoint changed by {pick(OPERATORS_W)}: {tag} {what} {a:.2f} -> {b:.2f} {unit} (reason: \"{reason}\")"


SETS["water_treatment"] = [
    ("E1", 30, "DOSE [<*>] <*> residual=<*>mg/l setpoint=<*>mg/l pump=<*>% flow=<*>m3/h", wt_dose),
    ("E2", 22, "Filter <*> turbidity <*> NTU, headloss <*> m, run time <*>",
     lambda: f"Filter {pick(FILTERS)} turbidity {R.uniform(0.02, 0.35):.3f} NTU, headloss {f2(0.2, 2.4)} m, run time {R.randrange(1, 90)}h{R.randrange(0, 60)}m"),
    ("E3", 7, "Filter <*>: backwash started (trigger: <*>) air scour <*>, water <*>",
     lambda: f"Filter {pick(FILTERS)}: backwash started (trigger: {pick(['headloss limit', 'run time', 'run time', 'turbidity breakthrough', 'operator'])}) air scour {pick(['2m0s', '3m0s', '3m0s', '4m30s'])}, water {pick(['6m0s', '8m30s', '10m0s'])}"),
    ("E4", 7, "Filter <*>: backwash complete in <*>, used <*> m3, ripened to <*> NTU",
     lambda: f"Filter {pick(FILTERS)}: backwash complete in {dur(600, 1500)}, used {f1(90, 260)} m3, ripened to {R.uniform(0.05, 0.3):.2f} NTU"),
    ("E5", 5, "ALARM <*> <*> at \"<*>\" = <*> (limit <*>) - <*>", wt_alarm),
    ("E6", 4, "ALARM cleared: <*> at \"<*>\" after <*>",
     lambda: f"ALARM cleared: {pick(['pH', 'free chlorine', 'turbidity', 'conductivity'])} at \"{pick(PLACES)}\" after {dur(20, 9000)}"),
    ("E7", 6, "Tank <*> \"<*>\" level <*>% (<*> m3), est. <*> to empty",
     lambda: (lambda t: f"Tank {t[0]} \"{t[1]}\" level {f1(8, 98)}% ({f1(1, 30)} m3), est. {R.randrange(0, 30)}d{R.randrange(0, 24)}h to empty")(
         pick([("T-201", "Sodium Hypochlorite 14%"), ("T-202", "Ferric Chloride 40%"), ("T-203", "Caustic Soda 25%"),
               ("T-204", "PAC slurry")]))),
    ("E8", 3, "Delivery accepted: <*> t of <*> into <*> by <*> (ticket <*>)",
     lambda: f"Delivery accepted: {f2(4, 26)} t of {pick(['ferric chloride', 'sodium hypochlorite', 'caustic soda', 'lime'])} into {pick(['T-201', 'T-202', 'T-203', 'Silo L1'])} by {pick(['Brenntag Nord', 'Kemira', 'ChemTrans GmbH & Co. KG'])} (ticket {pick(['BR', 'KM', 'CT'])}-{R.randrange(100000, 999999)})"),
    ("E9", 5, "Setpoint changed by <*>: <*> <*> <*> -> <*> <*> (reason: \"<*>\")", wt_setpoint),
    ("E10", 3, "Pump <*> tripped: <*>, standby <*> started",
     lambda: (lambda p: f"Pump P-{p}-0{R.randrange(1, 3)} tripped: {pick(['motor overtemperature (winding ' + str(R.randrange(130, 160)) + 'C)', 'dry run protection', 'VFD fault F0031 overcurrent', 'seal leak detected'])}, standby P-{p}-03 started")(
         pick(["RW", "RW", "FW", "BW"]))),
    ("E11", 4, "UV reactor <*> dose <*> mJ/cm2 intensity <*>% lamp hours <*>/<*>",
     lambda: f"UV reactor UV-{R.randrange(1, 4)} dose {f1(28, 60)} mJ/cm2 intensity {R.randrange(55, 100)}% lamp hours {R.randrange(100, 12000)}/{pick([9000, 12000])}"),
    ("E12", 2, "Lab result <*> at \"<*>\": <*> = <*> (<*>)",
     lambda: (lambda r: f"Lab result WS-2026-12-0{R.randrange(1, 8)}-{R.randrange(1, 40):03d} at \"{pick(PLACES)}\": {r[0]} = {r[1]} ({r[2]})")(
         pick([("E. coli", "0 cfu/100ml", "compliant"), ("coliform bacteria", "0 cfu/100ml", "compliant"),
               ("enterococci", "2 cfu/100ml", "NON-COMPLIANT"), ("aluminium", "<0.01 mg/l", "below detection limit"),
               ("THM total", "0.018 mg/l", "compliant")]))),
    ("E13", 2, "PLC link <*> (<*>) lost, polling stopped after <*> retries",
     lambda: f"PLC link {pick(['FLT-PLC-1', 'FLT-PLC-2', 'DOS-PLC-1', 'UV-PLC'])} (10.20.4.{R.randrange(10, 40)}:502) lost, polling stopped after {pick([3, 3, 5])} retries"),
]

# An industrial bakery's oven line: tunnel oven zone temperatures as a bracketed list, batches started
# with a quoted recipe and proofing conditions and finished with a breakdown of rejects, checkweighers,
# core temperature probes with a closed-set verdict, metal detectors, burner flame failures, proofers
# out of their band, allergen changeovers, flour silos, line stops by a stopper of one or two words,
# recipe downloads to a list of ovens.
OVENS = ["TO-1", "TO-2", "TO-3"]
RECIPES = [("Sourdough Rye 750g", 750), ("Kaiser Roll 60g", 60), ("Baguette Tradition 250g", 250),
           ("Toast Weizen 500g", 500), ("Vollkorn Dinkel 1000g", 1000), ("Laugenbrezel 85g", 85)]
BAKERS = ["m.ozturk", "A. Nowak", "j.lehmann", "P. Costa"]


def bk_zones():
    n = pick([3, 4, 4, 5])
    base = R.uniform(200, 250)
    zones = " | ".join(f"Z{i + 1} {base + R.uniform(-20, 15):.1f}C" for i in range(n))
    return f"Oven {pick(OVENS)} zone temps [{zones}] belt {R.uniform(0.5, 1.4):.2f}m/min"


def bk_batch():
    return f"B26-12{R.randrange(1, 8):02d}-{R.randrange(1, 60):03d}"


def bk_start():
    r, _ = pick(RECIPES)
    return (f"Batch {bk_batch()} started: recipe \"{r}\" line {R.randrange(1, 4)}, {pick([480, 960, 1440, 2400, 3600])} pcs, "
            f"proof {dur(1800, 4200, False)} at {f1(32, 38)}C/{R.randrange(75, 88)}%rH")


def bk_done():
    total = pick([480, 960, 1440, 2400, 3600])
    causes = [c for c in ["underbaked", "shape", "colour", "weight", "burnt"] if R.random() < 0.35]
    counts = [R.randrange(1, 30) for _ in causes]
    rej = sum(counts)
    breakdown = ", ".join(f"{c}: {n}" for c, n in zip(causes, counts)) or "none"
    return f"Batch {bk_batch()} done: {total - rej}/{total} pcs good, rejects {rej} ({breakdown}), bake {dur(900, 3600)}"


def bk_weigh():
    _, g = pick(RECIPES)
    return (f"checkweigher CW-{R.randrange(1, 5)}: mean {g * R.uniform(0.99, 1.02):.1f}g sd {R.uniform(0.5, 12):.1f}g "
            f"n={pick([100, 200, 200, 500])} under={pick([0, 0, 0, 1, 2, 7])} over={pick([0, 0, 1, 3])}")


SETS["bakery_ovens"] = [
    ("E1", 28, "Oven <*> zone temps [<*>] belt <*>m/min", bk_zones),
    ("E2", 12, "Batch <*> started: recipe \"<*>\" line <*>, <*> pcs, proof <*> at <*>C/<*>%rH", bk_start),
    ("E3", 11, "Batch <*> done: <*>/<*> pcs good, rejects <*> (<*>), bake <*>", bk_done),
    ("E4", 18, "checkweigher <*>: mean <*>g sd <*>g n=<*> under=<*> over=<*>", bk_weigh),
    ("E5", 7, "Core temp probe on tray <*>: <*>C (min <*>C) -> <*>",
     lambda: (lambda t, m: f"Core temp probe on tray {R.randrange(1, 400):03d}: {t:.1f}C (min {m:.1f}C) -> {'PASS' if t >= m else 'FAIL'}")(
         R.uniform(93, 101), pick([96.0, 96.0, 98.0]))),
    ("E6", 4, "Metal detector <*> rejected <*> at <*> (signal <*> Fe-eq mm, belt stopped: <*>)",
     lambda: f"Metal detector MD-{R.randrange(1, 4)} rejected {pick(['loaf', 'loaf', 'roll pack', 'baguette pair'])} at {clock()}.{R.randrange(0, 1000):03d} (signal {f1(0.8, 3.5)} Fe-eq mm, belt stopped: {pick(['no', 'no', 'yes'])})"),
    ("E7", 5, "[WARN] Burner <*> of <*> flame failure, relight attempt <*>/<*>",
     lambda: f"[WARN] Burner Z{R.randrange(1, 6)} of {pick(OVENS)} flame failure, relight attempt {R.randrange(1, 4)}/3"),
    ("E8", 4, "Proofer <*> humidity <*>%rH outside <*>-<*>%rH for <*>, action: <*>",
     lambda: (lambda lo: f"Proofer PR-{R.randrange(1, 3)} humidity {f1(60, 95)}%rH outside {lo}-{lo + 8}%rH for {dur(30, 900, False)}, action: {pick(['steam valve opened to ' + str(R.randrange(40, 90)) + '%', 'none', 'door alarm raised', 'batch held'])}")(
         pick([76, 78, 80]))),
    ("E9", 3, "Allergen changeover line <*>: <*> -> <*>, cleaning verified by \"<*>\" (swab ATP <*> RLU)",
     lambda: f"Allergen changeover line {R.randrange(1, 4)}: {pick(['sesame', 'none', 'sesame, soy', 'milk'])} -> {pick(['none', 'sesame', 'walnut'])}, cleaning verified by \"{pick(BAKERS)}\" (swab ATP {R.randrange(8, 300)} RLU)"),
    ("E10", 3, "Silo <*> (<*>) level <*>% = <*> t, next delivery <*>",
     lambda: f"Silo S{R.randrange(1, 5)} ({pick(['wheat flour T550', 'rye flour T1150', 'spelt wholemeal', 'sugar'])}) level {R.randrange(5, 99)}% = {f1(1, 40)} t, next delivery {pick(['Tue 06:00', 'Wed 05:30', 'not scheduled', 'today 14:00'])}"),
    ("E11", 2, "Line <*> stopped by <*> at <*> (operator: <*>), downtime <*>",
     lambda: f"Line {R.randrange(1, 4)} stopped by {pick(['E-STOP', 'light curtain', 'jam sensor'])} at {pick(['infeed', 'oven exit', 'cooling spiral level 4', 'slicer'])} (operator: {pick(BAKERS)}), downtime {dur(20, 2400)}"),
    ("E12", 2, "Recipe \"<*>\" v<*> downloaded to <*> (<*> parameters)",
     lambda: f"Recipe \"{pick(RECIPES)[0]}\" v{R.randrange(2, 30)} downloaded to {', '.join(sorted(R.sample(OVENS, pick([1, 1, 2, 3]))))} ({R.randrange(8, 40)} parameters)"),
]

# A car-wash chain's bay controllers and their cloud: washes started with a quoted program, a vehicle
# class and a closed-set payment, washes finished with water, chemicals and energy and a result of one
# or two words, card payments with a verdict of one to three words, chemical tanks, gantry stops with a
# cause, water reclaim, wash codes redeemed and rejected, frost protection, memberships and PLC reboots.
SITES = ["Altona", "Eppendorf", "Bad Homburg", "Wandsbek", "Frankfurt-Ost", "Neu-Isenburg"]
PROGRAMS = [("Basic Wash", 1), ("Premium Shine", 5), ("Premium Shine + Wax", 7), ("Underbody Deluxe", 4),
            ("Express Dry", 2), ("Winter Salt Off", 9)]


def member():
    return pick([f"Mx{mixed(4)}", f"m_{mixed(6)}", "-", "-"])


def bay():
    return f"{R.randrange(1, 7):02d}"


def cw_start():
    p, n = pick(PROGRAMS)
    return (f"[{pick(SITES)}/B{bay()}] WASH START prog=\"{p}\" (#{n}) vehicle={pick(['CAR', 'CAR', 'SUV', 'VAN', 'PICKUP'])} "
            f"pay={pick(['CARD', 'CARD', 'APP', 'CODE', 'COINS', 'FLEET'])} member={member()}")


def cw_end():
    return (f"[{pick(SITES)}/B{bay()}] WASH END {dur(150, 720)} water={f1(60, 240)}l fresh={f1(10, 80)}l chem={f2(0.1, 1.2)}l "
            f"kWh={f1(0.8, 6.5)} result={pick(['OK', 'OK', 'OK', 'OK', 'ABORTED', 'OK (retry)', 'TIMEOUT'])}")


SETS["car_wash"] = [
    ("E1", 26, "[<*>/B<*>] WASH START prog=\"<*>\" (#<*>) vehicle=<*> pay=<*> member=<*>", cw_start),
    ("E2", 22, "[<*>/B<*>] WASH END <*> water=<*>l fresh=<*>l chem=<*>l kWh=<*> result=<*>", cw_end),
    ("E3", 10, "[<*>/PAY] card ****<*> EUR <*> <*> (ref <*>) for bay <*>",
     lambda: f"[{pick(SITES)}/PAY] card ****{R.randrange(0, 10000):04d} EUR {pick(['6.90', '9.90', '14.90', '19.90', '24.90'])} {pick(['approved', 'approved', 'approved', 'declined', 'declined by issuer', 'terminal timeout'])} (ref {R.randrange(1000, 9999)}-{hexs(4).upper()}) for bay {R.randrange(1, 7)}"),
    ("E4", 6, "[<*>/CHEM] tank \"<*>\" at <*>% (<*>l) - <*>",
     lambda: f"[{pick(SITES)}/CHEM] tank \"{pick(['Foam Brush Pink', 'Hot Wax', 'Presoak Alkaline', 'Rim Cleaner', 'Dry Aid'])}\" at {R.randrange(2, 25)}% ({f1(0.5, 12)}l) - {pick(['refill soon', 'refill soon', 'dosing paused', 'program disabled until refill'])}"),
    ("E5", 5, "[<*>/B<*>] gantry stopped: <*> at <*>, retry <*>/3",
     lambda: f"[{pick(SITES)}/B{bay()}] gantry stopped: {pick(['obstacle detected', 'brush overload', 'vehicle moved', 'door open'])} at {pick(['PE4', 'PE2', 'side brush L', 'roof brush'])}, retry {R.randrange(1, 4)}/3"),
    ("E6", 4, "[<*>/WR] reclaim tank <*>% cond <*>uS/cm, fresh top-up <*>l",
     lambda: f"[{pick(SITES)}/WR] reclaim tank {R.randrange(20, 99)}% cond {R.randrange(400, 3000)}uS/cm, fresh top-up {R.randrange(0, 400)}l"),
    ("E7", 3, "[<*>/KIOSK] code \"<*>\" redeemed: <*>, valid until <*>",
     lambda: f"[{pick(SITES)}/KIOSK] code \"WX-{mixed(3).upper()}-{mixed(3).upper()}\" redeemed: {pick(PROGRAMS)[0]}, valid until 2026-12-{R.randrange(8, 32)}"),
    ("E8", 3, "[<*>/KIOSK] code \"<*>\" rejected: <*>",
     lambda: f"[{pick(SITES)}/KIOSK] code \"WX-{mixed(3).upper()}-{mixed(3).upper()}\" rejected: {pick(['already used at ' + pick(SITES) + ' on 2026-12-0' + str(R.randrange(1, 7)), 'expired', 'unknown code', 'not valid for program Winter Salt Off'])}"),
    ("E9", 4, "[<*>/HEAT] outdoor <*>C: frost protection <*> (bays <*>)",
     lambda: f"[{pick(SITES)}/HEAT] outdoor {f1(-9, 4)}C: frost protection {pick(['ON', 'ON', 'OFF'])} (bays {','.join(str(b) for b in sorted(R.sample(range(1, 7), R.randrange(1, 5))))})"),
    ("E10", 2, "[cloud] member <*> plan \"<*>\" <*>, next charge <*> EUR <*>",
     lambda: f"[cloud] member Mx{mixed(4)} plan \"{pick(['Unlimited Gold', 'Unlimited Basic', 'Family 4 Cars'])}\" {pick(['renewed', 'renewed', 'upgraded', 'payment retried'])}, next charge 2027-01-{R.randrange(1, 29):02d} EUR {pick(['19.99', '29.99', '49.99'])}"),
    ("E11", 2, "[<*>/B<*>] PLC rebooted (<*>), uptime was <*>",
     lambda: f"[{pick(SITES)}/B{bay()}] PLC rebooted ({pick(['watchdog', 'power loss', 'remote command'])}), uptime was {R.randrange(1, 90)}d{R.randrange(0, 24)}h{R.randrange(0, 60)}m"),
]

# A road tunnel's ventilation and traffic control: air quality sensors at a chainage like `km 1+240`,
# jet fan groups with a direction and a reason of two to five words, traffic loops per direction,
# lane signals set to an aspect of one or two words by a source of two or three words, automatic
# incident detection with an event kind of one or two words, events closed with free text, fire
# detectors starting a quoted ventilation scenario, emergency niches, overheight vehicles, lighting
# stages, UPS, tube closures and reopenings.
TUBES = ["north", "south"]
AQ = [f"{k}-{d}{n:02d}" for k in ["CO", "VT"] for d in "NS" for n in (3, 7, 12, 18)]


def km():
    return f"{R.randrange(0, 3)}+{R.randrange(0, 1000):03d}"


def tn_fans():
    a = R.randrange(1, 20)
    n = pick([2, 4, 4])
    return (f"Jet fan group JF-{a:02d}..JF-{a + n - 1:02d} set to {pick([0, 20, 40, 60, 60, 80, 100])}% "
            f"(direction: {pick(['north', 'south'])}, reason: {pick(['CO level stage 2', 'CO level stage 1', 'visibility', 'longitudinal velocity low', 'manual override by control room', 'fire scenario'])})")


SETS["road_tunnel"] = [
    ("E1", 24, "AQ sensor <*> @ km <*>: CO <*>ppm, NO2 <*>ppm, visibility k=<*>/m",
     lambda: f"AQ sensor {pick(AQ)} @ km {km()}: CO {R.randrange(2, 90)}ppm, NO2 {f2(0.02, 1.2)}ppm, visibility k={R.uniform(0.0005, 0.009):.4f}/m"),
    ("E2", 12, "Jet fan group <*>..<*> set to <*>% (direction: <*>, reason: <*>)", tn_fans),
    ("E3", 18, "Loop <*> <*> 5min: <*> veh (HGV <*>), v_avg <*> km/h, occ <*>%",
     lambda: f"Loop L-{pick('NS')}{R.randrange(1, 12):02d} {pick(['northbound', 'southbound'])} 5min: {R.randrange(0, 260)} veh (HGV {R.randrange(0, 40)}), v_avg {f1(8, 92)} km/h, occ {f1(0, 45)}%"),
    ("E4", 6, "Lane control: tube <*> lane <*> -> <*> by <*>",
     lambda: f"Lane control: tube {pick(TUBES)} lane {pick([1, 2, 2])} -> {pick(['RED X', 'GREEN ARROW', 'YELLOW ARROW LEFT', 'RED X'])} by {pick(['operator j.berg', 'operator s.lindqvist', 'incident plan IP-04', 'maintenance schedule'])}"),
    ("E5", 5, "AID camera <*> (km <*>) detected <*>, confidence <*>, event #<*>",
     lambda: f"AID camera CAM-{R.randrange(100, 160)} (km {km()}) detected {pick(['stopped vehicle', 'stopped vehicle', 'wrong-way driver', 'pedestrian', 'smoke', 'fallen object'])}, confidence {R.uniform(0.5, 0.99):.2f}, event #2026-{R.randrange(4000, 4999)}"),
    ("E6", 4, "Event #<*> closed by <*> after <*>: <*>",
     lambda: f"Event #2026-{R.randrange(4000, 4999)} closed by {pick(['j.berg', 's.lindqvist', 'auto'])} after {dur(30, 5400)}: {pick(['false alarm (shadow)', 'breakdown towed by ADAC', 'debris removed, lane reopened', 'driver continued', 'pedestrian escorted out by patrol car 3'])}"),
    ("E7", 2, "FIRE detector <*> zone <*> alarm (temp rise <*>K/min), ventilation scenario \"<*>\" activated",
     lambda: f"FIRE detector LHD-{pick('NS')} zone {R.randrange(1, 30)} alarm (temp rise {f1(3, 15)}K/min), ventilation scenario \"{pick(['Fire South km 1.2', 'Fire North Portal', 'Fire North km 0.6'])}\" activated"),
    ("E8", 4, "SOS niche <*>: <*> at <*>, CCTV preset <*> recalled",
     lambda: f"SOS niche N-{R.randrange(1, 24):02d}: {pick(['handset lifted', 'handset lifted', 'extinguisher removed', 'door opened'])} at {clock()}, CCTV preset {R.randrange(1, 64)} recalled"),
    ("E9", 3, "Overheight vehicle <*>m at gantry <*> (limit <*>m), <*>",
     lambda: f"Overheight vehicle {R.uniform(4.0, 4.6):.2f}m at gantry OH-{pick(['N1', 'S1', 'N2'])} (limit 4.00m), {pick(['barrier lowered', 'warning sign only', 'barrier fault: not lowered'])}"),
    ("E10", 2, "UPS \"<*>\" on battery, load <*>%, runtime <*>",
     lambda: f"UPS \"{pick(['Tunnel Lighting East', 'Control Building', 'Ventilation Station North'])}\" on battery, load {R.randrange(10, 90)}%, runtime {R.randrange(5, 90)}m"),
    ("E11", 7, "Lighting stage <*> (outside luminance <*> cd/m2, threshold zone <*> cd/m2)",
     lambda: f"Lighting stage {R.randrange(1, 7)} (outside luminance {R.randrange(50, 6000)} cd/m2, threshold zone {R.randrange(5, 250)} cd/m2)"),
    ("E12", 2, "Tunnel <*> tube CLOSED by <*>: <*>",
     lambda: f"Tunnel {pick(TUBES)} tube CLOSED by {pick(['control room', 'police', 'fire service'])}: {pick(['maintenance window 22:00-05:00', 'fire alarm', 'accident with injured persons', 'wash and lamp cleaning'])}"),
    ("E13", 2, "Tunnel <*> tube reopened after <*>",
     lambda: f"Tunnel {pick(TUBES)} tube reopened after {dur(600, 28000, False)}"),
]

# A semiconductor fab's tool event log: collection events with a closed-set event name and a quoted
# recipe, wafer results with an endpoint and RF power, SPC points with a bracketed list of rule
# violations, alarms set with a quoted text and cleared, FOUPs docked with a slot map, chamber state
# changes between states of one or two words, PM counters, MES holds, HSMS link losses, recipe selection
# acknowledgements and particle checks.
TOOLS = [("ETCH-04", ["PM1", "PM2", "PM3"]), ("CVD-11", ["PM1", "PM2"]), ("LITHO-S2", ["EXP"]), ("CMP-07", ["P1", "P2"]),
         ("IMP-02", ["EC"])]
FAB_RECIPES = ["POLY_ETCH_V12", "OX_DEP_200A", "ARF_L3_GATE", "CU_CMP_STD_v4", "BF2_20KEV_3E15", "SIN_HM_DEP"]


def lot():
    return f"{pick(['NT', 'QX', 'ENG'])}{R.randrange(1, 10)}{mixed(1).upper()}{R.randrange(1000, 9999)}.{R.randrange(1, 4)}"


def tool_ch():
    t, chs = pick(TOOLS)
    return t, pick(chs)


def fab_ceid():
    t, ch = tool_ch()
    ev, ceid = pick([("ProcessStart", 1101), ("ProcessEnd", 1105), ("WaferIn", 1201), ("WaferOut", 1202), ("ProcessEnd", 1105)])
    return (f"EVT CEID={ceid} {ev} tool={t} ch={ch} lot={lot()} wafer={R.randrange(1, 26):02d} "
            f"recipe=\"{pick(FAB_RECIPES)}/step{R.randrange(1, 8)}\"")


def fab_spc():
    v = R.uniform(43.5, 46.5)
    viol = pick(["none", "none", "none", "WE1", "WE2", "WE1, WE5", "NELSON2"])
    return (f"SPC {pick(['ETCH-04', 'CVD-11', 'LITHO-S2'])} chart \"{pick(['CD_POLY_GATE', 'OX_THK_CENTER', 'OVL_X_L3'])}\" "
            f"value={v:.2f} UCL=46.00 LCL=44.00 violations=[{viol}]")


SETS["fab_tools"] = [
    ("E1", 24, "EVT CEID=<*> <*> tool=<*> ch=<*> lot=<*> wafer=<*> recipe=\"<*>\"", fab_ceid),
    ("E2", 14, "[<*>/<*>] wafer <*> of lot <*> done in <*>, endpoint at <*>s, RF fwd <*>W refl <*>W",
     lambda: (lambda tc: f"[{tc[0]}/{tc[1]}] wafer {R.randrange(1, 26):02d} of lot {lot()} done in {dur(40, 400)}, endpoint at {f1(20, 200)}s, RF fwd {pick([600, 800, 1200, 1500])}W refl {R.randrange(0, 30)}W")(tool_ch())),
    ("E3", 10, "SPC <*> chart \"<*>\" value=<*> UCL=<*> LCL=<*> violations=[<*>]", fab_spc),
    ("E4", 6, "ALID=<*> ALCD=0x<*> SET \"<*>\" tool=<*>",
     lambda: f"ALID={R.randrange(1000, 9000)} ALCD=0x{pick(['84', '84', '82', '04'])} SET \"{pick(['PM2 He backside flow high (' + f1(8, 20) + ' sccm)', 'Throttle valve position error', 'Robot arm vacuum not detected on blade A', 'Chiller CH1 flow low'])}\" tool={tool_ch()[0]}"),
    ("E5", 5, "ALID=<*> CLEAR tool=<*> after <*>",
     lambda: f"ALID={R.randrange(1000, 9000)} CLEAR tool={tool_ch()[0]} after {dur(5, 7200)}"),
    ("E6", 8, "LoadPort LP<*>@<*> FOUP <*> docked, map=<*> (<*> wafers)",
     lambda: (lambda n: f"LoadPort LP{R.randrange(1, 5)}@{tool_ch()[0]} FOUP FX{R.randrange(10000, 99999)} docked, map={'1' * n}{'0' * (25 - n)} ({n} wafers)")(pick([25, 25, 24, 13, 6, 1]))),
    ("E7", 4, "Chamber <*>/<*> state <*> -> <*> (<*>)",
     lambda: (lambda tc, s: f"Chamber {tc[0]}/{tc[1]} state {s[0]} -> {s[1]} ({pick(['reason: particles over spec', 'reason: scheduled PM', 'by ' + pick(['e.tanaka', 'r.huber', 'host'])])})")(
         tool_ch(), pick([("PRODUCTIVE", "UNSCHEDULED DOWN"), ("PRODUCTIVE", "SCHEDULED DOWN"), ("ENGINEERING", "PRODUCTIVE"), ("STANDBY", "PRODUCTIVE")]))),
    ("E8", 3, "PM counter on <*>/<*>: RF hours <*>/<*>, wafers since clean <*>/<*> -> <*>",
     lambda: (lambda tc, w: f"PM counter on {tc[0]}/{tc[1]}: RF hours {f1(10, 450)}/450.0, wafers since clean {w}/2500 -> {'PM due' if w > 2400 else 'ok'}")(tool_ch(), R.randrange(100, 2500))),
    ("E9", 4, "MES: lot <*> put ON HOLD by <*>: \"<*>\"",
     lambda: f"MES: lot {lot()} put ON HOLD by {pick(['spc-auto', 'e.tanaka', 'r.huber'])}: \"{pick(['SPC WE1 on CD_POLY_GATE', 'wafer 07 broken at LP2', 'engineering request ECR-5512 - verify overlay', 'queue time exceeded'])}\""),
    ("E10", 3, "HSMS session to <*> lost: T<*> timeout after <*>s, reconnecting",
     lambda: f"HSMS session to 10.8.2.{R.randrange(10, 60)}:{pick([5000, 5001, 6000])} lost: T{pick([3, 3, 6, 7, 8])} timeout after {pick([10, 45, 5])}s, reconnecting"),
    ("E11", 2, "PP-SELECT recipe \"<*>\" rev <*> to <*>: ACK=<*>",
     lambda: f"PP-SELECT recipe \"{pick(FAB_RECIPES)}\" rev {R.randrange(1, 40)} to {tool_ch()[0]}: ACK={pick(['0 (ok)', '0 (ok)', '4 (recipe not found)', '2 (cannot do now)'])}"),
    ("E12", 3, "Particle check <*>: <*> adders >= <*>um (limit <*>) <*>",
     lambda: (lambda n: f"Particle check {tool_ch()[0]}: {n} adders >= {pick(['0.045', '0.065', '0.09'])}um (limit 20) {'PASS' if n <= 20 else 'FAIL'}")(R.randrange(0, 40))),
]

# An online auction house's bidding engine: accepted bids with a quoted lot title, a mixed-case bidder,
# an amount with thousands separators and a closed-set currency, rejected bids with a free-text cause,
# outbid notifications by a channel, soft-close extensions, lots sold and passed, risk scores with a
# bracketed list of signals, websocket statistics, invoices, auctions opened, blocked bidders, proxy
# maxima, clock drift and snapshots in `MiB`.
LOTS = [("LOT-88213", "Omega Seamaster 300 (1967)"), ("LOT-88214", "Art Deco diamond ring, platinum"),
        ("LOT-90102", "Signed first edition \"The Hobbit\""), ("LOT-90117", "Leica M3 double stroke"),
        ("LOT-77045", "Pair of Meissen figures, c. 1760"), ("LOT-77051", "Rolex Submariner 16610"),
        ("LOT-91300", "Eames lounge chair")]
CURR = ["EUR", "EUR", "GBP", "USD", "CHF"]


def bidder():
    return f"u_{mixed(6)}"


def money(lo=50, hi=40000):
    return f"{R.uniform(lo, hi):,.2f}"


def au_bid():
    ln, title = pick(LOTS)
    return (f"bid accepted lot={ln} \"{title}\" bidder={bidder()} amount={money()} {pick(CURR)} "
            f"proxy={pick(['true', 'false', 'false'])} latency={R.randrange(2, 400)}ms")


SETS["auction_engine"] = [
    ("E1", 30, "bid accepted lot=<*> \"<*>\" bidder=<*> amount=<*> <*> proxy=<*> latency=<*>ms", au_bid),
    ("E2", 10, "bid rejected lot=<*> bidder=<*> amount=<*> <*>: <*>",
     lambda: f"bid rejected lot={pick(LOTS)[0]} bidder={bidder()} amount={money()} {pick(CURR)}: {pick(['below next increment (min ' + money() + ')', 'lot already closed', 'bidder not verified for category ' + chr(39) + 'Jewellery' + chr(39), 'deposit required', 'rate limit: 5 bids in 2s'])}"),
    ("E3", 10, "notify outbid user=<*> lot=<*> via <*> (new high <*> <*>)",
     lambda: f"notify outbid user={bidder()} lot={pick(LOTS)[0]} via {pick(['push', 'push', 'email', 'push+email', 'sms'])} (new high {money()} {pick(CURR)})"),
    ("E4", 8, "lot <*> extended by <*>s (bid at T-<*>s), new end <*>",
     lambda: f"lot {pick(LOTS)[0]} extended by {pick([60, 120, 120, 180])}s (bid at T-{R.randrange(1, 120)}s), new end 2026-12-07T{clock()}Z"),
    ("E5", 5, "lot <*> SOLD to <*> for <*> <*> after <*> bids (reserve <*>)",
     lambda: f"lot {pick(LOTS)[0]} SOLD to {bidder()} for {money()} {pick(CURR)} after {R.randrange(1, 90)} bids (reserve {pick(['met', 'met', 'none'])})"),
    ("E6", 3, "lot <*> PASSED: high bid <*> below reserve <*>",
     lambda: f"lot {pick(LOTS)[0]} PASSED: high bid {pick([money(), 'none'])} below reserve {money()}"),
    ("E7", 4, "risk score <*> for bidder <*> on lot <*>: <*> [<*>]",
     lambda: f"risk score {R.uniform(0, 1):.2f} for bidder {bidder()} on lot {pick(LOTS)[0]}: {pick(['ALLOW', 'ALLOW', 'REVIEW', 'BLOCK'])} [{', '.join(R.sample(['shill pattern', 'new account < 24h', 'VPN exit node', 'card country mismatch', 'bid velocity'], pick([1, 1, 2, 3])))}]"),
    ("E8", 6, "ws connections=<*> rooms=<*> msgs/s=<*> p99=<*>ms gc_pause=<*>ms",
     lambda: f"ws connections={R.randrange(200, 30000)} rooms={R.randrange(5, 400)} msgs/s={f1(10, 9000)} p99={R.randrange(5, 900)}ms gc_pause={f1(0.1, 80)}ms"),
    ("E9", 3, "invoice <*> captured <*> <*> (hammer <*> + premium <*>% <*>)",
     lambda: f"invoice INV-2026-{R.randrange(100000, 999999)} captured {money()} {pick(CURR)} (hammer {money()} + premium {pick([20, 25, 25, 27.5])}% {money(10, 9000)})"),
    ("E10", 2, "auction \"<*>\" (<*> lots) opened by <*>",
     lambda: f"auction \"{pick(['Fine Watches & Jewellery - December', 'Books and Manuscripts', 'Design 1950-1980', 'Cameras'])}\" ({R.randrange(40, 900)} lots) opened by {pick(['scheduler', 'k.obrien', 'm.fischer'])}"),
    ("E11", 2, "bidder <*> blocked by <*>: \"<*>\"",
     lambda: f"bidder {bidder()} blocked by {pick(['risk-engine', 'k.obrien'])}: \"{pick(['chargeback on INV-2026-' + str(R.randrange(100000, 999999)), 'shill bidding with linked account', 'unpaid invoice > 14 days'])}\""),
    ("E12", 3, "proxy max set lot=<*> bidder=<*> max=<*> <*> (current <*>)",
     lambda: f"proxy max set lot={pick(LOTS)[0]} bidder={bidder()} max={money()} {pick(CURR)} (current {money()})"),
    ("E13", 2, "clock drift <*>ms vs <*>, lot end times re-synced",
     lambda: f"clock drift {R.randrange(40, 900)}ms vs {pick(['ntp1.internal', 'ntp2.internal', 'db-primary'])}, lot end times re-synced"),
    ("E14", 2, "snapshot of <*> open lots written to <*> (<*>MiB) in <*>",
     lambda: f"snapshot of {R.randrange(100, 9000)} open lots written to s3://auction-snapshots/{hexs(8)}.bin ({f1(0.5, 300)}MiB) in {dur(1, 200)}"),
]

SIZES = {"water_treatment": 330, "bakery_ovens": 340, "car_wash": 320, "road_tunnel": 350, "fab_tools": 310,
         "auction_engine": 330}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
