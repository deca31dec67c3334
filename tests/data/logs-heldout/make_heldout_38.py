#!/usr/bin/env python3
"""Writes the thirty-eighth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans, text the statement prints itself (units glued to a number, `=`,
brackets, quotes, `#`, fixed words) stays literal. Fixed seed.

    python3 make_heldout_38.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, write_sets

seed(38383)


def b62(n):
    return "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def hhmm():
    return f"{R.randrange(6, 22):02d}:{R.randrange(0, 60):02d}"


def hms():
    return f"{R.randrange(6, 22):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def dur(max_min=40):
    """A duration like `47.3s`, `3m07.9s` or `1h02m11s`."""
    s = R.randrange(1, max_min * 60)
    if s < 60:
        return f"{s + R.randrange(0, 10) / 10:.1f}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}.{R.randrange(0, 10)}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m{s % 60:02d}s"


def size():
    return pick([f"{R.randrange(10, 999) / 10:.1f}MiB", f"{R.randrange(100, 9999)}KiB", f"{R.randrange(11, 49) / 10:.1f}GiB"])


def sfloat(lo, hi, nd=1):
    return f"{R.uniform(lo, hi):+.{nd}f}"


SETS = {}

# A drone delivery hub's flights: telemetry as a key=value run, missions armed on a pad with a quoted
# destination, deliveries by winch, landings with energy used, geofence warnings, weather holds, battery
# swaps, aborts with free text, the command-and-control link, airspace authorisations, motor temperatures,
# customer messages, firmware rollouts.
DRONES = ["DX-0412", "DX-0419", "hawk07", "hawk11", "Mk3.B-118", "Mk3.B-121", "dx-0433"]
HUBS = ["HUB-NORTH", "hub-north", "pad ops/2", "Ebersberg Depot", "HUB-S (Tower 2)"]


def flight():
    return pick([f"F26-{R.randrange(0, 10 ** 6):06d}", f"flt_{b62(6)}", str(R.randrange(8800000, 8899999))])


def drone_tlm():
    mode = pick(["AUTO", "AUTO", "AUTO", "AUTO", "LOITER", "RTL", "PRECISION LAND", "GUIDED"])
    return (f"TLM drone={pick(DRONES)} flt={flight()} lat={R.uniform(48.05, 48.25):.6f} lon={R.uniform(11.4, 11.95):.6f} "
            f"alt={R.randrange(30, 121)}m gs={R.uniform(0, 22):.1f}m/s batt={R.randrange(18, 100)}% mode={mode}")


DESTS = ["Lindenstraße 14, back garden", "St. Anna's Clinic (roof pad)", "Farm Huber", "Kiosk 3, Lake Beach",
         "Apt 12B – balcony drop", "Pharmacy am Markt", "Hofmann & Söhne, yard gate 2"]


SETS["drone_delivery_hub"] = [
    ("E1", 30, "TLM drone=<*> flt=<*> lat=<*> lon=<*> alt=<*>m gs=<*>m/s batt=<*>% mode=<*>", drone_tlm),
    ("E2", 12, "[<*>] mission <*> armed: pad=<*> parcel=<*> (<*>kg) dest=\"<*>\"",
     lambda: f"[{pick(HUBS)}] mission {flight()} armed: pad={pick(['P01', 'P02', 'P07', 'roof-3'])} "
             f"parcel={pick(['PCL' + str(R.randrange(10 ** 7, 10 ** 8)), 'pkg_' + b62(8), hexs(10).upper()])} "
             f"({R.randrange(10, 250) / 100:.2f}kg) dest=\"{pick(DESTS)}\""),
    ("E3", 10, "flight <*> delivered in <*> at <*>: winch drop <*>m, release <*>",
     lambda: f"flight {flight()} delivered in {dur(25)} at {hms()}: winch drop {R.randrange(80, 400) / 10:.1f}m, "
             f"release {pick(['confirmed', 'confirmed', 'confirmed', 'confirmed after retry', 'manual (operator override)'])}"),
    ("E4", 9, "<*> landed on pad <*> after <*> (energy used <*>Wh, <*>% left)",
     lambda: f"{pick(DRONES)} landed on pad {pick(['P01', 'P02', 'P07', 'roof-3'])} after {dur(45)} "
             f"(energy used {R.randrange(90, 900)}Wh, {R.randrange(12, 70)}% left)"),
    ("E5", 5, "GEOFENCE <*>: drone <*> within <*>m of zone '<*>' [<*>]",
     lambda: f"GEOFENCE {pick(['WARN', 'WARN', 'BREACH'])}: drone {pick(DRONES)} within {R.randrange(5, 200)}m of zone "
             f"'{pick(['Klinikum heliport', 'A94 corridor', 'Stadium (match day)', 'EDMO approach'])}' "
             f"[{pick(['NFZ', 'class D', 'TFR 26-0412', 'temporary'])}]"),
    ("E6", 4, "Weather hold on <*>: wind <*> kt gusting <*> kt, ceiling <*> ft, reason=\"<*>\"",
     lambda: f"Weather hold on {pick(HUBS)}: wind {R.randrange(12, 30)} kt gusting {R.randrange(25, 45)} kt, ceiling "
             f"{R.randrange(3, 30) * 100} ft, reason=\"{pick(['gusts', 'freezing rain expected', 'low ceiling over route B', 'thunderstorm cell 12 km west, moving east'])}\""),
    ("E7", 6, "battery swap <*> -> <*> on <*> by <*> (cycles=<*>, SoH=<*>%)",
     lambda: f"battery swap {pick(['BP-', 'bat_'])}{R.randrange(100, 30000)} -> BP-{R.randrange(20000, 30000)} on {pick(DRONES)} "
             f"by {pick(['tech04', 'M. Ortega', 'Jonas', 'Kai-Uwe B. (night)'])} (cycles={R.randrange(3, 400)}, SoH={R.randrange(70, 100)}%)"),
    ("E8", 3, "ABORT flight <*>: <*>",
     lambda: f"ABORT flight {flight()}: {pick(['bird strike suspected, returning', 'parcel sensor open', 'customer cancelled', 'GNSS integrity lost (HDOP 4.8) over waypoint 7, switched to RTL'])}"),
    ("E9", 4, "C2 link <*> for <*>: rssi=<*>dBm latency=<*>ms via <*>",
     lambda: f"C2 link {pick(['degraded', 'degraded', 'lost', 'restored'])} for {pick(DRONES)}: rssi=-{R.randrange(60, 115)}dBm "
             f"latency={R.randrange(40, 2500)}ms via {pick(['LTE', 'LTE', '900MHz mesh', 'satcom backup'])}"),
    ("E10", 3, "UTM authorization <*> for flight <*>: <*> (valid <*>-<*>)",
     lambda: f"UTM authorization {pick(['UA-', 'ua-'])}{hexs(6)} for flight {flight()}: {pick(['GRANTED', 'GRANTED', 'DENIED', 'PENDING REVIEW'])} "
             f"(valid {hhmm()}-{hhmm()})"),
    ("E11", 2, "ESC <*> motor <*> temp <*>C above limit <*>C",
     lambda: f"ESC {pick(DRONES)} motor {R.randrange(1, 7)} temp {R.randrange(86, 110)}C above limit {pick([85, 90])}C"),
    ("E12", 2, "Notified customer <*> via <*>: \"<*>\"",
     lambda: f"Notified customer {pick(['+49 171 ' + str(R.randrange(1000000, 9999999)), 'cust-' + b62(5), 'a.meier@example.de'])} via "
             f"{pick(['SMS', 'push', 'e-mail'])}: \"{pick(['Your parcel is 3 min away', 'Delivered. Thank you!', 'Delay: weather hold, new ETA 14:20, sorry for the wait'])}\""),
    ("E13", 1, "firmware <*> (<*>) staged on <*> drones, ring <*>",
     lambda: f"firmware {pick(['v4.12.1', 'v4.13.0-rc2'])} ({size()}) staged on {R.randrange(2, 30)} drones, ring {pick(['canary', 'A', 'B'])}"),
]

# A tidal power barrage's sluices and turbines: sluice positions as a key=value run, turbines after a
# bracketed hall, tide predictions, operating phase changes, the fish counter, alarms with free text,
# the navigation lock, hydraulic power units, trash racks, grid dispatch, gate inspections, seal leaks,
# storm surge warnings.
SLUICES = ["S07", "S08", "sluice-12", "SG.3/W", "S01", "sluice-04"]


def tidal_sluice():
    state = pick(["OPENING", "HOLD", "HOLD", "CLOSING", "FULL OPEN", "CLOSED"])
    return (f"SLUICE {pick(SLUICES)} pos={R.randrange(0, 1001) / 10:.1f}% target={pick([0, 25, 50, 75, 100])}% "
            f"head={sfloat(-4, 6, 2)}m flow={R.randrange(0, 2400)}m3/s state={state}")


SETS["tidal_barrage"] = [
    ("E1", 28, "SLUICE <*> pos=<*>% target=<*>% head=<*>m flow=<*>m3/s state=<*>", tidal_sluice),
    ("E2", 14, "[<*>] T<*> output <*>MW speed <*>rpm head <*>m mode=<*>",
     lambda: f"[{pick(['gen hall A', 'GH-B', 'hall A (west)'])}] T{R.randrange(1, 25):02d} output {R.randrange(0, 2600) / 100:.2f}MW "
             f"speed {pick([0, 93.75, 93.75, 93.8, 46.9])}rpm head {R.randrange(0, 700) / 100:.2f}m "
             f"mode={pick(['ebb generation', 'ebb generation', 'flood pumping', 'sluicing', 'idle'])}"),
    ("E3", 6, "Tide prediction <*>: HW <*> <*>m, LW <*> <*>m (source <*>)",
     lambda: f"Tide prediction 2026-12-{R.randrange(1, 31):02d}: HW {hhmm()} {R.randrange(500, 1300) / 100:.2f}m, "
             f"LW {hhmm()} {R.randrange(20, 300) / 100:.2f}m (source {pick(['SHOM', 'harmonic model v3', 'port authority feed'])})"),
    ("E4", 6, "Operating phase <*> -> <*> at basin level <*>m (sea <*>m)",
     lambda: (lambda a: f"Operating phase {a[0]} -> {a[1]} at basin level {sfloat(-2, 7, 2)}m (sea {sfloat(-5, 7, 2)}m)")(
         pick([("FILLING", "HOLDING"), ("HOLDING", "EBB GENERATION"), ("EBB GENERATION", "SLUICING"), ("SLUICING", "FILLING")]))),
    ("E5", 5, "fish counter <*>: <*> passages upstream, <*> downstream in <*> (species: <*>)",
     lambda: f"fish counter {pick(['FC-1', 'fc2 (east pass)'])}: {R.randrange(0, 60)} passages upstream, {R.randrange(0, 40)} downstream "
             f"in {pick(['1h', '15m', '6h'])} (species: {pick(['salmon x3, eel x12', 'mullet x40', 'bass x2', 'sea trout x1, salmon x1, eel x4'])})"),
    ("E6", 4, "ALARM <*> [<*>] <*>",
     lambda: f"ALARM A-{R.randrange(1000, 3000)} [{pick(['sluice S07', 'HPU 2', 'navigation lock', 'T14 bearing'])}] "
             f"{pick(['limit switch discrepancy', 'oil level low', 'vibration 7.2 mm/s exceeds alarm threshold, reduce load', 'gate drifted 40 mm in hold'])}"),
    ("E7", 5, "Navigation lock <*> cycle: vessel \"<*>\" (<*>) <*> in <*>",
     lambda: f"Navigation lock {pick(['N1', 'N2'])} cycle: vessel \"{pick(['Marie-Jeanne', 'Le Goéland II', 'Sea Breeze', 'ST-MALO 44'])}\" "
             f"({pick(['fishing', 'yacht', 'sand dredger', 'ferry'])}) {pick(['seaward', 'landward'])} in {dur(30)}"),
    ("E8", 3, "HPU <*> pressure <*> bar, oil <*>C, filter dp <*> bar: <*>",
     lambda: f"HPU {R.randrange(1, 5)} pressure {R.randrange(140, 220)} bar, oil {R.randrange(25, 62)}C, filter dp "
             f"{R.randrange(2, 40) / 10:.1f} bar: {pick(['ok', 'ok', 'replace filter soon'])}"),
    ("E9", 3, "trash rack <*> differential <*>cm, raking cycle <*> started by <*>",
     lambda: f"trash rack {pick(['R3', 'R11', 'R-07'])} differential {R.randrange(5, 60)}cm, raking cycle {R.randrange(100, 9999)} "
             f"started by {pick(['timer', 'dp threshold', 'operator L. Gourvès'])}"),
    ("E10", 2, "Grid dispatch: setpoint <*>MW from <*> (ref <*>), ramp <*>MW/min",
     lambda: f"Grid dispatch: setpoint {R.randrange(0, 240)}MW from {pick(['RTE', 'regional DSO'])} (ref {hexs(8).upper()}), ramp {pick([5, 10, 20])}MW/min"),
    ("E11", 2, "Inspection of gate <*> by <*>: <*>",
     lambda: f"Inspection of gate {pick(SLUICES)} by {pick(['diver team 2', 'Y. Le Bihan'])}: {pick(['no findings', 'barnacle growth on seal, cleaning scheduled', 'ok'])}"),
    ("E12", 3, "seal leakage on <*>: <*> l/min (limit <*> l/min)",
     lambda: f"seal leakage on {pick(SLUICES)}: {R.randrange(2, 90)} l/min (limit {pick([50, 80])} l/min)"),
    ("E13", 1, "Storm surge warning level <*> issued by <*>: expected surge <*>m at <*>",
     lambda: f"Storm surge warning level {pick(['orange', 'yellow'])} issued by {pick(['Météo-France', 'coastal office'])}: expected surge "
             f"{R.randrange(30, 120) / 100:.2f}m at {hhmm()}"),
]

# A paragliding school's winch launches: tows as a key=value run, the launch queue after a bracketed
# field, wind readings, launches, weak link breaks, radio calls with a quoted instruction, line rewinds,
# logbook entries, incidents with free text, the winch engine, sessions opened and closed, line changes.
PILOTS = ["P-0172", "P-0208", "Lena K.", "student 14", "Tobias", "Marta Z.-Ruiz", "P-0031"]
WINGS = ["Ozone Buzz Z7 MS", "Advance Alpha 7", "Skywalk Tequila6 S", "Nova Ion 7 (L)", "school wing 3"]


def tow_id():
    return pick([f"T{R.randrange(0, 10 ** 5):05d}", f"tow_{b62(5)}", str(R.randrange(2100, 2999))])


def para_tow():
    return (f"TOW id={tow_id()} pilot={pick(PILOTS)} wing={pick(WINGS)} line={R.randrange(400, 1200)}m "
            f"tension={R.randrange(40, 95)}daN peak={R.randrange(70, 130)}daN release={pick(['normal', 'normal', 'normal', 'early', 'weak link'])}")


SETS["paragliding_winch"] = [
    ("E1", 26, "TOW id=<*> pilot=<*> wing=<*> line=<*>m tension=<*>daN peak=<*>daN release=<*>", para_tow),
    ("E2", 12, "[<*>] queued <*> for launch <*>/<*> (instructor <*>)",
     lambda: f"[{pick(['field north', 'Wasserkuppe-W', 'field north (grass)'])}] queued {pick(PILOTS)} for launch "
             f"{R.randrange(1, 30):02d}/{pick([24, 30, 30])} (instructor {pick(['Hanne', 'R. Vogt', 'Dieter M.'])})"),
    ("E3", 10, "wind <*>: <*>deg <*>-<*> km/h, thermal index <*>",
     lambda: f"wind {pick(['mast A', 'mast A', 'winch station'])}: {R.randrange(0, 360):03d}deg {R.randrange(2, 15)}-{R.randrange(15, 35)} km/h, "
             f"thermal index {sfloat(-3, 4)}"),
    ("E4", 7, "launch <*> ok: altitude at release <*> m AGL after <*>",
     lambda: f"launch {tow_id()} ok: altitude at release {R.randrange(180, 450)} m AGL after {dur(2)}"),
    ("E5", 3, "WEAK LINK broke on tow <*> at <*>daN (rated <*>daN), pilot <*> <*>",
     lambda: f"WEAK LINK broke on tow {tow_id()} at {R.randrange(80, 130)}daN (rated {pick([90, 110, 130])}daN), pilot {pick(PILOTS)} "
             f"{pick(['landed ahead', 'continued soaring', 'landed in field 2 after 360 turn'])}"),
    ("E6", 5, "radio ch <*>: <*> -> <*>: \"<*>\"",
     lambda: f"radio ch {pick(['1', '4', '4b'])}: {pick(['winch', 'launch', 'Hanne'])} -> {pick(PILOTS)}: "
             f"\"{pick(['release now', 'brakes symmetric, keep heading', 'check your speed bar, you are pitching', 'abort abort'])}\""),
    ("E7", 3, "line rewind <*>m in <*> on drum <*>, splices=<*>",
     lambda: f"line rewind {R.randrange(400, 1200)}m in {dur(3)} on drum {pick(['A', 'B'])}, splices={R.randrange(0, 5)}"),
    ("E8", 4, "logbook: <*> flight #<*>, <*>, duration <*>, grade <*>",
     lambda: f"logbook: {pick(PILOTS)} flight #{R.randrange(1, 120)}, {pick(['tow only', 'figure eight', '360 left, 360 right', 'spot landing'])}, "
             f"duration {dur(20)}, grade {pick(['A', 'B', 'B+', 'C', 'repeat'])}"),
    ("E9", 2, "INCIDENT <*> at <*>: <*>",
     lambda: f"INCIDENT {pick(['IR-2026-', 'ir-'])}{R.randrange(10, 99)} at {hhmm()}: {pick(['lockout on climb, released by winch', 'hard landing, sprained ankle, first aid given', 'line crossing over road'])}"),
    ("E10", 2, "winch engine <*> rpm, coolant <*>C, fuel <*>%",
     lambda: f"winch engine {R.randrange(900, 3200)} rpm, coolant {R.randrange(60, 104)}C, fuel {R.randrange(5, 100)}%"),
    ("E11", 2, "session <*> opened by <*> at <*> with <*> students",
     lambda: f"session S{R.randrange(100, 999)} opened by {pick(['Hanne', 'R. Vogt', 'Dieter M.'])} at {hhmm()} with {R.randrange(3, 14)} students"),
    ("E12", 2, "session <*> closed: <*> tows, <*> aborts, airtime total <*>",
     lambda: f"session S{R.randrange(100, 999)} closed: {R.randrange(10, 60)} tows, {R.randrange(0, 5)} aborts, airtime total {dur(300)}"),
    ("E13", 1, "line <*> replaced after <*> tows (<*>)",
     lambda: f"line {pick(['A', 'B'])} replaced after {R.randrange(300, 1500)} tows ({pick(['wear', 'kink near parachute', 'scheduled'])})"),
]

# A cocoa warehouse's fumigation: gas readings as a key=value run, fumigations started with a lot and an
# origin in parentheses, aeration steps, bag intake, clearances, tarp leaks, door access, insect traps,
# cylinder weighings, dosing records, phytosanitary certificates, stack moves, the CO2 scrubber.
ZONES = ["C1", "C2", "hall 3/bay B", "Z-04", "silo annex"]
ORIGINS = ["Ghana", "Côte d'Ivoire", "Ecuador (Arriba)", "Cameroon", "São Tomé"]


def lot():
    return pick([f"GH-2026-{R.randrange(0, 9999):04d}", f"lot_{b62(6)}", f"{R.randrange(100000, 999999)}/{pick(['A', 'B', 'C'])}"])


def cocoa_gas():
    return (f"GAS zone={pick(ZONES)} sensor={pick(['ph3-01', 'ph3-02', 'PH3_07', 'mobile 2'])} PH3={R.randrange(0, 1800)}ppm "
            f"CO2={R.randrange(3, 60) / 10:.1f}% temp={R.randrange(150, 320) / 10:.1f}C rh={R.randrange(50, 85)}% "
            f"status={pick(['OK', 'OK', 'OK', 'UNDER TARGET', 'HIGH'])}")


SETS["cocoa_fumigation"] = [
    ("E1", 26, "GAS zone=<*> sensor=<*> PH3=<*>ppm CO2=<*>% temp=<*>C rh=<*>% status=<*>", cocoa_gas),
    ("E2", 9, "Fumigation <*> started in <*>: <*> bags lot <*> (<*>), dose <*>g/m3, fumigant <*>",
     lambda: f"Fumigation FUM-{R.randrange(1000, 9999)} started in {pick(ZONES)}: {R.randrange(200, 4000)} bags lot {lot()} "
             f"({pick(ORIGINS)}), dose {R.randrange(10, 30) / 10:.1f}g/m3, fumigant {pick(['PH3 tablets', 'PH3 cylinder (ECO2FUME)', 'sulfuryl fluoride'])}"),
    ("E3", 8, "Aeration <*> step <*>/<*>: fans <*> at <*>%, PH3 <*>ppm",
     lambda: f"Aeration FUM-{R.randrange(1000, 9999)} step {R.randrange(1, 6)}/{pick([5, 6])}: fans {pick(['F1', 'F1+F2', 'F1,F2,F3'])} at "
             f"{pick([30, 50, 80, 100])}%, PH3 {R.randrange(0, 300)}ppm"),
    ("E4", 6, "Intake <*>: truck <*> container <*> <*> bags (<*>kg net), moisture <*>%, quality <*>",
     lambda: f"Intake {lot()}: truck {pick(['HH-KT 2231', 'B-CX 901', 'NL 34-XT-7'])} container {pick(['MSCU', 'MAEU', 'CMAU'])}"
             f"{R.randrange(1000000, 9999999)} {R.randrange(200, 400)} bags ({R.randrange(12000, 25000)}kg net), moisture "
             f"{R.randrange(60, 85) / 10:.1f}%, quality {pick(['Grade I', 'Grade II', 'good fermented', 'sub-standard (mould 4%)'])}"),
    ("E5", 5, "Clearance <*> for <*>: PH3 <*>ppm below TLV, signed by <*>",
     lambda: f"Clearance CL-{R.randrange(100, 999)} for {pick(ZONES)}: PH3 0.0{R.randrange(0, 5)}ppm below TLV, signed by "
             f"{pick(['J. Mensah', 'fumigator #2', 'Dr. H. van Dijk'])}"),
    ("E6", 4, "LEAK suspected at <*> [<*>]: <*>ppm outside tarp",
     lambda: f"LEAK suspected at {pick(ZONES)} [{pick(['north seam', 'floor snake', 'sensor ph3-02'])}]: {R.randrange(1, 40) / 10:.1f}ppm outside tarp"),
    ("E7", 5, "access <*> 0x<*> by <*> (<*>) at door <*>: <*>",
     lambda: f"access {pick(['badge', 'badge', 'card'])} 0x{hexs(6).upper()} by {pick(['K. Owusu', 'visitor', 'forklift driver 3', 'M. de Vries'])} "
             f"({pick(['staff', 'contractor', 'staff'])}) at door {pick(['D1', 'D4', 'dock 2'])}: "
             f"{pick(['granted', 'granted', 'denied - fumigation active', 'granted with SCBA'])}"),
    ("E8", 3, "trap <*> week <*>: <*>",
     lambda: f"trap {pick(['TR-01', 'TR-14', 'pheromone 3'])} week {R.randrange(1, 53)}: {pick(['none', 'Ephestia x4, Tribolium x1', 'Lasioderma x2'])}"),
    ("E9", 2, "Cylinder <*> weighed <*>kg (tare <*>kg), <*>kg used",
     lambda: f"Cylinder {pick(['CY-8841', 'cyl 12'])} weighed {R.randrange(400, 900) / 10:.1f}kg (tare {R.randrange(300, 400) / 10:.1f}kg), "
             f"{R.randrange(5, 300) / 10:.1f}kg used"),
    ("E10", 3, "Dosing record <*>: <*> tablets of <*> into <*> points, applicator <*>",
     lambda: f"Dosing record DR{R.randrange(10000, 99999)}: {R.randrange(100, 3000)} tablets of {pick(['3g', '0.6g pellets'])} into "
             f"{R.randrange(4, 30)} points, applicator {pick(['J. Mensah', 'fumigator #2'])}"),
    ("E11", 2, "Phytosanitary certificate <*> issued for lot <*> to <*>",
     lambda: f"Phytosanitary certificate {pick(['PC-NL-', 'pc/'])}{R.randrange(10 ** 5, 10 ** 6)} issued for lot {lot()} to "
             f"{pick(['Barry Callebaut Wieze', 'Confiserie Müller GmbH', 'buyer 7'])}"),
    ("E12", 2, "stack <*> moved from <*> to <*> by forklift <*> (<*>)",
     lambda: f"stack {pick(['ST-3', 'st12', 'A/07'])} moved from {pick(ZONES)} to {pick(ZONES)} by forklift {pick(['FL2', 'FL5'])} ({R.randrange(20, 120)} pallets)"),
    ("E13", 1, "ALERT co2 scrubber <*> offline: <*>",
     lambda: f"ALERT co2 scrubber {pick(['SC1', 'SC2'])} offline: {pick(['power loss', 'filter saturated, change cartridge'])}"),
]

# A theme restaurant's kitchen display system: tickets after a bracketed station, bumps with a timing
# of on-time or late, modifications with quoted free text, allergens, recalls, items 86'd, show cues
# for the animatronics, the expo printer, POS syncs, hourly speed of service, birthday songs, walk-in
# temperatures, screen reboots.
STATIONS = ["GRILL", "GRILL", "cold line", "Pirate Bar", "FRY", "expo", "Dessert (Cave)"]
ITEMS = ["Kraken Burger", "Fish & Chips", "Captain's Platter (2p)", "kids nuggets", "Caesar", "Lava Cake", "Treasure Sundae"]


def ticket():
    return str(R.randrange(1000, 9999))


def kds_ticket():
    return (f"[{pick(STATIONS)}] ticket #{ticket()} table={pick(['T' + str(R.randrange(1, 60)), 'Deck ' + str(R.randrange(1, 9)), 'TO-GO'])} "
            f"items={R.randrange(1, 12)} course={pick(['starter', 'main', 'main', 'dessert', 'kids'])} fired={hms()}")


SETS["kitchen_display"] = [
    ("E1", 25, "[<*>] ticket #<*> table=<*> items=<*> course=<*> fired=<*>", kds_ticket),
    ("E2", 15, "BUMP ticket #<*> at <*> after <*> (<*>)",
     lambda: f"BUMP ticket #{ticket()} at {pick(STATIONS)} after {dur(30)} ({pick(['on time', 'on time', 'late +' + str(R.randrange(1, 9)) + 'm', 'rushed'])})"),
    ("E3", 10, "mod on #<*> <*>: \"<*>\"",
     lambda: f"mod on #{ticket()} {pick(ITEMS)}: \"{pick(['no onion', 'medium rare', 'sauce on side, extra lime', 'swap fries for salad, no dressing please', 'gf bun'])}\""),
    ("E4", 6, "ALLERGEN <*> flagged for table <*> seat <*>: <*>",
     lambda: f"ALLERGEN {pick(['NUT', 'GLUTEN', 'SHELLFISH'])} flagged for table T{R.randrange(1, 60)} seat {R.randrange(1, 8)}: "
             f"{pick(['peanut, tree nuts', 'celiac', 'shrimp, crab, lobster (severe)', 'sesame'])}"),
    ("E5", 5, "recall ticket #<*> by <*> on <*>",
     lambda: f"recall ticket #{ticket()} by {pick(['chef Ana', 'expo', 'J.P. (sous)'])} on {pick(STATIONS)}"),
    ("E6", 4, "86 <*> (remaining <*>) by <*>",
     lambda: f"86 {pick(ITEMS)} (remaining {R.randrange(0, 4)}) by {pick(['chef Ana', 'manager', 'expo'])}"),
    ("E7", 3, "Show cue <*> '<*>' triggered for section <*>, <*> tables",
     lambda: f"Show cue Q{R.randrange(1, 40):02d} '{pick(['Storm at Sea', 'Kraken rises', 'Happy Birthday, Matey!'])}' triggered for section "
             f"{pick(['Galleon', 'Lagoon', 'A'])}, {R.randrange(3, 25)} tables"),
    ("E8", 3, "expo printer <*> status: <*>",
     lambda: f"expo printer {pick(['PRN-1', 'prn2'])} status: {pick(['paper low', 'offline', 'ok', 'head too hot, pausing'])}"),
    ("E9", 3, "POS sync <*> orders in <*> from <*>",
     lambda: f"POS sync {R.randrange(1, 40)} orders in {R.randrange(40, 3000)}ms from {pick(['pos-01', 'pos-02', 'online ordering'])}"),
    ("E10", 2, "SOS hourly: avg <*> bump time, <*> tickets, <*> late (>= <*>)",
     lambda: f"SOS hourly: avg {dur(20)} bump time, {R.randrange(20, 140)} tickets, {R.randrange(0, 15)} late (>= {pick(['12m', '15m'])})"),
    ("E11", 2, "Birthday song requested for table <*>: guest \"<*>\" age <*>",
     lambda: f"Birthday song requested for table T{R.randrange(1, 60)}: guest \"{pick(['Mia', 'Jonas L.', 'Grandma Ruth', 'Leon'])}\" age {R.randrange(3, 90)}"),
    ("E12", 2, "walk-in <*> temperature <*>C (limit <*>C) for <*>",
     lambda: f"walk-in {pick(['WI-1', 'freezer'])} temperature {sfloat(-20, 9)}C (limit {pick(['5.0', '-18.0'])}C) for {dur(40)}"),
    ("E13", 1, "screen <*> rebooted: <*>",
     lambda: f"screen {pick(['KDS-GRILL', 'kds-expo'])} rebooted: {pick(['watchdog', 'update 3.2.1 applied'])}"),
]

# A municipal swimming lake's lifeguard radios: receptions as a key=value run, messages with a
# bracketed priority and a quoted transcript, post status, water quality, rescues, radio batteries,
# headcounts, emergency buttons, lost children, shifts, lightning, repeaters, first aid kits.
UNITS = ["LG-01", "LG-02", "LG-07", "tower1", "Boat Rescue 2", "lg-11"]
POSTS = ["Tower 1", "Tower 2", "jetty", "Nordstrand", "kids' area"]


def lake_rx():
    return (f"RX ch={pick(['1', '2', '2', '9'])} unit={pick(UNITS)} rssi=-{R.randrange(50, 110)}dBm dur={R.randrange(5, 300) / 10:.1f}s "
            f"talkgroup={pick(['LAKE-OPS', 'LAKE-OPS', 'EMS', 'all call'])}")


SETS["lifeguard_radio"] = [
    ("E1", 24, "RX ch=<*> unit=<*> rssi=<*>dBm dur=<*>s talkgroup=<*>", lake_rx),
    ("E2", 12, "msg from <*> to <*> [<*>]: \"<*>\"",
     lambda: f"msg from {pick(UNITS)} to {pick(UNITS + ['base'])} [{pick(['routine', 'routine', 'urgent', 'P1'])}]: "
             f"\"{pick(['all clear', 'swimmer past the buoys, sending board', 'need ice pack at Tower 2', 'dog on beach again, please inform staff at the kiosk', 'copy'])}\""),
    ("E3", 8, "post <*> status <*> crew <*> (<*>)",
     lambda: f"post {pick(POSTS)} status {pick(['manned', 'manned', 'break', 'closed'])} crew {R.randrange(0, 4)} "
             f"({pick(['Lea, Tom', 'S. Yilmaz', 'trainee + Max', 'none'])})"),
    ("E4", 6, "Water at <*>: temp <*>C, visibility <*>m, e.coli <*> cfu/100ml, flag <*>",
     lambda: f"Water at {pick(POSTS)}: temp {R.randrange(150, 270) / 10:.1f}C, visibility {R.randrange(5, 40) / 10:.1f}m, "
             f"e.coli {R.randrange(5, 600)} cfu/100ml, flag {pick(['green', 'green', 'yellow', 'red'])}"),
    ("E5", 4, "RESCUE <*> at zone <*>: <*> casualties, board <*>, outcome \"<*>\"",
     lambda: f"RESCUE {pick(['R-26-', 'r'])}{R.randrange(10, 300):03d} at zone {pick(['A', 'B', 'deep water', 'C (reeds)'])}: "
             f"{R.randrange(1, 3)} casualties, board {pick(['SUP-1', 'tube 4', 'boat'])}, outcome \"{pick(['ok', 'handed to EMS', 'cramp, walked off beach'])}\""),
    ("E6", 4, "unit <*> battery <*>% (<*>V), swap at <*>",
     lambda: f"unit {pick(UNITS)} battery {R.randrange(3, 25)}% ({R.randrange(68, 76) / 10:.1f}V), swap at {pick(POSTS)}"),
    ("E7", 5, "headcount zone <*>: <*> swimmers, <*> on beach",
     lambda: f"headcount zone {pick(['A', 'B', 'C', 'kids'])}: {R.randrange(0, 400)} swimmers, {R.randrange(0, 2000)} on beach"),
    ("E8", 2, "EMERGENCY button on <*> at <*>,<*> (GPS fix <*>)",
     lambda: f"EMERGENCY button on {pick(UNITS)} at {R.uniform(47.8, 47.9):.5f},{R.uniform(12.1, 12.2):.5f} (GPS fix {pick(['3D', '2D', 'none'])})"),
    ("E9", 3, "Lost child report <*>: \"<*>\" age <*>, last seen <*>, status <*>",
     lambda: f"Lost child report LC{R.randrange(1, 99):02d}: \"{pick(['Emil', 'Sophie M.', 'boy in red shorts'])}\" age {R.randrange(3, 11)}, "
             f"last seen {pick(['ice kiosk', 'jetty', 'playground near parking P2'])}, status {pick(['open', 'found', 'found by parents'])}"),
    ("E10", 2, "shift <*> signed in: <*>",
     lambda: f"shift {pick(['early', 'late', 'weekend A'])} signed in: {pick(['Lea, Tom, Max', 'S. Yilmaz', 'Jana, trainee 2, Boris, Lea'])}"),
    ("E11", 2, "Lightning <*>km <*>: beach <*> for <*>",
     lambda: f"Lightning {R.randrange(3, 30)}km {pick(['W', 'SW', 'NNE'])}: beach {pick(['cleared', 'warning'])} for {pick(['30 min', '15 min'])}"),
    ("E12", 2, "repeater <*> uptime <*>, temp <*>C, VSWR <*>",
     lambda: f"repeater {pick(['RPT-HILL', 'rpt2'])} uptime {R.randrange(1, 90)}d{R.randrange(0, 24):02d}h, temp {R.randrange(15, 55)}C, VSWR {R.randrange(10, 30) / 10:.1f}"),
    ("E13", 1, "First aid kit <*> restocked: <*>",
     lambda: f"First aid kit {pick(['FA-1', 'boat kit'])} restocked: {pick(['plasters x20, cold packs x4', 'gloves'])}"),
]

SIZES = {"drone_delivery_hub": 340, "tidal_barrage": 320, "paragliding_winch": 330, "cocoa_fumigation": 310,
         "kitchen_display": 350, "lifeguard_radio": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
