#!/usr/bin/env python3
"""Writes the thirtieth batch of labelled held-out logs of this folder (see README.md), written blind to
the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans, text the statement prints itself (units glued to a number, `=`,
brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_30.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(30303)


def clock():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def hm():
    return f"{R.randrange(5, 22):02d}:{pick(['00', '15', '30', '45', str(R.randrange(10, 60))])}"


def dur():
    return pick([f"{R.randrange(1, 60)}m{R.randrange(0, 60)}.{R.randrange(0, 10)}s", f"{R.randrange(1, 60)}.{R.randrange(0, 10)}s",
                 f"{R.randrange(1, 5)}h{R.randrange(0, 60):02d}m"])


def mixed(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))


SETS = {}

# A sawmill's log scanner and cutting optimiser: logs measured by the 3D scanner with their
# diameters, sweep and species, cut solutions chosen, the saw line's bandsaws, sorting bins, the
# debarker, metal detector rejects, trimmer decisions, kiln loads.
SPECIES = ["Picea abies", "Pinus sylvestris", "Larix decidua", "Douglas fir", "Spruce", "Scots pine", "Oak (Quercus robur)"]
PATTERNS = ["2x 50x150 + 4x 25x100", "4ex 47x200", "1x 75x225 + side boards", "6x 22x125 (split)", "2ex 63x175",
            "3x 44x150 + 2x 19x100 + chips only"]
BINS = ["B01", "B02", "B07", "B12", "B19", "B23", "B30"]
SAWS = ["HB-1 (twin band)", "HB-2", "Resaw R3", "Edger E1", "Canter CA-2"]


def log_id():
    return pick([f"L{R.randrange(0, 10 ** 6):06d}", f"26-{R.randrange(1, 366):03d}-{R.randrange(1, 9999):04d}", mixed(8)])


def scan_reading():
    return (f"scan log={log_id()} species=\"{pick(SPECIES)}\" len={R.randrange(300, 620) / 100:.2f}m "
            f"top={R.randrange(140, 520)}mm butt={R.randrange(180, 720)}mm sweep={R.randrange(0, 90) / 10:.1f}mm/m "
            f"ovality={R.randrange(0, 25)}% vol={R.randrange(40, 2200) / 1000:.3f}m3 class={pick(['A', 'B', 'B', 'C', 'pulp'])}")


SETS["sawmill_scanner"] = [
    ("E1", 40, "scan log=<*> species=\"<*>\" len=<*>m top=<*>mm butt=<*>mm sweep=<*>mm/m ovality=<*>% vol=<*>m3 class=<*>",
     scan_reading),
    ("E2", 30, "optimizer: log <*> -> pattern \"<*>\" yield <*>% value <*> EUR (rotation <*>deg, skew <*>mm) in <*>ms",
     lambda: f"optimizer: log {log_id()} -> pattern \"{pick(PATTERNS)}\" yield {R.randrange(420, 720) / 10:.1f}% value {R.randrange(800, 16000) / 100:.2f} EUR (rotation {pick([0, 0, 90, 180, 270, R.randrange(1, 359)])}deg, skew {R.randrange(-30, 31)}mm) in {R.randrange(8, 400)}ms"),
    ("E3", 14, "sorter: board <*> [<*>] -> bin <*> (<*>/<*>)",
     lambda: (lambda cap: f"sorter: board {R.randrange(10 ** 6, 10 ** 7)} [{pick(['47x200x4800', '22x125x3000', '50x150x5400', '63x175x4200'])}] -> bin {pick(BINS)} ({R.randrange(1, cap + 1)}/{cap})")(pick([80, 120, 160]))),
    ("E4", 6, "saw <*>: blade tension <*> kN, strain <*> um, feed <*> m/min, <*>",
     lambda: f"saw {pick(SAWS)}: blade tension {R.randrange(180, 320) / 10:.1f} kN, strain {R.randrange(10, 400)} um, feed {R.randrange(20, 140)} m/min, {pick(['ok', 'ok', 'ok', 'deviation high', 'blade change due', 'guide temp warning'])}"),
    ("E5", 3, "Metal detector at <*> tripped on log <*>: signal <*>, log rejected to <*>",
     lambda: f"Metal detector at {pick(['infeed deck', 'debarker outfeed'])} tripped on log {log_id()}: signal {R.randrange(30, 999)}, log rejected to {pick(['firewood bin', 'reject chain 2', 'manual inspection'])}"),
    ("E6", 7, "debarker: rotor <*> rpm, arm pressure <*> bar, log <*> <*>",
     lambda: f"debarker: rotor {R.randrange(180, 420)} rpm, arm pressure {R.randrange(20, 95) / 10:.1f} bar, log {log_id()} {pick(['clean', 'clean', 'bark residue 8%', 'frozen bark, pass 2 requested', 'jammed'])}"),
    ("E7", 9, "trimmer: board <*> trimmed <*>mm -> <*>mm, grade <*> (<*>)",
     lambda: f"trimmer: board {R.randrange(10 ** 6, 10 ** 7)} trimmed {pick([4800, 5400, 4200, 3600, 3000])}mm -> {pick([4500, 5100, 3900, 3300, 2700, 2400])}mm, grade {pick(['G4-2', 'G4-3', 'C24', 'C18', 'reject'])} ({pick(['wane', 'knot cluster', 'rot at butt end', 'split', 'none', 'crook 12mm over 2m'])})"),
    ("E8", 3, "Scanner head <*> laser <*> out of calibration: offset <*>mm (limit <*>mm)",
     lambda: f"Scanner head {pick(['S1', 'S2', 'S3', 'S4'])} laser {R.randrange(1, 9)} out of calibration: offset {R.randrange(6, 40) / 10:.1f}mm (limit {pick(['0.5', '1.0'])}mm)"),
    ("E9", 2, "kiln <*>: charge <*> loaded, <*> packs, <*> m3, schedule \"<*>\"",
     lambda: f"kiln {pick(['K1', 'K2', 'K4'])}: charge {R.randrange(2600, 2800)} loaded, {R.randrange(8, 24)} packs, {R.randrange(400, 1200) / 10:.1f} m3, schedule \"{pick(['Spruce 47mm to 18%', 'Pine 22mm fast', 'Larch export 12% (HT)'])}\""),
    ("E10", 4, "Infeed stopped by <*>: <*>",
     lambda: f"Infeed stopped by {pick(['operator J. Lind', 'PLC', 'light curtain LC-3', 'operator M.Koskinen'])}: {pick(['double log on deck', 'log crosswise', 'e-stop pressed at station 4', 'chain overload'])}"),
    ("E11", 2, "Shift <*> summary: <*> logs, <*> m3 in, <*> m3 out, recovery <*>%, downtime <*>",
     lambda: f"Shift {pick(['A', 'B', 'C'])} summary: {R.randrange(900, 3200)} logs, {R.randrange(300, 900)} m3 in, {R.randrange(150, 500)} m3 out, recovery {R.randrange(440, 560) / 10:.1f}%, downtime {dur()}"),
    ("E12", 2, "optimizer: no valid solution for log <*> (<*>), sent to <*>",
     lambda: f"optimizer: no valid solution for log {log_id()} ({pick(['diameter below 120mm', 'sweep exceeds 40mm/m', 'scan incomplete: 3 of 4 heads'])}), sent to {pick(['pulp', 'chipper', 'reject pile'])}"),
]

# A university's lecture capture: recordings scheduled and started in rooms, encoders' streams,
# uploads and transcoding, captions, failed starts, audio levels, viewers of live streams,
# recordings published to the course with their duration and size.
ROOMS = ["HS 1 (Audimax)", "HS 3", "Lecture Theatre B", "Seminar 2.017", "ZHG 011", "Room 4.12 (Hybrid)", "Old Library"]
COURSES = ["MATH1010 Linear Algebra I", "CS2040 Data Structures", "PHYS101", "ECON 2B: Macroeconomics", "BIO-3301 Genetics",
           "LAW112 Contract Law (Part 2)", "HIST210"]
LECTURERS = ["Prof. Dr. A. Becker", "dr.smith", "M. O'Neill", "Lena Hoffmann", "J. Nakamura", "staff-av"]


def rec_id():
    return pick([f"rec_{mixed(10)}", uuid(), f"{R.randrange(2026, 2027)}-{R.randrange(1, 13):02d}-{R.randrange(10000, 99999)}"])


def lc_level():
    return ", ".join(f"ch{i}={R.randrange(-60, -3)}dBFS" for i in range(1, pick([2, 3, 3, 5])))


SETS["lecture_capture"] = [
    ("E1", 14, "Recording <*> started in <*> for \"<*>\" (lecturer: <*>, sources: <*>)",
     lambda: f"Recording {rec_id()} started in {pick(ROOMS)} for \"{pick(COURSES)}\" (lecturer: {pick(LECTURERS)}, sources: {pick(['presenter+slides', 'slides', 'presenter+slides+audience', 'audio only'])})"),
    ("E2", 13, "Recording <*> stopped after <*>, <*> captured",
     lambda: f"Recording {rec_id()} stopped after {dur()}, {pick([f'{R.randrange(200, 4000) / 10:.1f}MiB', f'{R.randrange(10, 90) / 10:.1f}GiB'])} captured"),
    ("E3", 30, "encoder <*>: bitrate=<*>kbps fps=<*> dropped=<*> audio=[<*>]",
     lambda: f"encoder {pick(['enc-hs1', 'enc-hs3', 'enc-ltb', 'ENC-ZHG-011', 'enc-4.12'])}: bitrate={R.randrange(1200, 8000)}kbps fps={pick(['25.00', '29.97', '30.00', '24.8', '15.2'])} dropped={pick([0, 0, 0, R.randrange(1, 400)])} audio=[{lc_level()}]"),
    ("E4", 10, "Upload of <*> finished: <*> in <*> (<*> MB/s)",
     lambda: f"Upload of {rec_id()} finished: {R.randrange(200, 9000) / 10:.1f}MiB in {dur()} ({R.randrange(5, 900) / 10:.1f} MB/s)"),
    ("E5", 9, "Transcode job <*> <*> -> <*>",
     lambda: f"Transcode job {hexs(12)} {pick(['queued', 'running', 'running', 'done'])} -> {pick(['1080p,720p,360p', '720p', 'audio-mp3', 'hls 4 renditions'])}"),
    ("E6", 6, "Captions for <*> ready: <*> segments, language <*>, confidence <*>",
     lambda: f"Captions for {rec_id()} ready: {R.randrange(80, 1800)} segments, language {pick(['en', 'de', 'en-GB', 'fr', 'auto(de)'])}, confidence {R.randrange(60, 99) / 100:.2f}"),
    ("E7", 3, "Scheduled recording in <*> failed to start: <*>",
     lambda: f"Scheduled recording in {pick(ROOMS)} failed to start: {pick(['encoder offline', 'no video signal on HDMI 1', 'disk full on capture agent (98%)', 'calendar event has no course'])}"),
    ("E8", 4, "Audio silence on <*> for <*> s in <*>",
     lambda: f"Audio silence on {pick(['ch1', 'ch2', 'lectern mic', 'wireless mic 2'])} for {R.randrange(30, 900)} s in {pick(ROOMS)}"),
    ("E9", 7, "Live stream \"<*>\": <*> viewers (peak <*>), CDN <*>",
     lambda: f"Live stream \"{pick(COURSES)}\": {R.randrange(0, 600)} viewers (peak {R.randrange(10, 900)}), CDN {pick(['edge-fra', 'edge-ams', 'campus'])}"),
    ("E10", 5, "Published <*> to course <*> [<*>] by <*>",
     lambda: f"Published {rec_id()} to course {pick(COURSES)} [{pick(['WS26/27', 'SS27', 'Term 1'])}] by {pick(LECTURERS + ['autopublish'])}"),
    ("E11", 2, "Capture agent <*> heartbeat missed (last seen <*> ago)",
     lambda: f"Capture agent {pick(['ca-hs1.av.uni.example', 'ca-ltb', 'CA_ZHG011', '10.80.3.41'])} heartbeat missed (last seen {dur()} ago)"),
    ("E12", 2, "Recording <*> held for review: <*>",
     lambda: f"Recording {rec_id()} held for review: {pick(['lecturer opt-out', 'students visible on camera', 'copyright content flagged at 00:41:12'])}"),
    ("E13", 3, "PTZ camera <*> moved to preset <*> (<*>)",
     lambda: f"PTZ camera {pick(['cam1', 'cam2', 'CAM-A'])} moved to preset {R.randrange(1, 9)} ({pick(['lectern', 'board left', 'board right', 'wide', 'audience'])})"),
]

# A golf course's irrigation and buggy fleet: sprinkler stations run by hole, soil moisture and ET,
# pump station pressure, rain holds, buggy GPS geofence warnings, battery levels, tee sheet check-ins,
# greenkeeper work orders, lightning detection.
HOLES = [f"{n}" for n in range(1, 19)]
AREAS = ["green", "tee", "fairway", "approach", "rough", "bunker face"]
GOLFERS = ["Smith party", "J. McAllister", "Mrs O'Hara (guest)", "Club Society \"Tuesday Swingers\"", "Tanaka, K.", "4-ball #12"]


def buggy():
    return pick([f"cart{R.randrange(1, 61):02d}", f"BG-{R.randrange(100, 999)}", f"Cart {R.randrange(1, 61)}"])


SETS["golf_course"] = [
    ("E1", 25, "irrigation: hole <*> <*> station <*> ON for <*> min (<*> mm, <*> L/min)",
     lambda: f"irrigation: hole {pick(HOLES)} {pick(AREAS)} station {R.randrange(1, 40)} ON for {R.randrange(2, 25)} min ({R.randrange(10, 80) / 10:.1f} mm, {R.randrange(20, 160)} L/min)"),
    ("E2", 10, "soil: hole=<*> area=<*> moisture=<*>% temp=<*>C salinity=<*>dS/m",
     lambda: f"soil: hole={pick(HOLES)} area={pick(AREAS)} moisture={R.randrange(80, 420) / 10:.1f}% temp={R.randrange(20, 290) / 10:.1f}C salinity={R.randrange(2, 40) / 10:.1f}dS/m"),
    ("E3", 6, "pump station: pressure <*> bar, flow <*> m3/h, pumps [<*>]",
     lambda: f"pump station: pressure {R.randrange(40, 110) / 10:.1f} bar, flow {R.randrange(0, 240)} m3/h, pumps [{', '.join(f'P{i}:' + pick(['RUN', 'RUN', 'OFF', 'FAULT', 'STBY']) for i in range(1, pick([3, 4, 5])))}]"),
    ("E4", 3, "Rain hold: <*> mm in <*> h, program <*> suspended until <*>",
     lambda: f"Rain hold: {R.randrange(3, 200) / 10:.1f} mm in {pick([1, 3, 6, 24])} h, program {pick(['Greens nightly', 'Fairways A', 'Tees + approaches', 'Syringe cycle'])} suspended until {hm()}"),
    ("E5", 22, "buggy <*>: pos=<*>,<*> hole=<*> speed=<*>km/h batt=<*>%",
     lambda: f"buggy {buggy()}: pos={R.uniform(51.4, 51.5):.5f},{R.uniform(-0.3, -0.2):.5f} hole={pick(HOLES + ['clubhouse', 'path'])} speed={R.randrange(0, 220) / 10:.1f}km/h batt={R.randrange(5, 100)}%"),
    ("E6", 7, "Geofence: buggy <*> entered <*> on hole <*>, <*>",
     lambda: f"Geofence: buggy {buggy()} entered {pick(['green surround', 'no-cart zone', 'wet area', 'tee box'])} on hole {pick(HOLES)}, {pick(['warning shown', 'warning shown', 'speed limited to 5 km/h', 'cart stopped'])}"),
    ("E7", 3, "buggy <*> battery low (<*>%), returned to <*>",
     lambda: f"buggy {buggy()} battery low ({R.randrange(3, 15)}%), returned to {pick(['barn', 'charging bay 2', 'halfway house'])}"),
    ("E8", 9, "Tee sheet: <*> checked in for <*> on tee <*> (<*> players, buggies: <*>)",
     lambda: f"Tee sheet: {pick(GOLFERS)} checked in for {hm()} on tee {pick(['1', '10'])} ({pick([1, 2, 3, 4])} players, buggies: {pick(['none', buggy(), buggy() + ',' + buggy()])})"),
    ("E9", 4, "Work order #<*> <*>: <*> on hole <*> by <*>",
     lambda: f"Work order #{R.randrange(1000, 9999)} {pick(['opened', 'closed', 'closed'])}: {pick(['replace sprinkler head', 'cut new hole position', 'repair bunker edge', 'fix leaking valve box', 'rake'])} on hole {pick(HOLES)} by {pick(['greenkeeper T. Walsh', 'ian', 'Contractor (Aqua Ltd)'])}"),
    ("E10", 2, "LIGHTNING: strike <*> km <*>, siren <*>, course <*>",
     lambda: f"LIGHTNING: strike {R.randrange(2, 150) / 10:.1f} km {pick(['N', 'NE', 'SW', 'W'])}, siren {pick(['sounded', 'sounded', 'test'])}, course {pick(['evacuated', 'closed', 'on hold'])}"),
    ("E11", 3, "ET: reference <*> mm/day, program budget set to <*>%",
     lambda: f"ET: reference {R.randrange(5, 70) / 10:.1f} mm/day, program budget set to {R.randrange(40, 140)}%"),
    ("E12", 2, "Decoder <*> on wire path <*> not responding (<*> retries)",
     lambda: f"Decoder {hexs(4).upper()} on wire path {pick(['A', 'B', 'C2'])} not responding ({pick([3, 5])} retries)"),
]

# A public aquarium's life support system: tank water chemistry, protein skimmers, ozone and UV,
# chillers, pumps, dosing, feeding records by keepers, animal observations, alarms.
TANKS = ["Coral Reef (T01)", "Shark Tunnel", "Jellyfish Kreisel 3", "Kelp Forest", "Quarantine Q4", "Touch Pool", "Penguin Pool"]
KEEPERS = ["A. Moreau", "ben", "Dr. S. Patel (vet)", "K. Jørgensen", "night shift"]


SETS["aquarium_lss"] = [
    ("E1", 30, "[<*>] temp=<*>C pH=<*> ORP=<*>mV sal=<*>ppt NH3=<*>mg/L DO=<*>%",
     lambda: f"[{pick(TANKS)}] temp={R.randrange(120, 280) / 10:.1f}C pH={R.randrange(780, 840) / 100:.2f} ORP={R.randrange(180, 420)}mV sal={R.randrange(300, 360) / 10:.1f}ppt NH3={R.randrange(0, 30) / 1000:.3f}mg/L DO={R.randrange(75, 110)}%"),
    ("E2", 8, "Skimmer <*> level <*>%, airflow <*> L/h",
     lambda: f"Skimmer {pick(['SK-1', 'SK-2', 'SK-Reef'])} level {R.randrange(10, 100)}%, airflow {R.randrange(400, 3000)} L/h"),
    ("E3", 6, "Ozone generator <*>: output <*> g/h, ORP setpoint <*>mV, <*>",
     lambda: f"Ozone generator {pick(['OZ1', 'OZ2'])}: output {R.randrange(5, 60) / 10:.1f} g/h, ORP setpoint {pick([300, 320, 350])}mV, {pick(['running', 'running', 'paused (ORP high)', 'interlocked by airflow'])}"),
    ("E4", 5, "chiller <*> <*> (supply <*>C return <*>C)",
     lambda: f"chiller {pick(['CH-A', 'CH-B'])} {pick(['started', 'stopped', 'started', 'tripped: HP switch'])} (supply {R.randrange(80, 160) / 10:.1f}C return {R.randrange(120, 220) / 10:.1f}C)"),
    ("E5", 10, "Feeding: <*> fed <*> to <*> (<*> g) - <*>",
     lambda: f"Feeding: {pick(KEEPERS)} fed {pick(['mysis', 'krill + squid', 'herring', 'gel food', 'capelin, vitamins'])} to {pick(TANKS)} ({R.randrange(20, 4000)} g) - {pick(['all eating', 'ok', 'turtle refused', 'grouper ate only half, watch'])}"),
    ("E6", 4, "ALARM <*>: <*> <*> (limit <*>)",
     lambda: (lambda a: f"ALARM {pick(TANKS)}: {a[0]} {a[1]} (limit {a[2]})")(pick([("temperature", "27.9C", "27.0C"), ("pH", "7.71", "7.80"), ("level", "-12cm", "-8cm"), ("ORP", "452mV", "420mV")]))),
    ("E7", 9, "Pump <*> running <*> Hz, <*> A, <*> m3/h",
     lambda: f"Pump {pick(['P-101', 'P-102', 'P-201', 'P-Reef-Return'])} running {R.randrange(300, 500) / 10:.1f} Hz, {R.randrange(20, 180) / 10:.1f} A, {R.randrange(5, 400)} m3/h"),
    ("E8", 5, "Dosing <*>: <*> mL of <*> added to <*>",
     lambda: f"Dosing {pick(['D1', 'D2', 'D3'])}: {R.randrange(5, 500)} mL of {pick(['calcium chloride', 'sodium bicarbonate', 'magnesium', 'trace elements (Part B)'])} added to {pick(TANKS)}"),
    ("E9", 3, "Observation by <*> on <*>: <*>",
     lambda: f"Observation by {pick(KEEPERS)} on {pick(TANKS)}: {pick(['white spots on tang', 'shark swimming erratically', 'jelly polyps budding', 'all normal', 'cloudy water after feeding, skimmer turned up'])}"),
    ("E10", 2, "UV steriliser <*> lamp hours <*>/9000, replace soon",
     lambda: f"UV steriliser {pick(['UV-1', 'UV-2', 'UV-Q'])} lamp hours {R.randrange(8000, 9000)}/9000, replace soon"),
    ("E11", 2, "Water change on <*>: <*> L replaced in <*>",
     lambda: f"Water change on {pick(TANKS)}: {R.randrange(100, 20000)} L replaced in {dur()}"),
    ("E12", 3, "Sand filter <*> backwash <*>: dP <*> -> <*> bar",
     lambda: f"Sand filter {pick(['SF1', 'SF2', 'SF3'])} backwash {pick(['completed', 'completed', 'aborted'])}: dP {R.randrange(8, 15) / 10:.1f} -> {R.randrange(2, 6) / 10:.1f} bar"),
]

# A glasshouse nursery's potting line: trays potted with a plant and pot size, the soil mixer,
# the sowing and sticking robots, conveyor jams, labels printed, trolleys dispatched to bays,
# the spacing robot, substrate deliveries.
PLANTS = ["Lavandula angustifolia 'Hidcote'", "Hebe 'Green Globe'", "Basil Genovese", "Pelargonium zonale (red)",
          "Ficus benjamina", "Heuchera 'Palace Purple'", "Viola x wittrockiana"]
POTS = ["P9", "P10.5", "C2", "C3", "P12"]


def order():
    return pick([f"SO-{R.randrange(40000, 49999)}", f"{R.randrange(100000, 999999)}", f"wk{R.randrange(1, 53):02d}/{mixed(4)}"])


SETS["potting_line"] = [
    ("E1", 25, "potting: order=<*> plant=\"<*>\" pot=<*> trays=<*>/<*> rate=<*>/h",
     lambda: (lambda n: f"potting: order={order()} plant=\"{pick(PLANTS)}\" pot={pick(POTS)} trays={R.randrange(1, n + 1)}/{n} rate={R.randrange(800, 6000)}/h")(pick([40, 80, 120, 250]))),
    ("E2", 12, "mixer: batch <*> peat=<*>% bark=<*>% perlite=<*>% fert=<*>kg/m3 moisture=<*>%",
     lambda: f"mixer: batch {R.randrange(1000, 9999)} peat={R.randrange(40, 80)}% bark={R.randrange(5, 30)}% perlite={R.randrange(0, 20)}% fert={R.randrange(5, 40) / 10:.1f}kg/m3 moisture={R.randrange(35, 65)}%"),
    ("E3", 10, "sticking robot <*>: <*> cuttings placed, <*> missed (<*>)",
     lambda: f"sticking robot {pick(['SR1', 'SR2'])}: {R.randrange(100, 3000)} cuttings placed, {R.randrange(0, 60)} missed ({pick(['gripper', 'vision: no cutting found', 'tray misaligned', 'none'])})"),
    ("E4", 4, "Conveyor <*> jam at <*>, cleared by <*> after <*>",
     lambda: f"Conveyor {pick(['C1', 'C3', 'C4b'])} jam at {pick(['dibbler', 'pot dispenser', 'transfer to trolley'])}, cleared by {pick(['Maria', 'J. de Vries', 'auto reverse'])} after {dur()}"),
    ("E5", 8, "Label printer <*> printed <*> labels for \"<*>\" [<*>]",
     lambda: f"Label printer {pick(['LP-1', 'LP-2'])} printed {R.randrange(20, 1200)} labels for \"{pick(PLANTS)}\" [{pick(['EAN + price', 'picture tag', 'customer: GardenCo', 'plain'])}]"),
    ("E6", 9, "Trolley <*> with <*> trays dispatched to bay <*> (<*>)",
     lambda: f"Trolley {pick(['T' + str(R.randrange(100, 999)), 'DC-' + str(R.randrange(1000, 9999))])} with {R.randrange(4, 40)} trays dispatched to bay {pick(['G1-04', 'G2-11', 'G3-07', 'outdoor 2'])} ({pick(['AGV', 'manual', 'AGV'])})"),
    ("E7", 5, "Spacing robot <*>: bay <*> spaced from <*> to <*> pots/m2",
     lambda: f"Spacing robot {pick(['SP-1', 'SP-2'])}: bay {pick(['G1-04', 'G2-11', 'G3-07'])} spaced from {pick([60, 80, 100])} to {pick([25, 30, 40, 50])} pots/m2"),
    ("E8", 3, "Substrate delivery <*>: <*> m3 <*> into silo <*>",
     lambda: f"Substrate delivery {R.randrange(100, 999)}: {R.randrange(20, 90)} m3 {pick(['peat mix 1', 'coir blend', 'ericaceous'])} into silo {pick(['S1', 'S2'])}"),
    ("E9", 3, "Pot dispenser empty on line <*> (<*>)",
     lambda: f"Pot dispenser empty on line {pick(['1', '2'])} ({pick(POTS)})"),
    ("E10", 4, "Order <*> completed: <*> plants, <*> rejects, line time <*>",
     lambda: f"Order {order()} completed: {R.randrange(200, 20000)} plants, {R.randrange(0, 300)} rejects, line time {dur()}"),
    ("E11", 2, "Vision camera <*> exposure fault: <*>",
     lambda: f"Vision camera {pick(['VC1', 'VC2'])} exposure fault: {pick(['lens fogged', 'LED ring current 0 mA', 'frame timeout'])}"),
    ("E12", 2, "Irrigation after potting on <*>: <*> s at <*> bar",
     lambda: f"Irrigation after potting on {pick(['trolley bay A', 'line 1 tunnel'])}: {R.randrange(5, 60)} s at {R.randrange(10, 30) / 10:.1f} bar"),
]

# A printing press's plate room: CTP plate setters imaging jobs, the plate processor's chemistry,
# punch and bender, plate stock, remakes, proofs approved by customers, the press asking for plates.
JOBS = ["Weekly Gazette p1-16", "Catalogue \"Autumn 27\"", "Flyer Pizza Roma A5", "Annual Report (Bank)", "Label run 4471",
        "Magazine 'Outdoor' issue 12"]
INKS = ["C", "M", "Y", "K", "Pantone 485", "Pantone 7545", "Varnish"]


def plate_id():
    return pick([f"PL{R.randrange(0, 10 ** 6):06d}", f"{mixed(3)}-{R.randrange(100, 999)}"])


SETS["plate_room"] = [
    ("E1", 28, "CTP <*>: imaged plate <*> for \"<*>\" sep=<*> res=<*>dpi in <*>s",
     lambda: f"CTP {pick(['Trendsetter-1', 'Suprasetter A', 'CTP3'])}: imaged plate {plate_id()} for \"{pick(JOBS)}\" sep={pick(INKS)} res={pick([2400, 2400, 2540])}dpi in {R.randrange(30, 180)}.{R.randrange(0, 10)}s"),
    ("E2", 12, "processor: dev_temp=<*>C conductivity=<*>mS/cm replenish=<*>mL/m2 plates=<*>",
     lambda: f"processor: dev_temp={R.randrange(220, 260) / 10:.1f}C conductivity={R.randrange(700, 900) / 10:.1f}mS/cm replenish={R.randrange(40, 120)}mL/m2 plates={R.randrange(10, 4000)}"),
    ("E3", 8, "Punch/bender: plate <*> punched for press <*> (<*>)",
     lambda: f"Punch/bender: plate {plate_id()} punched for press {pick(['Speedmaster XL 106', 'Rapida 75', 'KBA-2'])} ({pick(['ok', 'ok', 'register mark missing', 'bent twice'])})"),
    ("E4", 5, "Plate stock <*>: <*> plates left in cassette <*>",
     lambda: f"Plate stock {pick(['1030x790', '745x605', '1050x795 thermal'])}: {R.randrange(0, 400)} plates left in cassette {pick(['1', '2', '3'])}"),
    ("E5", 4, "Remake of plate <*> requested by <*>: <*>",
     lambda: f"Remake of plate {plate_id()} requested by {pick(['press operator', 'QA', 'L. Brandt'])}: {pick(['scratch', 'wrong separation', 'dot gain too high in 50% patch', 'customer correction'])}"),
    ("E6", 6, "Proof for \"<*>\" <*> by <*>",
     lambda: f"Proof for \"{pick(JOBS)}\" {pick(['approved', 'approved', 'rejected', 'approved with changes'])} by {pick(['customer', 'Anna K. (agency)', 'prepress'])}"),
    ("E7", 7, "Press <*> requests plates for job <*>: <*>",
     lambda: f"Press {pick(['Speedmaster XL 106', 'Rapida 75', 'KBA-2'])} requests plates for job {R.randrange(20000, 29999)}: {', '.join(pick(INKS) for _ in range(pick([1, 2, 4])))}"),
    ("E8", 3, "CTP laser power <*>% of nominal on head <*>",
     lambda: f"CTP laser power {R.randrange(80, 98)}% of nominal on head {R.randrange(1, 3)}"),
    ("E9", 2, "Processor gum section <*>: <*>",
     lambda: f"Processor gum section {pick(['1', '2'])}: {pick(['low level', 'pump failed', 'rinse cycle done'])}"),
    ("E10", 4, "RIP: job <*> \"<*>\" <*> pages, trapping <*>, <*>",
     lambda: f"RIP: job {R.randrange(20000, 29999)} \"{pick(JOBS)}\" {R.randrange(1, 64)} pages, trapping {pick(['on', 'off'])}, {pick(['ready for plating', 'missing font Helvetica Neue', 'ready for plating'])}"),
    ("E12", 3, "Plate queue for <*>: [<*>] (oldest waiting <*>)",
     lambda: f"Plate queue for {pick(['CTP3', 'Suprasetter A'])}: [{', '.join(plate_id() + '(' + pick(INKS) + ')' for _ in range(pick([1, 2, 3, 5])))}] (oldest waiting {dur()})"),
    ("E11", 2, "Plate <*> scanned at press: density <*>, dot <*>% at 50% patch",
     lambda: f"Plate {plate_id()} scanned at press: density {R.randrange(80, 140) / 100:.2f}, dot {R.randrange(45, 60)}% at 50% patch"),
]

SIZES = {"sawmill_scanner": 340, "lecture_capture": 320, "golf_course": 330, "aquarium_lss": 310, "potting_line": 300,
         "plate_room": 350}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
