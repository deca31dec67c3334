#!/usr/bin/env python3
"""Writes the seventh batch of labelled held-out logs of this folder (see README.md), written blind to
the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit a3b0fcb. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes) stays literal. Fixed seed.

    python3 make_heldout_7.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(7777)


def ip():
    return heldout_common.ip([10, 172, 192, 198, 203])


def lan():
    return f"10.{pick([0, 1, 20])}.{R.randrange(0, 8)}.{R.randrange(2, 250)}"


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def iso(zone="Z"):
    return f"2026-12-{R.randrange(1, 8):02d}T{clock()}{zone}"


def b62(n):
    return "".join(pick("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-") for _ in range(n))


SETS = {}

# A print server (CUPS-like scheduler error log): jobs, filters and backends, printer states, IPP clients.
PRINTERS = ["HP_LaserJet_M507_2OG", "Office_Color", "Brother_HL-L6400DW", "Canon_iR-ADV_C5535", "Label_Zebra_ZD421",
            "Plotter-A0"]
USERS = ["alice", "bob", "c.meyer", "jdoe", "anonymous", "svc-erp", "m.rossi", "root"]
FILTERS = ["/usr/lib/cups/filter/pdftopdf", "/usr/lib/cups/filter/gstoraster", "/usr/lib/cups/filter/rastertopclx",
           "/usr/lib/cups/filter/foomatic-rip", "/usr/lib/cups/filter/rastertolabel", "/usr/lib/cups/filter/gstopxl"]
BACKENDS = ["/usr/lib/cups/backend/ipp", "/usr/lib/cups/backend/socket", "/usr/lib/cups/backend/usb",
            "/usr/lib/cups/backend/lpd", "/usr/lib/cups/backend/dnssd"]
MIME = ["application/pdf", "application/pdf", "application/postscript", "image/jpeg", "text/plain",
        "application/vnd.cups-raw", "image/urf"]


def job():
    return str(R.randrange(18200, 18600))


def cups_pid():
    return str(R.randrange(20000, 60000))


def cups_ipp_ok():
    op, res = pick([("Print-Job", "printers"), ("Create-Job", "printers"), ("Send-Document", "printers"),
                    ("Get-Jobs", "printers"), ("Get-Printer-Attributes", "printers"), ("Cancel-Job", "jobs"),
                    ("CUPS-Get-Printers", ""), ("Validate-Job", "printers")])
    uri = "/" if not res else f"ipp://localhost/{res}/{pick(PRINTERS) if res == 'printers' else job()}"
    status = pick(["successful-ok"] * 8 + ["successful-ok-ignored-or-substituted-attributes", "client-error-not-found",
                                           "client-error-not-authorized", "server-error-not-accepting-jobs"])
    return f"[Client {R.randrange(1, 900)}] Returning IPP {status} for {op} ({uri}) from {pick(['localhost', lan(), lan(), 'printgw.corp.example.net'])}."


def cups_http_err():
    status, op, uri = pick([("Unauthorized", "POST", "/admin/"), ("Forbidden", "POST", "/admin/"),
                            ("Not Found", "GET", "/printers/Plotter-B1.ppd"), ("Forbidden", "POST", "/jobs/"),
                            ("Unauthorized", "POST", "/admin/"), ("Bad Request", "GET", "/"), ("Upgrade Required", "POST", "/admin/"),
                            ("Not Found", "GET", "/favicon.ico")])
    return f"[Client {R.randrange(1, 900)}] Returning HTTP {status} for {op} ({uri}) from {pick([lan(), lan(), ip(), 'localhost'])}."


SETS["print_server"] = [
    ("E1", 16, "[Client <*>] Returning IPP <*> for <*> (<*>) from <*>.", cups_ipp_ok),
    ("E2", 4, "[Client <*>] Returning HTTP <*> for <*> (<*>) from <*>.", cups_http_err),
    ("E3", 10, "[Job <*>] Queued on \"<*>\" by \"<*>\".",
     lambda: f"[Job {job()}] Queued on \"{pick(PRINTERS)}\" by \"{pick(USERS)}\"."),
    ("E4", 8, "[Job <*>] File of type <*> queued by \"<*>\".",
     lambda: f"[Job {job()}] File of type {pick(MIME)} queued by \"{pick(USERS)}\"."),
    ("E5", 12, "[Job <*>] Started filter <*> (PID <*>)",
     lambda: f"[Job {job()}] Started filter {pick(FILTERS)} (PID {cups_pid()})"),
    ("E6", 7, "[Job <*>] Started backend <*> (PID <*>)",
     lambda: f"[Job {job()}] Started backend {pick(BACKENDS)} (PID {cups_pid()})"),
    ("E7", 14, "[Job <*>] PID <*> (<*>) exited with no errors.",
     lambda: f"[Job {job()}] PID {cups_pid()} ({pick(FILTERS + BACKENDS)}) exited with no errors."),
    ("E8", 3, "[Job <*>] PID <*> (<*>) stopped with status <*>.",
     lambda: f"[Job {job()}] PID {cups_pid()} ({pick(FILTERS + BACKENDS)}) stopped with status {pick([1, 1, 2, 4, 5])}."),
    ("E9", 3, "[Job <*>] Backend returned status <*> (<*>)",
     lambda: (lambda s: f"[Job {job()}] Backend returned status {s[0]} ({s[1]})")(
         pick([(1, "failed"), (4, "stop printer"), (3, "hold job"), (6, "retry job"), (7, "retry current job")]))),
    ("E10", 6, "[Job <*>] Connecting to printer.", lambda: f"[Job {job()}] Connecting to printer."),
    ("E11", 5, "[Job <*>] Connected to printer.", lambda: f"[Job {job()}] Connected to printer."),
    ("E12", 7, "[Job <*>] STATE: <*>",
     lambda: f"[Job {job()}] STATE: {pick(['+connecting-to-device', '-connecting-to-device', '+media-empty-error', '-media-empty-error', '+toner-low-warning', '+cups-waiting-for-job-completed', '-cups-waiting-for-job-completed', '+media-jam-error', '+offline-report'])}"),
    ("E13", 8, "[Job <*>] Job completed.", lambda: f"[Job {job()}] Job completed."),
    ("E14", 2, "[Job <*>] Job stopped due to backend errors; please consult the error_log file for details.",
     lambda: f"[Job {job()}] Job stopped due to backend errors; please consult the error_log file for details."),
    ("E15", 3, "[Job <*>] Canceled by \"<*>\".", lambda: f"[Job {job()}] Canceled by \"{pick(USERS)}\"."),
    ("E16", 2, "[Client <*>] pam_authenticate() returned <*> (<*>)",
     lambda: (lambda p: f"[Client {R.randrange(1, 900)}] pam_authenticate() returned {p[0]} ({p[1]})")(
         pick([(7, "Authentication failure"), (7, "Authentication failure"), (10, "User not known to the underlying authentication module")]))),
    ("E17", 1, "Unable to open listen socket for address <*> - <*>.",
     lambda: f"Unable to open listen socket for address {pick(['[v1.::1]:631', '10.0.4.20:631', '*:631'])} - {pick(['Cannot assign requested address', 'Address already in use'])}."),
]

# A search engine node (Elasticsearch/OpenSearch-like): cluster health, GC, indices, shards, disk
# watermarks, slow queries, snapshots, lifecycle policies, bulk rejections.
IDX_DAYS = [f"2026.12.{d:02d}" for d in range(1, 8)]
INDICES = ["logs-app", "logs-nginx", "metrics-system", "traces-apm", "audit"]
NODES = ["es-hot-01", "es-hot-02", "es-hot-03", "es-warm-01", "es-warm-02"]


def index():
    return f"{pick(INDICES)}-{pick(IDX_DAYS)}"


def size(units=("kb", "mb", "gb")):
    return f"{R.randrange(1, 9999) / 10:.1f}{pick(units)}"


def es_node():
    return f"[{b62(22)}][{pick(NODES)}][/var/lib/elasticsearch/nodes/0]"


def es_gc_young():
    young = R.randrange(100, 999)
    old = R.randrange(20, 140) / 10
    grown = old + R.randrange(0, 90) / 100
    heap = pick([16, 31, 31])
    return (f"[gc][young][{R.randrange(100000, 999999)}][{R.randrange(1000, 60000)}] duration [{R.randrange(700, 4000) / 1000:.1f}s], "
            f"collections [1]/[{R.randrange(10, 60) / 10:.1f}s], total [{R.randrange(700, 4000) / 1000:.1f}s]/[{R.randrange(10, 900) / 10:.1f}m], "
            f"memory [{old + young / 1024:.1f}gb]->[{grown:.1f}gb]/[{heap}gb], all_pools "
            f"{{[young] [{young}mb]->[0b]/[0b]}}{{[old] [{old:.1f}gb]->[{grown:.1f}gb]/[{heap}gb]}}")


def es_slowlog():
    took = R.randrange(1000, 40000)
    query = pick(['{"query":{"bool":{"filter":[{"range":{"@timestamp":{"gte":"now-24h"}}}]}},"size":500}',
                  '{"size":0,"aggregations":{"by_host":{"terms":{"field":"host.name","size":10000}}}}',
                  '{"query":{"query_string":{"query":"*error* AND service:checkout"}},"sort":[{"@timestamp":"desc"}]}',
                  '{"query":{"wildcard":{"url.path":{"value":"*login*"}}}}'])
    return (f"[{index()}][{R.randrange(0, 3)}] took[{took / 1000:.1f}s], took_millis[{took}], total_hits[{pick([str(R.randrange(0, 9999)) + ' hits', '10000+ hits'])}], "
            f"types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[{pick([3, 6, 15, 45])}], source[{query}], id[{pick(['', 'kibana', 'grafana-dashboards'])}],")


def es_health():
    a, b = pick([("GREEN", "YELLOW"), ("YELLOW", "GREEN"), ("YELLOW", "RED"), ("RED", "YELLOW")])
    reason = pick([f"shards started [[{index()}][{R.randrange(0, 3)}]]", f"shards failed [[{index()}][{R.randrange(0, 3)}]]",
                   "index-created", f"{{{pick(NODES)}}}{{{b62(22)}}} reason: disconnected", "reroute after starting shards"])
    return f"Cluster health status changed from [{a}] to [{b}] (reason: [{reason}])."


def es_ilm():
    steps = [('{"phase":"hot","action":"rollover","name":"check-rollover-ready"}', '{"phase":"hot","action":"rollover","name":"attempt-rollover"}'),
             ('{"phase":"hot","action":"complete","name":"complete"}', '{"phase":"warm","action":"allocate","name":"allocate"}'),
             ('{"phase":"warm","action":"forcemerge","name":"forcemerge"}', '{"phase":"warm","action":"forcemerge","name":"segment-count"}'),
             ('{"phase":"warm","action":"complete","name":"complete"}', '{"phase":"delete","action":"delete","name":"wait-for-shard-history-leases"}')]
    a, b = pick(steps)
    return f"moving index [{index()}] from [{a}] to [{b}] in policy [{pick(['logs', 'metrics', '90-days-default', 'audit-1y'])}]"


SETS["search_node"] = [
    ("E1", 6, "Cluster health status changed from [<*>] to [<*>] (reason: [<*>]).", es_health),
    ("E2", 12, "[gc][<*>] overhead, spent [<*>] collecting in the last [<*>]",
     lambda: f"[gc][{R.randrange(100000, 999999)}] overhead, spent [{R.randrange(250, 3000)}ms] collecting in the last [{R.randrange(1000, 3500) / 1000:.1f}s]"),
    ("E3", 6, "[gc][young][<*>][<*>] duration [<*>], collections [<*>]/[<*>], total [<*>]/[<*>], memory [<*>]->[<*>]/[<*>], all_pools {[young] [<*>]->[<*>]/[<*>]}{[old] [<*>]->[<*>]/[<*>]}",
     es_gc_young),
    ("E4", 8, "[<*>] creating index, cause [<*>], templates [<*>], shards [<*>]/[<*>]",
     lambda: f"[{index()}] creating index, cause [{pick(['auto(bulk api)', 'auto(bulk api)', 'rollover_index', 'api', 'restore_snapshot'])}], templates [{pick(['logs-template', 'metrics-template', 'logs-template, ilm-defaults', ''])}], shards [{pick([1, 3, 6])}]/[{pick([0, 1, 1])}]"),
    ("E5", 12, "[<*>/<*>] update_mapping [<*>]",
     lambda: f"[{index()}/{b62(22)}] update_mapping [_doc]"),
    ("E6", 5, "low disk watermark [<*>] exceeded on <*> free: <*>[<*>], replicas will not be assigned to this node",
     lambda: f"low disk watermark [85%] exceeded on {es_node()} free: {size(('gb',))}[{R.randrange(100, 150) / 10:.1f}%], replicas will not be assigned to this node"),
    ("E7", 3, "high disk watermark [<*>] exceeded on <*> free: <*>[<*>], shards will be relocated away from this node; currently relocating away shards totalling [<*>]; currently relocating away shards totalling [<*>]",
     lambda: (lambda t: f"high disk watermark [90%] exceeded on {es_node()} free: {size(('gb',))}[{R.randrange(40, 100) / 10:.1f}%], shards will be relocated away from this node; currently relocating away shards totalling [{t}]; currently relocating away shards totalling [{t}]")(pick(['0b', size()]))),
    ("E8", 14, "[<*>][<*>] took[<*>], took_millis[<*>], total_hits[<*>], types[], stats[], search_type[<*>], total_shards[<*>], source[<*>], id[<*>],",
     es_slowlog),
    ("E9", 4, "snapshot [<*>] started",
     lambda: f"snapshot [{pick(['s3-backups', 'nightly-fs'])}:snap-{pick(IDX_DAYS)}-{b62(22).lower()}/{b62(22)}] started"),
    ("E10", 4, "snapshot [<*>] completed with state [<*>]",
     lambda: f"snapshot [{pick(['s3-backups', 'nightly-fs'])}:snap-{pick(IDX_DAYS)}-{b62(22).lower()}/{b62(22)}] completed with state [{pick(['SUCCESS', 'SUCCESS', 'SUCCESS', 'PARTIAL', 'FAILED'])}]"),
    ("E11", 7, "moving index [<*>] from [<*>] to [<*>] in policy [<*>]", es_ilm),
    ("E12", 3, "[<*>/<*>] deleting index",
     lambda: f"[{pick(INDICES)}-2026.11.{R.randrange(1, 31):02d}/{b62(22)}] deleting index"),
    ("E13", 5, "failed to execute bulk item (<*>) <*>",
     lambda: f"failed to execute bulk item ({pick(['index', 'index', 'create', 'update'])}) index {{[{index()}][_doc][{b62(20)}], source[n/a, actual length: [{R.randrange(2, 90)}.{R.randrange(0, 10)}kb], max length: 2kb]}}"),
    ("E14", 4, "rejected execution of coordinating operation [coordinating_and_primary_bytes=<*>, replica_bytes=<*>, all_bytes=<*>, coordinating_operation_bytes=<*>, max_coordinating_and_primary_bytes=<*>]",
     lambda: (lambda c, r: f"rejected execution of coordinating operation [coordinating_and_primary_bytes={c}, replica_bytes={r}, all_bytes={c + r}, coordinating_operation_bytes={R.randrange(100000, 90000000)}, max_coordinating_and_primary_bytes={pick([858993459, 1717986918])}]")(
         R.randrange(400000000, 1700000000), R.randrange(0, 200000000))),
    ("E15", 3, "Authentication of [<*>] was terminated by realm [<*>] - <*>",
     lambda: (lambda u: f"Authentication of [{u}] was terminated by realm [{pick(['reserved', 'file1', 'ldap1'])}] - {pick(['failed to authenticate user [' + u + ']', 'the user account is disabled', 'password has expired'])}")(
         pick(['elastic', 'kibana_system', 'logstash_writer', 'j.smith', 'beats_system']))),
    ("E16", 2, "node-join[<*> join existing leader], term: <*>, version: <*>, delta: added {<*>}",
     lambda: (lambda n, a: f"node-join[{{{n}}}{{{b62(22)}}}{{{b62(22)}}}{{{a}}}{{{a}:9300}}{{{'w' if 'warm' in n else pick(['dhs', 'dhim'])}}} join existing leader], term: {R.randrange(3, 40)}, version: {R.randrange(1000, 90000)}, delta: added {{{n}}}")(pick(NODES), lan())),
]

# A self-hosted file sync and share server (Nextcloud/ownCloud-like), the message field of its log:
# logins, brute-force throttling, WebDAV errors, locks, uploads cut short, audit lines, background jobs.
FS_USERS = ["alice", "bob", "carla.mendes", "dieter", "e.novak", "admin", "scanner-bot", "fiona@example.com"]
FS_FILES = ["Documents/Q4 Report.xlsx", "Photos/2026/IMG_2031.jpg", "Projects/Budget 2027.ods",
            "Shared/Contracts/NDA - Acme GmbH.pdf", "Notes/todo.md", "InstantUpload/Camera/PXL_20261206_101522.mp4",
            "Music/Album/01 - Intro.flac", "Work/slides_final_v7 (1).pptx", ".sync_1a2b3c.db"]
BG_JOBS = ["OCA\\Files\\BackgroundJob\\ScanFiles", "OCA\\DAV\\BackgroundJob\\CleanupInvitationTokenJob",
           "OCA\\Files_Trashbin\\BackgroundJob\\ExpireTrash", "OC\\Preview\\BackgroundCleanupJob",
           "OCA\\Activity\\BackgroundJob\\EmailNotification", "OCA\\Files_Versions\\BackgroundJob\\ExpireVersions"]


def fs_path(user=None):
    return f"/{user or pick(FS_USERS)}/files/{pick(FS_FILES)}"


def fs_human():
    return pick([f"{R.randrange(1, 999)} KB", f"{R.randrange(1, 999)} MB", f"{R.randrange(1, 99) / 10:.1f} GB"])


SETS["file_sync"] = [
    ("E1", 8, "Login failed: <*> (Remote IP: <*>)",
     lambda: f"Login failed: {pick(FS_USERS + ['administrator', 'test', 'info@example.com'])} (Remote IP: {ip()})"),
    ("E2", 12, "Login successful: \"<*>\"", lambda: f"Login successful: \"{pick(FS_USERS)}\""),
    ("E3", 3, "Bruteforce attempt from \"<*>\" detected for action \"<*>\".",
     lambda: f"Bruteforce attempt from \"{ip()}\" detected for action \"{pick(['login', 'login', 'publicLinkAuth', 'sudo'])}\"."),
    ("E4", 16, "File accessed: \"<*>\"", lambda: f"File accessed: \"{fs_path()}\""),
    ("E5", 14, "File written to: \"<*>\"", lambda: f"File written to: \"{fs_path()}\""),
    ("E6", 4, "File renamed: \"<*>\" to \"<*>\"",
     lambda: (lambda u: f"File renamed: \"{fs_path(u)}\" to \"{fs_path(u)}\"")(pick(FS_USERS))),
    ("E7", 5, "File deleted: \"<*>\"", lambda: f"File deleted: \"{fs_path()}\""),
    ("E8", 6, "\"<*>\" is locked, existing lock on file: <*>",
     lambda: f"\"files/{hexs(32)}/{pick(FS_FILES)}\" is locked, existing lock on file: {pick(['exclusive', 'exclusive', '1 shared locks', '3 shared locks'])}"),
    ("E9", 5, "Sabre\\DAV\\Exception\\NotFound: File with name <*> could not be located",
     lambda: f"Sabre\\DAV\\Exception\\NotFound: File with name {pick(['//', '/'])}{pick(FS_FILES)} could not be located"),
    ("E10", 4, "Expected filesize of <*> bytes but read (from Nextcloud client) and wrote (to Nextcloud storage) <*> bytes. Could either be a network problem on the sending side or a problem writing to the storage on the server side.",
     lambda: (lambda n: f"Expected filesize of {n} bytes but read (from Nextcloud client) and wrote (to Nextcloud storage) {R.randrange(0, n)} bytes. Could either be a network problem on the sending side or a problem writing to the storage on the server side.")(R.randrange(100000, 4000000000))),
    ("E11", 3, "Insufficient space in <*>, <*> required, <*> available",
     lambda: f"Insufficient space in /{pick(FS_USERS)}/files/{pick(['Videos', 'InstantUpload/Camera', 'Shared'])}, {fs_human()} required, {fs_human()} available"),
    ("E12", 8, "Run <*> job with ID <*>", lambda: f"Run {pick(BG_JOBS)} job with ID {R.randrange(1, 9000)}"),
    ("E13", 7, "Finished <*> job with ID <*> in <*> seconds",
     lambda: f"Finished {pick(BG_JOBS)} job with ID {R.randrange(1, 9000)} in {pick([0, 0, 1, 2, 5, 31, 412])} seconds"),
    ("E14", 4, "Share <*> created: <*> shared with <*> \"<*>\" (permissions <*>)",
     lambda: f"Share {R.randrange(100, 20000)} created: {fs_path()} shared with {pick(['user', 'group', 'link', 'federated'])} \"{pick(FS_USERS + ['finance', 'Marketing EU', 'bob@cloud.partner.example'])}\" (permissions {pick([1, 17, 19, 31])})"),
    ("E15", 2, "Memcache <*> not available for local cache",
     lambda: "Memcache " + pick(["\\OC\\Memcache\\APCu", "\\OC\\Memcache\\Redis"]) + " not available for local cache"),
    ("E16", 3, "Trusted domain error. \"<*>\" tried to access using \"<*>\" as host.",
     lambda: f"Trusted domain error. \"{ip()}\" tried to access using \"{pick(['cloud.example.org:8443', '192.0.2.17', 'localhost', 'nextcloud'])}\" as host."),
]

# A SCADA historian collecting from PLCs over OPC UA and Modbus TCP: sessions, subscriptions, tag
# quality and range, alarms, archive writes and roll-overs, store-and-forward buffers, client queries.
PLCS = ["PLC-Line1", "PLC-Line2", "PLC-Line3", "PLC-Boiler", "RTU-Pump07", "PLC-Packaging"]
OPC = ["opc.tcp://10.20.3.11:4840", "opc.tcp://10.20.3.12:4840", "opc.tcp://plc-boiler.ot.local:4840",
       "opc.tcp://10.20.7.5:49320"]
TAGS = [("Line3.Press01.HydraulicPressure", "bar", 0, 200), ("Line1.Oven.Zone2.Temp", "degC", 0, 260),
        ("Boiler.Drum.Level", "%", 0, 100), ("Pump07.FlowRate", "m3/h", 0, 120), ("Line2.Conveyor.Speed", "m/min", 0, 45),
        ("Packaging.Filler.Weight", "g", 480, 520), ("Boiler.Steam.Pressure", "bar", 0, 16)]
QUALITIES = ["Good", "Bad_CommunicationError", "Bad_NotConnected", "Uncertain_LastUsableValue", "Bad_SensorFailure",
             "Uncertain_EUExceeded", "Good_LocalOverride"]


def tag_value(t):
    _, _, lo, hi = t
    return f"{R.uniform(lo - (hi - lo) * 0.2, hi * 1.2):.{pick([1, 2])}f}"


def hist_alarm():
    t = pick(TAGS)
    state = pick(["ACTIVE", "ACTIVE", "CLEARED", "ACKNOWLEDGED"])
    return (f"Alarm {state}: {t[0].replace('.', '/')} {pick(['HI', 'HIHI', 'LO', 'LOLO', 'ROC'])} (value {tag_value(t)} {t[1]}, "
            f"limit {t[3] * pick([0.9, 0.95, 1.0]):.1f} {t[1]}, priority {pick(['Low', 'Medium', 'High', 'Urgent'])})")


def hist_modbus():
    exc = pick(["exception code 02 (Illegal Data Address)", "exception code 0B (Gateway Target Device Failed to Respond)",
                "timeout after 1000 ms", "connection reset by peer", "exception code 04 (Slave Device Failure)"])
    return (f"Modbus TCP read failed: unit {R.randrange(1, 12)} at 10.20.5.{R.randrange(30, 60)}:502 function {pick(['03', '03', '04', '01'])} "
            f"address {pick([40001, 40101, 30001, 40321, 1])} count {pick([2, 10, 20, 64])}: {exc}")


def hist_query():
    day = R.randrange(1, 7)
    return (f"Query from {lan()} (user \"{pick(['eng_jdoe', 'svc-mes', 'grafana', 'op.shift2', 'qa_lab'])}\"): {R.randrange(1, 400)} tags, "
            f"2026-12-{day:02d}T{clock()}Z..2026-12-{day + 1:02d}T{clock()}Z, {pick(['raw', 'interpolated 60 s', 'interpolated 1 s', 'average 15 min', 'min/max 1 h'])}, "
            f"{R.randrange(3, 9000)} ms")


SETS["scada_historian"] = [
    ("E1", 4, "Collector '<*>' connected to <*> (security policy <*>, mode <*>)",
     lambda: f"Collector '{pick(PLCS)}' connected to {pick(OPC)} (security policy {pick(['Basic256Sha256', 'None', 'Aes128_Sha256_RsaOaep'])}, mode {pick(['SignAndEncrypt', 'Sign', 'None'])})"),
    ("E2", 5, "OPC UA session to <*> lost: <*> (<*>); reconnecting in <*> s",
     lambda: (lambda e: f"OPC UA session to {pick(OPC)} lost: {e[0]} ({e[1]}); reconnecting in {pick([5, 10, 30])} s")(
         pick([("BadConnectionClosed", "0x80AE0000"), ("BadTimeout", "0x800A0000"), ("BadSecureChannelClosed", "0x80860000"),
               ("BadSessionIdInvalid", "0x80250000")]))),
    ("E3", 4, "Subscription <*> on '<*>': <*> monitored items, publishing interval <*> ms",
     lambda: f"Subscription {R.randrange(1, 40)} on '{pick(PLCS)}': {R.randrange(20, 2400)} monitored items, publishing interval {pick([250, 500, 1000, 1000, 5000])} ms"),
    ("E4", 14, "Tag '<*>' quality changed from <*> to <*>",
     lambda: (lambda a, b: f"Tag '{pick(TAGS)[0]}' quality changed from {a} to {b}")(*R.sample(QUALITIES, 2))),
    ("E5", 8, "Tag '<*>' value <*> <*> out of range [<*>, <*>] (quality <*>)",
     lambda: (lambda t: f"Tag '{t[0]}' value {tag_value(t)} {t[1]} out of range [{t[2]}, {t[3]}] (quality {pick(['Uncertain_EUExceeded', 'Good'])})")(pick(TAGS))),
    ("E6", 18, "Archive written: <*> values for <*> tags in <*> ms (queue <*>)",
     lambda: f"Archive written: {R.randrange(200, 60000)} values for {R.randrange(20, 2400)} tags in {R.randrange(4, 900)} ms (queue {pick([0, 0, 0, 0, R.randrange(1, 90000)])})"),
    ("E7", 3, "Archive file <*> rolled over (<*> MB, <*> values)",
     lambda: f"Archive file /data/historian/arc/2026-12-{R.randrange(1, 8):02d}_{R.randrange(0, 24):02d}00.arc rolled over ({pick([256, 512, 512, 1024])} MB, {R.randrange(10000000, 90000000)} values)"),
    ("E8", 5, "Store-and-forward buffer for '<*>' holds <*> values (<*> MB), oldest <*>",
     lambda: f"Store-and-forward buffer for '{pick(PLCS)}' holds {R.randrange(100, 900000)} values ({R.randrange(1, 3000) / 10:.1f} MB), oldest {iso()}"),
    ("E9", 7, "Modbus TCP read failed: unit <*> at <*> function <*> address <*> count <*>: <*>", hist_modbus),
    ("E10", 10, "Alarm <*>: <*> <*> (value <*> <*>, limit <*> <*>, priority <*>)", hist_alarm),
    ("E11", 2, "Clock drift of <*> s detected between '<*>' and historian; timestamps will be adjusted",
     lambda: f"Clock drift of {R.randrange(-9000, 9000) / 1000:.3f} s detected between '{pick(PLCS)}' and historian; timestamps will be adjusted"),
    ("E12", 2, "Tag '<*>' not found in address space of '<*>' (NodeId <*>)",
     lambda: (lambda t: f"Tag '{t}' not found in address space of '{pick(PLCS)}' (NodeId ns={pick([2, 3])};s={t})")(pick(['Line4.Conveyor.Speed', 'Boiler.FeedPump.Vibration', 'Line1.Oven.Zone5.Temp']))),
    ("E13", 8, "Query from <*> (user \"<*>\"): <*> tags, <*>..<*>, <*>, <*> ms", hist_query),
]

# A self-hosted Git service (Gitea/GitLab-like): router lines, SSH authentication, pushes, protected
# branches, hooks, webhooks, LFS, mirrors, housekeeping, archives.
REPOS = ["platform/api-gateway", "platform/infra-live", "web/storefront", "data/etl-jobs", "mobile/ios-app",
         "j.smith/dotfiles", "ml/vision-models", "docs/handbook"]
GIT_USERS = ["alice", "bob", "ci-bot", "j.smith", "k.tanaka", "renovate[bot]", "m.rossi"]
ROUTES = [("GET", "/{r}"), ("GET", "/{r}/src/branch/main"), ("GET", "/{r}/pulls/{n}"), ("POST", "/{r}/pulls/{n}/merge"),
          ("GET", "/api/v1/repos/{r}/commits"), ("POST", "/api/internal/hook/post-receive/{r}"), ("GET", "/user/login"),
          ("GET", "/{r}.git/info/refs?service=git-upload-pack"), ("POST", "/{r}.git/git-receive-pack"),
          ("GET", "/api/v1/repos/{r}/archive/v{n}.tar.gz")]


def commit():
    return hexs(40)


def git_router():
    method, path = pick(ROUTES)
    path = path.replace("{r}", pick(REPOS)).replace("{n}", str(R.randrange(1, 900)))
    status = pick(["200 OK"] * 8 + ["302 Found", "304 Not Modified", "401 Unauthorized", "404 Not Found", "500 Internal Server Error"])
    dur = pick([f"{R.randrange(10, 999) / 10:.1f}ms", f"{R.randrange(100, 9999) / 1000:.3f}s", f"{R.randrange(100, 999)}.{R.randrange(0, 9)}µs"])
    return f"router: completed {method} {path} for {ip()}:{R.randrange(1024, 65535)}, {status} in {dur}"


def git_push():
    old, new = hexs(7), hexs(7)
    ref = pick(["refs/heads/main", "refs/heads/main", f"refs/heads/feature/{pick(['login-rework', 'JIRA-4312', 'bump-deps'])}", f"refs/tags/v{R.randrange(1, 4)}.{R.randrange(0, 20)}.{R.randrange(0, 9)}"])
    return (f"Pushed {R.randrange(1, 40)} commits to {pick(REPOS)} {ref} ({old}..{new}) by {pick(GIT_USERS)} via {pick(['ssh', 'ssh', 'https'])}")


def git_hook_failed():
    err = pick(["exit status 1", "signal: killed", "context deadline exceeded",
                "exit status 1: GL-HOOK-ERR: commit message must reference an issue", "fork/exec hooks/pre-receive.d/lint: permission denied"])
    return f"{pick(['pre-receive', 'update', 'post-receive'])} hook for {pick(REPOS)} failed after {R.randrange(10, 30000)}ms: {err}"


def git_webhook():
    url = pick(["https://ci.example.com/git/webhook", "https://chat.example.com/hooks/T01/B02/xyz", "http://10.0.3.44:8080/generic-webhook-trigger/invoke",
                "https://deploy.example.net/api/hooks/gitea"])
    event = pick(["push", "push", "pull_request", "release", "issue_comment", "create"])
    status = pick([200, 200, 200, 201, 204, 404, 500, 502])
    return f"Delivered webhook {R.randrange(1000, 99999)} ({event}) to {url}: HTTP {status} in {R.randrange(20, 9000)}ms"


SETS["git_hosting"] = [
    ("E1", 30, "router: completed <*> <*> for <*>, <*> in <*>", git_router),
    ("E2", 10, "Pushed <*> commits to <*> <*> (<*>..<*>) by <*> via <*>", git_push),
    ("E3", 8, "ssh: accepted public key <*> for user <*> from <*>",
     lambda: f"ssh: accepted public key SHA256:{b62(43).replace('_', '+').replace('-', '/')} for user {pick(GIT_USERS)} from {ip()}:{R.randrange(1024, 65535)}"),
    ("E4", 5, "ssh: failed authentication attempt from <*>: <*>",
     lambda: f"ssh: failed authentication attempt from {ip()}:{R.randrange(1024, 65535)}: {pick(['no matching public key', 'no matching public key', 'ssh: disconnect, reason 11: Bye Bye', 'user git has no shell access'])}"),
    ("E5", 4, "Rejected push to protected branch <*> of <*> by <*>: <*>",
     lambda: f"Rejected push to protected branch {pick(['main', 'release/2026.12', 'production'])} of {pick(REPOS)} by {pick(GIT_USERS)}: {pick(['force push is not allowed', 'not allowed to push to this branch', 'required status check ci/build has not passed', 'commit ' + hexs(10) + ' is not signed'])}"),
    ("E6", 4, "<*> hook for <*> failed after <*>ms: <*>", git_hook_failed),
    ("E7", 9, "Delivered webhook <*> (<*>) to <*>: HTTP <*> in <*>ms", git_webhook),
    ("E8", 6, "LFS batch request for <*>: operation=<*> objects=<*> transfer=<*>",
     lambda: f"LFS batch request for {pick(REPOS)}: operation={pick(['download', 'download', 'upload'])} objects={R.randrange(1, 300)} transfer={pick(['basic', 'basic', 'lfs-standalone-file'])}"),
    ("E9", 5, "LFS object sha256:<*> (<*> bytes) stored for <*>",
     lambda: f"LFS object sha256:{hexs(64)} ({R.randrange(1000, 4000000000)} bytes) stored for {pick(['ml/vision-models', 'mobile/ios-app', 'web/storefront'])}"),
    ("E10", 3, "Mirror sync of <*> from <*> failed: <*>",
     lambda: (lambda m: f"Mirror sync of {m[0]} from {m[1]} failed: {pick(['exit status 128 - fatal: could not read Username for', 'exit status 128 - fatal: unable to access: Could not resolve host', 'context deadline exceeded', 'exit status 1 - error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)'])}")(
         pick([('mirrors/linux-stable', 'https://git.kernel.example.org/stable/linux.git'), ('mirrors/openssl', 'https://github.example.com/openssl/openssl.git'),
               ('vendor/protobuf', 'git@vendor.example.net:protobuf.git')]))),
    ("E11", 3, "Repository housekeeping for <*> finished in <*>: <*> objects packed, <*> loose removed, size <*> MiB",
     lambda: f"Repository housekeeping for {pick(REPOS)} finished in {R.randrange(1, 900) / 10:.1f}s: {R.randrange(100, 900000)} objects packed, {R.randrange(0, 4000)} loose removed, size {R.randrange(1, 90000) / 10:.1f} MiB"),
    ("E12", 3, "Archive <*> of <*> at <*> generated in <*> (<*> bytes)",
     lambda: f"Archive {pick(['tar.gz', 'zip', 'bundle'])} of {pick(REPOS)} at {commit()} generated in {R.randrange(1, 9000)}ms ({R.randrange(10000, 900000000)} bytes)"),
    ("E13", 4, "PR #<*> in <*> merged by <*> (<*>, <*> commits)",
     lambda: f"PR #{R.randrange(1, 900)} in {pick(REPOS)} merged by {pick(GIT_USERS)} ({pick(['merge', 'rebase', 'squash', 'rebase-merge'])}, {R.randrange(1, 30)} commits)"),
]

# A VoIP PBX (Asterisk-like) full log after the level, thread, call id and source file: dialplan
# execution, dialling, bridges, PJSIP registrations and authentication failures, qualify results, RTP.
EXTS = [str(n) for n in range(100, 140)]


def chan(ext=None):
    return f"PJSIP/{ext or pick(EXTS + ['trunk-sipgate', 'trunk-twilio'])}-{R.randrange(0, 0x3000):08x}"


def ctx():
    return pick(["from-internal", "from-internal", "from-trunk", "ivr-main", "ext-queues", "macro-dial-one"])


def pbx_exec():
    app, args = pick([("Dial", lambda: f"PJSIP/{pick(EXTS)},20,tT"), ("Dial", lambda: f"PJSIP/+49301234{R.randrange(1000, 9999)}@trunk-sipgate,60,T"),
                      ("Answer", lambda: ""), ("Playback", lambda: pick(["custom/welcome", "vm-goodbye", "ss-noservice"])),
                      ("Set", lambda: f"CALLERID(name)={pick(['Reception', 'Support Hotline', 'Müller, Anna'])}"),
                      ("Queue", lambda: f"support,tT,,,{pick([120, 300])}"), ("MixMonitor", lambda: f"{R.randrange(1700000000, 1799999999)}.{R.randrange(1, 99)}.wav,b"),
                      ("Hangup", lambda: ""), ("VoiceMail", lambda: f"{pick(EXTS)}@default,u"), ("GotoIf", lambda: f"$[\"${{DIALSTATUS}}\" = \"BUSY\"]?busy:unavail")])
    return f"Executing [{pick(EXTS + ['s', 'h', '+4930123456'])}@{ctx()}:{R.randrange(1, 12)}] {app}(\"{chan()}\", \"{args()}\") in new stack"


def pbx_auth_failed():
    ext = pick(EXTS + ["1001", "admin", "2000", "100"])
    host = ip()
    display = pick(["", '"' + ext + '" '])
    return (f"Request '{pick(['REGISTER', 'REGISTER', 'INVITE', 'OPTIONS'])}' from '{display}<sip:{ext}@{host}>' failed for "
            f"'{host}:{pick([5060, 5060, 5070, R.randrange(1024, 65535)])}' (callid: {pick([hexs(32), b62(22) + '@' + host, str(R.randrange(10**8, 10**9))])}) - "
            f"{pick(['No matching endpoint found', 'Failed to authenticate', 'No matching endpoint found after 5 tries in 0.006 ms'])}")


SETS["voip_pbx"] = [
    ("E1", 26, "Executing [<*>@<*>:<*>] <*>(\"<*>\", \"<*>\") in new stack", pbx_exec),
    ("E2", 8, "Called <*>", lambda: f"Called PJSIP/{pick(EXTS + [f'+49301234{R.randrange(1000, 9999)}@trunk-sipgate'])}"),
    ("E3", 8, "<*> is ringing", lambda: f"{chan()} is ringing"),
    ("E4", 7, "<*> answered <*>", lambda: f"{chan()} answered {chan()}"),
    ("E5", 7, "Channel <*> joined '<*>' <*>-bridge <<*>>",
     lambda: f"Channel {chan()} joined '{pick(['simple_bridge', 'simple_bridge', 'native_rtp', 'softmix'])}' {pick(['basic', 'basic', 'holding'])}-bridge <{uuid()}>"),
    ("E6", 7, "Channel <*> left '<*>' <*>-bridge <<*>>",
     lambda: f"Channel {chan()} left '{pick(['simple_bridge', 'simple_bridge', 'native_rtp', 'softmix'])}' {pick(['basic', 'basic', 'holding'])}-bridge <{uuid()}>"),
    ("E7", 5, "Spawn extension (<*>, <*>, <*>) exited non-zero on '<*>'",
     lambda: f"Spawn extension ({ctx()}, {pick(EXTS + ['s'])}, {R.randrange(1, 12)}) exited non-zero on '{chan()}'"),
    ("E8", 10, "Request '<*>' from '<*>' failed for '<*>' (callid: <*>) - <*>", pbx_auth_failed),
    ("E9", 5, "Contact <*>/<*> is now <*>.  RTT: <*> msec",
     lambda: (lambda e, st: f"Contact {e}/sip:{e}@{lan()}:{pick([5060, 5062, R.randrange(30000, 60000)])};ob is now {st}.  RTT: {(R.randrange(1, 90000) / 1000) if st == 'Reachable' else 0:.3f} msec")(pick(EXTS), pick(["Reachable", "Reachable", "Unreachable"]))),
    ("E10", 5, "Endpoint <*> is now <*>",
     lambda: f"Endpoint {pick(EXTS)} is now {pick(['Reachable', 'Unreachable'])}"),
    ("E11", 5, "Added contact '<*>' to AOR '<*>' with expiration of <*> seconds",
     lambda: (lambda e: f"Added contact 'sip:{e}@{lan()}:{pick([5060, R.randrange(30000, 60000)])};transport={pick(['udp', 'tcp', 'tls'])}' to AOR '{e}' with expiration of {pick([60, 300, 3600])} seconds")(pick(EXTS))),
    ("E12", 3, "Removed contact '<*>' from AOR '<*>' due to <*>",
     lambda: (lambda e: f"Removed contact 'sip:{e}@{lan()}:5060' from AOR '{e}' due to {pick(['expiration', 'request', 'shutdown'])}")(pick(EXTS))),
    ("E13", 6, "Got  RTP packet from    <*> (type <*>, seq <*>, ts <*>, len <*>)",
     lambda: f"Got  RTP packet from    {ip()}:{R.randrange(10000, 20000)} (type {pick([0, 8, 9, 101]):02d}, seq {R.randrange(0, 65536):06d}, ts {R.randrange(0, 4294967295):06d}, len {pick([160, 160, 320, 4]):06d})"),
    ("E14", 3, "Unable to create channel of type '<*>' (cause <*> - <*>)",
     lambda: (lambda c: f"Unable to create channel of type 'PJSIP' (cause {c[0]} - {c[1]})")(pick([(20, "Subscriber absent"), (34, "Circuit/channel congestion"), (3, "No route to destination")]))),
    ("E15", 3, "Everyone is busy/congested at this time (<*>:<*>/<*>/<*>)",
     lambda: (lambda n: f"Everyone is busy/congested at this time ({n}:{R.randrange(0, n + 1)}/{R.randrange(0, n + 1)}/{R.randrange(0, n + 1)})")(pick([1, 1, 2, 3]))),
    ("E16", 4, "<<*>> Playing '<*>.<*>' (language '<*>')",
     lambda: f"<{chan()}> Playing '{pick(['custom/welcome', 'vm-intro', 'queue-thankyou', 'ss-noservice'])}.{pick(['ulaw', 'ulaw', 'gsm', 'slin', 'alaw'])}' (language '{pick(['en', 'en', 'de', 'it'])}')"),
]

SIZES = {"print_server": 320, "search_node": 300, "file_sync": 340, "scada_historian": 300, "git_hosting": 320,
         "voip_pbx": 340}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
