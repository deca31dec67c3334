#!/usr/bin/env python3
"""Writes the fifth batch of labelled held-out logs of this folder (see README.md), written after the
grouping rules were frozen a fifth time (commit 2c48f80) and not used to change them. Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans. Fixed seed.

    python3 make_heldout_5.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(5555)


def ip():
    return heldout_common.ip([10, 100, 172, 192])


def words(options):
    return pick(options)


SETS = {}

# A multiplayer game server's log: players, matches, maps, anti-cheat, tick rate.
PLAYERS = ["xXSniperXx", "mira_k", "Tobbe", "n00bslayer", "GhostFox", "lena.v", "Kaito", "ProGamer_77", "ash", "Quokka"]
MAPS = ["de_harbor", "arena_frost", "ctf_canyon", "koth_mill", "dm_foundry"]
MODES = ["deathmatch", "capture the flag", "king of the hill", "team elimination"]
SETS["game_server"] = [
    ("E1", 16, "Player \"<*>\" (<*>) connected from <*>",
     lambda: f"Player \"{pick(PLAYERS)}\" (steam:{R.randrange(10**16, 10**17)}) connected from {ip()}:{R.randrange(20000, 65000)}"),
    ("E2", 14, "Player \"<*>\" disconnected: <*>",
     lambda: f"Player \"{pick(PLAYERS)}\" disconnected: {pick(['timed out', 'client quit', 'kicked by admin', 'connection lost to host', 'banned'])}"),
    ("E3", 8, "Match <*> started on <*> (<*>, <*> players)",
     lambda: f"Match {R.randrange(1000, 99999)} started on {pick(MAPS)} ({pick(MODES)}, {R.randrange(2, 17)} players)"),
    ("E4", 6, "Match <*> ended after <*>: <*> won <*>-<*>",
     lambda: f"Match {R.randrange(1000, 99999)} ended after {R.randrange(3, 40)}m{R.randrange(0, 60):02d}s: {pick(['Red', 'Blue', 'Green'])} won {R.randrange(5, 30)}-{R.randrange(0, 25)}"),
    ("E5", 10, "Server can't keep up! Tick took <*> ms (budget <*> ms), skipping <*> ticks",
     lambda: f"Server can't keep up! Tick took {R.randrange(40, 900)} ms (budget {pick([16, 33, 50])} ms), skipping {R.randrange(1, 20)} ticks"),
    ("E6", 5, "AntiCheat: flagged <*> for <*> (score <*>)",
     lambda: f"AntiCheat: flagged {pick(PLAYERS)} for {pick(['aim snapping', 'speed hack', 'wall hack suspected', 'impossible jump height'])} (score {R.randrange(50, 100)}.{R.randrange(10)})"),
    ("E7", 9, "<*> killed <*> with <*> (<*> m)",
     lambda: f"{pick(PLAYERS)} killed {pick(PLAYERS)} with {pick(['rifle', 'rocket launcher', 'knife', 'plasma gun', 'shotgun'])} ({R.randrange(1, 300)}.{R.randrange(10)} m)"),
    ("E8", 4, "Changing map to <*>",
     lambda: f"Changing map to {pick(MAPS)}"),
    ("E9", 3, "Saved world state to <*> in <*> ms",
     lambda: f"Saved world state to /srv/game/saves/{pick(MAPS)}-{R.randrange(1, 999)}.sav in {R.randrange(5, 400)} ms"),
]

# A CI runner's job log: jobs, steps, caches, artifacts, containers.
REPOS = ["web/frontend", "platform/api", "infra/terraform-modules", "mobile/ios-app", "data/etl-jobs"]
STEPS = ["Checkout", "Install dependencies", "Run unit tests", "Build image", "Lint", "Upload coverage report"]
IMAGES = ["node:20-alpine", "python:3.12-slim", "golang:1.22", "ubuntu:22.04", "rust:1.77"]
SETS["ci_runner"] = [
    ("E1", 12, "Job <*> received for <*>@<*> (pipeline <*>)",
     lambda: f"Job {R.randrange(100000, 999999)} received for {pick(REPOS)}@{hexs(8)} (pipeline {R.randrange(1000, 99999)})"),
    ("E2", 10, "Pulling docker image <*> ...",
     lambda: f"Pulling docker image {pick(IMAGES)} ..."),
    ("E3", 16, "Step \"<*>\" finished with exit code <*> in <*>",
     lambda: f"Step \"{pick(STEPS)}\" finished with exit code {pick([0, 0, 0, 1, 2, 137])} in {R.randrange(1, 600)}.{R.randrange(10)}s"),
    ("E4", 8, "Restoring cache key=<*> from <*> (<*> MB)",
     lambda: f"Restoring cache key={pick(['npm', 'pip', 'gomod', 'cargo'])}-{hexs(12)} from s3://ci-cache/{pick(REPOS)} ({R.randrange(1, 900)} MB)"),
    ("E5", 6, "Cache miss for key <*>",
     lambda: f"Cache miss for key {pick(['npm', 'pip', 'gomod', 'cargo'])}-{hexs(12)}"),
    ("E6", 7, "Uploading artifacts: <*> files, <*> KB",
     lambda: f"Uploading artifacts: {R.randrange(1, 400)} files, {R.randrange(10, 90000)} KB"),
    ("E7", 5, "Job <*> failed: <*>",
     lambda: f"Job {R.randrange(100000, 999999)} failed: {pick(['script returned exit code 1', 'timeout after 3600 seconds', 'runner system failure', 'the container was killed (out of memory)'])}"),
    ("E8", 9, "Job <*> succeeded in <*>",
     lambda: f"Job {R.randrange(100000, 999999)} succeeded in {R.randrange(0, 59)}m {R.randrange(0, 60)}s"),
    ("E9", 4, "WARNING: runner <*> is near its concurrency limit (<*>/<*>)",
     lambda: f"WARNING: runner {pick(['build-01', 'build-02', 'arm-03', 'gpu-01'])} is near its concurrency limit ({R.randrange(6, 9)}/8)"),
]

# An IoT gateway with an MQTT broker: devices, topics, sessions, firmware.
DEVICES = [f"{pick(['thermo', 'plug', 'door', 'meter', 'cam'])}-{hexs(6)}" for _ in range(14)]
ROOMS = ["kitchen", "garage", "living_room", "office", "basement"]
SETS["mqtt_gateway"] = [
    ("E1", 14, "New client connected from <*> as <*> (c<*>, k<*>, u'<*>').",
     lambda: f"New client connected from {ip()}:{R.randrange(30000, 60000)} as {pick(DEVICES)} (c{R.randrange(0, 2)}, k{pick([30, 60, 120])}, u'{pick(['gateway', 'device', 'admin'])}')."),
    ("E2", 12, "Client <*> disconnected.",
     lambda: f"Client {pick(DEVICES)} disconnected."),
    ("E3", 8, "Client <*> has exceeded timeout, disconnecting.",
     lambda: f"Client {pick(DEVICES)} has exceeded timeout, disconnecting."),
    ("E4", 18, "telemetry <*>/<*>/<*> = <*>",
     lambda: f"telemetry home/{pick(ROOMS)}/{pick(['temperature', 'humidity', 'power', 'co2'])} = {R.randrange(0, 3000)}.{R.randrange(100)}"),
    ("E5", 6, "Denied PUBLISH from <*> (d<*>, q<*>, r<*>, m<*>, '<*>', ... (<*> bytes))",
     lambda: f"Denied PUBLISH from {pick(DEVICES)} (d0, q{R.randrange(0, 3)}, r{R.randrange(0, 2)}, m{R.randrange(1, 9999)}, 'home/{pick(ROOMS)}/set', ... ({R.randrange(2, 300)} bytes))"),
    ("E6", 5, "OTA update for <*>: <*> -> <*> <*>",
     lambda: f"OTA update for {pick(DEVICES)}: {pick(['1.2.0', '1.2.3', '2.0.1'])} -> {pick(['1.3.0', '2.0.2', '2.1.0'])} {pick(['started', 'verified', 'failed checksum', 'rolled back'])}"),
    ("E7", 5, "Zigbee: device <*> joined the network (<*>)",
     lambda: f"Zigbee: device 0x{hexs(16)} joined the network ({pick(['IKEA bulb', 'Aqara door sensor', 'smart plug', 'unknown vendor'])})"),
    ("E8", 4, "Saving in-memory database to <*>.",
     lambda: f"Saving in-memory database to /var/lib/mosquitto/mosquitto.db."),
    ("E9", 3, "Socket error on client <*>, disconnecting.",
     lambda: f"Socket error on client {pick(DEVICES)}, disconnecting."),
]

# A Kerberos KDC and LDAP directory server.
PRINCIPALS = ["alice@CORP.EXAMPLE", "bob@CORP.EXAMPLE", "svc-backup@CORP.EXAMPLE", "carol@CORP.EXAMPLE", "HTTP/web01.corp.example@CORP.EXAMPLE"]
SERVICES = ["krbtgt/CORP.EXAMPLE@CORP.EXAMPLE", "HTTP/web01.corp.example@CORP.EXAMPLE", "ldap/dc1.corp.example@CORP.EXAMPLE", "cifs/files.corp.example@CORP.EXAMPLE"]
DNS = ["uid=alice,ou=people,dc=corp,dc=example", "uid=bob,ou=people,dc=corp,dc=example", "cn=admin,dc=corp,dc=example", "uid=svc-backup,ou=services,dc=corp,dc=example"]
SETS["kerberos_ldap"] = [
    ("E1", 16, "AS_REQ (<*> etypes {<*>}) <*>: ISSUE: authtime <*>, etypes {rep=<*> tkt=<*> ses=<*>}, <*> for <*>",
     lambda: f"AS_REQ ({R.randrange(2, 7)} etypes {{{' '.join(str(pick([17, 18, 19, 20, 23])) for _ in range(R.randrange(2, 5)))}}}) {ip()}: ISSUE: authtime {R.randrange(1700000000, 1800000000)}, etypes {{rep={pick([17, 18])} tkt={pick([18, 20])} ses={pick([17, 18])}}}, {pick(PRINCIPALS)} for {SERVICES[0]}"),
    ("E2", 14, "TGS_REQ (<*> etypes {<*>}) <*>: ISSUE: authtime <*>, etypes {rep=<*> tkt=<*> ses=<*>}, <*> for <*>",
     lambda: f"TGS_REQ ({R.randrange(2, 7)} etypes {{{' '.join(str(pick([17, 18, 19, 20, 23])) for _ in range(R.randrange(2, 5)))}}}) {ip()}: ISSUE: authtime {R.randrange(1700000000, 1800000000)}, etypes {{rep={pick([17, 18])} tkt={pick([18, 20])} ses={pick([17, 18])}}}, {pick(PRINCIPALS)} for {pick(SERVICES[1:])}"),
    ("E3", 8, "AS_REQ (<*> etypes {<*>}) <*>: PREAUTH_FAILED: <*> for <*>, Preauthentication failed",
     lambda: f"AS_REQ ({R.randrange(2, 7)} etypes {{{' '.join(str(pick([17, 18, 23])) for _ in range(R.randrange(2, 4)))}}}) {ip()}: PREAUTH_FAILED: {pick(PRINCIPALS)} for {SERVICES[0]}, Preauthentication failed"),
    ("E4", 6, "AS_REQ (<*> etypes {<*>}) <*>: CLIENT_NOT_FOUND: <*> for <*>, Client not found in Kerberos database",
     lambda: f"AS_REQ ({R.randrange(2, 7)} etypes {{{' '.join(str(pick([17, 18, 23])) for _ in range(R.randrange(2, 4)))}}}) {ip()}: CLIENT_NOT_FOUND: {pick(['mallory', 'test', 'admin', 'oracle'])}@CORP.EXAMPLE for {SERVICES[0]}, Client not found in Kerberos database"),
    ("E5", 12, "conn=<*> op=<*> BIND dn=\"<*>\" method=<*>",
     lambda: f"conn={R.randrange(1000, 9999)} op={R.randrange(0, 20)} BIND dn=\"{pick(DNS)}\" method={pick([128, 163])}"),
    ("E6", 12, "conn=<*> op=<*> SRCH base=\"<*>\" scope=<*> deref=<*> filter=\"<*>\"",
     lambda: f"conn={R.randrange(1000, 9999)} op={R.randrange(0, 20)} SRCH base=\"{pick(['ou=people,dc=corp,dc=example', 'dc=corp,dc=example', 'ou=groups,dc=corp,dc=example'])}\" scope={R.randrange(0, 3)} deref=0 filter=\"{pick(['(uid=alice)', '(objectClass=*)', '(&(objectClass=posixGroup)(memberUid=bob))', '(mail=carol@corp.example)'])}\""),
    ("E7", 8, "conn=<*> op=<*> RESULT tag=<*> err=<*> qtime=<*> etime=<*> text=<*>",
     lambda: f"conn={R.randrange(1000, 9999)} op={R.randrange(0, 20)} RESULT tag={pick([97, 101, 103])} err={pick([0, 0, 32, 49, 50])} qtime=0.0000{R.randrange(10, 99)} etime=0.00{R.randrange(1000, 9999)} text={pick(['', 'invalid credentials', 'no such object'])}"),
    ("E8", 4, "slap_global_control: unrecognized control: <*>",
     lambda: f"slap_global_control: unrecognized control: 1.3.6.1.4.1.{R.randrange(1000, 99999)}.{R.randrange(1, 9)}.{R.randrange(1, 20)}"),
]

# A VPN daemon: peers, handshakes, tunnels, routes, certificates.
PEERS = [f"{pick(['laptop', 'phone', 'branch', 'nas'])}-{pick(['anna', 'omar', 'lisbon', 'office2', 'home'])}" for _ in range(10)]
SETS["vpn_daemon"] = [
    ("E1", 16, "peer <*> (<*>): handshake completed, session <*> established, cipher <*>",
     lambda: f"peer {pick(PEERS)} ({ip()}:{R.randrange(1024, 65535)}): handshake completed, session {R.randrange(1, 99999)} established, cipher {pick(['AES-256-GCM', 'CHACHA20-POLY1305', 'AES-128-GCM'])}"),
    ("E2", 10, "peer <*>: no handshake response after <*> seconds, retrying (attempt <*>)",
     lambda: f"peer {pick(PEERS)}: no handshake response after {pick([5, 10, 20])} seconds, retrying (attempt {R.randrange(1, 10)})"),
    ("E3", 12, "peer <*>: keepalive, rx <*> tx <*>",
     lambda: f"peer {pick(PEERS)}: keepalive, rx {R.randrange(0, 10**9)} tx {R.randrange(0, 10**9)}"),
    ("E4", 6, "TLS error: certificate verify failed: <*> (depth <*>, subject <*>)",
     lambda: f"TLS error: certificate verify failed: {pick(['certificate has expired', 'unable to get local issuer certificate', 'self signed certificate in certificate chain'])} (depth {R.randrange(0, 3)}, subject CN={pick(PEERS)})"),
    ("E5", 8, "route add <*> via <*> dev <*> metric <*>",
     lambda: f"route add {R.randrange(10, 192)}.{R.randrange(256)}.0.0/{pick([16, 24])} via 10.8.0.{R.randrange(1, 254)} dev tun{R.randrange(0, 4)} metric {pick([50, 100, 200])}"),
    ("E6", 7, "peer <*>: assigned virtual address <*>, pushing <*> routes and DNS <*>",
     lambda: f"peer {pick(PEERS)}: assigned virtual address 10.8.0.{R.randrange(2, 254)}, pushing {R.randrange(1, 12)} routes and DNS {ip()}"),
    ("E7", 5, "peer <*>: session <*> closed (<*>), duration <*>",
     lambda: f"peer {pick(PEERS)}: session {R.randrange(1, 99999)} closed ({pick(['inactivity timeout', 'client request', 'rekey failed', 'server shutdown'])}), duration {R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"),
    ("E8", 4, "MTU probe on <*>: path MTU is <*>",
     lambda: f"MTU probe on tun{R.randrange(0, 4)}: path MTU is {pick([1280, 1380, 1420, 1500])}"),
    ("E9", 3, "Replay attack detected from <*>: packet counter <*> already seen",
     lambda: f"Replay attack detected from {ip()}:{R.randrange(1024, 65535)}: packet counter {R.randrange(10**6, 10**9)} already seen"),
]

# A backup tool's log: snapshots, chunks, repositories, pruning, checks.
PATHS = ["/home", "/etc", "/var/lib/postgresql", "/srv/www", "/opt/apps"]
REPO = ["s3:backups-eu/host1", "sftp:nas.lan:/backup/host1", "/mnt/usb/restic-repo"]
SETS["backup_tool"] = [
    ("E1", 10, "snapshot <*> saved: <*> files new, <*> changed, <*> unmodified, <*> added to the repository",
     lambda: f"snapshot {hexs(8)} saved: {R.randrange(0, 5000)} files new, {R.randrange(0, 900)} changed, {R.randrange(1000, 900000)} unmodified, {R.randrange(1, 9000)}.{R.randrange(10)} MiB added to the repository"),
    ("E2", 12, "scanning <*>: <*> files, <*> directories, <*>",
     lambda: f"scanning {pick(PATHS)}: {R.randrange(10, 900000)} files, {R.randrange(1, 90000)} directories, {R.randrange(1, 999)}.{R.randrange(100):02d} {pick(['MiB', 'GiB'])}"),
    ("E3", 8, "error: <*>: <*>",
     lambda: f"error: {pick(PATHS)}/{pick(['cache/tmp.lock', 'data/pg_wal/000000010000', 'node_modules/.bin/x', 'sessions/sess_a1'])}: {pick(['permission denied', 'no such file or directory', 'file changed as we read it'])}"),
    ("E4", 6, "repository <*> opened (version <*>, compression <*>)",
     lambda: f"repository {pick(REPO)} opened (version {pick([1, 2])}, compression {pick(['auto', 'max', 'off'])})"),
    ("E5", 5, "forget: keeping <*> snapshots, removing <*> (policy: <*>)",
     lambda: f"forget: keeping {R.randrange(5, 40)} snapshots, removing {R.randrange(0, 12)} (policy: keep {R.randrange(3, 14)} daily, {R.randrange(2, 8)} weekly, {R.randrange(3, 24)} monthly)"),
    ("E6", 5, "prune: <*> packs to repack, <*> to delete, freeing <*>",
     lambda: f"prune: {R.randrange(0, 400)} packs to repack, {R.randrange(0, 900)} to delete, freeing {R.randrange(1, 999)}.{R.randrange(10)} {pick(['MiB', 'GiB'])}"),
    ("E7", 4, "check: <*> errors found in <*> packs",
     lambda: f"check: {R.randrange(0, 4)} errors found in {R.randrange(100, 90000)} packs"),
    ("E8", 6, "uploading pack <*> (<*> blobs, <*> bytes) took <*>",
     lambda: f"uploading pack {hexs(64)} ({R.randrange(1, 2000)} blobs, {R.randrange(10**5, 10**8)} bytes) took {R.randrange(1, 9000)}ms"),
    ("E9", 3, "lock held by <*> (PID <*>) since <*>, waiting",
     lambda: f"lock held by {pick(['root@host1', 'backup@nas', 'ci@build-02'])} (PID {R.randrange(100, 99999)}) since 2026-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d} {R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}, waiting"),
]

SIZES = {"game_server": 340, "ci_runner": 320, "mqtt_gateway": 360, "kerberos_ldap": 300, "vpn_daemon": 300,
         "backup_tool": 280}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
