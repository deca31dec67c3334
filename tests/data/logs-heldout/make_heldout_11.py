#!/usr/bin/env python3
"""Writes the eleventh batch of labelled held-out logs of this folder (see README.md), written blind to
the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit c99516c. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans (names, words of a closed
set, free-text messages, lists), text the statement prints itself (units glued to a number, `=`,
brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_11.py OUT_DIR
"""
import json
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(11111)


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def dur():
    s = R.uniform(0.2, 900)
    if s < 60:
        return f"{s:.1f}s"
    return f"{int(s // 60)}m{s % 60:.1f}s"


SETS = {}

# A hotel's door-lock management server: key cards encoded at the front desk, doors opened and
# refused with the card and the reason, lock batteries, audit trails read from the locks, privacy
# mode, gateway links, mobile keys.
GUESTS = ["MUELLER/ANNA MRS", "SMITH/JOHN MR", "O'BRIEN/KATE MS", "VAN DER BERG/PIETER MR", "NAKAMURA/YUKI MS",
          "DUPONT/JEAN-LUC MR", "GARCIA LOPEZ/MARIA MRS", "KIM/MINJUN MR"]
CLERKS = ["FD01-sarah", "FD02-marco", "FD01-lena", "NIGHT-ahmed", "kiosk-lobby-2"]
DOOR_ROOMS = [f"{f}{r:02d}" for f in range(1, 9) for r in (1, 2, 4, 7, 11, 15, 18, 21)]
COMMON = ["GYM", "POOL-N", "SPA-ENTRY", "GARAGE-LVL-1", "LIFT-B", "BOH-KITCHEN", "MEETING ROOM 3"]


def card():
    return f"{pick(['Mf1', 'Mf1', 'Ul', 'Dsf'])}-{hexs(8).upper()}"


def door():
    return pick(DOOR_ROOMS + DOOR_ROOMS + COMMON)


def lock_encode():
    nights = pick([1, 1, 2, 2, 3, 5, 7, 14])
    rooms = pick([[pick(DOOR_ROOMS)], [pick(DOOR_ROOMS)], [pick(DOOR_ROOMS), pick(DOOR_ROOMS)]])
    extra = pick(["GYM", "GYM,POOL-N", "GYM,SPA-ENTRY,GARAGE-LVL-1", "LIFT-B"])
    return (f"Encoder ENC-{pick(['01', '02', '03'])}: card {card()} issued for \"{pick(GUESTS)}\" rooms=[{','.join(rooms)}] "
            f"common=[{extra}] valid 2026-12-{R.randrange(1, 8):02d} {pick(['14:00', '14:00', '15:00', '06:30'])} -> "
            f"2026-12-{R.randrange(8, 22):02d} {pick(['12:00', '12:00', '11:00', '16:00'])} "
            f"({nights} nights) copy={pick([1, 1, 2, 3])} by {pick(CLERKS)}")


def lock_denied():
    reason = pick(["card expired", "card expired", "wrong room", "card cancelled by newer copy",
                   "privacy mode (DND) active", "outside time zone 'STAFF-DAY'", "unknown card type",
                   "lock in lockout mode"])
    return f"[LOCK {door()}] ACCESS DENIED card={card()} reason=\"{reason}\" rssi={-R.randrange(40, 95)}dBm"


def lock_audit():
    n = R.randrange(12, 2000)
    return (f"Audit trail read from lock {pick(DOOR_ROOMS)} via {pick(['gateway GW-0' + str(R.randrange(1, 9)), 'PDA maint-03', 'gateway GW-12'])}: "
            f"{n} events, oldest {R.randrange(1, 60)}d ago, {R.uniform(0.1, 12):.1f}KiB in {R.randrange(90, 9000)}ms")


SETS["door_locks"] = [
    ("E1", 30, "[LOCK <*>] OPENED card=<*> holder=<*> dir=<*> latch=<*>ms",
     lambda: f"[LOCK {door()}] OPENED card={card()} holder={pick(['GUEST', 'GUEST', 'GUEST', 'GUEST', 'STAFF', 'MASTER', 'EMERGENCY'])} dir={pick(['in', 'in', 'out'])} latch={R.randrange(180, 900)}ms"),
    ("E2", 12, "Encoder <*>: card <*> issued for \"<*>\" rooms=[<*>] common=[<*>] valid <*> -> <*> (<*> nights) copy=<*> by <*>",
     lock_encode),
    ("E3", 8, "[LOCK <*>] ACCESS DENIED card=<*> reason=\"<*>\" rssi=<*>dBm", lock_denied),
    ("E4", 5, "[LOCK <*>] battery <*>V (<*>%) - <*>",
     lambda: (lambda v: f"[LOCK {pick(DOOR_ROOMS)}] battery {v:.2f}V ({int((v - 4.2) / 1.8 * 100)}%) - {pick(['replace soon', 'LOW', 'CRITICAL, lock will stay closed'] if v < 4.9 else ['ok'])}")(R.uniform(4.3, 6.0))),
    ("E5", 4, "Audit trail read from lock <*> via <*>: <*> events, oldest <*>d ago, <*>KiB in <*>ms", lock_audit),
    ("E6", 6, "[LOCK <*>] privacy <*> by guest",
     lambda: f"[LOCK {pick(DOOR_ROOMS)}] privacy {pick(['ON', 'OFF'])} by guest"),
    ("E7", 3, "[LOCK <*>] door held open <*>s, alarm raised to <*>",
     lambda: f"[LOCK {pick(COMMON + DOOR_ROOMS)}] door held open {R.randrange(30, 600)}s, alarm raised to {pick(['security desk', 'PMS', 'security desk, duty manager'])}"),
    ("E8", 7, "PMS interface: <*> room <*> guest \"<*>\" res=<*>",
     lambda: f"PMS interface: {pick(['CHECK-IN', 'CHECK-IN', 'CHECK-OUT', 'ROOM MOVE', 'EXTEND'])} room {pick(DOOR_ROOMS)} guest \"{pick(GUESTS)}\" res={pick(['R', 'RSV', 'OP'])}{R.randrange(100000, 9999999)}"),
    ("E9", 5, "Mobile key <*> delivered to device <*> (<*>) for room <*>",
     lambda: f"Mobile key mk_{hexs(12)} delivered to device {pick(['iPhone15,2', 'SM-S918B', 'Pixel 8 Pro', 'iPhone13,3'])} ({pick(['iOS 18.1', 'Android 15', 'Android 14', 'iOS 17.6.1'])}) for room {pick(DOOR_ROOMS)}"),
    ("E10", 2, "Gateway <*> lost contact with <*> locks on floor <*>, last seen <*>",
     lambda: f"Gateway GW-{R.randrange(1, 13):02d} lost contact with {R.randrange(1, 18)} locks on floor {R.randrange(1, 9)}, last seen {clock()}"),
    ("E11", 2, "Encoder <*>: write failed on card <*>: <*>",
     lambda: f"Encoder ENC-{pick(['01', '02', '03'])}: write failed on card {card()}: {pick(['sector 4 authentication failed', 'card removed too early', 'card not supported (NTAG213)'])}"),
    ("E12", 1, "Emergency card <*> used by <*> at <*>",
     lambda: f"Emergency card {card()} used by {pick(['security: P. Novak', 'GM: R. Hartmann'])} at {pick(DOOR_ROOMS + COMMON)}"),
    ("E13", 3, "Lock <*> firmware <*> -> <*>: <*>",
     lambda: f"Lock {pick(DOOR_ROOMS)} firmware {pick(['3.1.7', '3.1.9'])} -> {pick(['3.2.0', '3.2.0-hf1'])}: {pick(['done', 'done', 'aborted (battery too low)', 'verify failed, rolled back'])}"),
]

# A weather station network's collector: observation messages per station in key: value form,
# sensor faults, quality-control flags, uploads, solar and battery power, lost stations.
STATIONS = [("WS-ALP-03", "Hochalm"), ("WS-LKE-11", "Lakeshore Pier"), ("ws-urb-07", "Rathausplatz Roof"),
            ("WS-VAL-22", "Vallée Basse"), ("WS-ALP-09", "Gipfelkreuz"), ("WS-AGR-15", "Farm 15 (north field)")]
SENSORS = ["anemometer", "wind vane", "tipping bucket", "T/RH probe", "barometer", "pyranometer", "snow depth sonar"]


def wx_obs():
    sid = pick(STATIONS)[0]
    return (f"OBS {sid} {clock()}Z T: {R.uniform(-18, 31):.1f}C RH: {R.randrange(8, 101)}% P: {R.uniform(940, 1040):.1f}hPa "
            f"wind: {R.randrange(0, 360):03d}/{R.uniform(0, 25):.1f}m/s gust: {R.uniform(0, 40):.1f}m/s rain: {pick([0.0, 0.0, 0.0, 0.2, 1.4, 6.8]):.1f}mm")


def wx_qc():
    return (f"QC {pick(STATIONS)[0]} {pick(['temperature', 'humidity', 'pressure', 'wind_speed', 'precip_1h'])}={R.uniform(-50, 200):.1f} "
            f"flagged {pick(['SPIKE', 'SPIKE', 'RANGE', 'STEP', 'PERSISTENCE'])} (limit {pick(['±8.0/10min', '0..100', '900..1080', '3 sigma'])}), value {pick(['suspect', 'rejected'])}")


WX_WARN = [("gust", "24.5m/s > 20.0m/s"), ("gust", "33.1m/s > 20.0m/s"), ("rain rate", "31.0mm/h > 25.0mm/h"),
           ("frost", "-4.2C < -3.0C")]

SETS["weather_network"] = [
    ("E1", 40, "OBS <*> <*>Z T: <*>C RH: <*>% P: <*>hPa wind: <*>/<*>m/s gust: <*>m/s rain: <*>mm", wx_obs),
    ("E2", 8, "QC <*> <*>=<*> flagged <*> (limit <*>), value <*>", wx_qc),
    ("E3", 6, "Station <*> (\"<*>\") sensor <*> fault: <*>",
     lambda: (lambda s: f"Station {s[0]} (\"{s[1]}\") sensor {pick(SENSORS)} fault: {pick(['no pulses for 60 min', 'reading stuck', 'checksum error on SDI-12 address 2', 'out of range'])}")(pick(STATIONS))),
    ("E4", 7, "Power <*>: battery <*>V solar <*>W charge=<*> temp <*>C",
     lambda: f"Power {pick(STATIONS)[0]}: battery {R.uniform(11.2, 14.4):.2f}V solar {R.uniform(0, 45):.1f}W charge={pick(['BULK', 'FLOAT', 'FLOAT', 'OFF', 'ABSORB'])} temp {R.uniform(-15, 40):.1f}C"),
    ("E5", 9, "upload batch <*> -> <*>: <*> obs, <*>, HTTP <*> in <*>",
     lambda: f"upload batch {hexs(6)} -> {pick(['https://ingest.meteo.example.eu/v2/obs', 'sftp://archive01/incoming'])}: {R.randrange(6, 720)} obs, {R.uniform(0.5, 900):.1f}KiB, HTTP {pick([200, 200, 200, 202, 503, 429])} in {dur()}"),
    ("E6", 3, "Station <*> silent for <*> (last packet <*>, link <*>)",
     lambda: f"Station {pick(STATIONS)[0]} silent for {pick(['15m0s', '1h2m', '3h40m', '26h'])} (last packet {clock()}, link {pick(['LoRa SF10', 'LTE-M', 'Iridium SBD'])})"),
    ("E7", 4, "Station <*> back online after <*>, <*> backlogged records",
     lambda: f"Station {pick(STATIONS)[0]} back online after {pick(['17m', '1h5m', '4h12m'])}, {R.randrange(1, 300)} backlogged records"),
    ("E8", 3, "heater <*> <*> on <*> (<*>C < <*>C)",
     lambda: f"heater {pick(['anemometer', 'rain gauge'])} {pick(['ON', 'OFF'])} on {pick(STATIONS)[0]} ({R.uniform(-12, 3):.1f}C < {pick(['2.0', '1.0'])}C)"),
    ("E9", 2, "Clock drift on <*>: <*>ms, resynced via <*>",
     lambda: f"Clock drift on {pick(STATIONS)[0]}: {pick(['+', '-'])}{R.randrange(500, 90000)}ms, resynced via {pick(['GNSS', 'NTP pool.ntp.org'])}"),
    ("E10", 4, "Warning: <*> at <*> exceeds threshold: <*>",
     lambda: (lambda w: f"Warning: {w[0]} at {pick(STATIONS)[1]} exceeds threshold: {w[1]}")(pick(WX_WARN))),
    ("E11", 2, "config pushed to <*>: interval=<*>s, sensors=[<*>]",
     lambda: f"config pushed to {pick(STATIONS)[0]}: interval={pick([60, 300, 600])}s, sensors=[{', '.join(R.sample(SENSORS, R.randrange(2, 5)))}]"),
]

# An airline departure control system's event log: passengers checked in and boarded, bags tagged,
# seats changed, flights opened and closed, load sheets, standby lists, APIS checks, gate changes.
FLIGHTS = [("XA1234", "FRA", "JFK"), ("XA0087", "MUC", "LHR"), ("XA417", "FRA", "NRT"), ("XA2290", "HAM", "PMI"),
           ("XA031", "FRA", "SFO"), ("XA5516", "DUS", "VIE")]
PAX = ["SMITH/JOHN MR", "MUELLER/ANNA MRS", "NG/WEI MS", "ROSSI/GIULIA MS", "SCHMIDT/KARL HEINZ MR",
       "OKAFOR/CHIDI MR", "LEE/SOOJIN MS", "BERNARD/ELODIE MRS", "PATEL/ARJUN MSTR", "DE LA CRUZ/JOSE MR"]
AGENTS = ["FRA/CKI/0412", "FRA/GTE/B44", "MUC/CKI/0101", "KIOSK/T1-07", "WEB", "APP"]


def flt():
    f = pick(FLIGHTS)
    return f"{f[0]}/07DEC {f[1]}-{f[2]}"


def seat():
    return f"{R.randrange(1, 48)}{pick('ABCDEFHJK')}"


def pnr():
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def dcs_checkin():
    bags = pick([0, 0, 1, 1, 1, 2, 3])
    kg = sum(R.randrange(8, 32) for _ in range(bags))
    return (f"CKIN {flt()} PNR {pnr()} {pick(PAX)} SEQ {R.randrange(1, 380):03d} SEAT {seat()} "
            f"CLS {pick(['Y', 'Y', 'Y', 'Y', 'W', 'J', 'F'])} BAGS {bags}/{kg}KG AGT {pick(AGENTS)}")


def dcs_load():
    return (f"LOADSHEET {flt()} ED{R.randrange(1, 6):02d} PAX {R.randrange(60, 300)}/{R.randrange(0, 30)}/{R.randrange(0, 4)} "
            f"TTL {R.randrange(2000, 30000)}KG ZFW {R.randrange(45000, 180000)} TOW {R.randrange(60000, 250000)} "
            f"MACTOW {R.uniform(18, 34):.1f} TRIM {pick(['UP', 'DN'])}{R.uniform(0, 4):.1f}")


SETS["departure_control"] = [
    ("E1", 32, "CKIN <*> PNR <*> <*> SEQ <*> SEAT <*> CLS <*> BAGS <*>/<*>KG AGT <*>", dcs_checkin),
    ("E2", 26, "BRD <*> <*> SEQ <*> gate <*> scanned <*> (<*>)",
     lambda: f"BRD {flt()} {pick(PAX)} SEQ {R.randrange(1, 380):03d} gate {pick(['A14', 'B44', 'Z52', 'G3', 'H08'])} scanned {clock()} ({pick(['OK', 'OK', 'OK', 'OK', 'ALREADY BOARDED', 'WRONG FLIGHT', 'NOT CHECKED IN'])})"),
    ("E3", 14, "BAGTAG <*> issued <*> <*> dest <*> <*>kg <*>",
     lambda: f"BAGTAG 0{R.randrange(100, 999)}{R.randrange(100000, 999999)} issued {flt()} {pick(PAX)} dest {pick(['JFK', 'LHR', 'NRT', 'PMI', 'SFO', 'VIE'])} {R.randrange(5, 33)}kg {pick(['LOCAL', 'LOCAL', 'TRANSFER', 'RUSH', 'HEAVY'])}"),
    ("E4", 6, "SEAT CHANGE <*> <*>: <*> -> <*> by <*> reason '<*>'",
     lambda: f"SEAT CHANGE {flt()} {pick(PAX)}: {seat()} -> {seat()} by {pick(AGENTS)} reason '{pick(['paid upgrade', 'family seating', 'exit row not allowed (infant)', 'broken seat', 'customer request'])}'"),
    ("E5", 3, "FLIGHT <*> status <*> -> <*> at <*> by <*>",
     lambda: f"FLIGHT {flt()} status {pick(['OPEN', 'INITIAL', 'BOARDING'])} -> {pick(['OPEN', 'BOARDING', 'CLOSED', 'FINALISED'])} at {clock()} by {pick(AGENTS[:3])}"),
    ("E6", 3, "LOADSHEET <*> ED<*> PAX <*>/<*>/<*> TTL <*>KG ZFW <*> TOW <*> MACTOW <*> TRIM <*>", dcs_load),
    ("E7", 5, "APIS <*> <*>: document <*> <*> exp <*> -> <*>",
     lambda: f"APIS {flt()} {pick(PAX)}: document {pick(['P', 'P', 'I'])} {pick(['DEU', 'USA', 'CHN', 'ITA', 'NGA', 'KOR'])}{R.randrange(10 ** 7, 10 ** 8)} exp {R.randrange(2027, 2036)}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d} -> {pick(['OK TO BOARD', 'OK TO BOARD', 'OK TO BOARD', 'NOT OK: ESTA missing', 'INHIBIT: contact authorities', 'NO RESPONSE, retry 1/3'])}"),
    ("E8", 3, "STBY <*>: <*> on list, cleared <*> [<*>]",
     lambda: f"STBY {flt()}: {R.randrange(1, 20)} on list, cleared {R.randrange(0, 6)} [{', '.join(R.sample(PAX, R.randrange(1, 4)))}]"),
    ("E9", 2, "GATE CHANGE <*> <*> -> <*> (<*>)",
     lambda: f"GATE CHANGE {flt()} {pick(['A14', 'B44'])} -> {pick(['A20', 'B48', 'Z60'])} ({pick(['stand occupied', 'ops', 'aircraft change to A321neo'])})"),
    ("E10", 4, "OFFLOAD <*> <*> SEQ <*>: <*> bag(s) to be removed from <*>",
     lambda: f"OFFLOAD {flt()} {pick(PAX)} SEQ {R.randrange(1, 380):03d}: {pick([0, 1, 1, 2])} bag(s) to be removed from {pick(['AKE12345XA', 'AKE70211XA', 'bulk hold 5', 'PKC00912XA'])}"),
    ("E11", 2, "Kiosk <*> error <*>: <*>",
     lambda: f"Kiosk KIOSK/T1-{R.randrange(1, 20):02d} error {pick(['E102', 'E310', 'E045'])}: {pick(['bag tag printer out of stock', 'passport reader timeout', 'boarding pass printer jam'])}"),
    ("E12", 1, "Weight & balance message sent to <*> for <*>: <*>",
     lambda: f"Weight & balance message sent to {pick(['ACARS', 'crew tablet', 'ACARS, crew tablet'])} for {flt()}: {pick(['ACK', 'ACK', 'NO ACK after 120s'])}"),
]

# An electric vehicle charging station management system speaking a JSON over WebSocket protocol
# (OCPP-like): boot notifications, heartbeats, transactions, meter values, status changes, faults,
# remote commands, authorisations, firmware updates, connection drops.
CHARGERS = ["CP-DE-MUC-0041", "CP-DE-MUC-0042", "ev-parkhaus-ost-3", "EVB-P25-AC-17", "ABB_Terra54_9931", "CP-NL-AMS-2210"]
TAGS = ["04A2B3C1D25E80", "DEADBEEF", "0457AC12", "EMP-DE-ION-7X3K9", "047F22D9A15B80", "VIN:WVWZZZE1ZPP012345"]


def ocpp_call(action, payload):
    return json.dumps([2, hexs(8) + "-" + hexs(4), action, payload], separators=(",", ":"))


def ocpp_meter():
    cp = pick(CHARGERS)
    payload = {"connectorId": pick([1, 1, 2]), "transactionId": R.randrange(1000, 99999),
               "meterValue": [{"timestamp": f"2026-12-07T{clock()}Z", "sampledValue": [
                   {"value": f"{R.uniform(0, 90000):.1f}", "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
                   {"value": f"{R.uniform(0, 150):.1f}", "measurand": "Power.Active.Import", "unit": "kW"},
                   {"value": str(R.randrange(5, 100)), "measurand": "SoC", "unit": "Percent"}][:pick([1, 2, 3])]}]}
    return f"{cp} << {ocpp_call('MeterValues', payload)}"


def ocpp_status():
    status = pick(["Available", "Available", "Preparing", "Charging", "Charging", "SuspendedEV", "Finishing", "Faulted", "Unavailable"])
    err = "NoError" if status != "Faulted" else pick(["GroundFailure", "OverCurrentFailure", "ConnectorLockFailure", "PowerSwitchFailure"])
    return f"{pick(CHARGERS)} connector {pick([0, 1, 1, 2])}: {status} (errorCode={err}, vendor=\"{pick(['-', '-', '0x00', 'E-17 RCD tripped', 'HV isolation'])}\")"


OCPP_REJECTS = ["missing required property connectorId", "meterStart must be >= 0",
                "unknown action 'DataTransfer.vendorX'"]

SETS["ev_charging"] = [
    ("E1", 18, "<*> << <*>", ocpp_meter),
    ("E2", 14, "Heartbeat from <*> (last <*>s ago, clock skew <*>ms)",
     lambda: f"Heartbeat from {pick(CHARGERS)} (last {pick([300, 300, 300, 60, 900])}s ago, clock skew {R.randrange(-2500, 2500)}ms)"),
    ("E3", 10, "<*> connector <*>: <*> (errorCode=<*>, vendor=\"<*>\")", ocpp_status),
    ("E4", 7, "StartTransaction cp=<*> connector=<*> idTag=<*> meterStart=<*>Wh -> transactionId=<*> status=<*>",
     lambda: f"StartTransaction cp={pick(CHARGERS)} connector={pick([1, 1, 2])} idTag={pick(TAGS)} meterStart={R.randrange(0, 9000000)}Wh -> transactionId={R.randrange(1000, 99999)} status={pick(['Accepted', 'Accepted', 'Accepted', 'Blocked', 'Invalid', 'ConcurrentTx'])}"),
    ("E5", 6, "StopTransaction cp=<*> transactionId=<*> reason=<*> energy=<*>kWh duration=<*>",
     lambda: f"StopTransaction cp={pick(CHARGERS)} transactionId={R.randrange(1000, 99999)} reason={pick(['EVDisconnected', 'Local', 'Local', 'Remote', 'PowerLoss', 'EmergencyStop'])} energy={R.uniform(0.2, 85):.2f}kWh duration={dur()}"),
    ("E6", 6, "Authorize idTag <*> at <*>: <*> (cache <*>)",
     lambda: f"Authorize idTag {pick(TAGS)} at {pick(CHARGERS)}: {pick(['Accepted', 'Accepted', 'Invalid', 'Expired', 'Blocked'])} (cache {pick(['hit', 'miss', 'miss'])})"),
    ("E7", 3, "BootNotification from <*>: vendor '<*>' model '<*>' fw <*> serial <*>",
     lambda: f"BootNotification from {pick(CHARGERS)}: vendor '{pick(['ABB', 'Alpitronic', 'Wallbox Chargers S.L.', 'Ebee'])}' model '{pick(['Terra 54 CJG', 'HYC300', 'Commander 2', 'Wallbox eM4'])}' fw {pick(['v1.8.32', '5.27.2-R1', 'HYC_2.4.0'])} serial {hexs(4).upper()}-{R.randrange(10000, 99999)}"),
    ("E8", 3, "WebSocket closed by <*>: code <*> '<*>' after <*>",
     lambda: f"WebSocket closed by {pick(CHARGERS)}: code {pick([1000, 1001, 1006, 1006, 1011])} '{pick(['normal closure', 'going away', 'abnormal closure (no close frame)', 'ping timeout'])}' after {dur()}"),
    ("E9", 3, "RemoteStartTransaction -> <*> idTag=<*>: <*>",
     lambda: f"RemoteStartTransaction -> {pick(CHARGERS)} idTag={pick(TAGS)}: {pick(['Accepted', 'Accepted', 'Rejected', 'timeout after 30s'])}"),
    ("E10", 2, "FirmwareStatusNotification <*>: <*>",
     lambda: f"FirmwareStatusNotification {pick(CHARGERS)}: {pick(['Downloading', 'Downloaded', 'Installing', 'Installed', 'InstallationFailed'])}"),
    ("E11", 2, "Load management: site <*> limit <*>A, <*> chargers throttled to <*>kW",
     lambda: f"Load management: site {pick(['MUC-Parkhaus-Ost', 'AMS-Zuidas'])} limit {pick([250, 400, 630])}A, {R.randrange(1, 12)} chargers throttled to {pick(['7.4', '11.0', '22.0'])}kW"),
    ("E12", 2, "Rejected message from <*>: <*>: <*>",
     lambda: f"Rejected message from {pick(CHARGERS)}: {pick(['FormationViolation', 'PropertyConstraintViolation', 'NotImplemented'])}: {pick(OCPP_REJECTS)}"),
]

# A hospital's infusion pump fleet server: infusions started, titrated, paused and completed with the
# drug library entry, alarms with their code, dose limit overrides, battery and docking, occlusions,
# wireless association, drug library pushes.
PUMPS = [f"PMP-{w}-{R.randrange(100, 999)}" for w in ("ICU", "ICU", "ICU", "ONC", "ED", "PED", "MS4")]
DRUGS = [("Norepinephrine", "mcg/kg/min", 0.01, 1.0), ("Propofol", "mg/kg/h", 0.5, 4.0), ("Heparin", "units/h", 500, 2000),
         ("Insulin (regular)", "units/h", 0.5, 15), ("Vancomycin 1 g in 250 mL", "mL/h", 125, 250),
         ("Morphine PCA", "mg/h", 0.5, 5), ("Sodium Chloride 0.9%", "mL/h", 20, 200), ("Fentanyl", "mcg/h", 25, 200)]
PROFILES = ["Adult ICU", "Adult ICU", "Oncology", "Emergency", "Paediatrics <20kg", "Med-Surg 4"]


def channel():
    return f"{pick(PUMPS)}/{pick('AABCD')}"


def pump_start():
    d = pick(DRUGS)
    return (f"{channel()} START \"{d[0]}\" rate={R.uniform(d[2], d[3]):.2f} {d[1]} vtbi={R.randrange(5, 1000) * 1.0:.1f}mL "
            f"profile=\"{pick(PROFILES)}\" patient={pick(['MRN', 'MRN', 'ENC'])}{R.randrange(10 ** 6, 10 ** 7)} "
            f"verify={pick(['barcode', 'barcode', 'manual', 'EMR auto-program'])}")


def pump_alarm():
    code, text, pri = pick([("A201", "Downstream occlusion", "HIGH"), ("A202", "Upstream occlusion", "HIGH"),
                            ("A110", "Air in line", "HIGH"), ("A305", "Infusion complete, KVO", "MEDIUM"),
                            ("A501", "Battery low", "MEDIUM"), ("A310", "Channel paused too long", "LOW"),
                            ("A201", "Downstream occlusion", "HIGH"), ("A305", "Infusion complete, KVO", "MEDIUM")])
    return f"{channel()} ALARM {code} [{pri}] {text} (pressure {R.randrange(40, 900)}mmHg, silenced after {R.randrange(2, 240)}s)"


SETS["infusion_pumps"] = [
    ("E1", 14, "<*> START \"<*>\" rate=<*> <*> vtbi=<*>mL profile=\"<*>\" patient=<*> verify=<*>", pump_start),
    ("E2", 22, "<*> status <*> infused=<*>mL remaining=<*> (<*>)",
     lambda: f"{channel()} status {pick(['RUNNING', 'RUNNING', 'RUNNING', 'PAUSED', 'KVO', 'STANDBY'])} infused={R.uniform(0, 900):.1f}mL remaining={R.randrange(0, 24)}h{R.randrange(0, 60):02d}m ({pick(['battery', 'AC', 'AC', 'AC'])})"),
    ("E3", 10, "<*> ALARM <*> [<*>] <*> (pressure <*>mmHg, silenced after <*>s)", pump_alarm),
    ("E4", 7, "<*> TITRATE \"<*>\" <*> -> <*> <*> by <*>",
     lambda: (lambda d: f"{channel()} TITRATE \"{d[0]}\" {R.uniform(d[2], d[3]):.2f} -> {R.uniform(d[2], d[3]):.2f} {d[1]} by {pick(['RN jdoe', 'RN m.okafor', 'RN s.lindqvist', 'CRNA p.weber'])}")(pick(DRUGS))),
    ("E5", 4, "<*> soft limit override: \"<*>\" <*> <*> above max <*> (<*>), reason: <*>",
     lambda: (lambda d: f"{channel()} soft limit override: \"{d[0]}\" {d[3] * 1.3:.2f} {d[1]} above max {d[3]:.2f} ({pick(PROFILES)}), reason: {pick(['per physician order', 'bolus per protocol', 'titrating to MAP > 65', 'other'])}")(pick(DRUGS))),
    ("E6", 2, "<*> HARD LIMIT: \"<*>\" <*> <*> rejected (max <*>)",
     lambda: (lambda d: f"{channel()} HARD LIMIT: \"{d[0]}\" {d[3] * 10:.1f} {d[1]} rejected (max {d[3] * 2:.1f})")(pick(DRUGS))),
    ("E7", 6, "<*> COMPLETE \"<*>\" total=<*>mL in <*>",
     lambda: f"{channel()} COMPLETE \"{pick(DRUGS)[0]}\" total={R.uniform(5, 1000):.1f}mL in {R.randrange(0, 30)}h{R.randrange(0, 60):02d}m"),
    ("E8", 5, "Pump <*> associated with AP <*> (<*>, RSSI <*>dBm) in <*>",
     lambda: f"Pump {pick(PUMPS)} associated with AP {':'.join(hexs(2) for _ in range(6))} ({pick(['ICU-3-North', 'ONC-5', 'ED-Triage', 'PED-2-East'])}, RSSI {-R.randrange(45, 88)}dBm) in {R.randrange(80, 4000)}ms"),
    ("E9", 3, "Drug library <*> pushed to <*> pumps: <*> ok, <*> pending, <*> failed",
     lambda: f"Drug library {pick(['DL-2026.11', 'DL-2026.12-r2'])} pushed to {R.randrange(20, 400)} pumps: {R.randrange(10, 380)} ok, {R.randrange(0, 40)} pending, {R.randrange(0, 5)} failed"),
    ("E10", 3, "Pump <*> battery <*>% on battery for <*>, est. <*> left",
     lambda: f"Pump {pick(PUMPS)} battery {R.randrange(3, 60)}% on battery for {dur()}, est. {R.randrange(5, 240)}min left"),
    ("E11", 2, "Pump <*> docked in <*> slot <*>, serial <*>, PM due <*>",
     lambda: f"Pump {pick(PUMPS)} docked in {pick(['rack ICU-3', 'rack ONC-5', 'BioMed shelf'])} slot {R.randrange(1, 9)}, serial {hexs(10).upper()}, PM due {pick(['2027-01-15', '2026-12-20', 'OVERDUE'])}"),
    ("E12", 1, "EMR order <*> auto-programming failed on <*>: <*>",
     lambda: f"EMR order ORD{R.randrange(10 ** 7, 10 ** 8)} auto-programming failed on {channel()}: {pick(['concentration mismatch (order 4 mg/250 mL, library 8 mg/250 mL)', 'pump offline', 'patient weight missing'])}"),
    ("E13", 2, "<*> PAUSE by <*> for <*>",
     lambda: f"{channel()} PAUSE by {pick(['RN jdoe', 'RN m.okafor', 'RN s.lindqvist'])} for {pick(['line change', 'patient transport', 'blood draw', 'bag change'])}"),
]

# A railway interlocking's event recorder: routes set, locked and released, points moved and their
# detection, signals cleared and replaced, track circuits occupied and cleared, train describer
# steps, axle counter resets, points failures, level crossings, operator commands.
SIGNALS = [f"S{n}" for n in (12, 14, 21, 23, 31, 33, 104, 106)] + ["SH7", "SH9"]
POINTS = [f"P{n}{s}" for n in (201, 203, 205, 211) for s in ("A", "B")]
TRACKS = [f"T{n}" for n in (101, 102, 103, 110, 111, 120, 121, 130)] + ["AC-4B", "AC-5A"]
HEADCODES = ["1A23", "2K47", "5Z90", "6M14", "1Y05", "3Q11", "2C88", "0B00"]
WORKSTATIONS = ["WS1 (Signaller A)", "WS2 (Signaller B)", "ARS", "ARS", "ARS"]


def route():
    return f"{pick(SIGNALS)}-{pick(SIGNALS)}({pick(['M', 'M', 'M', 'C', 'S'])})"


SETS["interlocking"] = [
    ("E1", 26, "TC <*> <*> at <*>.<*>",
     lambda: f"TC {pick(TRACKS)} {pick(['OCCUPIED', 'CLEAR'])} at {clock()}.{R.randrange(0, 1000):03d}"),
    ("E2", 14, "ROUTE <*> SET req=<*> locked in <*>ms",
     lambda: f"ROUTE {route()} SET req={pick(WORKSTATIONS)} locked in {R.randrange(300, 9000)}ms"),
    ("E3", 10, "SIGNAL <*> aspect <*> -> <*>",
     lambda: f"SIGNAL {pick(SIGNALS)} aspect {pick(['R', 'R', 'Y', 'YY', 'G'])} -> {pick(['R', 'Y', 'YY', 'G', 'G'])}"),
    ("E4", 12, "POINTS <*> moved <*> -> <*> in <*>s, detection <*>",
     lambda: f"POINTS {pick(POINTS)} moved {pick(['N', 'R'])} -> {pick(['N', 'R'])} in {R.uniform(2.8, 9.5):.1f}s, detection {pick(['OK', 'OK', 'OK', 'OK', 'LATE', 'LOST'])}"),
    ("E5", 12, "TD berth <*> -> <*> headcode <*>",
     lambda: f"TD berth {R.randrange(100, 999):04d} -> {R.randrange(100, 999):04d} headcode {pick(HEADCODES)}"),
    ("E6", 8, "ROUTE <*> RELEASED <*> (<*>)",
     lambda: f"ROUTE {route()} RELEASED {pick(['sectional', 'sectional', 'full', 'timed'])} ({pick(['train passed', 'train passed', 'cancelled by ' + pick(WORKSTATIONS[:2]), 'approach lock 120s expired'])})"),
    ("E7", 3, "ROUTE <*> REFUSED: <*>",
     lambda: f"ROUTE {route()} REFUSED: {pick(['conflicting route ' + route() + ' locked', 'points ' + pick(POINTS) + ' not detected', 'track ' + pick(TRACKS) + ' occupied', 'level crossing LC-Kirchweg not lowered'])}"),
    ("E8", 2, "POINTS <*> FAILED TO DETECT <*> after <*>s, motor current <*>A",
     lambda: f"POINTS {pick(POINTS)} FAILED TO DETECT {pick(['N', 'R'])} after {pick([12, 15, 20])}s, motor current {R.uniform(0.5, 9.0):.2f}A"),
    ("E9", 2, "AXLE COUNTER <*> reset by <*>, counts in/out <*>/<*>, <*>",
     lambda: f"AXLE COUNTER {pick(['AC-4B', 'AC-5A'])} reset by {pick(WORKSTATIONS[:2])}, counts in/out {R.randrange(0, 64)}/{R.randrange(0, 64)}, {pick(['preparatory reset, awaiting sweep train', 'direct reset accepted'])}"),
    ("E10", 4, "LC <*> barriers <*> in <*>s [<*>]",
     lambda: f"LC {pick(['LC-Kirchweg', 'LC-Muehlenstr', 'LC-B27'])} barriers {pick(['DOWN', 'DOWN', 'UP', 'FAILED'])} in {R.uniform(5, 30):.1f}s [{pick(['auto', 'auto', 'local control', 'obstacle detector: clear', 'obstacle detector: OBJECT'])}]"),
    ("E11", 3, "CMD <*> from <*>: <*>",
     lambda: f"CMD {pick(['SIGNAL REPLACE', 'POINTS KEY', 'ROUTE CANCEL', 'BLOCK TRACK', 'EMERGENCY REPLACE ALL'])} from {pick(WORKSTATIONS[:2])}: {pick(['executed', 'executed', 'rejected (not authorised)', 'confirm required'])}"),
    ("E12", 2, "SPAD alarm signal <*> headcode <*> overrun <*>m",
     lambda: f"SPAD alarm signal {pick(SIGNALS)} headcode {pick(HEADCODES)} overrun {R.randrange(2, 120)}m"),
    ("E13", 2, "Channel <*> <*> diverged from channel <*>: <*>",
     lambda: f"Channel {pick(['A', 'B'])} {pick(['CPU', 'I/O card 3', 'I/O card 7'])} diverged from channel {pick(['A', 'B'])}: {pick(['output mismatch on relay K412', 'CRC 0x' + hexs(8), 'cycle time 212ms > 200ms'])}"),
    ("E14", 1, "Interlocking restarted: <*>, <*> routes restored",
     lambda: f"Interlocking restarted: {pick(['watchdog', 'power supply dip', 'operator'])}, {R.randrange(0, 14)} routes restored"),
]

SIZES = {"door_locks": 320, "weather_network": 300, "departure_control": 340, "ev_charging": 320,
         "infusion_pumps": 340, "interlocking": 360}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
