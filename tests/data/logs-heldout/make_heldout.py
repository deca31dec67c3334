#!/usr/bin/env python3
"""Writes the labelled held-out logs of this folder (see README.md): one CSV per system with the
columns of the Loghub structured files (LineId, Content, EventId, EventTemplate).

Each event is one log statement of the program that would print it; everything its arguments fill
in is a variable, however many words it spans. Fixed seed: the files are reproducible.

    python3 make_heldout.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(20261206)


def ip():
    return heldout_common.ip([10, 172, 192, 203, 198])


USERS = ["alice", "bob", "deploy", "postgres", "www-data", "root", "carol"]
UNITS = ["nginx.service", "postgresql@16-main.service", "docker.service", "virtuoso.service", "cron.service",
         "ssh.service", "systemd-resolved.service"]
UNIT_DESC = {"nginx.service": "A high performance web server and a reverse proxy server",
             "postgresql@16-main.service": "PostgreSQL Cluster 16-main", "docker.service": "Docker Application Container Engine",
             "virtuoso.service": "Virtuoso market daemon", "cron.service": "Regular background program processing daemon",
             "ssh.service": "OpenBSD Secure Shell server", "systemd-resolved.service": "Network Name Resolution"}
SYMBOLS = ["BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "1000PEPEUSDT", "DOGEUSDT"]
APPS = ["com.example.mail", "com.android.chrome", "org.telegram.messenger", "com.spotify.music", "com.google.android.gms"]

SETS = {}

# systemd and the kernel: journal MESSAGE fields.
SETS["systemd_kernel"] = [
    ("E1", 12, "Started Session <*> of User <*>.", lambda: f"Started Session {R.randrange(1, 900)} of User {pick(USERS)}."),
    ("E2", 10, "New session <*> of user <*>.", lambda: f"New session {R.randrange(1, 900)} of user {pick(USERS)}."),
    ("E3", 10, "Removed session <*>.", lambda: f"Removed session {R.randrange(1, 900)}."),
    ("E4", 6, "Starting <*> - <*>...", lambda: (lambda u: f"Starting {u} - {UNIT_DESC[u]}...")(pick(UNITS))),
    ("E5", 6, "Started <*> - <*>.", lambda: (lambda u: f"Started {u} - {UNIT_DESC[u]}.")(pick(UNITS))),
    ("E6", 4, "<*>: Main process exited, code=exited, status=<*>", lambda: f"{pick(UNITS)}: Main process exited, code=exited, status={pick(['1/FAILURE', '2/INVALIDARGUMENT', '203/EXEC'])}"),
    ("E7", 4, "<*>: Failed with result '<*>'.", lambda: f"{pick(UNITS)}: Failed with result '{pick(['exit-code', 'timeout', 'signal'])}'."),
    ("E8", 3, "<*>: Scheduled restart job, restart counter is at <*>.", lambda: f"{pick(UNITS)}: Scheduled restart job, restart counter is at {R.randrange(1, 6)}."),
    ("E9", 8, "[UFW BLOCK] IN=<*> OUT= MAC=<*> SRC=<*> DST=<*> LEN=<*> TOS=<*> PREC=<*> TTL=<*> ID=<*> PROTO=<*> SPT=<*> DPT=<*> WINDOW=<*> RES=<*> SYN URGP=<*>",
     lambda: f"[UFW BLOCK] IN=eth0 OUT= MAC={':'.join(hexs(2) for _ in range(14))} SRC={ip()} DST=10.0.0.2 LEN={R.randrange(40, 80)} TOS=0x00 PREC=0x00 TTL={R.randrange(30, 250)} ID={R.randrange(65535)} PROTO=TCP SPT={R.randrange(1024, 65535)} DPT={pick([22, 23, 3389, 5432, 8080])} WINDOW={R.randrange(1024, 65535)} RES=0x00 SYN URGP=0"),
    ("E10", 2, "Out of memory: Killed process <*> (<*>) total-vm:<*>, anon-rss:<*>, file-rss:<*>, shmem-rss:<*>, UID:<*> pgtables:<*> oom_score_adj:<*>",
     lambda: f"Out of memory: Killed process {R.randrange(300, 40000)} ({pick(['java', 'postgres', 'chrome', 'python3'])}) total-vm:{R.randrange(10**5, 10**7)}kB, anon-rss:{R.randrange(10**4, 10**6)}kB, file-rss:0kB, shmem-rss:{R.randrange(0, 5000)}kB, UID:{pick([0, 1000, 33, 113])} pgtables:{R.randrange(100, 9000)}kB oom_score_adj:{pick([0, 200, 300])}"),
    ("E11", 3, "EXT4-fs (<*>): mounted filesystem <*> r/w with ordered data mode. Quota mode: none.",
     lambda: f"EXT4-fs ({pick(['sda1', 'nvme0n1p2', 'dm-0'])}): mounted filesystem {R.getrandbits(128):032x} r/w with ordered data mode. Quota mode: none."),
    ("E12", 4, "usb <*>: new high-speed USB device number <*> using xhci_hcd", lambda: f"usb {R.randrange(1, 4)}-{R.randrange(1, 9)}: new high-speed USB device number {R.randrange(2, 40)} using xhci_hcd"),
    ("E13", 3, "<*> <*> <*>: NIC Link is Up <*> Mbps Full Duplex, Flow Control: <*>",
     lambda: f"{pick(['e1000e', 'igb'])} 0000:00:{R.randrange(10, 31):02x}.{R.randrange(8)} {pick(['eno1', 'enp3s0'])}: NIC Link is Up {pick([100, 1000])} Mbps Full Duplex, Flow Control: {pick(['None', 'Rx/Tx'])}"),
    ("E14", 4, "audit: type=<*> audit(<*>): apparmor=\"DENIED\" operation=\"<*>\" profile=\"<*>\" name=\"<*>\" pid=<*> comm=\"<*>\" requested_mask=\"<*>\" denied_mask=\"<*>\" fsuid=<*> ouid=<*>",
     lambda: f"audit: type=1400 audit({R.randrange(1700000000, 1800000000)}.{R.randrange(1000):03d}:{R.randrange(1, 999)}): apparmor=\"DENIED\" operation=\"{pick(['open', 'exec', 'file_mmap'])}\" profile=\"{pick(['/usr/sbin/cupsd', '/usr/bin/man', 'snap.firefox.firefox'])}\" name=\"{pick(['/etc/ssl/openssl.cnf', '/proc/1/environ', '/dev/shm/x'])}\" pid={R.randrange(300, 40000)} comm=\"{pick(['cupsd', 'man', 'firefox'])}\" requested_mask=\"{pick(['r', 'w', 'rw'])}\" denied_mask=\"{pick(['r', 'w'])}\" fsuid={pick([0, 1000])} ouid=0"),
    ("E15", 6, "Accepted publickey for <*> from <*> port <*> ssh2: <*> SHA256:<*>",
     lambda: f"Accepted publickey for {pick(USERS)} from {ip()} port {R.randrange(1024, 65535)} ssh2: {pick(['ED25519', 'RSA'])} SHA256:{hexs(43)}"),
    ("E16", 6, "pam_unix(<*>): session opened for user <*>(uid=<*>) by <*>(uid=<*>)",
     lambda: f"pam_unix({pick(['sudo:session', 'sshd:session', 'cron:session'])}): session opened for user {pick(USERS)}(uid={R.randrange(0, 2000)}) by {pick(USERS)}(uid={R.randrange(0, 2000)})"),
    ("E17", 6, "(<*>) CMD (<*>)", lambda: f"({pick(USERS)}) CMD ({pick(['command -v debian-sa1 > /dev/null && debian-sa1 1 1', '/usr/local/bin/backup.sh', 'test -x /usr/sbin/anacron || run-parts --report /etc/cron.daily'])})"),
    ("E18", 3, "Finished <*> - <*>.", lambda: (lambda u: f"Finished {u} - {UNIT_DESC[u]}.")(pick(UNITS))),
    ("E19", 2, "<*>: Consumed <*> CPU time.", lambda: f"{pick(UNITS)}: Consumed {R.uniform(0.01, 90):.3f}s CPU time."),
]

# PostgreSQL server log messages (after the log_line_prefix).
STATEMENTS = ["SELECT id, status FROM orders WHERE id = $1", "UPDATE items SET qty = qty - 1 WHERE id = $1",
              "INSERT INTO events (kind, at) VALUES ($1, now())", "SELECT count(*) FROM sessions"]
TABLES = ["orders", "items", "sessions", "events", "pg_toast_16384"]
SETS["postgresql"] = [
    ("E1", 12, "connection received: host=<*> port=<*>", lambda: f"connection received: host={ip()} port={R.randrange(1024, 65535)}"),
    ("E2", 12, "connection authorized: user=<*> database=<*> application_name=<*>", lambda: f"connection authorized: user={pick(USERS)} database={pick(['shop', 'analytics', 'postgres'])} application_name={pick(['psql', 'pgbouncer', 'api'])}"),
    ("E3", 10, "disconnection: session time: <*> user=<*> database=<*> host=<*> port=<*>", lambda: f"disconnection: session time: 0:{R.randrange(60):02d}:{R.uniform(0, 60):06.3f} user={pick(USERS)} database={pick(['shop', 'analytics'])} host={ip()} port={R.randrange(1024, 65535)}"),
    ("E4", 14, "duration: <*> ms execute <*>: <*>", lambda: f"duration: {R.uniform(0.05, 900):.3f} ms  execute {pick(['S_1', 'S_2', '<unnamed>'])}: {pick(STATEMENTS)}"),
    ("E5", 3, "checkpoint starting: <*>", lambda: f"checkpoint starting: {pick(['time', 'wal', 'immediate force wait'])}"),
    ("E6", 3, "checkpoint complete: wrote <*> buffers (<*>); <*> WAL file(s) added, <*> removed, <*> recycled; write=<*> s, sync=<*> s, total=<*> s; sync files=<*>, longest=<*> s, average=<*> s; distance=<*> kB, estimate=<*> kB; lsn=<*>, redo lsn=<*>",
     lambda: f"checkpoint complete: wrote {R.randrange(1, 9000)} buffers ({R.uniform(0, 40):.1f}%); 0 WAL file(s) added, {R.randrange(0, 3)} removed, {R.randrange(0, 5)} recycled; write={R.uniform(0, 300):.3f} s, sync={R.uniform(0, 1):.3f} s, total={R.uniform(0, 300):.3f} s; sync files={R.randrange(0, 80)}, longest={R.uniform(0, 1):.3f} s, average={R.uniform(0, 1):.3f} s; distance={R.randrange(0, 90000)} kB, estimate={R.randrange(0, 90000)} kB; lsn={R.randrange(16):X}/{R.getrandbits(28):X}, redo lsn={R.randrange(16):X}/{R.getrandbits(28):X}"),
    ("E7", 4, "automatic vacuum of table \"<*>\": index scans: <*>", lambda: f"automatic vacuum of table \"shop.public.{pick(TABLES)}\": index scans: {R.randrange(0, 3)}"),
    ("E8", 4, "automatic analyze of table \"<*>\"", lambda: f"automatic analyze of table \"shop.public.{pick(TABLES)}\""),
    ("E9", 3, "could not receive data from client: Connection reset by peer", lambda: "could not receive data from client: Connection reset by peer"),
    ("E10", 2, "unexpected EOF on client connection with an open transaction", lambda: "unexpected EOF on client connection with an open transaction"),
    ("E11", 3, "relation \"<*>\" does not exist at character <*>", lambda: f"relation \"{pick(['order', 'user_sessions', 'tmp_import'])}\" does not exist at character {R.randrange(10, 90)}"),
    ("E12", 3, "duplicate key value violates unique constraint \"<*>\"", lambda: f"duplicate key value violates unique constraint \"{pick(TABLES)}_pkey\""),
    ("E13", 3, "Key (<*>)=(<*>) already exists.", lambda: f"Key ({pick(['id', 'email'])})=({pick([str(R.randrange(1, 99999)), pick(USERS) + '@example.com'])}) already exists."),
    ("E14", 1, "database system is ready to accept connections", lambda: "database system is ready to accept connections"),
    ("E15", 2, "process <*> still waiting for <*> on transaction <*> after <*> ms", lambda: f"process {R.randrange(300, 40000)} still waiting for {pick(['ShareLock', 'ExclusiveLock', 'AccessExclusiveLock'])} on transaction {R.randrange(10**5, 10**7)} after {R.uniform(1000, 1100):.3f} ms"),
    ("E16", 2, "Process <*> waits for <*> on transaction <*>; blocked by process <*>.", lambda: f"Process {R.randrange(300, 40000)} waits for {pick(['ShareLock', 'ExclusiveLock'])} on transaction {R.randrange(10**5, 10**7)}; blocked by process {R.randrange(300, 40000)}."),
    ("E17", 2, "deadlock detected", lambda: "deadlock detected"),
    ("E18", 2, "terminating connection due to administrator command", lambda: "terminating connection due to administrator command"),
    ("E19", 3, "temporary file: path \"<*>\", size <*>", lambda: f"temporary file: path \"base/pgsql_tmp/pgsql_tmp{R.randrange(300, 40000)}.{R.randrange(0, 9)}\", size {R.randrange(10**4, 10**9)}"),
]

# Android logcat messages (after "tag: "), the kind a phone prints.
SETS["android"] = [
    ("E1", 8, "Start proc <*>:<*>/<*> for <*> {<*>}", lambda: (lambda a: f"Start proc {R.randrange(1000, 32000)}:{a}/u0a{R.randrange(10, 400)} for {pick(['activity', 'service', 'broadcast'])} {{{a}/{a}.{pick(['MainActivity', 'SyncService', 'PushReceiver'])}}}")(pick(APPS))),
    ("E2", 8, "Killing <*>:<*>/<*> (adj <*>): <*>", lambda: f"Killing {R.randrange(1000, 32000)}:{pick(APPS)}/u0a{R.randrange(10, 400)} (adj {pick([900, 905, 999, 700])}): {pick(['empty #17', 'excessive cpu', 'remove task'])}"),
    ("E3", 10, "GC freed <*>(<*>) AllocSpace objects, <*>(<*>) LOS objects, <*> free, <*>/<*>, paused <*> total <*>",
     lambda: f"{pick(['Background concurrent copying', 'Explicit concurrent copying', 'Young concurrent copying'])} GC freed {R.randrange(100, 90000)}({R.randrange(10, 9000)}KB) AllocSpace objects, {R.randrange(0, 40)}({R.randrange(0, 9000)}KB) LOS objects, {R.randrange(10, 90)}% free, {R.randrange(2, 90)}MB/{R.randrange(90, 256)}MB, paused {R.uniform(0.01, 9):.3f}ms total {R.uniform(10, 300):.3f}ms"),
    ("E4", 6, "Displayed <*>: +<*>", lambda: f"Displayed {pick(APPS)}/.{pick(['MainActivity', 'SettingsActivity', 'LoginActivity'])}: +{R.randrange(100, 3000)}ms"),
    ("E5", 8, "uid=<*>(<*>) <*> identical <*> lines", lambda: f"uid={R.randrange(10000, 10400)}({pick(APPS)}) {pick(['RenderThread', 'main', 'OkHttp Dispatch'])} identical {R.randrange(2, 60)} lines"),
    ("E6", 6, "level=<*> scale=<*> status=<*> health=<*> temperature=<*> voltage=<*>", lambda: f"level={R.randrange(1, 101)} scale=100 status={R.randrange(1, 6)} health=2 temperature={R.randrange(200, 420)} voltage={R.randrange(3500, 4400)}"),
    ("E7", 6, "CONNECTED to \"<*>\" rssi=<*> freq=<*>", lambda: f"CONNECTED to \"{pick(['HomeNet', 'Office-5G', 'Cafe Guest'])}\" rssi={R.randrange(-90, -30)} freq={pick([2412, 2437, 5180, 5745])}"),
    ("E8", 4, "Waking up from <*> (uid <*>)...", lambda: f"Waking up from {pick(['sleep', 'dozing'])} (uid {pick([1000, 10123, 0])})..."),
    ("E9", 4, "Going to sleep due to <*> (uid <*>)...", lambda: f"Going to sleep due to {pick(['power_button', 'timeout', 'proximity_sensor'])} (uid {pick([1000, 0])})..."),
    ("E10", 4, "write blocked for <*> msecs, <*> delayed writes, thread <*>", lambda: f"write blocked for {R.randrange(20, 900)} msecs, {R.randrange(1, 90)} delayed writes, thread 0x{hexs(12)}"),
    ("E11", 6, "Acquiring wakelock <*> for uid <*>", lambda: f"Acquiring wakelock {pick(['*job*/com.google.android.gms/.gcm.GcmService', 'AudioMix', 'NlpWakeLock', '*alarm*'])} for uid {R.randrange(1000, 10400)}"),
    ("E12", 3, "Permission Denial: <*> from pid=<*>, uid=<*> requires <*>", lambda: f"Permission Denial: {pick(['broadcasting Intent { act=android.intent.action.BOOT_COMPLETED }', 'reading com.android.providers.contacts'])} from pid={R.randrange(1000, 32000)}, uid={R.randrange(10000, 10400)} requires {pick(['android.permission.RECEIVE_BOOT_COMPLETED', 'android.permission.READ_CONTACTS'])}"),
    ("E13", 4, "Skipped <*> frames!  The application may be doing too much work on its main thread.", lambda: f"Skipped {R.randrange(30, 400)} frames!  The application may be doing too much work on its main thread."),
    ("E14", 3, "ANR in <*>", lambda: f"ANR in {pick(APPS)}"),
    ("E15", 4, "onDataActivity: direction=<*>", lambda: f"onDataActivity: direction={R.randrange(0, 4)}"),
    ("E16", 4, "Setting alarm: type=<*> when=<*> window=<*>", lambda: f"Setting alarm: type={pick(['ELAPSED_WAKEUP', 'RTC', 'RTC_WAKEUP'])} when=+{R.randrange(1, 59)}m{R.randrange(0, 59)}s{R.randrange(0, 999)}ms window={R.randrange(0, 900000)}"),
]

# Windows event log messages (the rendered text of System and Application events).
SERVICES = ["Windows Update", "Background Intelligent Transfer Service", "Windows Modules Installer", "Print Spooler",
            "WinHTTP Web Proxy Auto-Discovery Service", "Microsoft Defender Antivirus Service"]
DEVICES = ["USB\\VID_046D&PID_C52B\\5&2e1c3f8&0&2", "PCI\\VEN_8086&DEV_A370&SUBSYS_00348086&REV_10\\3&11583659&0&A3"]
VOLUMES = ["\\Device\\HarddiskVolume3", "\\Device\\HarddiskVolume5"]
SETS["windows_events"] = [
    ("E1", 14, "The <*> service entered the <*> state.", lambda: f"The {pick(SERVICES)} service entered the {pick(['running', 'stopped'])} state."),
    ("E2", 5, "The start type of the <*> service was changed from <*> to <*>.", lambda: f"The start type of the {pick(SERVICES)} service was changed from {pick(['auto start', 'demand start', 'disabled'])} to {pick(['auto start', 'demand start'])}."),
    ("E3", 5, "Installation Successful: Windows successfully installed the following update: <*>",
     lambda: f"Installation Successful: Windows successfully installed the following update: {pick(['Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.401.' + str(R.randrange(100, 999)) + '.0)', '2026-11 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems (KB50' + str(R.randrange(10000, 99999)) + ')'])}"),
    ("E4", 4, "Faulting application name: <*>, version: <*>, time stamp: <*>", lambda: f"Faulting application name: {pick(['explorer.exe', 'OUTLOOK.EXE', 'chrome.exe', 'svchost.exe_wuauserv'])}, version: {R.randrange(1, 20)}.{R.randrange(0, 9)}.{R.randrange(0, 30000)}.{R.randrange(0, 9999)}, time stamp: 0x{hexs(8)}"),
    ("E5", 4, "The system has resumed from sleep.", lambda: "The system has resumed from sleep."),
    ("E6", 4, "The system time has changed to <*> from <*>.", lambda: f"The system time has changed to \u200e2026\u200e-\u200e12\u200e-\u200e{R.randrange(1, 28):02d}T{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}.{R.randrange(10**9):09d}Z from \u200e2026\u200e-\u200e12\u200e-\u200e{R.randrange(1, 28):02d}T{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}.{R.randrange(10**9):09d}Z."),
    ("E7", 5, "DCOM got error \"<*>\" attempting to start the service <*> with arguments \"<*>\" in order to run the server: <*>",
     lambda: f"DCOM got error \"{pick([1084, 1053, 2147944122])}\" attempting to start the service {pick(['wuauserv', 'BITS', 'WSearch'])} with arguments \"Unavailable\" in order to run the server: {{{R.getrandbits(32):08X}-{R.getrandbits(16):04X}-{R.getrandbits(16):04X}-{R.getrandbits(16):04X}-{R.getrandbits(48):012X}}}"),
    ("E8", 4, "Session \"<*>\" stopped due to the following error: <*>", lambda: f"Session \"{pick(['Circular Kernel Context Logger', 'ReadyBoot', 'Diagtrack-Listener'])}\" stopped due to the following error: 0x{pick(['C0000188', 'C0000022', '80070005'])}"),
    ("E9", 6, "An account was successfully logged on. Subject: Security ID: <*> Account Name: <*> Account Domain: <*> Logon ID: <*> Logon Type: <*>",
     lambda: f"An account was successfully logged on. Subject: Security ID: S-1-5-{pick(['18', '19', '21-3623811015-3361044348-30300820-' + str(R.randrange(1000, 1200))])} Account Name: {pick(['DESKTOP-7Q2K1$', 'alice', 'SYSTEM'])} Account Domain: {pick(['WORKGROUP', 'CORP', 'NT AUTHORITY'])} Logon ID: 0x{hexs(6)} Logon Type: {pick([2, 3, 5, 7, 10])}"),
    ("E10", 4, "The Desktop Window Manager has exited with code (<*>)", lambda: f"The Desktop Window Manager has exited with code (0x{pick(['40010004', 'd00002fe', '8898008d'])})"),
    ("E11", 4, "Name resolution for the name <*> timed out after none of the configured DNS servers responded.", lambda: f"Name resolution for the name {pick(['wpad', 'login.live.com', 'ctldl.windowsupdate.com', 'fileserver.corp.example.com'])} timed out after none of the configured DNS servers responded."),
    ("E12", 4, "The driver <*> for device <*> has been loaded.", lambda: "The driver \\Driver\\" + pick(['WudfRd', 'iaStorAC', 'Netwtw10']) + " for device " + pick(DEVICES) + " has been loaded."),
    ("E13", 3, "Windows Defender Antivirus scan has started. Scan ID: <*> Scan Type: <*> Scan Parameters: <*>",
     lambda: f"Windows Defender Antivirus scan has started. Scan ID: {{{R.getrandbits(32):08X}-{R.getrandbits(16):04X}-{R.getrandbits(16):04X}-{R.getrandbits(16):04X}-{R.getrandbits(48):012X}}} Scan Type: Antimalware Scan Parameters: {pick(['Quick Scan', 'Full Scan'])}"),
    ("E14", 3, "Volume <*> (<*>) is healthy. No action is needed.", lambda: "Volume " + pick(['C:', 'D:', 'E:']) + " (" + pick(VOLUMES) + ") is healthy. No action is needed."),
    ("E15", 3, "Application popup: <*> : <*>", lambda: f"Application popup: {pick(['Windows - Low System Resources', 'explorer.exe - Application Error'])} : {pick(['Windows successfully diagnosed a low virtual memory condition.', 'The instruction at 0x' + hexs(16) + ' referenced memory at 0x' + hexs(16) + '.'])}"),
]

# This program's own journal (virtuosod): messages of the connectors, the engine and the API.
SETS["virtuoso_journal"] = [
    ("E1", 12, "Confluence <*>: score <*> <*> (<*> of <*> signals)", lambda: f"Confluence {pick(SYMBOLS)}: score {R.uniform(-1, 1):.3f} {pick(['long', 'short', 'neutral'])} ({R.randrange(1, 9)} of 9 signals)"),
    ("E2", 10, "conn_<*> subscribed to <*> topics (<*>)", lambda: f"conn_{R.randrange(0, 16)} subscribed to {R.randrange(1, 40)} topics ({pick(['orderbook.50', 'publicTrade', 'tickers', 'kline.1'])})"),
    ("E3", 8, "conn_<*> closed by peer (code <*>, <*> frames in <*>)", lambda: f"conn_{R.randrange(0, 16)} closed by peer (code {pick([1000, 1001, 1006])}, {R.randrange(10, 99999)} frames in {R.randrange(1, 900)}s)"),
    ("E4", 6, "Reconnecting conn_<*> to <*> in <*> (attempt <*>)", lambda: f"Reconnecting conn_{R.randrange(0, 16)} to wss://{pick(['stream.bybit.com', 'stream.binance.com:9443', 'ws.okx.com:8443'])}/v5/public/{pick(['linear', 'spot'])} in {R.randrange(100, 9000)}ms (attempt {R.randrange(1, 6)})"),
    ("E5", 5, "IP banned by the exchange (HTTP 403); REST paused for <*> s", lambda: f"IP banned by the exchange (HTTP 403); REST paused for {R.randrange(10, 600)} s"),
    ("E6", 4, "no account with API key '<*>'", lambda: f"no account with API key '{hexs(18)}'"),
    ("E7", 6, "GET <*> -> <*> in <*> (<*> bytes)", lambda: f"GET /api/v1/{pick(['snapshot', 'confluence/' + pick(SYMBOLS), 'logs/analyze', 'orders?status=open'])} -> {pick([200, 200, 304, 401, 429])} in {R.uniform(0.1, 90):.1f}ms ({R.randrange(80, 900000)} bytes)"),
    ("E8", 6, "Stored <*> candles for <*> (<*>) up to <*>", lambda: f"Stored {R.randrange(1, 1500)} candles for {pick(SYMBOLS)} ({pick(['1m', '5m', '1h'])}) up to 2026-12-0{R.randrange(1, 9)}T{R.randrange(24):02d}:{R.randrange(60):02d}:00Z"),
    ("E9", 5, "Order <*> <*> <*> <*> @ <*> accepted by <*> in <*>", lambda: f"Order {R.getrandbits(64):016x} {pick(['Buy', 'Sell'])} {R.uniform(0.001, 5):.3f} {pick(SYMBOLS)} @ {R.uniform(0.1, 99000):.2f} accepted by {pick(['bybit', 'paper'])} in {R.randrange(3, 400)}ms"),
    ("E10", 4, "Kill switch engaged by <*>: <*> open orders cancelled", lambda: f"Kill switch engaged by {pick(['SIGUSR1', 'API', 'risk rule max_drawdown'])}: {R.randrange(0, 30)} open orders cancelled"),
    ("E11", 6, "Shallow orderbook on <*>: <*> bid and <*> ask levels within <*>%", lambda: f"Shallow orderbook on {pick(SYMBOLS)}: {R.randrange(0, 9)} bid and {R.randrange(0, 9)} ask levels within {pick([0.5, 1, 2])}%"),
    ("E12", 5, "Data sufficiency for <*>: <*> of <*> trades after <*>", lambda: f"Data sufficiency for {pick(SYMBOLS)}: {R.randrange(0, 999)} of 1000 trades after {R.randrange(1, 600)}s"),
    ("E13", 3, "Store compacted <*> into <*> in <*>", lambda: f"Store compacted {R.uniform(1, 900):.1f} MB into {R.uniform(1, 300):.1f} MB in {R.uniform(0.1, 9):.2f}s"),
    ("E14", 3, "Health: rss <*>, <*> threads, event loop lag p99 <*>", lambda: f"Health: rss {R.randrange(80, 900)} MB, {R.randrange(8, 40)} threads, event loop lag p99 {R.uniform(0.1, 90):.1f}ms"),
    ("E15", 2, "Configuration reloaded from <*>", lambda: f"Configuration reloaded from {pick(['/etc/virtuoso/virtuoso.toml', '/home/alice/.config/virtuoso/virtuoso.toml'])}"),
]

SIZES = {"systemd_kernel": 420, "postgresql": 380, "android": 360, "windows_events": 340, "virtuoso_journal": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
