#!/usr/bin/env python3
"""Writes the eighteenth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same
columns and labelling as make_heldout.py: one event per log statement, everything its arguments fill
in is a variable however many words it spans, text the statement prints itself (units glued to a
number, `=`, brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_18.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(18181)


def clock():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def dur():
    scale = pick(["s", "s", "s", "m", "m", "h"])
    if scale == "s":
        return f"{R.randrange(0, 60)}.{R.randrange(0, 10)}s"
    if scale == "m":
        return f"{R.randrange(1, 60)}m{R.randrange(0, 60)}.{R.randrange(0, 10)}s"
    return f"{R.randrange(1, 9)}h{R.randrange(0, 60)}m{R.randrange(0, 60)}s"


SETS = {}

# A dairy farm's milking robots: cows identified at the box, yields per quarter, teat attach failures,
# milk conductivity alarms, separation of milk, cleaning runs, feed dispensed, refusals.
COWS = [f"{n:04d}" for n in R.sample(range(1, 1400), 40)]
COW_NAMES = ["Bella", "Clara 2", "Rosie", "Lotte", "Daisy May", "Elsa", "Berta", "Frieda III", "Mona"]
ROBOTS = ["VMS-1", "VMS-2", "VMS-3", "Astro-A", "Astro-B"]
QUARTERS = ["LF", "RF", "LR", "RR"]


def milking():
    q = " ".join(f"{x}={R.randrange(18, 62) / 10:.1f}" for x in QUARTERS)
    return (f"[{pick(ROBOTS)}] cow {pick(COWS)} \"{pick(COW_NAMES)}\" milked: {R.randrange(60, 230) / 10:.1f}kg in {dur()} "
            f"({q}) flow={R.randrange(12, 45) / 10:.2f}kg/min")


SETS["milking_robots"] = [
    ("E1", 30, "[<*>] cow <*> \"<*>\" milked: <*>kg in <*> (LF=<*> RF=<*> LR=<*> RR=<*>) flow=<*>kg/min", milking),
    ("E2", 22, "[<*>] cow <*> identified by <*> tag <*> at gate <*>",
     lambda: f"[{pick(ROBOTS)}] cow {pick(COWS)} identified by {pick(['neck', 'neck', 'ear', 'leg'])} tag DE0{R.randrange(10 ** 9, 10 ** 10)} at gate {pick(['in', 'in', 'sort-1', 'sort-2'])}"),
    ("E3", 14, "[<*>] feed dispensed: cow=<*> ration=<*> amount=<*>g remaining=<*>g",
     lambda: f"[{pick(ROBOTS)}] feed dispensed: cow={pick(COWS)} ration={pick(['LACT-HIGH', 'LACT-HIGH', 'LACT-MID', 'DRY', 'fresh cow mix'])} amount={R.randrange(200, 2500)}g remaining={R.randrange(0, 6000)}g"),
    ("E4", 8, "[<*>] attach failed on <*> after <*> attempts: <*>",
     lambda: f"[{pick(ROBOTS)}] attach failed on {pick(QUARTERS)} after {pick([2, 3, 3, 4])} attempts: {pick(['teat not found', 'cow kicked off cup', 'camera view blocked by tail', 'vacuum leak'])}"),
    ("E5", 6, "[<*>] cow <*> refused: not milking permission (last milking <*> ago, interval <*>h)",
     lambda: f"[{pick(ROBOTS)}] cow {pick(COWS)} refused: not milking permission (last milking {dur()} ago, interval {pick([6, 8, 8, 10])}h)"),
    ("E6", 4, "ALARM conductivity <*> quarter <*> cow <*>: <*> mS/cm (herd avg <*>)",
     lambda: f"ALARM conductivity {pick(['HIGH', 'HIGH', 'RISING'])} quarter {pick(QUARTERS)} cow {pick(COWS)}: {R.randrange(55, 90) / 10:.1f} mS/cm (herd avg {R.randrange(45, 55) / 10:.1f})"),
    ("E7", 4, "[<*>] milk separated to <*> tank: cow <*> reason=\"<*>\"",
     lambda: f"[{pick(ROBOTS)}] milk separated to {pick(['calf', 'calf', 'drain'])} tank: cow {pick(COWS)} reason=\"{pick(['colostrum', 'antibiotic treatment until 2026-12-11', 'blood detected', 'colour deviation'])}\""),
    ("E8", 3, "[<*>] cleaning <*> started (detergent <*>, water <*> C)",
     lambda: f"[{pick(ROBOTS)}] cleaning {pick(['main', 'main', 'short', 'rinse'])} started (detergent {pick(['acid', 'alkaline'])}, water {R.randrange(60, 85)} C)"),
    ("E9", 3, "[<*>] cleaning finished in <*>, result <*>",
     lambda: f"[{pick(ROBOTS)}] cleaning finished in {dur()}, result {pick(['OK', 'OK', 'OK', 'TEMP LOW'])}"),
    ("E10", 2, "Milk tank <*>: level <*> L, temp <*>C, cooling <*>",
     lambda: f"Milk tank {pick(['T1', 'T2'])}: level {R.randrange(500, 12000)} L, temp {R.randrange(30, 60) / 10:.1f}C, cooling {pick(['on', 'off'])}"),
    ("E11", 2, "Collection by tanker <*>: <*> L picked up, sample <*>",
     lambda: f"Collection by tanker {pick(['DH-MK 412', 'ROW-JS 77'])}: {R.randrange(8000, 24000)} L picked up, sample {hexs(8).upper()}"),
    ("E12", 1, "[<*>] robot arm error <*>: <*>",
     lambda: f"[{pick(ROBOTS)}] robot arm error {pick(['E-104', 'E-231', 'E-017'])}: {pick(['hydraulic pressure low', 'arm position out of range', 'laser dirty'])}"),
]

# An observatory's telescope control system: slews, tracking, guiding corrections, dome, exposures,
# focus runs, weather closures, instrument changes, target acquisitions.
TARGETS = ["M 31", "NGC 7331", "HD 189733", "Vega", "SN 2026abx", "WASP-12", "Abell 2218", "3C 273", "Gaia DR3 4295806720"]
FILTERS = ["B", "V", "R", "I", "Halpha", "OIII", "g'", "r'"]


def radec():
    return (f"{R.randrange(0, 24):02d}h{R.randrange(0, 60):02d}m{R.randrange(0, 600) / 10:04.1f}s "
            f"{pick(['+', '-'])}{R.randrange(0, 89):02d}d{R.randrange(0, 60):02d}'{R.randrange(0, 60):02d}\"")


def frame():
    return f"obs_2026-12-07_{R.randrange(1, 800):04d}.fits"


SETS["telescope_control"] = [
    ("E1", 26, "EXPOSE <*> filter=<*> exptime=<*>s binning=<*> file=<*>",
     lambda: f"EXPOSE {pick(['LIGHT', 'LIGHT', 'LIGHT', 'DARK', 'FLAT', 'BIAS'])} filter={pick(FILTERS)} exptime={pick([0.5, 1, 5, 30, 60, 120, 300, 600]):.1f}s binning={pick(['1x1', '1x1', '2x2'])} file={frame()}"),
    ("E2", 24, "guider: correction RA <*>\" Dec <*>\" (rms <*>\", star SNR <*>)",
     lambda: f"guider: correction RA {R.uniform(-1.5, 1.5):+.2f}\" Dec {R.uniform(-1.5, 1.5):+.2f}\" (rms {R.uniform(0.2, 1.4):.2f}\", star SNR {R.randrange(8, 400)})"),
    ("E3", 10, "mount: slewing to '<*>' at <*> (alt <*> deg, az <*> deg)",
     lambda: f"mount: slewing to '{pick(TARGETS)}' at {radec()} (alt {R.randrange(200, 880) / 10:.1f} deg, az {R.randrange(0, 3600) / 10:.1f} deg)"),
    ("E4", 9, "mount: slew complete in <*>, tracking <*>",
     lambda: f"mount: slew complete in {dur()}, tracking {pick(['sidereal', 'sidereal', 'sidereal', 'lunar', 'non-sidereal (ephemeris)'])}"),
    ("E5", 6, "dome: azimuth <*> -> <*> (shutter <*>)",
     lambda: f"dome: azimuth {R.randrange(0, 360)} -> {R.randrange(0, 360)} (shutter {pick(['OPEN', 'OPEN', 'CLOSED', 'MOVING'])})"),
    ("E6", 5, "focus: run with <*> points on filter <*>, best position <*> HFD=<*>px",
     lambda: f"focus: run with {pick([7, 9, 11])} points on filter {pick(FILTERS)}, best position {R.randrange(12000, 18000)} HFD={R.uniform(1.8, 4.5):.2f}px"),
    ("E7", 4, "guider: star lost after <*> frames, <*>",
     lambda: f"guider: star lost after {R.randrange(1, 900)} frames, {pick(['searching', 'searching', 'pausing sequence', 'clouds suspected'])}"),
    ("E8", 3, "weather: <*> (humidity <*>%, wind <*> m/s, sky <*> C) -> <*>",
     lambda: f"weather: {pick(['UNSAFE', 'UNSAFE', 'SAFE'])} (humidity {R.randrange(40, 99)}%, wind {R.randrange(0, 200) / 10:.1f} m/s, sky {R.randrange(-40, 0)} C) -> {pick(['closing dome', 'parking mount', 'resuming sequence', 'no action'])}"),
    ("E9", 4, "sequence '<*>' target <*>/<*> done, <*> frames, total <*>",
     lambda: f"sequence '{pick(['Survey night 12', 'exoplanet transit', 'M31 mosaic panel 4', 'flats dusk'])}' target {R.randrange(1, 6)}/{R.randrange(6, 12)} done, {R.randrange(1, 120)} frames, total {dur()}"),
    ("E10", 2, "instrument: switched from <*> to <*> (<*> ms)",
     lambda: f"instrument: switched from {pick(['CCD-A', 'spectrograph', 'polarimeter'])} to {pick(['CCD-B', 'CCD-A', 'IR camera'])} ({R.randrange(800, 30000)} ms)"),
    ("E11", 2, "ccd: temperature <*>C, setpoint <*>C, cooler power <*>%",
     lambda: f"ccd: temperature {R.uniform(-31, -18):.1f}C, setpoint {pick([-20, -25, -30, -27.5]):.1f}C, cooler power {R.randrange(30, 100)}%"),
    ("E12", 2, "plate solve: <*> at RA=<*> Dec=<*> rotation=<*>deg scale=<*>\"/px",
     lambda: f"plate solve: {pick(['success', 'success', 'refined', 'success (blind)'])} at RA={R.uniform(0, 360):.5f} Dec={R.uniform(-60, 85):.5f} rotation={R.uniform(0, 360):.2f}deg scale={R.uniform(0.4, 1.8):.3f}\"/px"),
    ("E13", 1, "plate solve failed: <*> stars detected, <*>",
     lambda: f"plate solve failed: {R.randrange(0, 12)} stars detected, {pick(['index not covering field', 'timeout after 60s', 'too few stars'])}"),
]

# A ferry line's booking and boarding system: tickets checked in at lanes, vehicles measured,
# sailings opened and closed, deck space, cancellations, manifest exports, passengers counted.
SHIPS = ["MV Stena Aurora", "MS Nordlicht", "Kalle II", "MV Isle of Mull", "MS Prinsesse Ragnhild"]
ROUTES = ["Kiel-Oslo", "Oban-Craignure", "Puttgarden-Rodby", "Rostock-Trelleborg"]
PLATES = ["HH-AB 1234", "KI XY 77", "SK 12 ABC", "B-JK 4455", "AB12 CDE", "OSL 44521"]


def booking():
    return f"{pick(['BK', 'BK', 'WB', 'AG'])}{R.randrange(100000, 999999)}{pick(['', '', '/' + str(R.randrange(1, 4))])}"


def sailing():
    return f"{pick(ROUTES)} {R.randrange(6, 23):02d}:{pick(['00', '15', '30', '45'])}"


SETS["ferry_boarding"] = [
    ("E1", 28, "CHECKIN lane <*> booking <*> vehicle=<*> plate=\"<*>\" pax=<*> sailing=\"<*>\"",
     lambda: f"CHECKIN lane {pick([1, 2, 3, 4, 5, 6, 12])} booking {booking()} vehicle={pick(['CAR', 'CAR', 'CAR', 'VAN', 'MC', 'CAR+TRAILER', 'HGV'])} plate=\"{pick(PLATES)}\" pax={R.randrange(1, 6)} sailing=\"{sailing()}\""),
    ("E2", 20, "gate: ticket <*> scanned at <*> -> <*>",
     lambda: f"gate: ticket {pick(['Tk', 'tK', 'TK'])}-{''.join(pick('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789') for _ in range(8))} scanned at {pick(['foot passenger gate A', 'gate B', 'car deck ramp'])} -> {pick(['BOARDED', 'BOARDED', 'BOARDED', 'ALREADY BOARDED', 'WRONG SAILING'])}"),
    ("E3", 10, "vehicle measured: <*> length=<*>m height=<*>m -> lane <*>",
     lambda: f"vehicle measured: {pick(PLATES)} length={R.uniform(3.5, 16.5):.2f}m height={R.uniform(1.4, 4.2):.2f}m -> lane {pick([1, 2, 3, 4, 7, 8])}"),
    ("E4", 6, "deck space <*>: <*>/<*> lane metres used, <*> bookings not arrived",
     lambda: f"deck space {pick(['main deck', 'upper car deck', 'hoistable deck'])}: {R.randrange(100, 900)}/{pick([900, 1200])} lane metres used, {R.randrange(0, 40)} bookings not arrived"),
    ("E5", 5, "sailing \"<*>\" on <*>: boarding <*>",
     lambda: f"sailing \"{sailing()}\" on {pick(SHIPS)}: boarding {pick(['OPEN', 'CLOSED', 'CLOSED', 'SUSPENDED'])}"),
    ("E6", 4, "booking <*> amended by <*>: <*>",
     lambda: f"booking {booking()} amended by {pick(['agent kl', 'web', 'call centre ms'])}: {pick(['sailing changed', 'vehicle changed to VAN', 'passengers 2 -> 3', 'cabin added'])}"),
    ("E7", 3, "manifest for \"<*>\" sent to <*>: <*> passengers, <*> vehicles, <*> KiB",
     lambda: f"manifest for \"{sailing()}\" sent to {pick(['port authority', 'customs', 'coastguard'])}: {R.randrange(80, 1400)} passengers, {R.randrange(10, 400)} vehicles, {R.randrange(20, 900)} KiB"),
    ("E8", 3, "sailing \"<*>\" cancelled: <*>; <*> bookings rebooked",
     lambda: f"sailing \"{sailing()}\" cancelled: {pick(['weather', 'technical fault on ' + pick(SHIPS), 'berth unavailable'])}; {R.randrange(1, 300)} bookings rebooked"),
    ("E9", 3, "payment for booking <*>: <*> <*> via <*>",
     lambda: f"payment for booking {booking()}: {R.randrange(20, 900)}.{R.randrange(0, 100):02d} {pick(['EUR', 'NOK', 'GBP', 'DKK'])} via {pick(['card', 'card', 'invoice', 'voucher'])}"),
    ("E10", 2, "hazardous goods declared: booking <*> UN<*> class <*> (<*>)",
     lambda: f"hazardous goods declared: booking {booking()} UN{pick([1203, 1965, 1075, 3481])} class {pick(['3', '2.1', '9'])} ({pick(['gas bottles', 'petrol in jerrycan', 'lithium batteries'])})"),
    ("E11", 2, "lane <*> scanner offline, fallback to manual",
     lambda: f"lane {pick([1, 2, 3, 12])} scanner offline, fallback to manual"),
]

# A mobile radio network's base stations (eNodeB/gNodeB-like OAM log): cells up and down, handovers,
# alarms raised and cleared, RRC connection counts, transmit power, software downloads, clock sync.
SITES = [f"{pick(['MUC', 'BER', 'HAM', 'FRA'])}{R.randrange(1000, 9999)}" for _ in range(12)]


def cell():
    return f"{pick(SITES)}_{pick(['L800', 'L1800', 'L2600', 'N3500', 'N700'])}_{R.randrange(1, 4)}"


SETS["base_stations"] = [
    ("E1", 26, "<*> RRC: connected=<*> setup_succ=<*>% drops=<*> prb_dl=<*>% prb_ul=<*>%",
     lambda: f"{cell()} RRC: connected={R.randrange(0, 600)} setup_succ={R.uniform(95, 100):.2f}% drops={R.randrange(0, 12)} prb_dl={R.randrange(0, 100)}% prb_ul={R.randrange(0, 100)}%"),
    ("E2", 20, "HO <*> -> <*> ue=<*> cause=<*> result=<*>",
     lambda: f"HO {cell()} -> {cell()} ue=0x{hexs(4)} cause={pick(['A3', 'A3', 'A5', 'coverage', 'load balancing'])} result={pick(['SUCCESS', 'SUCCESS', 'SUCCESS', 'FAILURE (T304 expiry)', 'CANCELLED'])}"),
    ("E3", 8, "ALARM RAISED id=<*> sev=<*> obj=<*> \"<*>\"",
     lambda: f"ALARM RAISED id={R.randrange(10000, 99999)} sev={pick(['MAJOR', 'MINOR', 'CRITICAL', 'WARNING'])} obj={pick(SITES)}/{pick(['RRU-1', 'RRU-2', 'BBU', 'PSU-A', 'GPS'])} \"{pick(['VSWR over threshold', 'Link to transport lost', 'Fan failure', 'Mains power failure, running on battery', 'Temperature high'])}\""),
    ("E4", 7, "ALARM CLEARED id=<*> after <*>",
     lambda: f"ALARM CLEARED id={R.randrange(10000, 99999)} after {dur()}"),
    ("E5", 5, "cell <*> state <*> -> <*> (<*>)",
     lambda: f"cell {cell()} state {pick(['ENABLED', 'DISABLED', 'LOCKED'])} -> {pick(['DISABLED', 'ENABLED', 'SHUTTING DOWN'])} ({pick(['operator', 'energy saving night mode', 'RRU fault', 'license expired'])})"),
    ("E6", 5, "<*> tx power <*>: <*> dBm -> <*> dBm",
     lambda: f"{cell()} tx power {pick(['reduced', 'restored'])}: {R.randrange(30, 49)} dBm -> {R.randrange(30, 49)} dBm"),
    ("E7", 4, "SW download <*> to <*>: <*>/<*> MiB",
     lambda: f"SW download {pick(['R23.2.1', 'R23.4.0-hf3', 'R24.1'])} to {pick(SITES)}: {R.randrange(1, 900)}/{pick([912, 1024])} MiB"),
    ("E8", 3, "sync source <*> <*>, offset <*> ns",
     lambda: f"sync source {pick(['GPS', 'PTP grandmaster 10.9.0.1', 'SyncE'])} {pick(['LOCKED', 'LOCKED', 'HOLDOVER', 'LOST'])}, offset {R.randrange(-900, 900)} ns"),
    ("E9", 3, "X2 link to <*> <*>",
     lambda: f"X2 link to {pick(SITES)} {pick(['established', 'established', 'released', 'setup failed: SCTP INIT timeout'])}"),
    ("E10", 2, "site <*> battery <*>% remaining, estimated <*>",
     lambda: f"site {pick(SITES)} battery {R.randrange(5, 100)}% remaining, estimated {dur()}"),
    ("E11", 2, "PCI conflict detected between <*> and <*> (PCI <*>)",
     lambda: f"PCI conflict detected between {cell()} and {cell()} (PCI {R.randrange(0, 504)})"),
    ("E13", 4, "S1 setup towards <*>: eNB-ID 0x<*> (tac: <*>, plmn: <*>) -> <*>",
     lambda: f"S1 setup towards {pick(['mme-Pool3.core.example', 'mmeB07.epc.example.net', '10.200.1.17'])}: eNB-ID 0x{hexs(5).upper()} (tac: {R.randrange(1000, 65000)}, plmn: {pick(['262-01', '262-02', '262-03'])}) -> {pick(['S1SetupResponse', 'S1SetupResponse', 'S1SetupFailure [cause: unknown-PLMN]'])}"),
    ("E12", 1, "config commit <*> by <*>: <*> parameters changed",
     lambda: f"config commit {hexs(7)} by {pick(['netopt', 'a.weber', 'SON'])}: {R.randrange(1, 80)} parameters changed"),
]

# A city's traffic light controllers reporting to the central: phase changes, detector loops,
# bus priority requests, pedestrian buttons, lamp failures, program switches, conflict monitor.
JUNCTIONS = ["K012 Hauptstr/Ringstr", "K047 Bahnhofplatz", "K103 Am Markt", "K221 Westtangente/B27", "K305 Uni-Sued"]


def jn():
    return pick(JUNCTIONS).split()[0]


SETS["traffic_signals"] = [
    ("E1", 28, "<*> stage <*> -> <*> at cycle second <*> (cycle <*>s)",
     lambda: f"{jn()} stage {R.randrange(1, 6)} -> {R.randrange(1, 6)} at cycle second {R.randrange(0, 120)} (cycle {pick([60, 75, 90, 90, 120])}s)"),
    ("E2", 22, "<*> detector <*> occupancy=<*>% count=<*> speed=<*>km/h",
     lambda: f"{jn()} detector D{R.randrange(1, 24):02d} occupancy={R.randrange(0, 100)}% count={R.randrange(0, 80)} speed={R.randrange(5, 70)}km/h"),
    ("E3", 9, "<*> bus priority request line <*> vehicle <*>: <*>",
     lambda: f"{jn()} bus priority request line {pick(['42', '7', 'N3', 'X10'])} vehicle {R.randrange(1000, 9999)}: {pick(['granted (green extension 8s)', 'granted (early green)', 'rejected: max extension reached', 'ignored'])}"),
    ("E4", 8, "<*> pedestrian demand <*> (wait <*>s)",
     lambda: f"{jn()} pedestrian demand {pick(['P1', 'P2', 'P3 (tactile)'])} (wait {R.randrange(1, 90)}s)"),
    ("E5", 4, "<*> program switch <*> -> <*> by <*>",
     lambda: f"{jn()} program switch {pick(['P1 morning peak', 'P2 offpeak', 'P4 night', 'P9 event'])} -> {pick(['P2 offpeak', 'P3 evening peak', 'P4 night flashing'])} by {pick(['timetable', 'timetable', 'operator', 'traffic adaptive'])}"),
    ("E6", 4, "<*> LAMP FAILURE signal group <*> <*> (<*> W measured)",
     lambda: f"{jn()} LAMP FAILURE signal group {pick(['K1', 'K2', 'F1', 'B1'])} {pick(['red', 'red', 'amber', 'green'])} ({R.randrange(0, 6)} W measured)"),
    ("E7", 2, "<*> CONFLICT MONITOR tripped: groups [<*>] green together, flashing amber",
     lambda: f"{jn()} CONFLICT MONITOR tripped: groups [{pick(['K1,K3', 'K2,F1', 'K1,F2'])}] green together, flashing amber"),
    ("E8", 3, "<*> detector <*> fault: <*>",
     lambda: f"{jn()} detector D{R.randrange(1, 24):02d} fault: {pick(['permanently occupied', 'no counts for 30 min', 'loop open circuit'])}"),
    ("E9", 3, "<*> comms to central <*>, <*> messages queued",
     lambda: f"{jn()} comms to central {pick(['lost', 'restored'])}, {R.randrange(0, 500)} messages queued"),
    ("E10", 2, "<*> emergency preemption by <*> approach <*>, cleared after <*>",
     lambda: f"{jn()} emergency preemption by {pick(['fire engine 2/44', 'ambulance RTW 3'])} approach {pick(['north', 'south', 'east', 'west'])}, cleared after {dur()}"),
    ("E11", 2, "<*> cabinet door <*>",
     lambda: f"{jn()} cabinet door {pick(['opened', 'closed'])}"),
]

# A museum's climate and security system: room climate readings, showcase humidity, door and motion
# events, guard rounds, visitor counts, artwork proximity alarms, light exposure.
ROOMS = ["Saal 3 (Niederlaender)", "Room 12", "Gallery West", "Vitrine V-17", "Depot B2", "Graphic cabinet"]


def room():
    return pick(ROOMS)


SETS["museum_monitor"] = [
    ("E1", 30, "climate [<*>] T=<*>C RH=<*>% lux=<*> UV=<*>uW/lm",
     lambda: f"climate [{room()}] T={R.uniform(18, 23):.1f}C RH={R.uniform(42, 58):.1f}% lux={R.randrange(30, 250)} UV={R.randrange(0, 75)}uW/lm"),
    ("E2", 16, "visitor counter <*>: in=<*> out=<*> present=<*>",
     lambda: f"visitor counter {pick(['Main entrance', 'Nordfluegel', 'Shop'])}: in={R.randrange(0, 2000)} out={R.randrange(0, 2000)} present={R.randrange(0, 600)}"),
    ("E3", 10, "door <*> <*> by badge <*> (<*>)",
     lambda: f"door {pick(['D-101', 'D-114 Depot', 'Loading bay', 'D-220'])} {pick(['opened', 'opened', 'unlocked', 'locked'])} by badge {R.randrange(10000, 99999)} ({pick(['M. Huber', 'Security night', 'Restorer K. Lang', 'Courier'])})"),
    ("E4", 7, "guard round <*> checkpoint <*>/<*> reached by <*>",
     lambda: f"guard round {pick(['R1', 'R2', 'Night'])} checkpoint {R.randrange(1, 30)}/30 reached by {pick(['guard 7', 'guard 12', 'guard 3'])}"),
    ("E5", 6, "PROXIMITY alarm [<*>] object \"<*>\" distance <*>cm for <*>s",
     lambda: f"PROXIMITY alarm [{room()}] object \"{pick(['Madonna mit Kind', 'Inv. 1987/44', 'Vase, Ming dynasty', 'Self-portrait'])}\" distance {R.randrange(2, 40)}cm for {R.randrange(1, 20)}s"),
    ("E6", 5, "RH out of band in <*>: <*>% (band <*>-<*>%), <*>",
     lambda: f"RH out of band in {room()}: {R.uniform(30, 70):.1f}% (band {pick([45, 48])}-{pick([55, 52])}%), {pick(['humidifier on', 'dehumidifier on', 'notified conservator'])}"),
    ("E7", 4, "motion detected in <*> while armed, camera <*> recording <*>",
     lambda: f"motion detected in {room()} while armed, camera CAM-{R.randrange(1, 80):03d} recording {dur()}"),
    ("E8", 3, "zone <*> <*> by <*>",
     lambda: f"zone {pick(['Z1 Ground floor', 'Z2', 'Z3 Depot'])} {pick(['ARMED', 'DISARMED'])} by {pick(['schedule', 'guard 7', 'admin'])}"),
    ("E9", 2, "light dose <*> for \"<*>\": <*> lux h this year (limit <*>)",
     lambda: f"light dose {pick(['warning', 'exceeded'])} for \"{pick(['Graphic sheet 112', 'Tapestry fragment', 'Herbarium page 7'])}\": {R.randrange(40000, 200000)} lux h this year (limit {pick([50000, 150000])})"),
    ("E10", 2, "sensor <*> battery low (<*> V)",
     lambda: f"sensor {pick(['TH-0' + str(R.randrange(10, 99)), 'LX-' + str(R.randrange(100, 999))])} battery low ({R.uniform(2.4, 2.9):.2f} V)"),
    ("E12", 5, "HVAC <*> [supply[T: <*>C, RH: <*>%] return[T: <*>C, RH: <*>%]] mode: <*>",
     lambda: f"HVAC {pick(['AHU-1', 'AHU-2', 'AHU-Depot'])} [supply[T: {R.uniform(15, 22):.1f}C, RH: {R.randrange(35, 65)}%] return[T: {R.uniform(19, 24):.1f}C, RH: {R.randrange(35, 65)}%]] mode: {pick(['cooling', 'heating', 'humidify', 'dehumidify + reheat', 'idle'])}"),
    ("E11", 1, "fire panel: <*> in <*>",
     lambda: f"fire panel: {pick(['pre-alarm', 'fault', 'test'])} in {room()}"),
]

SIZES = {"milking_robots": 340, "telescope_control": 330, "ferry_boarding": 320, "base_stations": 350,
         "traffic_signals": 310, "museum_monitor": 330}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
