#!/usr/bin/env python3
"""Writes the twenty-eighth batch of labelled held-out logs of this folder (see README.md), written
blind to the grouping rules (neither they nor the miner's output on these lines were looked at).
Same columns and labelling as make_heldout.py: one event per log statement, everything its arguments
fill in is a variable however many words it spans, text the statement prints itself (units glued to a
number, `=`, brackets, quotes, `0x`, `#`) stays literal. Fixed seed.

    python3 make_heldout_28.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(28282)

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def mixid(n):
    return "".join(pick(ALNUM) for _ in range(n))


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def hhmm(lo=0, hi=24):
    return f"{R.randrange(lo, hi):02d}:{pick(['00', '15', '30', '45', '00'])}"


def dur(lo=5, hi=600):
    """A duration as Go prints it: 12.4s, 1m32.5s, 2h14m."""
    s = R.uniform(lo, hi)
    if s < 60:
        return f"{s:.1f}s"
    if s < 3600:
        return f"{int(s // 60)}m{s % 60:04.1f}s"
    return f"{int(s // 3600)}h{int(s % 3600 // 60):02d}m"


def span(lo, hi):
    """A booked slot like 07:00-08:30, its end after its start."""
    a = R.randrange(lo * 4, hi * 4)
    b = a + pick([3, 4, 5, 6, 8])
    return f"{a // 4:02d}:{a % 4 * 15:02d}-{b // 4:02d}:{b % 4 * 15:02d}"


def day(month=12):
    return f"2026-{month:02d}-{R.randrange(1, 29):02d}"


SETS = {}

# A steel mill's ladle tracking: ladle positions as a key=value run, crane moves between places of one
# to three words, temperature probes against a target band, alloy additions as a list, refractory wear,
# argon stirring plugs, preheaters, slag detection at tapping, shell hot spots, caster ladle opens, RFID
# misses, load cell drift, heats closed.
LADLES = [f"L{n:02d}" for n in (3, 5, 7, 9, 11, 12, 14, 17)]
PLACES = ["BOF 1 tap car", "BOF 2 tap car", "LF 1", "LF 2", "RH degasser", "Caster 2 turret", "Caster 1 turret",
          "Slag yard", "Preheat stand 3", "Relining bay"]
GRADES = ["S355J2+N", "S235JR", "DC04", "42CrMo4", "API 5L X65", "C45E", "HSLA 420", "IF-Ti"]
OPERATORS = ["M. Nowak", "Jan de Vries", "A. Kowalczyk-Brandt", "Ola", "T. O'Neill", "Sven Erik Lund"]


def heat():
    return pick([f"H26-{R.randrange(0, 10 ** 5):05d}", f"26A{R.randrange(0, 10 ** 5):05d}", f"{R.randrange(4, 6)}{R.randrange(10 ** 5, 10 ** 6)}"])


def alloys():
    items = [f"FeMn HC {R.randrange(80, 900)}kg", f"Al wire {R.randrange(20, 180)}m", f"CaSi {R.randrange(10, 90)}kg",
             f"FeSi75 {R.randrange(50, 600)}kg", f"lime {R.randrange(300, 1500)}kg", f"FeNb {R.randrange(5, 40)}kg",
             f"carbon cored wire {R.randrange(10, 90)}m", f"FeTi70 {R.randrange(20, 80)}kg"]
    return ", ".join(R.sample(items, pick([1, 2, 2, 3, 4])))


def ladle_temp():
    lo = pick([1560, 1570, 1580, 1590])
    t = R.randrange(lo - 25, lo + 45)
    flag = "LOW" if t < lo else ("HIGH" if t > lo + 20 else "OK")
    return f"TEMP probe #{R.randrange(0, 10 ** 4):04d} ladle {pick(LADLES)}: {t}°C (target {lo}..{lo + 20}°C) [{flag}]"


def argon():
    state = pick(["open", "open", "open", "partially blocked", "blocked", "bypass valve open"])
    return (f"Ar stirring {pick(LADLES)} plug {pick([1, 2])}: flow={R.randrange(0, 900)} Nl/min p={R.randrange(15, 90) / 10:.1f}bar "
            f"state={state}")


SETS["steel_ladles"] = [
    ("E1", 30, "ladle=<*> heat=<*> at=\"<*>\" grade=\"<*>\" temp=<*>C weight=<*>t",
     lambda: f"ladle={pick(LADLES)} heat={heat()} at=\"{pick(PLACES)}\" grade=\"{pick(GRADES)}\" temp={R.randrange(1520, 1660)}C weight={R.randrange(1200, 1620) / 10:.1f}t"),
    ("E2", 20, "Crane <*> lifted ladle <*> from \"<*>\" to \"<*>\" in <*>",
     lambda: (lambda a, b: f"Crane {pick(['CR-1', 'CR-3', 'CR-3', 'CR-5A'])} lifted ladle {pick(LADLES)} from \"{a}\" to \"{b}\" in {dur(40, 420)}")(*R.sample(PLACES, 2))),
    ("E3", 14, "TEMP probe #<*> ladle <*>: <*>°C (target <*>..<*>°C) [<*>]", ladle_temp),
    ("E4", 9, "Alloy addition heat <*>: <*>", lambda: f"Alloy addition heat {heat()}: {alloys()}"),
    ("E5", 5, "Refractory ladle <*>: heats=<*>/<*> wear=<*>% last relining <*> (lining \"<*>\")",
     lambda: f"Refractory ladle {pick(LADLES)}: heats={R.randrange(1, 100)}/{pick([100, 110, 120])} wear={R.randrange(3, 95)}% last relining {day(pick([9, 10, 11]))} (lining \"{pick(['MgO-C 12%', 'Alumina-spinel', 'MgO-C 10% (slag line)', 'Dolomite'])}\")"),
    ("E6", 6, "Ar stirring <*> plug <*>: flow=<*> Nl/min p=<*>bar state=<*>", argon),
    ("E7", 4, "Preheater <*>: ladle <*> shell <*>C after <*>, burner <*>",
     lambda: f"Preheater {pick(['PH-1', 'PH-2', 'PH-4'])}: ladle {pick(LADLES)} shell {R.randrange(600, 1150)}C after {dur(1800, 20000)}, burner {pick(['ON', 'ON', 'LOW FIRE', 'OFF'])}"),
    ("E8", 2, "SLAG DETECTED tap heat <*> at <*>t, EMLI signal <*>% -> tap stopped by \"<*>\"",
     lambda: f"SLAG DETECTED tap heat {heat()} at {R.randrange(1400, 1600) / 10:.1f}t, EMLI signal {R.randrange(20, 80)}% -> tap stopped by \"{pick(OPERATORS)}\""),
    ("E9", 2, "Shell hot spot ladle <*> [<*>]: <*>°C (limit <*>°C) - ladle taken out of service",
     lambda: f"Shell hot spot ladle {pick(LADLES)} [{pick(['trunnion side', 'bottom', 'slag line north', 'tap hole'])}]: {R.randrange(351, 480)}°C (limit {pick([350, 350, 380])}°C) - ladle taken out of service"),
    ("E10", 5, "<*> strand <*> opened ladle <*>, sequence <*>/<*>, tundish weight <*>t",
     lambda: (lambda n: f"{pick(['Caster 1', 'Caster 2', 'Caster 2', 'Slab caster'])} strand {R.randrange(1, 5)} opened ladle {pick(LADLES)}, sequence {R.randrange(1, n + 1)}/{n}, tundish weight {R.randrange(180, 320) / 10:.1f}t")(pick([6, 12, 18]))),
    ("E11", 2, "RFID reader '<*>' no read for ladle passing at <*> (last seen: <*>)",
     lambda: f"RFID reader '{pick(['BOF1-N', 'LF2-gate', 'CC2 turret W'])}' no read for ladle passing at {clock()} (last seen: {pick(LADLES + ['unknown'])})"),
    ("E12", 2, "Load cell <*> deviation <*>% vs. crane scale, recalibration requested",
     lambda: f"Load cell {pick(['LC-3B', 'LC-1A', 'TC2/LC-4'])} deviation {pick(['+', '-'])}{R.randrange(11, 60) / 10:.1f}% vs. crane scale, recalibration requested"),
    ("E13", 4, "Heat <*> closed: grade <*>, cast <*>t, yield <*>%, duration <*>",
     lambda: f"Heat {heat()} closed: grade {pick(GRADES)}, cast {R.randrange(1400, 1620) / 10:.1f}t, yield {R.randrange(940, 995) / 10:.1f}%, duration {dur(2400, 6000)}"),
]

# An ice rink's resurfacing and refrigeration: plant readings as a key=value run with negative
# temperatures, resurfacers by a quoted name that may hold parentheses, compressors with a closed-set
# refrigerant and state, ammonia detectors, ice time bookings for a quoted group, public session gate
# counts, the snow melt pit, ice thickness surveys with a note, dehumidifier faults, gate interlocks,
# peak demand shedding with a list, resurfacer charging.
RINKS = ["Main Rink", "Practice Rink", "Curling Sheet C", "Outdoor Oval"]
MACHINES = ["Unit 1", "Unit 2 (electric)", "Olympia Millennium H", "Zamboni 552AC"]
DRIVERS = ["Lukas Berg", "Mia", "J. Haapala", "Pat O'Connor", "Anne-Marie Roy"]
GROUPS = ["U13 Hockey (Blue)", "Figure skating club", "Curling league Tue", "Public skate", "Adult rec hockey - \"Beer League\"",
          "Speed skating (juniors)", "Broomball"]


def neg(lo, hi):
    return f"{R.uniform(lo, hi):.1f}"


def plant():
    return (f"plant: brine_supply={neg(-11, -7)}C brine_return={neg(-8, -4)}C ice_surface={neg(-6, -2)}C slab={neg(-8, -4)}C "
            f"humidity={R.randrange(35, 75)}% dewpoint={neg(-2, 9)}C")


def compressor():
    state = pick(["RUNNING", "RUNNING", "RUNNING", "UNLOADED", "STANDBY", "TRIPPED"])
    return (f"Compressor {pick(['C1', 'C2', 'C3'])} [{pick(['NH3', 'NH3', 'CO2'])}]: suction {R.randrange(8, 35) / 10:.1f}bar "
            f"discharge {R.randrange(90, 160) / 10:.1f}bar oil {R.randrange(30, 70)}C load {pick([0, 25, 50, 75, 100])}% state={state}")


def thickness():
    note = pick(["ok", "ok", "ok", "thin spots: blue line east", "thin spots: crease, faceoff circle 3, bench gate",
                 "re-flood needed"])
    lo = R.randrange(22, 38)
    return (f"Ice thickness survey {pick(RINKS)}: min {lo}mm max {lo + R.randrange(5, 25)}mm avg {lo + R.randrange(20, 60) / 10:.1f}mm "
            f"at {pick([12, 24, 24, 36])} points ({note})")


SETS["ice_rink"] = [
    ("E1", 30, "plant: brine_supply=<*>C brine_return=<*>C ice_surface=<*>C slab=<*>C humidity=<*>% dewpoint=<*>C", plant),
    ("E2", 12, "Resurfacer \"<*>\" resurfacing started on <*> by \"<*>\", water <*>L, blade <*>% life",
     lambda: f"Resurfacer \"{pick(MACHINES)}\" resurfacing started on {pick(RINKS)} by \"{pick(DRIVERS)}\", water {R.randrange(250, 800)}L, blade {R.randrange(5, 100)}% life"),
    ("E3", 11, "Resurfacer \"<*>\" finished <*> in <*> (<*> passes, ice temp <*>C)",
     lambda: f"Resurfacer \"{pick(MACHINES)}\" finished {pick(RINKS)} in {dur(420, 1100)} ({R.randrange(9, 16)} passes, ice temp {neg(-6, -2)}C)"),
    ("E4", 8, "Compressor <*> [<*>]: suction <*>bar discharge <*>bar oil <*>C load <*>% state=<*>", compressor),
    ("E5", 3, "NH3 detector \"<*>\" <*> ppm >= <*> <*> ppm: ventilation stage <*>",
     lambda: (lambda lv: f"NH3 detector \"{pick(['Machine room N', 'Machine room S', 'Brine pump pit'])}\" {R.randrange(lv[1], lv[1] * 3)} ppm >= {lv[0]} {lv[1]} ppm: ventilation stage {lv[2]}")(pick([("warn", 25, 1), ("warn", 25, 1), ("alarm", 150, 2)]))),
    ("E6", 10, "Ice time booked: \"<*>\" on <*> <*>-<*>, contact: <*>",
     lambda: f"Ice time booked: \"{pick(GROUPS)}\" on {pick(RINKS)} {span(6, 21)}, contact: {pick(['j.meyer@example.de', 'coach.blue@u13.example.org', '+41 79 555 01 23', 'front desk'])}"),
    ("E7", 6, "Public session #<*> gate count in=<*> out=<*> capacity <*>",
     lambda: f"Public session #{R.randrange(0, 10 ** 4):04d} gate count in={R.randrange(20, 420)} out={R.randrange(0, 400)} capacity {pick([300, 400, 400])}"),
    ("E8", 3, "Snow melt pit level <*>% water temp <*>C heat recovery <*>kW",
     lambda: f"Snow melt pit level {R.randrange(5, 98)}% water temp {R.randrange(40, 200) / 10:.1f}C heat recovery {R.randrange(50, 900) / 10:.1f}kW"),
    ("E9", 3, "Ice thickness survey <*>: min <*>mm max <*>mm avg <*>mm at <*> points (<*>)", thickness),
    ("E10", 2, "Dehumidifier <*> fault 0x<*>: \"<*>\"",
     lambda: f"Dehumidifier {pick(['DH-1', 'DH-2'])} fault 0x{hexs(3).upper()}: \"{pick(['rotor motor overload', 'reactivation heater over temperature', 'filter dP high'])}\""),
    ("E11", 3, "Gate <*> opened by <*> during resurfacing (interlock <*>)",
     lambda: f"Gate {pick(['G1', 'G4', 'bench east', 'penalty box 2'])} opened by {pick(['badge 0x4A21', 'J. Haapala', 'unknown'])} during resurfacing (interlock {pick(['active', 'active', 'bypassed'])})"),
    ("E12", 2, "Peak demand <*>kW exceeds limit <*>kW, shedding: <*>",
     lambda: f"Peak demand {R.randrange(4010, 4600) / 10:.1f}kW exceeds limit {pick([400, 400, 450])}kW, shedding: {pick(['rink lights 50%', 'rink lights 50%, stand heaters off', 'snow melt pit heater, dehumidifier DH-2, lobby HVAC'])}"),
    ("E13", 2, "Resurfacer \"<*>\" charging: SoC <*>% -> <*>% ETA <*>",
     lambda: f"Resurfacer \"{pick(MACHINES[1:2] + ['Zamboni 552AC'])}\" charging: SoC {R.randrange(10, 60)}% -> {pick([80, 90, 100])}% ETA {dur(1200, 9000)}"),
]

# A rowing club's boat bookings: bookings as a key=value run with a mixed-case id and a quoted boat
# name holding its class in parentheses, boats out from a rack with a cox of one to three words or
# `none` and a closed-set river flag, boats in with a distance and damage as free text or `none`,
# cancellations, river conditions with a compass point, overdue boats, erg tests with a split, damage
# reports, the coaching launch, refused bookings with a reason, rack sensor mismatches, logins.
BOATS = ["Anna (4x)", "Old Father Thames (8+)", "Kingfisher (1x)", "Dr. R. Bell (2-)", "Spirit of '86 (4+)", "Jubilee (2x)",
         "Grey Heron (1x)", "Hilda & Joan (4-)"]
MEMBERS = ["Tom O'Brien", "Jana Nováková", "Sam", "Priya Raman", "H. van der Berg", "Charlotte Fox-Hughes", "Oliver Grant"]
SQUADS = ["masters", "juniors", "novice", "senior men", "senior women", "recreational"]
FLAGS = ["GREEN", "GREEN", "GREEN", "AMBER", "AMBER", "RED"]


def bk():
    return f"bk_{mixid(6)}"


def rowing_in():
    damage = pick(["none", "none", "none", "none", "rigger bolt loose on 3", "scratched bow ball", "seat wheels sticking, cox box flat"])
    return f"IN boat \"{pick(BOATS)}\" at {clock()[:5]} after {dur(1800, 9000)}, distance {R.randrange(40, 240) / 10:.1f}km, damage: {damage}"


SETS["rowing_club"] = [
    ("E1", 24, "BOOK id=<*> boat=\"<*>\" crew=<*> slot=<*> <*>-<*> by \"<*>\" squad=<*>",
     lambda: f"BOOK id={bk()} boat=\"{pick(BOATS)}\" crew={pick([1, 2, 4, 4, 5, 9])} slot={day()} {span(5, 19)} by \"{pick(MEMBERS)}\" squad={pick(SQUADS)}"),
    ("E2", 18, "OUT boat \"<*>\" from rack <*> at <*>, cox: <*>, water level <*>m (flag <*>)",
     lambda: f"OUT boat \"{pick(BOATS)}\" from rack {pick(['A1', 'B3', 'B4', 'C2', 'trestles'])} at {clock()[:5]}, cox: {pick(['none', 'none', 'Sam', 'Lily Chen', 'coach R. Appiah'])}, water level {R.randrange(140, 260) / 100:.2f}m (flag {pick(FLAGS[:5])})"),
    ("E3", 17, "IN boat \"<*>\" at <*> after <*>, distance <*>km, damage: <*>", rowing_in),
    ("E4", 6, "CANCEL id=<*> reason=\"<*>\"",
     lambda: f"CANCEL id={bk()} reason=\"{pick(['red flag', 'crew short', 'fog', 'illness', 'coach unavailable - regatta clash'])}\""),
    ("E5", 8, "River: level <*>m flow <*>m3/s temp <*>C wind <*>kn <*> -> flag <*>",
     lambda: f"River: level {R.randrange(140, 260) / 100:.2f}m flow {R.randrange(150, 1900) / 10:.1f}m3/s temp {R.randrange(20, 190) / 10:.1f}C wind {R.randrange(0, 35)}kn {pick(['N', 'NE', 'SW', 'WSW', 'E'])} -> flag {pick(FLAGS)}"),
    ("E6", 3, "OVERDUE boat \"<*>\" out since <*> (<*> over), phone <*>",
     lambda: f"OVERDUE boat \"{pick(BOATS)}\" out since {clock()[:5]} ({dur(600, 3600)} over), phone {pick(['+44 7700 900123', '+44 7700 900456', 'not on file'])}"),
    ("E7", 5, "Erg test \"<*>\" [squad: <*>] <*>m <*> split <*>/500m",
     lambda: (lambda t: f"Erg test \"{pick(MEMBERS)}\" [squad: {pick(SQUADS)}] 2000m {int(t // 60)}:{t % 60:04.1f} split {int(t / 4 // 60)}:{t / 4 % 60:04.1f}/500m")(R.uniform(378, 520))),
    ("E8", 3, "DAMAGE boat \"<*>\" reported by \"<*>\": <*> [severity=<*>]",
     lambda: f"DAMAGE boat \"{pick(BOATS)}\" reported by \"{pick(MEMBERS)}\": {pick(['hole in hull near bow', 'fin missing', 'cracked footplate, 2 shoes torn', 'collision with bank'])} [severity={pick(['minor', 'minor', 'out of use'])}]"),
    ("E9", 2, "Launch \"<*>\" refuelled <*>L, engine hours <*>",
     lambda: f"Launch \"{pick(['Coach 1', 'Wash Hound'])}\" refuelled {R.randrange(50, 250) / 10:.1f}L, engine hours {R.randrange(3000, 9000) / 10:.1f}"),
    ("E10", 4, "Booking refused for member <*>: <*>",
     lambda: f"Booking refused for member {pick(['M0412', 'm-Xq7', 'J0077', 'guest'])}: {pick(['subs unpaid', 'not certified for 1x', 'capsize drill expired on 2026-09-30', 'red flag'])}"),
    ("E11", 2, "Rack sensor <*> reports boat present but booking says OUT (<*>)",
     lambda: f"Rack sensor {pick(['B3', 'C2', 'A1'])} reports boat present but booking says OUT ({bk()})"),
    ("E12", 3, "Login <*> from <*> (<*>)",
     lambda: f"Login {pick(['tobrien', 'JNovakova', 'sam.k', 'CaptainPriya'])} from {heldout_common.ip([81, 86, 92, 212])} ({pick(['iOS app 4.2.1', 'web', 'Android app 4.1.0'])})"),
]

# A mountain hut's booking and supply: reservations with a quoted party of one to four words, a room
# in brackets of one or two words and a deposit, check-ins with a closed-set board and alpine club,
# supply lift runs with a parenthesised load list, energy with a closed-set generator state, the water
# tank, weather with wind and avalanche level, low stock, guests not arrived with a quoted tour,
# cancellations with refunds, helicopter slots, wastewater alarms, payments, the satellite uplink.
PARTIES = ["Familie Gruber", "Alpenverein Sektion Bamberg", "Müller", "J. & K. Smith", "Skitourengruppe \"Gipfelstürmer\"",
           "Bergschule Oberland (Kurs 12)", "Anna"]
ROOMS = ["Lager", "Lager", "Zimmer 3", "Zimmer 7", "Winterraum", "Zimmer 2 (Familie)"]


def res():
    return f"R-26-{R.randrange(0, 10 ** 4):04d}"


def eur(lo, hi):
    return f"{R.uniform(lo, hi):.2f}"


def supply():
    items = ["beer", "flour", f"gas bottles x{R.randrange(2, 8)}", "vegetables", "laundry", "diesel 2x20L", "mail",
             "Weissbier 0.5l x80", "spare parts (pump)"]
    return f"Supply lift run #{R.randrange(0, 10 ** 4):04d}: {R.randrange(40, 400)}kg up ({', '.join(R.sample(items, pick([1, 2, 3, 4])))}) in {dur(180, 800)}"


SETS["mountain_hut"] = [
    ("E1", 20, "Reservation <*> \"<*>\" <*> guests <*> nights from <*> [<*>] deposit <*> EUR",
     lambda: f"Reservation {res()} \"{pick(PARTIES)}\" {R.randrange(1, 14)} guests {pick([1, 1, 2, 3])} nights from {day(pick([12, 12, 1, 2]))} [{pick(ROOMS)}] deposit {eur(20, 300)} EUR"),
    ("E2", 16, "Check-in <*>: <*>/<*> arrived, half board <*>, member <*>",
     lambda: (lambda n: f"Check-in {res()}: {R.randrange(1, n + 1)}/{n} arrived, half board {pick(['yes', 'yes', 'no', 'vegetarian'])}, member {pick(['DAV', 'DAV', 'OeAV', 'SAC', 'none'])}")(R.randrange(1, 12))),
    ("E3", 9, "Supply lift run #<*>: <*>kg up (<*>) in <*>", supply),
    ("E4", 12, "Energy: PV <*>kW battery <*>% (<*>V) generator <*> load <*>kW",
     lambda: f"Energy: PV {R.randrange(0, 600) / 100:.2f}kW battery {R.randrange(15, 100)}% ({R.randrange(470, 560) / 10:.1f}V) generator {pick(['OFF', 'OFF', 'OFF', 'RUNNING', 'STARTING'])} load {R.randrange(2, 60) / 10:.1f}kW"),
    ("E5", 7, "Water tank <*>% (<*>m3), spring inflow <*>L/min, UV lamp <*>",
     lambda: (lambda p: f"Water tank {p}% ({p / 10:.1f}m3), spring inflow {R.randrange(0, 40) / 10:.1f}L/min, UV lamp {pick(['OK', 'OK', 'OK', 'lamp aged', 'FAULT'])}")(R.randrange(5, 100))),
    ("E6", 6, "Weather: <*>C wind <*>km/h <*> gusts <*>km/h snow <*>cm avalanche level <*> (<*>)",
     lambda: (lambda a: f"Weather: {R.randrange(-180, 80) / 10:.1f}C wind {R.randrange(0, 60)}km/h {pick(['N', 'NW', 'W', 'SE'])} gusts {R.randrange(20, 120)}km/h snow {R.randrange(0, 260)}cm avalanche level {a[0]} ({a[1]})")(pick([(1, 'low'), (2, 'moderate'), (3, 'considerable'), (3, 'considerable'), (4, 'high')]))),
    ("E7", 4, "Stock low: \"<*>\" <*> <*> left (min <*>)",
     lambda: (lambda s: f"Stock low: \"{s[0]}\" {R.randrange(1, 20)} {s[1]} left (min {s[2]})")(pick([("Weissbier 0.5l", "bottles", 48), ("Kaiserschmarrn mix", "kg", 10), ("Diesel", "L", 40), ("Apfelschorle", "bottles", 36), ("Eggs", "pcs", 60)]))),
    ("E8", 3, "Guests of <*> not arrived by <*> (planned tour: \"<*>\"), contact <*>",
     lambda: f"Guests of {res()} not arrived by {hhmm(17, 21)} (planned tour: \"{pick(['Zugspitze via Höllental', 'Hochalm - Scharte - Hütte', 'Gletscherweg (Variante B)', 'Talaufstieg'])}\"), contact {pick(['+49 170 5550123', '+43 664 5550987', 'no phone given'])}"),
    ("E9", 5, "Reservation <*> cancelled <*> days ahead, refund <*> EUR (<*>)",
     lambda: f"Reservation {res()} cancelled {R.randrange(0, 60)} days ahead, refund {eur(0, 300)} EUR ({pick(['weather', 'illness', 'no reason given', 'avalanche warning level 4'])})"),
    ("E10", 2, "Helicopter slot <*> booked for <*>: <*> loads, <*>kg total",
     lambda: f"Helicopter slot {day(pick([5, 6]))} booked for {pick(['Heli Tirol', 'Air Zermatt', 'Wucher Helicopter'])}: {R.randrange(2, 12)} loads, {R.randrange(1500, 9000)}kg total"),
    ("E11", 2, "Wastewater plant alarm: <*>",
     lambda: f"Wastewater plant alarm: {pick(['aeration blower off', 'sludge level high, tank 2', 'pump P2 dry run'])}"),
    ("E12", 4, "Payment <*> EUR by <*> for <*>",
     lambda: f"Payment {eur(8, 600)} EUR by {pick(['card', 'cash', 'SumUp contactless', 'bank transfer'])} for {pick([res(), 'drinks', 'overnight + half board'])}"),
    ("E13", 2, "Uplink via <*> down for <*>, <*> messages queued",
     lambda: f"Uplink via {pick(['Starlink', 'LTE', 'radio relay Hochalm'])} down for {dur(60, 7200)}, {R.randrange(1, 90)} messages queued"),
]

# A radio telescope array's correlator: integration dumps as a key=value run with a closed-set
# polarisation list and `MiB` glued, scans started on a quoted source with sexagesimal coordinates and
# a band with a frequency range, scans ended with an output path, antenna tracking in `ant[ea07]`, delay
# model updates with an MJD, RFI flagging, fringe fits between two antennas, F-engine packet drops,
# X-engine GPUs, wind stows, the hydrogen maser, observers' quoted commands, beams.
ANTS = [f"ea{n:02d}" for n in (1, 3, 7, 11, 14, 19, 22, 27)] + ["m012", "m047"]
SOURCES = ["3C 286", "3C 48", "J1331+3030", "Sgr A*", "Cygnus A", "PSR B0329+54", "M87 (jet)", "J0137+3309"]
BANDS = [("L", "1.0", "2.0"), ("S", "2.0", "4.0"), ("C", "4.0", "8.0"), ("X", "8.0", "12.0"), ("Ku", "12.0", "18.0")]


def scan():
    return f"{R.randrange(0, 10 ** 4):04d}"


def sexa_ra():
    return f"{R.randrange(0, 24):02d}h{R.randrange(0, 60):02d}m{R.uniform(0, 60):05.2f}s"


def sexa_dec():
    return f"{pick(['+', '-'])}{R.randrange(0, 90):02d}d{R.randrange(0, 60):02d}m{R.uniform(0, 60):04.1f}s"


def dump():
    return (f"scan {scan()} int {R.randrange(0, 10 ** 6):06d}: baselines={pick([351, 351, 325, 45])} chans={pick([1024, 4096, 4096, 16384])} "
            f"pol={pick(['XX,YY', 'XX,YY,XY,YX', 'RR,LL', 'RR,LL,RL,LR'])} flagged={R.randrange(0, 400) / 10:.1f}% dump {R.randrange(100, 9000) / 10:.1f}MiB")


SETS["radio_correlator"] = [
    ("E1", 28, "scan <*> int <*>: baselines=<*> chans=<*> pol=<*> flagged=<*>% dump <*>MiB", dump),
    ("E2", 8, "SCAN <*> START source=\"<*>\" ra=<*> dec=<*> band=<*> (<*>-<*>GHz) mode=<*>",
     lambda: (lambda b: f"SCAN {scan()} START source=\"{pick(SOURCES)}\" ra={sexa_ra()} dec={sexa_dec()} band={b[0]} ({b[1]}-{b[2]}GHz) mode={pick(['continuum', 'spectral-line', 'pulsar-bin', 'VLBI phased'])}")(pick(BANDS))),
    ("E3", 7, "SCAN <*> END after <*>, <*> integrations, <*>GiB written to <*>",
     lambda: f"SCAN {scan()} END after {dur(30, 5400)}, {R.randrange(10, 5000)} integrations, {R.randrange(1, 9000) / 10:.1f}GiB written to {pick(['/data/vis/26B-117/', 's3://archive-vis/2026/12/', '/scratch/ms/J1331.ms'])}{pick(['', 'sb' + str(R.randrange(10 ** 7, 10 ** 8)) + '.ms'])}"),
    ("E4", 12, "ant[<*>] az=<*> el=<*> track_err=<*>arcsec state=<*>",
     lambda: f"ant[{pick(ANTS)}] az={R.uniform(0, 360):.2f} el={R.uniform(8, 89):.2f} track_err={R.randrange(1, 300) / 10:.1f}arcsec state={pick(['TRACKING', 'TRACKING', 'TRACKING', 'SLEWING', 'STOWED', 'off source'])}"),
    ("E5", 6, "Delay model update for <*> antennas, epoch MJD <*>, max delay <*>us",
     lambda: f"Delay model update for {pick([27, 27, 26, 10])} antennas, epoch MJD {R.uniform(61380, 61390):.4f}, max delay {R.uniform(1, 120):.3f}us"),
    ("E6", 5, "RFI: <*> channels flagged in <*> (<*>-<*>MHz) on <*> baselines, likely <*>",
     lambda: (lambda f0: f"RFI: {R.randrange(1, 400)} channels flagged in spw{R.randrange(0, 16)} ({f0:.1f}-{f0 + R.uniform(0.5, 30):.1f}MHz) on {R.randrange(1, 352)} baselines, likely {pick(['GPS L1', 'mobile uplink', 'unknown', 'aircraft DME', 'satellite downlink (Iridium)'])}")(R.uniform(1000, 2000))),
    ("E7", 4, "Fringe fit <*>-<*>: delay <*>ns rate <*>mHz SNR <*>",
     lambda: (lambda a, b: f"Fringe fit {a}-{b}: delay {R.uniform(-40, 40):.3f}ns rate {R.uniform(-5, 5):.2f}mHz SNR {R.randrange(5, 900)}")(*R.sample(ANTS, 2))),
    ("E8", 3, "F-engine <*> input <*>: dropped <*> packets (<*>%) in last <*>",
     lambda: f"F-engine {pick(['fe-03', 'fe-07', 'skarab-02'])} input {R.randrange(0, 16)}: dropped {R.randrange(1, 90000)} packets ({R.randrange(1, 500) / 100:.2f}%) in last {pick(['10s', '60s', '5m0.0s'])}"),
    ("E9", 4, "X-engine node <*> GPU<*>: <*> TFLOPS <*>C <*>W",
     lambda: f"X-engine node {pick(['xgpu-01', 'xgpu-02', 'xgpu-11'])} GPU{R.randrange(0, 4)}: {R.randrange(50, 400) / 10:.1f} TFLOPS {R.randrange(40, 90)}C {R.randrange(150, 350)}W"),
    ("E10", 2, "Antenna <*> stowed: wind <*>m/s exceeds <*>m/s",
     lambda: f"Antenna {pick(ANTS)} stowed: wind {R.randrange(160, 300) / 10:.1f}m/s exceeds {pick([15, 18])}m/s"),
    ("E11", 2, "Hydrogen maser offset vs GPS <*>ns (drift <*>ns/day)",
     lambda: f"Hydrogen maser offset vs GPS {R.uniform(-90, 90):.1f}ns (drift {R.uniform(-3, 3):.2f}ns/day)"),
    ("E12", 3, "Command from <*>@<*>: \"<*>\"",
     lambda: f"Command from {pick(['rperley', 'JAnderson', 'obs-night'])}@{pick(['ops1', 'ops1', 'remote-vpn'])}: \"{pick(['stow all', 'set attenuation ea07 12dB', 'reload delay model', 'abort scan'])}\""),
    ("E13", 2, "Beam <*> pointed at \"<*>\" with <*> antennas, weights from <*>",
     lambda: f"Beam {R.randrange(0, 4)} pointed at \"{pick(SOURCES)}\" with {R.randrange(10, 28)} antennas, weights from {pick(['cal scan ' + scan(), 'model', 'last phase-up'])}"),
]

# A fire station's alerting and apparatus: alarms as a key=value run with a quoted incident type and
# address and a bracketed list of units, unit status changes with a parenthesised status text,
# responders acknowledging, bay doors, vehicle tank levels, breathing apparatus sets with a quoted
# wearer, incidents closed, siren tests, pager gateway errors, exhaust extraction, hydrants, the
# duty roster with a missing list, re-alerting.
UNITS = ["HLF20-1", "DLK23", "RTW 2", "TLF 4000", "ELW 1", "MTF", "GW-L2", "RTW 14/83-1 (mutual aid)"]
STATUS = [(1, 2, "available at station"), (2, 3, "responding"), (3, 4, "on scene"), (4, 1, "available on radio"), (4, 7, "patient transport"),
          (1, 6, "out of service")]
CREW = ["Lena Vogt", "K. Brandt", "Ali", "Maximilian von Ahn", "S. Özdemir"]


def inc():
    return f"F26-{R.randrange(0, 10 ** 6):06d}"


def alarm():
    units = R.sample(UNITS, pick([1, 2, 3, 4]))
    return (f"ALARM inc={inc()} type=\"{pick(['Structure fire, residential', 'Traffic collision (persons trapped)', 'Automatic fire alarm', 'Gas leak', 'Animal rescue', 'Water damage'])}\" "
            f"addr=\"{pick(['Hauptstr. 12, 3rd floor', 'A9 km 412.3 northbound', 'Industriepark Ost, Halle 4', 'Am Markt 1'])}\" units=[{', '.join(units)}] prio={pick([1, 1, 2, 3])}")


SETS["fire_station"] = [
    ("E1", 14, "ALARM inc=<*> type=\"<*>\" addr=\"<*>\" units=[<*>] prio=<*>", alarm),
    ("E2", 26, "Unit <*> status <*> -> <*> (<*>) crew <*>/<*>",
     lambda: (lambda s: f"Unit {pick(UNITS)} status {s[0]} -> {s[1]} ({s[2]}) crew {R.randrange(1, 10)}/{pick([6, 9, 9, 2])}")(pick(STATUS))),
    ("E3", 10, "Responder \"<*>\" acknowledged via <*> ETA <*>",
     lambda: f"Responder \"{pick(CREW)}\" acknowledged via {pick(['pager', 'app', 'app', 'SMS'])} ETA {dur(60, 600)}"),
    ("E4", 8, "Bay door <*> <*> in <*>",
     lambda: f"Bay door {R.randrange(1, 6)} {pick(['opened', 'closed', 'opened'])} in {R.randrange(80, 220) / 10:.1f}s"),
    ("E5", 6, "Vehicle <*>: fuel <*>% tank water <*>L foam <*>L battery <*>V",
     lambda: f"Vehicle {pick(UNITS)}: fuel {R.randrange(20, 100)}% tank water {R.randrange(0, 4000)}L foam {R.randrange(0, 500)}L battery {R.randrange(230, 285) / 10:.1f}V"),
    ("E6", 5, "BA set <*> worn by \"<*>\": cylinder <*>bar, time remaining <*>",
     lambda: f"BA set {pick(['PA-07', 'PA-12', 'PA-12', 'PSS-3'])} worn by \"{pick(CREW)}\": cylinder {R.randrange(60, 300)}bar, time remaining {dur(120, 1800)}"),
    ("E7", 4, "Incident <*> closed after <*>, <*> units, outcome: <*>",
     lambda: f"Incident {inc()} closed after {dur(900, 15000)}, {R.randrange(1, 8)} units, outcome: {pick(['false alarm', 'fire extinguished', 'handed over to police', 'no action required'])}"),
    ("E8", 3, "Siren \"<*>\" test: <*>, <*>dB at <*>m",
     lambda: f"Siren \"{pick(['Marktplatz', 'School roof', 'Station 2 mast'])}\" test: {pick(['PASS', 'PASS', 'FAIL'])}, {R.randrange(90, 125)}dB at {pick([10, 30])}m"),
    ("E9", 2, "Pager gateway <*> error <*>: <*>",
     lambda: f"Pager gateway {pick(['POCSAG-1', 'tetra-gw'])} error {pick([503, 504, 17])}: {pick(['upstream timeout', 'queue full (512)', 'no carrier'])}"),
    ("E10", 3, "Exhaust extraction bay <*> started (vehicle <*> ignition), runtime <*>",
     lambda: f"Exhaust extraction bay {R.randrange(1, 6)} started (vehicle {pick(UNITS)} ignition), runtime {dur(30, 300)}"),
    ("E11", 2, "Hydrant <*> at \"<*>\" marked <*> by <*>",
     lambda: f"Hydrant {pick(['H-0412', 'UH 77', 'H-1093'])} at \"{pick(['Lindenweg 4', 'corner Bahnhofstr./Ring', 'Kita Sonnenschein'])}\" marked {pick(['out of service', 'ok', 'frozen'])} by {pick(CREW)}"),
    ("E12", 4, "Roster: shift <*> on duty, <*>/<*> qualified drivers, missing: <*>",
     lambda: f"Roster: shift {pick(['A', 'B', 'C'])} on duty, {R.randrange(1, 5)}/{pick([4, 5])} qualified drivers, missing: {pick(['none', 'none', 'K. Brandt', 'Ali, S. Özdemir (sick)'])}"),
    ("E13", 2, "No acknowledgement from <*> within <*>, re-alerting <*>",
     lambda: f"No acknowledgement from {pick(['Group 2', 'DLK23 crew', 'Lena Vogt'])} within {pick(['2m0s', '3m0s'])}, re-alerting {pick(['Group 3', 'neighbouring station 14', 'all volunteers'])}"),
]

SIZES = {"steel_ladles": 340, "ice_rink": 320, "rowing_club": 330, "mountain_hut": 310, "radio_correlator": 350,
         "fire_station": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
