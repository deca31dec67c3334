#!/usr/bin/env python3
"""Writes the thirty-fifth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans (names, closed-set words, free text, lists, durations and sizes a
formatter printed whole), text the statement prints itself (units glued to a number, `=`, brackets,
quotes, fixed words) stays literal. Fixed seed.

    python3 make_heldout_35.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(35353)

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def mixed(n):
    return "".join(pick(ALNUM) for _ in range(n))


def dur(lo=1, hi=5400):
    """A duration the way a Go-like formatter prints it: 47s, 1m32.5s, 2h03m11s."""
    s = R.uniform(lo, hi)
    if s < 60:
        return f"{s:.1f}s" if R.random() < 0.5 else f"{int(s)}s"
    if s < 3600:
        return f"{int(s // 60)}m{s % 60:.1f}s"
    return f"{int(s // 3600)}h{int(s % 3600 // 60):02d}m{int(s % 60):02d}s"


def size(lo=1, hi=80000):
    """A size the way a human-readable formatter prints it: 812KiB, 12.3MiB, 4.07GiB."""
    kib = R.uniform(lo, hi)
    if kib < 1024:
        return f"{int(kib)}KiB"
    if kib < 1024 * 1024:
        return f"{kib / 1024:.1f}MiB"
    return f"{kib / 1024 / 1024:.2f}GiB"


def signed(lo, hi, nd=1):
    v = R.uniform(lo, hi)
    return f"{v:+.{nd}f}"


def hhmm():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}"


SETS = {}

# A piano factory's action regulation bench: per-key measurements as key=value runs, actions mounted
# for a model, hammer voicing, downweight scans with outlier lists, capstan turns, felt batches,
# sticking keys with free text, jig calibration, sign-offs.
BENCHES = ["Bench 1", "Bench 2", "Bench 3", "Bench 4", "B5", "Rework"]
MODELS = ["Model D 274", "Concert Grand (C-227)", "Upright U121", "Salon B", "Studio 118 Silent", "Model O", "Parlour Grand (1920 reissue)"]
REGULATORS = ["M. Krüger", "anna", "J.-P. Lefèvre", "Tomasz W.", "ben.okafor", "Sato Yuki"]
NOTES = ["A", "A#", "B", "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#"]


def piano_action():
    return pick([f"A-{R.randrange(20, 27)}-{R.randrange(0, 10000):04d}", f"act_{R.randrange(1000, 99999)}", mixed(6),
                 f"A-{R.randrange(20, 27)}-{R.randrange(0, 10000):04d}"])


def piano_key():
    return f"{R.randrange(1, 89):02d}"


def piano_note():
    return f"{pick(NOTES)}{R.randrange(0, 8)}"


def piano_measure():
    res = pick(["ok"] * 8 + ["adjust", "adjust", "REJECT"])
    return (f"KEY action={piano_action()} key={piano_key()} note={piano_note()} blow={R.uniform(44, 48):.1f}mm "
            f"dip={R.uniform(9.5, 10.5):.2f}mm letoff={R.uniform(1.5, 3.5):.1f}mm drop={R.uniform(1.0, 2.5):.1f}mm "
            f"weight={R.uniform(46, 56):.1f}g result={res}")


def piano_outliers():
    n = pick([0, 0, 1, 2, 3, 5])
    if n == 0:
        return "none"
    return ", ".join(f"{piano_key()}:{R.uniform(40, 62):.1f}" for _ in range(n))


SETS["piano_regulation"] = [
    ("E1", 40, "KEY action=<*> key=<*> note=<*> blow=<*>mm dip=<*>mm letoff=<*>mm drop=<*>mm weight=<*>g result=<*>", piano_measure),
    ("E2", 9, "[<*>] started regulation of action <*> for \"<*>\" (serial <*>)",
     lambda: f"[{pick(BENCHES)}] started regulation of action {piano_action()} for \"{pick(MODELS)}\" (serial {R.randrange(0, 10 ** 6):06d})"),
    ("E3", 10, "Hammer voicing key <*>: hardness <*> -> <*> Shore A after <*> needle passes by <*>",
     lambda: f"Hammer voicing key {piano_key()}: hardness {R.randrange(70, 95)} -> {R.randrange(65, 90)} Shore A after {R.randrange(2, 40)} needle passes by {pick(REGULATORS)}"),
    ("E4", 7, "Downweight scan <*>..<*> done in <*>: mean <*>g, spread ±<*>g, outliers [<*>]",
     lambda: f"Downweight scan {pick(['01..88', '01..88', '01..44', '45..88', '21..60'])} done in {dur(30, 900)}: mean {R.uniform(48, 54):.1f}g, spread ±{R.uniform(0.5, 4):.1f}g, outliers [{piano_outliers()}]"),
    ("E5", 5, "Capstan on key <*> turned <*>° (<*>)",
     lambda: f"Capstan on key {piano_key()} turned {pick(['+', '-'])}{pick([15, 30, 45, 90, 180])}° ({pick(['lost motion', 'lost motion', 'double strike', 'hammer not returning', 'jack not resetting'])})"),
    ("E6", 4, "Regulator <*> signed off action <*> after <*> (<*> keys adjusted)",
     lambda: f"Regulator {pick(REGULATORS)} signed off action {piano_action()} after {dur(1800, 20000)} ({R.randrange(0, 60)} keys adjusted)"),
    ("E7", 3, "Room humidity <*>% at <*>C, <*> paused: <*>",
     lambda: f"Room humidity {R.randrange(30, 70)}% at {R.uniform(18, 24):.1f}C, {pick(BENCHES)} paused: {pick(['outside 40-55% band', 'humidifier H2 refill needed', 'waiting for climate to settle before final let-off pass'])}"),
    ("E8", 4, "Felt batch \"<*>\" issued to <*>: <*> strips, thickness <*>mm",
     lambda: f"Felt batch \"{pick(['FB-2612-07', 'fb2611/3', 'Renner ' + mixed(4), 'damper felt (white) lot 44'])}\" issued to {pick(BENCHES)}: {R.randrange(1, 30)} strips, thickness {pick(['1.0', '1.5', '2.0', '3.2'])}mm"),
    ("E9", 2, "Key <*> sticking: <*>",
     lambda: f"Key {piano_key()} sticking: {pick(['bushing too tight', 'swollen front rail bushing after humidity spike, eased with caul', 'keyslip rubbing', 'lead weight loose'])}"),
    ("E10", 3, "Touchweight jig calibration: offset <*>g, reference <*>g, status <*>",
     lambda: f"Touchweight jig calibration: offset {signed(-0.8, 0.8, 2)}g, reference {pick(['50.00', '20.00'])}g, status {pick(['PASS', 'PASS', 'PASS', 'RECHECK'])}"),
    ("E11", 2, "Action <*> returned to stringing room: \"<*>\"",
     lambda: f"Action {piano_action()} returned to stringing room: \"{pick(['hammer line uneven treble section', 'strike point off on 52-60', 'shank 33 cracked'])}\""),
    ("E12", 3, "<*> sensor <*> reading lost (<*>), retrying in <*>s",
     lambda: f"{pick(BENCHES)} sensor {pick(['laser-dip', 'loadcell_1', 'LC2', 'blow-cam'])} reading lost ({pick(['timeout', 'CRC error', 'USB reset'])}), retrying in {pick([2, 5, 5, 10])}s"),
    ("E13", 3, "Key <*>: weight <*>g -> <*>g, lead <*> <*>",
     lambda: f"Key {piano_key()}: weight {R.uniform(44, 60):.1f}g -> {R.uniform(48, 54):.1f}g, lead {pick(['added', 'removed', 'moved'])} {pick(['front', 'rear', 'at 62mm', 'x2 front'])}"),
]

# A mushroom farm's growing rooms: climate readings as key=value runs with a multi-word phase,
# harvests per flush, fillings with a quoted spawn strain, casing, setpoint changes, alarms with free
# text, disease checks, cook-outs, the cold store, customer orders packed in punnets.
ROOMS = ["Room 01", "Room 02", "Room 07", "Room 12", "R14", "Tunnel 3 (Phase II)", "Tunnel 4"]
PHASES = ["spawn run", "case run", "pinning", "flush 1", "flush 2", "flush 3", "cook-out"]
STRAINS = ["Sylvan A15", "Heirloom", "Amycel 2600 (brown)", "Sylvan 737", "U1 white", "King Oyster K-3"]
PICKERS = ["team A", "team B", "night crew", "Ewa's team"]


def room():
    return pick(ROOMS[:5])


def mushroom_climate():
    return (f"room={room()} phase={pick(PHASES[:6])} day={R.randrange(1, 40)} air={R.uniform(16, 25):.1f}C "
            f"compost={R.uniform(18, 28):.1f}C rh={R.randrange(80, 98)}% co2={R.randrange(800, 9000)}ppm "
            f"fresh_air={R.randrange(0, 100)}% fan={pick(['auto', 'auto', 'manual', 'off'])}")


SETS["mushroom_rooms"] = [
    ("E1", 36, "room=<*> phase=<*> day=<*> air=<*>C compost=<*>C rh=<*>% co2=<*>ppm fresh_air=<*>% fan=<*>", mushroom_climate),
    ("E2", 12, "[<*>] Harvest <*>: <*> kg picked by <*> in <*>, grade A <*>%, B <*>%",
     lambda: (lambda a: f"[{room()}] Harvest {pick(PHASES[3:6])}: {R.uniform(200, 4000):.1f} kg picked by {pick(PICKERS)} in {dur(1800, 30000)}, grade A {a}%, B {100 - a}%")(R.randrange(60, 96))),
    ("E3", 5, "Filled <*> with <*> t compost from <*> (batch <*>, spawn \"<*>\")",
     lambda: f"Filled {room()} with {R.uniform(60, 140):.1f} t compost from {pick(ROOMS[5:])} (batch {pick(['C' + str(R.randrange(2600, 2700)), 'cmp-' + mixed(5)])}, spawn \"{pick(STRAINS)}\")"),
    ("E4", 4, "Casing applied to <*>: <*> cm, <*> m3, supplier: <*>",
     lambda: f"Casing applied to {room()}: {pick(['4.5', '5.0', '5.5'])} cm, {R.uniform(20, 60):.1f} m3, supplier: {pick(['Topterra', 'BVB Substrates', 'Peat & Co (Ireland)', 'own mix'])}"),
    ("E5", 6, "Setpoint <*> changed from <*> to <*> by <*>",
     lambda: f"Setpoint {pick(['R07.air_temp', 'R01.co2_max', 'R12.rh', 'r14.fresh-air-min', 'T3.compost_temp'])} changed from {R.uniform(10, 30):.1f} to {R.uniform(10, 30):.1f} by {pick(['grower1', 'M. de Vries', 'schedule', 'auto-steer'])}"),
    ("E6", 5, "ALARM <*> <*>: <*>",
     lambda: f"ALARM {room()} {pick(['HIGH', 'HIGH', 'LOW', 'CRITICAL'])}: {pick(['CO2 above 5000 ppm for 20 min', 'compost temperature rising fast', 'door left open', 'humidifier nozzle blocked, rh dropping', 'no airflow'])}"),
    ("E7", 4, "Disease check in <*>: <*> (<*> patches), action: <*>",
     lambda: f"Disease check in {room()}: {pick(['dry bubble', 'cobweb', 'green mould (Trichoderma)', 'none'])} ({R.randrange(0, 20)} patches), action: {pick(['salt and cover', 'monitor', 'early cook-out', 'none'])}"),
    ("E8", 3, "Cook-out of <*> started, target <*>C for <*>h",
     lambda: f"Cook-out of {room()} started, target {pick([70, 70, 65])}C for {pick([8, 10, 12])}h"),
    ("E9", 4, "Cold store <*> at <*>C, <*> crates, oldest <*>",
     lambda: f"Cold store {pick(['CS1', 'CS2', 'Dispatch'])} at {R.uniform(1, 5):.1f}C, {R.randrange(20, 900)} crates, oldest {dur(3600, 170000)}"),
    ("E10", 2, "Water dosing valve <*> stuck <*>",
     lambda: f"Water dosing valve {pick(['V-R07', 'V-R12', 'v01b'])} stuck {pick(['OPEN', 'CLOSED'])}"),
    ("E11", 4, "Order <*> for \"<*>\" packed: <*> x <*>g punnets",
     lambda: f"Order {pick(['SO-' + str(R.randrange(40000, 49999)), mixed(7)])} for \"{pick(['Fresh & Co', 'Lidl DC Nord', 'Marché St. Paul', 'Bob' + chr(39) + 's Greengrocer'])}\" packed: {R.randrange(20, 900)} x {pick([250, 400, 500, 1000])}g punnets"),
    ("E12", 2, "Irrigation on <*> skipped: <*>",
     lambda: f"Irrigation on {room()} skipped: {pick(['casing already wet', 'pinning phase', 'manual hold by grower until after walk-through'])}"),
    ("E13", 5, "AHU <*> damper <*>% -> <*>%, heat valve <*>%",
     lambda: f"AHU {pick(['1', '2', '3', '7'])} damper {R.randrange(0, 101)}% -> {R.randrange(0, 101)}%, heat valve {R.randrange(0, 101)}%"),
]

# A harbour pilot service's boardings: pilotage jobs as key=value runs with a quoted vessel, the
# boarding and landing with positions, AIS reports with a multi-word navigational status, tug lists,
# delays, the pilot boats, rest limits, weather suspensions, invoices, ladder reports, tide gauges.
VESSELS = ["MSC Aurora", "Nordic Star", "CMA CGM Rhone", "Stena Britannica", "Maersk Kinloss", "Queen Mary's Legacy",
           "BBC Elbe", "Thun Gothenburg", "Ever Given (II)"]
BERTHS = ["Maasvlakte 2", "Europoort", "ECT Delta", "anchorage 3A", "Botlek", "sea", "Waalhaven Z", "Pier 7 (ro-ro)"]
PILOTS = ["P-014", "P-022", "P-031", "P-045", "P-058", "P-077"]
BOATS = ["Orca", "Pollux", "Kaap Hoorn", "PV-7"]


def pilot_job():
    return pick([f"J{R.randrange(2026000, 2027000)}", f"pj-{R.randrange(1000, 9999)}-{pick('abcd')}", mixed(8)])


def delay():
    m = R.randrange(5, 240)
    return f"{pick(['+', '+', '-'])}{m // 60}h{m % 60:02d}m" if m >= 60 else f"+{m}m"


def pilot_pos():
    return f"{R.randrange(51, 53)}°{R.uniform(0, 60):04.1f}'N {R.randrange(3, 5):03d}°{R.uniform(0, 60):04.1f}'E"


def pilot_job_line():
    return (f"JOB {pilot_job()} vessel=\"{pick(VESSELS)}\" imo={R.randrange(9000000, 9999999)} pilot={pick(PILOTS)} "
            f"from={pick(BERTHS)} to={pick(BERTHS)} eta={hhmm()} draught={R.uniform(5, 22.5):.1f}m "
            f"status={pick(['planned', 'planned', 'confirmed', 'confirmed', 'on hold', 'cancelled'])}")


SETS["harbour_pilots"] = [
    ("E1", 26, "JOB <*> vessel=\"<*>\" imo=<*> pilot=<*> from=<*> to=<*> eta=<*> draught=<*>m status=<*>", pilot_job_line),
    ("E2", 14, "Pilot <*> boarded \"<*>\" at <*> from <*> via <*> ladder, sea state <*>, wind <*>/<*>kt",
     lambda: f"Pilot {pick(PILOTS)} boarded \"{pick(VESSELS)}\" at {pilot_pos()} from {pick(BOATS)} via {pick(['pilot', 'pilot', 'combination', 'pilot+accommodation'])} ladder, sea state {R.randrange(1, 7)}, wind {R.randrange(0, 360):03d}/{R.randrange(2, 40)}kt"),
    ("E3", 10, "Pilot <*> disembarked \"<*>\" at <*> after <*>",
     lambda: f"Pilot {pick(PILOTS)} disembarked \"{pick(VESSELS)}\" at {pick(BERTHS)} after {dur(1500, 20000)}"),
    ("E4", 9, "AIS <*>: SOG <*>kn COG <*>° HDG <*>° nav_status=<*>",
     lambda: f"AIS {R.randrange(200000000, 800000000)}: SOG {R.uniform(0, 18):.1f}kn COG {R.uniform(0, 360):.1f}° HDG {R.randrange(0, 360)}° nav_status={pick(['under way using engine', 'under way using engine', 'at anchor', 'moored', 'restricted manoeuvrability', 'constrained by her draught'])}"),
    ("E5", 6, "Tug allocation for job <*>: [<*>]",
     lambda: f"Tug allocation for job {pilot_job()}: [{', '.join(pick(['Smit Elbe', 'Fairplay X', 'Kotug Rt Magic', 'Multratug 21', 'Boluda 4']) for _ in range(pick([1, 2, 2, 3, 4])))}]"),
    ("E6", 4, "Job <*> delayed (<*>): <*>",
     lambda: f"Job {pilot_job()} delayed ({delay()}): {pick(['berth not ready', 'vessel late from previous port', 'awaiting tug', 'crew change on board, master requests later boarding time'])}"),
    ("E7", 4, "Pilot boat <*>: fuel <*>%, engine hours <*>h, crew <*>",
     lambda: f"Pilot boat {pick(BOATS)}: fuel {R.randrange(10, 100)}%, engine hours {R.randrange(1000, 30000)}h, crew {R.randrange(2, 4)}"),
    ("E8", 3, "Pilot <*> rest violation: <*> on duty in last 24h (limit <*>)",
     lambda: f"Pilot {pick(PILOTS)} rest violation: {dur(43200, 60000)} on duty in last 24h (limit {pick(['12h', '14h'])})"),
    ("E9", 3, "Boarding suspended at <*>: <*>",
     lambda: f"Boarding suspended at {pick(['Maas Center', 'Eurogeul buoy MV', 'pilot station West'])}: {pick(['wind above 35 kt', 'visibility below 300m', 'swell 4m, helicopter only'])}"),
    ("E10", 2, "PEC <*> checked for master <*> of \"<*>\": <*>",
     lambda: f"PEC {pick(['NL-' + str(R.randrange(1000, 9999)), 'pec/' + mixed(5)])} checked for master {pick(['K. Jansen', 'O. Lindqvist', 'R. D' + chr(39) + 'Souza'])} of \"{pick(VESSELS)}\": {pick(['valid', 'valid', 'expired 2026-10-31', 'not valid for this draught'])}"),
    ("E11", 3, "Invoice <*> issued to \"<*>\" for job <*>: <*> EUR (<*>)",
     lambda: f"Invoice {R.randrange(0, 10 ** 7):07d} issued to \"{pick(['Vopak Agencies', 'Inchcape Shipping', 'Wilson & Sons B.V.', 'GAC'])}\" for job {pilot_job()}: {R.uniform(800, 9000):.2f} EUR ({pick(['tariff class 7', 'tariff class 12', 'night surcharge', 'cancellation'])})"),
    ("E12", 2, "Ladder non-compliance reported on \"<*>\": <*>",
     lambda: f"Ladder non-compliance reported on \"{pick(VESSELS)}\": {pick(['steps not horizontal', 'side ropes too thin, no manropes offered', 'ladder rigged too low, pilot had to climb more than 9m'])}"),
    ("E13", 4, "Tide gauge <*>: level: <*>m, trend: <*>, next HW: <*>",
     lambda: f"Tide gauge {pick(['Hoek van Holland', 'Maassluis', 'Europlatform'])}: level: {signed(-1.5, 2.5, 2)}m, trend: {pick(['rising', 'falling', 'slack'])}, next HW: {hhmm()}"),
]

# A synchrotron beamline and storage ring: beam position monitors as key=value runs, magnet power
# supplies after a bracketed sector, shutters, injections, vacuum in scientific notation, interlocks,
# experiments with a quoted title, detectors writing sizes and durations, RF cavities, beam dumps,
# undulator gaps, radiation monitors, the cryo plant.
SECTORS = ["SR01", "SR02", "SR07", "SR12", "BL-I03", "BL-B21"]
USERS = ["fed-user", "J. Moreau", "ops", "k.tanaka", "beamline-scientist"]


def bpm():
    return pick([f"BPM:{pick(SECTORS)}C:{R.randrange(1, 9)}", f"bpm-{pick(SECTORS).lower()}-{R.randrange(1, 9)}"])


def beam_path():
    return f"/dls/{pick(['i03', 'b21', 'i12'])}/data/2026/{pick(['mx', 'cm'])}{R.randrange(20000, 40000)}-{R.randrange(1, 9)}/{mixed(6)}.h5"


def beam_bpm():
    return (f"BPM {bpm()} x={signed(-0.5, 0.5, 3)}mm y={signed(-0.3, 0.3, 3)}mm sum={R.randrange(1000, 60000)} "
            f"status={pick(['OK', 'OK', 'OK', 'OK', 'LOW_SIGNAL', 'SATURATED'])}")


SETS["beamline"] = [
    ("E1", 34, "BPM <*> x=<*>mm y=<*>mm sum=<*> status=<*>", beam_bpm),
    ("E2", 12, "[<*>] magnet <*> current <*>A (setpoint <*>A, dev <*>%)",
     lambda: (lambda sp, d: f"[{pick(SECTORS)}] magnet {pick(['Q1', 'Q2', 'SX3', 'B-main', 'HCM-07', 'VCM_11'])} current {sp * (1 + d / 100):.3f}A (setpoint {sp:.3f}A, dev {d:+.3f}%)")(R.uniform(5, 400), R.uniform(-0.2, 0.2))),
    ("E3", 8, "Shutter <*> <*> -> <*> requested by <*>",
     lambda: (lambda s: f"Shutter {pick(['FE-I03', 'PSS-B21', 'EH1'])} {s[0]} -> {s[1]} requested by {pick(USERS)}")(pick([('CLOSED', 'OPEN'), ('OPEN', 'CLOSED'), ('CLOSED', 'MOVING')]))),
    ("E4", 9, "Injection shot <*>: efficiency <*>%, ring current <*>mA -> <*>mA, lifetime <*>h",
     lambda: f"Injection shot {R.randrange(100000, 200000)}: efficiency {R.uniform(40, 99):.1f}%, ring current {R.uniform(295, 300):.2f}mA -> {R.uniform(300, 301):.2f}mA, lifetime {R.uniform(8, 30):.1f}h"),
    ("E5", 5, "Vacuum gauge <*> pressure <*> mbar above threshold <*> mbar",
     lambda: f"Vacuum gauge {pick(['IMG-SR07-02', 'PIRG_BL03', 'ion-pump-12'])} pressure {R.uniform(1, 9) * 10 ** -R.randrange(7, 10):.1e} mbar above threshold {pick(['1e-08', '5e-09'])} mbar"),
    ("E6", 5, "Interlock <*> tripped: <*> (zone <*>)",
     lambda: f"Interlock {pick(['PSS-' + str(R.randrange(100, 999)), 'MPS.' + mixed(4), 'ORBIT_HV'])} tripped: {pick(['door EH2 opened', 'orbit excursion', 'cooling water flow low on dipole', 'search not complete'])} (zone {pick(['EH1', 'EH2', 'OH', 'tunnel'])})"),
    ("E7", 4, "Experiment \"<*>\" (proposal <*>) started on <*> by <*>",
     lambda: f"Experiment \"{pick(['In situ XRD of Li-S cathodes', 'Protein crystallography: SARS-CoV-2 Mpro', 'Operando catalysis (CO oxidation, Pt/CeO2)', 'Tomography'])}\" (proposal {pick(['MX' + str(R.randrange(20000, 40000)), 'CM' + str(R.randrange(30000, 39999)) + '-' + str(R.randrange(1, 6))])}) started on {pick(['I03', 'B21', 'I12'])} by {pick(USERS)}"),
    ("E8", 5, "Detector <*> wrote <*> frames to <*> (<*>) in <*>",
     lambda: f"Detector {pick(['Eiger2 16M', 'Pilatus3 6M', 'PCO.edge'])} wrote {R.randrange(100, 36000)} frames to {beam_path()} ({size(20000, 90000000)}) in {dur(2, 3000)}"),
    ("E9", 3, "RF cavity <*> reflected power <*> kW, forward <*> kW, detune <*> Hz",
     lambda: f"RF cavity {pick(['C1', 'C2', 'CAV-3'])} reflected power {R.uniform(0.5, 12):.1f} kW, forward {R.uniform(200, 300):.1f} kW, detune {signed(-400, 400, 0)} Hz"),
    ("E10", 2, "Beam dump: <*>",
     lambda: f"Beam dump: {pick(['RF trip', 'operator request', 'MPS interlock on SR07 vacuum', 'scheduled end of fill'])}"),
    ("E11", 4, "Undulator <*> gap <*>mm -> <*>mm (<*>)",
     lambda: f"Undulator {pick(['U27', 'CPMU-I03', 'U21'])} gap {R.uniform(5, 30):.3f}mm -> {R.uniform(5, 30):.3f}mm ({pick(['done', 'done', 'done', 'in motion', 'limit switch'])})"),
    ("E12", 2, "Radiation monitor <*> reading <*> uSv/h, limit <*> uSv/h",
     lambda: f"Radiation monitor {pick(['RM-EH1', 'RM-tunnel-4', 'gamma_07'])} reading {R.uniform(0.1, 30):.2f} uSv/h, limit {pick([3, 10])} uSv/h"),
    ("E13", 2, "Cryo plant: <*>: <*>K, level <*>%",
     lambda: f"Cryo plant: {pick(['CPMU-I03 cold head', 'LN2 dewar', 'SC wiggler'])}: {R.uniform(4, 80):.1f}K, level {R.randrange(20, 100)}%"),
]

# A bell foundry's casting pit: the furnace as key=value runs with a padded heat, moulds rammed for a
# quoted bell, pours, thermocouples after a bracketed pit, tuning with partials and signed cents,
# crane lifts, loam mixes, defects with free text, cooling, fume extraction, inscriptions, scrap.
BELLS = ["St. Mary's tenor", "Great Tom (recast)", "Peal of 8, no. 3", "Gloriosa II", "Carillon C5", "ship's bell", "Treble"]
PITS = ["Pit 1", "Pit 2", "Pit 3 (large)"]
FOUNDERS = ["E. Whitechapel", "master founder", "N. Petit", "crew B", "jo"]


def heat():
    return f"H-{R.randrange(0, 10000):04d}"


def bell_id():
    return pick([f"B{R.randrange(26000, 27000)}", f"bell-{mixed(5)}", f"B{R.randrange(26000, 27000)}/{R.randrange(1, 9)}"])


def bell_note():
    return f"{pick(['D', 'E♭', 'F#', 'G', 'B♭', 'C'])}{R.randrange(2, 6)}"


def bell_furnace():
    tin = R.uniform(21, 24)
    return (f"furnace={pick(['F1', 'F2', 'reverb'])} heat={heat()} metal={R.randrange(900, 1200)}C charge={R.randrange(200, 9000)}kg "
            f"tin={tin:.1f}% copper={100 - tin:.1f}% state={pick(['melting', 'melting', 'holding', 'skimming', 'ready to pour'])}")


SETS["bell_foundry"] = [
    ("E1", 20, "furnace=<*> heat=<*> metal=<*>C charge=<*>kg tin=<*>% copper=<*>% state=<*>", bell_furnace),
    ("E2", 8, "Mould \"<*>\" for bell <*> (<*> kg, note <*>) rammed in <*>",
     lambda: f"Mould \"{pick(BELLS)}\" for bell {bell_id()} ({R.randrange(20, 4000)} kg, note {bell_note()}) rammed in {pick(PITS)}"),
    ("E3", 7, "Pour <*> into <*>: <*> kg in <*>, temperature drop <*>C",
     lambda: f"Pour {heat()} into {bell_id()}: {R.randrange(20, 4200)} kg in {dur(20, 400)}, temperature drop {R.randrange(10, 90)}C"),
    ("E4", 16, "[<*>] thermocouple <*>: <*>C (rate <*>C/h)",
     lambda: f"[{pick(PITS)}] thermocouple {pick(['TC1', 'TC2', 'TC3', 'core-top', 'cope_mid'])}: {R.randrange(60, 1100)}C (rate {signed(-60, 5, 1)}C/h)"),
    ("E5", 6, "Tuning bell <*>: hum <*> Hz, prime <*> Hz, tierce <*> Hz, quint <*> Hz, nominal <*> Hz (<*> cents)",
     lambda: (lambda n: f"Tuning bell {bell_id()}: hum {n / 4:.1f} Hz, prime {n / 2:.1f} Hz, tierce {n * 0.6:.1f} Hz, quint {n * 0.75:.1f} Hz, nominal {n:.1f} Hz ({signed(-30, 30, 0)} cents)")(R.uniform(300, 1400))),
    ("E6", 4, "Crane <*> lifted <*>t load \"<*>\" to <*>",
     lambda: f"Crane {pick(['C1', '10t gantry'])} lifted {R.uniform(0.1, 9):.2f}t load \"{pick(['cope', 'core plate', 'bell ' + bell_id(), 'ladle 2'])}\" to {pick(PITS + ['tuning shop', 'fettling bay'])}"),
    ("E7", 3, "Loam mix batch <*>: <*>",
     lambda: f"Loam mix batch {pick(['LM' + str(R.randrange(100, 999)), mixed(5)])}: {pick(['sand 60%, clay 25%, horse hair, dung', 'standard', 'fine facing loam, extra goat hair'])}"),
    ("E8", 3, "Casting defect on <*>: <*>",
     lambda: f"Casting defect on {bell_id()}: {pick(['porosity at crown', 'cold shut near lip, 40mm', 'inscription letters blurred', 'gas hole in shoulder, repair by founder required'])}"),
    ("E9", 4, "Cooling of <*> complete after <*>, case removed by <*>",
     lambda: f"Cooling of {bell_id()} complete after {dur(20000, 300000)}, case removed by {pick(FOUNDERS)}"),
    ("E10", 2, "Fume extraction <*> fault: <*>",
     lambda: f"Fume extraction {pick(['FX-1', 'hood 2'])} fault: {pick(['filter differential pressure high', 'fan motor overload'])}"),
    ("E11", 2, "Inscription plate \"<*>\" approved by <*>",
     lambda: f"Inscription plate \"{pick(['GLORIA IN EXCELSIS DEO 2026', 'Cast for the parish of St. Anne', 'I call the living, mourn the dead'])}\" approved by {pick(FOUNDERS)}"),
    ("E12", 2, "Scrap metal received from <*>: <*> kg (<*>)",
     lambda: f"Scrap metal received from {pick(['St. Peter' + chr(39) + 's church', 'metals yard Leeds', 'own runners & risers'])}: {R.randrange(20, 4000)} kg ({pick(['bell metal', 'copper', 'mixed bronze'])})"),
    ("E13", 3, "Tuning lathe <*> removed <*>mm at <*>",
     lambda: f"Tuning lathe {pick(['TL1', 'TL2'])} removed {R.uniform(0.1, 3):.2f}mm at {pick(['lip', 'waist', 'sound bow', 'shoulder'])}"),
]

# A hearing-aid fitting clinic: fittings as key=value runs with a multi-word device and program,
# audiograms with a bracketed list of frequency pairs, real-ear measurements, pairing, appointments,
# firmware updates, quoted client notes, battery levels, datalogging durations, repairs, booth
# calibration, insurance claims, tinnitus maskers.
DEVICES = ["Phonak Audéo L90-R", "Oticon Intent 1", "Signia Pure C&G AX", "ReSound Nexia 9", "Widex Moment Sheer 440",
           "Starkey Genesis AI 24 RIC"]
PROGRAMS = ["Automatic", "Speech in Noise", "Music", "TV", "Calm Situation", "Restaurant (custom)"]
AUDIOLOGISTS = ["A. Nowak", "dr.hall", "S. Ilunga", "Kim J.", "m.ferreira"]


def client():
    return pick([f"C{R.randrange(0, 10 ** 6):06d}", f"cl-{R.randrange(1000, 99999)}", mixed(7)])


def hear_fit():
    return (f"fit client={client()} side={pick(['L', 'R', 'L', 'R', 'both'])} device={pick(DEVICES)} program={pick(PROGRAMS)} "
            f"gain_50={R.randrange(5, 45)}dB gain_80={R.randrange(0, 30)}dB mpo={R.randrange(95, 125)}dB "
            f"feedback={pick(['none', 'none', 'none', 'managed', 'detected at 3150 Hz'])}")


def audiogram():
    freqs = pick([[250, 500, 1000, 2000, 4000], [250, 500, 1000, 2000, 4000, 8000], [500, 1000, 2000, 3000, 4000, 6000, 8000]])
    return ", ".join(f"{f}:{R.randrange(0, 18) * 5}" for f in freqs)


SETS["hearing_fitting"] = [
    ("E1", 24, "fit client=<*> side=<*> device=<*> program=<*> gain_50=<*>dB gain_80=<*>dB mpo=<*>dB feedback=<*>", hear_fit),
    ("E2", 12, "Audiogram saved for <*> (<*>): [<*>]",
     lambda: f"Audiogram saved for {client()} ({pick(['left AC', 'right AC', 'left BC', 'right BC'])}): [{audiogram()}]"),
    ("E3", 9, "REM on <*> ear: target match <*>% in <*> bands, max deviation <*> dB",
     lambda: f"REM on {pick(['left', 'right'])} ear: target match {R.randrange(55, 100)}% in {pick([8, 12, 16])} bands, max deviation {signed(-12, 12, 1)} dB"),
    ("E4", 8, "Device <*> paired with <*> via <*> (<*>)",
     lambda: f"Device {pick(['SN' + str(R.randrange(10 ** 7, 10 ** 8)), hexs(12).upper()])} paired with {pick(['Noahlink Wireless 2', 'iPhone 15', 'Pixel 8', 'TV Connector'])} via {pick(['BLE', 'BLE', 'Bluetooth Classic', 'NFMI'])} ({pick(['ok', 'ok', 'ok', 'bonding failed', 'timeout after 30s'])})"),
    ("E5", 6, "Appointment <*> for <*> <*> with <*>",
     lambda: f"Appointment {pick(['AP-' + str(R.randrange(50000, 59999)), mixed(6)])} for {client()} {pick(['confirmed', 'rescheduled', 'no-show', 'cancelled by client'])} with {pick(AUDIOLOGISTS)}"),
    ("E6", 5, "Firmware update <*> -> <*> on <*>: <*>",
     lambda: f"Firmware update {pick(['3.2.1', '4.0.0', '1.17'])} -> {pick(['4.1.2', '4.2.0', '1.18.3'])} on {pick(DEVICES)}: {pick(['success', 'success', 'failed (battery too low)', 'aborted by user'])}"),
    ("E7", 4, "Client note: \"<*>\"",
     lambda: f"Client note: \"{pick(['too loud in the car', 'own voice sounds boomy', 'cannot hear grandchildren at dinner table, wants more high frequencies', 'ok'])}\""),
    ("E8", 3, "Battery <*>% on <*> <*>",
     lambda: f"Battery {R.randrange(2, 100)}% on {pick(DEVICES)} {pick(['L', 'R'])}"),
    ("E9", 4, "Datalog read from <*>: <*> use, <*> in noise, <*> volume changes",
     lambda: f"Datalog read from {client()}: {dur(3600, 50000)} use, {dur(60, 10000)} in noise, {R.randrange(0, 400)} volume changes"),
    ("E10", 3, "Repair ticket <*> opened for <*>: <*>",
     lambda: f"Repair ticket {pick(['RT' + str(R.randrange(1000, 9999)), mixed(6)])} opened for {pick(DEVICES)}: {pick(['receiver dead', 'wax guard stuck', 'intermittent sound after moisture exposure', 'charging contacts corroded'])}"),
    ("E11", 2, "Sound booth <*> calibration <*> (<*> dB SPL at 1 kHz)",
     lambda: f"Sound booth {pick(['1', '2'])} calibration {pick(['PASS', 'FAIL'])} ({R.uniform(68, 72):.1f} dB SPL at 1 kHz)"),
    ("E12", 3, "Insurance claim <*> submitted to <*>: <*> EUR",
     lambda: f"Insurance claim {R.randrange(0, 10 ** 8):08d} submitted to {pick(['AOK Nordost', 'TK', 'Barmer', 'private (DKV)'])}: {R.uniform(700, 3500):.2f} EUR"),
    ("E13", 2, "Tinnitus masker enabled on <*>: <*> noise at <*> dB",
     lambda: f"Tinnitus masker enabled on {client()}: {pick(['white', 'pink', 'ocean', 'speech-shaped'])} noise at {R.randrange(20, 60)} dB"),
]

SIZES = {"piano_regulation": 330, "mushroom_rooms": 340, "harbour_pilots": 320, "beamline": 350, "bell_foundry": 310,
         "hearing_fitting": 330}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
