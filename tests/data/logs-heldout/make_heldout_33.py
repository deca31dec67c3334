#!/usr/bin/env python3
"""Writes the thirty-third batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans, text the statement prints itself (units glued to a number, `=`,
brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_33.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(33333)


def mixed(n):
    return "".join(pick("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def dur():
    """A Go-like duration: 850ms, 47.3s, 1m32.5s, 2h03m10s."""
    k = pick([0, 1, 1, 2, 2, 2, 3])
    if k == 0:
        return f"{R.randrange(5, 999)}ms"
    if k == 1:
        return f"{R.randrange(10, 600) / 10:.1f}s"
    if k == 2:
        return f"{R.randrange(1, 59)}m{R.randrange(0, 600) / 10:.1f}s"
    return f"{R.randrange(1, 4)}h{R.randrange(0, 60):02d}m{R.randrange(0, 60):02d}s"


def size():
    return pick([f"{R.randrange(10, 1023)}KiB", f"{R.randrange(10, 9999) / 10:.1f}MiB", f"{R.randrange(100, 9000) / 100:.2f}GiB",
                 f"{R.randrange(100, 9000) / 100:.2f}GiB"])


def hhmm():
    return f"{R.randrange(6, 22):02d}:{pick(['00', '15', '30', '45', '10', '50'])}"


def stamp():
    return f"2026-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}T{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}Z"


def date():
    return f"2026-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}"


SETS = {}

# A crematorium's scheduling and cremator control: slots booked by funeral homes, chamber temperatures,
# cycles started and completed, identity checks, ashes transferred, emission alarms, overrunning services.
CREMATORS = ["CR-1", "CR-2", "Cremator 3 (new)", "cr4", "CR-2"]
FUNERAL_HOMES = ["Hartley & Sons", "Co-op Funeralcare", "A. J. O'Neill", "Green Meadow Natural Burials Ltd",
                 "Pryce", "St. Mary's Chapel of Rest", "Dignity (Westgate)"]
OPERATORS = ["mthomas", "J.Okafor", "kleila", "operator2", "R. Byrne"]
CHAPELS = ["East Chapel", "West", "Garden of Remembrance", "Chapel of St Francis", "Small chapel (side)"]


def case():
    return pick([f"C2026-{R.randrange(1, 9999):05d}", f"c26/{R.randrange(100, 999)}", mixed(6), f"C2026-{R.randrange(1, 9999):05d}"])


def crem_sched():
    return (f"SCHED slot={date()}T{hhmm()} cremator={pick(CREMATORS)} case={case()} funeral_home=\"{pick(FUNERAL_HOMES)}\" "
            f"status={pick(['BOOKED', 'BOOKED', 'CONFIRMED', 'CONFIRMED', 'MOVED', 'PROVISIONAL'])}")


def crem_temps():
    return (f"[{pick(CREMATORS)}] chamber={R.randrange(650, 1050)}C secondary={R.randrange(850, 1100)}C "
            f"O2={R.randrange(40, 140) / 10:.1f}% draft=-{R.randrange(5, 60)}Pa")


def crem_done():
    return (f"Cycle complete: case={case()} duration={dur()} gas_used={R.randrange(80, 600) / 10:.1f}m3 "
            f"cooling={pick(['natural', 'forced', 'forced (fan 2)', 'skipped'])}")


NOTES = ["nameplate matches", "nameplate matches", "coffin plate reads differently from form B", "plate missing, checked via tag",
         "second check by supervisor requested", "ok"]

SETS["crematorium"] = [
    ("E1", 30, "SCHED slot=<*> cremator=<*> case=<*> funeral_home=\"<*>\" status=<*>", crem_sched),
    ("E2", 40, "[<*>] chamber=<*>C secondary=<*>C O2=<*>% draft=<*>Pa", crem_temps),
    ("E3", 16, "Cycle started on <*> for case <*> by operator <*> (coffin: <*>)",
     lambda: f"Cycle started on {pick(CREMATORS)} for case {case()} by operator {pick(OPERATORS)} (coffin: {pick(['solid oak', 'MDF veneer', 'wicker', 'cardboard', 'pine (unvarnished)', 'bamboo'])})"),
    ("E4", 15, "Cycle complete: case=<*> duration=<*> gas_used=<*>m3 cooling=<*>", crem_done),
    ("E5", 7, "Identity check <*> for case <*>: <*>",
     lambda: f"Identity check {pick(['OK', 'OK', 'OK', 'MISMATCH', 'DEFERRED'])} for case {case()}: {pick(NOTES)}"),
    ("E6", 6, "Ashes transferred to urn U<*> (<*>) collected_by: <*>",
     lambda: f"Ashes transferred to urn U{R.randrange(1, 99999):05d} ({pick(['temporary container', 'oak casket', 'scatter tube', 'biodegradable urn (salt)'])}) collected_by: {pick(FUNERAL_HOMES + ['family', 'Mrs P. Hale'])}"),
    ("E7", 3, "Emission alarm [<*>] CO=<*>mg/Nm3 limit=<*>mg/Nm3 -- <*>",
     lambda: f"Emission alarm [{pick(CREMATORS)}] CO={R.randrange(50, 400)}mg/Nm3 limit={pick([50, 100])}mg/Nm3 -- {pick(['afterburner below setpoint', 'secondary air damper stuck', 'check burner B', 'sensor drift suspected, calibrate'])}"),
    ("E8", 4, "Service at chapel '<*>' overran by <*>, next slot <*> delayed",
     lambda: f"Service at chapel '{pick(CHAPELS)}' overran by {dur()}, next slot {hhmm()} delayed"),
    ("E9", 2, "Filter bag house dP high: <*> Pa on <*>",
     lambda: f"Filter bag house dP high: {R.randrange(1500, 3200)} Pa on {pick(['abatement line A', 'line B'])}"),
    ("E10", 3, "Booking <*> cancelled by <*>: \"<*>\"",
     lambda: f"Booking {case()} cancelled by {pick(FUNERAL_HOMES)}: \"{pick(['family request', 'coroner hold', 'moved to burial', 'date changed, rebook for next week (see notes)'])}\""),
    ("E11", 2, "Refractory inspection <*>: <*> cracks noted, next due <*>",
     lambda: f"Refractory inspection {pick(CREMATORS)}: {R.randrange(0, 6)} cracks noted, next due {date()}"),
    ("E12", 5, "Cremulator <*> run <*> residue=<*>kg metal_recovered=<*>g",
     lambda: f"Cremulator {pick(['CM1', 'cm-2'])} run {R.randrange(1, 4000)} residue={R.randrange(15, 45) / 10:.1f}kg metal_recovered={R.randrange(0, 900)}g"),
]

# A sugar refinery's batch centrifuges: cycles, massecuite feeds, wash valves, vibration, sugar bins,
# screen changes, molasses run-off, aborted cycles, setpoint changes, lab samples and shift reports.
CENTRIFUGES = ["CF-01", "CF-02", "CF-03", "cf04b", "Centrifuge 7", "CF-02", "CF-01"]
PANS = ["VP1", "VP2", "vp-3", "Pan 4 (continuous)"]


def cf_cycle():
    return (f"{pick(CENTRIFUGES)} cycle #{R.randrange(1, 99999):06d} load={R.randrange(900, 1750)}kg wash={R.randrange(20, 150) / 10:.1f}s "
            f"spin={pick([1050, 1100, 1150, 1200, 1250])}rpm plough={pick(['ok', 'ok', 'ok', 'ok', 'slow', 'retry', 'retry x2'])}")


SETS["sugar_centrifuges"] = [
    ("E1", 40, "<*> cycle #<*> load=<*>kg wash=<*>s spin=<*>rpm plough=<*>", cf_cycle),
    ("E2", 18, "Massecuite [<*>] brix=<*> purity=<*>% temp=<*>C from pan <*>",
     lambda: f"Massecuite [{pick(['A', 'A', 'B', 'C', 'raw A'])}] brix={R.randrange(880, 940) / 10:.1f} purity={R.randrange(820, 960) / 10:.1f}% temp={R.randrange(55, 78)}C from pan {pick(PANS)}"),
    ("E3", 12, "Wash water valve <*> -> <*> on <*>",
     lambda: f"Wash water valve {pick(['XV-101', 'xv-102', 'XV-210A'])} -> {pick(['OPEN', 'CLOSED', 'CLOSED', 'FAULT'])} on {pick(CENTRIFUGES)}"),
    ("E4", 9, "Vibration <*>: <*>mm/s (limit <*>mm/s) state=<*>",
     lambda: f"Vibration {pick(CENTRIFUGES)}: {R.randrange(5, 140) / 10:.1f}mm/s (limit {pick([7.1, 11.2])}mm/s) state={pick(['normal', 'normal', 'warning', 'trip'])}"),
    ("E5", 8, "Sugar bin <*> level <*>% (<*> t), conveyor '<*>' <*>",
     lambda: f"Sugar bin {pick(['S1', 'S2', 'bin 3'])} level {R.randrange(5, 99)}% ({R.randrange(10, 900) / 10:.1f} t), conveyor '{pick(['grasshopper 1', 'GH-2', 'belt to dryer'])}' {pick(['running', 'stopped', 'running slow'])}"),
    ("E6", 4, "Screen change on <*> after <*> cycles, basket: <*>, by <*>",
     lambda: f"Screen change on {pick(CENTRIFUGES)} after {R.randrange(2000, 30000)} cycles, basket: {pick(['0.06 mm slot', 'backing 1.5 mm', 'working screen (chrome)'])}, by {pick(['T. Ngcobo', 'maint', 'lvdm'])}"),
    ("E7", 6, "Molasses run-off <*> to tank <*>: <*> l, colour <*> IU",
     lambda: f"Molasses run-off {pick(['green', 'wash', 'green', 'mixed'])} to tank {pick(['T-12', 't13', 'T-14'])}: {R.randrange(100, 900)} l, colour {R.randrange(800, 25000)} IU"),
    ("E8", 3, "Cycle aborted on <*>: <*>",
     lambda: f"Cycle aborted on {pick(CENTRIFUGES)}: {pick(['feed gate timeout', 'imbalance detected during acceleration', 'plough did not retract', 'operator stop'])}"),
    ("E9", 3, "setpoint <*>.<*> changed <*> -> <*> by <*>",
     lambda: f"setpoint {pick(CENTRIFUGES)}.{pick(['spin_rpm', 'wash_s', 'load_kg'])} changed {R.randrange(100, 1300)} -> {R.randrange(100, 1300)} by {pick(['shift lead', 'jvr', 'HMI-2 (auto)'])}"),
    ("E10", 3, "Lab sample <*>-<*> polarisation=<*> ash=<*>% moisture=<*>% grade=<*>",
     lambda: f"Lab sample {mixed(5)}-{R.randrange(1, 99):02d} polarisation={R.randrange(9960, 9990) / 100:.2f} ash={R.randrange(1, 40) / 1000:.3f}% moisture={R.randrange(2, 60) / 1000:.3f}% grade={pick(['EU2', 'EU2', 'EU1', 'off-spec'])}"),
    ("E11", 2, "Interlock: <*> door open, drive <*> inhibited",
     lambda: f"Interlock: {pick(['curtain', 'inspection', 'lid'])} door open, drive {pick(CENTRIFUGES)} inhibited"),
    ("E12", 1, "Shift report <*>: <*> cycles, <*> t white sugar, downtime <*>",
     lambda: f"Shift report {pick(['A', 'B', 'C (night)'])}: {R.randrange(200, 900)} cycles, {R.randrange(100, 900) / 10:.1f} t white sugar, downtime {dur()}"),
]

# A canal's lock control: lockages with a bracketed list of vessels, gate and paddle movements, bookings,
# water levels, local control by keepers, obstructions, low pounds, refusals, stoppages and counts.
LOCKS = ["Caen Hill 29", "Foxton 3", "Lock 12 (Marsh)", "Bingley Five Rise", "Hatton 21", "Stoke Bruerne top"]
BOATS = ["Lazy Days", "Dunkirk Spirit", "NB Kingfisher", "The Otter's Holt", "Mañana", "Joie de Vivre II", "Ruby"]
GATES = ["upper-L", "upper-R", "lower-L", "lower-R", "ground paddle 2"]


def vessel_list():
    return ", ".join(f"'{pick(BOATS)}'" for _ in range(R.randrange(1, 4)))


def reg():
    return pick([f"{R.randrange(10000, 99999)}", f"CRT{R.randrange(100, 999)}{mixed(2)}", f"EA-{hexs(4).upper()}"])


SETS["canal_locks"] = [
    ("E1", 28, "LOCKAGE id=<*> lock=\"<*>\" dir=<*> vessels=[<*>] fill=<*> head=<*>m",
     lambda: f"LOCKAGE id={R.randrange(1, 999999):07d} lock=\"{pick(LOCKS)}\" dir={pick(['UP', 'DOWN'])} vessels=[{vessel_list()}] fill={dur()} head={R.randrange(120, 420) / 100:.2f}m"),
    ("E2", 22, "Gate <*> <*> (<*>) in <*>",
     lambda: f"Gate {pick(GATES)} {pick(['OPENED', 'CLOSED', 'CLOSED', 'OPENED'])} ({pick(['hydraulic', 'manual', 'hydraulic'])}) in {dur()}"),
    ("E3", 16, "Paddle <*> at <*>% -- level upper=<*>m lower=<*>m",
     lambda: f"Paddle {pick(['P1', 'P2', 'gate paddle L', 'ground-2'])} at {pick([0, 25, 50, 75, 100])}% -- level upper={R.randrange(300, 450) / 100:.2f}m lower={R.randrange(50, 200) / 100:.2f}m"),
    ("E4", 10, "Vessel \"<*>\" (<*>, <*>m) booked passage <*> via <*>",
     lambda: f"Vessel \"{pick(BOATS)}\" ({reg()}, {R.randrange(90, 220) / 10:.1f}m) booked passage {date()} {hhmm()} via {pick(['app', 'phone', 'lock keeper', 'web (partner)'])}"),
    ("E5", 7, "Water level [<*>] <*>m above weir crest, trend <*>",
     lambda: f"Water level [{pick(['pound 28/29', 'River Soar junction', 'top pound'])}] {R.randrange(-20, 40) / 100:.2f}m above weir crest, trend {pick(['rising', 'falling', 'steady'])}"),
    ("E6", 4, "Keeper <*> took local control of <*>: <*>",
     lambda: f"Keeper {pick(['Dave', 'S. Pritchard', 'keeper3'])} took local control of {pick(LOCKS)}: {pick(['hire boat struggling', 'training', 'sensor fault on lower gate', 'wide beam passage'])}"),
    ("E7", 4, "Obstruction detected at <*> by <*>, gate motion halted",
     lambda: f"Obstruction detected at {pick(GATES)} by {pick(['light curtain', 'pressure edge', 'CCTV analytics (cam 4)'])}, gate motion halted"),
    ("E8", 3, "Pound <*> low: <*>m below normal, back-pumping <*>",
     lambda: f"Pound {pick(['17-18', '28/29', 'summit'])} low: {R.randrange(5, 60) / 100:.2f}m below normal, back-pumping {pick(['started', 'unavailable', 'already running'])}"),
    ("E9", 3, "Passage refused to \"<*>\": <*>",
     lambda: f"Passage refused to \"{pick(BOATS)}\": {pick(['licence expired', 'beam exceeds 2.13m', 'outside operating hours', 'no booking'])}"),
    ("E10", 2, "Stoppage notice SN<*> published: <*> closed <*> to <*> (<*>)",
     lambda: f"Stoppage notice SN{R.randrange(1000, 9999)} published: {pick(LOCKS)} closed {date()} to {date()} ({pick(['gate replacement', 'low water', 'vandalism'])})"),
    ("E11", 3, "Traffic count <*>: up=<*> down=<*> boats, wait avg <*>",
     lambda: f"Traffic count {date()}: up={R.randrange(0, 80)} down={R.randrange(0, 80)} boats, wait avg {dur()}"),
    ("E12", 2, "Hydraulic pump <*> oil temp <*>C pressure <*> bar",
     lambda: f"Hydraulic pump {pick(['HP1', 'HP-2'])} oil temp {R.randrange(20, 75)}C pressure {R.randrange(90, 210)} bar"),
]

# A film archive's scanning line: frames scanned, reels mounted with quoted titles, files written,
# splices, damaged perforations, infrared cleaning, vinegar syndrome strips, checksums, calibration.
SCANNERS = ["Scanner A (Scanity)", "scan-02", "SCN3", "Lasergraphics 1"]
TITLES = ["Harbour Lights", "Untitled home movie (1958)", "Le \"Petit\" Train", "News Reel 412", "Brass Band Contest, Reel 2",
          "The Mill Girls", "Factory Outing 1936 (part B)"]


def reel():
    return pick([f"R{R.randrange(1, 99999):06d}", f"fa-{R.randrange(1000, 9999)}-{pick(['a', 'b', 'c'])}", mixed(7)])


SETS["film_scanning"] = [
    ("E1", 36, "scan reel=<*> frame=<*>/<*> gauge=<*> res=<*> fps=<*> dropped=<*>",
     lambda: f"scan reel={reel()} frame={R.randrange(1, 40000)}/{R.randrange(40000, 90000)} gauge={pick(['35mm', '16mm', 'Super 8', '9.5mm', '16mm'])} res={pick(['4K', '2K', '6.5K', '4K'])} fps={pick([5, 10, 15, 30])} dropped={pick([0, 0, 0, 0, 1, 3])}"),
    ("E2", 14, "Reel <*> \"<*>\" mounted on <*> (base: <*>, shrinkage <*>%)",
     lambda: f"Reel {reel()} \"{pick(TITLES)}\" mounted on {pick(SCANNERS)} (base: {pick(['acetate', 'acetate', 'nitrate', 'polyester'])}, shrinkage {R.randrange(1, 25) / 10:.1f}%)"),
    ("E3", 12, "Wrote <*> frames to /archive/dpx/<*>/ [<*>] in <*>",
     lambda: f"Wrote {R.randrange(100, 40000)} frames to /archive/dpx/{reel()}/ [{size()}] in {dur()}"),
    ("E4", 9, "Splice detected at frame <*> on reel <*>: <*>",
     lambda: f"Splice detected at frame {R.randrange(1, 40000)} on reel {reel()}: {pick(['tape', 'cement', 'tape (lifting)', 'unknown'])}"),
    ("E5", 6, "Perforation damage <*> frames <*>-<*>, slowed to <*> fps",
     lambda: f"Perforation damage {pick(['minor', 'severe', 'torn'])} frames {R.randrange(1, 20000)}-{R.randrange(20000, 40000)}, slowed to {pick([1, 2, 5])} fps"),
    ("E6", 5, "IR cleaning pass <*>: <*> defects mapped (<*>%)",
     lambda: f"IR cleaning pass {pick([1, 1, 2])}: {R.randrange(0, 90000)} defects mapped ({R.randrange(0, 400) / 100:.2f}%)"),
    ("E7", 4, "Vinegar syndrome A-D strip on can <*>: level <*> -- <*>",
     lambda: f"Vinegar syndrome A-D strip on can {pick([mixed(6), 'NC-' + str(R.randrange(100, 999)), mixed(4) + str(R.randrange(10, 99))])}: level {pick(['0', '1', '1.5', '2', '3'])} -- {pick(['ok', 'isolate in cold store', 'scan with priority, odour noted'])}"),
    ("E8", 5, "Checksum <*> for <*>.mkv: <*>",
     lambda: (lambda a: f"Checksum {a[0]} for {reel()}.mkv: {hexs(a[1])}")(pick([('MD5', 32), ('SHA-256', 64), ('xxh64', 16)]))),
    ("E9", 2, "Light source <*> calibrated: R=<*> G=<*> B=<*> drift <*>%",
     lambda: f"Light source {pick(SCANNERS)} calibrated: R={R.randrange(900, 1100)} G={R.randrange(900, 1100)} B={R.randrange(900, 1100)} drift {R.randrange(-30, 30) / 10:.1f}%"),
    ("E10", 3, "Job <*> for <*> finished: <*> reels, <*>, QC <*>",
     lambda: f"Job {uuid()[:8]} for {pick(['BFI loan', 'Regional Archive', 'internal', 'Dr. H. Olsen (research)'])} finished: {R.randrange(1, 40)} reels, {size()}, QC {pick(['passed', 'passed', 'pending', 'failed'])}"),
    ("E11", 2, "Operator note [<*>]: <*>",
     lambda: f"Operator note [{pick(['ekaur', 'J. Morel'])}]: {pick(['leader missing, added new', 'strong curl, used wet gate', 'title card out of sync', 'reel rewound tails out'])}"),
    ("E12", 2, "Gate tension <*>: <*> cN (target <*> cN)",
     lambda: f"Gate tension {pick(['supply', 'take-up'])}: {R.randrange(50, 300)} cN (target {pick([120, 150])} cN)"),
    ("E13", 2, "Storage pool <*> at <*>% (<*> free)",
     lambda: f"Storage pool {pick(['dpx-hot', 'LTO-staging'])} at {R.randrange(50, 99)}% ({size()} free)"),
]

# A lifeboat station's launches: pager taskings, crew responses, launches, positions, returns,
# launch tractors, coastguard messages, exercises, kit checks, slipways, handovers and weather.
CREW = ["Tom H", "Sian", "D. McLeod", "Ffion Jones", "Baz", "Kwame Asante"]


def boat():
    return pick(["ALB 13-21", "ILB D-874", "Shannon 13-40", "relief ALB"])


def sea():
    return pick(["slight", "moderate", "rough", "very rough", "calm"])


SETS["lifeboat_station"] = [
    ("E1", 16, "PAGER tasking=<*>-<*> boat=<*> crew_needed=<*> incident=\"<*>\"",
     lambda: f"PAGER tasking={mixed(3)}-{R.randrange(100, 999)} boat={boat()} crew_needed={R.randrange(3, 8)} incident=\"{pick(['yacht aground', 'person in water off pier', 'kayaker overdue', 'fishing vessel engine failure 4nm NE', 'dog cut off by tide'])}\""),
    ("E2", 30, "Crew <*> [<*>] <*> via <*> eta <*>min",
     lambda: f"Crew {pick(CREW)} [{pick(['helm', 'crew', 'crew', 'tractor driver', 'launch authority'])}] {pick(['ACCEPT', 'ACCEPT', 'DECLINE', 'ACCEPT'])} via {pick(['app', 'app', 'SMS'])} eta {R.randrange(2, 15)}min"),
    ("E3", 11, "Launch <*>: <*> launched at <*> from <*>, crew=<*>, sea state <*>",
     lambda: f"Launch {R.randrange(1, 400)}: {boat()} launched at {hhmm()} from {pick(['slipway', 'carriage (beach)', 'afloat berth'])}, crew={R.randrange(3, 8)}, sea state {sea()}"),
    ("E4", 25, "Position <*>N <*>W SOG=<*>kn COG=<*> fuel=<*>%",
     lambda: f"Position {R.randrange(50, 58)}.{R.randrange(0, 99999):05d}N {R.randrange(0, 6)}.{R.randrange(0, 99999):05d}W SOG={R.randrange(0, 250) / 10:.1f}kn COG={R.randrange(0, 360):03d} fuel={R.randrange(20, 100)}%"),
    ("E5", 9, "Returned to station: <*> after <*>, outcome: <*>",
     lambda: f"Returned to station: {boat()} after {dur()}, outcome: {pick(['towed to harbour', 'stood down', 'casualty recovered', 'false alarm with good intent'])}"),
    ("E6", 6, "Tractor <*> battery <*>V engine hours <*>h",
     lambda: f"Tractor {pick(['TA-52', 'ta53'])} battery {R.randrange(230, 280) / 10:.1f}V engine hours {R.randrange(100, 9000)}h"),
    ("E7", 5, "Coastguard <*> message: \"<*>\"",
     lambda: f"Coastguard {pick(['Humber', 'Milford Haven', 'Falmouth'])} message: \"{pick(['stand down, casualty self-rescued', 'helicopter R924 on scene', 'request search pattern sector 3', 'continue'])}\""),
    ("E8", 4, "Exercise logged: <*> by <*> (<*> crew), notes: <*>",
     lambda: f"Exercise logged: {pick(['man overboard', 'night nav', 'tow', 'casualty care'])} by {pick(CREW)} ({R.randrange(3, 9)} crew), notes: {pick(['good', 'radio check failed on ch 0', 'new crew member signed off'])}"),
    ("E9", 3, "Kit check <*>: <*> items ok, <*> missing [<*>]",
     lambda: f"Kit check {boat()}: {R.randrange(20, 60)} items ok, {R.randrange(1, 4)} missing [{', '.join(pick(['flare pack', 'first aid kit', 'drogue', 'torch']) for _ in range(R.randrange(1, 3)))}]"),
    ("E10", 2, "Slipway <*> status <*> -> <*>",
     lambda: f"Slipway {pick(['main', 'north'])} status {pick(['READY', 'MAINTENANCE'])} -> {pick(['READY', 'BLOCKED'])}"),
    ("E11", 2, "Casualty handed over to <*> at <*>",
     lambda: f"Casualty handed over to {pick(['ambulance', 'coastguard rescue team', 'harbour master'])} at {hhmm()}"),
    ("E12", 4, "Weather [<*>] wind <*> <*>kt gust <*>kt, visibility <*>",
     lambda: f"Weather [{pick(['station mast', 'buoy 62103'])}] wind {pick(['SW', 'W', 'NNE', 'S'])} {R.randrange(3, 40)}kt gust {R.randrange(10, 55)}kt, visibility {pick(['good', 'moderate', 'poor', 'fog patches'])}"),
]

# A space agency's clean room access: badge access with gowning, particle counts, airlocks, pressure
# differentials, denials, tools brought in, gown lots, excursions, expired training, humidity, swabs.
ROOMS = ["ISO-7 integration hall", "ISO-5 bay 2", "gowning room", "SAS-1", "ISO-8 anteroom"]
PEOPLE = ["a.rossi", "JSmith", "lmarchetti", "n.tanaka", "contractor-0412", "P.Weiß"]


def badge():
    return pick([f"{R.randrange(100000, 999999)}", f"B{hexs(6).upper()}", f"{R.randrange(100000, 999999)}"])


SETS["clean_room"] = [
    ("E1", 32, "ACCESS badge=<*> user=<*> door=<*> result=<*> gowning=<*>",
     lambda: f"ACCESS badge={badge()} user={pick(PEOPLE)} door={pick(['D-101', 'D-102', 'SAS-1 inner', 'D-205'])} result={pick(['GRANTED', 'GRANTED', 'GRANTED', 'DENIED'])} gowning={pick(['full', 'full', 'partial', 'none'])}"),
    ("E2", 28, "Particle count [<*>] 0.5um=<*>/m3 5.0um=<*>/m3 class=<*>",
     lambda: f"Particle count [{pick(ROOMS)}] 0.5um={R.randrange(100, 400000)}/m3 5.0um={R.randrange(0, 3000)}/m3 class={pick(['ISO 5', 'ISO 7', 'ISO 7', 'ISO 8'])}"),
    ("E3", 12, "Airlock <*> cycle: <*> -> <*> purge <*>",
     lambda: f"Airlock {pick(['SAS-1', 'SAS-2', 'material lock'])} cycle: {pick(['outer', 'inner'])} -> {pick(['inner', 'outer'])} purge {dur()}"),
    ("E4", 10, "dP <*>: <*> Pa (min <*> Pa) <*>",
     lambda: f"dP {pick(ROOMS)}: {R.randrange(5, 45)} Pa (min {pick([10, 15])} Pa) {pick(['ok', 'ok', 'LOW'])}"),
    ("E5", 6, "Denied: <*> attempted <*> -- <*>",
     lambda: f"Denied: {pick(PEOPLE)} attempted {pick(['D-205', 'SAS-1 inner'])} -- {pick(['gowning not confirmed', 'training expired', 'room in excursion', 'badge not enrolled for this zone'])}"),
    ("E6", 5, "Tool '<*>' moved into <*> by <*>, bagged: <*>",
     lambda: f"Tool '{pick(['torque wrench 12Nm', 'ESD mat', 'borescope (loan)', 'crane spreader'])}' moved into {pick(ROOMS)} by {pick(PEOPLE)}, bagged: {pick(['yes', 'double', 'no'])}"),
    ("E7", 4, "Gown lot GL-<*> issued to <*> (size <*>), expires <*>",
     lambda: f"Gown lot GL-{R.randrange(1000, 9999)} issued to {pick(PEOPLE)} (size {pick(['S', 'M', 'L', 'XL'])}), expires {date()}"),
    ("E8", 3, "Excursion alarm: <*> in <*> exceeded <*> for <*>",
     lambda: f"Excursion alarm: {pick(['0.5um count', 'humidity', 'dP'])} in {pick(ROOMS)} exceeded {pick(['alert level', 'action level'])} for {dur()}"),
    ("E9", 2, "Training <*> expired for <*>; access revoked to <*>",
     lambda: f"Training {pick(['CR-101', 'ESD-2'])} expired for {pick(PEOPLE)}; access revoked to {pick(ROOMS)}"),
    ("E10", 4, "Humidity <*> RH=<*>% T=<*>C",
     lambda: f"Humidity {pick(ROOMS)} RH={R.randrange(300, 600) / 10:.1f}% T={R.randrange(190, 240) / 10:.1f}C"),
    ("E11", 2, "Contamination swab S<*> on <*>: <*> CFU",
     lambda: f"Contamination swab S{R.randrange(100, 999)} on {pick(['bench 3', 'flight hardware cover', 'door handle D-102'])}: {R.randrange(0, 12)} CFU"),
    ("E12", 1, "Emergency exit <*> opened, <*>",
     lambda: f"Emergency exit {pick(['EX-1', 'EX-3'])} opened, {pick(['fire alarm test', 'unauthorised', 'evacuation drill'])}"),
]

SIZES = {"crematorium": 330, "sugar_centrifuges": 340, "canal_locks": 320, "film_scanning": 350, "lifeboat_station": 310,
         "clean_room": 330}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
