#!/usr/bin/env python3
"""Writes the thirty-sixth batch of labelled held-out logs of this folder (see README.md), written
blind to the grouping rules (neither they nor the miner's output on these lines were looked at). Same
columns and labelling as make_heldout.py: one event per log statement, everything its arguments fill
in is a variable however many words it spans, text the statement prints itself (units glued to a
number, `=`, brackets, quotes, `#`, fixed words) stays literal. Fixed seed.

    python3 make_heldout_36.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(36363)


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def day():
    return f"2026-12-{R.randrange(1, 32):02d}"


def mixed(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))


def dur(short=False):
    """A duration as the logging code formats it: 42.1s, 3m05.2s, 1h02m15s."""
    s = R.uniform(1, 600 if short else 9000)
    if s < 60:
        return f"{s:.1f}s"
    if s < 3600:
        return f"{int(s // 60)}m{s % 60:.1f}s"
    return f"{int(s // 3600)}h{int(s % 3600 // 60):02d}m{int(s % 60):02d}s"


def size():
    b = R.uniform(2e5, 8e9)
    for unit in ["KiB", "MiB", "GiB"]:
        b /= 1024
        if b < 1024:
            return f"{b:.1f}{unit}"
    return f"{b / 1024:.2f}TiB"


def signed(lo, hi, digits=1):
    v = R.uniform(lo, hi)
    return f"{v:+.{digits}f}"


SETS = {}

# A hot-air balloon operator's flight log: in-flight telemetry per balloon, bookings, met checks,
# launches and landings with the field owner, retrieve crews, propane cylinders, NOTAMs,
# cancellations, burner faults, lost trackers, passenger manifests, envelope inspections.
BALLOONS = ["G-BZXK", "G-CLGH", "G-OBUD", "D-OWLT", "G-TOPP", "G-CKVA"]
SITES = ["Parham Airfield", "Parham Airfield", "Bath (Royal Victoria Park)", "Ashton Court", "Hambleden",
         "Leeds Castle (East Lawn)", "Knepp"]
PILOTS = ["Jo Harcourt", "Tomás Ó Briain", "D. Whitfield", "Sanne de Vries", "Mike O'Leary"]
PRODUCTS = ["Sunrise Flight", "Sunrise Flight over the Weald", "Exclusive Flight for Two", "Anytime Flexi Voucher",
            "Champagne Evening Flight (Summer)", "Flexi"]


def booking_id():
    return pick([f"Bk{mixed(5)}", f"BK-{R.randrange(0, 10 ** 6):06d}", f"vch_{hexs(8)}", mixed(7)])


def notam():
    return pick([f"H{R.randrange(1000, 9999)}/26", f"L{R.randrange(100, 9999)}/26", f"EGTT-{R.randrange(1, 999):03d}"])


def balloon_tel():
    return (f"[{pick(BALLOONS)}] alt={R.randrange(20, 4200)}ft vs={signed(-3, 3)}m/s hdg={R.randrange(0, 360):03d} "
            f"gs={R.uniform(1, 22):.1f}kn env_temp={R.randrange(70, 121)}C fuel={R.randrange(12, 100)}% "
            f"burner={pick(['main', 'main', 'off', 'off', 'off', 'whisper', 'both'])}")


def balloon_met():
    verdict = pick(["GO", "GO", "GO", "NO GO", "HOLD 30 min", "GO (tethered only)"])
    return (f"Met check for {pick(SITES)}: surface wind {R.randrange(0, 36) * 10:03d}/{R.randrange(0, 16):02d}kt, "
            f"gusts {R.randrange(4, 25)}kt, cloud base {R.randrange(8, 60) * 100}ft, verdict {verdict} (pilot {pick(PILOTS)})")


def balloon_landing():
    owner = pick(["Mr & Mrs Pike (Lower Barn Farm)", "Hollins Estate", "J. Ackroyd", "Forestry England",
                  "unknown, card left at door", "Upper Hook Farm (dairy, keep gates shut)"])
    return (f"Landed {pick(BALLOONS)} at {R.uniform(50.5, 52.2):.5f}N {R.uniform(0.1, 2.8):.5f}W after {dur()}, "
            f"field owner: {owner}, landing {pick(['soft', 'soft', 'standing', 'drag 30 m', 'fast, basket tipped'])}")


SETS["balloon_flights"] = [
    ("E1", 36, "[<*>] alt=<*>ft vs=<*>m/s hdg=<*> gs=<*>kn env_temp=<*>C fuel=<*>% burner=<*>", balloon_tel),
    ("E2", 10, "booking <*> <*>: <*> pax for \"<*>\" on <*> launch site: <*>",
     lambda: f"booking {booking_id()} {pick(['confirmed', 'confirmed', 'waitlisted', 'rebooked'])}: {pick([1, 2, 2, 4, 6, 12])} pax for \"{pick(PRODUCTS)}\" on {day()} launch site: {pick(SITES)}"),
    ("E3", 8, "Met check for <*>: surface wind <*>/<*>kt, gusts <*>kt, cloud base <*>ft, verdict <*> (pilot <*>)", balloon_met),
    ("E4", 6, "Launch <*> from <*> at <*>, pax=<*>, pilot-in-command \"<*>\", envelope <*>",
     lambda: f"Launch {pick(BALLOONS)} from {pick(SITES)} at {clock()}, pax={R.randrange(0, 17)}, pilot-in-command \"{pick(PILOTS)}\", envelope {pick(['Cameron Z-315 (#2)', 'Ultramagic N-425', 'Lindstrand 105A', 'Cameron A-400'])}"),
    ("E5", 6, "Landed <*> at <*>N <*>W after <*>, field owner: <*>, landing <*>", balloon_landing),
    ("E6", 5, "retrieve crew <*> en route to <*>, eta <*>min, trailer <*>",
     lambda: f"retrieve crew {pick(['R1', 'R2', 'Land Rover 3', 'Ranger (Dave)'])} en route to {pick(['Lower Barn Farm', 'A272 lay-by near Cowfold', 'grid TQ 1234 5678', 'Hollins Estate (north gate)', 'Ashurst'])}, eta {R.randrange(3, 75)}min, trailer {pick(['T-04', 'T-07', 'none'])}"),
    ("E7", 4, "Cylinder <*> refilled: <*>kg propane, pressure <*>bar, next test due <*>",
     lambda: f"Cylinder {pick(['CYL-', 'cyl-', 'W'])}{R.randrange(0, 10 ** 4):04d} refilled: {R.uniform(18, 42):.1f}kg propane, pressure {R.uniform(5.5, 9.8):.1f}bar, next test due {pick(['2027', '2028', '2029']) + '-' + str(R.randrange(1, 13)).zfill(2)}"),
    ("E8", 3, "NOTAM <*> affects route: <*>",
     lambda: f"NOTAM {notam()} affects route: {pick(['parachute drop zone active until 1700', 'RA(T) for royal flight, SFC-3000FT', 'glider winch launching at Lasham', 'drone ops', 'airshow display area 5nm radius (FL045)'])}"),
    ("E9", 3, "Flight <*> cancelled by <*>: \"<*>\" (<*> pax rebooked)",
     lambda: f"Flight {pick(['F', 'fl-'])}{R.randrange(10000, 99999)} cancelled by {pick(PILOTS + ['ops desk'])}: \"{pick(['wind', 'forecast gusts above 15kt', 'low cloud', 'thermals too strong for an evening flight', 'landowner refused'])}\" ({R.randrange(1, 17)} pax rebooked)"),
    ("E10", 2, "BURNER FAULT on <*> [<*>]: <*>",
     lambda: f"BURNER FAULT on {pick(BALLOONS)} [{pick(['left', 'right', 'pilot light', 'liquid fire valve'])}]: {pick(['pilot light out', 'pressure drop below 3 bar', 'blast valve sticking open, crew switched to single burner'])}"),
    ("E11", 3, "tracker <*> lost GPS fix for <*>",
     lambda: f"tracker {pick(['trk-', 'SPOT-', ''])}{hexs(6)} lost GPS fix for {dur(short=True)}"),
    ("E12", 2, "pax manifest <*>: total <*>kg, limit <*>kg, <*>",
     lambda: f"pax manifest {booking_id()}: total {R.randrange(600, 1400)}kg, limit {pick([1100, 1250, 1360])}kg, {pick(['within limit', 'within limit', 'OVER LIMIT by ' + str(R.randrange(5, 120)) + 'kg'])}"),
    ("E13", 2, "Envelope <*> inspection: grab test <*>, porosity <*>s, <*>",
     lambda: f"Envelope {pick(['Z-315 #2', 'N-425', '105A'])} inspection: grab test {pick(['pass', 'pass', 'fail at panel 14'])}, porosity {R.randrange(20, 400)}s, {pick(['no damage', 'burn hole in gore 7 patched', 'scoop torn at seam, repair before next flight'])}"),
]

# A fencing tournament's scoring boxes: touches per piste as a key=value run, bouts started and ended,
# penalty cards, box self-tests, video reviews, wireless reel links, pool results, tableaux, weapon
# control, timer desyncs, injury time-outs, results uploads.
FENCERS = ["MÜLLER Anna (GER)", "ROSSI Giulia (ITA)", "KIM Ji-woo (KOR)", "DUBOIS Léa (FRA)", "O'BRIEN Siobhan (IRL)",
           "NAKAMURA Yui (JPN)", "SZABÓ Réka (HUN)", "LEE Chloe (USA)", "PETROVA Daria (AIN)", "GARCÍA-LÓPEZ Marta (ESP)"]
REFS = [("van der Berg", "NED"), ("Kowalczyk", "POL"), ("Tanaka", "JPN"), ("Ferreira", "POR"), ("Schmidt-Rau", "AUT")]
WEAPONS = ["epee", "epee", "foil", "sabre"]


def bout():
    return pick([f"T{pick([128, 64, 32, 16, 8])}-{R.randrange(1, 65):03d}", f"P{R.randrange(1, 20)}/{R.randrange(1, 22)}", f"b{mixed(5)}"])


def piste():
    return pick([f"Piste {R.randrange(1, 13)}", f"Piste {R.randrange(1, 13)}", "Final Piste", f"Red {R.randrange(1, 5)}"])


def bout_clock():
    return f"{R.randrange(0, 3)}:{R.randrange(0, 60):02d}.{R.randrange(0, 10)}"


def reel_link():
    return pick([f"L{R.randrange(1, 13):02d}-{hexs(4).upper()}", f"R{R.randrange(1, 13):02d}-{hexs(4).upper()}", f"rl{mixed(4)}"])


def fencing_touch():
    w = pick(WEAPONS)
    light = pick(["LEFT", "RIGHT", "LEFT", "RIGHT", "DOUBLE"] if w == "epee" else ["LEFT", "RIGHT", "LEFT off-target", "RIGHT off-target"])
    return (f"piste={R.randrange(1, 13):02d} bout={bout()} weapon={w} light={light} score={R.randrange(0, 15)}-{R.randrange(0, 15)} "
            f"time={bout_clock()} fencer=\"{pick(FENCERS)}\"")


def pool_result():
    names = R.sample(FENCERS, R.randrange(5, 8))
    return f"Pool {R.randrange(1, 24)} complete: [{', '.join(n.split(' (')[0] + ':' + str(R.randrange(0, 6)) + 'V' for n in names)}]"


SETS["fencing_scoring"] = [
    ("E1", 40, "piste=<*> bout=<*> weapon=<*> light=<*> score=<*>-<*> time=<*> fencer=\"<*>\"", fencing_touch),
    ("E2", 9, "[<*>] bout <*> started: \"<*>\" vs \"<*>\" referee: <*> (<*>)",
     lambda: (lambda f, r: f"[{piste()}] bout {bout()} started: \"{f[0]}\" vs \"{f[1]}\" referee: {r[0]} ({r[1]})")(R.sample(FENCERS, 2), pick(REFS))),
    ("E3", 9, "[<*>] bout <*> ended <*>-<*> after <*> winner <*>",
     lambda: f"[{piste()}] bout {bout()} ended {pick([15, 15, 5, 5, R.randrange(6, 15)])}-{R.randrange(0, 15)} after {dur(short=True)} winner {pick(FENCERS)}"),
    ("E4", 5, "card <*> to <*> in bout <*>: <*>",
     lambda: f"card {pick(['YELLOW', 'YELLOW', 'YELLOW', 'RED', 'BLACK'])} to {pick(FENCERS)} in bout {bout()}: {pick(['turning back', 'covering target with non-sword arm', 'corps-a-corps', 'leaving piste sideways', 'equipment not conforming (mask label)', 'delaying the bout'])}"),
    ("E5", 6, "scoring box <*> self-test: lame resistance <*>ohm, tip travel <*>mm, weight <*>g, result <*>",
     lambda: f"scoring box {pick(['SB-', 'sb'])}{R.randrange(0, 1000):04d} self-test: lame resistance {R.uniform(0.5, 6):.1f}ohm, tip travel {pick(['0.5', '1.0', '1.5'])}mm, weight {pick([500, 750])}g, result {pick(['PASS', 'PASS', 'PASS', 'FAIL (reel B)', 'FAIL'])}"),
    ("E6", 4, "video review requested by <*> on piste <*>: decision <*>",
     lambda: f"video review requested by {pick(FENCERS)} on piste {R.randrange(1, 13)}: decision {pick(['touch stands', 'touch annulled', 'priority right', 'priority left', 'no change'])}"),
    ("E7", 4, "wireless reel link <*> RSSI -<*>dBm, packet loss <*>%",
     lambda: f"wireless reel link {reel_link()} RSSI -{R.randrange(40, 95)}dBm, packet loss {R.uniform(0, 12):.1f}%"),
    ("E8", 4, "Pool <*> complete: [<*>]", pool_result),
    ("E9", 2, "tableau of <*> seeded: <*> byes, first bout <*> at <*>",
     lambda: f"tableau of {pick([128, 64, 32])} seeded: {R.randrange(0, 30)} byes, first bout {bout()} at {clock()}"),
    ("E10", 2, "weapon control rejected <*> of \"<*>\": <*>",
     lambda: f"weapon control rejected {pick(['mask', 'body wire', 'blade', 'lame jacket (conductive)'])} of \"{pick(FENCERS)}\": {pick(['expired', 'bib torn', 'blade flex over 5.5cm', 'resistance above 5 ohm at the guard'])}"),
    ("E11", 2, "Timer desync on piste <*>: box <*>, display <*> (delta <*>ms)",
     lambda: f"Timer desync on piste {R.randrange(1, 13)}: box {bout_clock()}, display {bout_clock()[:-2]} (delta {R.randrange(100, 2400)}ms)"),
    ("E12", 3, "injury time-out for \"<*>\" started at <*>, max <*>min",
     lambda: f"injury time-out for \"{pick(FENCERS)}\" started at {clock()}, max {pick([5, 10])}min"),
    ("E13", 2, "results uploaded to <*>: <*> bouts, <*>, took <*>",
     lambda: f"results uploaded to {pick(['fie-results', 'ophardt.online', 'sftp://results.example.org/in'])}: {R.randrange(20, 900)} bouts, {size()}, took {dur(short=True)}"),
]

# A county's snow-plough fleet: GPS and spreader telemetry per vehicle, routes assigned and completed,
# hoppers, road weather stations, depot refills, breakdowns, call-out levels, blade impacts, driver
# hours, citizens' complaints, salt stock, dashcam uploads.
UNITS = ["SP-114", "SP-117", "SP-203", "gritter-09", "GR12", "Unimog 4", "SP-301"]
ROUTES = ["R07-north", "R07-south", "B96 Oranienburg", "A10 Ring (inner)", "R12", "Priority 1 Hospitals", "R03-Bernau"]
DRIVERS = ["K. Lehmann", "Jörg Baier", "Ayşe Demir", "M. Nowak", "Paul", "S. Wojciechowska"]
DEPOTS = ["Bernau", "Oranienburg Nord", "Werneuchen (Bauhof)", "Depot 4"]


def hm():
    return f"{R.randrange(7, 10)}h{R.randrange(0, 60):02d}m"


def plough_tel():
    return (f"unit={pick(UNITS).replace(' ', '_')} route={pick(ROUTES).split(' ')[0]} lat={R.uniform(52.4, 52.9):.5f} lon={R.uniform(13.1, 13.9):.5f} "
            f"speed={R.randrange(0, 70)}km/h blade={pick(['DOWN', 'DOWN', 'UP', 'UP', 'FLOAT'])} salt_rate={pick([0, 0, 10, 15, 20, 30, 40])}g/m2 "
            f"road_temp={signed(-9, 3)}C")


SETS["snow_ploughs"] = [
    ("E1", 42, "unit=<*> route=<*> lat=<*> lon=<*> speed=<*>km/h blade=<*> salt_rate=<*>g/m2 road_temp=<*>C", plough_tel),
    ("E2", 8, "Route <*> assigned to <*> (driver: <*>), priority <*>, <*> km",
     lambda: f"Route {pick(ROUTES)} assigned to {pick(UNITS)} (driver: {pick(DRIVERS)}), priority {pick([1, 1, 2, 3])}, {R.uniform(12, 140):.1f} km"),
    ("E3", 7, "Route <*> completed by <*> in <*>, <*>t salt, <*>l brine",
     lambda: f"Route {pick(ROUTES)} completed by {pick(UNITS)} in {dur()}, {R.uniform(0.5, 9):.2f}t salt, {R.randrange(0, 4000)}l brine"),
    ("E4", 6, "[<*>] hopper level <*>%, spreader <*>",
     lambda: f"[{pick(UNITS)}] hopper level {R.randrange(0, 101)}%, spreader {pick(['ok', 'ok', 'spinner blocked', 'auger overload', 'off'])}"),
    ("E5", 6, "RWS <*>: surface <*>C, dew point <*>C, state: <*>, friction <*>",
     lambda: f"RWS {pick(['B96-km12', 'A10-AS-Mühlenbeck', 'L30 Bridge', 'rws_0417'])}: surface {signed(-8, 4)}C, dew point {signed(-10, 2)}C, state: {pick(['dry', 'wet', 'wet', 'ice warning', 'snow covered', 'chemically wet'])}, friction {R.uniform(0.1, 0.82):.2f}"),
    ("E6", 5, "Refill at depot \"<*>\": <*> loaded <*>t salt (silo <*> now <*>%)",
     lambda: f"Refill at depot \"{pick(DEPOTS)}\": {pick(UNITS)} loaded {R.uniform(2, 9):.1f}t salt (silo {pick(['S1', 'S2', 'Halle B'])} now {R.randrange(3, 100)}%)"),
    ("E7", 3, "BREAKDOWN <*> at km <*> on <*>: <*>",
     lambda: f"BREAKDOWN {pick(UNITS)} at km {R.uniform(0, 60):.1f} on {pick(ROUTES)}: {pick(['hydraulic hose burst', 'stuck in ditch, tow requested', 'blade shear bolt', 'engine warning light (AdBlue)', 'windscreen cracked by ice'])}"),
    ("E8", 3, "Call-out level <*> declared by <*> for districts <*>",
     lambda: f"Call-out level {pick(['1', '2', '2', '3 (full)'])} declared by {pick(['duty manager', 'M. Nowak', 'Winterdienst Leitstelle'])} for districts {', '.join(R.sample(['Barnim', 'Oberhavel', 'Märkisch-Oderland', 'Uckermark', 'Pankow'], R.randrange(1, 4)))}"),
    ("E9", 3, "Blade impact on <*>: <*>g peak, trip spring <*>",
     lambda: f"Blade impact on {pick(UNITS)}: {R.uniform(1.2, 9):.1f}g peak, trip spring {pick(['released', 'released', 'reset', 'FAILED to reset'])}"),
    ("E10", 2, "Driver <*> at <*> of <*> allowed driving time",
     lambda: f"Driver {pick(DRIVERS)} at {hm()} of {pick(['9h00m', '10h00m'])} allowed driving time"),
    ("E11", 3, "Complaint #<*> from <*>: \"<*>\"",
     lambda: f"Complaint #{R.randrange(10000, 99999)} from {pick(['Lindenallee', 'Am Mühlenteich', 'Bahnhofstr. 12', 'Gewerbegebiet Ost'])}: \"{pick(['not ploughed since yesterday', 'plough blocked our driveway with snow again', 'salt damaging hedge', 'bus stop icy'])}\""),
    ("E12", 2, "Salt stock <*>t across <*> depots, <*> days at current rate",
     lambda: f"Salt stock {R.randrange(200, 4000)}t across {pick([3, 4])} depots, {R.uniform(2, 30):.1f} days at current rate"),
    ("E13", 2, "dashcam <*> uploaded <*>.mp4 (<*>) in <*>",
     lambda: f"dashcam {pick(UNITS)} uploaded {pick(['clip_', 'seg'])}{R.randrange(0, 10 ** 5):05d}.mp4 ({size()}) in {dur(short=True)}"),
]

# A rally's stage timing and safety radio: split times per car, starts and flying finishes, radio
# points, SOS/OK boards, red flags, stage status changes, medical units, tracker alerts, penalties,
# spectator zone reports, timing unit sync, provisional results.
CREWS = ["K. Rovanperä / J. Halttunen", "T. Neuville / M. Wydaeghe", "E. Evans / S. Martin", "S. Ogier / V. Landais",
         "O. Solberg / E. Edmondson", "A. Fourmaux / A. Coria", "Ł. Pieniążek / K. Kotarba", "N. Gryazin / K. Aleksandrov"]
STAGES = [f"SS{n}" for n in range(1, 19)]
START_POINTS = [f"{s} start" for s in STAGES] + ["SS12 Start Control", "SSS1 Super Special start"]


def stage_clock():
    return f"{R.randrange(1, 12)}:{R.randrange(0, 60):02d}.{R.randrange(0, 1000):03d}"


def rally_split():
    return (f"{pick(STAGES)} split={R.randrange(1, 5)} car=#{R.randrange(1, 90)} time={stage_clock()} "
            f"delta={signed(0, 25, 3)} pos={R.randrange(1, 60)} crew=\"{pick(CREWS)}\"")


def rally_finish():
    return (f"[{pick(STAGES)} flying finish] car #{R.randrange(1, 90)} stage time {dur(short=True)}, avg {R.uniform(70, 135):.1f}km/h, "
            f"status {pick(['OK', 'OK', 'OK', 'OK', 'MAX TIME', 'DNF'])}")


SETS["rally_timing"] = [
    ("E1", 34, "<*> split=<*> car=#<*> time=<*> delta=<*> pos=<*> crew=\"<*>\"", rally_split),
    ("E2", 12, "[<*>] car #<*> released at <*>.<*> (jump start: <*>)",
     lambda: f"[{pick(START_POINTS)}] car #{R.randrange(1, 90)} released at {clock()}.{R.randrange(0, 1000):03d} (jump start: {pick(['no', 'no', 'no', 'no', 'yes +0.' + str(R.randrange(1, 10)) + 's'])})"),
    ("E3", 12, "[<*> flying finish] car #<*> stage time <*>, avg <*>km/h, status <*>", rally_finish),
    ("E4", 6, "Radio point <*> (<*>): car #<*> passed <*>",
     lambda: f"Radio point {pick(['RP1', 'RP2', 'RP3', 'Radio 4a'])} ({pick(STAGES)}): car #{R.randrange(1, 90)} passed {pick(['on time', 'on time', 'late ' + str(R.randrange(0, 3)) + ':' + str(R.randrange(10, 60))])}"),
    ("E5", 4, "SOS/OK: car #<*> shows <*> at <*>",
     lambda: f"SOS/OK: car #{R.randrange(1, 90)} shows {pick(['OK board', 'OK board', 'SOS board', 'no board'])} at {pick(['km 4.2', 'RP2', 'junction 11 (hairpin left)'])}"),
    ("E6", 2, "RED FLAG deployed on <*> by <*>: <*>",
     lambda: f"RED FLAG deployed on {pick(STAGES)} by {pick(['Clerk of Course', 'Safety Delegate', 'stage commander B. Hughes'])}: {pick(['car off road at km 11.3, crew injured', 'spectators in prohibited zone', 'fire'])}"),
    ("E7", 3, "Stage <*> status <*> -> <*> (clerk: <*>)",
     lambda: (lambda s: f"Stage {pick(STAGES)} status {s[0]} -> {s[1]} (clerk: {pick(['R. Evans', 'P. Mäkinen', 'M. Duval'])})")(pick([('OPEN', 'LIVE'), ('LIVE', 'DELAYED'), ('DELAYED', 'LIVE'), ('LIVE', 'STOPPED'), ('LIVE', 'CLOSED')]))),
    ("E8", 3, "Medical unit <*> dispatched to km <*> (<*>)",
     lambda: f"Medical unit {pick(['MED1', 'Intervention 2', 'Rescue-3'])} dispatched to km {R.uniform(0.5, 25):.1f} ({pick(['precaution', 'car #' + str(R.randrange(1, 90)) + ' rolled', 'spectator injury'])})"),
    ("E9", 3, "Tracker alert car #<*>: <*> at <*> <*>, g-force <*>g",
     lambda: f"Tracker alert car #{R.randrange(1, 90)}: {pick(['stopped > 60s', 'high g', 'high g', 'off route'])} at {R.uniform(50.1, 61.5):.5f} {R.uniform(2.1, 28.4):.5f}, g-force {R.uniform(0.4, 16):.1f}g"),
    ("E10", 2, "Penalty <*> for car #<*>: <*>",
     lambda: f"Penalty {pick(['10s', '1m00s', '2m30s'])} for car #{R.randrange(1, 90)}: {pick(['late at TC' + str(R.randrange(1, 19)), 'jump start', 'speeding in service park (63 km/h in 30 zone)'])}"),
    ("E11", 3, "Spectator zone <*> marshal report: <*>",
     lambda: f"Spectator zone {pick(['SZ1', 'SZ2', 'Jump 4 (Ouninpohja)'])} marshal report: {pick(['clear', 'crowd moving onto road at the crest, stage delayed', 'drone seen over zone', 'parking full'])}"),
    ("E12", 2, "Timing unit <*> GPS sync offset <*>ms, battery <*>%",
     lambda: f"Timing unit {pick(['TU-', 'tu'])}{R.randrange(1, 40):02d} GPS sync offset {signed(-4, 4, 2)}ms, battery {R.randrange(5, 101)}%"),
    ("E13", 1, "Provisional results SS<*> published: <*> classified, <*> retired",
     lambda: f"Provisional results SS{R.randrange(1, 19)} published: {R.randrange(30, 90)} classified, {R.randrange(0, 12)} retired"),
]

# A glass recycling plant's furnace: furnace readings as a key=value run, cullet intake per line,
# optical sorters, forehearth zones, regenerator reversals, batch chargers, electric boost, alarms,
# lab samples, stack emissions, job and colour changes, broken thermocouples.
SUPPLIERS = ["Remondis Glas", "Veolia (Nord)", "Bottle Bank Co-op & Sons", "Gemeinde Kleinstadt", "Reiling GmbH (Marienfeld)"]
COLOURS = ["flint", "flint", "amber", "green", "mixed", "dead leaf green"]


def furnace_reading():
    return (f"furnace={pick(['F1', 'F2', 'F2', 'E-Ofen 3'])} crown={R.randrange(1540, 1610)}C bottom={R.randrange(1300, 1380)}C "
            f"pull={R.uniform(150, 330):.1f}t/d o2={R.uniform(0.8, 4.5):.1f}% gas={R.randrange(900, 2400)}Nm3/h "
            f"mode={pick(['normal', 'normal', 'normal', 'boost', 'hot hold', 'colour change'])}")


SETS["glass_furnace"] = [
    ("E1", 38, "furnace=<*> crown=<*>C bottom=<*>C pull=<*>t/d o2=<*>% gas=<*>Nm3/h mode=<*>", furnace_reading),
    ("E2", 10, "[<*>] batch <*> from \"<*>\": <*>t <*>, ceramic/stone contamination <*>g/t",
     lambda: f"[{pick(['Cullet line A', 'Cullet line B', 'Line C (fines)'])}] batch {pick(['cb', 'CB-'])}{R.randrange(0, 10 ** 5):05d} from \"{pick(SUPPLIERS)}\": {R.uniform(8, 28):.1f}t {pick(COLOURS)}, ceramic/stone contamination {R.randrange(2, 90)}g/t"),
    ("E3", 8, "Sorter <*> rejected <*>% (<*> kg/h) reason: <*>",
     lambda: f"Sorter {pick(['OS-1', 'OS-2', 'KSP 3'])} rejected {R.uniform(0.5, 9):.2f}% ({R.randrange(20, 900)} kg/h) reason: {pick(['ceramic', 'stone', 'heat resistant glass', 'lead crystal', 'metal caps and lids'])}"),
    ("E4", 6, "forehearth <*> zone <*> temperature <*>C, setpoint <*>C, gob weight <*>g",
     lambda: f"forehearth {pick(['FH-1', 'FH-2', 'FH-3'])} zone {R.randrange(1, 5)} temperature {R.randrange(1080, 1260)}C, setpoint {R.randrange(1080, 1260)}C, gob weight {R.uniform(180, 620):.1f}g"),
    ("E5", 5, "Regenerator reversal <*> -> <*> after <*>, checker temp <*>C",
     lambda: (lambda s: f"Regenerator reversal {s[0]} -> {s[1]} after {dur(short=True)}, checker temp {R.randrange(1150, 1350)}C")(pick([('left', 'right'), ('right', 'left')]))),
    ("E6", 3, "Batch charger <*> stopped: <*> (operator: <*>)",
     lambda: f"Batch charger {pick(['BC1', 'BC2'])} stopped: {pick(['doghouse blocked', 'vibrating feeder motor overload', 'manual stop'])} (operator: {pick(['T. Krüger', 'shift B', 'D. Ionescu'])})"),
    ("E7", 3, "Electric boost <*>: <*>kW on electrodes <*>",
     lambda: f"Electric boost {pick(['on', 'on', 'off', 'ramping'])}: {R.randrange(0, 2500)}kW on electrodes {','.join(R.sample(['E1', 'E2', 'E3', 'E4', 'E5', 'E6'], R.randrange(1, 5)))}"),
    ("E8", 4, "ALARM <*> [<*>] <*>",
     lambda: f"ALARM {pick(['HI', 'HIHI', 'LO', 'DEV'])} [{pick(['TI-2041', 'PI-1102', 'LI-3007', 'AI-0412'])}] {pick(['crown temperature high', 'glass level low', 'combustion air pressure deviation', 'O2 analyser fault, signal frozen for 10 min'])}"),
    ("E9", 4, "Lab sample <*>: <*> seeds/10g, <*> stones, redox <*>, verdict <*>",
     lambda: f"Lab sample {pick(['LS', 'ls-'])}{R.randrange(0, 10 ** 4):04d}: {R.randrange(0, 40)} seeds/10g, {R.randrange(0, 4)} stones, redox {signed(-25, 15, 1)}, verdict {pick(['pass', 'pass', 'pass', 'fail', 'hold for review'])}"),
    ("E10", 2, "Stack CEMS: NOx <*>mg/Nm3, SO2 <*>mg/Nm3, dust <*>mg/Nm3 (limit <*>)",
     lambda: f"Stack CEMS: NOx {R.randrange(300, 900)}mg/Nm3, SO2 {R.randrange(50, 600)}mg/Nm3, dust {R.uniform(1, 30):.1f}mg/Nm3 (limit {pick(['ok', 'ok', 'NOx exceeded'])})"),
    ("E11", 2, "Job change on IS machine <*>: \"<*>\" -> \"<*>\"",
     lambda: f"Job change on IS machine {pick(['IS-1', 'IS-2', 'IS-4'])}: \"{pick(['Longneck 0,33 l NRW', 'Weinflasche 0.75 (Bordeaux)', 'Jar 370ml TO82'])}\" -> \"{pick(['Vichy 0,5 l', 'Bier 0.5 l Euro', 'Jar 212ml TO66'])}\""),
    ("E12", 2, "Colour change <*> -> <*> started, expected <*>",
     lambda: f"Colour change {pick(COLOURS)} -> {pick(COLOURS)} started, expected {pick(['36h', '48h', '3 days'])}"),
    ("E13", 1, "thermocouple <*> open circuit, last value <*>C",
     lambda: f"thermocouple {pick(['TC-CR-03', 'TC-BT-11', 'tc_regen_l2'])} open circuit, last value {R.randrange(800, 1620)}C"),
]

# A stamp printing works' perforators: sheets perforated as a key=value run, jobs started and
# finished, pin wear checks, registration cameras, security counts of spoilt sheets, jams, comb
# changes, inspection samples, vacuum tables, audit exports, gum moisture, operator logins.
PERFS = ["PF-01", "PF-02", "PF-02", "Grover 3", "line-perf-4"]
TITLES = ["Christmas 2026: Robin", "Wildflowers of the Downs", "Queen's Beasts (re-issue)", "Europa 2026 \u2013 Castles",
          "Definitive 2nd Class", "Lunar New Year, Year of the Horse"]
STAFF = ["A. Okafor", "Brigitte Lenz", "J. Patel", "Ewa", "R. Smith-Jones"]


def job_id():
    return pick([f"J26-{R.randrange(0, 10 ** 4):04d}", f"job_{mixed(6)}", f"{R.randrange(0, 10 ** 6):06d}"])


def perf_sheet():
    total = pick([6000, 12000, 12000, 25000])
    return (f"perf={pick(PERFS).replace(' ', '-')} job={job_id()} sheet={R.randrange(1, total):06d}/{total:06d} "
            f"gauge={pick(['13¾', '14', '14½', '15x14'])} pins_missing={pick([0, 0, 0, 0, 1, 2])} register={signed(-0.12, 0.12, 2)}mm "
            f"result={pick(['OK', 'OK', 'OK', 'OK', 'OK marginal', 'REJECT', 'REJECT blind perf'])}")


SETS["stamp_perforation"] = [
    ("E1", 36, "perf=<*> job=<*> sheet=<*>/<*> gauge=<*> pins_missing=<*> register=<*>mm result=<*>", perf_sheet),
    ("E2", 8, "[<*>] job <*> started: \"<*>\" issue <*>, <*> sheets of <*>",
     lambda: f"[{pick(['Perforator 2 (comb)', 'Grover 3', 'PF-01 (line)'])}] job {job_id()} started: \"{pick(TITLES)}\" issue {day()}, {pick([6000, 12000, 25000])} sheets of {pick([25, 50, 100])}"),
    ("E3", 7, "job <*> finished in <*>: <*> good, <*> spoilt, <*>% yield",
     lambda: f"job {job_id()} finished in {dur()}: {R.randrange(5000, 25000)} good, {R.randrange(0, 300)} spoilt, {R.uniform(95, 100):.2f}% yield"),
    ("E4", 5, "pin wear check <*>: row <*> pins <*> replaced by <*>",
     lambda: f"pin wear check {pick(PERFS)}: row {R.randrange(1, 9)} pins {','.join(str(p) for p in sorted(R.sample(range(1, 240), R.randrange(1, 5))))} replaced by {pick(STAFF)}"),
    ("E5", 6, "Camera <*> registration drift <*>mm x <*>mm, corrected <*>",
     lambda: f"Camera {pick(['CAM1', 'CAM2', 'cam-top'])} registration drift {signed(-0.2, 0.2, 3)}mm x {signed(-0.2, 0.2, 3)}mm, corrected {pick(['yes', 'yes', 'no (limit)', 'manually'])}"),
    ("E6", 4, "Security count for <*>: <*> spoilt sheets sealed in bag SB<*> by <*> and <*>",
     lambda: (lambda w: f"Security count for {job_id()}: {R.randrange(0, 400)} spoilt sheets sealed in bag SB{R.randrange(0, 10 ** 5):05d} by {w[0]} and {w[1]}")(R.sample(STAFF, 2))),
    ("E7", 3, "JAM at <*> (<*>): <*>",
     lambda: f"JAM at {pick(PERFS)} ({pick(['infeed', 'pin cylinder', 'delivery stack'])}): {pick(['double sheet', 'sheet curled at leading edge', 'chad blocked extraction'])}"),
    ("E8", 3, "Comb change on <*>: gauge <*> -> <*> by <*>",
     lambda: f"Comb change on {pick(PERFS)}: gauge {pick(['13¾', '14', '14½ x 14'])} -> {pick(['15x14', '14', '12½'])} by {pick(STAFF)}"),
    ("E9", 3, "Sample <*> checked by <*>: <*>",
     lambda: f"Sample {R.randrange(1, 60)} checked by {pick(STAFF)}: {pick(['ok', 'perfs slightly off-centre on the bottom row', 'blind perfs in column 3, job held', 'colour shift on the frame, reported to the press room'])}"),
    ("E10", 2, "Vacuum table <*> pressure <*>kPa below <*>kPa",
     lambda: f"Vacuum table {pick(PERFS)} pressure {R.uniform(40, 60):.1f}kPa below {pick([60, 65])}kPa"),
    ("E11", 2, "Audit log export <*>: <*> (<*>)",
     lambda: f"Audit log export {day()}: {size()} ({pick(['signed', 'signed', 'signature FAILED'])})"),
    ("E12", 2, "Gum moisture <*>% at <*> (sheet curl <*>mm)",
     lambda: f"Gum moisture {R.uniform(4, 9):.1f}% at {pick(PERFS)} (sheet curl {R.uniform(0, 6):.1f}mm)"),
    ("E13", 2, "operator <*> logged <*> at <*>",
     lambda: f"operator {pick(STAFF)} logged {pick(['in', 'out'])} at {pick(PERFS)}"),
]

SIZES = {"balloon_flights": 320, "fencing_scoring": 340, "snow_ploughs": 330, "rally_timing": 350, "glass_furnace": 310,
         "stamp_perforation": 330}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
