#!/usr/bin/env python3
"""Writes the twenty-seventh batch of labelled held-out logs of this folder (see README.md), written
blind to the grouping rules (neither they nor the miner's output on these lines were looked at). Same
columns and labelling as make_heldout.py: one event per log statement, everything its arguments fill
in is a variable however many words it spans, text the statement prints itself (units glued to a
number, `=`, brackets, quotes, `0x`, fixed words) stays literal. Fixed seed.

    python3 make_heldout_27.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(27272)


def mixed(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))


def dur_ms():
    """A duration like 1m32.5s, 48.3s or 2h04m."""
    return pick([f"{R.randrange(1, 15)}m{R.randrange(0, 60):02d}.{R.randrange(10)}s", f"{R.randrange(1, 60)}.{R.randrange(10)}s",
                 f"{R.randrange(1, 4)}h{R.randrange(0, 60):02d}m", f"{R.randrange(1, 40)}m{R.randrange(0, 60):02d}s"])


def thousands(lo, hi):
    return f"{R.randrange(lo, hi):,}"


def signed(lo, hi, digits=2):
    v = R.uniform(lo, hi)
    return f"{v:+.{digits}f}"


def hhmm():
    return f"{R.randrange(6, 23):02d}:{R.randrange(0, 60):02d}"


SETS = {}

# A wind tunnel's test runs: polar points with the balance coefficients, runs started on a model and a
# configuration, runs finished with their data files, the main fan, balance drift, pressure scanners,
# the test-section interlock, the heat exchanger, the model support, PIV cameras, DAQ overruns, aborts.
MODELS = ["ONERA M6 (1:12)", "Generic Transport Model", "DrivAer fastback 1:4", "Ahmed body 25deg", "UAV-7 wing/body",
          "Bridge deck section B (1:50)", "F1 2026 front wing \"FW-11\""]
CONFIGS = ["clean", "flaps 15 / gear down", "slats 20, flaps 35", "mirrors off", "yaw sweep, rolling road on", "baseline",
           "vortex generators row 2 [x/c=0.35]"]
ENGINEERS = ["j.Okonkwo", "MSchaefer", "a.nguyen-tran", "LiWei", "r.O'Neill", "test-auto"]
SECTIONS = ["TS-1", "TS-2", "TS-2", "LS-open-jet"]


def run_no():
    return str(R.randrange(1180, 1260))


def pt():
    return f"{R.randrange(0, 64):03d}"


def wt_point():
    return (f"RUN {run_no()}/pt {pt()} alpha={signed(-6, 18)}deg beta={signed(-10, 10)}deg q={R.uniform(200, 3200):.1f}Pa "
            f"Ma={R.uniform(0.05, 0.3):.3f} Re={R.uniform(4e5, 5e6):.2e} CL={R.uniform(-0.4, 1.8):.4f} CD={R.uniform(0.008, 0.3):.5f} "
            f"Cm={R.uniform(-0.3, 0.1):.4f}")


def wt_ports():
    ports = sorted(R.sample(range(1, 65), pick([1, 2, 3, 3, 5])))
    return f"PSI scanner {pick(['ZOC33-S/N 4120', 'ZOC33-S/N 4121', 'DTC Initium #2', 'ESP-64HD (wing root)'])}: {len(ports)} ports out of range [ports {', '.join(map(str, ports))}]"


def wt_finished():
    r = run_no()
    path = pick([f"/data/tunnel/2026/run{r}.h5", f"s3://wt-archive/2026-12/{r}/raw.tdms", "D:\\Runs\\" + r + "\\balance.csv"])
    return f"Run {r} finished: {R.randrange(4, 64)} points in {dur_ms()}, data {R.uniform(0.5, 900):.1f}MiB -> {path}"


SETS["wind_tunnel"] = [
    ("E1", 34, "RUN <*>/pt <*> alpha=<*>deg beta=<*>deg q=<*>Pa Ma=<*> Re=<*> CL=<*> CD=<*> Cm=<*>", wt_point),
    ("E2", 6, "Run <*> started: model \"<*>\" config '<*>' by <*> [section <*>]",
     lambda: f"Run {run_no()} started: model \"{pick(MODELS)}\" config '{pick(CONFIGS)}' by {pick(ENGINEERS)} [section {pick(SECTIONS)}]"),
    ("E3", 6, "Run <*> finished: <*> points in <*>, data <*>MiB -> <*>",
     wt_finished),
    ("E4", 18, "fan: speed <*> rpm (set <*>), power <*> MW, motor temp <*>C",
     lambda: f"fan: speed {R.uniform(80, 720):.1f} rpm (set {pick([150, 300, 450, 600, 615, 700]):.1f}), power {R.uniform(0.1, 4.8):.2f} MW, motor temp {R.uniform(30, 88):.1f}C"),
    ("E5", 12, "balance[<*>] ch=<*> zero drift <*> µV over <*>",
     lambda: f"balance[{pick(['6-comp', '6-comp', 'floor', 'sting-B2'])}] ch={pick(['NF', 'AF', 'PM', 'RM', 'YM', 'SF'])} zero drift {signed(-9, 9, 1)} µV over {dur_ms()}"),
    ("E6", 5, "PSI scanner <*>: <*> ports out of range [ports <*>]", wt_ports),
    ("E7", 4, "INTERLOCK test-section door \"<*>\" <*> -> fan <*> (operator: <*>)",
     lambda: (lambda s: f"INTERLOCK test-section door \"{pick(['TS-2 access hatch', 'turntable pit', 'control room airlock', 'diffuser manway 3'])}\" {s[0]} -> fan {s[1]} (operator: {pick(['M. de Vries', 'Kofi', 'night shift', 'S. Al-Hashimi'])})")(pick([("open", "inhibited"), ("closed", "released"), ("open", "inhibited")]))),
    ("E8", 5, "heat exchanger: air temp <*>°C setpoint <*>°C, valve <*>%, glycol out <*>°C",
     lambda: f"heat exchanger: air temp {R.uniform(18, 32):.1f}°C setpoint {pick(['20.0', '25.0', '25.0'])}°C, valve {R.randrange(0, 101)}%, glycol out {R.uniform(6, 15):.1f}°C"),
    ("E9", 3, "sting: alpha move from <*> to <*> deg at <*> deg/s, position error <*> deg",
     lambda: f"sting: alpha move from {signed(-6, 6)} to {signed(0, 18)} deg at {pick(['0.5', '1.0', '2.0'])} deg/s, position error {R.uniform(0, 0.05):.3f} deg"),
    ("E10", 2, "PIV <*> (<*>): <*> image pairs acquired, <*>GiB, dt=<*>us",
     lambda: f"PIV {pick(['cam1', 'cam2', 'CAM-stereo-L'])} ({pick(['LaVision sCMOS left wing', 'Phantom v2640', 'pco.edge 5.5 [wake plane]'])}): {pick([250, 500, 1000])} image pairs acquired, {R.uniform(1, 40):.1f}GiB, dt={R.uniform(5, 80):.1f}us"),
    ("E11", 2, "DAQ: buffer overrun on card <*> slot <*>, <*> samples lost",
     lambda: f"DAQ: buffer overrun on card {pick(['PXIe-4499', 'PXIe-6368', 'cDAQ-9189'])} slot {R.randrange(2, 18)}, {pick([128, 256, 4096, R.randrange(1, 90000)])} samples lost"),
    ("E12", 2, "Run <*> ABORTED at pt <*>: <*>",
     lambda: f"Run {run_no()} ABORTED at pt {pt()}: {pick(['model flutter above alpha 14', 'balance overload on NF (112% of range)', 'operator request', 'loose tape on wing tip, stopping to inspect', 'fan VFD trip'])}"),
    ("E13", 3, "turbulence intensity Tu=<*>% (hot-wire <*>, <*>kHz, 2^<*> samples)",
     lambda: f"turbulence intensity Tu={R.uniform(0.03, 0.6):.2f}% (hot-wire {pick(['HW-3', 'HW-3', 'X-wire 55P61'])}, {pick([20, 40, 50])}kHz, 2^{pick([16, 18, 20])} samples)"),
]

# A seed bank's cold storage: vault climate as a key=value run, accessions deposited with a quoted
# taxon and donor, germination tests with a verdict, withdrawals for requests, the drying room,
# temperature alarms, door badges, shelf audits, x-ray checks of seed fill, generator tests, label
# printers, regeneration flags and the cryo dewars.
TAXA = ["Silene latifolia subsp. alba", "Quercus robur", "Triticum aestivum 'Maris Widgeon'", "Phaseolus vulgaris",
        "Primula veris", "Oryza sativa (landrace IR-8 x Peta)", "Zea mays", "Vicia faba var. minor", "Aloe vera"]
DONORS = ["Millennium Seed Bank Partnership", "NordGen", "Instituto Nacional de Tecnologia Agropecuaria", "private collector",
          "Svalbard return shipment", "Kew Wakehurst, Ardingly (UK)", "IRRI"]
CURATORS = ["Dr. Ines Walker", "curation team", "K. Nakamura-Lee", "Abebe", "the duty curator"]
VAULTS = ["V1", "V2", "V2", "V3-cryo"]


def acc():
    return pick([f"GB-KEW-{R.randrange(0, 10 ** 7):07d}", f"NGB{R.randrange(1000, 30000)}", f"IRGC {R.randrange(1000, 130000)}",
                 f"PI {R.randrange(100000, 700000)}"])


def shelf():
    return f"{pick(VAULTS[:3])}/R{R.randrange(1, 40):02d}/S{R.randrange(1, 9):02d}"


def sb_germ():
    n = pick([50, 100, 100, 200])
    g = R.randrange(n // 3, n + 1)
    return (f"germination test T-2026-{R.randrange(0, 10 ** 4):04d} acc={acc()} result {g}/{n} ({100 * g / n:.1f}%) after {pick([14, 21, 28, 42])}d "
            f"at {pick(['20', '20/10', '25/15', '15'])}°C, verdict: {pick(['pass', 'pass', 'retest', 'regenerate', 'dormancy suspected'])}")


def sb_audit():
    missing = pick(["none", "none", f"B{R.randrange(1, 200)}", f"B{R.randrange(1, 200)}, B{R.randrange(1, 200)}"])
    return (f"audit shelf {shelf()}: {R.randrange(10, 60)} boxes scanned, {0 if missing == 'none' else missing.count(',') + 1} missing "
            f"[{missing}], {pick([0, 0, 0, 1])} unexpected")


SETS["seed_bank"] = [
    ("E1", 30, "vault=<*> temp=<*>C rh=<*>% door=<*> compressor=<*> duty=<*>%",
     lambda: f"vault={pick(VAULTS)} temp={R.uniform(-21, -15):.1f}C rh={R.uniform(10, 20):.1f}% door={pick(['closed'] * 6 + ['open'])} compressor={pick(['A', 'B', 'A+B'])} duty={R.randrange(10, 100)}%"),
    ("E2", 12, "ACCESSION deposit acc=<*> taxon=\"<*>\" donor='<*>' seeds=<*> mc=<*>% box=<*>",
     lambda: f"ACCESSION deposit acc={acc()} taxon=\"{pick(TAXA)}\" donor='{pick(DONORS)}' seeds={thousands(200, 40000)} mc={R.uniform(3, 8):.1f}% box={shelf()}/B{R.randrange(1, 200):03d}"),
    ("E3", 8, "germination test <*> acc=<*> result <*>/<*> (<*>%) after <*>d at <*>°C, verdict: <*>", sb_germ),
    ("E4", 6, "withdrawal of <*> seeds from acc=<*> for request <*> (recipient: <*>), remaining <*>",
     lambda: f"withdrawal of {pick([50, 100, 250, 500])} seeds from acc={acc()} for request R-{R.randrange(1000, 1200)} (recipient: {pick(DONORS[:3] + ['University of Nairobi', 'a breeder in Lyon'])}), remaining {thousands(100, 30000)}"),
    ("E5", 5, "drying room: eRH <*>% target 15%, <*> lots drying, oldest <*>",
     lambda: f"drying room: eRH {R.uniform(12, 20):.1f}% target 15%, {R.randrange(0, 60)} lots drying, oldest {R.randrange(0, 14)}d{R.randrange(0, 24):02d}h"),
    ("E6", 4, "ALARM [<*>] temperature <*>C above limit <*>C for <*>",
     lambda: f"ALARM [{pick(VAULTS)}] temperature {R.uniform(-16, -10):.1f}C above limit {pick(['-16.0', '-17.0'])}C for {dur_ms()}"),
    ("E7", 5, "door <*> opened by badge 0x<*> (<*>) for <*>",
     lambda: f"door {pick(VAULTS + ['ante-room'])} opened by badge 0x{hexs(6).upper()} ({pick(CURATORS + ['contractor (Carrier)'])}) for {dur_ms()}"),
    ("E8", 3, "audit shelf <*>: <*> boxes scanned, <*> missing [<*>], <*> unexpected", sb_audit),
    ("E9", 3, "x-ray acc=<*> sample <*> seeds: filled <*>, empty <*>, infested <*> (image <*> <*>MiB)",
     lambda: f"x-ray acc={acc()} sample {pick([20, 50, 50])} seeds: filled {R.randrange(10, 50)}, empty {R.randrange(0, 9)}, infested {pick([0, 0, 1, 2])} (image xr_{R.randrange(0, 10 ** 7):07d}_{R.randrange(1, 4):02d}.tif {R.uniform(1, 9):.1f}MiB)"),
    ("E10", 2, "generator test: start <*>s, load <*> kW for <*> min, result <*>",
     lambda: f"generator test: start {R.uniform(4, 15):.1f}s, load {R.randrange(40, 120)} kW for {pick([15, 30, 60])} min, result {pick(['PASS', 'PASS', 'FAIL (low oil pressure)'])}"),
    ("E11", 2, "label printer \"<*>\" error: <*>",
     lambda: f"label printer \"{pick(['Zebra ZT411 (vault ante-room)', 'drying room', 'Brady BBP33'])}\" error: {pick(['ribbon out', 'label gap not detected, recalibrate', 'head open'])}"),
    ("E12", 2, "regeneration due acc=<*> viability <*>% < <*>% threshold; flagged to <*>",
     lambda: f"regeneration due acc={acc()} viability {R.uniform(40, 74):.1f}% < {pick([75, 85])}% threshold; flagged to {pick(CURATORS)}"),
    ("E13", 3, "LN2 dewar <*> level <*>cm (<*>%), boil-off <*> L/day, last fill <*>",
     lambda: f"LN2 dewar {pick(['D1', 'D3', 'D3', 'MVE-1536'])} level {R.randrange(12, 66)}cm ({R.randrange(18, 99)}%), boil-off {R.uniform(0.8, 3.5):.1f} L/day, last fill 2026-{pick(['11', '12'])}-{R.randrange(1, 29):02d}"),
]

# A church pipe organ's wind and stop control: stops drawn and retired with their magnet, pistons
# recalled from a memory level, the blower and wind pressures, suspected ciphers, tremulants, MIDI
# recordings, console logins, church climate, tuning sessions, solenoid faults, sequencer memories.
STOPS = ["Gt 8' Open Diapason", "Gt 4' Principal", "Sw 16' Contra Fagotto", "Ped 32' Contra Bourdon", "Ch 2 2/3' Nazard",
         "Sw Mixture IV", "Sw 8' Voix Celeste (TC)", "Ped 16' Trombone", "Gt 8' Stopped Diapason", "Ch 8' Clarinet",
         "Solo 8' Tuba Mirabilis", "Sw 8' Oboe"]
RECORDINGS = ["Advent Vespers 2026-12-06 (prelude)", "practice", "Widor Toccata take 3",
              "Lessons & Carols - \"Once in Royal\" descant", "wedding 14:00"]
ORGANISTS = ["Dr. Hannah Whitcombe-Ross", "Tom", "J. S. Okafor", "visiting recitalist", "Marie-Claire du Pont"]


def stop_change():
    return f"stop {pick(['on', 'on', 'off'])}: {pick(STOPS)} [ch {R.randrange(1, 97)} / magnet 0x{hexs(2).upper()}]"


def org_note():
    return f"{pick(['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'G#', 'A', 'Bb', 'B'])}{R.randrange(1, 7)}"


SETS["pipe_organ"] = [
    ("E1", 30, "stop <*>: <*> [ch <*> / magnet 0x<*>]", stop_change),
    ("E2", 20, "piston <*> (level <*>/<*>) recalled by <*>: <*> stops on, <*> off, <*> couplers",
     lambda: f"piston {pick(['Gen ' + str(R.randrange(1, 13)), 'Sw ' + str(R.randrange(1, 9)), 'Ped 3', 'GC'])} (level {R.randrange(1, 257)}/256) recalled by {pick(['console', 'console', 'sequencer +', 'toe stud', 'MIDI'])}: {R.randrange(0, 40)} stops on, {R.randrange(0, 40)} off, {R.randrange(0, 6)} couplers"),
    ("E3", 14, "wind: blower <*>rpm, static <*>mm WG (set <*>), reservoir Gt <*>mm, Sw <*>mm, Ped <*>mm",
     lambda: f"wind: blower {R.randrange(1380, 1480)}rpm, static {R.randrange(95, 110)}mm WG (set {pick([100, 100, 95, 110])}), reservoir Gt {R.randrange(80, 95)}mm, Sw {R.randrange(85, 100)}mm, Ped {R.randrange(95, 125)}mm"),
    ("E4", 4, "CIPHER suspected: <*> key <*> (note <*>) sounding <*>s without key down",
     lambda: f"CIPHER suspected: {pick(STOPS)} key {org_note()} (note {R.randrange(36, 97)}) sounding {R.uniform(5, 90):.1f}s without key down"),
    ("E5", 5, "tremulant <*> speed <*> Hz depth <*>% -> <*>",
     lambda: f"tremulant {pick(['Sw', 'Ch', 'Solo'])} speed {R.uniform(4.5, 7):.1f} Hz depth {R.randrange(10, 70)}% -> {pick(['running', 'stopped'])}"),
    ("E6", 6, "MIDI record \"<*>\" saved: <*> events, <*>, <*>KiB",
     lambda: f"MIDI record \"{pick(RECORDINGS)}\" saved: {thousands(300, 40000)} events, {dur_ms()}, {R.uniform(4, 900):.1f}KiB"),
    ("E7", 4, "console unlocked by <*>: \"<*>\" (key fob 0x<*>)",
     lambda: f"console unlocked by {pick(['Organist', 'Assistant Organist', 'Tuner', 'Guest'])}: \"{pick(ORGANISTS)}\" (key fob 0x{hexs(4).upper()})"),
    ("E8", 4, "church climate: nave <*>°C <*>%RH, organ case <*>°C <*>%RH",
     lambda: f"church climate: nave {R.uniform(8, 19):.1f}°C {R.randrange(35, 75)}%RH, organ case {R.uniform(9, 19):.1f}°C {R.randrange(40, 70)}%RH"),
    ("E9", 2, "tuning: <*> on rank <*>: <*> pipes checked, <*> adjusted, max deviation <*> cents",
     lambda: f"tuning: {pick(['Harrison & Harrison', 'P. Goetze', 'tuner'])} on rank {pick(STOPS)}: {pick([30, 56, 61])} pipes checked, {R.randrange(0, 20)} adjusted, max deviation {signed(-8, 8, 1)} cents"),
    ("E10", 3, "solenoid driver board <*> ch <*> <*> (R=<*>, expected ~<*> ohm)",
     lambda: (lambda f: f"solenoid driver board SD-{R.randrange(1, 9)} ch {R.randrange(1, 65)} {f[0]} (R={f[1]}, expected ~{pick([90, 120])} ohm)")(pick([("open circuit", "inf"), ("short circuit", f"{R.uniform(0, 2):.1f}"), ("overcurrent", f"{R.randrange(20, 60)}")]))),
    ("E11", 2, "blower <*> after <*> (reason: <*>)",
     lambda: f"blower {pick(['started', 'stopped'])} after {dur_ms()} (reason: {pick(['console on', 'idle timeout 30 min', 'manual', 'mains dip'])})"),
    ("E12", 2, "sequencer memory \"<*>\" loaded: <*> frames",
     lambda: f"sequencer memory \"{pick(['Christmas Lessons & Carols', 'Sunday Eucharist', 'Recital: Vierne / Durufle'])}\" loaded: {R.randrange(1, 400):04d} frames"),
    ("E13", 1, "transposer set to <*> semitones by <*>",
     lambda: f"transposer set to {pick(['-2', '-1', '+1', '+3'])} semitones by {pick(ORGANISTS)}"),
]

# A bowling alley's lanes and pinsetters: balls scored per frame with the pins left standing,
# pinsetter cycles and faults, games started and finished, fouls, the lane oil machine, shoe
# rentals, ball return jams, score corrections, leagues, pin cameras, mains power.
BOWLERS = ["Big Mike", "Sam", "Zoe", "Grandpa Joe", "Ana-Lucia", "X", "Team \"Pin Pals\" #2", "O'Brien"]


def lane():
    return f"{R.randrange(1, 25):02d}"


def standing():
    k = pick([0, 0, 1, 1, 2, 3])
    return "none" if k == 0 else ",".join(map(str, sorted(R.sample(range(1, 11), k))))


def bw_game_end():
    return (f"lane {lane()} game over: high \"{pick(BOWLERS)}\" {R.randrange(90, 280)}, avg {R.uniform(60, 190):.1f}, "
            f"strikes {R.randrange(0, 13)}, spares {R.randrange(0, 15)}, time {dur_ms()}")


def shoes():
    return ", ".join(pick(["EU 42", "EU 38 (x2)", "US 9.5", "EU 44", "kids 31", "EU 40 (x3)"]) for _ in range(pick([1, 1, 2, 3])))


SETS["bowling_lanes"] = [
    ("E1", 32, "lane <*> bowler \"<*>\" frame <*> ball <*>: <*> pins [standing: <*>] score <*>",
     lambda: f"lane {lane()} bowler \"{pick(BOWLERS)}\" frame {R.randrange(1, 11)} ball {pick([1, 1, 2, 3])}: {R.randrange(0, 11)} pins [standing: {standing()}] score {R.randrange(0, 300)}"),
    ("E2", 16, "PS-<*> cycle <*>s sweep <*>, deck <*>, pins in deck <*>/10",
     lambda: f"PS-{lane()} cycle {R.uniform(3.5, 9):.1f}s sweep {pick(['ok', 'ok', 'ok', 'slow'])}, deck {pick(['ok', 'ok', 'ok', 'retry'])}, pins in deck {pick([10, 10, 10, 9, 8])}/10"),
    ("E3", 5, "PS-<*> FAULT <*> \"<*>\" -> lane <*> offline, mechanic paged (<*>)",
     lambda: (lambda ln: f"PS-{ln} FAULT E{R.randrange(1, 40):02d} \"{pick(['deck stuck in lowered position', 'pin jam in turret', 'sweep motor overload', 'no ball detected'])}\" -> lane {ln} offline, mechanic paged ({pick(['T. Ramírez', 'Dale', 'on-call'])})")(lane())),
    ("E4", 6, "game started on lanes <*> for party '<*>' bowlers=<*> bumpers=<*> package=<*>",
     lambda: (lambda a: f"game started on lanes {a:02d}-{a + 1:02d} for party '{pick(['Birthday - Zoe (9)', 'Walk-in', 'ACME Corp. xmas do', 'Smith, J.'])}' bowlers={R.randrange(1, 9)} bumpers={pick(['on', 'off', 'off'])} package={pick(['GLOW60', 'STD2G', 'PARTY-XL', 'hourly'])}")(R.randrange(1, 24, 2))),
    ("E5", 5, "lane <*> game over: high \"<*>\" <*>, avg <*>, strikes <*>, spares <*>, time <*>", bw_game_end),
    ("E6", 4, "foul detected lane <*> bowler \"<*>\" frame <*> ball <*> (sensor: <*>)",
     lambda: f"foul detected lane {lane()} bowler \"{pick(BOWLERS)}\" frame {R.randrange(1, 11)} ball {pick([1, 2])} (sensor: {pick(['foul-line IR', 'camera'])})"),
    ("E7", 4, "lane machine <*> ran pattern \"<*>\" on lanes <*>: <*> mL oil, <*> per lane",
     lambda: f"lane machine {pick(['KEGEL-FLEX', 'Phoenix #2'])} ran pattern \"{pick(['House Shot 41ft', 'PBA Cheetah 35', 'Sport: Route 66 (43ft)'])}\" on lanes {pick(['01-24', '01-12', '13-24'])}: {R.uniform(18, 30):.1f} mL oil, {dur_ms()} per lane"),
    ("E8", 4, "shoes rented: <*> -> $<*> till <*>",
     lambda: f"shoes rented: {shoes()} -> ${R.randrange(4, 30)}.{pick(['00', '50'])} till {pick([1, 2])}"),
    ("E9", 3, "ball return jam lane <*> (<*>), cleared after <*>",
     lambda: f"ball return jam lane {lane()} ({pick(['lift belt', 'accelerator', 'ball door'])}), cleared after {dur_ms()}"),
    ("E10", 2, "score correction lane <*> frame <*>: <*> -> <*> by <*> (reason: <*>)",
     lambda: f"score correction lane {lane()} frame {R.randrange(1, 11)}: {R.randrange(0, 10)} -> {R.randrange(0, 11)} by {pick(['desk', 'manager'])} (reason: {pick(['pinsetter respot', 'camera missed 10 pin', 'customer dispute, video checked'])})"),
    ("E11", 3, "league \"<*>\" week <*>: <*> teams checked in, lane assignment pushed",
     lambda: f"league \"{pick(['Tuesday Night Seniors', 'Youth Scratch', 'Pub League (div. 2)'])}\" week {R.randrange(1, 34)}: {R.randrange(4, 25)} teams checked in, lane assignment pushed"),
    ("E12", 2, "pin camera <*> calibration offset dx=<*>px dy=<*>px, confidence <*>",
     lambda: f"pin camera CAM-{lane()} calibration offset dx={R.randrange(-5, 6):+d}px dy={R.randrange(-5, 6):+d}px, confidence {R.uniform(0.8, 1):.2f}"),
    ("E13", 1, "mains power lost, pinsetters parked, UPS <*>% (est. <*>)",
     lambda: f"mains power lost, pinsetters parked, UPS {R.randrange(40, 100)}% (est. {R.randrange(5, 30)}m)"),
]

# A customs office's declaration processing: declarations lodged with a declarant and a route,
# items classified under an HS code, the risk engine's rules, releases with the duties paid,
# inspections booked and their results, rejections with an error code, guarantees, EORI checks,
# container scanners, gateway timeouts, exchange rates, logins, seizures.
DECLARANTS = ["Hartmann Logistik GmbH & Co. KG", "ACME Imports Ltd", "Sea-Air Forwarding (Felixstowe)", "J. Patel", "Nordic \"Blue Line\" AB"]
GOODS = [("8471.30.00", "portable computers, weight <= 10 kg"), ("6109.10.00", "T-shirts of cotton"), ("0805.10.22", "oranges"),
         ("8703.80.10", "motor vehicles, electric"), ("9503.00.75", "toys [plastic]"), ("2204.21.79", "wine, PDO, <= 2 l")]


def mrn():
    return f"26GB{''.join(pick('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(14))}"


def money():
    return f"{R.uniform(10, 300000):,.2f}"


def risk_rules():
    rules = ["R-114 undervaluation", "R-203 origin mismatch", "R-007 new trader", "R-330 dual-use goods"]
    n = pick([0, 0, 1, 2])
    return "none" if n == 0 else ", ".join(R.sample(rules, n))


SETS["customs_declarations"] = [
    ("E1", 24, "DECL <*> lodged type=<*> procedure=<*> declarant=\"<*>\" items=<*> value=<*> <*> route=<*>",
     lambda: f"DECL {mrn()} lodged type={pick(['IM-A', 'IM-A', 'EX-A', 'CO-B'])} procedure={pick(['4000', '4000', '1000', '5100', '4071'])} declarant=\"{pick(DECLARANTS)}\" items={R.randrange(1, 99)} value={money()} {pick(['EUR', 'USD', 'GBP', 'CNY'])} route={pick(['GREEN', 'GREEN', 'GREEN', 'AMBER', 'RED'])}"),
    ("E2", 16, "item <*> of <*>: HS <*> \"<*>\" origin <*> qty <*> <*> duty <*>% vat <*>%",
     lambda: (lambda g: f"item {R.randrange(1, 40)} of {mrn()}: HS {g[0]} \"{g[1]}\" origin {pick(['CN', 'US', 'TR', 'ES', 'VN'])} qty {R.randrange(1, 5000)} {pick(['pcs', 'kg', 'l'])} duty {pick(['0.0', '2.5', '12.0', '16.0'])}% vat {pick([0, 5, 20])}%")(pick(GOODS))),
    ("E3", 10, "risk engine: <*> score <*>/100 [rules: <*>] -> <*>",
     lambda: f"risk engine: {mrn()} score {R.randrange(0, 100)}/100 [rules: {risk_rules()}] -> {pick(['GREEN', 'GREEN', 'AMBER', 'RED'])}"),
    ("E4", 8, "released <*> after <*> (channel <*>), duties paid <*> <*>",
     lambda: f"released {mrn()} after {dur_ms()} (channel {pick(['GREEN', 'AMBER', 'RED'])}), duties paid {money()} {pick(['GBP', 'GBP', 'EUR'])}"),
    ("E5", 5, "inspection booked: container <*> at berth \"<*>\" officer <*>, slot <*>",
     lambda: f"inspection booked: container {pick(['MSKU', 'TGHU', 'CMAU'])} {R.randrange(0, 10 ** 6):06d}-{R.randrange(10)} at berth \"{pick(['Dock 4 (scanner bay)', 'ESS shed B', 'Berth 7'])}\" officer {pick(['O. Adeyemi', 'Kim', 'B. van der Berg'])}, slot {hhmm()}"),
    ("E6", 4, "inspection result <*>: <*>; note: \"<*>\"",
     lambda: f"inspection result {mrn()}: {pick(['no discrepancy', 'discrepancy found', 'goods detained pending sampling'])}; note: \"{pick(['seals intact', 'quantity short by 2 cartons', 'labels say Made in PRC, declared VN', 'ok'])}\""),
    ("E7", 4, "DECL <*> rejected: error code <*> - '<*>' (item <*>)",
     lambda: f"DECL {mrn()} rejected: error code CDS{R.randrange(10000, 20000)} - '{pick(['Commodity code not valid for date', 'Missing document code N935', 'Invalid EORI'])}' (item {R.randrange(1, 30)})"),
    ("E8", 3, "guarantee <*> balance <*> EUR, reserved <*> EUR for MRN <*>",
     lambda: f"guarantee 26GB{R.randrange(0, 10 ** 12):012d} balance {money()} EUR, reserved {money()} EUR for MRN {mrn()}"),
    ("E9", 3, "EORI check <*>: valid=<*> name='<*>' (cached <*>)",
     lambda: f"EORI check GB{R.randrange(10 ** 11, 10 ** 12)}000: valid={pick(['true', 'true', 'false'])} name='{pick(DECLARANTS)}' (cached {R.randrange(1, 60)}m)"),
    ("E10", 2, "scanner <*> image <*> <*>MiB flagged anomaly \"<*>\" conf=<*>",
     lambda: f"scanner SC-{R.randrange(1, 4)} image IMG-{mixed(10)} {R.uniform(20, 90):.1f}MiB flagged anomaly \"{pick(['organic density in rear third', 'void in floor', 'metal mass'])}\" conf={R.uniform(0.5, 1):.2f}"),
    ("E11", 2, "CDS gateway timeout after <*> ms calling <*> (retry <*>/<*>)",
     lambda: f"CDS gateway timeout after {pick([30000, 60000])} ms calling https://api.cds.example.gov/v2/declarations/{mrn()} (retry {R.randrange(1, 6)}/5)"),
    ("E12", 1, "exchange rates updated: <*> currencies, USD=<*> EUR=<*> (period <*>)",
     lambda: f"exchange rates updated: {R.randrange(30, 40)} currencies, USD={R.uniform(0.7, 0.9):.4f} EUR={R.uniform(0.8, 0.9):.4f} (period {pick(['2026-12', '2026-12', '2027-01'])})"),
    ("E13", 3, "user <*> (role: <*>) logged in from <*>",
     lambda: f"user {pick(['k.osei', 'JWalsh', 'b.vanderberg', 'svc-broker'])} (role: {pick(['Officer', 'Senior Officer', 'Broker API'])}) logged in from {pick(['WS-DOVER-114', '10.22.8.14', 'WS-FXT-02'])}"),
    ("E14", 1, "SEIZURE recorded case <*>: <*>, qty <*>, est. value £<*>",
     lambda: f"SEIZURE recorded case SZ-2026-{R.randrange(0, 10 ** 5):05d}: {pick(['counterfeit trainers', 'cigarettes (undeclared)', 'ivory carving'])}, qty {R.randrange(1, 9000)}, est. value £{money()}"),
]

# A city's parking meters: sessions paid in a zone, meter status reports as a key: value run,
# enforcement officers checking plates, penalty notices, coin jams, cash collections, tariff
# pushes, tamper alarms, app sessions, receipt printers, card readers going offline, permits.
ZONES = [("B3", "Marktstraße Nord"), ("A1", "Rathausplatz"), ("C1", "Bahnhof (P+R)"), ("B4", "Am Hafen 2-10"), ("A2", "Altstadt")]
PLATES = ["B-XY 1234", "M-AB 77", "HH-K 4021", "KA-ZZ 9", "S-EL 300E", "OF-Q 88"]


def meter():
    return f"PM-{R.randrange(0, 600):04d}"


def pm_paid():
    z = pick(ZONES)
    via = pick(["coins", "coins", f"card ****{R.randrange(0, 10 ** 4):04d}", f"contactless ****{R.randrange(0, 10 ** 4):04d}", "app"])
    return f"meter {meter()} [Zone {z[0]} \"{z[1]}\"] paid {R.randrange(1, 12)}.{pick(['00', '20', '40', '50', '80'])} EUR via {via} -> until {hhmm()} ({dur_ms()})"


def pm_tariff():
    failed = pick([[], [], [meter()], [meter(), meter()]])
    return f"tariff \"{pick(['Zone B Mo-Sa 08-20', 'Zone A (Altstadt) 24h', 'event day'])}\" v{R.randrange(2, 30)} pushed to {R.randrange(10, 120)} meters, {len(failed)} failed [{', '.join(failed) or 'none'}]"


SETS["parking_meters"] = [
    ("E1", 30, "meter <*> [Zone <*> \"<*>\"] paid <*> EUR via <*> -> until <*> (<*>)", pm_paid),
    ("E2", 14, "<*> status: battery: <*>V solar: <*>W coin box: <*>% paper: <*> signal: <*>dBm",
     lambda: f"{meter()} status: battery: {R.uniform(11, 13.8):.1f}V solar: {R.uniform(0, 6):.1f}W coin box: {R.randrange(0, 101)}% paper: {pick(['ok', 'ok', 'low', 'out'])} signal: {R.randrange(-110, -60)}dBm"),
    ("E3", 8, "enforcement: officer #<*> checked plate \"<*>\" in zone <*>: <*>",
     lambda: f"enforcement: officer #{R.randrange(100, 300)} checked plate \"{pick(PLATES)}\" in zone {pick(ZONES)[0]}: {pick(['valid until ' + hhmm(), 'expired ' + str(R.randrange(1, 90)) + ' min ago', 'no payment found', 'resident permit'])}"),
    ("E4", 6, "PCN issued <*> plate \"<*>\" zone <*> reason=\"<*>\" fine=<*> EUR",
     lambda: f"PCN issued WK26-{R.randrange(0, 10 ** 6):06d} plate \"{pick(PLATES)}\" zone {pick(ZONES)[0]} reason=\"{pick(['no valid payment', 'overstay', 'parked in loading bay'])}\" fine={pick(['20.00', '30.00', '55.00'])} EUR"),
    ("E5", 5, "<*> coin validator jam (coins rejected: <*>), self-clear <*>",
     lambda: f"{meter()} coin validator jam (coins rejected: {R.randrange(1, 9)}), self-clear {pick(['ok', 'ok', 'failed'])}"),
    ("E6", 4, "cash collection <*> by route <*> crew: <*> coins, <*> EUR, box 0x<*> sealed",
     lambda: f"cash collection {meter()} by route {R.randrange(1, 12)} crew: {R.randrange(20, 900)} coins, {R.uniform(10, 400):.2f} EUR, box 0x{hexs(4).upper()} sealed"),
    ("E7", 3, "tariff \"<*>\" v<*> pushed to <*> meters, <*> failed [<*>]", pm_tariff),
    ("E8", 3, "TAMPER <*> door sensor open, tilt <*>°, photo saved (<*>KiB)",
     lambda: f"TAMPER {meter()} door sensor open, tilt {R.uniform(0, 40):.1f}°, photo saved ({R.uniform(100, 900):.1f}KiB)"),
    ("E9", 4, "app session <*> plate \"<*>\" zone <*> started <*> extended <*>",
     lambda: f"app session {mixed(12)} plate \"{pick(PLATES)}\" zone {pick(ZONES)[0]} started {hhmm()} extended +{pick([15, 30, 60])}m"),
    ("E10", 2, "<*> receipt printer: <*>", lambda: f"{meter()} receipt printer: {pick(['paper out', 'paper jam', 'head too hot'])}"),
    ("E11", 2, "<*> card reader offline for <*>, fallback to <*>",
     lambda: f"{meter()} card reader offline for {dur_ms()}, fallback to {pick(['coins only', 'app and coins'])}"),
    ("E12", 2, "permit check: <*> permit <*> plate \"<*>\" zone <*> -> <*> (expires <*>)",
     lambda: f"permit check: {pick(['resident', 'blue badge', 'trade'])} permit RP-{R.randrange(1000, 9999)} plate \"{pick(PLATES)}\" zone {pick(ZONES)[0]} -> {pick(['valid', 'valid', 'wrong zone', 'expired'])} (expires 202{pick([6, 7])}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d})"),
]

SIZES = {"wind_tunnel": 330, "seed_bank": 320, "pipe_organ": 310, "bowling_lanes": 340, "customs_declarations": 350,
         "parking_meters": 320}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
