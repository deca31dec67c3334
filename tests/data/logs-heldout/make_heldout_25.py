#!/usr/bin/env python3
"""Writes the twenty-fifth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans, text the statement prints itself (units glued to a number, `=`,
brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_25.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(25252)

LOWER = "abcdefghijklmnopqrstuvwxyz"
MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def mixed(n):
    return "".join(pick(MIXED) for _ in range(n))


def upper(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def day():
    return f"2026-12-{R.randrange(1, 8):02d}"


def dur(max_s=4000):
    """A duration as Go prints one: 48.2s, 3m07.5s, 1h02m13s."""
    s = R.uniform(0.4, max_s)
    if s < 60:
        return f"{s:.1f}s"
    if s < 3600:
        return f"{int(s // 60)}m{s % 60:04.1f}s"
    return f"{int(s // 3600)}h{int(s % 3600 // 60):02d}m{int(s % 60):02d}s"


def size():
    n = R.uniform(0.2, 900000)
    for unit in ["KiB", "MiB", "GiB"]:
        if n < 1024:
            return f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.2f}TiB"


SETS = {}

# A veterinary clinic's practice management system: check-ins with the patient's species, breed and
# age, weights, vaccinations, prescriptions with a dosing instruction, lab results against a reference
# range, invoices, reminders, the controlled-drug register, anaesthesia monitor alarms, microchip
# scans, radiograph studies, cancellations and ward observations.
PETS = [("P-0045123", "Bella", "canine", "Labrador Retriever"), ("P-0045988", "Oscar", "feline", "Domestic Shorthair"),
        ("P-0031207", "Mr. Whiskers", "feline", "Maine Coon"), ("P-0050112", "Rocky", "canine", "German Shepherd Dog"),
        ("P-0049870", "Luna", "canine", "Cavalier King Charles Spaniel"), ("P-0012765", "Nibbles", "lagomorph", "Netherland Dwarf"),
        ("P-0047731", "Pip", "avian", "Cockatiel"), ("P-0051009", "Daisy May", "canine", "Mixed breed"),
        ("P-0044318", "Smokey", "feline", "British Shorthair")]
VETS = ["Dr. M. Okafor", "Dr. Anneke de Vries", "Dr. J. Patel", "Dr. Sam Lee", "locum Dr. R. Brandt"]
NURSES = ["RVN Kate Li", "RVN Tom Hughes", "SVN Priya", "Dr. J. Patel"]
ROOMS_VET = ["Exam 1", "Exam 2", "Exam 3", "Cat Room", "Exotics", "Theatre 1"]


def pet():
    return pick(PETS)


def age():
    return pick([f"{R.randrange(1, 16)}y{R.randrange(0, 12)}m", f"{R.randrange(6, 16)}w", f"{R.randrange(1, 16)}y",
                 f"{R.randrange(2, 12)}m"])


def vet_checkin():
    p = pet()
    return (f"CHECKIN appt=A-20261207-{R.randrange(1, 400):04d} patient=\"{p[1]}\" ({p[2]}, {p[3]}, {age()}) "
            f"owner=O-{R.randrange(0, 10 ** 6):06d} room={pick(ROOMS_VET)} vet={pick(VETS)}")


def vet_weight():
    p = pet()
    w = R.uniform(2, 45) if p[2] == "canine" else R.uniform(0.08, 8)
    prev = w * R.uniform(0.92, 1.06)
    return f"Weight recorded for {p[0]} \"{p[1]}\": {w:.2f} kg (prev {prev:.2f} kg, {(w - prev) / prev * 100:+.1f}%)"


def vet_lab():
    analyte, unit, lo, hi = pick([("ALT", "U/L", 10, 125), ("Creatinine", "umol/L", 44, 159), ("Total protein", "g/L", 52, 82),
                                  ("Glucose", "mmol/L", 4.1, 7.9), ("T4", "nmol/L", 10, 55), ("Urine SG", "", 1.015, 1.045)])
    v = R.uniform(lo * 0.6, hi * 1.5)
    flag = "H" if v > hi else "L" if v < lo else "N"
    unit_part = f" {unit}" if unit else ""
    return (f"Lab result {pick(['IDEXX', 'IDEXX', 'INHOUSE'])}-{R.randrange(10 ** 6, 10 ** 7)} for {pet()[0]}: {analyte} "
            f"{v:.3g}{unit_part} [{flag}] (ref {lo}-{hi})")


SETS["vet_clinic"] = [
    ("E1", 30, "CHECKIN appt=<*> patient=\"<*>\" (<*>, <*>, <*>) owner=<*> room=<*> vet=<*>", vet_checkin),
    ("E2", 22, "Weight recorded for <*> \"<*>\": <*> kg (prev <*> kg, <*>%)", vet_weight),
    ("E3", 12, "Vaccine administered: <*> lot=<*> exp=<*> site=<*> by <*>; next due <*>",
     lambda: f"Vaccine administered: {pick(['DHPPi+L4', 'Nobivac L4', 'RCP', 'FeLV', 'Rabies (Nobivac)', 'Myxo-RHD PLUS', 'KC intranasal'])} "
             f"lot={upper(2)}{R.randrange(100, 999)}{upper(1)}{R.randrange(10, 99)} exp=2027-{R.randrange(1, 13):02d} "
             f"site={pick(['SC scruff', 'SC right shoulder', 'SC left flank', 'IN'])} by {pick(NURSES)}; next due {pick(['2027-12-07', '2027-06-07', '2026-12-28', '2027-12-01'])}"),
    ("E4", 14, "Rx #<*> dispensed: <*> qty=<*> <*>, sig: \"<*>\" [controlled=<*>]",
     lambda: f"Rx #R-{R.randrange(80000, 99999)} dispensed: {pick(['Meloxicam 1.5mg/ml oral susp.', 'Amoxicillin/Clav 250mg', 'Gabapentin 100mg', 'Apoquel 16mg', 'Methadone 10mg/ml', 'Bravecto Plus 250mg'])} "
             f"qty={pick([1, 10, 14, 28, 30, 60])} {pick(['tab', 'tab', 'ml', 'caps', 'pipette'])}, sig: \"{pick(['0.1 ml/kg PO SID with food x 5d', '1 tab BID x 7d', 'give 1 cap TID, may cause sedation', 'apply to skin once', 'as directed'])}\" "
             f"[controlled={pick(['no', 'no', 'no', 'CD2', 'CD4'])}]"),
    ("E5", 11, "Lab result <*> for <*>: <*> <*> [<*>] (ref <*>-<*>)", vet_lab),
    ("E6", 10, "Invoice <*> closed: total EUR <*> paid via <*>",
     lambda: f"Invoice INV-26-{R.randrange(0, 99999):05d} closed: total EUR {R.uniform(18, 1900):.2f} paid via "
             f"{pick(['card', 'card', 'cash', 'Petplan claim ' + upper(6), 'payment plan (3 instalments)', 'bank transfer'])}"),
    ("E7", 8, "Reminder <*> queued to <*> for \"<*>\" (<*> due <*>)",
     lambda: (lambda ch: f"Reminder {ch} queued to {'+49 151 ' + str(R.randrange(1000000, 9999999)) if ch == 'SMS' else pick(['k.meyer@mail.example.de', 'tom.b@example.com', 'familie.schulz@example.net'])} "
              f"for \"{pet()[1]}\" ({pick(['booster', 'annual health check', 'dental check', 'flea & worm', 'nail clip'])} due {day()})")(pick(['SMS', 'SMS', 'email']))),
    ("E8", 2, "CD register: <*> withdrawn <*> ml for <*>, balance <*> ml, witness: <*>",
     lambda: f"CD register: {pick(['Methadone 10mg/ml', 'Ketamine 100mg/ml', 'Buprenorphine 0.3mg/ml'])} withdrawn {R.uniform(0.1, 2):.2f} ml "
             f"for {pet()[0]}, balance {R.uniform(2, 50):.1f} ml, witness: {pick(VETS + NURSES)}"),
    ("E9", 3, "ANAESTH [<*>] <*> <*> below <*> for <*>, HR <*> bpm, patient <*>",
     lambda: (lambda p: f"ANAESTH [{pick(['Theatre 1', 'Theatre 1', 'Dental Suite'])}] {p[0]} {p[1]} below {p[2]} for 00:{R.randrange(10, 60):02d}, "
              f"HR {R.randrange(40, 180)} bpm, patient {pet()[0]}")(pick([('SpO2', f'{R.randrange(80, 90)}%', '90%'),
                                                                              ('MAP', f'{R.randrange(40, 60)} mmHg', '60 mmHg'),
                                                                              ('Temp', f'{R.uniform(34, 36.4):.1f}°C', '36.5°C')]))),
    ("E10", 5, "Microchip <*> scanned at <*>: <*>",
     lambda: f"Microchip {pick(['276', '276', '250', '826'])}{R.randrange(10 ** 11, 10 ** 12)} scanned at {pick(['reception', 'Exam 2', 'kennels'])}: "
             f"{pick(['matched ' + pet()[0], 'matched ' + pet()[0], 'no match in practice records', 'registered to another practice (Tasso)'])}"),
    ("E11", 4, "DR study <*> stored: <*> images, <*>, \"<*>\"",
     lambda: f"DR study 1.2.826.0.1.3680043.2.{R.randrange(100, 2000)}.{R.randrange(10 ** 8, 10 ** 9)} stored: {pick([1, 2, 2, 3, 4])} images, "
             f"{size()}, \"{pick(['Thorax LAT', 'Abdomen VD', 'Left stifle ML + CrCd', 'Dental full mouth', 'Pelvis extended VD'])}\""),
    ("E12", 4, "Appointment <*> cancelled by <*>: <*>",
     lambda: f"Appointment A-20261207-{R.randrange(1, 400):04d} cancelled by {pick(['owner (online)', 'reception', 'Dr. J. Patel', 'system'])}: "
             f"{pick(['pet unwell', 'owner at work', 'no-show after 15 min', 'rebooked to ' + day(), 'euthanasia performed elsewhere'])}"),
    ("E13", 6, "Ward obs <*> \"<*>\": T=<*>°C HR=<*> RR=<*> pain=<*>/10 by <*>",
     lambda: f"Ward obs K{R.randrange(1, 16):02d} \"{pet()[1]}\": T={R.uniform(36.8, 40.1):.1f}°C HR={R.randrange(60, 190)} RR={R.randrange(12, 60)} "
             f"pain={R.randrange(0, 7)}/10 by {pick(NURSES)}"),
]

# A quarry's weighbridges, crushers and blasting: weighbridge tickets with gross and tare, stable
# weights, overloads against a permit, the primary crusher's readings, blasts fired and their vibration
# and air overpressure at neighbours, sirens and sentries, belt scales, ANPR misreads, dust, the wheel
# wash and accounts on stop.
HAULIERS = ["Hanson Haulage", "J. Pickering & Sons", "self", "Dales Aggregates Ltd", "M&R Tippers", "Cash Sale"]
REGS = ["SK21 XHT", "YX70 BVD", "PN19KLO", "LK68 RTA", "SF23 WWM", "YH15 CZE", "DX72 PLM"]
PRODUCTS = ["20mm Clean Stone", "Type 1 MOT", "6F2 Capping", "40mm Railway Ballast", "Scalpings", "Dust 0-4mm",
            "10mm Single Size"]
DESTS = ["Site 14 Leeds Rd", "A59 Resurfacing (Kier)", "Harrogate Depot", "collect", "Skipton Bypass Lot 3"]
BRIDGES = ["WB1", "WB1", "WB2"]


def kg_comma(n):
    return f"{n:,}"


def wb_ticket():
    tare = R.randrange(8000, 17000)
    gross = tare + R.randrange(2000, 30000)
    return (f"{pick(BRIDGES)} ticket T0{R.randrange(180000, 199999)} {pick(['OUT', 'OUT', 'OUT', 'IN'])} reg={pick(REGS)} haul={pick(HAULIERS)} "
            f"gross={kg_comma(gross)}kg tare={kg_comma(tare)}kg net={(gross - tare) / 1000:.2f}t product=\"{pick(PRODUCTS)}\" dest={pick(DESTS)}")


def blast_id():
    return f"B-26-{R.randrange(100, 140)}"


SETS["quarry_weighbridge"] = [
    ("E1", 34, "<*> ticket <*> <*> reg=<*> haul=<*> gross=<*>kg tare=<*>kg net=<*>t product=\"<*>\" dest=<*>", wb_ticket),
    ("E2", 20, "<*>: stable weight <*> kg after <*>s (axles=<*>)",
     lambda: f"{pick(BRIDGES)}: stable weight {R.randrange(8000, 46000)} kg after {R.uniform(1.2, 9):.1f}s (axles={pick([2, 3, 4, 4, 5, 6])})"),
    ("E3", 4, "<*> OVERLOAD: reg=<*> net <*>t exceeds permit <*>t by <*>t, ticket held",
     lambda: (lambda p, x: f"{pick(BRIDGES)} OVERLOAD: reg={pick(REGS)} net {p + x:.2f}t exceeds permit {p:.2f}t by {x:.2f}t, ticket held")(
         pick([20.0, 29.0, 32.0]), R.uniform(0.1, 3.5))),
    ("E4", 16, "Primary crusher <*> throughput=<*>t/h CSS=<*>mm power=<*>kW amps=<*>A feed=<*>",
     lambda: f"Primary crusher CJ-411 throughput={R.randrange(120, 700)}t/h CSS={pick([110, 125, 125, 140])}mm power={R.randrange(60, 250)}kW "
             f"amps={R.randrange(90, 420)}A feed={pick(['auto', 'auto', 'auto', 'manual', 'paused (bridge in hopper)'])}"),
    ("E5", 3, "BLAST <*> fired at <*>: <*> holes, <*>, shotfirer <*>",
     lambda: f"BLAST {blast_id()} fired at {pick(['Bench 4 North', 'Bench 2', 'Bench 5 West Extension'])}: {R.randrange(18, 70)} holes, "
             f"{pick([kg_comma(R.randrange(1200, 6000)) + ' kg ANFO + ' + str(R.randrange(40, 300)) + ' kg emulsion', kg_comma(R.randrange(1500, 5000)) + ' kg bulk emulsion', kg_comma(R.randrange(1200, 4000)) + ' kg ANFO'])}, "
             f"shotfirer {pick(['Gareth Price', 'D. Holt', 'Ian McAllister'])}"),
    ("E6", 7, "Vibration monitor <*> (<*>): PPV <*> mm/s @ <*> Hz, air overpressure <*> dB(L) [<*>]",
     lambda: (lambda ppv: f"Vibration monitor VM-0{R.randrange(1, 6)} ({pick(['Church Farm', 'Low Moor Cottages', 'Quarry Lane No. 7', 'School'])}): "
              f"PPV {ppv:.2f} mm/s @ {R.randrange(5, 60)} Hz, air overpressure {R.uniform(100, 126):.1f} dB(L) [{'OK' if ppv < 6 else 'EXCEEDED 6.0'}]")(R.uniform(0.2, 7.5))),
    ("E7", 3, "Siren sequence <*> started for blast <*>: <*> min warning",
     lambda: f"Siren sequence {pick(['PRE-BLAST', 'PRE-BLAST', 'ALL-CLEAR'])} started for blast {blast_id()}: {pick([1, 4, 5])} min warning"),
    ("E8", 6, "Sentry <*> at <*>: <*>",
     lambda: f"Sentry {R.randrange(1, 7)} at {pick(['Haul Road gate', 'Footpath 12 stile', 'Plant yard', 'Top bench access'])}: "
             f"{pick(['ALL CLEAR', 'ALL CLEAR', 'ALL CLEAR', 'not clear - walker on footpath', 'not clear: dumper still on bench', 'no radio response'])}"),
    ("E9", 12, "Belt scale <*> totaliser <*>t rate <*>t/h zero drift <*>%",
     lambda: f"Belt scale BC-{R.randrange(1, 12):02d} totaliser {R.uniform(1000, 99999):.1f}t rate {R.uniform(0, 650):.1f}t/h zero drift {R.uniform(-1.2, 1.2):+.1f}%"),
    ("E10", 3, "ANPR camera <*> read '<*>' confidence <*>% - no account match, manual entry by <*>",
     lambda: f"ANPR camera {pick(['CAM-IN', 'CAM-OUT'])} read '{pick(['SK21XHT', 'YX7O BVD', 'PN19KL0', 'L K68 RTA', '?'])}' confidence {R.randrange(20, 80)}% - "
             f"no account match, manual entry by {pick(['weighbridge clerk', 'Sue', 'J. Pickering'])}"),
    ("E11", 6, "Dust PM10 at <*> = <*> µg/m³ (15-min avg), limit <*> µg/m³",
     lambda: f"Dust PM10 at {pick(['North boundary', 'Crusher house', 'Low Moor Cottages'])} = {R.uniform(8, 140):.1f} µg/m³ (15-min avg), limit {pick([50, 100])} µg/m³"),
    ("E12", 2, "Wheel wash <*> fault: <*> (pump <*>, water level <*>%)",
     lambda: f"Wheel wash {pick(['WW-1', 'WW-1', 'WW-2'])} fault: {pick(['sludge level high', 'nozzle bar blocked', 'drive-through sensor stuck on'])} (pump {pick(['ON', 'OFF', 'TRIPPED'])}, water level {R.randrange(5, 99)}%)"),
    ("E13", 3, "Account <*> (<*>) ON STOP: credit limit £<*> exceeded, vehicle <*> refused",
     lambda: f"Account {pick(['HAN001', 'DAL014', 'MRT007', 'CASH'])} ({pick(HAULIERS[:5])}) ON STOP: credit limit £{kg_comma(pick([5000, 20000, 50000]))} exceeded, vehicle {pick(REGS)} refused"),
]

# A planetarium's show control: cues fired by timecode, projector status, render node genlock drift,
# edge-blend calibrations, ticketing per show, the star projector's sky setup, audio levels, dropped
# frames, house lights, missing media, operator logins and emergency stops.
SHOWS = ["Journey to the Giants", "Dark Universe", "Tonight's Sky", "We Are Stars", "Polaris & Friends (Kids)",
         "Live: Winter Solstice Talk"]
CUES = ["Saturn flyby", "house to half", "Milky Way rise", "sun set", "narration 3", "Earth zoom-out", "blackout", "credits roll"]
NODES = [f"RN-{n:02d}" for n in range(1, 9)]
MEDIA_ERRORS = ["ENOENT", "checksum mismatch (sync incomplete)", "share \\\\fs01\\content not mounted"]


def tc():
    return f"00:{R.randrange(0, 45):02d}:{R.randrange(0, 60):02d}.{R.randrange(0, 30):02d}"


def planet_cue():
    return (f"CUE {R.randrange(1, 60)}.{pick([0, 0, 1, 2, 5])} \"{pick(CUES)}\" GO at {tc()} (show \"{pick(SHOWS)}\", "
            f"dome {pick(['A', 'A', 'B'])})")


SETS["planetarium"] = [
    ("E1", 34, "CUE <*> \"<*>\" GO at <*> (show \"<*>\", dome <*>)", planet_cue),
    ("E2", 22, "Proj <*> [<*>] lamp=<*> <*>% temp=<*>C fan=<*>rpm shutter=<*>",
     lambda: f"Proj P{R.randrange(1, 7)} [{pick(['NE quadrant', 'NW quadrant', 'SE', 'SW', 'zenith fill'])}] lamp={pick(['laser', 'laser', 'xenon'])} {R.randrange(40, 100)}% "
             f"temp={R.uniform(30, 58):.1f}C fan={R.randrange(1200, 3400)}rpm shutter={pick(['OPEN', 'OPEN', 'CLOSED'])}"),
    ("E3", 8, "Genlock drift on render node <*>: <*> frames (threshold <*>), resyncing",
     lambda: f"Genlock drift on render node {pick(NODES)}: {R.uniform(0.6, 4):.1f} frames (threshold {pick(['0.5', '0.5', '1.0'])}), resyncing"),
    ("E4", 3, "Edge blend calibration <*>/<*> completed: max error <*>px, <*> points in <*>",
     lambda: (lambda a: f"Edge blend calibration P{a}/P{a % 6 + 1} completed: max error {R.uniform(0.2, 2.5):.1f}px, {R.randrange(400, 3000)} points in {dur(400)}")(R.randrange(1, 7))),
    ("E5", 9, "Show \"<*>\" at <*>: <*>/<*> seats sold, doors <*>",
     lambda: (lambda cap: f"Show \"{pick(SHOWS)}\" at {pick(['11:00', '13:30', '15:00', '19:30'])}: {R.randrange(0, cap + 1)}/{cap} seats sold, doors {pick(['open', 'closed', 'open in 10 min'])}")(pick([120, 120, 64]))),
    ("E6", 4, "Starball: <*> stars, magnitude limit <*>, latitude <*>°, date <*>",
     lambda: f"Starball: {pick([9100, 9100, 120000, 24000000])} stars, magnitude limit {pick(['6.5', '6.5', '8.0', '12.3'])}, latitude {R.uniform(-60, 70):+.2f}°, date {pick([day() + ' ' + clock(), '-2000-06-21 12:00:00', '2061-07-28 20:00:00'])}"),
    ("E7", 7, "Audio: <*> level <*> dBFS peak <*> dBFS on bus <*>",
     lambda: f"Audio: {pick(['7.1 bed', '7.1 bed', 'narration mic', 'music stems'])} level {R.uniform(-40, -10):.1f} dBFS peak {R.uniform(-9, 0):.1f} dBFS on bus {pick(['MAIN', 'MAIN', 'LFE', 'FOLDBACK'])}"),
    ("E8", 5, "Render node <*> dropped <*> frames (gpu=<*>C util=<*>%) during \"<*>\"",
     lambda: f"Render node {pick(NODES)} dropped {R.randrange(1, 90)} frames (gpu={R.randrange(70, 92)}C util={R.randrange(80, 100)}%) during \"{pick(CUES)}\""),
    ("E9", 5, "Dome lights set to '<*>' by <*>",
     lambda: f"Dome lights set to '{pick(['House 30%', 'House full', 'Blackout', 'Cove blue', 'Sunrise cove'])}' by {pick(['console FOH', 'cue list', 'lecturer remote'])}"),
    ("E10", 2, "Media file '<*>' missing on node <*>: <*>",
     lambda: f"Media file '{pick(['/media/shows/giants/saturn_4k_%05d.png', '/media/shows/dark/dm_flythrough.mov', 'D:/content/solstice/intro v3.mp4'])}' missing on node {pick(NODES)}: "
             f"{pick(MEDIA_ERRORS)}"),
    ("E11", 4, "Operator <*> logged in on <*> (<*>)",
     lambda: f"Operator {pick(['mweber', 'a.kowalczyk', 'guest-lecturer', 'tech_on_duty'])} logged in on {pick(['console FOH', 'booth PC', 'tablet-02'])} "
             f"({pick(['role=operator', 'role=admin', 'role=presenter'])})"),
    ("E12", 1, "Emergency stop from <*>: <*>",
     lambda: f"Emergency stop from {pick(['booth', 'dome door 2'])}: {pick(['show paused, house lights full', 'fire alarm input active'])}"),
]

# A cheese dairy's ripening rooms: room climate readings, the turning robot's passes, the brine baths,
# wax or coating, grading, out-of-band alarms, humidifiers, rind camera flags, dispatches, doors left
# open, lab analyses and the refrigeration plant.
ROOMS = [("R1", "Gouda 4w"), ("R2", "Gouda 12w"), ("R3", "Gouda 12w"), ("R4", "Old Gouda 52w"), ("R5", "Comté-style"),
         ("C1", "Camembert"), ("C2", "Blue (pierced)")]
CHEESES = ["Gouda 12kg", "Gouda 4.5kg", "Boerenkaas 18kg", "Comté-style 35kg", "Camembert 250g", "Blue 2.8kg"]


def batch_no():
    return f"26-{R.randrange(1101, 1208)}-{R.randrange(1, 9):02d}"


def room_climate():
    r = pick(ROOMS)
    return (f"Room {r[0]} ({r[1]}): T={R.uniform(8, 15):.1f}°C RH={R.uniform(80, 97):.1f}% CO2={R.randrange(600, 3500)}ppm "
            f"NH3={R.randrange(0, 40)}ppm airflow={R.uniform(0.05, 0.6):.2f}m/s")


SETS["cheese_ripening"] = [
    ("E1", 36, "Room <*> (<*>): T=<*>°C RH=<*>% CO2=<*>ppm NH3=<*>ppm airflow=<*>m/s", room_climate),
    ("E2", 16, "Turning robot <*> turned <*> wheels on rack <*> shelves <*>-<*> in <*> (skipped <*>: <*>)",
     lambda: f"Turning robot TR-{pick([1, 2, 2, 3])} turned {R.randrange(40, 600)} wheels on rack {R.randrange(1, 40)} shelves {pick([1, 1, 1, 13])}-{pick([10, 12, 16, 24])} in {dur(3000)} "
             f"(skipped {pick([0, 0, 0, 1, 2, 5])}: {pick(['none', 'none', 'stuck to board', 'barcode unreadable', 'wheel cracked, flagged for QA'])})"),
    ("E3", 9, "Brine bath <*>: batch <*> <*>, <*> wheels of <*>, salt <*>°Bé, temp <*>°C",
     lambda: f"Brine bath B{R.randrange(1, 4)}: batch {batch_no()} {pick(['in', 'in', 'out'])}, {R.randrange(20, 240)} wheels of {pick(CHEESES)}, "
             f"salt {R.uniform(18, 22):.1f}°Bé, temp {R.uniform(11, 15):.1f}°C"),
    ("E4", 7, "Coating applied to <*> wheels (<*>): <*> layer, <*> g/wheel",
     lambda: f"Coating applied to {R.randrange(20, 400)} wheels ({batch_no()}): {pick(['1st', '2nd', '3rd', 'final black wax'])} layer, {R.uniform(8, 60):.1f} g/wheel"),
    ("E5", 5, "Grading of batch <*> by <*>: score <*>/100, texture \"<*>\", verdict <*>",
     lambda: f"Grading of batch {batch_no()} by {pick(['H. de Boer', 'grader 2', 'M. Fontaine'])}: score {R.randrange(60, 99)}/100, "
             f"texture \"{pick(['firm, fine eyes', 'slightly crumbly', 'open texture, irregular eyes', 'pasty'])}\", verdict {pick(['A', 'A', 'B', 'B (extend 2w)', 'REJECT'])}"),
    ("E6", 6, "ALARM <*> room <*>: <*> out of band (<*>, band <*>)",
     lambda: (lambda p: f"ALARM {pick(['HIGH', 'LOW'])} room {pick(ROOMS)[0]}: {p[0]} out of band ({p[1]}, band {p[2]})")(
         pick([("RH", f"{R.uniform(70, 80):.1f}%", "85..95%"), ("T", f"{R.uniform(15, 19):.1f}°C", "10..14°C"),
               ("CO2", f"{R.randrange(3500, 6000)}ppm", "<3000ppm"), ("NH3", f"{R.randrange(40, 90)}ppm", "<35ppm")]))),
    ("E7", 5, "Humidifier <*> <*>: duty <*>%, water <*> l/h, conductivity <*> µS/cm",
     lambda: f"Humidifier H{R.randrange(1, 6)}-{R.randrange(1, 3)} {pick(['running', 'running', 'descaling', 'stopped (tank empty)'])}: duty {R.randrange(0, 100)}%, "
             f"water {R.uniform(0, 12):.1f} l/h, conductivity {R.randrange(20, 900)} µS/cm"),
    ("E8", 4, "Rind camera flagged <*> wheels on rack <*>: <*>",
     lambda: f"Rind camera flagged {R.randrange(1, 30)} wheels on rack {R.randrange(1, 40)}: {pick(['blue mould spots', 'cheese mites suspected', 'coating cracks', 'dark patches on rind near board contact'])}"),
    ("E9", 4, "Dispatch <*>: <*> wheels, <*> kg to \"<*>\" (truck <*>)",
     lambda: f"Dispatch D{R.randrange(0, 10 ** 5):05d}: {R.randrange(10, 300)} wheels, {R.uniform(200, 8000):.1f} kg to \"{pick(['Kaashandel Van Dijk', 'Fromagerie du Marché', 'Export DE (Hamburg hub)', 'shop'])}\" (truck {pick(['VL-482-K', '34-BKD-7', 'own van'])})"),
    ("E10", 3, "Door <*> open for <*> (limit <*>)",
     lambda: f"Door {pick(['R2/east', 'R4/main', 'C1', 'corridor'])} open for {dur(900)} (limit {pick(['2m', '5m', '10m'])})"),
    ("E11", 4, "Lab <*>: pH <*>, moisture <*>%, fat in DM <*>%, salt <*>%",
     lambda: f"Lab {batch_no()}: pH {R.uniform(5.0, 5.9):.2f}, moisture {R.uniform(30, 55):.1f}%, fat in DM {R.uniform(40, 52):.1f}%, salt {R.uniform(1.2, 3.1):.2f}%"),
    ("E12", 2, "Refrigeration <*> fault 0x<*>: <*> (suction <*> bar, discharge <*> bar)",
     lambda: f"Refrigeration {pick(['compressor C2', 'compressor C1', 'condenser fan 3'])} fault 0x{hexs(4).upper()}: "
             f"{pick(['high pressure trip', 'oil level low', 'motor overload, auto restart in 300s'])} (suction {R.uniform(1, 4):.2f} bar, discharge {R.uniform(10, 22):.2f} bar)"),
]

# A lighthouse and buoy network's remote monitoring: station heartbeats with the light's character,
# solar and battery power, fog detectors and signals, AIS aids-to-navigation messages, lamp changers,
# telemetry links failing over, door contacts, weather, rotation faults, notices to mariners, generator
# tests and maintenance visits.
STATIONS = ["LH-Coquet", "LH-Longstone", "LH-StAbbs", "LH-Flamborough", "BY-Farne-N", "BY-Tees-Fairway", "LH-Bass-Rock"]
CHARACTERS = ["Fl(4)W 30s", "Fl W 20s", "Fl(2)W 15s", "Iso W 6s", "Q(3) 10s", "LFl 10s", "Oc WRG 10s"]


def lh_heartbeat():
    return (f"{pick(STATIONS)} heartbeat: lamp={pick(['ON', 'ON', 'ON', 'OFF (day)', 'STANDBY'])} array={pick(['A', 'A', 'B'])} "
            f"tiers={R.randrange(2, 5)}/4 rotation={pick(['OK', 'OK', 'OK', 'SLOW', 'n/a (fixed)'])} character=\"{pick(CHARACTERS)}\"")


SETS["lighthouse_network"] = [
    ("E1", 32, "<*> heartbeat: lamp=<*> array=<*> tiers=<*>/4 rotation=<*> character=\"<*>\"", lh_heartbeat),
    ("E2", 20, "Power <*>: battery <*>V <*>% soc, solar <*>W, charge <*>",
     lambda: f"Power {pick(STATIONS)}: battery {R.uniform(23.0, 28.8):.2f}V {R.randrange(10, 100)}% soc, solar {R.randrange(0, 900)}W, "
             f"charge {pick(['bulk', 'absorption', 'float', 'float', 'off'])}"),
    ("E3", 10, "Fog detector <*> visibility <*> nm, fog signal <*>",
     lambda: f"Fog detector {pick(STATIONS)} visibility {R.uniform(0.1, 10):.1f} nm, fog signal {pick(['OFF', 'OFF', 'ON', 'ON (manual override)'])}"),
    ("E4", 12, "AIS AtoN MMSI <*> msg21 sent, position <*>N <*>W, off-position=<*>",
     lambda: f"AIS AtoN MMSI 99{R.randrange(2320000, 2329999)} msg21 sent, position {R.uniform(54, 56):.4f}N {R.uniform(0.1, 2):.4f}W, off-position={pick(['false', 'false', 'false', 'true'])}"),
    ("E5", 3, "Lamp changer at <*> switched to <*> lamp after <*> failure",
     lambda: f"Lamp changer at {pick(STATIONS)} switched to {pick(['standby', 'emergency', 'main'])} lamp after {pick(['LED driver', 'main array', 'PSU 2'])} failure"),
    ("E6", 4, "Telemetry link to <*> via <*> lost after <*>, failing over to <*>",
     lambda: f"Telemetry link to {pick(STATIONS)} via {pick(['4G', 'UHF radio', 'VSAT'])} lost after {dur(600)}, failing over to {pick(['UHF radio', 'Iridium SBD', '4G'])}"),
    ("E7", 3, "Door contact <*> opened at <*> by <*>",
     lambda: f"Door contact {pick(['tower', 'engine room', 'compound gate'])} opened at {pick(STATIONS)} by {pick(['unknown (no card)', 'AT R. Nichol', 'keyholder 7', 'contractor Seaworks Ltd'])}"),
    ("E8", 8, "Met <*>: wind <*> <*>kn gust <*>kn, pressure <*> hPa, sea state <*>",
     lambda: f"Met {pick(STATIONS)}: wind {pick(['N', 'NE', 'ENE', 'SW', 'WSW', 'S'])} {R.randrange(0, 45)}kn gust {R.randrange(5, 70)}kn, pressure {R.uniform(960, 1040):.1f} hPa, "
             f"sea state {pick(['slight', 'moderate', 'rough', 'very rough', 'high'])}"),
    ("E9", 2, "Rotation fault at <*>: period <*>s (expected <*>s), character <*>",
     lambda: f"Rotation fault at {pick(STATIONS[:4])}: period {R.uniform(30, 45):.1f}s (expected {pick(['30.0', '20.0', '15.0'])}s), character {pick(['LOST', 'degraded'])}"),
    ("E10", 2, "Notice to Mariners <*> issued: \"<*>\"",
     lambda: f"Notice to Mariners {R.randrange(1, 60):02d}/26 issued: \"{pick(['Longstone light operating on reduced range 10nm', 'Tees Fairway buoy off station', 'Fog signal discontinued until further notice'])}\""),
    ("E11", 2, "Generator test at <*>: ran <*>, load <*>kW, fuel <*>%",
     lambda: f"Generator test at {pick(STATIONS)}: ran {dur(1800)}, load {R.uniform(0.5, 6):.1f}kW, fuel {R.randrange(20, 100)}%"),
    ("E12", 2, "Maintenance visit <*> at <*> by <*>: <*>",
     lambda: f"Maintenance visit MV-{R.randrange(400, 999)} at {pick(STATIONS)} by {pick(['R. Nichol', 'Seaworks Ltd (2 techs)', 'helicopter team'])}: "
             f"{pick(['batteries replaced', 'lens cleaned, array B replaced', 'annual inspection, no defects'])}"),
]

# A tyre factory's curing presses: cycle ends with the green tyre, its size and recipe, loader picks,
# bladder life, steam headers, temperature deviations, barcode reads, mould changes, final inspection,
# uniformity grades, press alarms, shift counts and nitrogen cures.
PRESSES = [f"C-{n:02d}{s}" for n in range(1, 25) for s in "LR"]
SIZES_T = ["205/55R16 91V", "225/45R17 94W XL", "195/65R15 91H", "235/35ZR19 91Y XL", "175/65R14 82T", "265/70R16 112T"]
RECIPES = ["R16-Summer-04", "R17-UHP-11", "R15-AllSeason-02", "R19-UHP-N2-03", "R16-4x4-07"]


def gt():
    return f"GT-{upper(5)}"


def cure_end():
    return (f"PRESS {pick(PRESSES)} cycle {R.randrange(800000, 900000)} end: green tyre {gt()} spec {pick(SIZES_T)} recipe {pick(RECIPES)} "
            f"cure {dur(1100)} platen {R.uniform(168, 182):.1f}C bladder {R.uniform(12, 24):.1f}bar")


SETS["tyre_curing"] = [
    ("E1", 36, "PRESS <*> cycle <*> end: green tyre <*> spec <*> recipe <*> cure <*> platen <*>C bladder <*>bar", cure_end),
    ("E2", 18, "Press <*> loader picked <*> from <*> (<*>)",
     lambda: f"Press {pick(PRESSES)} loader picked {gt()} from {pick(['GTT rack 14', 'rack 03', 'conveyor lane B', 'buffer'])} ({pick(['ok', 'ok', 'retry 1', 'centering corrected 3mm'])})"),
    ("E3", 6, "Bladder <*> on press <*> at <*> cycles (life <*>), change due",
     lambda: f"Bladder BL-{R.randrange(1000, 9999)} on press {pick(PRESSES)} at {R.randrange(400, 520)} cycles (life {pick([450, 500])}), change due"),
    ("E4", 10, "Steam header <*>: <*> bar <*>°C, condensate trap <*>",
     lambda: f"Steam header {pick(['SH-1', 'SH-2', 'SH-N2'])}: {R.uniform(14, 18):.1f} bar {R.uniform(195, 205):.1f}°C, condensate trap {pick(['OK', 'OK', 'blowing', 'cold'])}"),
    ("E5", 5, "Temperature deviation on <*> zone <*>: <*>C vs setpoint <*>C for <*>",
     lambda: f"Temperature deviation on {pick(PRESSES)} zone {pick(['upper platen', 'lower platen', 'bladder'])}: {R.uniform(160, 190):.1f}C vs setpoint {pick(['172.0', '178.0'])}C for {dur(200)}"),
    ("E6", 6, "Barcode read failed at <*> (<*>), tyre routed to <*>",
     lambda: f"Barcode read failed at {pick(PRESSES)} ({pick(['no read', 'two codes', 'label smeared'])}), tyre routed to {pick(['manual station', 'reject lane'])}"),
    ("E7", 3, "Mould change on <*>: <*> -> <*> by crew <*> in <*>",
     lambda: f"Mould change on {pick(PRESSES)}: {pick(SIZES_T)} -> {pick(SIZES_T)} by crew {pick(['A', 'B', 'C'])} in {dur(7000)}"),
    ("E8", 12, "Final inspection <*>: <*> (<*>)",
     lambda: f"Final inspection {gt()}: {pick(['PASS', 'PASS', 'PASS', 'PASS', 'BLEMISH', 'SCRAP'])} ({pick(['no defects', 'flash on shoulder', 'light bead', 'blister on sidewall, 4mm', 'inspector 12'])})"),
    ("E9", 8, "Uniformity <*>: RFV <*>N, LFV <*>N, conicity <*>N, grade <*>",
     lambda: f"Uniformity {gt()}: RFV {R.randrange(20, 140)}N, LFV {R.randrange(10, 90)}N, conicity {R.randrange(-60, 60):+d}N, grade {pick(['A', 'A', 'B', 'C'])}"),
    ("E10", 4, "ALARM 0x<*> on <*>: <*>",
     lambda: f"ALARM 0x{hexs(3).upper()} on {pick(PRESSES)}: {pick(['bladder leak suspected', 'mould not closed', 'vacuum not reached', 'loader arm timeout'])}"),
    ("E11", 2, "Shift <*> ended: <*> cured, <*> scrap (<*>%)",
     lambda: (lambda n, s: f"Shift {pick(['A', 'B', 'C'])} ended: {n} cured, {s} scrap ({s / n * 100:.2f}%)")(R.randrange(700, 1500), R.randrange(0, 20))),
    ("E12", 3, "N2 cure on <*>: purity <*>%, pressure <*> bar",
     lambda: f"N2 cure on {pick(PRESSES)}: purity {R.uniform(97, 99.9):.1f}%, pressure {R.uniform(18, 26):.1f} bar"),
]

SIZES = {"vet_clinic": 340, "quarry_weighbridge": 330, "planetarium": 310, "cheese_ripening": 320, "lighthouse_network": 300,
         "tyre_curing": 350}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
