#!/usr/bin/env python3
"""Writes the fourth batch of labelled held-out logs of this folder (see README.md), written after the
grouping rules were frozen a fourth time (commit 96dceda) and not used to change them. Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans. Fixed seed.

    python3 make_heldout_4.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(4444)


def ip():
    return heldout_common.ip([10, 172, 192])


SETS = {}

# A cluster's reliability (RAS) event log: racks, nodes, boards, links, the scheduler.
RACKS = [f"R{r:02d}" for r in range(8)]
NODES = [f"c{R.randrange(1, 9)}-{R.randrange(1, 33):02d}n{R.randrange(1, 5)}" for _ in range(40)]
SENSORS = ["CPU0_TEMP", "CPU1_TEMP", "DIMM_A2_TEMP", "INLET_TEMP", "PSU1_TEMP"]
SETS["hpc_ras"] = [
    ("E1", 14, "node <*> sensor <*> reading <*> C above threshold <*> C",
     lambda: f"node {pick(NODES)} sensor {pick(SENSORS)} reading {R.randrange(70, 105)} C above threshold {pick([85, 90, 95])} C"),
    ("E2", 12, "correctable memory error on <*> DIMM <*> rank <*> count <*>",
     lambda: f"correctable memory error on {pick(NODES)} DIMM {pick(['A1', 'A2', 'B1', 'B2', 'C1'])} rank {R.randrange(0, 4)} count {R.randrange(1, 5000)}"),
    ("E3", 6, "uncorrectable memory error on <*> at address <*>, node drained",
     lambda: f"uncorrectable memory error on {pick(NODES)} at address 0x{hexs(10)}, node drained"),
    ("E4", 8, "fabric link <*> port <*> to <*> port <*> went down (<*>)",
     lambda: f"fabric link {pick(NODES)} port {R.randrange(1, 37)} to sw-{pick(RACKS)}-{R.randrange(1, 5)} port {R.randrange(1, 37)} went down ({pick(['symbol errors exceeded', 'remote fault', 'cable unplugged', 'link training failed after retries'])})"),
    ("E5", 7, "job <*> user <*> allocated <*> nodes on partition <*>",
     lambda: f"job {R.randrange(100000, 999999)} user {pick(['kmeier', 'jsato', 'aroy', 'pnovak', 'lchen'])} allocated {R.randrange(1, 512)} nodes on partition {pick(['batch', 'gpu', 'bigmem', 'debug'])}"),
    ("E6", 7, "job <*> ended with exit code <*> after <*> seconds",
     lambda: f"job {R.randrange(100000, 999999)} ended with exit code {pick([0, 0, 1, 137, 143])} after {R.randrange(3, 86400)} seconds"),
    ("E7", 5, "power supply <*> in rack <*> changed state from <*> to <*>",
     lambda: f"power supply PS{R.randrange(1, 7)} in rack {pick(RACKS)} changed state from {pick(['OK', 'DEGRADED', 'FAILED'])} to {pick(['OK', 'DEGRADED', 'FAILED'])}"),
    ("E8", 5, "node <*> heartbeat lost, last seen <*> seconds ago",
     lambda: f"node {pick(NODES)} heartbeat lost, last seen {R.randrange(30, 900)} seconds ago"),
    ("E9", 4, "boot of <*> completed in <*> s, firmware <*>",
     lambda: f"boot of {pick(NODES)} completed in {R.randrange(40, 400)} s, firmware {pick(['2.14.1', '2.15.0', '3.0.2'])}"),
    ("E10", 3, "fan tray <*> speeds ( <*> ) rpm",
     lambda: f"fan tray {pick(RACKS)}-FT{R.randrange(1, 4)} speeds ( {' '.join(str(R.randrange(3000, 9000)) for _ in range(R.randrange(3, 7)))} ) rpm"),
]

# A cloud API service's log: request ids, access lines, compute actions.
PROJECTS = [hexs(32) for _ in range(4)]
USERS = [hexs(32) for _ in range(5)]
SERVERS = [uuid() for _ in range(12)]
FLAVORS = ["m1.small", "m1.medium", "c2.large", "g1.xlarge"]
SETS["cloud_api"] = [
    ("E1", 40, "[req-<*> <*> <*>] <*> \"<*> <*> HTTP/<*>\" status: <*> len: <*> time: <*>",
     lambda: f"[req-{uuid()} {pick(USERS)} {pick(PROJECTS)}] {ip()} \"{pick(['GET', 'GET', 'POST', 'DELETE', 'PUT'])} /v2.1/{pick(PROJECTS)}/{pick(['servers/detail', 'servers/' + pick(SERVERS), 'flavors', 'os-keypairs', 'servers/' + pick(SERVERS) + '/action'])} HTTP/1.1\" status: {pick([200, 200, 202, 204, 404, 409])} len: {R.randrange(200, 20000)} time: {R.uniform(0.01, 3):.7f}"),
    ("E2", 8, "[req-<*> <*> <*>] [instance: <*>] Claim successful on node <*>",
     lambda: f"[req-{uuid()} {pick(USERS)} {pick(PROJECTS)}] [instance: {pick(SERVERS)}] Claim successful on node cmp-{R.randrange(1, 30):02d}"),
    ("E3", 8, "[instance: <*>] Took <*> seconds to <*>",
     lambda: f"[instance: {pick(SERVERS)}] Took {R.uniform(0.1, 60):.2f} seconds to {pick(['spawn the instance on the hypervisor', 'build instance', 'destroy the instance on the hypervisor', 'deallocate network for instance'])}"),
    ("E4", 6, "[instance: <*>] Instance <*> successfully.",
     lambda: f"[instance: {pick(SERVERS)}] Instance {pick(['spawned', 'destroyed', 'rebooted', 'resized'])} successfully."),
    ("E5", 5, "Flavor <*> has <*> vCPUs, <*> MB RAM and <*> GB disk",
     lambda: f"Flavor {pick(FLAVORS)} has {pick([1, 2, 4, 8])} vCPUs, {pick([2048, 4096, 8192])} MB RAM and {pick([20, 40, 80])} GB disk"),
    ("E6", 5, "Quota exceeded for project <*>: requested <*> <*>, <*> of <*> in use",
     lambda: f"Quota exceeded for project {pick(PROJECTS)}: requested {R.randrange(1, 9)} {pick(['cores', 'instances', 'ram'])}, {R.randrange(10, 90)} of {pick([20, 50, 100])} in use"),
    ("E7", 4, "Auditing usage of node <*>: <*> vCPUs free, <*> MB RAM free",
     lambda: f"Auditing usage of node cmp-{R.randrange(1, 30):02d}: {R.randrange(0, 64)} vCPUs free, {R.randrange(0, 256000)} MB RAM free"),
    ("E8", 4, "[req-<*> <*> <*>] Unable to find server <*>: <*>",
     lambda: f"[req-{uuid()} {pick(USERS)} {pick(PROJECTS)}] Unable to find server {pick(SERVERS)}: {pick(['not found', 'the server was deleted while the request was in progress', 'no such instance'])}"),
]

# A desktop operating system's unified log: processes with pid, subsystems, kernel.
APPS = ["Mail", "Safari", "Photos", "Finder", "Music", "Notes"]
SETS["desktop_os"] = [
    ("E1", 12, "<*>[<*>]: (<*>) [<*>] Connection <*> to <*>:<*> failed: <*>",
     lambda: f"{pick(['nsurlsessiond', 'Safari', 'Mail'])}[{R.randrange(100, 9999)}]: (CFNetwork) [com.vendor.net:{pick(['connection', 'tcp'])}] Connection {R.randrange(1, 400)} to {pick(['api.example.net', 'mail.example.org', 'cdn.example.com'])}:{pick([443, 993])} failed: {pick(['timed out', 'network is down', 'connection reset by peer', 'TLS handshake error -9806'])}"),
    ("E2", 10, "kernel[0]: <*>: link state changed to <*>",
     lambda: f"kernel[0]: {pick(['en0', 'en1', 'awdl0', 'utun2'])}: link state changed to {pick(['UP', 'DOWN'])}"),
    ("E3", 9, "<*>[<*>]: App <*> became <*>",
     lambda: f"WindowServer[{R.randrange(100, 400)}]: App {pick(APPS)} became {pick(['frontmost', 'hidden', 'unresponsive'])}"),
    ("E4", 7, "kernel[0]: Sandbox: <*>(<*>) deny(1) <*> <*>",
     lambda: f"kernel[0]: Sandbox: {pick(APPS)}({R.randrange(100, 9999)}) deny(1) {pick(['file-read-data', 'network-outbound', 'mach-lookup'])} {pick(['/private/var/db/x.plist', '/Users/ann/Library/Mail/V10', 'com.vendor.metadata.server'])}"),
    ("E5", 7, "<*>[<*>]: Backup of <*> finished: <*> items, <*> MB",
     lambda: f"backupd[{R.randrange(100, 9999)}]: Backup of {pick(['Macintosh HD', 'Data', 'Projects Disk'])} finished: {R.randrange(10, 90000)} items, {R.uniform(1, 9000):.1f} MB"),
    ("E6", 6, "powerd[<*>]: Sleep requested by <*>, battery <*>%",
     lambda: f"powerd[{R.randrange(50, 200)}]: Sleep requested by {pick(['lid close', 'idle timer', 'user'])}, battery {R.randrange(1, 100)}%"),
    ("E7", 5, "kernel[0]: ARPT: <*>: wl0: <*>",
     lambda: f"kernel[0]: ARPT: {R.uniform(1000, 99999):.6f}: wl0: {pick(['MDNS: IPV4 Addr offloaded', 'leaving power save mode', 'roamed to a new access point'])}"),
    ("E8", 4, "<*>[<*>]: Crash report written to <*>",
     lambda: f"ReportCrash[{R.randrange(100, 9999)}]: Crash report written to /Library/Logs/DiagnosticReports/{pick(APPS)}_{R.randrange(2025, 2027)}-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}.ips"),
]

# A phone fitness app's log: step counter, heart rate, sync, sensors.
SETS["fitness_app"] = [
    ("E1", 16, "StepCounter|onSensorChanged steps=<*> delta=<*> ts=<*>",
     lambda: f"StepCounter|onSensorChanged steps={R.randrange(0, 30000)} delta={R.randrange(0, 40)} ts={R.randrange(1764900000000, 1765000000000)}"),
    ("E2", 10, "HeartRate|sample bpm=<*> confidence=<*>",
     lambda: f"HeartRate|sample bpm={R.randrange(45, 190)} confidence={pick(['HIGH', 'MEDIUM', 'LOW'])}"),
    ("E3", 7, "SyncService|upload finished records=<*> bytes=<*> in <*>ms",
     lambda: f"SyncService|upload finished records={R.randrange(1, 900)} bytes={R.randrange(100, 900000)} in {R.randrange(30, 9000)}ms"),
    ("E4", 6, "SyncService|upload failed: <*>, retry in <*>s",
     lambda: f"SyncService|upload failed: {pick(['HTTP 503', 'no network', 'token expired', 'socket timeout after 30000 ms'])}, retry in {pick([30, 60, 120, 300])}s"),
    ("E5", 6, "Goal|daily goal <*> reached at <*> steps",
     lambda: f"Goal|daily goal {pick([6000, 8000, 10000, 12000])} reached at {R.randrange(6000, 15000)} steps"),
    ("E6", 5, "Workout|session <*> started type=<*>",
     lambda: f"Workout|session {R.randrange(1000, 9999)} started type={pick(['RUN', 'WALK', 'CYCLE', 'SWIM'])}"),
    ("E7", 5, "Workout|session <*> ended distance=<*>km calories=<*>",
     lambda: f"Workout|session {R.randrange(1000, 9999)} ended distance={R.uniform(0.2, 42):.2f}km calories={R.randrange(10, 2500)}"),
    ("E8", 4, "Sensor|register <*> rate=<*>us result=<*>",
     lambda: f"Sensor|register {pick(['TYPE_STEP_COUNTER', 'TYPE_HEART_RATE', 'TYPE_ACCELEROMETER'])} rate={pick([20000, 66667, 200000])}us result={pick(['true', 'false'])}"),
    ("E9", 3, "screen state <*>, pausing live tile updates",
     lambda: f"screen state {pick(['OFF', 'DOZE'])}, pausing live tile updates"),
]

# Windows component servicing (CBS / CSI) log messages (after "date, Info CBS").
DOWNLOAD = "C:\\Windows\\SoftwareDistribution\\Download\\"
WINSXS = "C:\\Windows\\WinSxS\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0."
PACKAGES = [f"Package_for_KB{R.randrange(5000000, 5099999)}~31bf3856ad364e35~amd64~~{R.randrange(19041, 22631)}.{R.randrange(1000, 6000)}.1.{R.randrange(1, 20)}" for _ in range(6)]
SETS["windows_cbs"] = [
    ("E1", 12, "Exec: Processing package <*>, state <*> -> <*>",
     lambda: f"Exec: Processing package {pick(PACKAGES)}, state {pick(['Staged', 'Installed', 'Resolved'])} -> {pick(['Installed', 'Staged', 'Absent'])}"),
    ("E2", 10, "Read out cached package applicability for package: <*>, ApplicableState: <*>, CurrentState:<*>",
     lambda: f"Read out cached package applicability for package: {pick(PACKAGES)}, ApplicableState: {pick([80, 112])}, CurrentState:{pick([0, 80, 112])}"),
    ("E3", 8, "Session: <*> initialized by client <*>, external staging directory: <*>",
     lambda: f"Session: {R.randrange(30000000, 39999999)}_{R.randrange(10**9, 4 * 10**9)} initialized by client {pick(['WindowsUpdateAgent', 'DISM Package Manager Provider', 'UpdateAgentLCU'])}, external staging directory: {pick(['(null)', DOWNLOAD + hexs(32)])}"),
    ("E4", 6, "CSI <*> Performing <*> operations as follows:",
     lambda: f"CSI {hexs(8)} Performing {R.randrange(1, 400)} operations as follows:"),
    ("E5", 6, "Failed to get next element [HRESULT = <*> - <*>]",
     lambda: f"Failed to get next element [HRESULT = 0x{pick(['800f080d', '80070002', '800f0922'])} - {pick(['CBS_E_MANIFEST_INVALID_ITEM', 'ERROR_FILE_NOT_FOUND', 'CBS_E_INSTALLERS_FAILED'])}]"),
    ("E6", 5, "Loaded Servicing Stack v<*> with Core: <*>",
     lambda: f"Loaded Servicing Stack v10.0.{R.randrange(19041, 22631)}.{R.randrange(1000, 6000)} with Core: {WINSXS}{R.randrange(19041, 22631)}.{R.randrange(1000, 6000)}_none_{hexs(16)}{chr(92)}cbscore.dll"),
    ("E7", 4, "Reboot mark set: <*>, reason: <*>",
     lambda: f"Reboot mark set: {pick(['Exclusive', 'Shared'])}, reason: {pick(['pending file renames', 'driver update', 'servicing stack update required'])}"),
    ("E8", 4, "SQM: Cleaning up report files older than <*> days.",
     lambda: f"SQM: Cleaning up report files older than {pick([10, 14, 30])} days."),
]

# A message broker's server log (after "[timestamp] LEVEL").
TOPICS = ["orders", "payments.v2", "clickstream", "audit-log", "inventory"]
SETS["broker"] = [
    ("E1", 12, "[Partition <*>-<*> broker=<*>] Log loaded for partition <*>-<*> with log end offset <*> in <*> ms",
     lambda: (lambda t, p: f"[Partition {t}-{p} broker={R.randrange(0, 6)}] Log loaded for partition {t}-{p} with log end offset {R.randrange(0, 9 * 10**8)} in {R.randrange(1, 900)} ms")(pick(TOPICS), R.randrange(0, 12))),
    ("E2", 10, "[ReplicaFetcher replicaId=<*>, leaderId=<*>, fetcherId=<*>] Error sending fetch request to node <*>: <*>",
     lambda: f"[ReplicaFetcher replicaId={R.randrange(0, 6)}, leaderId={R.randrange(0, 6)}, fetcherId={R.randrange(0, 3)}] Error sending fetch request to node {R.randrange(0, 6)}: {pick(['java.io.IOException: Connection to 3 was disconnected before the response was read', 'org.apache.kafka.common.errors.DisconnectException', 'timed out'])}"),
    ("E3", 8, "[GroupCoordinator <*>]: Preparing to rebalance group <*> in state <*> with old generation <*> (reason: <*>)",
     lambda: f"[GroupCoordinator {R.randrange(0, 6)}]: Preparing to rebalance group {pick(['billing-consumers', 'etl', 'search-indexer'])} in state PreparingRebalance with old generation {R.randrange(1, 400)} (reason: {pick(['Adding new member consumer-1-' + uuid(), 'Leader consumer-2 re-joined', 'removing member on heartbeat expiration'])})"),
    ("E4", 7, "[Log partition=<*>-<*>, dir=<*>] Rolled new log segment at offset <*> in <*> ms.",
     lambda: f"[Log partition={pick(TOPICS)}-{R.randrange(0, 12)}, dir=/var/lib/broker/data-{R.randrange(1, 4)}] Rolled new log segment at offset {R.randrange(0, 9 * 10**8)} in {R.randrange(0, 50)} ms."),
    ("E5", 6, "[Controller id=<*>] Partition <*>-<*> leader changed from <*> to <*>",
     lambda: f"[Controller id={R.randrange(0, 6)}] Partition {pick(TOPICS)}-{R.randrange(0, 12)} leader changed from {R.randrange(0, 6)} to {R.randrange(0, 6)}"),
    ("E6", 5, "Deleted log segment <*> of size <*> bytes for <*>",
     lambda: f"Deleted log segment /var/lib/broker/data-{R.randrange(1, 4)}/{pick(TOPICS)}-{R.randrange(0, 12)}/{R.randrange(0, 10**9):020d}.log of size {R.randrange(10**6, 10**9)} bytes for {pick(['retention time exceeded', 'retention size breach', 'log start offset moved'])}"),
    ("E7", 4, "[SocketServer listenerType=<*>, nodeId=<*>] Failed authentication with <*> (<*>)",
     lambda: f"[SocketServer listenerType=ZK_BROKER, nodeId={R.randrange(0, 6)}] Failed authentication with /{ip()} ({pick(['SSL handshake failed', 'Unexpected Kafka request of type METADATA during SASL handshake'])})"),
]

# A mail transfer agent's log (after "host postfix/<daemon>[pid]: ").
QUEUE_IDS = [hexs(10).upper() for _ in range(40)]
DOMAINS = ["example.com", "mail.example.org", "lists.example.net", "example.de"]
SETS["mail_mta"] = [
    ("E1", 12, "<*>: from=<<*>>, size=<*>, nrcpt=<*> (queue active)",
     lambda: f"{pick(QUEUE_IDS)}: from=<{pick(['alice', 'billing', 'noreply', 'bob.k'])}@{pick(DOMAINS)}>, size={R.randrange(500, 900000)}, nrcpt={R.randrange(1, 5)} (queue active)"),
    ("E2", 14, "<*>: to=<<*>>, relay=<*>, delay=<*>, delays=<*>, dsn=<*>, status=<*> (<*>)",
     lambda: f"{pick(QUEUE_IDS)}: to=<{pick(['carol', 'dave', 'ops', 'team-x'])}@{pick(DOMAINS)}>, relay={pick(['mx1.example.com[192.0.2.10]:25', 'mx.example.de[198.51.100.7]:25', 'none'])}, delay={R.uniform(0.1, 9000):.1f}, delays={R.uniform(0, 5):.2f}/{R.uniform(0, 1):.2f}/{R.uniform(0, 5):.1f}/{R.uniform(0, 2):.1f}, dsn={pick(['2.0.0', '4.4.1', '5.1.1'])}, status={pick(['sent', 'deferred', 'bounced'])} ({pick(['250 2.0.0 OK queued as 4Xyz', 'connect to mx.example.de[198.51.100.7]:25: Connection timed out', 'host mx1.example.com said: 550 5.1.1 user unknown (in reply to RCPT TO command)'])})"),
    ("E3", 8, "connect from <*>[<*>]",
     lambda: f"connect from {pick(['unknown', 'mail-oi1.example.net', 'relay.example.org'])}[{ip()}]"),
    ("E4", 8, "disconnect from <*>[<*>] ehlo=<*> mail=<*> rcpt=<*> data=<*> quit=<*> commands=<*>",
     lambda: f"disconnect from {pick(['unknown', 'mail-oi1.example.net', 'relay.example.org'])}[{ip()}] ehlo=1 mail=1 rcpt={R.randrange(0, 3)}/1 data={R.randrange(0, 2)} quit=1 commands={R.randrange(3, 6)}/{R.randrange(5, 7)}"),
    ("E5", 6, "NOQUEUE: reject: RCPT from <*>[<*>]: <*>; from=<<*>> to=<<*>> proto=<*> helo=<<*>>",
     lambda: f"NOQUEUE: reject: RCPT from unknown[{ip()}]: {pick(['554 5.7.1 Service unavailable; Client host blocked using a block list', '450 4.7.1 Client host rejected: cannot find your hostname', '550 5.1.1 Recipient address rejected: User unknown in local recipient table'])}; from=<{pick(['spam', 'x', 'promo'])}@{pick(DOMAINS)}> to=<{pick(['carol', 'ops'])}@{pick(DOMAINS)}> proto={pick(['ESMTP', 'SMTP'])} helo=<{pick(['localhost', 'win-pc', 'mx.example.net'])}>"),
    ("E6", 5, "<*>: removed", lambda: f"{pick(QUEUE_IDS)}: removed"),
    ("E7", 4, "warning: hostname <*> does not resolve to address <*>",
     lambda: f"warning: hostname {pick(['mail-oi1.example.net', 'host-7.example.org', 'relay.example.org'])} does not resolve to address {ip()}"),
    ("E8", 3, "statistics: max connection rate <*>/60s for (smtp:<*>) at <*>",
     lambda: f"statistics: max connection rate {R.randrange(1, 40)}/60s for (smtp:{ip()}) at Dec  {R.randrange(1, 10)} {R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}"),
]

SIZES = {"hpc_ras": 340, "cloud_api": 360, "desktop_os": 300, "fitness_app": 320, "windows_cbs": 280, "broker": 280,
         "mail_mta": 320}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
