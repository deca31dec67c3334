#!/usr/bin/env python3
"""Writes the seventeenth batch of labelled held-out logs of this folder (see README.md), written
blind to the grouping rules (neither they nor the miner's output on these lines were looked at) on
top of commit 345e21c. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_17.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(17171)


def clock():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def dur():
    s = R.randrange(1, 6000)
    if s >= 60:
        return f"{s // 60}m{s % 60}.{R.randrange(0, 10)}s"
    return f"{s}.{R.randrange(0, 10)}s"


SETS = {}

# A supercomputer's interconnect fabric manager (InfiniBand-like subnet manager): sweeps, port state
# changes, link errors by counter, routing recomputes, traps, cable warnings.
GUIDS = [f"0x{hexs(16)}" for _ in range(30)]
NODES = [f"nid{R.randrange(0, 4096):05d} HCA-{pick([1, 1, 2])}" for _ in range(20)] + \
    [f"MF0;leaf{R.randrange(1, 48):02d}:MQM8790/U{pick([1, 2])}" for _ in range(10)]
COUNTERS = ["SymbolErrorCounter", "LinkErrorRecoveryCounter", "LinkDownedCounter", "PortRcvErrors",
            "PortXmitDiscards", "LocalLinkIntegrityErrors", "ExcessiveBufferOverrunErrors"]


def fm_port():
    return f"{pick(GUIDS)} port {R.randrange(1, 41)}"


SETS["fabric_manager"] = [
    ("E1", 30, "SUBNET SWEEP #<*> (<*>): <*> switches, <*> CAs, <*> ports ACTIVE, took <*>ms",
     lambda: f"SUBNET SWEEP #{R.randrange(10000, 99999)} ({pick(['light', 'light', 'light', 'heavy'])}): {pick([192, 192, 191])} switches, {R.randrange(4080, 4097)} CAs, {R.randrange(11900, 12300)} ports ACTIVE, took {R.randrange(40, 9000)}ms"),
    ("E2", 22, "Port state change: <*> \"<*>\" <*> -> <*>",
     lambda: f"Port state change: {fm_port()} \"{pick(NODES)}\" {pick(['ACTIVE', 'ACTIVE', 'INIT', 'DOWN', 'ARMED'])} -> {pick(['DOWN', 'INIT', 'ARMED', 'ACTIVE'])}"),
    ("E3", 18, "PerfMgr: <*> \"<*>\": <*> increased by <*> (total <*>) in <*>s",
     lambda: f"PerfMgr: {fm_port()} \"{pick(NODES)}\": {pick(COUNTERS)} increased by {pick([1, 1, 2, 5, 17, 255, 65535])} (total {R.randrange(1, 10 ** 6)}) in {pick([10, 10, 30, 60])}s"),
    ("E4", 8, "Routing engine <*> computed LFTs for <*> switches in <*> (<*> VLs, SL2VL <*>)",
     lambda: f"Routing engine {pick(['ftree', 'ftree', 'updn', 'dfsssp', 'ar_updn'])} computed LFTs for {pick([192, 191])} switches in {dur()} ({pick([2, 4, 8])} VLs, SL2VL {pick(['ok', 'ok', 'changed'])})"),
    ("E5", 6, "TRAP <*> from LID <*> (<*>): <*>",
     lambda: f"TRAP {pick([128, 129, 130, 131, 144, 256])} from LID {R.randrange(1, 49152)} ({pick(GUIDS)}): {pick(['Link state changed', 'Local link integrity threshold reached', 'Flow control update watchdog timer expired', 'Capability mask changed'])}"),
    ("E6", 5, "Cable <*> on <*>: temperature <*>C exceeds <*>C [vendor=<*> pn=<*> len=<*>m]",
     lambda: f"Cable {pick(['QSFP56', 'OSFP', 'QSFP28'])} on {fm_port()}: temperature {R.randrange(71, 90)}C exceeds {pick([70, 75])}C [vendor={pick(['Mellanox', 'Amphenol', 'FINISAR CORP.'])} pn={pick(['MFS1S00-H010V', 'MCP1650-H002E26', 'FTLC9558REPM'])} len={pick([1, 2, 3, 10, 30])}m]"),
    ("E7", 4, "Ignoring port <*>: <*>",
     lambda: f"Ignoring port {fm_port()}: {pick(['link width 1x, expected 4x', 'speed HDR100 below minimum HDR', 'flapped 12 times in 5 minutes', 'administratively disabled by user root'])}"),
    ("E8", 6, "Multicast group <*> (<*>): <*> members, join from <*>",
     lambda: f"Multicast group {pick(['ff12:401b:ffff::1', 'ff12:401b:ffff::ffff:ffff', 'ff12:601b:ffff::16:' + hexs(4)])} ({pick(['IPoIB broadcast', 'IPoIB all-nodes', 'SHARP tree 7'])}): {R.randrange(2, 4096)} members, join from {pick(GUIDS)}"),
    ("E9", 2, "Master SM <*> priority <*> not responding, taking over (state <*>)",
     lambda: f"Master SM {pick(GUIDS)} priority {pick([14, 15])} not responding, taking over (state {pick(['STANDBY', 'DISCOVERING'])})"),
    ("E10", 3, "Partition key 0x<*> \"<*>\": added <*> members, <*> full / <*> limited",
     lambda: f"Partition key 0x{pick(['7fff', '8001', '8002', '800a'])} \"{pick(['Default', 'storage', 'slurm_job_' + str(R.randrange(10 ** 6, 10 ** 7))])}\": added {R.randrange(1, 512)} members, {R.randrange(1, 512)} full / {R.randrange(0, 64)} limited"),
    ("E11", 2, "Dumping fabric to <*> (<*>MiB)",
     lambda: f"Dumping fabric to /var/log/opensm/{pick(['opensm-subnet.lst', 'opensm-lfts.dump', 'opensm.fdbs'])} ({R.randrange(1, 900)}.{R.randrange(0, 10)}MiB)"),
    ("E12", 3, "Credit loop check: <*>",
     lambda: f"Credit loop check: {pick(['no loops found', 'no loops found', 'loop through leaf07 -> spine02 -> leaf19 on VL 0', str(R.randrange(1, 4)) + ' cycles in SL 1'])}"),
]

# A theme park's ride control system: dispatches, restraint checks, block zones, e-stops,
# queue times, weather holds, operator logins.
RIDES = ["Thunder Canyon", "Sky Whirl", "Pirate's Plunge", "Kiddie Koaster", "The Abyss (VR)", "Log Flume"]
OPS = ["op.mfischer", "op.AKovacs", "op.jlee", "op.tnguyen", "sup.rdiaz"]


def ride():
    return pick(RIDES)


def train():
    return f"T{R.randrange(1, 6)}"


SETS["ride_control"] = [
    ("E1", 40, "[<*>] DISPATCH <*> station=<*> riders=<*>/<*> interval=<*>s",
     lambda: (lambda cap: f"[{ride()}] DISPATCH {train()} station={pick(['LOAD', 'LOAD', 'LOAD', 'UNLOAD/LOAD'])} riders={R.randrange(0, cap + 1)}/{cap} interval={R.randrange(40, 200)}s")(pick([24, 24, 20, 12]))),
    ("E2", 22, "[<*>] <*> restraints: <*> locked, <*> open <*>",
     lambda: (lambda seats: f"[{ride()}] {train()} restraints: {R.randrange(18, 25)} locked, {len(seats)} open {seats}")(pick([[], [], [], ['row 3 seat B'], ['row 1 seat A', 'row 6 seat D'], ['row 12 seat C']]))),
    ("E3", 14, "Block <*> <*> -> <*> (<*> ms)",
     lambda: f"Block {pick(['B1', 'B2', 'BRK-3', 'LIFT', 'STN'])} {pick(['CLEAR', 'OCCUPIED'])} -> {pick(['OCCUPIED', 'CLEAR'])} ({R.randrange(100, 30000)} ms)"),
    ("E4", 12, "Queue time <*>: posted <*> min, measured <*>:<*>",
     lambda: f"Queue time {ride()}: posted {pick([5, 10, 15, 20, 30, 45, 60, 90])} min, measured {R.randrange(0, 120)}:{R.randrange(0, 60):02d}"),
    ("E5", 3, "ESTOP <*> at <*> by <*>: \"<*>\"",
     lambda: f"ESTOP {pick(['Zone-2', 'Station', 'Zone-5 (lift hill)', 'Maint bay'])} at {ride()} by {pick(OPS + ['PLC', 'guest button'])}: \"{pick(['guest stood up', 'item dropped on track', 'proximity sensor fault PX-14', 'wheel temp high'])}\""),
    ("E6", 4, "Weather hold on <*>: wind <*>km/h gust <*>km/h lightning <*>km",
     lambda: f"Weather hold on {pick(['Thunder Canyon, Sky Whirl', 'all outdoor rides', 'Sky Whirl'])}: wind {R.randrange(20, 70)}km/h gust {R.randrange(40, 110)}km/h lightning {R.randrange(1, 30)}km"),
    ("E7", 6, "Operator <*> <*> panel <*>",
     lambda: f"Operator {pick(OPS)} {pick(['logged in to', 'logged in to', 'logged out of'])} panel {pick(['MAIN', 'UNLOAD', 'TOWER', 'MAINT'])}"),
    ("E8", 5, "Ride <*> state <*> (cycles today=<*>, downtime=<*>)",
     lambda: f"Ride {ride()} state {pick(['OPEN', 'CLOSED', 'DOWN', 'TEST RUN', 'EVACUATION'])} (cycles today={R.randrange(0, 600)}, downtime={dur()})"),
    ("E9", 3, "Brake fin <*> air pressure <*> bar below <*> bar",
     lambda: f"Brake fin {pick(['MB-01', 'MB-02', 'TB-07'])} air pressure {R.randrange(40, 59) / 10:.1f} bar below 6.0 bar"),
    ("E10", 2, "Height check override at <*> by <*> (rider <*>cm, min <*>cm)",
     lambda: f"Height check override at {ride()} by {pick(OPS[-1:])} (rider {R.randrange(115, 122)}cm, min {pick([120, 122])}cm)"),
    ("E11", 4, "Photo <*> sold for ride <*> <*>",
     lambda: f"Photo {hexs(6).upper()}-{R.randrange(1, 25):02d} sold for ride {ride()} {pick(['EUR 14.90', 'EUR 24.90', 'bundle'])}"),
    ("E12", 2, "Morning test run <*>: <*>",
     lambda: f"Morning test run {ride()}: {pick(['PASS 3/3 laps', 'PASS 2/2 laps', 'FAIL lap 2 speed trap 71.2 km/h (limit 70)'])}"),
    ("E13", 1, "PLC heartbeat lost from <*> for <*>ms", lambda: f"PLC heartbeat lost from 10.50.{R.randrange(1, 9)}.{R.randrange(2, 250)} for {R.randrange(200, 5000)}ms"),
]

# A postal sorting centre's sorter control: mailpiece reads, OCR results, bin assignments, jams,
# bag closes, rejects, video coding.
MACHINES = ["LSM-01", "LSM-02", "FSM-A", "PSM-3"]


def piece():
    return f"{pick(['RR', 'LX', 'CP', 'JJD'])}{R.randrange(10 ** 8, 10 ** 9)}{pick(['DE', 'FR', 'CN', 'US', ''])}"


def zipc():
    return pick([f"{R.randrange(10000, 99999)}", f"{R.randrange(1000, 9999)} {pick('ABCDEFGH')}{pick('ABCDEFGH')}", f"SW1A {R.randrange(1, 9)}AA"])


SETS["postal_sorting"] = [
    ("E1", 45, "<*> piece <*> read=<*> zip=<*> conf=<*>% -> bin <*>",
     lambda: f"{pick(MACHINES)} piece {piece()} read={pick(['OCR', 'OCR', 'OCR', 'BARCODE', 'VCS'])} zip={zipc()} conf={R.randrange(50, 100)}% -> bin {R.randrange(1, 300):03d}"),
    ("E2", 12, "<*> reject piece <*> reason=<*>",
     lambda: f"{pick(MACHINES)} reject piece {piece()} reason={pick(['NO_READ', 'NO_READ', 'DOUBLE_FEED', 'THICK', 'NO_POSTAGE', 'UNKNOWN_ZIP'])}"),
    ("E3", 8, "Video coding: image <*> keyed by <*> in <*>s result \"<*>\"",
     lambda: f"Video coding: image {hexs(12)} keyed by {pick(['VC07', 'VC12', 'vc-remote-3'])} in {R.randrange(2, 40)}.{R.randrange(0, 10)}s result \"{pick(['10115 Berlin', 'undeliverable', '75008 PARIS', 'return to sender'])}\""),
    ("E4", 5, "JAM on <*> at <*> (<*>): cleared after <*>",
     lambda: f"JAM on {pick(MACHINES)} at {pick(['feeder', 'stacker 14', 'transport belt T3', 'inserter'])} ({pick(['photocell PC-22', 'motor overcurrent', 'double detect'])}): cleared after {dur()}"),
    ("E5", 7, "Bag closed: bin <*> dest=\"<*>\" items=<*> weight=<*>kg label=<*>",
     lambda: f"Bag closed: bin {R.randrange(1, 300):03d} dest=\"{pick(['Hub Leipzig', 'Export CDG', 'Delivery Base 34', 'Airmail US'])}\" items={R.randrange(20, 900)} weight={R.randrange(20, 300) / 10:.1f}kg label={hexs(10).upper()}"),
    ("E6", 6, "Run <*> started on <*>: sort plan <*> v<*>, <*> bins",
     lambda: f"Run {R.randrange(1, 10)} started on {pick(MACHINES)}: sort plan {pick(['OUT-NIGHT', 'INW-DAY', 'PARCEL-XL'])} v{R.randrange(1, 40)}, {pick([192, 240, 300])} bins"),
    ("E7", 5, "Run <*> finished on <*>: <*> pieces, <*> rejects (<*>%), throughput <*>/h",
     lambda: f"Run {R.randrange(1, 10)} finished on {pick(MACHINES)}: {R.randrange(5000, 60000)} pieces, {R.randrange(10, 900)} rejects ({R.randrange(1, 60) / 10:.1f}%), throughput {R.randrange(10000, 40000)}/h"),
    ("E8", 3, "Customs hold for <*>: <*>",
     lambda: f"Customs hold for {piece()}: {pick(['declaration CN22 missing', 'value > EUR 150', 'restricted item list match'])}"),
    ("E9", 4, "Bin <*> full on <*> (<*> items), overflowing to bin <*>",
     lambda: f"Bin {R.randrange(1, 300):03d} full on {pick(MACHINES)} ({R.randrange(300, 500)} items), overflowing to bin {R.randrange(1, 300):03d}"),
    ("E10", 2, "Camera <*> focus drift <*>mm, recalibrating",
     lambda: f"Camera {pick(['CAM-top', 'CAM-side-L', 'CAM-side-R'])} focus drift {R.randrange(1, 30) / 10:.1f}mm, recalibrating"),
    ("E11", 3, "Trailer <*> at dock <*> <*> (<*> cages)",
     lambda: f"Trailer {pick(['B-PS 4412', 'L-DP 913', 'HH-PL 77'])} at dock {R.randrange(1, 24)} {pick(['arrived', 'departed', 'arrived late'])} ({R.randrange(0, 40)} cages)"),
    ("E12", 1, "Address database loaded: <*> records, build <*>",
     lambda: f"Address database loaded: {R.randrange(10 ** 6, 10 ** 7)} records, build {pick(['2026.12.01', '2026.12.07'])}"),
]

# A hotel's property management system: check-ins, check-outs with folios, room status changes,
# key encodes, night audit, rate pushes to channels, interface errors.
GUESTS = ["MÜLLER, Hans", "O'Brien, Siobhan", "Tanaka Yuki", "van der Berg, Pieter", "Smith, J.", "García López, María"]
CHANNELS = ["Booking.com", "Expedia", "GDS/Amadeus", "brand.com", "HRS"]


def resv():
    return f"{R.randrange(10 ** 7, 10 ** 8)}"


def room():
    return f"{R.randrange(1, 9)}{R.randrange(1, 40):02d}"


SETS["hotel_pms"] = [
    ("E1", 18, "CHECKIN resv=<*> guest=\"<*>\" room=<*> nights=<*> rate=<*> adults=<*>",
     lambda: f"CHECKIN resv={resv()} guest=\"{pick(GUESTS)}\" room={room()} nights={R.randrange(1, 14)} rate={pick(['BAR', 'BAR', 'CORP-SIEMENS', 'AAA', 'PKG-SPA'])} adults={pick([1, 2, 2, 3])}"),
    ("E2", 16, "CHECKOUT resv=<*> room=<*> folio=<*> balance=<*> EUR paid by <*>",
     lambda: f"CHECKOUT resv={resv()} room={room()} folio={R.randrange(100000, 999999)} balance={R.randrange(0, 500000) / 100:.2f} EUR paid by {pick(['VISA', 'MASTERCARD', 'AMEX', 'cash', 'city ledger'])}"),
    ("E3", 30, "Room <*> status <*> -> <*> by <*>",
     lambda: f"Room {room()} status {pick(['VD', 'VC', 'OD', 'OC', 'OOO'])} -> {pick(['VC', 'VI', 'OC', 'VD'])} by {pick(['hsk.ana', 'hsk.petra', 'fo.kim', 'SYSTEM'])}"),
    ("E4", 14, "Key encoded: room <*> cards=<*> valid until <*> (encoder <*>)",
     lambda: f"Key encoded: room {room()} cards={pick([1, 2, 2])} valid until 2026-12-{R.randrange(8, 28):02d} 12:00 (encoder {pick(['FD-1', 'FD-2', 'KIOSK-1'])})"),
    ("E5", 8, "Posting <*> to folio <*>: <*> EUR <*>",
     lambda: f"Posting {pick(['RESTAURANT', 'MINIBAR', 'SPA', 'PARKING', 'LAUNDRY'])} to folio {R.randrange(100000, 999999)}: {R.randrange(100, 30000) / 100:.2f} EUR {pick(['[POS 12]', '[manual]', '[interface]'])}"),
    ("E6", 5, "Rate push to <*>: <*> dates, <*> room types, <*>",
     lambda: f"Rate push to {pick(CHANNELS)}: {R.randrange(1, 365)} dates, {R.randrange(1, 12)} room types, {pick(['ACK', 'ACK', 'ACK', 'NACK code 392 Invalid hotel code', 'timeout after 30s'])}"),
    ("E7", 5, "New reservation <*> from <*> arr <*> dep <*> type <*>",
     lambda: f"New reservation {resv()} from {pick(CHANNELS)} arr 2026-12-{R.randrange(8, 20):02d} dep 2026-12-{R.randrange(20, 31):02d} type {pick(['DBL', 'TWN', 'KSUI', 'SGL'])}"),
    ("E8", 2, "NIGHT AUDIT business date <*> closed: occ <*>% ADR <*> RevPAR <*> (<*>)",
     lambda: f"NIGHT AUDIT business date 2026-12-0{R.randrange(1, 8)} closed: occ {R.randrange(40, 100)}.{R.randrange(0, 10)}% ADR {R.randrange(8000, 30000) / 100:.2f} RevPAR {R.randrange(5000, 25000) / 100:.2f} ({dur()})"),
    ("E9", 3, "Interface <*> error: <*>",
     lambda: f"Interface {pick(['PBX', 'POS', 'DOORLOCK', 'TV'])} error: {pick(['link down', 'checksum mismatch in record GI', 'unknown room 999', 'timeout waiting for LA'])}"),
    ("E10", 3, "Room move resv=<*> <*> -> <*> reason '<*>'",
     lambda: f"Room move resv={resv()} {room()} -> {room()} reason '{pick(['noise', 'AC broken', 'upgrade', 'guest request'])}'"),
    ("E11", 2, "No-show resv=<*> charged <*> EUR",
     lambda: f"No-show resv={resv()} charged {R.randrange(5000, 40000) / 100:.2f} EUR"),
    ("E12", 2, "Wake-up call room <*> at <*> <*>",
     lambda: f"Wake-up call room {room()} at {clock()[:5]} {pick(['answered', 'no answer', 'no answer (retry 2/3)'])}"),
]

# A Hadoop-like batch job's application master: task attempts, containers, shuffle, speculative
# attempts, counters, failures.
def job():
    return f"job_1765{R.randrange(100000000, 999999999)}_{R.randrange(1, 9999):04d}"


def attempt():
    return f"attempt_1765{R.randrange(100000000, 999999999)}_{R.randrange(1, 9999):04d}_{pick(['m', 'm', 'r'])}_{R.randrange(0, 999999):06d}_{pick([0, 0, 0, 1, 2])}"


def container():
    return f"container_e{R.randrange(10, 99)}_1765{R.randrange(100000000, 999999999)}_{R.randrange(1, 9999):04d}_01_{R.randrange(1, 999999):06d}"


def nm():
    return f"worker-{R.randrange(1, 120):03d}.dc1.example.com:{pick([8041, 45454])}"


SETS["mapreduce_tasks"] = [
    ("E1", 30, "<*> TaskAttempt Transitioned from <*> to <*>",
     lambda: f"{attempt()} TaskAttempt Transitioned from {pick(['NEW', 'UNASSIGNED', 'ASSIGNED', 'RUNNING', 'SUCCESS_FINISHING_CONTAINER'])} to {pick(['UNASSIGNED', 'ASSIGNED', 'RUNNING', 'SUCCEEDED', 'FAIL_CONTAINER_CLEANUP'])}"),
    ("E2", 16, "Assigned container <*> to <*> on <*>",
     lambda: f"Assigned container {container()} to {attempt()} on {nm()}"),
    ("E3", 14, "Progress of TaskAttempt <*> is : <*>",
     lambda: f"Progress of TaskAttempt {attempt()} is : {R.random():.{pick([1, 7, 8])}f}"),
    ("E4", 6, "Diagnostics report from <*>: <*>",
     lambda: f"Diagnostics report from {attempt()}: {pick(['Container killed by the ApplicationMaster.', 'Error: java.lang.OutOfMemoryError: Java heap space', 'Container [pid=' + str(R.randrange(1000, 99999)) + ',containerID=' + container() + '] is running beyond physical memory limits. Current usage: 4.1 GB of 4 GB physical memory used', 'AttemptID:' + attempt() + ' Timed out after 600 secs'])}"),
    ("E5", 5, "Scheduling a redundant attempt for task <*>",
     lambda: f"Scheduling a redundant attempt for task task_1765{R.randrange(100000000, 999999999)}_{R.randrange(1, 9999):04d}_{pick(['m', 'r'])}_{R.randrange(0, 999999):06d}"),
    ("E6", 8, "fetcher#<*> about to shuffle output of map <*> decomp: <*> len: <*> to <*>",
     lambda: f"fetcher#{R.randrange(1, 11)} about to shuffle output of map {attempt()} decomp: {R.randrange(10 ** 4, 10 ** 8)} len: {R.randrange(10 ** 4, 10 ** 8)} to {pick(['MEMORY', 'MEMORY', 'DISK'])}"),
    ("E7", 6, "Before Scheduling: PendingReds:<*> ScheduledMaps:<*> ScheduledReds:<*> AssignedMaps:<*> AssignedReds:<*> CompletedMaps:<*> CompletedReds:<*> ContAlloc:<*> ContRel:<*> HostLocal:<*> RackLocal:<*>",
     lambda: "Before Scheduling: " + " ".join(f"{k}:{R.randrange(0, 5000)}" for k in ['PendingReds', 'ScheduledMaps', 'ScheduledReds', 'AssignedMaps', 'AssignedReds', 'CompletedMaps', 'CompletedReds', 'ContAlloc', 'ContRel', 'HostLocal', 'RackLocal'])),
    ("E8", 3, "Job <*> transitioned from <*> to <*>",
     lambda: f"Job {job()} transitioned from {pick(['SETUP', 'RUNNING', 'COMMITTING'])} to {pick(['RUNNING', 'COMMITTING', 'SUCCEEDED', 'FAILED', 'KILLED'])}"),
    ("E9", 4, "Num completed Tasks: <*>",
     lambda: f"Num completed Tasks: {R.randrange(1, 5000)}"),
    ("E10", 3, "Blacklisted host <*> after <*> failures (<*>% of cluster blacklisted)",
     lambda: f"Blacklisted host {nm()} after {pick([3, 3, 4])} failures ({R.randrange(0, 34)}% of cluster blacklisted)"),
    ("E11", 5, "Task succeeded with attempt <*>",
     lambda: f"Task succeeded with attempt {attempt()}"),
    ("E12", 3, "Merging <*> sorted segments, left with <*> segments of total size: <*> bytes",
     lambda: f"Merging {R.randrange(2, 200)} sorted segments, left with {R.randrange(1, 10)} segments of total size: {R.randrange(10 ** 5, 10 ** 10)} bytes"),
]

# A container orchestrator's scheduler and client agents (Nomad-like, hclog lines with key=value
# fields): evaluations, placements, failed allocations, node drains, deployments.
def nid():
    return uuid()


JOBS = ["web-frontend", "payments-api", "batch/nightly-etl", "redis-cache", "log-shipper", "ml-train[run=42]"]
DCS = ["eu-west-1a", "eu-west-1b", "dc2"]
TASK_MSGS = ["Task received by client", "Task received by client", "Building Task Directory",
             'Exit Code: 137, Exit Message: \\"OOM Killed\\"', "Restart within policy"]


SETS["nomad_scheduler"] = [
    ("E1", 28, "[DEBUG] worker: dequeued evaluation: worker_id=<*> eval_id=<*> type=<*> namespace=<*> job_id=<*> node_id=<*> triggered_by=<*>",
     lambda: f"[DEBUG] worker: dequeued evaluation: worker_id={nid()} eval_id={nid()} type={pick(['service', 'service', 'batch', 'system', 'sysbatch'])} namespace={pick(['default', 'default', 'team-data'])} job_id={pick(JOBS)} node_id={nid()} triggered_by={pick(['job-register', 'node-update', 'alloc-failure', 'periodic-job', 'deployment-watcher'])}"),
    ("E2", 20, "[DEBUG] worker.<*>_sched: reconciled current state with desired state: eval_id=<*> job_id=<*> namespace=<*> worker_id=<*> results=\"Total changes: (place <*>) (destructive <*>) (inplace <*>) (stop <*>)\"",
     lambda: f"[DEBUG] worker.{pick(['service', 'batch', 'system'])}_sched: reconciled current state with desired state: eval_id={nid()} job_id={pick(JOBS)} namespace=default worker_id={nid()} results=\"Total changes: (place {R.randrange(0, 10)}) (destructive {R.randrange(0, 4)}) (inplace {R.randrange(0, 6)}) (stop {R.randrange(0, 4)})\""),
    ("E3", 10, "[DEBUG] worker: created evaluation: eval=\"<Eval \"<*>\" JobID: \"<*>\" Namespace: \"<*>\">\"",
     lambda: f"[DEBUG] worker: created evaluation: eval=\"<Eval \"{nid()}\" JobID: \"{pick(JOBS)}\" Namespace: \"{pick(['default', 'default', 'team-data', 'ci'])}\">\""),
    ("E4", 8, "[INFO]  client.alloc_runner.task_runner: Task event: alloc_id=<*> task=<*> type=<*> msg=\"<*>\" failed=<*>",
     lambda: f"[INFO]  client.alloc_runner.task_runner: Task event: alloc_id={nid()} task={pick(['server', 'app', 'envoy-sidecar', 'prestart-migrate'])} type={pick(['Received', 'Task Setup', 'Started', 'Terminated', 'Restarting', 'Killing'])} msg=\"{pick(TASK_MSGS)}\" failed={pick(['false', 'false', 'false', 'true'])}"),
    ("E5", 6, "[WARN]  worker.service_sched: failed to place all allocations, blocked eval created: eval_id=<*> job_id=<*> blocked_eval_id=<*>",
     lambda: f"[WARN]  worker.service_sched: failed to place all allocations, blocked eval created: eval_id={nid()} job_id={pick(JOBS)} blocked_eval_id={nid()}"),
    ("E6", 4, "[INFO]  nomad.drainer: node drain <*>: node_id=<*> deadline=<*>",
     lambda: f"[INFO]  nomad.drainer: node drain {pick(['started', 'complete', 'deadline reached'])}: node_id={nid()} deadline={pick(['1h0m0s', '30m0s', '-1ns', '4h0m0s'])}"),
    ("E7", 5, "[INFO]  client.gc: marking allocation for GC: alloc_id=<*>",
     lambda: f"[INFO]  client.gc: marking allocation for GC: alloc_id={nid()}"),
    ("E8", 4, "[INFO]  nomad.deploymentwatcher: deployment <*> for job <*> <*>: <*>/<*> healthy",
     lambda: f"[INFO]  nomad.deploymentwatcher: deployment {nid()[:8]} for job {pick(JOBS)} {pick(['successful', 'running', 'failed', 'paused'])}: {R.randrange(0, 9)}/{R.randrange(1, 9)} healthy"),
    ("E9", 3, "[ERROR] client.driver_mgr.docker: failed to create container: driver=docker error=\"<*>\"",
     lambda: f"[ERROR] client.driver_mgr.docker: failed to create container: driver=docker error=\"{pick(['Failed to pull `registry.example.com/payments-api:1.42.0`: manifest unknown', 'no space left on device', 'API error (500): Conflict. The container name is already in use'])}\""),
    ("E10", 3, "[INFO]  client: node registration complete: node_id=<*> dc=<*> class=<*>",
     lambda: f"[INFO]  client: node registration complete: node_id={nid()} dc={pick(DCS)} class={pick(['gpu', 'general', 'spot'])}"),
    ("E11", 2, "[WARN]  nomad.heartbeat: node TTL expired: node_id=<*> ttl=<*>",
     lambda: f"[WARN]  nomad.heartbeat: node TTL expired: node_id={nid()} ttl={pick(['10s', '13.2s', '1m2.5s', '21.83s'])}"),
    ("E12", 2, "[INFO]  nomad.raft: snapshot complete up to: index=<*> size=<*>MiB",
     lambda: f"[INFO]  nomad.raft: snapshot complete up to: index={R.randrange(10 ** 6, 10 ** 8)} size={R.randrange(1, 900)}.{R.randrange(0, 10)}MiB"),
]

SIZES = {"fabric_manager": 330, "ride_control": 340, "postal_sorting": 320, "hotel_pms": 350,
         "mapreduce_tasks": 310, "nomad_scheduler": 330}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
