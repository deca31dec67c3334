#!/usr/bin/env python3
"""Writes the thirty-second batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans (names, closed-set words, free text, lists), text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_32.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(32323)


def clock():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def hhmm():
    return f"{R.randrange(5, 23):02d}:{pick(['00', '15', '30', '45', str(R.randrange(10, 60))])}"


def mixid(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))


def dur():
    s = R.uniform(1, 5400)
    if s < 60:
        return f"{s:.1f}s"
    if s < 3600:
        return f"{int(s // 60)}m{s % 60:04.1f}s"
    return f"{int(s // 3600)}h{int(s % 3600 // 60):02d}m"


def size():
    return pick([f"{R.uniform(1, 999):.1f}KiB", f"{R.uniform(1, 999):.1f}MiB", f"{R.uniform(1, 40):.1f}GiB", f"{R.randrange(10, 999)}B"])


SETS = {}

# A boarding kennel's feeding and runs: dogs fed by a keeper with a quoted diet and what was eaten,
# runs cleaned, walks out and back, medication given, health notes, check-ins and check-outs of a
# dog with its owner, barking sensors, run doors, vaccinations missing, water bowls.
DOGS = [("K0412", "Bella"), ("K0419", "Max"), ("k-2231", "Mr. Biscuit"), ("K0500", "Luna"), ("kn7Qx2", "Captain Fluffy Pants"),
        ("K0388", "Rex"), ("K0455", "O'Malley"), ("k-2240", "Pepper (the small one)"), ("K0511", "Daisy")]
KEEPERS = ["Jo", "Sam Okoro", "M. Lindqvist", "Priya", "Tomasz W.", "night shift"]
RUNS = ["R01", "R02", "R07", "R12", "Run 3", "R14b", "Puppy Run A", "R22"]
DIETS = ["Royal Canin Medium Adult 250g", "own food (owner supplied)", "raw: chicken + rice", "Hill's i/d 1 can",
         "Senior 7+ kibble 180g", "grain-free \"salmon\" mix"]


def dog():
    return pick(DOGS)


def kennel_feed():
    d = dog()
    return (f"feed dog={d[0]} name=\"{d[1]}\" run={pick(RUNS)} keeper=\"{pick(KEEPERS)}\" diet=\"{pick(DIETS)}\" "
            f"eaten={pick(['100', '100', '100', '75', '50', '0'])}% water={pick(['ok', 'ok', 'refilled', 'low'])}")


def kennel_walk():
    d = dog()
    return (f"walk {pick(['out', 'out', 'back'])}: {d[1]} ({d[0]}) with {pick(KEEPERS)} via {pick(['north field', 'woods loop', 'paddock', 'lane to the river (long)'])}")


def kennel_checkin():
    d = dog()
    return (f"Check-in {d[0]} \"{d[1]}\" owner: {pick(['Mrs. A. Patel', 'J. Smith', 'the Hendersons', 'Dr. Li Wei', 'K. & M. Novak'])}, "
            f"stay: {R.randrange(1, 22)} nights, run: {pick(RUNS)}, notes: {pick(['none', 'none', 'anxious with other dogs', 'no chicken', 'escape artist - double latch', 'needs ear drops twice daily'])}")


SETS["dog_kennel"] = [
    ("E1", 30, "feed dog=<*> name=\"<*>\" run=<*> keeper=\"<*>\" diet=\"<*>\" eaten=<*>% water=<*>", kennel_feed),
    ("E2", 16, "walk <*>: <*> (<*>) with <*> via <*>", kennel_walk),
    ("E3", 12, "run <*> cleaned by <*> in <*> [disinfectant: <*>]",
     lambda: f"run {pick(RUNS)} cleaned by {pick(KEEPERS)} in {dur()} [disinfectant: {pick(['F10', 'F10', 'Virkon S 1%', 'none'])}]"),
    ("E4", 8, "Medication: <*> given <*> to <*> at <*> (dose <*>mg)",
     lambda: f"Medication: {pick(['Metacam', 'Apoquel', 'Thyforon', 'ear drops (Surolan)'])} given {pick(['orally', 'orally', 'in food', 'topical'])} to {dog()[1]} at {hhmm()} (dose {pick([1.5, 2.5, 5, 16, 0.5])}mg)"),
    ("E5", 6, "Check-in <*> \"<*>\" owner: <*>, stay: <*> nights, run: <*>, notes: <*>", kennel_checkin),
    ("E6", 5, "Check-out <*> \"<*>\" paid <*> GBP by <*>",
     lambda: (lambda d: f"Check-out {d[0]} \"{d[1]}\" paid {R.uniform(25, 900):.2f} GBP by {pick(['card', 'card', 'cash', 'bank transfer', 'voucher ' + mixid(6)])}")(dog())),
    ("E7", 9, "bark sensor <*>: level <*> dB for <*>",
     lambda: f"bark sensor {pick(['BS-01', 'BS-02', 'bs_block_c', 'BS-07'])}: level {R.randrange(62, 108)} dB for {dur()}"),
    ("E8", 4, "Health note for <*>: <*>",
     lambda: f"Health note for {dog()[1]}: {pick(['loose stool', 'limping front left', 'off food, monitor', 'scratching at left ear again', 'vomited once after walk, seems fine now'])}"),
    ("E9", 3, "Run door <*> left open <*> s (last badge <*>)",
     lambda: f"Run door {pick(RUNS)} left open {R.randrange(30, 600)} s (last badge {pick(['0x' + hexs(8).upper(), 'none'])})"),
    ("E10", 2, "Vaccination record missing for <*>: <*>",
     lambda: f"Vaccination record missing for {dog()[0]}: {pick(['kennel cough', 'DHPPi', 'rabies', 'kennel cough, leptospirosis'])}"),
    ("E11", 3, "Water bowl sensor <*> reads <*> ml (below <*> ml)",
     lambda: f"Water bowl sensor {pick(RUNS)} reads {R.randrange(0, 200)} ml (below {pick([250, 300])} ml)"),
    ("E12", 2, "Vet visit booked for <*> on <*> with <*>",
     lambda: f"Vet visit booked for {dog()[1]} on 2026-12-{R.randrange(8, 31):02d} {hhmm()} with {pick(['Dr. Evans', 'Riverside Vets', 'the emergency clinic (out of hours)'])}"),
]

# A bicycle factory's wheel truing line: rims laced with a spoke count and pattern, truing robots
# with lateral and radial runout, spoke tension passes and failures, dish checks, tyre mounting,
# valve holes, rejected wheels, stations idle, spoke feeders, label printing, shift counts.
TRUERS = ["TR-1", "TR-2", "tr3", "Truing Cell 4"]


def wheel():
    return pick([f"W{R.randrange(0, 10 ** 6):06d}", f"{R.randrange(20, 27)}-{R.randrange(1000, 9999)}", mixid(8)])


TYRES = ["Schwalbe Marathon 40-622", "Conti GP5000 25-622", "Kenda K-Rad 26x2.3", "CST \"Pro\" 20x1.75"]
RIMS = ["DT R470 700c", "Mavic Open Pro", "Alex MD19 26\"", "Ryde Andra 40 (29\")", "own-brand 20\" kids"]


def truing():
    return (f"[{pick(TRUERS)}] wheel {wheel()} lateral={R.uniform(0, 0.6):.2f}mm radial={R.uniform(0, 0.5):.2f}mm "
            f"passes={R.randrange(1, 9)} result={pick(['OK', 'OK', 'OK', 'OK', 'RETRY', 'FAIL'])} t={dur()}")


def tension():
    n = pick([24, 28, 32, 32, 36])
    t = [R.randrange(900, 1300) for _ in range(4)]
    return (f"tension check {wheel()}: spokes: {n}, min: {min(t)}N, max: {max(t)}N, avg: {sum(t) // 4}N, "
            f"verdict: {pick(['within spec', 'within spec', 'out of spec', 'out of spec (uneven drive side)'])}")


SETS["wheel_truing"] = [
    ("E1", 28, "[<*>] wheel <*> lateral=<*>mm radial=<*>mm passes=<*> result=<*> t=<*>", truing),
    ("E2", 18, "lacing <*>: rim \"<*>\" hub=<*> spokes=<*> pattern=<*>",
     lambda: f"lacing {wheel()}: rim \"{pick(RIMS)}\" hub={pick(['SH-RS470', 'Novatec D771', 'KT-quando', 'SP dynamo PD-8'])} spokes={pick([24, 28, 32, 36])} pattern={pick(['3x', '3x', '2x', 'radial', '2x/3x'])}"),
    ("E3", 14, "tension check <*>: spokes: <*>, min: <*>N, max: <*>N, avg: <*>N, verdict: <*>", tension),
    ("E4", 8, "dish gauge <*> offset <*>mm (<*>)",
     lambda: f"dish gauge {wheel()} offset {R.uniform(-1.2, 1.2):+.2f}mm ({pick(['ok', 'ok', 'ok', 're-dish', 'manual check'])})"),
    ("E5", 7, "tyre mounted on <*>: \"<*>\" at <*> bar",
     lambda: f"tyre mounted on {wheel()}: \"{pick(TYRES)}\" at {pick([2.5, 3.0, 4.5, 6.0, 7.0])} bar"),
    ("E6", 4, "REJECT <*> at <*>: <*>",
     lambda: f"REJECT {wheel()} at {pick(TRUERS + ['lacing', 'tension station'])}: {pick(['cracked eyelet', 'spoke too short (2mm)', 'rim seam step > 0.3mm', 'hub flange damaged', 'valve hole misaligned'])}"),
    ("E7", 5, "spoke feeder <*> low: <*> left of <*>mm <*>",
     lambda: f"spoke feeder {pick(['SF-A', 'SF-B', 'sf_c'])} low: {R.randrange(10, 300)} left of {pick([258, 262, 288, 292, 296])}mm {pick(['silver', 'black', 'black bladed'])}"),
    ("E8", 3, "[<*>] idle <*> (reason: <*>)",
     lambda: f"[{pick(TRUERS)}] idle {dur()} (reason: {pick(['no wheels', 'operator break', 'calibration', 'waiting for rims from lacing'])})"),
    ("E9", 4, "label printed for <*> batch <*> [<*>]",
     lambda: f"label printed for {wheel()} batch B{R.randrange(100, 999)}/{R.randrange(1, 40)} [{pick(['front', 'rear', 'rear, disc', 'front, dynamo'])}]"),
    ("E10", 2, "shift <*> ended: <*> wheels, <*> rejects, first pass yield <*>%",
     lambda: f"shift {pick(['A', 'B', 'night'])} ended: {R.randrange(200, 900)} wheels, {R.randrange(0, 30)} rejects, first pass yield {R.uniform(85, 99.5):.1f}%"),
    ("E11", 2, "[<*>] probe calibration: offset <*> um, gain <*>",
     lambda: f"[{pick(TRUERS)}] probe calibration: offset {R.randrange(-40, 40)} um, gain {R.uniform(0.97, 1.03):.4f}"),
    ("E12", 3, "valve hole check <*>: <*>",
     lambda: f"valve hole check {wheel()}: {pick(['ok', 'ok', 'Presta hole in Schrader rim', 'not aligned with label, angle 7deg'])}"),
]

# A submarine cable landing station: power feed equipment currents and voltages, SLTE line cards with
# optical power and Q-factor, OTDR traces, alarms raised and cleared, shore-end faults, maintenance
# windows, NTP, generator tests, link states of segments, repair ship messages.
SEGMENTS = ["S1 (Bude - Segment A)", "S2", "Seg-3 Branch to BU2", "S1", "S4 express"]
CARDS = ["slte-1/3/1", "slte-1/3/2", "SLTE-2/1/4", "slte-2/1/1", "line-4"]


def pfe():
    return (f"PFE {pick(['A', 'B'])} station={pick(['LND-01', 'LND-01', 'lnd02'])} V={R.randrange(8800, 12000)}V "
            f"I={R.uniform(0.9, 1.1):.3f}A mode={pick(['constant current', 'constant current', 'single end feed', 'standby'])} earth={pick(['ocean', 'ocean', 'station'])}")


def slte():
    return (f"{pick(CARDS)}: rx={R.uniform(-18, -2):.2f}dBm tx={R.uniform(0, 4):.2f}dBm Q={R.uniform(6, 12):.1f}dB "
            f"preFEC-BER={R.uniform(1, 9):.2f}e-{R.randrange(3, 7)} osnr={R.uniform(12, 24):.1f}dB")


SETS["cable_landing"] = [
    ("E1", 22, "PFE <*> station=<*> V=<*>V I=<*>A mode=<*> earth=<*>", pfe),
    ("E2", 26, "<*>: rx=<*>dBm tx=<*>dBm Q=<*>dB preFEC-BER=<*> osnr=<*>dB", slte),
    ("E3", 8, "ALARM raised [<*>] <*> on <*>: <*>",
     lambda: f"ALARM raised [{pick(['MAJ', 'MIN', 'MIN', 'CRIT'])}] {pick(['LOS', 'LOF', 'Q-DEGRADE', 'PFE-OVERVOLT', 'FAN'])} on {pick(CARDS)}: {pick(['input power below threshold', 'Q below 7.0 dB for 15 min', 'fan tray 2 speed low', 'loss of signal'])}"),
    ("E4", 7, "ALARM cleared <*> on <*> after <*>",
     lambda: f"ALARM cleared {pick(['LOS', 'LOF', 'Q-DEGRADE', 'FAN'])} on {pick(CARDS)} after {dur()}"),
    ("E5", 4, "OTDR trace on <*>: <*> events, first at <*> km (<*> dB), span loss <*> dB",
     lambda: f"OTDR trace on {pick(SEGMENTS)}: {R.randrange(0, 8)} events, first at {R.uniform(0.2, 80):.3f} km ({R.uniform(0.05, 2):.2f} dB), span loss {R.uniform(8, 22):.2f} dB"),
    ("E6", 5, "segment <*> state <*> -> <*>",
     lambda: (lambda s: f"segment {pick(SEGMENTS)} state {s[0]} -> {s[1]}")(pick([('UP', 'DEGRADED'), ('DEGRADED', 'UP'), ('UP', 'DOWN'), ('DOWN', 'UP'), ('UP', 'MAINTENANCE')]))),
    ("E7", 3, "Maintenance window <*> opened by <*>: <*>",
     lambda: f"Maintenance window MW-{R.randrange(2026000, 2026999)} opened by {pick(['noc-london', 'A. Carver', 'vendor field eng.'])}: {pick(['line card swap', 'PFE firmware 4.2.1 upgrade', 'beach manhole inspection', 'reroute S2 traffic via S4 express'])}"),
    ("E8", 2, "Generator test <*>: ran <*>, load <*>%, fuel <*>%",
     lambda: f"Generator test {pick(['GEN-1', 'GEN-2'])}: ran {dur()}, load {R.randrange(20, 90)}%, fuel {R.randrange(40, 100)}%"),
    ("E9", 3, "ntp: offset <*> ms from <*>, stratum <*>",
     lambda: f"ntp: offset {R.uniform(-5, 5):+.3f} ms from {pick(['10.200.0.1', 'gps-clock-1', 'ntp.lnd.example.net'])}, stratum {pick([1, 1, 2])}"),
    ("E10", 2, "Shunt fault suspected on <*>: PFE voltage drop <*> V in <*> s",
     lambda: f"Shunt fault suspected on {pick(SEGMENTS)}: PFE voltage drop {R.randrange(200, 3000)} V in {R.randrange(1, 60)} s"),
    ("E11", 2, "message from repair ship \"<*>\": <*>",
     lambda: f"message from repair ship \"{pick(['CS Sovereign', 'Ile de Batz', 'Cable Innovator'])}\": {pick(['on station, grapnel run starting', 'cable recovered, splice in progress (ETA 36h)', 'weather hold'])}"),
    ("E12", 3, "config backup of <*> saved: <*> (<*>)",
     lambda: f"config backup of {pick(CARDS + ['pfe-a', 'pfe-b'])} saved: /backup/{mixid(10)}.cfg ({size()})"),
]

# An opera house's surtitle and fly system: surtitle cues advanced with the quoted text shown, fly
# bars moving to positions with speed and load, interlocks, cue list loads, operator logins, e-stops,
# bar overload, motor temperatures, the prompt desk's standby calls, rehearsal notes.
BARS = ["LX1", "LX2", "bar 12", "Bar 23 (cyc)", "FL-07", "border 3", "iron"]
LINES = ["Che gelida manina", "Si, mi chiamano Mimi", "O soave fanciulla", "Der Hölle Rache kocht in meinem Herzen",
         "Un bel di, vedremo", "Vesti la giubba!", "\"Addio\", she said, \"addio\"", "(aside) He does not know..."]
PRODUCTIONS = ["La bohème", "Die Zauberflöte", "Madama Butterfly", "Pagliacci (revival)"]


def surtitle():
    return (f"SURT cue {R.randrange(1, 480)}{pick(['', '', '', 'a', '.5'])} [{pick(PRODUCTIONS)}] lang={pick(['EN', 'EN', 'DE', 'FR'])} "
            f"text=\"{pick(LINES)}\" op={pick(['kim', 'R.Baker', 'surt2'])}")


def flybar():
    return (f"fly {pick(BARS)}: move {R.randrange(0, 18000)}mm -> {R.randrange(0, 18000)}mm at {R.uniform(0.1, 1.8):.2f}m/s "
            f"load={R.randrange(50, 900)}kg cue={pick(['Q' + str(R.randrange(1, 300)), 'manual', 'Q' + str(R.randrange(1, 300)) + '.1'])}")


SETS["opera_flys"] = [
    ("E1", 30, "SURT cue <*> [<*>] lang=<*> text=\"<*>\" op=<*>", surtitle),
    ("E2", 22, "fly <*>: move <*>mm -> <*>mm at <*>m/s load=<*>kg cue=<*>", flybar),
    ("E3", 8, "fly <*>: in position <*>mm, error <*>mm",
     lambda: f"fly {pick(BARS)}: in position {R.randrange(0, 18000)}mm, error {R.uniform(-3, 3):+.1f}mm"),
    ("E4", 4, "INTERLOCK <*> blocked move of <*>: <*>",
     lambda: f"INTERLOCK {pick(['IL-3', 'IL-9', 'pit-lift'])} blocked move of {pick(BARS)}: {pick(['safety curtain not clear', 'person on grid', 'adjacent bar LX2 moving', 'pit lift below stage level'])}"),
    ("E5", 3, "cue list \"<*>\" loaded (<*> cues, rev <*>) by <*>",
     lambda: f"cue list \"{pick(PRODUCTIONS)}\" loaded ({R.randrange(80, 500)} cues, rev {R.randrange(1, 40)}) by {pick(['kim', 'R.Baker', 'stage manager'])}"),
    ("E6", 5, "standby called: <*> for <*>",
     lambda: f"standby called: {pick(['fly Q', 'LX Q', 'surtitles', 'fly and LX'])} {R.randrange(1, 300)} for {pick(['Act I', 'Act II', 'Act III scene 2', 'curtain call'])}"),
    ("E7", 2, "E-STOP pressed at <*>, <*> axes halted",
     lambda: f"E-STOP pressed at {pick(['prompt desk', 'fly gallery SL', 'fly gallery SR', 'grid'])}, {R.randrange(1, 40)} axes halted"),
    ("E8", 3, "motor <*> temperature <*> C (limit <*> C)",
     lambda: f"motor {pick(['M12', 'M23', 'm-07', 'M31 (iron)'])} temperature {R.randrange(55, 95)} C (limit {pick([80, 90])} C)"),
    ("E9", 2, "overload on <*>: <*>kg over SWL <*>kg",
     lambda: f"overload on {pick(BARS)}: {R.randrange(600, 1100)}kg over SWL {pick([500, 750, 1000])}kg"),
    ("E10", 4, "operator <*> <*> at <*>",
     lambda: f"operator {pick(['kim', 'R.Baker', 'surt2', 'relief-fly'])} {pick(['logged in', 'logged in', 'logged out', 'took control'])} at {pick(['surtitle PC', 'fly console 1', 'fly console 2 (backup)'])}"),
    ("E11", 2, "rehearsal note #<*>: <*>",
     lambda: f"rehearsal note #{R.randrange(1, 300)}: {pick(['surtitle 212 late, re-time', 'LX2 trim 300mm higher', 'bar 12 clipped the cyc, check spot line', 'cue 88a cut'])}"),
    ("E12", 2, "surtitle projector <*> lamp <*>h, <*>",
     lambda: f"surtitle projector {pick(['PJ-L', 'PJ-R'])} lamp {R.randrange(100, 3000)}h, {pick(['ok', 'replace soon', 'shutter stuck'])}"),
]

# A salt mine's ventilation: main fans with speed, airflow and pressure, gas monitors with CH4, CO,
# NO2 and O2, doors opened and closed, heading airflow below limit, blasting clearance, refuge
# chambers, dust readings, tag-in/tag-out of miners at zones, fan trips, power dips.
FANS = ["MF-1", "MF-2", "booster B3", "aux fan 17/4"]
ZONES = ["Panel 7 North", "P7N", "level -540 / heading 12", "crusher chamber", "Panel 9 (old workings)", "shaft bottom"]


def fan():
    return (f"fan {pick(FANS)}: rpm={R.randrange(300, 990)} flow={R.uniform(80, 320):.1f}m3/s dp={R.randrange(400, 2800)}Pa "
            f"power={R.randrange(150, 1400)}kW state={pick(['RUN', 'RUN', 'RUN', 'RAMP', 'STOP'])}")


def gas():
    return (f"gas [{pick(ZONES)}] CH4={R.uniform(0, 1.2):.2f}% CO={R.randrange(0, 40)}ppm NO2={R.uniform(0, 3):.1f}ppm "
            f"O2={R.uniform(19.5, 20.9):.1f}% T={R.uniform(18, 38):.1f}C")


SETS["salt_mine_vent"] = [
    ("E1", 24, "fan <*>: rpm=<*> flow=<*>m3/s dp=<*>Pa power=<*>kW state=<*>", fan),
    ("E2", 26, "gas [<*>] CH4=<*>% CO=<*>ppm NO2=<*>ppm O2=<*>% T=<*>C", gas),
    ("E3", 10, "door <*> <*> by <*>",
     lambda: f"door {pick(['VD-12', 'VD-14', 'airlock 3 outer', 'vd21'])} {pick(['opened', 'opened', 'closed', 'held open'])} by {pick(['tag 4412', 'tag 4127', 'loader LHD-09', 'remote (control room)'])}"),
    ("E4", 9, "tag <*> <*> zone <*> (<*> on shift)",
     lambda: f"tag {R.randrange(4000, 4999)} {pick(['in', 'in', 'out'])} zone {pick(ZONES)} ({R.randrange(1, 40)} on shift)"),
    ("E5", 4, "airflow at <*> below limit: <*> m/s < <*> m/s",
     lambda: f"airflow at {pick(ZONES)} below limit: {R.uniform(0.1, 0.5):.2f} m/s < {pick(['0.50', '0.30'])} m/s"),
    ("E6", 3, "blast clearance for <*>: re-entry after <*>, <*>",
     lambda: f"blast clearance for {pick(ZONES)}: re-entry after {dur()}, {pick(['fumes cleared', 'fumes cleared', 'CO still 31ppm - hold'])}"),
    ("E7", 2, "FAN TRIP <*>: <*>",
     lambda: f"FAN TRIP {pick(FANS)}: {pick(['vibration 11.2 mm/s', 'motor overcurrent', 'loss of supply', 'bearing temp 98C'])}"),
    ("E8", 4, "dust <*>: <*> mg/m3 (TWA <*>)",
     lambda: f"dust {pick(ZONES)}: {R.uniform(0.2, 9):.2f} mg/m3 (TWA {R.uniform(0.5, 4):.2f})"),
    ("E9", 2, "refuge chamber <*> check: O2 candles <*>, CO2 scrubber <*>, seats <*>",
     lambda: f"refuge chamber {pick(['RC-2', 'RC-5'])} check: O2 candles {R.randrange(10, 40)}, CO2 scrubber {pick(['ok', 'ok', 'replace'])}, seats {pick([12, 20])}"),
    ("E10", 2, "power dip on <*>: <*> V for <*> ms",
     lambda: f"power dip on {pick(['11kV feeder 2', 'sub U3', 'MCC-4'])}: {R.randrange(6000, 10500)} V for {R.randrange(40, 900)} ms"),
    ("E11", 3, "setpoint <*> changed <*> -> <*> by <*>",
     lambda: f"setpoint {pick(FANS)}.{pick(['rpm', 'flow_min', 'ramp'])} changed {R.randrange(100, 990)} -> {R.randrange(100, 990)} by {pick(['ctrl-room', 'j.hartmann', 'shift boss'])}"),
]

# A chocolate factory's tempering line: tempermeter curves with temper index and slope, tempering
# machine zone temperatures, moulding with mould counts and weights, cooling tunnel, enrober
# curtains, bloom checks, recipe changes with a quoted product, allergen changeovers, metal detector
# rejects, chocolate tank levels, cleaning, packaging counts.
TEMPERERS = ["T1", "T2", "Aasted-3", "tmp_4"]
PRODUCTS = ["Dark 70% Ecuador", "Milk 34% \"Alpine\"", "White (vanilla)", "Hazelnut Praline", "Ruby 47%",
            "Milk w/ almonds & sea salt"]


def temper():
    return (f"[{pick(TEMPERERS)}] zones: {R.uniform(42, 50):.1f}/{R.uniform(26, 29):.1f}/{R.uniform(29, 32):.1f}C "
            f"flow={R.randrange(200, 1800)}kg/h product=\"{pick(PRODUCTS)}\"")


def tempermeter():
    ti = R.uniform(3, 7)
    return (f"tempermeter {pick(TEMPERERS)} sample {mixid(6)}: TI={ti:.1f} slope={R.uniform(-1.5, 1.5):+.2f} "
            f"verdict={pick(['well tempered', 'well tempered', 'under-tempered', 'over-tempered'])}")


SETS["chocolate_tempering"] = [
    ("E1", 28, "[<*>] zones: <*>/<*>/<*>C flow=<*>kg/h product=\"<*>\"", temper),
    ("E2", 18, "tempermeter <*> sample <*>: TI=<*> slope=<*> verdict=<*>", tempermeter),
    ("E3", 14, "moulding line <*>: <*> moulds, avg <*>g (target <*>g), underweight <*>",
     lambda: (lambda t: f"moulding line {pick(['M1', 'M2'])}: {R.randrange(100, 900)} moulds, avg {t * R.uniform(0.98, 1.03):.1f}g (target {t}g), underweight {R.randrange(0, 12)}")(pick([100, 100, 45]))),
    ("E4", 8, "cooling tunnel <*> C, belt <*> m/min, dwell <*>",
     lambda: f"cooling tunnel {R.uniform(8, 16):.1f} C, belt {R.uniform(1, 6):.1f} m/min, dwell {dur()}"),
    ("E5", 3, "recipe changed on <*>: \"<*>\" -> \"<*>\" by <*>",
     lambda: f"recipe changed on {pick(TEMPERERS)}: \"{pick(PRODUCTS)}\" -> \"{pick(PRODUCTS)}\" by {pick(['shift lead', 'A. Moreau', 'mes-sched'])}"),
    ("E6", 2, "allergen changeover <*> -> <*>: clean <*>, swab <*>",
     lambda: f"allergen changeover {pick(['milk', 'nuts', 'none'])} -> {pick(['milk-free', 'nut-free', 'milk'])}: clean {dur()}, swab {pick(['PASS', 'PASS', 'FAIL (ATP 412 RLU)'])}"),
    ("E7", 3, "metal detector <*> reject #<*> (<*>)",
     lambda: f"metal detector {pick(['MD-1', 'MD-2'])} reject #{R.randrange(1, 300)} ({pick(['Fe 1.5mm', 'non-Fe', 'SS 2.0mm', 'test piece'])})"),
    ("E8", 5, "tank <*> level <*>% at <*>C",
     lambda: f"tank {pick(['CT-01', 'CT-02', 'ct_white'])} level {R.randrange(5, 99)}% at {R.uniform(42, 48):.1f}C"),
    ("E9", 4, "enrober <*> curtain <*>, blower <*>%",
     lambda: f"enrober {pick(['E1', 'E2'])} curtain {pick(['ok', 'ok', 'gap detected', 'thin'])}, blower {R.randrange(10, 90)}%"),
    ("E10", 2, "bloom check lot <*>: <*>",
     lambda: f"bloom check lot L{R.randrange(26000, 26999)}-{mixid(3)}: {pick(['no bloom', 'no bloom', 'fat bloom on 3/20 bars', 'sugar bloom, humidity in store'])}"),
    ("E11", 3, "packed <*> cases of \"<*>\" (<*> bars)",
     lambda: f"packed {R.randrange(10, 400)} cases of \"{pick(PRODUCTS)}\" ({R.randrange(1000, 40000)} bars)"),
    ("E12", 2, "ALARM <*>: <*>",
     lambda: f"ALARM {pick(TEMPERERS)}: {pick(['zone 2 over 30.5C', 'pump pressure low', 'seed feeder empty', 'water jacket flow 0'])}"),
    ("E13", 2, "seed <*> dosed <*> kg (<*>%)",
     lambda: f"seed {pick(['callets', 'cocoa butter silk', 'seed paste'])} dosed {R.uniform(0.1, 3):.2f} kg ({R.uniform(0.2, 1.5):.1f}%)"),
]

SIZES = {"dog_kennel": 330, "wheel_truing": 320, "cable_landing": 340, "opera_flys": 310, "salt_mine_vent": 350,
         "chocolate_tempering": 330}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
