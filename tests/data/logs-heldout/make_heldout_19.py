#!/usr/bin/env python3
"""Writes the nineteenth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same
columns and labelling as make_heldout.py: one event per log statement, everything its arguments fill
in is a variable however many words it spans, text the statement prints itself (units glued to a
number, `=`, brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_19.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(19191)


def dur():
    m = R.randrange(0, 40)
    s = R.randrange(0, 600) / 10
    return pick([f"{m}m{s:.1f}s", f"{s:.1f}s", f"{R.randrange(1, 5)}h{m}m{int(s)}s"])


def clock():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


SETS = {}

# A ski resort's snowmaking system: fan guns and lances on hydrants, wet-bulb readings, pump stations,
# compressed air, reservoir levels, guns started and stopped with a reason, nozzle faults.
GUNS = [f"{k}-{n:02d}" for k in ["FAN", "FAN", "LNC"] for n in range(1, 13)]
TRAILS = ["Talabfahrt", "Panorama Nord", "Kinderland", "Weltcup Strecke 2", "Gipfelhang", "Zieleinfahrt"]
PUMPS = ["PS1 Talstation", "PS2 Mittelstation", "PS3"]


def wet_bulb():
    return f"{R.randrange(-120, 5) / 10:.1f}"


SETS["snowmaking"] = [
    ("E1", 30, "gun <*> @ hydrant H<*> [<*>] wb=<*>C water=<*>l/min air=<*>bar stage=<*>",
     lambda: f"gun {pick(GUNS)} @ hydrant H{R.randrange(1, 140):03d} [{pick(TRAILS)}] wb={wet_bulb()}C water={R.randrange(80, 900)}l/min air={R.randrange(40, 90) / 10:.1f}bar stage={R.randrange(1, 5)}"),
    ("E2", 9, "gun <*> started by <*> (wet bulb <*>C below limit <*>C)",
     lambda: f"gun {pick(GUNS)} started by {pick(['AUTO', 'AUTO', 'operator mkofler', 'operator a.huber', 'schedule Nacht 1'])} (wet bulb {wet_bulb()}C below limit {pick(['-2.5', '-3.0', '-2.0'])}C)"),
    ("E3", 8, "gun <*> stopped: <*>",
     lambda: f"gun {pick(GUNS)} stopped: {pick(['wet bulb too high', 'target volume reached', 'wind', 'operator request from panel 2', 'hydrant pressure low', 'wet bulb too high'])}"),
    ("E4", 5, "pump station '<*>' flow=<*> m3/h pressure=<*> bar pumps_running=<*>/<*>",
     lambda: f"pump station '{pick(PUMPS)}' flow={R.randrange(50, 900)} m3/h pressure={R.randrange(200, 620) / 10:.1f} bar pumps_running={R.randrange(0, 4)}/{pick([3, 4])}"),
    ("E5", 3, "Reservoir <*>: level <*>% (<*> m3), <*> of snowmaking left",
     lambda: f"Reservoir {pick(['Speicherteich Alm', 'SP-2'])}: level {R.randrange(5, 100)}% ({R.randrange(2000, 90000)} m3), {dur()} of snowmaking left"),
    ("E6", 2, "ALARM nozzle ring <*> on <*> frozen, heater <*>",
     lambda: f"ALARM nozzle ring {R.randrange(1, 4)} on {pick(GUNS)} frozen, heater {pick(['ON', 'FAULT', 'ON'])}"),
    ("E7", 4, "compressor <*>: load <*>% oil <*>C hours=<*>",
     lambda: f"compressor {pick(['K1', 'K2', 'K3'])}: load {R.randrange(0, 101)}% oil {R.randrange(40, 95)}C hours={R.randrange(1000, 40000)}"),
    ("E8", 2, "weather mast <*>: wind <*> km/h gusts <*> km/h from <*>",
     lambda: f"weather mast {pick(['WM-Gipfel', 'WM-Tal'])}: wind {R.randrange(0, 60)} km/h gusts {R.randrange(5, 90)} km/h from {pick(['N', 'NW', 'SW', 'W', 'SE'])}"),
    ("E9", 1, "gun <*> lost comms with controller (last seen <*> ago)",
     lambda: f"gun {pick(GUNS)} lost comms with controller (last seen {dur()} ago)"),
    ("E10", 3, "Snow produced on <*> since <*>: <*> m3 (<*> m3/h avg)",
     lambda: f"Snow produced on {pick(TRAILS)} since {clock()}: {R.randrange(100, 40000)} m3 ({R.randrange(10, 400)} m3/h avg)"),
    ("E12", 2, "controller [<*> [<*>]] sync ok: <*> guns, <*> hydrants, <*>ms",
     lambda: f"controller [{pick(['SMS-Tal', 'SMS-Berg'])} [{pick(['primary', 'standby'])}]] sync ok: {R.randrange(10, 90)} guns, {R.randrange(40, 140)} hydrants, {R.randrange(20, 900)}ms"),
    ("E11", 1, "hydrant H<*> valve position mismatch: cmd=<*>% fb=<*>%",
     lambda: f"hydrant H{R.randrange(1, 140):03d} valve position mismatch: cmd={pick([0, 100, 50])}% fb={R.randrange(0, 101)}%"),
]

# A bike-sharing dock network: undocks and docks with trip durations, battery levels of e-bikes, dock
# faults, rebalancing vans, station capacity, payment holds.
STATIONS = ["Hauptbahnhof Sued", "Marienplatz", "Uni Campus Garching", "Olympiapark West", "Isartor", "Sendlinger Tor", "Ostbahnhof"]


def bike():
    return pick([f"B{R.randrange(10000, 99999)}", f"eB-{R.randrange(1000, 9999)}", f"eB-{R.randrange(1000, 9999)}X"])


def member():
    return pick([f"m_{hexs(6)}", f"Guest{R.randrange(100, 999)}", f"m_{hexs(6)}".upper()])


SETS["bike_docks"] = [
    ("E1", 28, "[<*>] dock <*> released <*> to <*> (plan=<*>)",
     lambda: f"[{pick(STATIONS)}] dock {R.randrange(1, 31):02d} released {bike()} to {member()} (plan={pick(['monthly', 'pay-as-you-go', 'student', 'monthly', 'corporate:SWM'])})"),
    ("E2", 27, "[<*>] dock <*> returned <*> trip=<*> dist=<*>km",
     lambda: f"[{pick(STATIONS)}] dock {R.randrange(1, 31):02d} returned {bike()} trip={dur()} dist={R.randrange(1, 200) / 10:.1f}km"),
    ("E3", 7, "battery <*>: soc=<*>% cycles=<*> state=<*>",
     lambda: f"battery {bike()}: soc={R.randrange(2, 101)}% cycles={R.randrange(3, 900)} state={pick(['charging', 'idle', 'charging', 'not charging (dock fault)'])}"),
    ("E4", 4, "station \"<*>\" capacity <*>/<*> bikes, <*> e-bikes",
     lambda: f"station \"{pick(STATIONS)}\" capacity {R.randrange(0, 30)}/{pick([20, 24, 30])} bikes, {R.randrange(0, 10)} e-bikes"),
    ("E5", 3, "Rebalancing van <*> picked up <*> bikes at <*>, dropping at <*>",
     lambda: f"Rebalancing van {pick(['M-RB 104', 'M-RB 211', 'van7'])} picked up {R.randrange(1, 16)} bikes at {pick(STATIONS)}, dropping at {pick(STATIONS)}"),
    ("E6", 2, "dock <*>-<*> fault: <*>",
     lambda: f"dock {pick(STATIONS).split()[0][:4].upper()}-{R.randrange(1, 31):02d} fault: {pick(['lock motor stall', 'RFID reader not responding', 'lock motor stall', 'charging contact open'])}"),
    ("E7", 3, "payment hold <*> EUR for <*> <*>",
     lambda: f"payment hold {pick(['1.00', '50.00', '1.00'])} EUR for {member()} {pick(['authorized', 'declined', 'authorized'])}"),
    ("E8", 2, "trip <*> ended outside station at <*>,<*>; fee <*> EUR",
     lambda: f"trip {uuid()[:13]} ended outside station at {48 + R.random():.5f},{11 + R.random():.5f}; fee {pick(['10.00', '20.00'])} EUR"),
    ("E9", 1, "member <*> reported bike <*> damaged: \"<*>\"",
     lambda: f"member {member()} reported bike {bike()} damaged: \"{pick(['flat tyre', 'brakes', 'chain keeps falling off at every stop', 'light'])}\""),
    ("E10", 2, "firmware <*> rolled out to <*> docks, <*> pending",
     lambda: f"firmware {pick(['v3.2.1', 'v3.2.2-rc1', 'v3.3.0'])} rolled out to {R.randrange(1, 400)} docks, {R.randrange(0, 90)} pending"),
]

# A pharmacy's dispensing robot: packs stored and picked with shelf positions, prescriptions, barcode
# scans, expiry checks, gripper faults, fridge temperatures, inventory counts.
DRUGS = ["Ibuprofen 400mg 20 Tbl", "Pantoprazol 20mg 30 St", "L-Thyroxin 75 100 Tbl", "Metformin 1000mg 180 St",
         "Amoxicillin 1000mg 20 Filmtbl", "Ramipril 5mg 50 Tbl"]


def pzn():
    return f"{R.randrange(1000000, 19999999):08d}"


def shelf():
    return f"S{R.randrange(1, 9)}-R{R.randrange(1, 40):02d}-P{R.randrange(1, 60):03d}"


SETS["pharmacy_robot"] = [
    ("E1", 26, "PICK PZN=<*> '<*>' from <*> -> outlet <*> in <*>s",
     lambda: f"PICK PZN={pzn()} '{pick(DRUGS)}' from {shelf()} -> outlet {pick(['HV1', 'HV2', 'HV3', 'Backoffice'])} in {R.randrange(30, 300) / 10:.1f}s"),
    ("E2", 18, "STORE PZN=<*> exp=<*> batch=<*> at <*> (<*>x<*>x<*>mm)",
     lambda: f"STORE PZN={pzn()} exp={R.randrange(2027, 2031)}-{R.randrange(1, 13):02d} batch={pick(['', 'CH'])}{hexs(6).upper()} at {shelf()} ({R.randrange(40, 200)}x{R.randrange(15, 90)}x{R.randrange(50, 160)}mm)"),
    ("E3", 8, "Rx <*> for workstation <*>: <*> items requested",
     lambda: f"Rx {pick(['eRezept', 'Muster16', 'OTC'])}-{hexs(10).upper()} for workstation {pick(['HV1', 'HV2', 'HV3'])}: {R.randrange(1, 6)} items requested"),
    ("E4", 3, "scan failed at input belt: <*>",
     lambda: f"scan failed at input belt: {pick(['no barcode found', 'DataMatrix unreadable', 'PZN not in article master', 'no barcode found'])}"),
    ("E5", 2, "expiry check: <*> packs expire before <*>, moved to <*>",
     lambda: f"expiry check: {R.randrange(1, 20)} packs expire before {pick(['2027-01', '2026-12'])}, moved to {pick(['return tray', 'outlet Backoffice'])}"),
    ("E6", 2, "gripper <*> error 0x<*>: <*>",
     lambda: f"gripper {pick(['A', 'B'])} error 0x{hexs(4).upper()}: {pick(['pack slipped', 'vacuum lost during transfer', 'jaw position out of range'])}"),
    ("E7", 3, "fridge <*> temp=<*>C door=<*>",
     lambda: f"fridge {pick(['K1', 'K2'])} temp={R.randrange(20, 90) / 10:.1f}C door={pick(['closed', 'closed', 'open'])}"),
    ("E8", 1, "inventory run finished: <*> packs, <*> positions, <*> mismatches",
     lambda: f"inventory run finished: {R.randrange(8000, 16000)} packs, {R.randrange(3000, 6000)} positions, {R.randrange(0, 12)} mismatches"),
    ("E9", 2, "securPharm verify <*> serial=<*> result=<*>",
     lambda: f"securPharm verify {pzn()} serial={hexs(12).upper()} result={pick(['ACTIVE', 'ACTIVE', 'DECOMMISSIONED', 'UNKNOWN SERIAL'])}"),
    ("E10", 3, "outlet <*> full, holding <*> packs",
     lambda: f"outlet {pick(['HV1', 'HV2', 'HV3'])} full, holding {R.randrange(1, 5)} packs"),
    ("E11", 1, "chaotic storage compaction moved <*> packs in <*>",
     lambda: f"chaotic storage compaction moved {R.randrange(10, 900)} packs in {dur()}"),
    ("E12", 1, "PMS link to <*> <*>",
     lambda: f"PMS link to {pick(['ADG A3000', '10.0.8.12:7010'])} {pick(['up', 'down', 'restored after 3 retries'])}"),
]

# A data centre's cooling and power monitoring: CRAH units, chilled water loops, UPS, PDUs with per-phase
# currents, rack inlet temperatures, generator tests, leak detection.
RACKS = [f"{r}{n:02d}" for r in "ABCDE" for n in range(1, 21)]


def crah():
    return f"CRAH-{R.randrange(1, 13):02d}"


SETS["dc_cooling"] = [
    ("E1", 25, "rack <*> inlet <*>C/<*>C/<*>C (top/mid/bottom) rh=<*>%",
     lambda: f"rack {pick(RACKS)} inlet {R.randrange(180, 300) / 10:.1f}C/{R.randrange(180, 300) / 10:.1f}C/{R.randrange(180, 300) / 10:.1f}C (top/mid/bottom) rh={R.randrange(30, 60)}%"),
    ("E2", 22, "PDU <*>-<*> L1=<*>A L2=<*>A L3=<*>A total=<*>kW",
     lambda: f"PDU {pick(RACKS)}-{pick(['A', 'B'])} L1={R.randrange(0, 160) / 10:.1f}A L2={R.randrange(0, 160) / 10:.1f}A L3={R.randrange(0, 160) / 10:.1f}A total={R.randrange(5, 220) / 10:.1f}kW"),
    ("E3", 9, "<*>: supply <*>C return <*>C fan <*>% valve <*>% mode=<*>",
     lambda: f"{crah()}: supply {R.randrange(150, 220) / 10:.1f}C return {R.randrange(250, 380) / 10:.1f}C fan {R.randrange(20, 101)}% valve {R.randrange(0, 101)}% mode={pick(['cooling', 'cooling', 'free cooling', 'standby'])}"),
    ("E4", 4, "UPS <*> on <*>, load <*>%, runtime <*>",
     lambda: f"UPS {pick(['UPS-1A', 'UPS-1B', 'UPS-2A'])} on {pick(['online', 'online', 'battery', 'bypass'])}, load {R.randrange(10, 90)}%, runtime {dur()}"),
    ("E5", 3, "chilled water loop <*>: dT=<*>K flow=<*> l/s",
     lambda: f"chilled water loop {pick(['CHW-1', 'CHW-2'])}: dT={R.randrange(30, 90) / 10:.1f}K flow={R.randrange(10, 90)} l/s"),
    ("E6", 2, "ALARM [<*>] rack <*> inlet above <*>C for <*>",
     lambda: f"ALARM [{pick(['MAJOR', 'MINOR', 'MINOR'])}] rack {pick(RACKS)} inlet above {pick(['27', '32'])}C for {dur()}"),
    ("E7", 1, "leak detected on cable <*> at <*> m",
     lambda: f"leak detected on cable {pick(['LD-1 (under floor A)', 'LD-2'])} at {R.randrange(1, 80)} m"),
    ("E8", 2, "generator <*> test <*>: start <*>s, load <*>kW, <*>",
     lambda: f"generator {pick(['G1', 'G2'])} test {pick(['weekly', 'monthly load bank'])}: start {R.randrange(60, 140) / 10:.1f}s, load {R.randrange(0, 1600)}kW, {pick(['passed', 'passed', 'failed: fuel pressure low'])}"),
    ("E9", 2, "<*> compressor <*> tripped (<*>)",
     lambda: f"{crah()} compressor {R.randrange(1, 3)} tripped ({pick(['high pressure', 'low suction pressure', 'overcurrent'])})"),
    ("E10", 3, "PUE 15min=<*> IT=<*>kW facility=<*>kW",
     lambda: f"PUE 15min={R.randrange(120, 170) / 100:.2f} IT={R.randrange(400, 900)}kW facility={R.randrange(500, 1400)}kW"),
    ("E11", 1, "breaker <*> opened on <*>",
     lambda: f"breaker {pick(['QF12', 'QF3.4'])} opened on {pick(['PDU feed B row C', 'CRAH-07 supply'])}"),
    ("E12", 2, "trend export <*>_<*>.csv.gz written: <*>MiB, <*> points, took <*>",
     lambda: f"trend export {pick(['dc1-hall2', 'dc1-hall3', 'DC1_ALL'])}_{R.randrange(20261101, 20261131)}.csv.gz written: {R.randrange(10, 900) / 10:.1f}MiB, {R.randrange(10000, 900000)} points, took {dur()}"),
]

# A cargo port's crane telemetry: ship-to-shore cranes moving containers with spreader and twistlock
# states, wind speed stops, hoist loads, trolley positions, vessel berthing, reefer plugs.
CRANES = ["STS-01", "STS-02", "STS-05", "STS-07", "RTG-14", "RTG-22"]
VESSELS = ["MSC ARINA", "EVER GIVEN", "CMA CGM JACQUES SAADE", "MAERSK EDMONTON", "ONE STORK"]


def box():
    return f"{pick(['MSCU', 'TGHU', 'CMAU', 'MRKU', 'ONEU'])}{R.randrange(1000000, 9999999)}"


def plug():
    return f"{pick(['R', 'RK'])}{R.randrange(1, 40)}-{R.randrange(1, 12)}"


SETS["port_cranes"] = [
    ("E1", 30, "<*> move <*> <*> bay <*> row <*> tier <*> weight=<*>t cycle=<*>s",
     lambda: f"{pick(CRANES)} move {box()} {pick(['DISCH', 'LOAD', 'DISCH', 'RESTOW'])} bay {R.randrange(1, 80):02d} row {R.randrange(0, 24):02d} tier {pick([2, 4, 6, 8, 82, 84, 86])} weight={R.randrange(20, 320) / 10:.1f}t cycle={R.randrange(70, 200)}s"),
    ("E2", 8, "<*> spreader <*>ft twistlocks <*>",
     lambda: f"{pick(CRANES)} spreader {pick(['20', '40', '45', '2x20'])}ft twistlocks {pick(['locked', 'unlocked', 'locked', 'fault: TL3 not landed'])}"),
    ("E3", 5, "<*> wind <*> m/s: <*>",
     lambda: f"{pick(CRANES)} wind {R.randrange(50, 260) / 10:.1f} m/s: {pick(['operation continues', 'warning', 'stop, boom up', 'storm pins engaged'])}"),
    ("E4", 3, "vessel \"<*>\" berthed at <*>, <*> moves planned",
     lambda: f"vessel \"{pick(VESSELS)}\" berthed at {pick(['CTA 1', 'CTA 2', 'Burchardkai 4'])}, {R.randrange(200, 4000)} moves planned"),
    ("E5", 4, "reefer <*> plugged at <*> setpoint <*>C",
     lambda: f"reefer {box()} plugged at {plug()} setpoint {pick(['-18.0', '2.0', '13.5', '-25.0'])}C"),
    ("E6", 2, "<*> hoist overload <*>t > <*>t, lift aborted",
     lambda: f"{pick(CRANES)} hoist overload {R.randrange(400, 700) / 10:.1f}t > {pick(['41.0', '65.0'])}t, lift aborted"),
    ("E7", 2, "<*> operator <*> <*> cabin",
     lambda: f"{pick(CRANES)} operator {pick(['K.Yilmaz', 'jpetersen', 'RMT-3 (remote desk)'])} {pick(['entered', 'left'])} cabin"),
    ("E8", 3, "<*> gantry <*> to <*>m in <*>",
     lambda: f"{pick(CRANES)} gantry {pick(['east', 'west'])} to {R.randrange(0, 1400) / 10:.1f}m in {dur()}"),
    ("E9", 2, "TOS mismatch for <*>: expected <*>, found <*>",
     lambda: f"TOS mismatch for {box()}: expected {pick(['bay 14 row 02', 'seal ' + hexs(6).upper()])}, found {pick(['bay 16 row 02', 'no seal', 'different ISO code 45G1'])}"),
    ("E10", 1, "<*> PLC <*> heartbeat lost, E-stop chain <*>",
     lambda: f"{pick(CRANES)} PLC {pick(['main', 'trolley'])} heartbeat lost, E-stop chain {pick(['open', 'open', 'intact'])}"),
    ("E11", 2, "shift <*> summary: <*> moves, <*> mph, <*> delays",
     lambda: f"shift {pick(['A', 'B', 'C'])} summary: {R.randrange(300, 2000)} moves, {R.randrange(180, 400) / 10:.1f} mph, {R.randrange(0, 20)} delays"),
    ("E12", 3, "<*> drive status {hoist: <*>, trolley: <*>, gantry: <*>} [fault: <*>]",
     lambda: f"{pick(CRANES)} drive status {{hoist: {pick(['ready', 'running', 'ready'])}, trolley: {pick(['ready', 'running'])}, gantry: {pick(['parked', 'ready', 'brake released'])}}} [fault: {pick(['none', 'none', 'F0231 encoder [trolley A]', 'F1107'])}]"),
]

# A school's timetable and door system: period bells, doors unlocked by schedule or badge, substitution
# plans, room bookings, lockdown drills, visitor sign-ins, classroom displays.
ROOMS = ["R 1.04", "R 2.17", "Physiksaal", "Sporthalle B", "Aula", "Bibliothek", "R 0.11 (Kunst)"]
CLASSES = ["5a", "6c", "7b", "8a", "9d", "10a", "Q11", "Q12"]
TEACHERS = ["MUE", "SchW", "KLE", "BaR", "Hoff", "Dr. Ernst"]


def badge():
    return pick([f"0x{hexs(8).upper()}", f"0x{hexs(8)}"])


SETS["school_doors"] = [
    ("E1", 25, "door '<*>' opened by badge <*> (<*>) access=<*>",
     lambda: f"door '{pick(ROOMS + ['Haupteingang', 'Lehrerzimmer'])}' opened by badge {badge()} ({pick(['teacher ' + pick(TEACHERS), 'student ' + pick(CLASSES), 'caretaker', 'cleaning staff'])}) access={pick(['granted', 'granted', 'granted', 'denied'])}"),
    ("E2", 12, "bell: period <*> <*> at <*>",
     lambda: f"bell: period {R.randrange(1, 11)} {pick(['start', 'end'])} at {clock()}"),
    ("E3", 8, "substitution: <*> class <*> period <*> -> <*> in <*>",
     lambda: f"substitution: {pick(['Mathe', 'Deutsch', 'Englisch', 'Bio', 'Sport'])} class {pick(CLASSES)} period {R.randrange(1, 11)} -> {pick(TEACHERS + ['cancelled', 'self study'])} in {pick(ROOMS)}"),
    ("E4", 6, "schedule unlocked <*> door(s) in zone <*>",
     lambda: f"schedule unlocked {R.randrange(1, 40)} door(s) in zone {pick(['Altbau', 'Neubau Nord', 'Turnhalle'])}"),
    ("E5", 4, "display <*>: showing <*> plan for <*>",
     lambda: f"display {pick(['EG-Foyer', 'OG1', 'Mensa'])}: showing {pick(['substitution', 'lunch', 'exam'])} plan for {pick(['today', 'tomorrow', 'Mon 07.12.'])}"),
    ("E6", 3, "visitor \"<*>\" signed in for <*>, badge <*> valid until <*>",
     lambda: f"visitor \"{pick(['Fr. Keller', 'Handwerker Elektro Maier', 'Dr. Polat'])}\" signed in for {pick(['Sekretariat', 'meeting with ' + pick(TEACHERS), 'repair R 2.17'])}, badge {badge()} valid until {clock()}"),
    ("E7", 2, "room booking <*> <*> for <*> by <*>",
     lambda: f"room booking {pick(ROOMS)} {pick(['confirmed', 'rejected (conflict)'])} for {pick(['Elternabend 5a', 'AG Robotik', 'Abi-Vorbereitung'])} by {pick(TEACHERS)}"),
    ("E8", 1, "LOCKDOWN <*> triggered from <*>: <*> doors locked in <*>s",
     lambda: f"LOCKDOWN {pick(['drill', 'drill', 'REAL'])} triggered from {pick(['Sekretariat', 'panel Lehrerzimmer'])}: {R.randrange(40, 90)} doors locked in {R.randrange(10, 90) / 10:.1f}s"),
    ("E9", 2, "door '<*>' held open <*>, alarm <*>",
     lambda: f"door '{pick(['Notausgang Ost', 'Haupteingang', 'Sporthalle B'])}' held open {dur()}, alarm {pick(['raised', 'cleared'])}"),
    ("E10", 1, "reader <*> offline since <*>",
     lambda: f"reader {pick(['RD-07', 'RD-22'])} offline since {clock()}"),
    ("E11", 2, "badge <*> blocked: <*>",
     lambda: f"badge {badge()} blocked: {pick(['reported lost', 'student left school', 'too many denied attempts'])}"),
]

SIZES = {"snowmaking": 330, "bike_docks": 340, "pharmacy_robot": 320, "dc_cooling": 350, "port_cranes": 310,
         "school_doors": 330}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
