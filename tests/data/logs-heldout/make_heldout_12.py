#!/usr/bin/env python3
"""Writes the twelfth batch of labelled held-out logs of this folder (see README.md), written blind to
the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit 995733f. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`, fixed words) stays literal. Fixed seed.

    python3 make_heldout_12.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(12121)


def ip():
    return heldout_common.ip([31, 77, 91, 146, 212])


def b62(n):
    return "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def dur():
    s = R.randrange(1, 7200) + R.randrange(0, 10) / 10
    if s < 60:
        return f"{s:.1f}s"
    if s < 3600:
        return f"{int(s // 60)}m{s % 60:.1f}s"
    return f"{int(s // 3600)}h{int(s % 3600 // 60)}m{int(s % 60)}s"


def size():
    v = R.randrange(10, 10240) / 10
    return f"{v:.1f}{pick(['KiB', 'MiB', 'MiB', 'GiB'])}"


SETS = {}

# A cron-like job scheduler (jobs started and finished with exit codes, skipped overlaps, missed runs
# after downtime, mail of the output, lock contention, schedule reloads, killed by timeout).
CRON_JOBS = ["nightly-db-dump", "rotate_logs", "sync-ldap-groups", "cleanup /tmp/uploads", "billing.invoice_run",
             "certbot renew", "reindex-search", "Report:Weekly-Sales"]
CRON_USERS = ["root", "root", "www-data", "backup", "svc_billing", "postgres"]
CRON_SPECS = ["*/5 * * * *", "0 2 * * *", "15 3 * * 1", "@hourly", "30 */6 * * *", "@reboot"]


def run_id():
    return f"r{R.randrange(1, 999999):06d}"


SETS["job_scheduler"] = [
    ("E1", 30, "job[<*>] \"<*>\" started as <*> (run <*>, pid <*>)",
     lambda: f"job[{R.randrange(1, 64)}] \"{pick(CRON_JOBS)}\" started as {pick(CRON_USERS)} (run {run_id()}, pid {R.randrange(300, 65000)})"),
    ("E2", 26, "job[<*>] \"<*>\" finished: exit=<*> status=<*> elapsed=<*> output=<*>",
     lambda: (lambda c: f"job[{R.randrange(1, 64)}] \"{pick(CRON_JOBS)}\" finished: exit={c} status={'ok' if c == 0 else pick(['failed', 'error'])} elapsed={dur()} output={size()}")(pick([0, 0, 0, 0, 1, 2, 127, 137]))),
    ("E3", 6, "job[<*>] \"<*>\" skipped: previous run <*> still active since <*>",
     lambda: f"job[{R.randrange(1, 64)}] \"{pick(CRON_JOBS)}\" skipped: previous run {run_id()} still active since 2026-12-0{R.randrange(1, 8)}T{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:00Z"),
    ("E4", 3, "missed <*> scheduled runs of \"<*>\" while down (<*>), catch-up policy: <*>",
     lambda: f"missed {R.randrange(1, 40)} scheduled runs of \"{pick(CRON_JOBS)}\" while down ({dur()}), catch-up policy: {pick(['run-once', 'skip', 'run-all'])}"),
    ("E5", 8, "mail: sent output of job[<*>] to <<*>> (<*> bytes)",
     lambda: f"mail: sent output of job[{R.randrange(1, 64)}] to <{pick(['ops@corp.example', 'dba-team@corp.example', 'root@localhost'])}> ({R.randrange(40, 90000)} bytes)"),
    ("E6", 4, "lock \"<*>\" held by pid <*>, waiting up to <*>s",
     lambda: f"lock \"/var/lock/sched/{pick(CRON_JOBS).split()[0]}.lock\" held by pid {R.randrange(300, 65000)}, waiting up to {pick([30, 60, 300])}s"),
    ("E7", 2, "reloaded schedule from <*>: <*> jobs, <*> added, <*> removed, <*> changed",
     lambda: f"reloaded schedule from {pick(['/etc/sched.d', '/etc/sched.d/billing.toml', '/home/svc_billing/.schedtab'])}: {R.randrange(20, 64)} jobs, {pick([0, 0, 1, 2])} added, {pick([0, 0, 1])} removed, {pick([0, 1, 3])} changed"),
    ("E8", 3, "job[<*>] \"<*>\" killed after timeout <*> (signal <*>)",
     lambda: f"job[{R.randrange(1, 64)}] \"{pick(CRON_JOBS)}\" killed after timeout {pick(['30m0.0s', '1h0m0s', '5m0.0s'])} (signal {pick(['SIGTERM', 'SIGTERM', 'SIGKILL'])})"),
    ("E9", 5, "next run of \"<*>\" [<*>] at <*> (in <*>)",
     lambda: f"next run of \"{pick(CRON_JOBS)}\" [{pick(CRON_SPECS)}] at 2026-12-{R.randrange(7, 15):02d} {R.randrange(0, 24):02d}:{pick(['00', '05', '15', '30'])} (in {dur()})"),
    ("E10", 2, "WARN job[<*>] stderr: <*>",
     lambda: f"WARN job[{R.randrange(1, 64)}] stderr: {pick(['pg_dump: warning: there are circular foreign-key constraints', 'No such file or directory', 'rsync: connection unexpectedly closed (0 bytes received so far) [sender]', 'certificate not yet due for renewal'])}"),
    ("E11", 1, "ERROR cannot exec \"<*>\": <*>",
     lambda: f"ERROR cannot exec \"{pick(['/usr/local/bin/reindex', '/opt/billing/bin/invoice-run', '/usr/bin/certbot'])}\": {pick(['permission denied', 'no such file or directory', 'exec format error'])}"),
]

# An S3-like object storage gateway: API calls with bucket, key, status and bytes, multipart uploads,
# presigned URL checks, lifecycle expirations, replication lag, signature errors, throttling.
BUCKETS = ["media-prod", "backups-eu", "ml-datasets", "static.assets.example", "tenant-7f3a-logs"]
S3_OPS = ["GetObject", "GetObject", "GetObject", "PutObject", "PutObject", "HeadObject", "DeleteObject", "ListObjectsV2"]
ACCESS_KEYS = ["AKIA" + b62(16).upper() for _ in range(5)]


def s3_key():
    return pick([f"uploads/2026/12/{R.randrange(1, 31):02d}/{hexs(12)}.jpg", f"db/pg-{R.randrange(1, 4)}/base_{R.randrange(10 ** 5, 10 ** 6)}.tar.zst",
                 f"train/shard-{R.randrange(0, 1024):05d}-of-01024.parquet", f"css/app.{hexs(8)}.min.css",
                 f"{R.randrange(2024, 2027)}/Invoice {R.randrange(100, 999)} (final).pdf"])


def s3_access():
    op = pick(S3_OPS)
    st = pick([200, 200, 200, 200, 204, 206, 304, 403, 404]) if op != "PutObject" else pick([200, 200, 200, 400, 403])
    return (f"{op} bucket={pick(BUCKETS)} key=\"{s3_key()}\" status={st} bytes={R.randrange(0, 50000000)} "
            f"time={R.randrange(1, 4000)}ms req_id={b62(16).upper()} src={ip()}")


SETS["object_gateway"] = [
    ("E1", 40, "<*> bucket=<*> key=\"<*>\" status=<*> bytes=<*> time=<*>ms req_id=<*> src=<*>", s3_access),
    ("E2", 6, "multipart upload <*> initiated for <*>/<*> by <*>",
     lambda: f"multipart upload {b62(32)} initiated for {pick(BUCKETS)}/{s3_key()} by {pick(ACCESS_KEYS)}"),
    ("E3", 5, "multipart upload <*> completed: <*> parts, <*> total, etag \"<*>-<*>\"",
     lambda: (lambda n: f"multipart upload {b62(32)} completed: {n} parts, {size()} total, etag \"{hexs(32)}-{n}\"")(R.randrange(2, 400))),
    ("E4", 2, "multipart upload <*> aborted after <*> (<*>)",
     lambda: f"multipart upload {b62(32)} aborted after {dur()} ({pick(['client abort', 'lifecycle rule abort-incomplete-7d', 'part 3 checksum mismatch'])})"),
    ("E5", 4, "SignatureDoesNotMatch: access key <*> from <*>, string-to-sign hash <*>",
     lambda: f"SignatureDoesNotMatch: access key {pick(ACCESS_KEYS)} from {ip()}, string-to-sign hash {hexs(64)}"),
    ("E6", 3, "presigned URL for <*>/<*> expired <*> ago (X-Amz-Expires=<*>)",
     lambda: f"presigned URL for {pick(BUCKETS)}/{s3_key()} expired {dur()} ago (X-Amz-Expires={pick([300, 900, 3600, 604800])})"),
    ("E7", 4, "lifecycle: rule \"<*>\" on <*> expired <*> objects (<*>) in <*>",
     lambda: f"lifecycle: rule \"{pick(['expire-tmp-after-1d', 'Delete old backups', 'noncurrent>30d'])}\" on {pick(BUCKETS)} expired {R.randrange(0, 90000)} objects ({size()}) in {dur()}"),
    ("E8", 3, "replication to <*> lagging: <*> pending, oldest <*>",
     lambda: f"replication to {pick(['eu-central-2', 'us-east-1', 'site-b.dr.example'])} lagging: {R.randrange(10, 500000)} pending, oldest {dur()}"),
    ("E9", 3, "SlowDown: throttled <*> on bucket <*> (rate <*>/s > limit <*>/s)",
     lambda: f"SlowDown: throttled {pick(ACCESS_KEYS)} on bucket {pick(BUCKETS)} (rate {R.randrange(3500, 9000)}/s > limit {pick([3500, 5500])}/s)"),
    ("E10", 2, "disk <*> on node <*> marked <*>: <*>",
     lambda: f"disk {pick(['/mnt/d01', '/mnt/d07', '/mnt/nvme2'])} on node {pick(['sg-node-01', 'sg-node-02', 'sg-node-03'])} marked {pick(['offline', 'degraded', 'readonly'])}: {pick(['I/O error reading xl.meta', 'SMART reallocated sectors 184', 'free space below 5%'])}"),
    ("E11", 1, "bucket <*> created by <*> with versioning=<*>, object-lock=<*>",
     lambda: f"bucket {pick(['tenant-' + hexs(4) + '-logs', 'ci-artifacts', 'Scratch_2026'])} created by {pick(ACCESS_KEYS)} with versioning={pick(['Enabled', 'Suspended'])}, object-lock={pick(['true', 'false'])}"),
    ("E12", 2, "heal: <*>/<*> repaired <*>/<*> shards",
     lambda: f"heal: {pick(BUCKETS)}/{s3_key()} repaired {R.randrange(1, 4)}/{pick([8, 12, 16])} shards"),
]

# A music streaming client's playback log: tracks started with their quoted title and artist, codec,
# bitrate and source, buffering, skips, seeks, scrobbles, offline downloads, device switches, errors.
TRACKS = [("Windowlicker", "Aphex Twin"), ("Sledgehammer", "Peter Gabriel"), ("Ça plane pour moi", "Plastic Bertrand"),
          ("99 Luftballons", "Nena"), ("Clair de lune, L. 32", "Claude Debussy; Alexis Weissenberg"),
          ("Don't Stop Me Now - Remastered 2011", "Queen"), ("Hyperballad", "Björk"), ("Sweet Disposition", "The Temper Trap")]


def track_id():
    return f"trk:{b62(22)}"


def mm_ss():
    return f"{R.randrange(0, 7)}:{R.randrange(0, 60):02d}"


SETS["music_player"] = [
    ("E1", 30, "[Playback] play <*> \"<*>\" by <*> (<*> <*>kbps, source=<*>)",
     lambda: (lambda t: f"[Playback] play {track_id()} \"{t[0]}\" by {t[1]} ({pick(['ogg/vorbis', 'aac', 'flac'])} {pick([96, 160, 320, 320])}kbps, source={pick(['playlist:Discover Weekly', 'album', 'radio', 'search', 'queue'])})")(pick(TRACKS))),
    ("E2", 14, "[Playback] track ended <*> at <*>/<*> reason=<*>",
     lambda: f"[Playback] track ended {track_id()} at {mm_ss()}/{mm_ss()} reason={pick(['trackdone', 'trackdone', 'fwdbtn', 'backbtn', 'endplay', 'remote'])}"),
    ("E3", 8, "[Audio] buffer underrun after <*>, refilled <*> in <*>ms",
     lambda: f"[Audio] buffer underrun after {dur()}, refilled {size()} in {R.randrange(40, 9000)}ms"),
    ("E4", 5, "[Playback] seek to <*> (from <*>)", lambda: f"[Playback] seek to {mm_ss()} (from {mm_ss()})"),
    ("E5", 6, "[Scrobbler] submitted <*> tracks to <*>, <*> queued",
     lambda: f"[Scrobbler] submitted {R.randrange(1, 50)} tracks to {pick(['last.fm', 'listenbrainz'])}, {pick([0, 0, 0, 3, 12])} queued"),
    ("E6", 4, "[Offline] downloaded <*>/<*> tracks of '<*>' (<*>)",
     lambda: (lambda n: f"[Offline] downloaded {R.randrange(1, n + 1)}/{n} tracks of '{pick(['Liked Songs', 'Road trip 2026', 'Chill — evening', 'Release Radar'])}' ({size()})")(R.randrange(5, 300))),
    ("E7", 3, "[Connect] transferred playback to \"<*>\" (<*>, volume <*>%)",
     lambda: f"[Connect] transferred playback to \"{pick(['Living Room', 'Kitchen speaker', 'Pixel 9 Pro', 'MacBook Air von Jonas'])}\" ({pick(['CastAudio', 'Smartphone', 'Computer', 'Speaker'])}, volume {R.randrange(0, 101)}%)"),
    ("E8", 2, "[Playback] ERROR cannot play <*>: <*> (code <*>)",
     lambda: f"[Playback] ERROR cannot play {track_id()}: {pick(['not available in your country', 'license expired', 'decoder error'])} (code {pick(['ERR_403', 'ERR_LICENSE_EXPIRED', 'E_DECODE'])})"),
    ("E9", 3, "[Net] switched to <*>, quality now <*>",
     lambda: f"[Net] switched to {pick(['wifi', 'cellular', 'offline'])}, quality now {pick(['very_high', 'high', 'normal', 'low', 'automatic'])}"),
    ("E10", 2, "[Cache] evicted <*> files (<*>), cache <*>/<*>",
     lambda: f"[Cache] evicted {R.randrange(1, 400)} files ({size()}), cache {size()}/{pick(['1.0GiB', '5.0GiB', '10.0GiB'])}"),
    ("E11", 1, "[Auth] token refreshed, expires in <*>s", lambda: f"[Auth] token refreshed, expires in {pick([3600, 3600, 1800])}s"),
    ("E12", 3, "[Playback] shuffle=<*> repeat=<*> on context <*>",
     lambda: f"[Playback] shuffle={pick(['on', 'off'])} repeat={pick(['off', 'context', 'track'])} on context {pick(['spotify:playlist:' + b62(22), 'album:' + b62(22), 'artist-radio:' + b62(22)])}"),
]

# A laboratory mass spectrometer's acquisition software: sample runs with their sequence position,
# method and vial, spray voltage and vacuum, calibrations with the mass error in ppm, lock mass,
# peak counts, column pressure alarms, autosampler and file writes.
METHODS = ["DDA_Top20_120min.meth", "PRM_targets_v3.meth", "DIA 40x15 (60min).meth", "Metabolomics_HILIC_pos.meth"]


def sample():
    return pick([f"QC_HeLa_{R.randrange(1, 99):02d}", f"P{R.randrange(1, 300):04d}_plasma_rep{R.randrange(1, 4)}", "Blank",
                 f"STD-Mix {pick(['A', 'B'])} 10ng", f"Lib_{hexs(4).upper()}_frac{R.randrange(1, 24):02d}"])


def vial():
    return f"{pick('RGB')}:{pick('ABCDEFGH')}{R.randrange(1, 13)}"


SETS["mass_spec"] = [
    ("E1", 14, "Run <*>/<*> started: sample '<*>' vial <*> method <*> inj <*>uL",
     lambda: (lambda n: f"Run {R.randrange(1, n + 1)}/{n} started: sample '{sample()}' vial {vial()} method {pick(METHODS)} inj {pick(['1.0', '2.0', '5.0', '0.5'])}uL")(pick([24, 48, 96]))),
    ("E2", 12, "Run <*> completed in <*>: <*> MS1 scans, <*> MS2 scans, TIC max <*>",
     lambda: f"Run {R.randrange(1, 97)} completed in {dur()}: {R.randrange(1000, 9000)} MS1 scans, {R.randrange(10000, 90000)} MS2 scans, TIC max {R.randrange(1, 10)}.{R.randrange(0, 100):02d}E{R.randrange(7, 11)}"),
    ("E3", 20, "Source: spray <*>kV current <*>uA capillary <*>°C vacuum <*> mbar",
     lambda: f"Source: spray {R.randrange(17, 23) / 10:.1f}kV current {R.randrange(1, 40) / 10:.1f}uA capillary {pick([275, 300, 320])}°C vacuum {R.randrange(10, 99) / 10:.1f}e-{pick([9, 10, 10])} mbar"),
    ("E4", 4, "Calibration <*>: mass error <*> ppm (RMS), <*> of <*> ions within tolerance",
     lambda: f"Calibration {pick(['passed', 'passed', 'passed', 'failed'])}: mass error {pick(['', '-'])}{R.randrange(1, 50) / 10:.1f} ppm (RMS), {R.randrange(8, 12)} of 12 ions within tolerance"),
    ("E5", 6, "Lock mass <*> <*> (intensity <*>)",
     lambda: f"Lock mass {pick(['445.12003', '371.10124', '391.28429'])} {pick(['found', 'found', 'found', 'not found'])} (intensity {R.randrange(1, 99)}.{R.randrange(0, 9)}E{R.randrange(4, 8)})"),
    ("E6", 3, "WARNING LC pump <*> pressure <*> bar exceeds limit <*> bar",
     lambda: f"WARNING LC pump {pick(['NC', 'Loading', 'A'])} pressure {R.randrange(800, 1300)} bar exceeds limit {pick([800, 1000, 1200])} bar"),
    ("E7", 5, "Autosampler: tray <*> temperature <*>°C, needle wash <*>",
     lambda: f"Autosampler: tray {pick(['R', 'G', 'B'])} temperature {R.randrange(40, 120) / 10:.1f}°C, needle wash {pick(['OK', 'OK', 'OK', 'low solvent'])}"),
    ("E8", 8, "Raw file written: <*> (<*>)",
     lambda: f"Raw file written: D:\\Data\\{pick(['2026_12_Proteomics', 'Cohort B', 'QC'])}\\{sample().replace(' ', '_')}_{R.randrange(1, 999):03d}.raw ({size()})"),
    ("E9", 2, "ERROR Run <*> aborted: <*>",
     lambda: f"ERROR Run {R.randrange(1, 97)} aborted: {pick(['communication with LC lost', 'spray unstable for more than 60 s', 'vial not found', 'user abort'])}"),
    ("E10", 2, "Sequence '<*>' queued by <*>: <*> runs, estimated <*>",
     lambda: f"Sequence '{pick(['Cohort B plasma', 'HeLa QC weekly', 'PRM validation 3'])}' queued by {pick(['mkrause', 'lab.admin', 'j.nguyen'])}: {pick([24, 48, 96])} runs, estimated {dur()}"),
    ("E11", 3, "QC check <*>: <*> peptides, median RT shift <*> min, <*>",
     lambda: f"QC check {sample()}: {R.randrange(1500, 5000)} peptides, median RT shift {pick(['', '-'])}{R.randrange(0, 80) / 100:.2f} min, {pick(['PASS', 'PASS', 'FAIL'])}"),
]

# A compiler and build system (ninja-like steps, compiler warnings with file:line:col, link steps,
# cache hits, test results, failures with the command).
SRCS = ["src/net/Socket.cpp", "src/core/Engine.cc", "lib/json/parse.c", "src/ui/MainWindow.cpp", "third_party/zstd/lib/compress/zstd_lazy.c",
        "src/db/QueryPlanner.cpp", "tools/gen_schema.cc"]
WARNS = [("unused variable 'rc'", "-Wunused-variable"), ("comparison of integer expressions of different signedness: 'int' and 'size_t'", "-Wsign-compare"),
         ("'this' pointer is null", "-Wnonnull"), ("variable 'buf' set but not used", "-Wunused-but-set-variable"),
         ("implicit conversion from 'long' to 'int' may change value", "-Wshorten-64-to-32"), ("this statement may fall through", "-Wimplicit-fallthrough=")]


ERRORS = ["no member named 'resize' in 'std::span<const char>'", "expected ';' after expression",
          "use of undeclared identifier 'kMaxRetries'"]
INSTANTIATIONS = ["function template specialization 'json::get<int>'", "member function 'Pool<Conn, 8>::acquire'",
                  "class 'std::vector<Row>'"]


def obj(s):
    return "obj/" + s.rsplit(".", 1)[0].replace("/", "_") + ".o"


def step():
    n = R.randrange(600, 2400)
    return f"[{R.randrange(1, n)}/{n}]"


SETS["build_system"] = [
    ("E1", 40, "[<*>/<*>] <*> <*>",
     lambda: (lambda s: f"{step()} {pick(['CXX', 'CXX', 'CC'])} {obj(s)}")(pick(SRCS))),
    ("E2", 12, "<*>:<*>:<*>: warning: <*> [<*>]",
     lambda: (lambda w: f"{pick(SRCS)}:{R.randrange(1, 3000)}:{R.randrange(1, 80)}: warning: {w[0]} [{w[1]}]")(pick(WARNS))),
    ("E3", 6, "[<*>/<*>] LINK <*>",
     lambda: f"{step()} LINK {pick(['bin/server', 'bin/gen_schema', 'lib/libengine.so.3.2.1', 'tests/unit_tests'])}"),
    ("E4", 7, "cache: hit <*> (<*>, <*>)",
     lambda: f"cache: hit {hexs(16)} ({obj(pick(SRCS))}, {size()})"),
    ("E5", 2, "FAILED: <*>",
     lambda: f"FAILED: {pick([obj(pick(SRCS)), obj(pick(SRCS)), 'bin/server'])}"),
    ("E6", 2, "<*>:<*>:<*>: error: <*>",
     lambda: f"{pick(SRCS)}:{R.randrange(1, 3000)}:{R.randrange(1, 80)}: error: {pick(ERRORS)}"),
    ("E7", 5, "test <*> ... <*> (<*>)",
     lambda: f"test {pick(['net::socket_reconnect', 'db::planner_joins', 'json::parse_utf16_surrogates', 'ui::main_window_smoke'])} ... {pick(['ok', 'ok', 'ok', 'FAILED', 'ignored'])} ({R.randrange(0, 9000)}ms)"),
    ("E8", 3, "ninja: build stopped: <*>.", lambda: f"ninja: build stopped: {pick(['subcommand failed', 'interrupted by user', 'cannot make progress due to previous errors'])}."),
    ("E9", 2, "-- Found <*>: <*> (found version \"<*>\")",
     lambda: (lambda p: f"-- Found {p[0]}: {p[1]} (found version \"{p[2]}\")")(pick([("OpenSSL", "/usr/lib/x86_64-linux-gnu/libcrypto.so", "3.0.15"), ("ZLIB", "/usr/lib/x86_64-linux-gnu/libz.so", "1.2.13"), ("Protobuf", "/opt/protobuf/lib/libprotobuf.a", "28.3")]))),
    ("E10", 3, "build finished: <*> targets in <*> (<*>% cached, <*> warnings)",
     lambda: f"build finished: {R.randrange(1, 2400)} targets in {dur()} ({R.randrange(0, 100)}% cached, {R.randrange(0, 60)} warnings)"),
    ("E11", 1, "ld: warning: <*> has a LOAD segment with RWX permissions",
     lambda: f"ld: warning: {pick(['bin/server', 'bin/gen_schema', 'tests/unit_tests'])} has a LOAD segment with RWX permissions"),
    ("E12", 2, "note: in instantiation of <*> requested here",
     lambda: f"note: in instantiation of {pick(INSTANTIATIONS)} requested here"),
]

# An SSO identity provider (SAML and OIDC logins, MFA, consent, token issue and refresh, sessions,
# brute force protection, signing key rotation, SCIM provisioning).
IDP_USERS = ["a.meier@corp.example", "j.smith", "Priya.Raman@corp.example", "svc-jenkins", "m.oconnor@partner.example"]
CLIENTS = ["grafana", "gitlab-prod", "https://salesforce.example.com/saml", "mobile-app-ios", "urn:amazon:webservices", "Jira Cloud"]


def sid():
    return b62(24)


SETS["sso_idp"] = [
    ("E1", 26, "LOGIN user=<*> client=\"<*>\" protocol=<*> ip=<*> result=<*> session=<*>",
     lambda: f"LOGIN user={pick(IDP_USERS)} client=\"{pick(CLIENTS)}\" protocol={pick(['oidc', 'oidc', 'saml2'])} ip={ip()} result={pick(['success', 'success', 'success', 'invalid_credentials', 'user_disabled'])} session={sid()}"),
    ("E2", 20, "CODE_TO_TOKEN client=\"<*>\" grant=<*> scopes=[<*>] expires_in=<*>",
     lambda: f"CODE_TO_TOKEN client=\"{pick(CLIENTS)}\" grant={pick(['authorization_code', 'refresh_token', 'client_credentials'])} scopes=[{pick(['openid', 'openid profile email', 'openid offline_access groups', 'read:metrics'])}] expires_in={pick([300, 900, 3600])}"),
    ("E3", 10, "MFA challenge for <*>: method=<*> outcome=<*> (<*>s)",
     lambda: f"MFA challenge for {pick(IDP_USERS)}: method={pick(['totp', 'webauthn', 'push', 'sms'])} outcome={pick(['passed', 'passed', 'failed', 'timeout'])} ({R.randrange(1, 60)}s)"),
    ("E4", 4, "consent granted by <*> to \"<*>\" for <*>",
     lambda: f"consent granted by {pick(IDP_USERS)} to \"{pick(CLIENTS)}\" for {pick(['profile, email', 'groups', 'calendar.read, files.readwrite'])}"),
    ("E5", 3, "brute force detected for <*>: <*> failures in <*>, locked for <*>",
     lambda: f"brute force detected for {pick(IDP_USERS + ['admin', 'administrator'])}: {R.randrange(5, 40)} failures in {dur()}, locked for {pick(['15m0.0s', '1h0m0s', '5m0.0s'])}"),
    ("E6", 6, "LOGOUT session=<*> user=<*> reason=<*> duration=<*>",
     lambda: f"LOGOUT session={sid()} user={pick(IDP_USERS)} reason={pick(['user', 'idle_timeout', 'max_lifetime', 'admin_revoke'])} duration={dur()}"),
    ("E7", 3, "SAML response signed for SP '<*>' with key kid=<*> (NameID format <*>)",
     lambda: f"SAML response signed for SP '{pick(['https://salesforce.example.com/saml', 'urn:amazon:webservices', 'https://wiki.corp.example/saml/metadata'])}' with key kid={hexs(8)} (NameID format {pick(['emailAddress', 'persistent', 'transient'])})"),
    ("E8", 2, "key rotation: new signing key kid=<*> alg=<*>, previous kid=<*> retired in <*>",
     lambda: f"key rotation: new signing key kid={hexs(8)} alg={pick(['RS256', 'ES256', 'PS256'])}, previous kid={hexs(8)} retired in {pick(['24h0m0s', '168h0m0s'])}"),
    ("E9", 3, "REFRESH_TOKEN_ERROR client=\"<*>\" error=<*> description=\"<*>\"",
     lambda: f"REFRESH_TOKEN_ERROR client=\"{pick(CLIENTS)}\" error={pick(['invalid_grant', 'invalid_grant', 'invalid_client'])} description=\"{pick(['Token is not active', 'Session not active', 'Stale token', 'Client secret mismatch'])}\""),
    ("E10", 3, "SCIM <*> /Users/<*> from <*>: <*>",
     lambda: f"SCIM {pick(['POST', 'PATCH', 'PATCH', 'DELETE'])} /Users/{uuid()} from {pick(['Workday connector', 'azure-ad-sync', 'hr-bridge'])}: {pick([201, 200, 204, 409])}"),
    ("E11", 2, "identity provider <*> redirect failed: <*>",
     lambda: f"identity provider {pick(['google', 'github', 'corp-adfs'])} redirect failed: {pick(['state mismatch', 'invalid_request: redirect_uri not allowed', 'upstream returned 502 Bad Gateway'])}"),
    ("E12", 1, "realm '<*>' settings updated by <*>: <*>",
     lambda: f"realm '{pick(['corp', 'partners', 'master'])}' settings updated by {pick(['admin', 'a.meier@corp.example'])}: {pick(['accessTokenLifespan 300 -> 600', 'passwordPolicy += length(12)', 'bruteForceProtected false -> true'])}"),
]

SIZES = {"job_scheduler": 330, "object_gateway": 340, "music_player": 320, "mass_spec": 300, "build_system": 350,
         "sso_idp": 310}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
