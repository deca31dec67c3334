#!/usr/bin/env python3
"""Writes the thirteenth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit 7452c6d. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_13.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(13131)


def clock():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def day():
    return f"2026-12-{R.randrange(1, 8):02d}"


def stamp():
    return f"{day()} {clock()}"


def dur():
    m = R.randrange(0, 90)
    s = R.randrange(0, 600) / 10
    return f"{m}m{s:.1f}s" if m else f"{s:.1f}s"


SETS = {}

# A parking garage's barrier and pay station controller: tickets issued, plates read by the camera,
# exits paid or rejected, season passes, barrier faults, pay station payments, occupancy counts.
LANES = ["ENTRY-1", "ENTRY-2", "EXIT-1", "EXIT-2", "EXIT-3"]
PLATES = ["B-KL 4821", "M-XY 77E", "HH-AB 1203", "K-ZZ 9", "DO-RT 550", "F-GH 3141", "S-MU 2718"]
PAYSTATIONS = ["APS-01", "APS-02", "APS-L3"]
CAMERAS = ["cam1", "cam2", "anpr-exit-3", "CAM_ENTRY2"]


def ticket():
    return f"T{R.randrange(0, 10 ** 9):09d}"


def plate():
    return pick(PLATES + [f"{pick(['B', 'HH', 'M', 'KA'])}-{pick(['QW', 'ER', 'TZ'])} {R.randrange(1, 9999)}"])


def amount():
    return f"{R.randrange(1, 60)}.{pick(['00', '50', '20', '80', '00'])}"


SETS["parking_garage"] = [
    ("E1", 24, "[<*>] ticket <*> issued at <*> plate=\"<*>\" conf=<*>%",
     lambda: f"[{pick(LANES[:2])}] ticket {ticket()} issued at {clock()} plate=\"{plate()}\" conf={R.randrange(55, 100)}%"),
    ("E2", 20, "[<*>] exit granted: ticket <*> paid <*> EUR, stay <*>h<*>m",
     lambda: f"[{pick(LANES[2:])}] exit granted: ticket {ticket()} paid {amount()} EUR, stay {R.randrange(0, 30)}h{R.randrange(0, 60):02d}m"),
    ("E3", 6, "[<*>] exit refused: ticket <*> <*>",
     lambda: f"[{pick(LANES[2:])}] exit refused: ticket {ticket()} {pick(['not paid', 'not paid', 'grace period expired (15 min)', 'unreadable magnetic stripe', 'already used'])}"),
    ("E4", 10, "[<*>] season pass <*> (<*>) <*>",
     lambda: f"[{pick(LANES)}] season pass SP-{R.randrange(1000, 9999)} ({pick(['Dr. Anna Weber', 'Hausverwaltung Nord GmbH', 'J. Ortiz', 'Night shift pool'])}) {pick(['accepted', 'accepted', 'accepted', 'rejected: anti-passback', 'rejected: expired 2026-11-30'])}"),
    ("E5", 14, "PayStation <*>: payment <*> EUR by <*> for ticket <*> -> <*>",
     lambda: f"PayStation {pick(PAYSTATIONS)}: payment {amount()} EUR by {pick(['coins', 'notes', 'girocard', 'VISA contactless', 'Mastercard'])} for ticket {ticket()} -> {pick(['OK', 'OK', 'OK', 'DECLINED', 'TIMEOUT'])}"),
    ("E6", 8, "Occupancy level <*>: <*>/<*> free=<*>",
     lambda: (lambda cap, used: f"Occupancy level {pick(['P1', 'P2', 'P-1', 'Roof'])}: {used}/{cap} free={cap - used}")(pick([120, 180, 240]), R.randrange(10, 120))),
    ("E7", 3, "[<*>] barrier fault code E<*>: <*>",
     lambda: f"[{pick(LANES)}] barrier fault code E{R.randrange(1, 99):02d}: {pick(['arm not in upper position after 4.0s', 'loop detector stuck', 'motor overcurrent'])}"),
    ("E8", 2, "[<*>] vehicle detected without ticket for <*>s, intercom call to <*>",
     lambda: f"[{pick(LANES)}] vehicle detected without ticket for {R.randrange(30, 300)}s, intercom call to {pick(['control room', 'ext. 214', 'security mobile'])}"),
    ("E9", 4, "ANPR camera <*> low confidence (<*>%) on \"<*>\", manual check queued",
     lambda: f"ANPR camera {pick(CAMERAS)} low confidence ({R.randrange(20, 55)}%) on \"{plate()}\", manual check queued"),
    ("E10", 2, "PayStation <*>: coin tube <*> almost empty (<*> left)",
     lambda: f"PayStation {pick(PAYSTATIONS)}: coin tube {pick(['0.50', '1.00', '2.00'])} almost empty ({R.randrange(0, 12)} left)"),
    ("E11", 3, "Lost ticket processed at <*>: plate=\"<*>\" entry=<*> fee=<*> EUR",
     lambda: f"Lost ticket processed at {pick(PAYSTATIONS)}: plate=\"{plate()}\" entry={stamp()} fee={pick(['25.00', '25.00', '40.00'])} EUR"),
]

# A ski resort's lift access gates reading RFID cards: passages, refusals with the reason, lift
# states and wind stops, validators offline, card sales synced, turnstile counts.
LIFTS = ["Gondola Alpenblick", "6CLD Sonnenhang", "T-bar Kinderland", "4CLF Gletscher", "Magic carpet 2"]
GATES = ["G01", "G02", "G03", "G04", "G11", "G12"]
VALIDATORS = ["G01.a", "G02.b", "VAL-Kinderland", "g12-left"]


def chip():
    return f"{hexs(2).upper()}-{hexs(8).upper()}-{hexs(4).upper()}"


def skipass():
    return pick(["Day adult", "Day child", "6-day adult", "Season senior", "Afternoon", "Day youth"])


SETS["ski_gates"] = [
    ("E1", 30, "gate <*>/<*> OPEN chip=<*> pass=\"<*>\" rides=<*>",
     lambda: f"gate {pick(LIFTS)}/{pick(GATES)} OPEN chip={chip()} pass=\"{skipass()}\" rides={R.randrange(1, 40)}"),
    ("E2", 8, "gate <*>/<*> DENY chip=<*> reason=<*>",
     lambda: f"gate {pick(LIFTS)}/{pick(GATES)} DENY chip={chip()} reason={pick(['EXPIRED', 'EXPIRED', 'BLOCKED', 'PASSBACK', 'WRONG_ZONE'])}"),
    ("E3", 5, "Lift <*> state <*> -> <*> (operator <*>)",
     lambda: f"Lift {pick(LIFTS)} state {pick(['RUNNING', 'SLOW', 'STOPPED'])} -> {pick(['RUNNING', 'SLOW', 'STOPPED', 'EVACUATION'])} (operator {pick(['mhuber', 'a.gruber', 'k.steiner'])})"),
    ("E4", 4, "Wind alarm at <*>: <*> km/h gusts <*> km/h, <*> set to <*>",
     lambda: f"Wind alarm at {pick(['top station', 'mid station', 'pylon 7'])}: {R.randrange(35, 70)} km/h gusts {R.randrange(60, 110)} km/h, {pick(LIFTS)} set to {pick(['SLOW', 'STOPPED'])}"),
    ("E5", 3, "Validator <*> offline since <*> (last heartbeat <*> ago)",
     lambda: f"Validator {pick(VALIDATORS)} offline since {clock()} (last heartbeat {dur()} ago)"),
    ("E6", 6, "Sales sync: <*> cards, <*> CHF, from POS <*>",
     lambda: f"Sales sync: {R.randrange(1, 80)} cards, {R.randrange(60, 9000)}.{pick(['00', '50'])} CHF, from POS {pick(['Kasse Tal 1', 'Kasse Tal 2', 'webshop', 'Hotel Edelweiss'])}"),
    ("E7", 5, "Hourly count <*>: <*> passages, <*> denied, <*> unique chips",
     lambda: f"Hourly count {pick(LIFTS)}: {R.randrange(100, 2400)} passages, {R.randrange(0, 40)} denied, {R.randrange(80, 1800)} unique chips"),
    ("E8", 2, "Photo compare mismatch on chip <*>: score <*> (threshold 0.62)",
     lambda: f"Photo compare mismatch on chip {chip()}: score {R.random() * 0.6:.2f} (threshold 0.62)"),
    ("E9", 2, "Turnstile <*> jammed, arm position <*> deg",
     lambda: f"Turnstile {pick(GATES)} jammed, arm position {R.randrange(5, 115)} deg"),
    ("E10", 3, "Card <*> blocked by <*>: \"<*>\"",
     lambda: f"Card {chip()} blocked by {pick(['cashdesk', 'a.gruber', 'fraud-check'])}: \"{pick(['reported lost', 'shared pass (photo mismatch)', 'refund issued', 'stolen at rental shop'])}\""),
]

# A dental practice's imaging server (DICOM-like store and worklist): images received from sensors
# and panoramic units, worklist queries, studies sent to the viewer, storage and sensor warnings.
MODALITIES = ["IO-SENSOR-1", "IO-SENSOR-2", "PANO-OP300", "CBCT-X800", "INTRAORAL-CAM"]
ROOMS = ["Behandlung 1", "Behandlung 2", "Roentgen", "Prophylaxe"]


def patid():
    return f"P{R.randrange(1, 99999):05d}"


def study_uid():
    return f"1.2.276.0.7230010.3.1.2.{R.randrange(10 ** 8, 10 ** 9)}.{R.randrange(1000, 99999)}.{R.randrange(1, 99)}"


ARCHIVES = ["D:\\DicomStore", "\\\\nas01\\roentgen", "/srv/pacs/archive"]


def sop_uid():
    return f"{study_uid()}.{R.randrange(1, 500)}"


def size():
    return pick([f"{R.randrange(200, 9999) / 10:.1f}KiB", f"{R.randrange(10, 4000) / 10:.1f}MiB"])


SETS["dental_imaging"] = [
    ("E1", 22, "C-STORE from <*>@<*>: patient=<*> study=<*> series=<*> size=<*> -> <*>",
     lambda: f"C-STORE from {pick(MODALITIES)}@{pick(ROOMS)}: patient={patid()} study={study_uid()} series={R.randrange(1, 6)} size={size()} -> {pick(['Success', 'Success', 'Success', 'Warning 0xB000', 'Failure 0xA700'])}"),
    ("E2", 10, "MWL query by <*>: <*> items for date <*>",
     lambda: f"MWL query by {pick(MODALITIES)}: {R.randrange(0, 30)} items for date {day().replace('-', '')}"),
    ("E3", 8, "Viewer <*> opened study <*> for \"<*>\" (user <*>)",
     lambda: f"Viewer {pick(['WS-EMPFANG', 'WS-BEH1', 'WS-BEH2', 'Laptop-Dr.K'])} opened study {study_uid()} for \"{pick(['Mueller, Petra', 'Oezdemir, Kaan', 'van der Berg, Lisa', 'Rossi, M.'])}\" (user {pick(['dr.klein', 'zfa.sommer', 'dr.yilmaz'])})"),
    ("E4", 4, "Sensor <*> temperature <*>C, dark current <*> ADU",
     lambda: f"Sensor {pick(MODALITIES[:2])} temperature {R.randrange(250, 420) / 10:.1f}C, dark current {R.randrange(80, 900)} ADU"),
    ("E5", 5, "Exposure <*>: <*> kV <*> mA <*> s DAP=<*> mGy*cm2",
     lambda: f"Exposure {pick(MODALITIES[:4])}: {pick([60, 65, 70, 85, 90])} kV {pick([4, 7, 8, 10])} mA {pick(['0.08', '0.125', '0.16', '14.1', '18.0'])} s DAP={R.randrange(5, 900) / 10:.1f} mGy*cm2"),
    ("E6", 2, "Archive volume <*> at <*>% (<*> free)",
     lambda: f"Archive volume {pick(ARCHIVES)} at {R.randrange(80, 99)}% ({size()} free)"),
    ("E7", 3, "Association rejected from <*>:<*> calling AE '<*>': <*>",
     lambda: f"Association rejected from 192.168.10.{R.randrange(2, 250)}:{R.randrange(1024, 65535)} calling AE '{pick(['PANO_OLD', 'ANY-SCU', 'CBCT_X800'])}': {pick(['unknown calling AE title', 'no acceptable presentation context'])}"),
    ("E8", 3, "Study <*> forwarded to <*> in <*> (<*> images)",
     lambda: f"Study {study_uid()} forwarded to {pick(['KIEFERCHIR_MVZ', 'CLOUD-BACKUP', 'ORTHO-LAB'])} in {dur()} ({R.randrange(1, 600)} images)"),
    ("E9", 2, "Duplicate SOP instance <*> ignored (<*>)",
     lambda: f"Duplicate SOP instance {sop_uid()} ignored ({pick(['same checksum', 'newer copy kept'])})"),
    ("E10", 2, "Patient merge <*> -> <*> by <*>",
     lambda: f"Patient merge {patid()} -> {patid()} by {pick(['dr.klein', 'admin'])}"),
    ("E11", 4, "Backup job '<*>' finished: <*>, <*> files, <*>",
     lambda: f"Backup job '{pick(['nightly-dicom', 'weekly full'])}' finished: {pick(['ok', 'ok', 'ok with warnings', 'failed'])}, {R.randrange(10, 90000)} files, {size()}"),
]

# A ship's engine-room alarm monitoring system: analog channels in alarm and back to normal,
# acknowledgements, duty engineer calls, watch handovers, pumps and generators starting, sensor faults.
CHANNELS = [("ME1 LO INLET PRESS", "bar"), ("ME1 JCW OUTLET TEMP", "C"), ("AE2 EXH GAS TEMP CYL 4", "C"),
            ("FO SETTLING TK LEVEL", "%"), ("BILGE WELL ER AFT", "%"), ("SW COOLING PUMP 1 PRESS", "bar"),
            ("ME1 T/C RPM", "rpm"), ("STERN TUBE BRG TEMP", "C")]
ENGINEERS = ["C/E Hansen", "2/E Reyes", "3/E Kowalczyk", "ETO Mendoza"]


def chan():
    return f"CH{R.randrange(1, 480):03d}"


def reading(unit):
    return {"bar": f"{R.randrange(5, 60) / 10:.1f}", "C": f"{R.randrange(300, 4800) / 10:.1f}", "%": f"{R.randrange(0, 100)}",
            "rpm": f"{R.randrange(5000, 16000)}"}[unit]


def ship_alarm():
    name, unit = pick(CHANNELS)
    return (f"ALARM {chan()} \"{name}\" {pick(['HIGH', 'LOW', 'HIGH-HIGH', 'LOW-LOW'])} value={reading(unit)}{unit} "
            f"limit={reading(unit)}{unit} grp={pick(['ME', 'AUX', 'FO', 'BILGE'])}")


SETS["engine_room"] = [
    ("E1", 18, "ALARM <*> \"<*>\" <*> value=<*> limit=<*> grp=<*>", ship_alarm),
    ("E2", 16, "NORMAL <*> \"<*>\" value=<*> after <*>",
     lambda: (lambda c: f"NORMAL {chan()} \"{c[0]}\" value={reading(c[1])}{c[1]} after {dur()}")(pick(CHANNELS))),
    ("E3", 14, "ACK <*> by <*> at <*>",
     lambda: f"ACK {chan()} by {pick(['ECR console', 'bridge', 'cabin 2/E', 'cabin C/E'])} at {clock()}"),
    ("E4", 5, "Duty engineer call: <*> (<*>), not acknowledged in <*> s, escalating to <*>",
     lambda: f"Duty engineer call: {pick(ENGINEERS)} ({pick(['cabin', 'mess', 'public rooms'])}), not acknowledged in {pick([120, 180, 180])} s, escalating to {pick(['all engineers', 'bridge'])}"),
    ("E5", 4, "Watch handover <*> -> <*>, UMS <*>",
     lambda: f"Watch handover {pick(ENGINEERS)} -> {pick(ENGINEERS)}, UMS {pick(['ON', 'OFF'])}"),
    ("E6", 6, "<*> <*> started (<*>), load <*>kW",
     lambda: f"{pick(['DG1', 'DG2', 'DG3', 'SW pump 2', 'FO transfer pump'])} {pick(['auto', 'manually'])} started ({pick(['standby start', 'low pressure', 'blackout recovery', 'operator'])}), load {R.randrange(0, 1200)}kW"),
    ("E7", 3, "Sensor fault <*>: <*> mA out of range [4..20]",
     lambda: f"Sensor fault {chan()}: {pick(['0.0', '1.3', '2.9', '22.4', '23.9'])} mA out of range [4..20]"),
    ("E8", 2, "Fire detection loop <*> zone <*>: <*>",
     lambda: f"Fire detection loop {R.randrange(1, 4)} zone {pick(['ER upper platform', 'purifier room', 'workshop'])}: {pick(['PRE-ALARM', 'FAULT open circuit', 'FIRE'])}"),
    ("E9", 2, "Shaft generator <*> Hz <*> V cos phi <*>",
     lambda: f"Shaft generator {R.randrange(590, 605) / 10:.1f} Hz {R.randrange(430, 450)} V cos phi {R.randrange(78, 95) / 100:.2f}"),
    ("E10", 3, "Alarm group <*> <*> by <*>",
     lambda: f"Alarm group {pick(['ME', 'AUX', 'FO', 'BILGE'])} {pick(['inhibited', 'released'])} by {pick(ENGINEERS)}"),
    ("E11", 2, "Bilge pump running <*> in last <*> (limit 10m0.0s)",
     lambda: f"Bilge pump running {dur()} in last {pick(['1h', '6h', '24h'])} (limit 10m0.0s)"),
]

# A greenhouse climate controller: compartment readings, vents and screens moved, heating setpoints,
# CO2 dosing, irrigation cycles with EC/pH, alarms and weather station input.
HOUSES = ["Kas 1", "Kas 2", "Kas 3A", "Kas 3B", "Propagation"]


def gh_read():
    return (f"{pick(HOUSES)}: T={R.randrange(140, 320) / 10:.1f}C RH={R.randrange(55, 95)}% CO2={R.randrange(380, 1100)}ppm "
            f"PAR={R.randrange(0, 900)} VPD={R.randrange(2, 18) / 10:.1f}kPa")


SETS["greenhouse"] = [
    ("E1", 26, "<*>: T=<*>C RH=<*>% CO2=<*>ppm PAR=<*> VPD=<*>kPa", gh_read),
    ("E2", 12, "<*> vent <*> <*>% -> <*>% (<*>)",
     lambda: f"{pick(HOUSES)} vent {pick(['lee', 'wind'])} {R.randrange(0, 100)}% -> {R.randrange(0, 100)}% ({pick(['temp', 'humidity', 'wind limit', 'rain'])})"),
    ("E3", 6, "<*> screen <*> <*> to <*>%",
     lambda: f"{pick(HOUSES)} screen {pick(['energy', 'shade', 'blackout'])} {pick(['closing', 'opening'])} to {pick([0, 30, 60, 85, 100])}%"),
    ("E4", 8, "Irrigation cycle <*> valve V<*>: <*> L, EC <*> mS/cm, pH <*>, drain <*>%",
     lambda: f"Irrigation cycle {R.randrange(1, 40)} valve V{R.randrange(1, 24):02d}: {R.randrange(50, 2000)} L, EC {R.randrange(15, 35) / 10:.1f} mS/cm, pH {R.randrange(52, 64) / 10:.1f}, drain {R.randrange(5, 45)}%"),
    ("E5", 5, "CO2 dosing <*> at <*> kg/h (setpoint <*>ppm)",
     lambda: f"CO2 dosing {pick(['started', 'stopped', 'limited'])} at {R.randrange(10, 120)} kg/h (setpoint {pick([600, 800, 1000])}ppm)"),
    ("E6", 4, "Heating setpoint <*> <*> -> <*>C by <*>",
     lambda: f"Heating setpoint {pick(HOUSES)} {R.randrange(150, 220) / 10:.1f} -> {R.randrange(150, 220) / 10:.1f}C by {pick(['schedule', 'j.devries', 'light integral', 'remote app'])}"),
    ("E7", 5, "Weather: <*> W/m2, wind <*> m/s from <*>, outside <*>C, rain=<*>",
     lambda: f"Weather: {R.randrange(0, 850)} W/m2, wind {R.randrange(0, 180) / 10:.1f} m/s from {R.randrange(0, 360)}, outside {R.randrange(-80, 220) / 10:.1f}C, rain={pick(['no', 'no', 'yes'])}"),
    ("E8", 3, "ALARM <*>: <*>",
     lambda: f"ALARM {pick(HOUSES)}: {pick(['temperature high 31.5C for 10 min', 'boiler flow temp low', 'mixing valve not responding', 'EC deviation 0.6'])}"),
    ("E9", 2, "Boiler <*> <*>, flow <*>C return <*>C",
     lambda: f"Boiler {pick(['1', '2', 'CHP'])} {pick(['on', 'off'])}, flow {R.randrange(400, 900) / 10:.1f}C return {R.randrange(300, 600) / 10:.1f}C"),
    ("E10", 2, "Lighting <*> group <*>: <*> (light sum <*> mol/m2)",
     lambda: f"Lighting {pick(HOUSES)} group {R.randrange(1, 5)}: {pick(['ON', 'OFF'])} (light sum {R.randrange(20, 300) / 10:.1f} mol/m2)"),
]

# An elevator group controller: hall calls assigned, car trips, door events, faults and out of
# service, rescue runs, maintenance mode, load weighing and car overloads.
CARS = ["A", "B", "C", "D"]
PANELS = ["DP1", "DP2", "DP-lobby-west", "DP7"]


def floor():
    return pick(["B2", "B1", "G", "1", "2", "3", "5", "7", "12", "14", "M"])


SETS["elevator_group"] = [
    ("E1", 24, "hall call <*> <*> assigned to car <*> eta=<*>s",
     lambda: f"hall call {floor()} {pick(['UP', 'DN'])} assigned to car {pick(CARS)} eta={R.randrange(1, 60)}s"),
    ("E2", 20, "car <*> trip <*>-><*> <*>kg <*>s",
     lambda: f"car {pick(CARS)} trip {floor()}->{floor()} {R.randrange(0, 1100)}kg {R.randrange(30, 400) / 10:.1f}s"),
    ("E3", 10, "car <*> door <*> at <*> (<*>)",
     lambda: f"car {pick(CARS)} door {pick(['reopen', 'reopen', 'nudging', 'held'])} at {floor()} ({pick(['light curtain', 'DOB pressed', 'obstruction', 'hall button'])})"),
    ("E4", 4, "car <*> FAULT <*> \"<*>\" at <*>",
     lambda: f"car {pick(CARS)} FAULT {pick(['0x1A02', '0x0407', '0x2210'])} \"{pick(['safety chain open', 'door lock not made', 'overspeed governor', 'leveling error 23mm'])}\" at {floor()}"),
    ("E5", 3, "car <*> out of service: <*>",
     lambda: f"car {pick(CARS)} out of service: {pick(['maintenance mode (tech key)', 'fire service phase I', 'independent service'])}"),
    ("E6", 2, "car <*> rescue run to <*> completed, <*> passengers released",
     lambda: f"car {pick(CARS)} rescue run to {floor()} completed, {R.randrange(0, 8)} passengers released"),
    ("E7", 4, "car <*> overload <*>kg of <*>kg",
     lambda: f"car {pick(CARS)} overload {R.randrange(1000, 1300)}kg of {pick([1000, 1275])}kg"),
    ("E8", 5, "traffic mode <*> -> <*>",
     lambda: f"traffic mode {pick(['NORMAL', 'UP-PEAK', 'DOWN-PEAK', 'LUNCH'])} -> {pick(['NORMAL', 'UP-PEAK', 'DOWN-PEAK', 'LUNCH', 'NIGHT'])}"),
    ("E9", 2, "emergency phone car <*>: call to <*> <*>, duration <*>",
     lambda: f"emergency phone car {pick(CARS)}: call to {pick(['service center', 'concierge'])} {pick(['answered', 'not answered'])}, duration {dur()}"),
    ("E10", 3, "car <*> motor temp <*>C, starts/h=<*>",
     lambda: f"car {pick(CARS)} motor temp {R.randrange(400, 950) / 10:.1f}C, starts/h={R.randrange(20, 240)}"),
    ("E11", 2, "destination panel <*> at <*>: card <*> -> floor <*> (<*>)",
     lambda: f"destination panel {pick(PANELS)} at {floor()}: card {hexs(8).upper()} -> floor {floor()} ({pick(['granted', 'granted', 'denied: no access'])})"),
]

SIZES = {"parking_garage": 340, "ski_gates": 320, "dental_imaging": 310, "engine_room": 330, "greenhouse": 300,
         "elevator_group": 350}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
