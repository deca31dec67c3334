#!/usr/bin/env python3
"""Writes the eighth batch of labelled held-out logs of this folder (see README.md), written blind to
the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit a11ea21. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`, masks) stays literal. Fixed seed.

    python3 make_heldout_8.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(8888)


def ip():
    return heldout_common.ip([45, 89, 185, 198, 203])


def lan():
    return f"192.168.{pick([1, 1, 1, 20])}.{R.randrange(2, 250)}"


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def b64(n):
    return "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))


def mac():
    return ":".join(hexs(2) for _ in range(6))


def pid(lo=1000, hi=40000):
    return str(R.randrange(lo, hi))


SETS = {}

# A mail server's IMAP/POP3 access and LMTP delivery agent (Dovecot-like): logins, deliveries, sieve
# actions, logouts with their counters, authentication failures, quota errors, process limits.
MAIL_USERS = ["anna.schmidt@example.org", "bob@example.org", "c.dubois@mail.example.fr", "info@shop.example.com",
              "j.kowalski@example.pl", "sales@example.com", "tom@example.org", "postmaster@example.org"]
MAILBOXES = ["INBOX", "INBOX", "INBOX", "Junk", "INBOX/Newsletters", "Archive/2026", "Sent Items", "Lists.debian-user"]
MAIL_LIP = ["10.0.0.25", "10.0.0.25", "10.0.0.26"]


def msgid():
    return pick([f"{hexs(16)}@mail.example.org", f"CAF{b64(20).replace('/', '_').replace('+', '-')}@mail.gmail.example",
                 f"{R.randrange(10 ** 9, 10 ** 10)}.{R.randrange(1000, 99999)}.JavaMail.app@erp01",
                 f"{uuid()}@eu-west-1.mailer.example.net", f"20261207{clock().replace(':', '')}.{hexs(6).upper()}@lists.debian.example"])


def mail_sess():
    return b64(16)


def lmtp_prefix():
    return f"lmtp({pick(MAIL_USERS)})<{pid(2000, 60000)}><{mail_sess()}>"


def mail_login():
    svc = pick(["imap-login", "imap-login", "imap-login", "pop3-login", "submission-login"])
    rip, secured = pick([(ip(), "TLS"), (ip(), "TLS"), (ip(), "TLS"), ("127.0.0.1", "secured"), ("10.0.0.40", "secured")])
    return (f"{svc}: Login: user=<{pick(MAIL_USERS)}>, method={pick(['PLAIN', 'PLAIN', 'LOGIN', 'XOAUTH2', 'CRAM-MD5'])}, "
            f"rip={rip}, lip={pick(MAIL_LIP)}, mpid={pid(2000, 60000)}, {secured}, session=<{mail_sess()}>")


def mail_logout():
    reason = pick(["Logged out", "Logged out", "Logged out",
                   f"Connection closed (IDLE running for {R.randrange(1, 1800000) / 1000:.3f} + waiting input for {R.randrange(1, 30000) / 1000:.3f} secs, "
                   f"{R.randrange(2, 90)} B in + {R.randrange(10, 400)} B out, state=wait-input)",
                   "Inactivity - no input for 1800 secs"])
    return (f"imap({pick(MAIL_USERS)})<{pid(2000, 60000)}><{mail_sess()}>: Disconnected: {reason} in={R.randrange(20, 9000)} "
            f"out={R.randrange(300, 9000000)} deleted={pick([0, 0, 0, 1, 3])} expunged={pick([0, 0, 0, 1, 3])} trashed={pick([0, 0, 1])} "
            f"hdr_count={R.randrange(0, 200)} hdr_bytes={R.randrange(0, 90000)} body_count={R.randrange(0, 40)} body_bytes={R.randrange(0, 4000000)}")


def mail_auth_failed():
    svc = pick(["imap-login", "imap-login", "pop3-login", "submission-login"])
    return (f"{svc}: Disconnected (auth failed, {pick([1, 1, 2, 3])} attempts in {R.randrange(2, 20)} secs): "
            f"user=<{pick(MAIL_USERS + ['admin', 'test', 'root@example.org'])}>, method={pick(['PLAIN', 'LOGIN'])}, rip={ip()}, "
            f"lip={pick(MAIL_LIP)}, TLS, session=<{mail_sess()}>")


def mail_no_auth():
    svc = pick(["imap-login", "imap-login", "pop3-login"])
    reason = pick(["Connection closed", "Inactivity", "Too many invalid commands", "Aborted login by logging out"])
    return (f"{svc}: Disconnected: {reason} (no auth attempts in {R.randrange(0, 180)} secs): user=<>, rip={ip()}, "
            f"lip={pick(MAIL_LIP)}, session=<{mail_sess()}>")


SETS["mail_delivery"] = [
    ("E1", 20, "<*>: Login: user=<<*>>, method=<*>, rip=<*>, lip=<*>, mpid=<*>, <*>, session=<<*>>", mail_login),
    ("E2", 22, "lmtp(<*>)<<*>><<*>>: msgid=<<*>>: saved mail to <*>",
     lambda: f"{lmtp_prefix()}: msgid=<{msgid()}>: saved mail to {pick(MAILBOXES)}"),
    ("E3", 12, "imap(<*>)<<*>><<*>>: Disconnected: <*> in=<*> out=<*> deleted=<*> expunged=<*> trashed=<*> hdr_count=<*> hdr_bytes=<*> body_count=<*> body_bytes=<*>",
     mail_logout),
    ("E4", 8, "lmtp(<*>): Connect from local", lambda: f"lmtp({pid(2000, 60000)}): Connect from local"),
    ("E5", 7, "lmtp(<*>): Disconnect from local: <*> (state=<*>)",
     lambda: f"lmtp({pid(2000, 60000)}): Disconnect from local: {pick(['Client has quit the connection', 'Client has quit the connection', 'Connection closed'])} (state={pick(['READY', 'READY', 'MAIL FROM', 'DATA'])})"),
    ("E6", 5, "auth: passwd-file(<*>,<*>,<<*>>): unknown user",
     lambda: f"auth: passwd-file({pick(['admin', 'test', 'oracle', 'info@example.org', 'backup'])},{ip()},<{mail_sess()}>): unknown user"),
    ("E7", 5, "auth: passwd-file(<*>,<*>,<<*>>): Password mismatch",
     lambda: f"auth: passwd-file({pick(MAIL_USERS)},{ip()},<{mail_sess()}>): Password mismatch"),
    ("E8", 6, "<*>: Disconnected (auth failed, <*> attempts in <*> secs): user=<<*>>, method=<*>, rip=<*>, lip=<*>, TLS, session=<<*>>",
     mail_auth_failed),
    ("E9", 5, "lmtp(<*>)<<*>><<*>>: sieve: msgid=<<*>>: stored mail into mailbox '<*>'",
     lambda: f"{lmtp_prefix()}: sieve: msgid=<{msgid()}>: stored mail into mailbox '{pick(MAILBOXES)}'"),
    ("E10", 2, "lmtp(<*>)<<*>><<*>>: sieve: msgid=<<*>>: forwarded to <<*>>",
     lambda: f"{lmtp_prefix()}: sieve: msgid=<{msgid()}>: forwarded to <{pick(['anna.private@gmail.example', 'helpdesk@tickets.example.org', 'tom.mobile@example.net'])}>"),
    ("E11", 3, "lmtp(<*>)<<*>><<*>>: Error: msgid=<<*>>: save failed to <*>: <*>",
     lambda: f"{lmtp_prefix()}: Error: msgid=<{msgid()}>: save failed to {pick(MAILBOXES)}: {pick(['Quota exceeded (mailbox for user is full)', 'Quota exceeded (mailbox for user is full)', 'Not enough disk space'])}"),
    ("E12", 4, "<*>: Disconnected: <*> (no auth attempts in <*> secs): user=<>, rip=<*>, lip=<*>, session=<<*>>",
     mail_no_auth),
    ("E13", 1, "master: Warning: service(<*>): process_limit (<*>) reached, client connections are being dropped",
     lambda: f"master: Warning: service({pick(['imap-login', 'imap', 'pop3-login'])}): process_limit ({pick([100, 1024])}) reached, client connections are being dropped"),
    ("E14", 2, "imap(<*>)<<*>><<*>>: Warning: Maildir <*>: Expunged message reappeared, giving a new UID (old uid=<*>, file=<*>)",
     lambda: (lambda u: f"imap({u})<{pid(2000, 60000)}><{mail_sess()}>: Warning: Maildir /var/vmail/{u.split('@')[-1]}/{u.split('@')[0]}/Maildir/.{pick(['Sent', 'Drafts', 'Archive.2026'])}: Expunged message reappeared, giving a new UID (old uid={R.randrange(1, 40000)}, file={R.randrange(1700000000, 1765100000)}.M{R.randrange(100000, 999999)}P{pid()}.mx1,S={R.randrange(2000, 900000)},W={R.randrange(2000, 900000)}:2,{pick(['S', 'RS', 'FS', ''])})")(pick(MAIL_USERS))),
]

# A stream processor's job manager and task managers (Flink-like, sources without Kafka): checkpoints,
# task and job state switches, slots, resource requirements, back pressure, idle splits, restarts.
JOBS = [("orders-enrichment", hexs(32)), ("Fraud Scoring v2", hexs(32)), ("clickstream sessionizer", hexs(32)),
        ("iot-telemetry-rollup", hexs(32))]
TASKS = ["Source: pulsar-orders -> Map -> Filter", "Window(TumblingEventTimeWindows(60000), EventTimeTrigger, OrderAggregator)",
         "Sink: jdbc-orders-summary", "Source: kinesis-clicks -> Timestamps/Watermarks", "KeyedProcess -> Sink: s3-parquet",
         "Source: FileSource[s3://telemetry-raw/devices] -> Flat Map", "CoFlatMap (rules broadcast) -> Sink: alerts"]
TMS = [f"tm-{n}-{hexs(4)}" for n in range(1, 7)]
TM_HOSTS = [f"10.42.{R.randrange(0, 4)}.{R.randrange(2, 250)}" for _ in range(6)]


def flink_job():
    return pick(JOBS)[1]


def attempt_id():
    return f"{hexs(32)}_{hexs(32)}_{R.randrange(0, 8)}_{pick([0, 0, 0, 1, 2])}"


def epoch_ms():
    return str(R.randrange(1765065600000, 1765152000000))


def flink_switch(tm_side):
    task, par = pick(TASKS), pick([4, 8, 8, 16])
    a, b = pick([("DEPLOYING", "INITIALIZING"), ("INITIALIZING", "RUNNING"), ("INITIALIZING", "RUNNING"), ("CREATED", "SCHEDULED"),
                 ("SCHEDULED", "DEPLOYING"), ("RUNNING", "CANCELING"), ("CANCELING", "CANCELED"), ("RUNNING", "FAILED"),
                 ("RUNNING", "FINISHED")])
    if tm_side:
        return f"{task} ({R.randrange(1, par + 1)}/{par})#{pick([0, 0, 0, 1, 2])} ({attempt_id()}) switched from {a} to {b}."
    i = R.randrange(6)
    return (f"{task} ({R.randrange(1, par + 1)}/{par}) ({attempt_id()}) switched from {a} to {b} on {TMS[i]} @ "
            f"{TM_HOSTS[i]} (dataPort={R.randrange(33000, 46000)}).")


def flink_slot():
    return (f"TaskSlot(index:{R.randrange(0, 4)}, state:{pick(['ACTIVE', 'ALLOCATED'])}, resource profile: ResourceProfile{{cpuCores=1, "
            f"taskHeapMemory={pick(['512.000mb (536870912 bytes)', '1.000gb (1073741824 bytes)'])}, taskOffHeapMemory=0 bytes, "
            f"managedMemory={pick(['256.000mb (268435456 bytes)', '512.000mb (536870912 bytes)'])}, networkMemory=64.000mb (67108864 bytes)}}, "
            f"allocationId: {hexs(32)}, jobId: {flink_job()})")


def flink_requirements():
    reqs = [f"ResourceRequirement{{resourceProfile=ResourceProfile{{UNKNOWN}}, numberOfRequiredSlots={pick([1, 4, 8, 16])}}}"
            for _ in range(pick([1, 1, 2]))]
    return f"Received resource requirements from job {flink_job()}: [{', '.join(reqs)}]"


def flink_backpressure():
    bp = R.randrange(300, 1000)
    busy = R.randrange(0, 1000 - bp)
    return (f"Task '{pick(TASKS)} ({R.randrange(1, 9)}/8)' is back-pressured: backPressuredTimeMsPerSecond={bp}, "
            f"busyTimeMsPerSecond={busy}, idleTimeMsPerSecond={1000 - bp - busy}")


SETS["stream_processor"] = [
    ("E1", 16, "Triggering checkpoint <*> (type=<*>) @ <*> for job <*>.",
     lambda: f"Triggering checkpoint {R.randrange(3000, 3400)} (type={pick(['CheckpointType{name=' + chr(39) + 'Checkpoint' + chr(39) + ', sharingFilesStrategy=FORWARD_BACKWARD}'] * 6 + ['SavepointType{name=' + chr(39) + 'Savepoint' + chr(39) + ', postCheckpointAction=NONE, formatType=CANONICAL}'])}) @ {epoch_ms()} for job {flink_job()}."),
    ("E2", 14, "Completed checkpoint <*> for job <*> (<*> bytes, checkpointDuration=<*> ms, finalizationTime=<*> ms).",
     lambda: f"Completed checkpoint {R.randrange(3000, 3400)} for job {flink_job()} ({R.randrange(20000, 9000000000)} bytes, checkpointDuration={R.randrange(180, 90000)} ms, finalizationTime={R.randrange(0, 60)} ms)."),
    ("E3", 20, "<*> (<*>/<*>)#<*> (<*>) switched from <*> to <*>.", lambda: flink_switch(True)),
    ("E4", 9, "<*> (<*>/<*>) (<*>) switched from <*> to <*> on <*> @ <*> (dataPort=<*>).", lambda: flink_switch(False)),
    ("E5", 3, "Job <*> (<*>) switched from state <*> to <*>.",
     lambda: (lambda j, s: f"Job {j[0]} ({j[1]}) switched from state {s[0]} to {s[1]}.")(pick(JOBS), pick(
         [("CREATED", "RUNNING"), ("RUNNING", "RESTARTING"), ("RESTARTING", "RUNNING"), ("RUNNING", "FAILING"), ("RUNNING", "CANCELLING")]))),
    ("E6", 5, "Received resource requirements from job <*>: <*>", flink_requirements),
    ("E7", 3, "Registering TaskManager with ResourceID <*> (<*>) at ResourceManager",
     lambda: (lambda i: f"Registering TaskManager with ResourceID {TMS[i]} (pekko.tcp://flink@{TM_HOSTS[i]}:6122/user/rpc/taskmanager_0) at ResourceManager")(R.randrange(6))),
    ("E8", 4, "Free slot <*>.", lambda: f"Free slot {flink_slot()}."),
    ("E9", 10, "Task '<*>' is back-pressured: backPressuredTimeMsPerSecond=<*>, busyTimeMsPerSecond=<*>, idleTimeMsPerSecond=<*>",
     flink_backpressure),
    ("E10", 3, "Checkpoint <*> of job <*> expired before completing.",
     lambda: f"Checkpoint {R.randrange(3000, 3400)} of job {flink_job()} expired before completing."),
    ("E11", 2, "Decline checkpoint <*> by task <*> of job <*> at <*>.",
     lambda: (lambda i: f"Decline checkpoint {R.randrange(3000, 3400)} by task {attempt_id()} of job {flink_job()} at {TMS[i]} @ {TM_HOSTS[i]} (dataPort={R.randrange(33000, 46000)}).")(R.randrange(6))),
    ("E12", 2, "Restoring job <*> from Checkpoint <*> @ <*> for <*> located at <*>.",
     lambda: (lambda j, c: f"Restoring job {j} from Checkpoint {c} @ {epoch_ms()} for {j} located at s3://flink-checkpoints/{pick(['prod', 'prod-eu'])}/{j}/chk-{c}.")(flink_job(), R.randrange(3000, 3400))),
    ("E13", 5, "Split <*> of source '<*>' is idle for <*> ms, excluding it from watermark alignment",
     lambda: f"Split {pick(['persistent://public/default/orders-partition-' + str(R.randrange(0, 12)), 'shardId-0000000000' + str(R.randrange(10, 40)), 's3://telemetry-raw/devices/2026-12-07/part-' + str(R.randrange(0, 300)).zfill(5) + '.json'])} of source '{pick(['pulsar-orders', 'kinesis-clicks', 'telemetry-files'])}' is idle for {pick([60000, 60000, 120000, R.randrange(60000, 900000)])} ms, excluding it from watermark alignment"),
    ("E14", 2, "Calculating tasks to restart to recover the failed task <*>.",
     lambda: f"Calculating tasks to restart to recover the failed task {hexs(32)}_{R.randrange(0, 16)}."),
    ("E15", 2, "Closing TaskExecutor connection <*> because: <*>",
     lambda: (lambda t: f"Closing TaskExecutor connection {t} because: {pick(['The heartbeat of TaskManager with id ' + t + ' timed out.', 'TaskExecutor exited.', 'The TaskExecutor is shutting down.'])}")(pick(TMS))),
]

# A home/office router's remote syslog (OpenWrt-like): kernel packet filter log lines for TCP, UDP and
# ICMP (the rule's log prefix glued to IN=, OUT= empty for packets to the router itself), DHCP server
# exchanges, an LTE backup link's PPP addresses, UPnP port mappings, SSH password failures, Wi-Fi
# associations and handshakes, interface state, a full connection tracking table.
WAN_MAC = "00:1a:2b:3c:4d:5e"
LAN_MAC = "00:1a:2b:3c:4d:5f"
CLIENTS = [(mac(), name) for name in ["iPhone-Anna", "DESKTOP-7Q2K9LM", "android-5f2c81ab", "printer-brother", "shelly-plug-s-4A2B",
                                      "tv-livingroom", "MacBook-Pro-von-Jan", "raspberrypi"]]
DHCP_IFACES = ["br-lan", "br-lan", "br-lan", "br-guest"]


def uptime():
    return f"{R.randrange(10000, 999999)}.{R.randrange(0, 1000000):06d}"


def fw_head():
    inbound = R.random() < 0.75
    if inbound:
        prefix = pick(["drop wan in: ", "drop wan in: ", "reject wan in: "])
        iface = f"IN=eth1 OUT= MAC={LAN_MAC}:{mac()}:08:00"
        src, dst = ip(), "198.51.100.37"
    else:
        prefix = pick(["reject lan forward: ", "drop guest forward: "])
        iface = f"IN={pick(['br-lan', 'br-guest'])} OUT=eth1 MAC={WAN_MAC}:{pick(CLIENTS)[0]}:08:00"
        src, dst = lan(), ip()
    return (f"kernel: [{uptime()}] {prefix}{iface} SRC={src} DST={dst} LEN={pick([40, 44, 52, 60, 76, 84, 128])} "
            f"TOS=0x{pick(['00', '00', '00', '08', '28', 'B8'])} PREC=0x{pick(['00', '00', '20', 'A0'])} TTL={R.randrange(30, 250)} "
            f"ID={R.randrange(0, 65536)}")


def fw_tcp():
    flags = pick(["SYN", "SYN", "SYN", "ACK RST", "ACK FIN", "ACK PSH", "SYN ECE CWR"])
    return (f"{fw_head()} PROTO=TCP SPT={R.randrange(1024, 65536)} DPT={pick([22, 23, 23, 80, 443, 445, 3389, 5555, 8080, 8443, R.randrange(1, 65536)])} "
            f"WINDOW={pick([1024, 14600, 29200, 65535, 0])} RES=0x00 {flags} URGP=0")


def fw_udp():
    return (f"{fw_head()} PROTO=UDP SPT={pick([53, 123, 5060, R.randrange(1024, 65536)])} DPT={pick([53, 123, 161, 1900, 5060, 51413, R.randrange(1024, 65536)])} "
            f"LEN={R.randrange(8, 600)}")


def fw_icmp():
    return f"{fw_head()} PROTO=ICMP TYPE={pick([8, 8, 3, 13])} CODE={pick([0, 0, 3])} ID={R.randrange(1, 65536)} SEQ={R.randrange(0, 9000)}"


def client():
    return pick(CLIENTS)


def dhcp_lease():
    """An interface of the DHCP server and an address of its subnet."""
    iface = pick(DHCP_IFACES)
    return iface, f"192.168.{1 if iface == 'br-lan' else 30}.{R.randrange(100, 250)}"


SETS["router_firewall"] = [
    ("E1", 30, "kernel: [<*>] <*>IN=<*> OUT=<*> MAC=<*> SRC=<*> DST=<*> LEN=<*> TOS=<*> PREC=<*> TTL=<*> ID=<*> PROTO=TCP SPT=<*> DPT=<*> WINDOW=<*> RES=0x00 <*> URGP=0",
     fw_tcp),
    ("E2", 12, "kernel: [<*>] <*>IN=<*> OUT=<*> MAC=<*> SRC=<*> DST=<*> LEN=<*> TOS=<*> PREC=<*> TTL=<*> ID=<*> PROTO=UDP SPT=<*> DPT=<*> LEN=<*>",
     fw_udp),
    ("E3", 4, "kernel: [<*>] <*>IN=<*> OUT=<*> MAC=<*> SRC=<*> DST=<*> LEN=<*> TOS=<*> PREC=<*> TTL=<*> ID=<*> PROTO=ICMP TYPE=<*> CODE=<*> ID=<*> SEQ=<*>",
     fw_icmp),
    ("E4", 9, "dhcpd[<*>]: DHCPDISCOVER from <*> via <*>",
     lambda: f"dhcpd[{pid(1500, 1600)}]: DHCPDISCOVER from {client()[0]} via {pick(DHCP_IFACES)}"),
    ("E5", 9, "dhcpd[<*>]: DHCPOFFER on <*> to <*> (<*>) via <*>",
     lambda: (lambda c, d: f"dhcpd[{pid(1500, 1600)}]: DHCPOFFER on {d[1]} to {c[0]} ({c[1]}) via {d[0]}")(client(), dhcp_lease())),
    ("E6", 11, "dhcpd[<*>]: DHCPREQUEST for <*> (<*>) from <*> (<*>) via <*>",
     lambda: (lambda c, d: f"dhcpd[{pid(1500, 1600)}]: DHCPREQUEST for {d[1]} ({d[1].rsplit('.', 1)[0]}.1) from {c[0]} ({c[1]}) via {d[0]}")(client(), dhcp_lease())),
    ("E7", 11, "dhcpd[<*>]: DHCPACK on <*> to <*> (<*>) via <*>",
     lambda: (lambda c, d: f"dhcpd[{pid(1500, 1600)}]: DHCPACK on {d[1]} to {c[0]} ({c[1]}) via {d[0]}")(client(), dhcp_lease())),
    ("E8", 2, "dhcpd[<*>]: DHCPNAK on <*> to <*> via <*>",
     lambda: f"dhcpd[{pid(1500, 1600)}]: DHCPNAK on {pick(['10.0.0.23', '192.168.0.105', '172.20.10.4'])} to {client()[0]} via {pick(DHCP_IFACES)}"),
    ("E9", 2, "pppd[<*>]: local  IP address <*>",
     lambda: f"pppd[{pid(3000, 3100)}]: local  IP address 100.{R.randrange(64, 128)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"),
    ("E10", 2, "pppd[<*>]: remote IP address <*>", lambda: f"pppd[{pid(3000, 3100)}]: remote IP address 10.64.64.64"),
    ("E11", 3, "miniupnpd[<*>]: AddPortMapping: ext port <*> to <*>:<*> protocol <*> for: <*> leaseduration=<*> uid=<*>",
     lambda: (lambda p: f"miniupnpd[{pid(2200, 2300)}]: AddPortMapping: ext port {p[1]} to {lan()}:{p[1]} protocol {p[0]} for: {p[2]} leaseduration={pick([0, 0, 3600, 604800])} uid=-1")(
         pick([("UDP", 51413, "Transmission at 51413"), ("TCP", 51413, "Transmission at 51413"), ("UDP", 3074, "Xbox"),
               ("TCP", 32400, "Plex Media Server"), ("UDP", R.randrange(40000, 60000), "WhatsApp"), ("UDP", 9308, "PS5 (3)")]))),
    ("E12", 4, "dropbear[<*>]: Bad password attempt for '<*>' from <*>:<*>",
     lambda: f"dropbear[{pid(5000, 30000)}]: Bad password attempt for '{pick(['root', 'root', 'admin', 'ubnt', 'user'])}' from {ip()}:{R.randrange(1024, 65536)}"),
    ("E13", 6, "hostapd: <*>: STA <*> <*>: associated (aid <*>)",
     lambda: f"hostapd: {pick(['phy0-ap0', 'phy1-ap0', 'phy1-ap1'])}: STA {client()[0]} IEEE 802.11: associated (aid {R.randrange(1, 12)})"),
    ("E14", 5, "hostapd: <*>: STA <*> <*>: pairwise key handshake completed (<*>)",
     lambda: f"hostapd: {pick(['phy0-ap0', 'phy1-ap0', 'phy1-ap1'])}: STA {client()[0]} WPA: pairwise key handshake completed ({pick(['RSN', 'RSN', 'RSN', 'WPA'])})"),
    ("E15", 1, "kernel: [<*>] nf_conntrack: nf_conntrack: table full, dropping packet",
     lambda: f"kernel: [{uptime()}] nf_conntrack: nf_conntrack: table full, dropping packet"),
    ("E16", 3, "netifd: Interface '<*>' is now <*>",
     lambda: f"netifd: Interface '{pick(['wan', 'wan', 'wan6', 'lte', 'guest'])}' is now {pick(['up', 'down'])}"),
]

# A storage server's syslog around its ZFS pools: event daemon lines (plain events, checksum and I/O
# errors with their bookmark, vdev state changes), automatic snapshots taken and pruned, incremental
# replication, kernel block-layer and ATA errors, SMART attribute changes and pending sectors, a pool
# monitor's scrub results, resilver progress, ARC statistics and capacity warnings.
POOLS = ["tank", "tank", "backup", "fast"]
DATASETS = ["tank/home", "tank/home/anna", "tank/media", "tank/vm/win11", "backup/offsite", "fast/postgres", "fast/docker"]
DISKS = ["ata-WDC_WD80EFZZ-68BTXN0_WD-CA0A1B2C", "ata-ST8000VN004-3CP101_WWZ4K1LM", "ata-WDC_WD80EFZZ-68BTXN0_WD-CA0D3E4F",
         "nvme-Samsung_SSD_990_PRO_2TB_S7KHNJ0X123456A", "ata-TOSHIBA_MG08ADA800E_51Q0A0XYZ"]
DEVS = ["/dev/sda", "/dev/sdb", "/dev/sdc", "/dev/sdd", "/dev/nvme0n1"]
DAYS = ["Sun Dec  6", "Mon Dec  7", "Sat Dec  5", "Sun Nov 29"]


def zpid():
    return pid(1800, 1900)


def eid():
    return str(R.randrange(200, 2600))


def snap_stamp():
    return f"2026-12-{R.randrange(1, 8):02d}_{R.randrange(0, 24):02d}:{pick(['00', '15', '30', '45'])}:{R.randrange(1, 3):02d}"


def zed_io():
    cls = pick(["checksum", "checksum", "io", "delay"])
    return (f"zed[{zpid()}]: eid={eid()} class={cls} pool='{pick(POOLS)}' vdev={pick(DISKS)}-part1 size={pick([4096, 8192, 131072, 1048576])} "
            f"offset={R.randrange(10 ** 9, 8 * 10 ** 12)} priority={pick([0, 2, 3, 4])} err={pick([0, 5, 52, 52])} "
            f"flags=0x{pick(['180880', '100080', '380880', '40080c80'])} bookmark={R.randrange(1, 600)}:{R.randrange(1, 90000)}:{R.randrange(0, 3)}:{R.randrange(0, 400000)}")


def zfs_resilver():
    total = R.randrange(20, 80) / 10
    done = R.randrange(1, 99)
    scanned = total * done / 100
    return (f"zfs-monitor[{pid(2400, 2500)}]: pool {pick(['tank', 'tank', 'backup'])}: resilver in progress since {pick(DAYS)} {clock()} 2026, "
            f"{scanned:.2f}T scanned at {R.randrange(80, 900)}M/s, {scanned * R.uniform(0.3, 1):.2f}T issued at {R.randrange(80, 900)}M/s, "
            f"{total:.2f}T total, {scanned * R.uniform(0.2, 0.35) * 1024:.0f}G resilvered, {done}.{R.randrange(0, 100):02d}% done, {R.randrange(0, 20):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d} to go")


def zfs_arc():
    target = pick([16.0, 31.3, 62.7])
    return (f"zfs-monitor[{pid(2400, 2500)}]: ARC size {R.uniform(target * 0.5, target):.1f} GiB (target {target:.1f} GiB, "
            f"{pick([25, 50, 50])}% of RAM), hit ratio {R.uniform(80, 99.9):.2f}%, L2ARC {pick(['0.0', f'{R.uniform(10, 900):.1f}'])} GiB")


SETS["storage_pool"] = [
    ("E1", 18, "zed[<*>]: eid=<*> class=<*> pool='<*>'",
     lambda: f"zed[{zpid()}]: eid={eid()} class={pick(['history_event', 'history_event', 'history_event', 'config_sync', 'scrub_start', 'scrub_finish', 'trim_start', 'trim_finish', 'resilver_start', 'resilver_finish'])} pool='{pick(POOLS)}'"),
    ("E2", 5, "zed[<*>]: eid=<*> class=<*> pool='<*>' vdev=<*> size=<*> offset=<*> priority=<*> err=<*> flags=0x<*> bookmark=<*>:<*>:<*>:<*>",
     zed_io),
    ("E3", 2, "zed[<*>]: eid=<*> class=statechange pool='<*>' vdev=<*> vdev_state=<*>",
     lambda: f"zed[{zpid()}]: eid={eid()} class=statechange pool='{pick(POOLS)}' vdev={pick(DISKS)}-part1 vdev_state={pick(['FAULTED', 'DEGRADED', 'ONLINE', 'REMOVED'])}"),
    ("E4", 16, "sanoid[<*>]: INFO: taking snapshot <*>@autosnap_<*>_<*>",
     lambda: f"sanoid[{pid(10000, 60000)}]: INFO: taking snapshot {pick(DATASETS)}@autosnap_{snap_stamp()}_{pick(['hourly', 'hourly', 'hourly', 'daily', 'monthly', 'frequently'])}"),
    ("E5", 12, "sanoid[<*>]: INFO: pruning snapshot <*>@autosnap_<*>_<*>",
     lambda: f"sanoid[{pid(10000, 60000)}]: INFO: pruning snapshot {pick(DATASETS)}@autosnap_{snap_stamp()}_{pick(['hourly', 'hourly', 'daily', 'frequently'])}"),
    ("E6", 4, "syncoid[<*>]: Sending incremental <*>@<*> ... <*> (~ <*>):",
     lambda: f"syncoid[{pid(10000, 60000)}]: Sending incremental {pick(DATASETS)}@autosnap_{snap_stamp()}_hourly ... syncoid_nas1_2026-12-0{R.randrange(1, 8)}:{clock()}-GMT00:00 (~ {pick([str(R.randrange(1, 999)) + ' KB', str(R.randrange(1, 999) / 10) + ' MB', str(R.randrange(1, 99) / 10) + ' GB'])}):"),
    ("E7", 3, "kernel: [<*>] blk_update_request: I/O error, dev <*>, sector <*> op <*>:(<*>) flags <*> phys_seg <*> prio class <*>",
     lambda: (lambda op: f"kernel: [{R.randrange(10000, 99999)}.{R.randrange(0, 1000000):06d}] blk_update_request: I/O error, dev {pick(DEVS[:4])[5:]}, sector {R.randrange(10 ** 6, 15 * 10 ** 9)} op {op[0]}:({op[1]}) flags 0x{pick(['700', '0', '4700'])} phys_seg {pick([1, 16, 32])} prio class {pick([0, 2])}")(
         pick([("0x0", "READ"), ("0x0", "READ"), ("0x1", "WRITE")]))),
    ("E8", 2, "kernel: [<*>] ata<*>.<*>: exception Emask <*> SAct <*> SErr <*> action <*>",
     lambda: f"kernel: [{R.randrange(10000, 99999)}.{R.randrange(0, 1000000):06d}] ata{R.randrange(1, 7)}.00: exception Emask 0x{pick(['0', '10', '0'])} SAct 0x{hexs(pick([1, 4, 8])).lstrip('0') or '0'} SErr 0x{pick(['0', '400000', '50000'])} action 0x{pick(['0', '6', '6 frozen'])}"),
    ("E9", 8, "smartd[<*>]: Device: <*> [<*>], SMART <*> Attribute: <*> <*> changed from <*> to <*>",
     lambda: (lambda a: f"smartd[{pid(900, 999)}]: Device: {pick(DEVS[:4])} [SAT], SMART {a[0]} Attribute: {a[1]} {a[2]} changed from {R.randrange(90, 130)} to {R.randrange(90, 130)}")(
         pick([("Usage", 194, "Temperature_Celsius"), ("Usage", 194, "Temperature_Celsius"), ("Usage", 190, "Airflow_Temperature_Cel"),
               ("Prefailure", 1, "Raw_Read_Error_Rate"), ("Prefailure", 7, "Seek_Error_Rate")]))),
    ("E10", 2, "smartd[<*>]: Device: <*> [<*>], <*> Currently unreadable (pending) sectors",
     lambda: f"smartd[{pid(900, 999)}]: Device: {pick(DEVS[:4])} [SAT], {pick([8, 8, 16, 24])} Currently unreadable (pending) sectors"),
    ("E11", 4, "zfs-monitor[<*>]: pool <*>: scrub repaired <*> in <*> with <*> errors on <*>",
     lambda: f"zfs-monitor[{pid(2400, 2500)}]: pool {pick(POOLS)}: scrub repaired {pick(['0B', '0B', '0B', '128K', '4.50M'])} in {R.randrange(0, 30):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d} with {pick([0, 0, 0, 0, 2])} errors on {pick(DAYS)} {clock()} 2026"),
    ("E12", 3, "zfs-monitor[<*>]: pool <*>: resilver in progress since <*>, <*> scanned at <*>/s, <*> issued at <*>/s, <*> total, <*> resilvered, <*>% done, <*> to go",
     zfs_resilver),
    ("E13", 6, "zfs-monitor[<*>]: ARC size <*> GiB (target <*> GiB, <*>% of RAM), hit ratio <*>%, L2ARC <*> GiB", zfs_arc),
    ("E14", 2, "zfs-monitor[<*>]: pool '<*>' is <*>% full (<*> of <*> used), above threshold <*>%",
     lambda: f"zfs-monitor[{pid(2400, 2500)}]: pool '{pick(['backup', 'fast'])}' is {R.randrange(81, 97)}% full ({R.randrange(30, 36) / 10}T of 3.62T used), above threshold {pick([80, 85])}%"),
    ("E15", 2, "zed[<*>]: vdev state changed, pool_guid=<*> vdev_guid=<*>",
     lambda: f"zed[{zpid()}]: vdev state changed, pool_guid={pick(['13258474226405113227', '4971203381927304712'])} vdev_guid={R.randrange(10 ** 18, 18 * 10 ** 18)}"),
]

# A hospital HL7 v2 interface engine (Mirth-like): messages received over MLLP with their control id
# and type, acknowledgements sent as MSA segments, destinations queueing and sending, filters and
# transformers, inbound MSH headers printed whole, connection retries, parse errors, merges, pruning.
CHANNELS = [("ADT Inbound - Epic", uuid()), ("ORM Outbound to LIS", uuid()), ("ORU Results from Lab", uuid()),
            ("SIU Scheduling", uuid()), ("MDM Documents to PACS", uuid())]
DESTS = ["To LIS (MLLP)", "PACS Router", "Archive DB", "Billing REST API", "Radiology RIS", "Audit File Writer"]
HL7_TYPES = ["ADT^A01^ADT_A01", "ADT^A08^ADT_A01", "ADT^A03^ADT_A03", "ORM^O01^ORM_O01", "ORU^R01^ORU_R01", "SIU^S12^SIU_S12",
             "MDM^T02^MDM_T02", "ADT^A04^ADT_A01"]
HL7_PEERS = ["10.20.1.5", "10.20.1.6", "10.31.0.44", "172.16.8.12"]


def hl7_msg():
    return str(R.randrange(1200000, 1300000))


def hl7_ctrl():
    return pick([f"MSG{R.randrange(0, 10 ** 7):07d}", f"{R.randrange(10 ** 11, 10 ** 12)}", f"LAB{hexs(8).upper()}"])


def hl7_ts():
    return f"202612{R.randrange(1, 8):02d}{clock().replace(':', '')}"


def hl7_msh():
    t = pick(HL7_TYPES)
    snd, rcv = pick([("EPIC|STMARYS", "MIRTH|HUB"), ("LIS|LAB", "EPIC|STMARYS"), ("CERNER|NORTH", "MIRTH|HUB"),
                     ("RIS|RADIOLOGY", "PACS|IMAGING")])
    return f"MSH|^~\\&|{snd}|{rcv}|{hl7_ts()}{pick(['', '+0100'])}||{t}|{hl7_ctrl()}|P|{pick(['2.3', '2.5.1', '2.5.1', '2.4'])}"


def hl7_ack():
    code = pick(["AA"] * 8 + ["AE", "AR"])
    text = {"AA": "", "AE": pick(["|Required field PID-3 missing", "|Unknown patient identifier"]), "AR": "|Message type not supported"}[code]
    return f"MSA|{code}|{hl7_ctrl()}{text}"


SETS["hl7_interface"] = [
    ("E1", 22, "Channel '<*>' (<*>) received message <*> from <*>:<*> (MSH-10=<*>, type <*>)",
     lambda: (lambda c: f"Channel '{c[0]}' ({c[1]}) received message {hl7_msg()} from {pick(HL7_PEERS)}:{R.randrange(30000, 65000)} (MSH-10={hl7_ctrl()}, type {pick(HL7_TYPES)})")(pick(CHANNELS))),
    ("E2", 18, "ACK sent for message <*>: <*>", lambda: f"ACK sent for message {hl7_msg()}: {hl7_ack()}"),
    ("E3", 9, "Destination '<*>' on channel '<*>' queued message <*> (queue depth <*>)",
     lambda: f"Destination '{pick(DESTS)}' on channel '{pick(CHANNELS)[0]}' queued message {hl7_msg()} (queue depth {pick([1, 2, 5, R.randrange(10, 4000)])})"),
    ("E4", 14, "Destination '<*>' sent message <*> in <*> ms, response <*>",
     lambda: f"Destination '{pick(DESTS)}' sent message {hl7_msg()} in {R.randrange(3, 4000)} ms, response {pick(['HTTP 200', 'HTTP 201', 'HTTP 200', hl7_ack(), hl7_ack(), 'none'])}"),
    ("E5", 4, "Filter on destination '<*>' rejected message <*>: <*>",
     lambda: f"Filter on destination '{pick(DESTS)}' rejected message {hl7_msg()}: {pick(['MSH-9 not in [ORU^R01, ORU^R30]', 'PV1-2 is ' + chr(39) + 'O' + chr(39) + ' (outpatient), not routed', 'test patient (PID-5 starts with ZZTEST)'])}"),
    ("E6", 3, "Transformer error on channel '<*>' message <*>, step <*> (<*>): <*>",
     lambda: f"Transformer error on channel '{pick(CHANNELS)[0]}' message {hl7_msg()}, step {R.randrange(1, 9)} ({pick(['Map OBR fields', 'Normalise MRN', 'Set ordering provider'])}): {pick(['TypeError: Cannot read property ' + chr(34) + '4' + chr(34) + ' from undefined', 'ReferenceError: ' + chr(34) + 'obx' + chr(34) + ' is not defined', 'Error: date ' + chr(39) + '2026130' + chr(39) + ' does not match yyyyMMdd'])}"),
    ("E7", 5, "Connection to <*> refused, retrying in <*> ms (attempt <*> of <*>)",
     lambda: (lambda n: f"Connection to {pick(['10.31.0.44:6661', '10.31.0.45:6662', 'ris.hospital.local:2575'])} refused, retrying in {pick([5000, 10000, 10000, 30000])} ms (attempt {R.randrange(1, n + 1)} of {n})")(pick([3, 5, 5, 10]))),
    ("E8", 1, "MLLP listener started on <*> for channel '<*>'",
     lambda: f"MLLP listener started on 0.0.0.0:{pick([6661, 6662, 2575])} for channel '{pick(CHANNELS)[0]}'"),
    ("E9", 5, "Inbound header: <*>", lambda: f"Inbound header: {hl7_msh()}"),
    ("E10", 2, "Pruned <*> messages from channel '<*>' older than <*> days in <*>s",
     lambda: f"Pruned {R.randrange(100, 90000)} messages from channel '{pick(CHANNELS)[0]}' older than {pick([7, 30, 30, 90])} days in {R.randrange(1, 3000) / 10:.1f}s"),
    ("E11", 2, "Patient merge: MRN <*> merged into <*> (<*>)",
     lambda: f"Patient merge: MRN {R.randrange(0, 10 ** 8):08d} merged into {R.randrange(0, 10 ** 8):08d} ({pick(['ADT^A40', 'ADT^A34', 'ADT^A18'])})"),
    ("E12", 2, "Channel '<*>' deployed (revision <*>) by <*>",
     lambda: f"Channel '{pick(CHANNELS)[0]}' deployed (revision {R.randrange(2, 60)}) by {pick(['admin', 'j.okafor', 'integration-ci'])}"),
    ("E13", 3, "Parse error in message <*> from <*>: <*>",
     lambda: f"Parse error in message {hl7_msg()} from {pick(HL7_PEERS)}: {pick(['Segment ' + chr(39) + 'ZPD' + chr(39) + ' is not defined in version 2.5.1 (line 7)', 'MSH-12 is empty', 'unexpected character 0x0B inside message body', 'field OBX-5 exceeds 65536 characters'])}"),
    ("E14", 3, "Message <*> on '<*>' awaiting response for <*> ms (timeout <*> ms)",
     lambda: f"Message {hl7_msg()} on '{pick(DESTS)}' awaiting response for {R.randrange(5000, 60000)} ms (timeout {pick([10000, 30000, 60000])} ms)"),
]

# A supermarket point-of-sale terminal's journal: transactions started and ended, scanned and weighed
# items with their descriptions in quotes, card payments with the EMV application and a masked card
# number, cash payments, voids, loyalty cards, age checks, coupons, the cash drawer, the receipt
# printer, offline queueing and store server sync.
ITEMS = [("4006381333931", "2.49", "Stabilo Boss Orange"), ("4008400402222", "1.99", "Ferrero Kinder Bueno 2x"),
         ("5000112637922", "1.29", "Coca-Cola 0.5 l PET"), ("4056489123456", "0.89", "Bio Vollmilch 3,8% 1 l"),
         ("4311501444449", "3.79", "EDEKA Kaffee \"Crema\" 500g"), ("5449000000996", "0.99", "Fanta Orange 0,33 l"),
         ("4001686301265", "1.49", "Haribo Goldbaeren 200g"), ("4000417025005", "2.29", "Ritter Sport Nuss"),
         ("5010677850100", "17.99", "Whisky Blend 0.7 l 40% vol")]
WEIGHED = [("4011", "1.89", "Bananen lose"), ("4131", "2.99", "Aepfel Elstar"), ("4664", "3.49", "Tomaten Rispe"),
           ("2705", "12.90", "Kaese Gouda mittelalt")]
CASHIERS = ["1042", "1043", "1107", "2001"]
SCHEMES = [("A0000000041010", "Mastercard"), ("A0000000031010", "VISA CREDIT"), ("A0000000032010", "VISA DEBIT"),
           ("A0000003591010028001", "girocard"), ("A0000000043060", "Maestro")]


def txn():
    return f"{R.randrange(0, 10 ** 6):06d}"


def eur(lo=0.5, hi=180.0):
    return f"{R.uniform(lo, hi):.2f}"


def pos_card():
    result = pick(["APPROVED (00)"] * 7 + ["DECLINED (51)", "DECLINED (05)", "DECLINED (55)"])
    auth = f"{R.randrange(0, 10 ** 6):06d}" if result.startswith("APPROVED") else "------"
    return (f"PAY method={pick(['CARD', 'CONTACTLESS', 'CONTACTLESS', 'MOBILE'])} amount={eur()} EUR terminal=6001{R.randrange(1000, 9999)} "
            f"result={result} auth={auth} pan=************{R.randrange(0, 10000):04d}")


def pos_cash():
    amount = R.uniform(0.5, 90)
    tendered = pick([5, 10, 20, 50, 100])
    while tendered < amount:
        tendered *= 2
    return f"PAY method=CASH amount={amount:.2f} EUR tendered={tendered:.2f} EUR change={tendered - amount:.2f} EUR"


def pos_weigh():
    plu, unit, desc = pick(WEIGHED)
    net = R.randrange(80, 2500) / 1000
    return (f"WEIGH plu={plu} net={net:.3f} kg tare={pick(['0.000', '0.000', '0.005', '0.012'])} kg unit={unit}/kg "
            f"amount={net * float(unit):.2f} desc=\"{desc}\"")


SETS["pos_terminal"] = [
    ("E1", 9, "TXN <*> START lane=<*> cashier=<*> till=<*>",
     lambda: (lambda lane: f"TXN {txn()} START lane={lane:02d} cashier={pick(CASHIERS)} till=T{lane:02d}-{pick(['A', 'A', 'B'])}")(R.randrange(1, 9))),
    ("E2", 40, "SCAN ean=<*> qty=<*> price=<*> EUR desc=\"<*>\"",
     lambda: (lambda it: f"SCAN ean={it[0]} qty={pick([1, 1, 1, 1, 2, 3, 6])} price={it[1]} EUR desc=\"{it[2]}\"")(pick(ITEMS))),
    ("E3", 9, "PAY method=<*> amount=<*> EUR terminal=<*> result=<*> auth=<*> pan=************<*>", pos_card),
    ("E4", 6, "PAY method=CASH amount=<*> EUR tendered=<*> EUR change=<*> EUR", pos_cash),
    ("E5", 10, "END TXN <*> total=<*> items=<*> duration=<*>",
     lambda: f"END TXN {txn()} total={eur()} items={R.randrange(1, 40)} duration=00:{R.randrange(0, 8):02d}:{R.randrange(0, 60):02d}"),
    ("E6", 5, "EMV: AID <*> (<*>) selected, CVM=<*>, TVR=<*>, TSI=<*>",
     lambda: (lambda s: f"EMV: AID {s[0]} ({s[1]}) selected, CVM={pick(['No CVM', 'No CVM', 'Online PIN', 'Offline plaintext PIN', 'CDCVM'])}, TVR={pick(['0000000000', '0000008000', '0000048000', '8000048000'])}, TSI={pick(['E800', 'E800', '6800', 'F800'])}")(pick(SCHEMES))),
    ("E7", 2, "VOID line <*> of TXN <*> by supervisor <*> reason=\"<*>\"",
     lambda: f"VOID line {R.randrange(1, 20)} of TXN {txn()} by supervisor {pick(['2001', '2002'])} reason=\"{pick(['customer changed mind', 'wrong price', 'scanned twice', 'damaged'])}\""),
    ("E8", 2, "Receipt printer status 0x<*>: <*>",
     lambda: (lambda st: f"Receipt printer status 0x{st[0]}: {st[1]}")(pick([("0012", "paper near end"), ("0205", "cover open"), ("0012", "paper near end"), ("0040", "paper out")]))),
    ("E9", 5, "Cash drawer opened by <*> (reason: <*>)",
     lambda: f"Cash drawer opened by {pick(CASHIERS)} (reason: {pick(['SALE', 'SALE', 'SALE', 'NO SALE', 'PICKUP', 'FLOAT'])})"),
    ("E10", 2, "Cash drawer left open for <*> s", lambda: f"Cash drawer left open for {pick([30, 45, 60, 120, 300])} s"),
    ("E11", 5, "Loyalty card <*> applied: <*> points, tier <*>",
     lambda: f"Loyalty card 9276{R.randrange(0, 10 ** 12):012d} applied: {R.randrange(1, 400)} points, tier {pick(['BASIC', 'BASIC', 'SILVER', 'GOLD'])}"),
    ("E12", 2, "Age check for item <*> (min age <*>): confirmed by cashier <*>",
     lambda: f"Age check for item {pick(['5010677850100', '4008900001019', '4000140700106'])} (min age {pick([16, 18, 18])}): confirmed by cashier {pick(CASHIERS)}"),
    ("E13", 2, "Offline: queued TXN <*> for upload (queue=<*>)",
     lambda: f"Offline: queued TXN {txn()} for upload (queue={R.randrange(1, 40)})"),
    ("E14", 3, "Sync to <*> ok: <*> records uploaded in <*> ms",
     lambda: f"Sync to {pick(['https://store-0417.pos.example.de:8443', '10.17.4.2:9100'])} ok: {R.randrange(1, 300)} records uploaded in {R.randrange(40, 9000)} ms"),
    ("E15", 7, "WEIGH plu=<*> net=<*> kg tare=<*> kg unit=<*>/kg amount=<*> desc=\"<*>\"", pos_weigh),
    ("E16", 2, "Coupon <*> rejected: <*>",
     lambda: f"Coupon {pick(['9900' + str(R.randrange(10 ** 8, 10 ** 9)), 'XMAS26-' + hexs(6).upper(), 'PAYBACK-3x'])} rejected: {pick(['expired on 2026-11-30', 'minimum basket 20.00 EUR not reached', 'already redeemed in TXN ' + txn()])}"),
]

SIZES = {"mail_delivery": 340, "stream_processor": 320, "router_firewall": 340, "storage_pool": 300, "hl7_interface": 320,
         "pos_terminal": 340}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
