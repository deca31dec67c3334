#!/usr/bin/env python3
"""Writes the fortieth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans, text the statement prints itself (units glued to a number, `=`,
brackets, quotes, `#`, fixed words) stays literal. Fixed seed.

    python3 make_heldout_40.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, write_sets

seed(40404)


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


def dna(n):
    return "".join(pick("ACGT") for _ in range(n))


SETS = {}

# Names that hold an apostrophe, kept outside the f-strings.
LAB_OB = "Lab O'Brien (tumour WGS)"
JL_DAMICO = "Jean-Luc D'Amico"
ONEILL_AUTO = "O'Neill Automotive (Tier 2)"

# A town's natural gas distribution grid: pressure regulating stations as a key=value run, gas quality
# from chromatographs, leak surveys, odorant injection, cathodic protection rectifiers, customer meter
# reads, valve operations with a quoted reason, third-party damage, line pack, SCADA alarms with free
# text, pigging runs, billing calorific values, telemetry links.
PRS = ["GDRM-0412", "grs_118", "Regler Feldweg 3", "PRS 2/14", "GDRM-1093", "station Bahnhof (north)"]


def gas_prs():
    return (f"PRS id={pick(PRS)} pin={R.randrange(5, 160) / 10:.1f}bar pout={R.randrange(180, 990)}mbar "
            f"flow={R.randrange(10, 90000) / 10:.1f}Nm3/h Tgas={sfloat(-5, 18)}C odor={R.randrange(80, 160) / 10:.1f}mg/m3 "
            f"stream={pick(['A', 'A', 'B', 'A+B'])} state={pick(['normal', 'normal', 'normal', 'monitor active', 'slam-shut tripped', 'bypass open'])}")


SETS["gas_grid"] = [
    ("E1", 28, "PRS id=<*> pin=<*>bar pout=<*>mbar flow=<*>Nm3/h Tgas=<*>C odor=<*>mg/m3 stream=<*> state=<*>", gas_prs),
    ("E2", 9, "[<*>] GC analysis: CH4 <*>%, CO2 <*>%, H2 <*>%, Hs <*> kWh/m3, Wobbe <*> MJ/m3 -> <*>",
     lambda: f"[{pick(['GC-1', 'Einspeisung Nord', 'biomethane plant (Ahlen)', 'GÜS Weststraße'])}] GC analysis: CH4 {R.randrange(8500, 9800) / 100:.2f}%, "
             f"CO2 {R.randrange(5, 300) / 100:.2f}%, H2 {R.randrange(0, 120) / 10:.1f}%, Hs {R.randrange(1050, 1220) / 100:.2f} kWh/m3, "
             f"Wobbe {R.randrange(4600, 5400) / 100:.2f} MJ/m3 -> {pick(['within spec', 'within spec', 'Wobbe low', 'H2 above 10% limit'])}"),
    ("E3", 8, "Leak survey <*> by <*>: <*> ppm CH4 at <*>, grade <*>, <*>",
     lambda: f"Leak survey {pick(['LS-26-' + str(R.randrange(1000, 9999)), 'ls_' + b62(5), str(R.randrange(20000, 29999))])} by "
             f"{pick(['team Süd', 'R. Ó Dálaigh', 'Fa. Kraus & Söhne', 'car 4 (laser)'])}: {R.randrange(1, 50000)} ppm CH4 at "
             f"{pick(['Lindenstr. 14 (service line)', 'km 3.2 DP main', 'house 7/9, cellar', 'Marktplatz'])}, grade {pick(['A', 'B', 'C'])}, "
             f"{pick(['make safe now', 'repair within 30 days', 'monitor', 'no leak found'])}"),
    ("E4", 6, "Odorant injection <*>: <*> l/h THT, tank <*>% (<*> l), pump <*>",
     lambda: f"Odorant injection {pick(['OD-1', 'od-west', 'GDRM-0412'])}: {R.randrange(1, 400) / 100:.2f} l/h THT, tank {R.randrange(5, 100)}% "
             f"({R.randrange(20, 1000)} l), pump {pick(['ok', 'ok', 'stroke fault', 'switched to B'])}"),
    ("E5", 6, "Cathodic protection TR <*>: <*>V / <*>A, pipe-to-soil <*>mV (limit <*>mV) <*>",
     lambda: f"Cathodic protection TR {pick(['TR-07', 'tr12', 'Gleichrichter Ost'])}: {R.randrange(10, 480) / 10:.1f}V / {R.randrange(1, 250) / 10:.1f}A, "
             f"pipe-to-soil {-R.randrange(700, 1400)}mV (limit {pick(['-850', '-950'])}mV) {pick(['OK', 'OK', 'UNDERPROTECTED', 'interference suspected'])}"),
    ("E6", 5, "meter <*> (<*>) read <*> m3, corrected <*> Nm3, battery <*>%",
     lambda: f"meter {pick(['7GMT' + str(R.randrange(10 ** 7, 10 ** 8)), 'gz-' + hexs(6), str(R.randrange(100000, 999999))])} "
             f"({pick(['household', 'household', 'industrial (CNG)', 'Bäckerei Schmitt & Co', 'school'])}) read {R.randrange(10, 999999)} m3, "
             f"corrected {R.randrange(10, 999999)} Nm3, battery {R.randrange(1, 101)}%"),
    ("E7", 5, "Valve <*> operated <*> by <*> at <*>, <*> turns, reason: \"<*>\"",
     lambda: f"Valve {pick(['AS-114', 'v22', 'Schieber Mühlweg 3', 'BV-9/N'])} operated {pick(['open->closed', 'closed->open', 'throttled 30%'])} "
             f"by {pick(['on-call 1', 'M. Kovač', 'crew Nord'])} at {hms()}, {R.randrange(3, 120)} turns, reason: "
             f"\"{pick(['planned tie-in', 'leak grade A at Marktplatz', 'customer complaint, low pressure since morning', 'annual exercise'])}\""),
    ("E8", 4, "Third-party damage <*> at <*>: <*> hit by <*>, <*> customers off supply",
     lambda: f"Third-party damage {pick(['TPD-' + str(R.randrange(100, 999)), 'dmg_' + b62(4)])} at {pick(['Hauptstr. 88', 'new estate Am Anger', 'B51 roadworks (km 12)'])}: "
             f"{pick(['PE 63 service', 'DN100 steel main', 'PE 160 main'])} hit by {pick(['excavator', 'horizontal drill', 'fence post auger'])}, "
             f"{R.randrange(0, 400)} customers off supply"),
    ("E9", 3, "Line pack <*>: <*> MWh (<*>% of max), trend <*> MWh/h",
     lambda: f"Line pack {pick(['HD ring', 'MD zone 2', 'grid total'])}: {R.randrange(100, 9000) / 10:.1f} MWh ({R.randrange(20, 100)}% of max), "
             f"trend {sfloat(-40, 40)} MWh/h"),
    ("E10", 3, "ALARM <*> <*>: <*>",
     lambda: f"ALARM {pick(['HIHI', 'LO', 'COMMS', 'INTRUSION'])} {pick(PRS)}: "
             f"{pick(['outlet pressure 62 mbar above trip 60 mbar', 'door contact open', 'filter dp high, change element', 'no data 15 min'])}"),
    ("E11", 3, "Pigging run <*> on <*>: pig <*> received after <*>, <*> km, debris <*> kg",
     lambda: f"Pigging run {pick(['PR-2026-0' + str(R.randrange(10, 99)), str(R.randrange(100, 999))])} on "
             f"{pick(['DN300 Nord-Süd', 'feeder line 2', 'HD Leitung Ahlen-Hamm'])}: pig {pick(['cleaning', 'gauge plate', 'MFL (intelligent)'])} "
             f"received after {dur(300)}, {R.randrange(10, 400) / 10:.1f} km, debris {R.randrange(0, 900) / 10:.1f} kg"),
    ("E12", 2, "Billing calorific value zone <*> for <*>: <*> kWh/m3 from <*> stations",
     lambda: f"Billing calorific value zone {pick(['BZ-1', 'Stadt', 'Umland West'])} for {pick(['2026-11', '2026-12', 'week 49'])}: "
             f"{R.randrange(1050, 1220) / 100:.2f} kWh/m3 from {R.randrange(1, 9)} stations"),
    ("E13", 1, "Telemetry link to <*> <*> after <*>",
     lambda: f"Telemetry link to {pick(PRS)} {pick(['lost', 'restored'])} after {dur(120)}"),
]

# A genomics core facility's sequencing lab: per-cycle run metrics as a key=value run, runs started
# on an instrument, demultiplexing per sample, library QC, sample sheets, reagent cartridges, data
# delivery, nanopore pore scans, finished runs, instrument errors, index hopping, freezers, invoices.
INSTRUMENTS = ["NovaSeq X #1", "nextseq2k", "MiSeq-B", "PromethION 24 (P2 solo)"]
FLOWCELLS = ["22HJKLLT3", "FC_7Kq2xP", "000000000-L4K2M", "PAW12345", "AAFW3NKM5"]
RUNS = ["260412_LH00412_0117_B22HJKLLT3", "run_Kq7p2x", "4412", "20261207_1530_P2S_PAW12345"]


def seq_cycle():
    return (f"CYCLE run={pick(RUNS)} fc={pick(FLOWCELLS)} lane={R.randrange(1, 9)} cycle={R.randrange(1, 320)}/{pick([151, 302, 318])} "
            f"density={R.randrange(1200, 3600)}K/mm2 pf={R.randrange(550, 950) / 10:.1f}% q30={R.randrange(700, 960) / 10:.1f}% "
            f"phasing={R.randrange(5, 40) / 100:.2f}% status={pick(['ok', 'ok', 'ok', 'ok', 'bubble detected', 'low intensity'])}")


SAMPLES = ["S-0412_T", "pat17 blood", "Mouse_KO_3", "ctrl-A (spike-in)", "HG002"]

SETS["sequencing_core"] = [
    ("E1", 28, "CYCLE run=<*> fc=<*> lane=<*> cycle=<*>/<*> density=<*>K/mm2 pf=<*>% q30=<*>% phasing=<*>% status=<*>", seq_cycle),
    ("E2", 9, "[<*>] run <*> started on flow cell <*> (<*>), read structure <*>, operator <*>",
     lambda: f"[{pick(INSTRUMENTS)}] run {pick(RUNS)} started on flow cell {pick(FLOWCELLS)} ({pick(['10B', 'P3 300 cycles', 'v3 600', 'R10.4.1'])}), "
             f"read structure {pick(['151-10-10-151', '101-8-8-101', '2x300', 'n/a'])}, operator {pick(['jdoe', 'Dr. A. Ndiaye', 'Zoë Martin', 'core staff'])}"),
    ("E3", 8, "Demux <*> lane <*>: sample \"<*>\" <*>+<*> <*> reads (<*>% of lane)",
     lambda: f"Demux {pick(RUNS)} lane {R.randrange(1, 9)}: sample \"{pick(SAMPLES)}\" {dna(8)}+{dna(pick([8, 10]))} "
             f"{R.randrange(10 ** 5, 9 * 10 ** 8)} reads ({R.randrange(1, 2500) / 100:.2f}% of lane)"),
    ("E4", 6, "Library QC <*> (<*>): <*> ng/ul, peak <*> bp, RIN <*>, <*>",
     lambda: f"Library QC {pick(['LIB-2026-' + str(R.randrange(1000, 9999)), 'lib_' + b62(6), str(R.randrange(30000, 39999))])} "
             f"({pick(['P26-017 Müller', LAB_OB, 'Bioinf/Core', 'external: Roche & Partners'])}): "
             f"{R.randrange(5, 2000) / 100:.2f} ng/ul, peak {R.randrange(250, 900)} bp, RIN {pick(['n/a', str(R.randrange(50, 100) / 10)])}, "
             f"{pick(['pass', 'pass', 'fail: adapter dimer', 'rework (re-quantify)'])}"),
    ("E5", 6, "Sample sheet <*> validated for <*>: <*> samples, <*> projects, <*> warnings [<*>]",
     lambda: f"Sample sheet {pick(['SS_' + day(), 'sheet-v2 ' + b62(4), 'SampleSheet.csv'])} validated for {pick(RUNS)}: {R.randrange(1, 384)} samples, "
             f"{R.randrange(1, 12)} projects, {R.randrange(0, 5)} warnings [{pick(['none', 'index collision lane 2', 'missing Sample_Project, duplicate ID S-0412_T', 'adapter trimming off'])}]"),
    ("E6", 5, "Reagent cartridge <*> lot <*> loaded on <*>, expires <*>, <*> cycles left",
     lambda: f"Reagent cartridge {pick(['RC-' + hexs(6).upper(), 'cart ' + str(R.randrange(100, 999))])} lot {pick(['20754321', 'LOT-26A-117', 'x41'])} "
             f"loaded on {pick(INSTRUMENTS)}, expires {day()}, {R.randrange(0, 320)} cycles left"),
    ("E7", 5, "Delivery <*> to <*>: <*> files, <*>, link expires <*>",
     lambda: f"Delivery {pick(['DLV-' + str(R.randrange(1000, 9999)), 'dl_' + b62(7)])} to "
             f"{pick(['a.kowalski@uni-bonn.de', 's3://lab-obrien/raw/', 'sftp share Bioinf/Core', 'Dr. Lü Wei'])}: {R.randrange(2, 3000)} files, "
             f"{pick([f'{R.randrange(10, 999) / 10:.1f}GiB', f'{R.randrange(11, 49) / 10:.1f}TiB'])}, link expires {day()}"),
    ("E8", 4, "pore scan <*> position <*>: <*> pores (<*>%), bias <*>mV",
     lambda: f"pore scan {pick(FLOWCELLS[3:])} position {pick(['1A', '2C', 'P2-1', 'X3'])}: {R.randrange(800, 11000)} pores "
             f"({R.randrange(20, 100)}%), bias {-R.randrange(160, 200)}mV"),
    ("E9", 3, "Run <*> finished: <*> Gb, <*>M clusters PF, <*>% >=Q30, took <*>",
     lambda: f"Run {pick(RUNS)} finished: {R.randrange(10, 80000) / 10:.1f} Gb, {R.randrange(20, 26000)}M clusters PF, "
             f"{R.randrange(700, 960) / 10:.1f}% >=Q30, took {dur(3000)}"),
    ("E10", 3, "Instrument <*> error <*>: <*>",
     lambda: f"Instrument {pick(INSTRUMENTS)} error {pick(['0x' + hexs(4).upper(), 'E' + str(R.randrange(100, 999)), 'FLUIDICS-12'])}: "
             f"{pick(['pressure check failed', 'flow cell not detected', 'temperature out of range, run paused', 'camera'])}"),
    ("E11", 3, "index hopping lane <*>: <*>% unexpected pairs (top <*>+<*>)",
     lambda: f"index hopping lane {R.randrange(1, 9)}: {R.randrange(1, 300) / 100:.2f}% unexpected pairs (top {dna(8)}+{dna(8)})"),
    ("E12", 2, "Freezer <*> <*>C (set <*>C), door <*>",
     lambda: f"Freezer {pick(['-80 #2', 'F-04', 'library fridge'])} {sfloat(-86, 6)}C (set {pick(['-80', '-20', '+4'])}C), door "
             f"{pick(['closed', 'closed', 'open 45s', 'open > 5 min'])}"),
    ("E13", 1, "Invoice <*> for <*>: <*> lanes x <*> CHF = <*> CHF",
     lambda: f"Invoice {pick(['INV-26-' + str(R.randrange(100, 999)), str(R.randrange(10000, 99999))])} for "
             f"{pick(['P26-017 Müller', 'Bioinf/Core', LAB_OB])}: {R.randrange(1, 9)} lanes x {R.randrange(400, 3000):.2f} CHF = "
             f"{R.randrange(40000, 2400000) / 100:.2f} CHF"),
]

# A city taxi dispatch centre: cab positions as a key=value run, bookings with pick-up and drop-off
# addresses, offers to cabs, meters switched off, taxi ranks, payments, driver logins, no-shows,
# complaints with quoted text, surge zones, panic buttons, taximeter calibration, account invoices.
CABS = ["T-412", "1187", "cab_Xk4q", "TX 66 (van)", "E-0093"]
ZONES = ["Z12", "Hbf", "Airport (T1)", "Altstadt", "Z7-Nord"]
ADDRS = ["Hauptbahnhof, Ausgang Süd", "Rue de l'Église 4", "Hotel Adlon", "Schillerstr. 12a", "Airport T2 arrivals", "Klinikum (Notaufnahme)"]


def taxi_pos():
    return (f"POS cab={pick(CABS)} driver={pick(['D0412', 'd-1187', str(R.randrange(1000, 9999))])} "
            f"lat={R.uniform(50.0, 50.2):.5f} lon={R.uniform(8.5, 8.8):.5f} speed={R.randrange(0, 90)}km/h zone={pick(ZONES)} "
            f"status={pick(['free', 'free', 'occupied', 'occupied', 'to pickup', 'on break', 'off duty'])}")


BOOKINGS = ["B-2026-04412", "bk_7Kq2xPa", "881204", "HTL/Adlon/17"]

SETS["taxi_dispatch"] = [
    ("E1", 28, "POS cab=<*> driver=<*> lat=<*> lon=<*> speed=<*>km/h zone=<*> status=<*>", taxi_pos),
    ("E2", 10, "Booking <*> from <*> to <*> at <*>, pax <*>, via <*>",
     lambda: f"Booking {pick(BOOKINGS)} from {pick(ADDRS)} to {pick(ADDRS)} at {pick(['now', hhmm(), day() + ' ' + hhmm()])}, "
             f"pax {R.randrange(1, 8)}, via {pick(['app', 'phone', 'hotel desk', 'account ACME GmbH'])}"),
    ("E3", 8, "Offer <*> to cab <*> (<*> km away, ETA <*> min): <*>",
     lambda: f"Offer {pick(BOOKINGS)} to cab {pick(CABS)} ({R.randrange(1, 90) / 10:.1f} km away, ETA {R.randrange(1, 25)} min): "
             f"{pick(['accepted', 'accepted', 'declined', 'timed out after 15s'])}"),
    ("E4", 6, "Trip <*> meter off: <*> km, <*>, fare <*> EUR, tariff <*>",
     lambda: f"Trip {pick(['TR' + str(R.randrange(10 ** 6, 10 ** 7)), 'trip_' + b62(6)])} meter off: {R.randrange(5, 600) / 10:.1f} km, "
             f"{dur(90)}, fare {R.randrange(500, 12000) / 100:.2f} EUR, tariff {pick(['1', '2 (night)', 'airport flat', 'T3'])}"),
    ("E5", 6, "[<*>] rank queue: <*> cabs waiting, next <*>, oldest <*>",
     lambda: f"[{pick(['Hauptbahnhof Süd', 'Airport T2', 'Messe (Halle 3)', 'Opernplatz'])}] rank queue: {R.randrange(0, 40)} cabs waiting, "
             f"next {pick(CABS)}, oldest {dur(90)}"),
    ("E6", 5, "Payment <*> for trip <*>: <*> EUR + tip <*> EUR by <*> -> <*>",
     lambda: f"Payment {pick(['PAY-' + hexs(8), str(R.randrange(10 ** 5, 10 ** 6))])} for trip {pick(['TR' + str(R.randrange(10 ** 6, 10 ** 7)), 'trip_' + b62(6)])}: "
             f"{R.randrange(500, 12000) / 100:.2f} EUR + tip {R.randrange(0, 1000) / 100:.2f} EUR by "
             f"{pick(['card', 'cash', 'account', 'app (Apple Pay)'])} -> {pick(['approved', 'approved', 'declined 05', 'pending'])}"),
    ("E7", 4, "Driver <*> (<*>) logged <*> on cab <*>, shift <*>",
     lambda: f"Driver {pick(['D0412', 'd-1187', str(R.randrange(1000, 9999))])} ({pick(['Mehmet Yılmaz', JL_DAMICO, 'Anna-Lena Groß', 'O. Okafor'])}) "
             f"logged {pick(['in', 'out'])} on cab {pick(CABS)}, shift {pick(['early', 'late', 'night', '06-14'])}"),
    ("E8", 4, "No-show booking <*> at <*>, waited <*>, charge <*> EUR",
     lambda: f"No-show booking {pick(BOOKINGS)} at {pick(ADDRS)}, waited {dur(20)}, charge {R.randrange(0, 2000) / 100:.2f} EUR"),
    ("E9", 3, "Complaint <*> from <*> about cab <*>: \"<*>\"",
     lambda: f"Complaint {pick(['C-26-' + str(R.randrange(100, 999)), 'cmp_' + b62(5)])} from "
             f"{pick(['guest +49 151 2233', 'hotel desk', 'k.meyer@web.de'])} about cab {pick(CABS)}: "
             f"\"{pick(['driver took a detour', 'smoking in car', 'refused card payment, said machine broken', 'rude'])}\""),
    ("E10", 3, "Surge zone <*> factor <*>x (demand <*>, supply <*>)",
     lambda: f"Surge zone {pick(ZONES)} factor {R.randrange(10, 30) / 10:.1f}x (demand {R.randrange(0, 200)}, supply {R.randrange(0, 80)})"),
    ("E11", 3, "PANIC button cab <*> at <*>,<*> - <*>",
     lambda: f"PANIC button cab {pick(CABS)} at {R.uniform(50.0, 50.2):.5f},{R.uniform(8.5, 8.8):.5f} - "
             f"{pick(['police notified', 'false alarm (driver confirmed)', 'no answer, calling back'])}"),
    ("E12", 2, "Taximeter <*> calibration <*>: <*> imp/km, seal <*>",
     lambda: f"Taximeter {pick(['TM-' + str(R.randrange(10000, 99999)), 'Hale MCT-06 #' + str(R.randrange(100, 999))])} calibration "
             f"{pick(['passed', 'FAILED'])}: {R.randrange(5000, 9000)} imp/km, seal {pick(['S-' + str(R.randrange(1000, 9999)), 'broken'])}"),
    ("E13", 1, "Account <*> monthly invoice: <*> trips, <*> EUR net",
     lambda: f"Account {pick(['ACME GmbH', 'Hotel Adlon', 'Klinikum (Fahrdienst)'])} monthly invoice: {R.randrange(5, 900)} trips, "
             f"{R.randrange(10000, 9000000) / 100:.2f} EUR net"),
]

# A karaoke venue's room system: sessions as a key=value run, songs queued with a quoted "artist -
# title" and a signed key shift, scores, drink orders, wireless microphones, room extensions, songs
# unavailable, noise levels at the door, catalogue updates, lost and found, staff clocking, duets, the
# night's close.
ROOMS = ["Room 3", "VIP Tokyo", "Studio 54 (big)", "R7", "Neon Box"]
SONGS = ["Queen - Bohemian Rhapsody", "ABBA - Dancing Queen", "Édith Piaf - Non, je ne regrette rien",
         "Bon Jovi - Livin' on a Prayer", "Helene Fischer - Atemlos durch die Nacht", "BTS - Dynamite", "Toto - Africa"]
SINGERS = ["Mia", "Jakob & Lina", "Zoë", "Mr. O'Neill", "table 4", "guest"]


def kar_session():
    return (f"SESSION room={pick(ROOMS)} booking={pick(['KB-2026-' + str(R.randrange(1000, 9999)), 'bk_' + b62(7), str(R.randrange(70000, 79999))])} "
            f"host={pick(['Sato', 'Léa M.', 'Birthday Jonas', 'Firma Weber & Co'])} guests={R.randrange(2, 25)} start={hhmm()} "
            f"length={pick([60, 90, 120, 180])}min package={pick(['basic', 'drinks flat', 'VIP all-in', 'student'])} "
            f"status={pick(['active', 'active', 'extended', 'ended', 'no show'])}")


SETS["karaoke_bar"] = [
    ("E1", 26, "SESSION room=<*> booking=<*> host=<*> guests=<*> start=<*> length=<*>min package=<*> status=<*>", kar_session),
    ("E2", 12, "[<*>] queued #<*>: \"<*>\" key <*> by <*>",
     lambda: f"[{pick(ROOMS)}] queued #{R.randrange(1, 60)}: \"{pick(SONGS)}\" key {pick(['0', '+1', '+2', '-1', '-3'])} by {pick(SINGERS)}"),
    ("E3", 8, "[<*>] score <*> for \"<*>\": pitch <*>%, rhythm <*>%, rank <*>/<*>",
     lambda: f"[{pick(ROOMS)}] score {R.randrange(450, 1000) / 10:.1f} for \"{pick(SONGS)}\": pitch {R.randrange(30, 100)}%, rhythm {R.randrange(30, 100)}%, "
             f"rank {R.randrange(1, 30)}/{R.randrange(30, 90)}"),
    ("E4", 6, "Order <*> room <*>: <*> = <*> EUR (<*>)",
     lambda: f"Order {pick(['#' + str(R.randrange(1000, 9999)), 'ord_' + b62(5)])} room {pick(ROOMS)}: "
             f"{pick(['2x Asahi', '1x pitcher Aperol Spritz', 'edamame, 4x gyoza, 1x cola', 'shots (6x tequila)'])} = "
             f"{R.randrange(300, 9000) / 100:.2f} EUR ({pick(['on tab', 'paid card', 'included in package'])})"),
    ("E5", 5, "mic <*> in <*>: battery <*>%, RF <*> dBm, <*>",
     lambda: f"mic {pick(['M1', 'M2', 'mic-B7', 'wireless 3'])} in {pick(ROOMS)}: battery {R.randrange(0, 101)}%, RF {-R.randrange(30, 90)} dBm, "
             f"{pick(['ok', 'ok', 'dropouts', 'muted by staff'])}"),
    ("E6", 5, "Room <*> extended by <*>min by <*> (new end <*>)",
     lambda: f"Room {pick(ROOMS)} extended by {pick([15, 30, 60])}min by {pick(['host', 'staff Kim', 'self-service tablet'])} (new end {hhmm()})"),
    ("E7", 4, "Song <*> unavailable: \"<*>\" (<*>)",
     lambda: f"Song {pick(['KJ' + str(R.randrange(10000, 99999)), 'trk_' + b62(6)])} unavailable: \"{pick(SONGS)}\" "
             f"({pick(['licence expired in region', 'file missing', 'blocked by venue filter', 'video only'])})"),
    ("E8", 3, "Noise level <*> <*>dB(A) at door, warning <*>",
     lambda: f"Noise level {pick(ROOMS)} {R.randrange(70, 110)}dB(A) at door, warning {pick(['none', 'shown on screen', 'sent to staff'])}"),
    ("E9", 3, "Catalogue update <*>: +<*> songs, -<*> songs, <*> in total",
     lambda: f"Catalogue update {pick(['v' + day(), 'CU-' + str(R.randrange(100, 999))])}: +{R.randrange(0, 900)} songs, -{R.randrange(0, 200)} songs, "
             f"{R.randrange(80000, 120000)} in total"),
    ("E10", 3, "Lost & found <*>: <*> left in <*>, handed to <*>",
     lambda: f"Lost & found {pick(['LF-' + str(R.randrange(10, 999)), str(R.randrange(1, 99))])}: "
             f"{pick(['black phone (iPhone)', 'scarf', 'keys with Eiffel Tower keyring', 'wallet'])} left in {pick(ROOMS)}, handed to "
             f"{pick(['bar', 'manager', 'owner (ID checked)'])}"),
    ("E11", 2, "Staff <*> clocked <*> at <*>",
     lambda: f"Staff {pick(['Kim', 'J. Nowak', 'Ayşe', 'Tomás'])} clocked {pick(['in', 'out'])} at {hhmm()}"),
    ("E12", 2, "Duet mode in <*>: \"<*>\" with <*> and <*>",
     lambda: f"Duet mode in {pick(ROOMS)}: \"{pick(SONGS)}\" with {pick(SINGERS)} and {pick(SINGERS)}"),
    ("E13", 1, "Night close <*>: <*> sessions, <*> songs sung, bar <*> EUR, rooms <*> EUR",
     lambda: f"Night close {day()}: {R.randrange(5, 60)} sessions, {R.randrange(100, 1500)} songs sung, bar "
             f"{R.randrange(50000, 900000) / 100:.2f} EUR, rooms {R.randrange(50000, 900000) / 100:.2f} EUR"),
]

# A plastics injection moulding shop: shots as a key=value run, mould changes on a bracketed press,
# dryers with a material of several words, hot runner zones, QC rejects with a defect, sprue pickers,
# mould temperature units, regrind ratios, process deviations against a window, production orders for
# quoted customers, alarms with free text, mould maintenance, material silos.
PRESSES = ["IMM-07", "press 12", "Arburg 470 (2K)", "E-55", "KM 350/2000"]
MOULDS = ["M-4412", "mld_Kq7p", "2217", "Cap 28mm (8-fach)", "W-091/B"]


def im_shot():
    return (f"SHOT press={pick(PRESSES)} mould={pick(MOULDS)} cav={pick([1, 2, 4, 8, 16])} shot={R.randrange(1, 999999)} "
            f"cycle={R.randrange(80, 600) / 10:.1f}s inj_peak={R.randrange(400, 2200)}bar cushion={R.randrange(10, 120) / 10:.1f}mm "
            f"melt={R.randrange(1900, 3100) / 10:.1f}C part={R.randrange(10, 9000) / 10:.1f}g "
            f"verdict={pick(['good', 'good', 'good', 'good', 'reject', 'sample', 'start-up scrap'])}")


MATERIALS = ["PA6 GF30", "PC/ABS (Bayblend T65)", "PP H 3% black", "POM", "TPE Shore 60A"]

SETS["injection_moulding"] = [
    ("E1", 28, "SHOT press=<*> mould=<*> cav=<*> shot=<*> cycle=<*>s inj_peak=<*>bar cushion=<*>mm melt=<*>C part=<*>g verdict=<*>", im_shot),
    ("E2", 9, "[<*>] mould change <*> -> <*> by <*> in <*>",
     lambda: f"[{pick(PRESSES)}] mould change {pick(MOULDS)} -> {pick(MOULDS)} by {pick(['setter team B', 'S. Petrović', 'Müller/Ilić'])} in {dur(180)}"),
    ("E3", 8, "Dryer <*> material <*> lot <*>: dew point <*>C, <*>C for <*>, moisture <*>%",
     lambda: f"Dryer {pick(['D1', 'dryer-3', 'central (hall 2)'])} material {pick(MATERIALS)} lot {pick(['L26-0412', 'x' + hexs(5), str(R.randrange(100000, 999999))])}: "
             f"dew point {-R.randrange(20, 50)}C, {R.randrange(60, 130)}C for {dur(300)}, moisture {R.randrange(1, 40) / 100:.2f}%"),
    ("E4", 6, "Hot runner <*> zone <*>: act <*>C set <*>C, output <*>%, <*>",
     lambda: f"Hot runner {pick(MOULDS)} zone {R.randrange(1, 25)}: act {R.randrange(2000, 3000) / 10:.1f}C set {R.randrange(200, 300)}C, "
             f"output {R.randrange(0, 101)}%, {pick(['ok', 'ok', 'thermocouple open', 'heater short'])}"),
    ("E5", 6, "QC reject <*> cav [<*>]: <*> (<*>)",
     lambda: f"QC reject {pick(PRESSES)} cav [{pick(['3', '1, 5', '2, 4, 7', 'all'])}]: "
             f"{pick(['short shot', 'flash on parting line', 'sink marks', 'silver streaks near gate'])} "
             f"({pick(['camera', 'operator', 'weight check'])})"),
    ("E6", 5, "Robot <*> pick: grip <*>, vacuum <*>kPa, placed on <*>",
     lambda: f"Robot {pick(['R-07', 'sprue picker 2', 'Yushin A'])} pick: grip {pick(['ok', 'ok', 'missed', 'double part'])}, "
             f"vacuum {-R.randrange(20, 90)}kPa, placed on {pick(['conveyor', 'box 14', 'reject chute'])}"),
    ("E7", 4, "TCU <*> circuit <*>: supply <*>C return <*>C flow <*>l/min",
     lambda: f"TCU {pick(['T-07', 'Wittmann 3', 'tcu_12'])} circuit {pick(['fixed half', 'moving half', 'core 1'])}: supply {R.randrange(20, 140)}C "
             f"return {R.randrange(20, 140)}C flow {R.randrange(10, 400) / 10:.1f}l/min"),
    ("E8", 4, "Regrind ratio <*> set to <*>% (virgin lot <*>, regrind <*>)",
     lambda: f"Regrind ratio {pick(PRESSES)} set to {pick([0, 10, 15, 20, 30])}% (virgin lot {pick(['L26-0412', str(R.randrange(100000, 999999))])}, "
             f"regrind {pick(['RG-' + str(R.randrange(100, 999)), 'own runners', 'none'])})"),
    ("E9", 3, "Process deviation on <*>: <*> <*> out of window [<*>..<*>] for <*> shots",
     lambda: f"Process deviation on {pick(PRESSES)}: {pick(['cushion', 'inj_peak', 'cycle', 'melt temp'])} {R.randrange(10, 2000) / 10:.1f} "
             f"out of window [{R.randrange(10, 500) / 10:.1f}..{R.randrange(500, 2500) / 10:.1f}] for {R.randrange(1, 50)} shots"),
    ("E10", 3, "Job <*> order <*> for \"<*>\": <*>/<*> parts, ETA <*>",
     lambda: f"Job {pick(['J' + str(R.randrange(1000, 9999)), 'job_' + b62(5)])} order {pick(['SO-26-' + str(R.randrange(1000, 9999)), str(R.randrange(400000, 499999))])} "
             f"for \"{pick(['Bosch Siemens Hausgeräte', 'Müller & Partner Medizintechnik', ONEILL_AUTO, 'IKEA'])}\": "
             f"{R.randrange(0, 50000)}/{R.randrange(50000, 200000)} parts, ETA {day()} {hhmm()}"),
    ("E11", 3, "Alarm <*> on <*>: <*>",
     lambda: f"Alarm {pick(['A' + str(R.randrange(100, 999)), 'E-' + hexs(3).upper()])} on {pick(PRESSES)}: "
             f"{pick(['mould protection triggered', 'oil temperature high', 'ejector not retracted, cycle stopped', 'safety gate'])}"),
    ("E12", 2, "Maintenance due mould <*>: <*> shots since service (limit <*>), <*>",
     lambda: f"Maintenance due mould {pick(MOULDS)}: {R.randrange(10000, 900000)} shots since service (limit {pick([250000, 500000, 1000000])}), "
             f"{pick(['scheduled', 'overdue', 'postponed by planner'])}"),
    ("E13", 1, "Silo <*> <*> level <*>% (<*> kg), conveying <*>",
     lambda: f"Silo {pick(['S1', 'S4', 'outside 2'])} {pick(MATERIALS)} level {R.randrange(0, 101)}% ({R.randrange(0, 30000)} kg), conveying "
             f"{pick(['on', 'off', 'blocked'])}"),
]

# A web crawler: fetches as a key=value run, robots.txt fetched and obeyed, redirect chains, DNS
# failures, politeness back-off, near-duplicates, WARC files, frontier statistics, sitemaps, crawl
# jobs with a quoted name and a bracketed seed list, extraction failures, per-host budgets.
HOSTS = ["www.example.org", "blog.müller-bau.de", "news.ycombinator.com", "shop.acme.io:8443", "192.0.2.14", "docs.python.org"]
PATHS = ["/", "/robots.txt", "/2026/12/07/winter-sale.html", "/search?q=heat+pump&page=2", "/en/about-us/", "/p/4412?ref=home"]


def crawl_fetch():
    host = pick(HOSTS)
    return (f"fetch url=https://{host}{pick(PATHS)} status={pick([200, 200, 200, 200, 301, 304, 404, 429, 503])} "
            f"bytes={R.randrange(0, 3000000)} type={pick(['text/html', 'text/html; charset=utf-8', 'application/pdf', 'image/webp', '-'])} "
            f"depth={R.randrange(0, 8)} time={R.randrange(5, 30000)}ms host={host.split(':')[0]} outlinks={R.randrange(0, 900)}")


SETS["web_crawler"] = [
    ("E1", 28, "fetch url=<*> status=<*> bytes=<*> type=<*> depth=<*> time=<*>ms host=<*> outlinks=<*>", crawl_fetch),
    ("E2", 9, "robots.txt for <*> fetched (<*>): <*> rules, crawl-delay <*>, sitemaps <*>",
     lambda: f"robots.txt for {pick(HOSTS)} fetched ({pick(['200', '404 - allow all', '503 - disallow all', 'cached'])}): {R.randrange(0, 400)} rules, "
             f"crawl-delay {pick(['none', '1s', '10s', '0.5s'])}, sitemaps {R.randrange(0, 6)}"),
    ("E3", 8, "Disallowed by robots.txt: <*> (rule \"<*>\" for agent <*>)",
     lambda: f"Disallowed by robots.txt: https://{pick(HOSTS)}{pick(PATHS)} (rule \"{pick(['Disallow: /search', 'Disallow: /', 'Disallow: /*?ref=', 'Disallow: /en/about-us'])}\" "
             f"for agent {pick(['*', 'ExampleBot', 'ExampleBot/2.1'])})"),
    ("E4", 6, "redirect chain <*> -> <*> (<*> hops, <*>)",
     lambda: f"redirect chain http://{pick(HOSTS)}{pick(PATHS)} -> https://{pick(HOSTS)}{pick(PATHS)} ({R.randrange(1, 11)} hops, "
             f"{pick(['followed', 'followed', 'loop detected', 'too many redirects'])})"),
    ("E5", 6, "DNS lookup failed for <*>: <*> after <*>ms, retry in <*>",
     lambda: f"DNS lookup failed for {pick(HOSTS)}: {pick(['NXDOMAIN', 'SERVFAIL', 'timeout', 'no A/AAAA records'])} after {R.randrange(1, 5000)}ms, "
             f"retry in {dur(60)}"),
    ("E6", 5, "politeness: host <*> delay <*>ms -> <*>ms after <*> <*> responses",
     lambda: f"politeness: host {pick(HOSTS)} delay {R.randrange(200, 5000)}ms -> {R.randrange(200, 60000)}ms after {R.randrange(1, 20)} "
             f"{pick(['429', '503', 'slow', 'reset'])} responses"),
    ("E7", 5, "near-duplicate <*> of <*> (simhash distance <*>), skipped",
     lambda: f"near-duplicate https://{pick(HOSTS)}{pick(PATHS)} of https://{pick(HOSTS)}{pick(PATHS)} (simhash distance {R.randrange(0, 4)}), skipped"),
    ("E8", 4, "WARC <*> closed: <*> records, <*>, <*>",
     lambda: f"WARC {pick(['CRAWL-2026120' + str(R.randrange(1, 9)) + '-' + str(R.randrange(10000, 99999)) + '.warc.gz', 'part-' + hexs(8) + '.warc.gz'])} closed: "
             f"{R.randrange(100, 90000)} records, {pick([f'{R.randrange(100, 999)}MiB', f'{R.randrange(10, 40) / 10:.1f}GiB'])}, "
             f"{pick(['uploaded', 'uploaded', 'upload queued', 'upload failed (403)'])}"),
    ("E9", 3, "frontier: <*> queued, <*> in flight, <*> hosts active, <*> pages/s",
     lambda: f"frontier: {R.randrange(1000, 90000000)} queued, {R.randrange(0, 2000)} in flight, {R.randrange(1, 40000)} hosts active, "
             f"{R.randrange(1, 9000) / 10:.1f} pages/s"),
    ("E10", 3, "sitemap <*> parsed: <*> urls (<*> new), lastmod max <*>",
     lambda: f"sitemap https://{pick(HOSTS)}/{pick(['sitemap.xml', 'sitemap_index.xml', 'news-sitemap.xml.gz'])} parsed: {R.randrange(1, 50000)} urls "
             f"({R.randrange(0, 5000)} new), lastmod max {pick([day(), day() + 'T' + hms() + 'Z', 'n/a'])}"),
    ("E11", 3, "job <*> \"<*>\" <*> by <*>: seeds [<*>]",
     lambda: f"job {pick(['cj-' + str(R.randrange(100, 999)), 'job_' + b62(6)])} \"{pick(['news DE daily', 'shop prices (EU)', 'docs refresh', 'one-off: climate reports 2026'])}\" "
             f"{pick(['started', 'paused', 'resumed', 'finished'])} by {pick(['scheduler', 'a.kowalski', 'api-token tk_4f9'])}: seeds "
             f"[{pick(['https://www.example.org/', 'https://news.ycombinator.com/, https://docs.python.org/3/', 'seeds-eu.txt (412 urls)'])}]"),
    ("E12", 2, "content extraction failed for <*>: <*>",
     lambda: f"content extraction failed for https://{pick(HOSTS)}{pick(PATHS)}: "
             f"{pick(['encrypted PDF', 'charset mismatch, declared iso-8859-1', 'boilerplate only', 'truncated at 10MiB limit'])}"),
    ("E13", 1, "budget exhausted for <*>: <*> pages, <*> over <*>",
     lambda: f"budget exhausted for {pick(HOSTS)}: {R.randrange(1000, 100000)} pages, {pick([f'{R.randrange(1, 99)}GiB', f'{R.randrange(100, 999)}MiB'])} "
             f"over {dur(600)}"),
]

SIZES = {"gas_grid": 340, "sequencing_core": 320, "taxi_dispatch": 330, "karaoke_bar": 310,
         "injection_moulding": 350, "web_crawler": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
