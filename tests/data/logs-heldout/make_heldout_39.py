#!/usr/bin/env python3
"""Writes the thirty-ninth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans, text the statement prints itself (units glued to a number, `=`,
brackets, quotes, `#`, fixed words) stays literal. Fixed seed.

    python3 make_heldout_39.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, write_sets

seed(39393)


def b62(n):
    return "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def hhmm():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}"


def hms():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def day():
    return f"2026-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}"


def dur(max_min=40):
    """A duration like `47.3s`, `3m07.9s` or `1h02m11s`."""
    s = R.randrange(1, max_min * 60)
    if s < 60:
        return f"{s + R.randrange(0, 10) / 10:.1f}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}.{R.randrange(0, 10)}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m{s % 60:02d}s"


def sfloat(lo, hi, nd=1):
    return f"{R.uniform(lo, hi):+.{nd}f}"


SETS = {}

# A city district heating network: substation readings as a key=value run, pipe leak detection with a
# bracketed section, boiler and heat pump dispatch, pressure holds, customer heat meter reads, valve
# exercises, make-up water, pump trips with free text, outdoor temperature curves, work orders, flushing,
# tariff switches, return temperature penalties.
SUBST = ["SST-0412", "sst_118", "Haus Lindenhof 7", "HAST 2/31", "SST-1093", "school Am Ring (west)"]


def dh_substation():
    return (f"SUB id={pick(SUBST)} Tsup={R.randrange(650, 1150) / 10:.1f}C Tret={R.randrange(300, 650) / 10:.1f}C "
            f"dp={R.randrange(5, 25) / 10:.1f}bar flow={R.randrange(2, 900) / 10:.1f}m3/h P={R.randrange(5, 4000) / 10:.1f}kW "
            f"valve={R.randrange(0, 101)}% mode={pick(['heating', 'heating', 'heating', 'DHW priority', 'summer', 'frost guard'])}")


SETS["district_heating"] = [
    ("E1", 28, "SUB id=<*> Tsup=<*>C Tret=<*>C dp=<*>bar flow=<*>m3/h P=<*>kW valve=<*>% mode=<*>", dh_substation),
    ("E2", 10, "[<*>] plant <*> setpoint <*>MW -> <*>MW (merit order pos <*>, cost <*> EUR/MWh)",
     lambda: f"[{pick(['HW Nord', 'Heizwerk Süd', 'CHP-2', 'heat pump hall (river)'])}] plant {pick(['B1', 'B2', 'HP-03', 'CHP-2/GT', 'e-boiler'])} "
             f"setpoint {R.randrange(0, 400) / 10:.1f}MW -> {R.randrange(0, 400) / 10:.1f}MW (merit order pos {R.randrange(1, 9)}, cost "
             f"{R.randrange(1500, 12000) / 100:.2f} EUR/MWh)"),
    ("E3", 8, "Leak detection <*> [<*>]: wire resistance <*>kOhm, located at <*>m from <*> (confidence <*>)",
     lambda: f"Leak detection {pick(['LD-17', 'ld-4', 'LD-203'])} [{pick(['DN300 Bahnhofstr.', 'section 4a', 'DN150 Park (under tram)', 'riser K-12'])}]: "
             f"wire resistance {R.randrange(1, 900) / 10:.1f}kOhm, located at {R.randrange(3, 1800)}m from "
             f"{pick(['chamber S14', 'SST-0412', 'valve pit 9/B', 'Heizwerk Süd'])} (confidence {pick(['high', 'medium', 'low'])})"),
    ("E4", 7, "Heat meter <*> customer <*> read: <*> MWh, volume <*> m3, status <*>",
     lambda: f"Heat meter {pick(['HM' + str(R.randrange(10 ** 6, 10 ** 7)), 'wm-' + hexs(6), str(R.randrange(40000000, 49999999))])} customer "
             f"{pick(['K-2026-' + str(R.randrange(1000, 9999)), 'cust_' + b62(6), str(R.randrange(100000, 999999))])} read: "
             f"{R.randrange(100, 900000) / 1000:.3f} MWh, volume {R.randrange(10, 99999) / 10:.1f} m3, status "
             f"{pick(['ok', 'ok', 'ok', 'no comms', 'tamper flag', 'battery low'])}"),
    ("E5", 6, "Pressure hold zone <*>: <*>bar for <*>, drop <*>bar, <*>",
     lambda: f"Pressure hold zone {pick(['Z1', 'Z3', 'Altstadt', 'Nord-Ost'])}: {R.randrange(60, 160) / 10:.1f}bar for {dur(90)}, "
             f"drop {R.randrange(0, 80) / 100:.2f}bar, {pick(['passed', 'passed', 'FAILED', 'aborted by operator'])}"),
    ("E6", 5, "valve <*> exercise <*>: travel <*>%, torque <*>Nm, <*>",
     lambda: f"valve {pick(['V-114', 'v22', 'BV Hauptstr. 3', 'SV-9/N'])} exercise {pick(['open', 'close', 'full stroke'])}: "
             f"travel {R.randrange(0, 101)}%, torque {R.randrange(40, 900)}Nm, {pick(['ok', 'ok', 'stuck at 35%', 'motor overload'])}"),
    ("E7", 4, "make-up water <*> l in <*>, conductivity <*> uS/cm, O2 <*> mg/l",
     lambda: f"make-up water {R.randrange(100, 40000)} l in {pick(['1h', '24h', '15m'])}, conductivity {R.randrange(5, 400)} uS/cm, "
             f"O2 {R.randrange(1, 200) / 1000:.3f} mg/l"),
    ("E8", 4, "TRIP pump <*> at <*>: <*>",
     lambda: f"TRIP pump {pick(['P-NW1', 'P-NW2', 'booster 7', 'HP-03 circ'])} at {pick(['Heizwerk Süd', 'booster station Ost', 'HW Nord'])}: "
             f"{pick(['VFD fault F0021', 'dry run', 'bearing temp 92C, shut down to protect pump', 'emergency stop pressed at local panel'])}"),
    ("E9", 3, "Outdoor temp <*>C (24h mean <*>C), supply curve point <*> -> Tsup target <*>C",
     lambda: f"Outdoor temp {sfloat(-18, 30)}C (24h mean {sfloat(-15, 25)}C), supply curve point {pick(['A', 'B', 'C', 'D'])} "
             f"-> Tsup target {R.randrange(70, 120)}C"),
    ("E10", 3, "Work order <*> for <*> assigned to <*>: \"<*>\"",
     lambda: f"Work order WO-{R.randrange(10000, 99999)} for {pick(SUBST)} assigned to {pick(['team Nord', 'M. Kovač', 'Fa. Müller & Sohn', 'on-call 2'])}: "
             f"\"{pick(['replace strainer', 'no heat in flat 3.2', 'DHW too cold, customer complains since Monday', 'check actuator'])}\""),
    ("E11", 2, "Flushing section <*>: <*> m3 at <*> m/s until turbidity <*> NTU",
     lambda: f"Flushing section {pick(['4a', 'DN300 Bahnhofstr.', '12'])}: {R.randrange(5, 300)} m3 at {R.randrange(5, 30) / 10:.1f} m/s "
             f"until turbidity {R.randrange(1, 60) / 10:.1f} NTU"),
    ("E12", 2, "Tariff <*> active from <*> for <*> customers",
     lambda: f"Tariff {pick(['WINTER-26', 'summer', 'Fernwärme Plus (Öko)'])} active from {day()} for {R.randrange(40, 9000)} customers"),
    ("E13", 2, "Return temp penalty for <*>: Tret <*>C above <*>C for <*> days, surcharge <*> EUR",
     lambda: f"Return temp penalty for {pick(SUBST)}: Tret {R.randrange(45, 70)}C above {pick([45, 50])}C for {R.randrange(1, 31)} days, "
             f"surcharge {R.randrange(100, 99999) / 100:.2f} EUR"),
]

# A cryo electron microscopy facility: exposures as a key=value run, grids loaded through the
# autoloader, atlas screening, sessions booked with a quoted project, autofocus, ice thickness, the
# vacuum, liquid nitrogen fills, data transfer, the direct electron detector gain, stage drift,
# on-the-fly processing, the cassette being unloaded, errors with free text.
SCOPES = ["Krios-1", "krios2", "Glacios G2", "Talos Arctica (old)"]
GRIDS = ["G-2604-0017", "grid_7Kq2xP", "14", "C2-S3", "QF R1.2/1.3 #88"]


def em_exposure():
    return (f"EXP scope={pick(SCOPES)} grid={pick(GRIDS)} sq={R.randrange(1, 400)} hole={R.randrange(1, 2000)} "
            f"defocus={sfloat(-2.8, -0.6, 2)}um dose={R.randrange(400, 700) / 10:.1f}e/A2 frames={pick([40, 50, 60])} "
            f"tilt={sfloat(-3, 3)}deg result={pick(['ok', 'ok', 'ok', 'ok', 'ice too thick', 'drift', 'skipped'])}")


EM_RAW = ["/data/krios1/2026_12_08", "D:\\OffloadData\\S26-412", "epu_raw/session7"]


SETS["cryo_em"] = [
    ("E1", 28, "EXP scope=<*> grid=<*> sq=<*> hole=<*> defocus=<*>um dose=<*>e/A2 frames=<*> tilt=<*>deg result=<*>", em_exposure),
    ("E2", 9, "[<*>] autoloader: grid <*> slot <*> -> stage (<*>)",
     lambda: f"[{pick(SCOPES)}] autoloader: grid {pick(GRIDS)} slot {R.randrange(1, 13)} -> stage ({dur(8)})"),
    ("E3", 8, "Atlas <*> done: <*> squares, <*> good, <*> cracked, ice estimate <*>nm",
     lambda: f"Atlas {pick(['AT-' + str(R.randrange(1000, 9999)), 'atlas_' + b62(5)])} done: {R.randrange(100, 800)} squares, "
             f"{R.randrange(5, 120)} good, {R.randrange(0, 60)} cracked, ice estimate {R.randrange(15, 120)}nm"),
    ("E4", 6, "Session <*> booked by <*> (<*>) on <*> from <*> for <*>h: \"<*>\"",
     lambda: f"Session {pick(['S26-' + str(R.randrange(100, 999)), 'sess_' + b62(6)])} booked by {pick(['Dr. A. Ndiaye', 'j.oconnor', 'Lü Wei', 'Prof. Sánchez-Ortega'])} "
             f"({pick(['Struct Bio Lab', 'Biochem/Lehmann', 'external (Roche)', 'facility'])}) on {pick(SCOPES)} from {day()} {hhmm()} for "
             f"{pick([12, 24, 48, 72])}h: \"{pick(['GPCR-Gs complex', 'apoferritin test', 'spike RBD + Fab 3, high res', 'membrane transporter in nanodiscs (MSP1D1)'])}\""),
    ("E5", 6, "autofocus on <*>: measured <*>um, target <*>um, iterations <*>",
     lambda: f"autofocus on {pick(['carbon', 'carbon', 'hole edge'])}: measured {sfloat(-3, 0, 3)}um, target {sfloat(-2.5, -0.8, 2)}um, "
             f"iterations {R.randrange(1, 6)}"),
    ("E6", 5, "Column vacuum <*>: <*> Pa (<*>), gun <*> Pa",
     lambda: f"Column vacuum {pick(['IGP1', 'IGP2', 'PVP'])}: {R.randrange(10, 99) / 10:.1f}e-{R.randrange(5, 8)} Pa "
             f"({pick(['ok', 'ok', 'rising', 'HIGH'])}), gun {R.randrange(10, 99) / 10:.1f}e-{R.randrange(8, 10)} Pa"),
    ("E7", 4, "LN2 autofill <*>: dewar <*>% -> <*>% in <*>, supply tank <*>%",
     lambda: f"LN2 autofill {pick(['cassette', 'cold trap', 'autoloader'])}: dewar {R.randrange(5, 40)}% -> {R.randrange(80, 101)}% "
             f"in {dur(15)}, supply tank {R.randrange(10, 100)}%"),
    ("E8", 5, "transfer <*> -> <*>: <*> movies, <*>, <*>",
     lambda: f"transfer {pick(EM_RAW)} -> "
             f"{pick(['nas-cryo:/raw', 's3://facility-em/raw', 'cluster:/scratch/em'])}: {R.randrange(50, 9000)} movies, "
             f"{pick([f'{R.randrange(10, 999) / 10:.1f}GiB', f'{R.randrange(11, 49) / 10:.1f}TiB'])}, {R.randrange(50, 1200)}MB/s"),
    ("E9", 3, "Gain reference <*> acquired for <*> (<*> mode, <*> e/px/s)",
     lambda: f"Gain reference {pick(['GR-' + hexs(6), 'gain_' + day()])} acquired for {pick(['Falcon 4i', 'K3', 'Falcon4'])} "
             f"({pick(['counting', 'super-resolution', 'EER'])} mode, {R.randrange(20, 160) / 10:.1f} e/px/s)"),
    ("E10", 3, "stage drift <*> nm/s after <*> settle on square <*>",
     lambda: f"stage drift {R.randrange(1, 90) / 100:.2f} nm/s after {dur(1)} settle on square {R.randrange(1, 400)}"),
    ("E11", 3, "OTF <*>: <*> micrographs, CTF fit <*>A median, <*> particles picked",
     lambda: f"OTF {pick(['cryoSPARC Live', 'RELION 5 scheduler', 'Warp'])}: {R.randrange(10, 9000)} micrographs, CTF fit "
             f"{R.randrange(25, 80) / 10:.1f}A median, {R.randrange(1000, 2000000)} particles picked"),
    ("E12", 2, "cassette <*> unloaded by <*>, <*> grids returned to <*>",
     lambda: f"cassette {pick(['C-07', 'c12', 'AL-3'])} unloaded by {pick(['j.oconnor', 'facility staff', 'M. Al-Rashid'])}, "
             f"{R.randrange(1, 13)} grids returned to {pick(['puck B4', 'dewar 2, cane 7', 'storage rack Ost'])}"),
    ("E13", 1, "ERROR <*> on <*>: <*>",
     lambda: f"ERROR {pick(['0x' + hexs(4).upper(), 'E' + str(R.randrange(100, 999))])} on {pick(SCOPES)}: "
             f"{pick(['column valves closed', 'autoloader gripper timeout', 'energy filter slit not centred, retuning', 'beam blanker'])}"),
]

# A railway freight marshalling yard with a hump: cuts humped as a key=value run, trains arriving on
# a reception track, retarder readings, track assignments with a quoted destination, coupling
# impacts, brake tests, wagon inspections with defects, train departures, the hump engine, route
# conflicts, weather, dangerous goods checks, wagon weighings.
WAGONS = ["31 80 4727 153-2", "Habbins 2741 118-6", "Sgns 456-9", "ZAGS-0912", "Eanos 5310 047-1", "Fals 33 412"]
TRACKS = ["C12", "C07", "c31", "bowl 4", "R-3", "D2 (dead end)"]


def hump_cut():
    return (f"CUT train={pick(['RX 49812', '4412', 'rx_Kq7p2', 'EZ 51720'])} cut={R.randrange(1, 60)} wagons={R.randrange(1, 7)} "
            f"track={pick(TRACKS)} v_exit={R.randrange(30, 250) / 10:.1f}km/h mass={R.randrange(120, 900) / 10:.1f}t "
            f"axles={pick([2, 4, 4, 6, 8])} status={pick(['ok', 'ok', 'ok', 'ok', 'short', 'overspeed', 'stalled'])}")


SETS["hump_yard"] = [
    ("E1", 28, "CUT train=<*> cut=<*> wagons=<*> track=<*> v_exit=<*>km/h mass=<*>t axles=<*> status=<*>", hump_cut),
    ("E2", 8, "[<*>] train <*> arrived on <*> from <*>: <*> wagons, <*>m, <*>t",
     lambda: f"[{pick(['reception A', 'Einfahrgruppe', 'RA/2'])}] train {pick(['RX 49812', '4412', 'rx_Kq7p2', 'EZ 51720'])} arrived on "
             f"{pick(['A3', 'A7', 'A11'])} from {pick(['Mannheim Rbf', 'Port of Rotterdam (Maasvlakte)', 'Ostrava-Bartovice', 'Linz Vbf'])}: "
             f"{R.randrange(12, 40)} wagons, {R.randrange(250, 740)}m, {R.randrange(600, 2400)}t"),
    ("E3", 9, "retarder <*> stage <*>: in <*> out <*> km/h, pressure <*>bar",
     lambda: f"retarder {pick(['R1', 'R2', 'TR-C12', 'tr2/west'])} stage {pick(['1', '2', 'target'])}: in {R.randrange(40, 250) / 10:.1f} "
             f"out {R.randrange(20, 90) / 10:.1f} km/h, pressure {R.randrange(30, 90) / 10:.1f}bar"),
    ("E4", 7, "Assign wagon <*> to <*> (block <*>, dest \"<*>\")",
     lambda: f"Assign wagon {pick(WAGONS)} to {pick(TRACKS)} (block {pick(['B-17', 'b3', 'FREI'])}, dest "
             f"\"{pick(['Wien Zvbf', 'Köln-Eifeltor KV', 'Duisburg-Ruhrort Hafen', 'Milano Smistamento', 'Budapest-Ferencváros'])}\")"),
    ("E5", 5, "coupling impact on <*> wagon <*>: <*> km/h (limit <*> km/h)",
     lambda: f"coupling impact on {pick(TRACKS)} wagon {pick(WAGONS)}: {R.randrange(30, 140) / 10:.1f} km/h (limit {pick(['6.0', '7.0', '10.0'])} km/h)"),
    ("E6", 5, "Brake test train <*> <*>: <*> by <*> in <*>",
     lambda: f"Brake test train {pick(['EZ 51720', 'GAG 47311', '61233', 'ez_p2Xq'])} {pick(['full', 'simplified'])}: "
             f"{pick(['passed', 'passed', 'failed (wagon 14 not releasing)', 'repeated'])} by {pick(['Wagenmeister Huber', 'C. Dvořák', 'crew 3'])} in {dur(60)}"),
    ("E7", 4, "Inspection wagon <*>: defect <*> '<*>', <*>",
     lambda: f"Inspection wagon {pick(WAGONS)}: defect {pick(['1.2.3', '2.4', '6.1.1'])} "
             f"'{pick(['flat wheel 62 mm', 'handbrake defective', 'buffer plate cracked', 'door open/locked wrong'])}', "
             f"{pick(['bad order', 'repair on site', 'continue to destination'])}"),
    ("E8", 4, "Departure <*> from <*> at <*> (<*> late), loco <*>, <*> wagons",
     lambda: f"Departure {pick(['EZ 51720', 'GAG 47311', '61233'])} from {pick(['D1', 'D4', 'Ausfahrgruppe 2'])} at {hms()} "
             f"({pick(['0m', '+' + str(R.randrange(1, 90)) + 'm', '+' + str(R.randrange(1, 9)) + 'h' + str(R.randrange(10, 60)) + 'm'])} late), loco {pick(['193 312-4', 'Vectron 8', '189 090'])}, {R.randrange(10, 40)} wagons"),
    ("E9", 3, "hump loco <*> pushing at <*> km/h, rpm <*>, fuel <*>%",
     lambda: f"hump loco {pick(['261 045', 'V60 #2'])} pushing at {R.randrange(10, 40) / 10:.1f} km/h, rpm {R.randrange(600, 1800)}, fuel {R.randrange(5, 100)}%"),
    ("E10", 3, "ROUTE CONFLICT switch <*>: <*> vs <*>, cut <*> held",
     lambda: f"ROUTE CONFLICT switch {pick(['W41', 'w17a', 'W3/5'])}: {pick(TRACKS)} vs {pick(TRACKS)}, cut {R.randrange(1, 60)} held"),
    ("E11", 2, "Weather: wind <*> m/s from <*>, rail temp <*>C, humping speed factor <*>",
     lambda: f"Weather: wind {R.randrange(0, 25)} m/s from {pick(['W', 'NW', 'SSE'])}, rail temp {sfloat(-15, 45)}C, humping speed factor {R.randrange(85, 115) / 100:.2f}"),
    ("E12", 2, "RID check wagon <*>: UN <*> class <*>, <*>",
     lambda: f"RID check wagon {pick(WAGONS)}: UN {pick(['1965', '1203', '1017', '2031'])} class {pick(['2', '3', '2.1', '8'])}, "
             f"{pick(['placards ok', 'placard missing on side B', 'spacing to class 1 violated, re-sort'])}"),
    ("E13", 1, "weighbridge <*>: wagon <*> <*>t gross, axle imbalance <*>%",
     lambda: f"weighbridge {pick(['WB1', 'wb-hump'])}: wagon {pick(WAGONS)} {R.randrange(200, 900) / 10:.1f}t gross, axle imbalance {R.randrange(0, 30)}%"),
]

# A trampoline park: jump sessions checked in as a key=value run, wristbands scanned at a bracketed
# court, waivers signed with a quoted guest, bed sensors, court capacity, party bookings, dodgeball
# matches, the foam pit, incidents with free text, safety briefings, the café till, sock sales,
# closing counts.
COURTS = ["Main Court", "court 2", "Dodgeball", "Foam Pit", "Ninja Run (kids)", "Slam Dunk"]


def band():
    return pick([f"WB-{R.randrange(0, 10 ** 5):05d}", f"rfid_{hexs(8)}", str(R.randrange(300000, 399999))])


def tp_checkin():
    return (f"CHECKIN booking={pick(['TP-2026-' + str(R.randrange(1000, 9999)), 'bk_' + b62(7), str(R.randrange(5000000, 5999999))])} "
            f"band={band()} jumper={pick(['Noah (8)', 'Léa', 'Mrs. O’Neill', 'Team Blue 4', 'guest 12'])} slot={hhmm()} "
            f"length={pick(['60', '90', '120'])}min age_group={pick(['toddler', 'junior', 'junior', 'teen', 'adult'])} "
            f"socks={pick(['own', 'bought', 'bought', 'missing'])}")


SETS["trampoline_park"] = [
    ("E1", 26, "CHECKIN booking=<*> band=<*> jumper=<*> slot=<*> length=<*>min age_group=<*> socks=<*>", tp_checkin),
    ("E2", 12, "[<*>] band <*> entered (<*>/<*> on court)",
     lambda: f"[{pick(COURTS)}] band {band()} entered ({R.randrange(0, 40)}/{pick([20, 30, 40])} on court)"),
    ("E3", 7, "Waiver <*> signed for \"<*>\" by guardian \"<*>\" (<*>)",
     lambda: f"Waiver {pick(['W' + str(R.randrange(100000, 999999)), 'wv_' + b62(6)])} signed for "
             f"\"{pick(['Mia Schulz', 'Jakob & Lina', 'Zoë Martin', 'T. Ó Briain'])}\" by guardian "
             f"\"{pick(['Anna Schulz', 'Dr. P. Weber', 'Sam Okafor', 'grandfather (Hans)'])}\" ({pick(['kiosk 1', 'online', 'kiosk 3'])})"),
    ("E4", 6, "bed <*> sensor: <*> jumps/min, peak load <*>kg, <*>",
     lambda: f"bed {pick(['M-07', 'M-22', 'DB-3', 'kids 4'])} sensor: {R.randrange(0, 80)} jumps/min, peak load {R.randrange(40, 400)}kg, "
             f"{pick(['ok', 'ok', 'double bounce', 'spring broken?', 'pad gap'])}"),
    ("E5", 5, "Court <*> capacity <*>% - <*>",
     lambda: f"Court {pick(COURTS)} capacity {R.randrange(40, 130)}% - {pick(['ok', 'queue started', 'entry paused by marshal'])}"),
    ("E6", 5, "Party <*> booked: <*>, <*> kids, room <*>, package '<*>', deposit <*> EUR",
     lambda: f"Party {pick(['P-' + str(R.randrange(100, 999)), 'party_' + b62(4)])} booked: {day()} {hhmm()}, {R.randrange(6, 30)} kids, "
             f"room {pick(['Rocket', 'Galaxy 2', 'Party Room B'])}, package '{pick(['Mega Jump', 'Jump & Pizza', 'Ninja Birthday (+ slushies)'])}', "
             f"deposit {R.randrange(2000, 15000) / 100:.2f} EUR"),
    ("E7", 4, "Dodgeball match <*>: <*> <*>:<*> <*>, MVP <*>",
     lambda: f"Dodgeball match {R.randrange(1, 300)}: {pick(['Red Rockets', 'Blue', 'Die Flummis'])} {R.randrange(0, 6)}:{R.randrange(0, 6)} "
             f"{pick(['Green Giants', 'Yellow', 'Team Oma'])}, MVP {pick(['WB-01244', 'Leon', 'none'])}"),
    ("E8", 3, "foam pit <*> raked by <*>, <*> items found: <*>",
     lambda: f"foam pit {pick(['FP1', 'FP2'])} raked by {pick(['staff Kim', 'marshal 3', 'J. Nowak'])}, {R.randrange(0, 9)} items found: "
             f"{pick(['none', 'phone, 2 socks', 'earring, hair clip, coins', 'car key (VW)'])}"),
    ("E9", 3, "INCIDENT <*> on <*>: <*>",
     lambda: f"INCIDENT {pick(['IR-26-', 'ir'])}{R.randrange(10, 300):03d} on {pick(COURTS)}: "
             f"{pick(['collision, nosebleed, ice pack', 'twisted ankle on landing, parents called', 'fall off wall pad', 'crying child, no injury'])}"),
    ("E10", 3, "Safety briefing <*> played at <*> for <*> jumpers (<*>)",
     lambda: f"Safety briefing {pick(['v3 (DE)', 'v3 (EN)', 'kids short'])} played at {hhmm()} for {R.randrange(3, 60)} jumpers "
             f"({pick(['screen A', 'screen A', 'staff live'])})"),
    ("E11", 3, "till <*> sale #<*>: <*> = <*> EUR via <*>",
     lambda: f"till {pick(['cafe-1', 'reception'])} sale #{R.randrange(10000, 99999)}: "
             f"{pick(['2x slushie', '1x grip socks L', 'pizza slice, water', '4x grip socks S, 1x coffee'])} = {R.randrange(150, 6000) / 100:.2f} EUR "
             f"via {pick(['card', 'cash', 'Apple Pay', 'voucher GV-2210'])}"),
    ("E12", 2, "marshal <*> <*> break (<*> on floor)",
     lambda: f"marshal {pick(['Kim', 'J. Nowak', 'Ali'])} {pick(['started', 'ended'])} break ({R.randrange(1, 8)} on floor)"),
    ("E13", 1, "Close of day <*>: <*> jumpers, <*> parties, <*> incidents, revenue <*> EUR",
     lambda: f"Close of day {day()}: {R.randrange(80, 900)} jumpers, {R.randrange(0, 12)} parties, {R.randrange(0, 4)} incidents, "
             f"revenue {R.randrange(200000, 2000000) / 100:.2f} EUR"),
]

# A hot-dip galvanizing line: dips as a key=value run, jigs loaded with a bracketed list of items,
# pretreatment bath analyses, kettle temperature, coating thickness measurements, dross removal, the
# flux dryer, zinc ingot additions, quench tank, fume extraction, customer orders with quoted names,
# rejects with free text, crane faults.
JIGS = ["J-041", "17", "TR/08", "J-112", "TRV-3 (long)"]


def galv_dip():
    return (f"DIP jig={pick(JIGS)} order={pick(['GV26-0412', 'ord_' + b62(5), str(R.randrange(700000, 799999))])} "
            f"kettle={pick(['K1', 'K1', 'K2'])} zn={R.randrange(4400, 4650) / 10:.1f}C immersion={dur(12)} "
            f"withdraw={R.randrange(10, 30) / 10:.1f}m/min mass={R.randrange(200, 9000)}kg result={pick(['ok', 'ok', 'ok', 'redip', 'hold'])}")


SETS["galvanizing_line"] = [
    ("E1", 27, "DIP jig=<*> order=<*> kettle=<*> zn=<*>C immersion=<*> withdraw=<*>m/min mass=<*>kg result=<*>", galv_dip),
    ("E2", 9, "jig <*> loaded by <*>: <*> pcs [<*>] steel <*>",
     lambda: f"jig {pick(JIGS)} loaded by {pick(['crew A', 'S. Petrović', 'Bauer/Ilić'])}: {R.randrange(1, 400)} pcs "
             f"[{pick(['HEA 200 x6', 'railings 2.4m, posts', 'M16 bolts (basket)', 'gratings 1000x600, frames'])}] steel "
             f"{pick(['S235JR', 'S355J2', 'Si 0.18% (Sebisty)'])}"),
    ("E3", 7, "Bath <*> analysis: <*> <*> g/l, Fe <*> g/l, temp <*>C -> <*>",
     lambda: f"Bath {pick(['degrease 1', 'pickle 3', 'HCl-2', 'flux'])} analysis: {pick(['HCl', 'ZnCl2', 'NaOH'])} {R.randrange(20, 220)} g/l, "
             f"Fe {R.randrange(1, 160)} g/l, temp {R.randrange(180, 700) / 10:.1f}C -> {pick(['ok', 'ok', 'top up', 'dump and regenerate'])}"),
    ("E4", 6, "kettle <*> burner <*> firing <*>%, wall <*>C, zinc <*>C",
     lambda: f"kettle {pick(['K1', 'K2'])} burner {pick(['B1', 'B2', 'B3', 'B4'])} firing {R.randrange(0, 101)}%, wall "
             f"{R.randrange(440, 480)}C, zinc {R.randrange(4400, 4650) / 10:.1f}C"),
    ("E5", 7, "Coating check <*> piece <*>: mean <*>um min <*>um (<*> readings, req. <*>um) <*>",
     lambda: f"Coating check {pick(['GV26-0412', 'ord_Mx3k9', '712044'])} piece {R.randrange(1, 60)}: mean {R.randrange(45, 220)}um "
             f"min {R.randrange(30, 120)}um ({R.randrange(5, 21)} readings, req. {pick([55, 70, 85])}um) {pick(['PASS', 'PASS', 'FAIL'])}"),
    ("E6", 4, "dross removed from <*>: <*>kg in <*>, grab <*>",
     lambda: f"dross removed from {pick(['K1', 'K2'])}: {R.randrange(50, 900)}kg in {dur(30)}, grab {pick(['G1', 'manual'])}"),
    ("E7", 4, "flux dryer <*>C air, jig <*> dwell <*>, surface <*>C",
     lambda: f"flux dryer {R.randrange(100, 160)}C air, jig {pick(JIGS)} dwell {dur(15)}, surface {R.randrange(60, 130)}C"),
    ("E8", 3, "zinc addition <*>: <*> ingots (<*>kg), alloy <*>, level <*>mm below rim",
     lambda: f"zinc addition {pick(['K1', 'K2'])}: {R.randrange(1, 20)} ingots ({R.randrange(200, 5000)}kg), alloy "
             f"{pick(['SHG', 'Zn-Ni 0.05%', 'Zn-Al (Galfan)', 'SHG + Bi'])}, level {R.randrange(80, 300)}mm below rim"),
    ("E9", 3, "quench tank <*>C, pH <*>, passivation <*>",
     lambda: f"quench tank {R.randrange(20, 70)}C, pH {R.randrange(60, 95) / 10:.1f}, passivation {pick(['Cr(III)', 'none', 'water only'])}"),
    ("E10", 3, "Fume extraction <*>: fan <*> Hz, filter dp <*> Pa, <*>",
     lambda: f"Fume extraction {pick(['hood K1', 'hood K2', 'pretreatment'])}: fan {R.randrange(20, 51)} Hz, filter dp {R.randrange(200, 2500)} Pa, "
             f"{pick(['ok', 'ok', 'bag change due', 'dust alarm'])}"),
    ("E11", 3, "Order <*> for \"<*>\" released: <*>t, due <*>",
     lambda: f"Order {pick(['GV26-' + str(R.randrange(1000, 9999)), 'ord_' + b62(5)])} for "
             f"\"{pick(['Stahlbau Kühn GmbH', 'Müller & Partner Zaunbau', 'City of Graz (street lighting)', 'O’Reilly Fabrication'])}\" released: "
             f"{R.randrange(5, 400) / 10:.1f}t, due {day()}"),
    ("E12", 2, "REJECT <*> piece <*>: <*>",
     lambda: f"REJECT {pick(['GV26-0412', 'ord_Mx3k9', '712044'])} piece {R.randrange(1, 60)}: "
             f"{pick(['bare spots', 'ash inclusions', 'zinc runs on threads, needs centrifuging', 'distortion after quench'])}"),
    ("E13", 1, "crane <*> fault <*>: <*>",
     lambda: f"crane {pick(['C1', 'C2 (kettle)'])} fault {pick(['F12', 'F07'])}: {pick(['hoist overload', 'slack rope', 'limit switch up'])}"),
]

# A feature flag service: flag evaluations as a key=value run, flags changed with a quoted reason,
# SDK stream connections, percentage rollouts, segment sync, stale flag reports, webhook delivery,
# audit exports, kill switches, experiment results, rate limiting, relay proxies, config caches.
FLAGS = ["new-checkout", "search.v2.ranker", "dark_mode_beta", "pricing-EU-2026", "killswitch.payments", "onboarding_tour"]
ENVS = ["production", "staging", "prod-eu", "dev"]
VARIATIONS = ["true", "false", "control", "treatment-b", '"blue"']


def ff_eval():
    return (f"eval flag={pick(FLAGS)} env={pick(ENVS)} ctx={pick(['user:' + str(R.randrange(10 ** 5, 10 ** 7)), 'org:acme-gmbh', 'anon:' + hexs(12), 'device:' + b62(10)])} "
            f"variation={pick(VARIATIONS)} reason={pick(['RULE_MATCH', 'FALLTHROUGH', 'FALLTHROUGH', 'TARGET_MATCH', 'OFF', 'PREREQUISITE_FAILED'])} "
            f"rule={pick(['0', '1', '3', 'none'])} latency={R.randrange(1, 900) / 100:.2f}ms")


SETS["feature_flags"] = [
    ("E1", 28, "eval flag=<*> env=<*> ctx=<*> variation=<*> reason=<*> rule=<*> latency=<*>ms", ff_eval),
    ("E2", 9, "flag <*> updated in <*> by <*>: <*> (comment: \"<*>\")",
     lambda: f"flag {pick(FLAGS)} updated in {pick(ENVS)} by {pick(['a.kowalski@acme.io', 'svc-terraform', 'María José R.', 'api-token tk_4f9'])}: "
             f"{pick(['turned on', 'turned off', 'rule added', 'targets changed', 'fallthrough 10% -> 25%'])} "
             f"(comment: \"{pick(['ramp', 'incident INC-2291, disable now', 'QA sign-off from Lee', 'rollback: p99 latency up 40% in eu-west'])}\")"),
    ("E3", 8, "stream <*> connected: sdk=<*> env=<*> from <*> (<*> clients on node <*>)",
     lambda: f"stream {pick(['st_' + b62(8), hexs(16)])} connected: sdk={pick(['go/7.4.1', 'node-server/9.2.0', 'ios/4.11', 'python/9.3.0'])} "
             f"env={pick(ENVS)} from {R.randrange(10, 223)}.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)} "
             f"({R.randrange(10, 9000)} clients on node {pick(['relay-a1', 'ff-api-3', 'eu-2b'])})"),
    ("E4", 6, "rollout <*> step <*>/<*>: <*>% -> <*>%, guard metric <*>=<*> (threshold <*>)",
     lambda: f"rollout {pick(FLAGS)} step {R.randrange(1, 6)}/{pick([5, 6])}: {pick([1, 5, 10, 25])}% -> {pick([10, 25, 50, 100])}%, "
             f"guard metric {pick(['error_rate', 'p95_latency_ms', 'checkout_conv'])}={R.randrange(1, 9999) / 100:.2f} "
             f"(threshold {pick(['2.00', '450', '0.95'])})"),
    ("E5", 6, "Segment <*> synced from <*>: <*> members (+<*>/-<*>) in <*>",
     lambda: f"Segment {pick(['beta-testers', 'EU enterprise', 'internal (staff)', 'churn-risk Q4'])} synced from "
             f"{pick(['Segment.io', 'BigQuery', 'CSV upload', 'Salesforce'])}: {R.randrange(10, 900000)} members "
             f"(+{R.randrange(0, 5000)}/-{R.randrange(0, 5000)}) in {dur(10)}"),
    ("E6", 4, "stale flags report for <*>: <*> flags not evaluated in <*> days [<*>]",
     lambda: f"stale flags report for {pick(['project web', 'mobile-app', 'payments & billing'])}: {R.randrange(1, 40)} flags not evaluated in "
             f"{pick([30, 60, 90])} days [{pick(['onboarding_tour', 'old-header, promo_bf25', 'search.v1.ranker, legacy-cart, exp_7'])}]"),
    ("E7", 4, "webhook <*> -> <*> HTTP <*> in <*>ms (attempt <*>)",
     lambda: f"webhook {pick(['wh_' + b62(6), 'slack-#releases', 'datadog'])} -> {pick(['https://hooks.slack.com/services/T0/B1', 'https://ci.acme.io/ff', 'https://api.datadoghq.eu/api/v1/events'])} "
             f"HTTP {pick([200, 200, 204, 410, 500, 503])} in {R.randrange(20, 10000)}ms (attempt {R.randrange(1, 6)})"),
    ("E8", 3, "audit export <*> written to <*>: <*> events, <*>",
     lambda: f"audit export {pick(['AE-' + day(), 'exp_' + b62(5)])} written to {pick(['s3://acme-audit/ff/', 'gs://logs-ff/audit'])}: "
             f"{R.randrange(10, 90000)} events, {pick([f'{R.randrange(10, 999)}KiB', f'{R.randrange(10, 99) / 10:.1f}MiB'])}"),
    ("E9", 2, "KILL SWITCH <*> engaged in <*> by <*> at <*>",
     lambda: f"KILL SWITCH {pick(['killswitch.payments', 'new-checkout'])} engaged in {pick(ENVS)} by {pick(['on-call (pagerduty)', 'a.kowalski@acme.io'])} at {hms()}"),
    ("E10", 3, "experiment <*>: variant <*> lift <*>% on <*> (p=<*>, n=<*>)",
     lambda: f"experiment {pick(['exp_checkout_cta', 'pricing-EU-2026', 'search ranker A/B'])}: variant {pick(['treatment-b', 'B', 'green button'])} "
             f"lift {sfloat(-8, 12, 2)}% on {pick(['conversion', 'revenue/user', 'session length'])} (p={R.randrange(1, 999) / 1000:.3f}, n={R.randrange(1000, 900000)})"),
    ("E11", 3, "rate limited key <*> (<*>): <*> req/s over <*>",
     lambda: f"rate limited key {pick(['sdk-' + hexs(8), 'mob-' + hexs(8), 'api-token tk_4f9'])} ({pick(ENVS)}): {R.randrange(100, 9000)} req/s over {pick(['60s', '1s', '10s'])}"),
    ("E12", 2, "relay proxy <*> version <*> heartbeat: <*> flags, lag <*>ms, <*>",
     lambda: f"relay proxy {pick(['relay-a1', 'relay-onprem (Frankfurt DC)', 'rp-7'])} version {pick(['8.10.2', '8.9.0'])} heartbeat: "
             f"{R.randrange(50, 900)} flags, lag {R.randrange(1, 5000)}ms, {pick(['healthy', 'healthy', 'degraded'])}"),
    ("E13", 1, "config cache <*> rebuilt: <*> flags, <*> segments, etag \"<*>\"",
     lambda: f"config cache {pick(ENVS)} rebuilt: {R.randrange(50, 900)} flags, {R.randrange(5, 200)} segments, etag \"{hexs(16)}\""),
]

SIZES = {"district_heating": 340, "cryo_em": 320, "hump_yard": 330, "trampoline_park": 310,
         "galvanizing_line": 350, "feature_flags": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
