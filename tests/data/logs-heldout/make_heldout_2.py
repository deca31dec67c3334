#!/usr/bin/env python3
"""Writes the second batch of labelled held-out logs of this folder (see README.md), written after
the rules were frozen a second time (commit 5d922a0). Same columns and labelling as make_heldout.py:
one event per log statement, everything its arguments fill in is a variable. Fixed seed.

    python3 make_heldout_2.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(5922)


def ip():
    return heldout_common.ip([10, 100, 185, 34, 91])


PATHS = ["/", "/index.html", "/api/v2/users/" + "{id}", "/static/app.3f9a1c.js", "/login", "/wp-login.php",
         "/healthz", "/api/v2/orders?page={id}"]
AGENTS = ["curl/8.5.0", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
          "Go-http-client/1.1", "kube-probe/1.31"]
UPSTREAMS = ["10.0.3.11:8080", "10.0.3.12:8080", "unix:/run/php/php8.3-fpm.sock"]

SETS = {}

# nginx: access log lines and error log messages (after "[level] pid#tid: *cid ").
SETS["nginx"] = [
    ("E1", 30, "<*> - <*> [<*>] \"<*> <*> HTTP/<*>\" <*> <*> \"<*>\" \"<*>\"",
     lambda: f"{ip()} - {pick(['-', 'alice', 'admin'])} [06/Dec/2026:{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d} +0000] \"{pick(['GET', 'POST', 'HEAD'])} {pick(PATHS).replace('{id}', str(R.randrange(1, 9999)))} HTTP/1.1\" {pick([200, 200, 301, 404, 502])} {R.randrange(0, 90000)} \"-\" \"{pick(AGENTS)}\""),
    ("E2", 6, "upstream timed out (110: Connection timed out) while reading response header from upstream, client: <*>, server: <*>, request: \"<*> <*> HTTP/<*>\", upstream: \"<*>\", host: \"<*>\"",
     lambda: f"upstream timed out (110: Connection timed out) while reading response header from upstream, client: {ip()}, server: {pick(['shop.example.com', '_'])}, request: \"{pick(['GET', 'POST'])} {pick(PATHS).replace('{id}', str(R.randrange(1, 9999)))} HTTP/1.1\", upstream: \"http://{pick(UPSTREAMS)}/\", host: \"{pick(['shop.example.com', '10.0.0.2'])}\""),
    ("E3", 5, "connect() failed (111: Connection refused) while connecting to upstream, client: <*>, server: <*>, request: \"<*> <*> HTTP/<*>\", upstream: \"<*>\", host: \"<*>\"",
     lambda: f"connect() failed (111: Connection refused) while connecting to upstream, client: {ip()}, server: shop.example.com, request: \"GET {pick(PATHS).replace('{id}', str(R.randrange(1, 9999)))} HTTP/1.1\", upstream: \"http://{pick(UPSTREAMS)}/\", host: \"shop.example.com\""),
    ("E4", 5, "open() \"<*>\" failed (2: No such file or directory), client: <*>, server: <*>, request: \"<*> <*> HTTP/<*>\", host: \"<*>\"",
     lambda: (lambda p: f"open() \"/var/www/html{p}\" failed (2: No such file or directory), client: {ip()}, server: _, request: \"GET {p} HTTP/1.1\", host: \"{ip()}\"")(pick(['/wp-login.php', '/.env', '/favicon.ico', '/robots.txt']))),
    ("E5", 4, "client intended to send too large body: <*> bytes, client: <*>, server: <*>, request: \"<*> <*> HTTP/<*>\", host: \"<*>\"",
     lambda: f"client intended to send too large body: {R.randrange(10**6, 10**8)} bytes, client: {ip()}, server: shop.example.com, request: \"POST /api/v2/upload HTTP/1.1\", host: \"shop.example.com\""),
    ("E6", 3, "SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: <*>, server: <*>",
     lambda: f"SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: {ip()}, server: 0.0.0.0:443"),
    ("E7", 2, "signal process started", lambda: "signal process started"),
    ("E8", 3, "limiting requests, excess: <*> by zone \"<*>\", client: <*>, server: <*>, request: \"<*> <*> HTTP/<*>\", host: \"<*>\"",
     lambda: f"limiting requests, excess: {R.uniform(0, 30):.3f} by zone \"{pick(['api', 'login'])}\", client: {ip()}, server: shop.example.com, request: \"POST /login HTTP/1.1\", host: \"shop.example.com\""),
]

# A proxy client's connection log (in the manner of a desktop proxifier): program, target, fate.
PROGRAMS = ["chrome.exe", "Teams.exe", "OneDrive.exe", "firefox.exe", "git-remote-https.exe", "Slack.exe"]
TARGETS = ["outlook.office365.com:443", "github.com:443", "api.slack.com:443", "10.20.0.15:3389", "update.googleapis.com:443"]
SETS["proxy_client"] = [
    ("E1", 20, "<*> - <*> open through proxy <*> HTTPS", lambda: f"{pick(PROGRAMS)} - {pick(TARGETS)} open through proxy proxy.corp.example.com:8080 HTTPS"),
    ("E2", 20, "<*> - <*> close, <*> bytes sent, <*> bytes received, lifetime <*>", lambda: f"{pick(PROGRAMS)} - {pick(TARGETS)} close, {R.randrange(0, 1000)} bytes sent, {R.randrange(0, 1000)} bytes received, lifetime {pick(['<1 sec', '00:0' + str(R.randrange(1, 9)), '01:' + str(R.randrange(10, 59))])}"),
    ("E3", 8, "<*> - <*> error : Could not connect through proxy <*> - Proxy server cannot establish a connection with the target, status code <*>",
     lambda: f"{pick(PROGRAMS)} - {pick(TARGETS)} error : Could not connect through proxy proxy.corp.example.com:8080 - Proxy server cannot establish a connection with the target, status code {pick([403, 502, 504])}"),
    ("E4", 5, "<*> - <*> resolve <*>", lambda: f"{pick(PROGRAMS)} - {pick(['github.com', 'api.slack.com', 'intranet.corp.example.com'])} resolve {ip()}"),
    ("E5", 3, "Connection to proxy <*> restored", lambda: "Connection to proxy proxy.corp.example.com:8080 restored"),
    ("E6", 3, "Welcome to <*> v<*>", lambda: f"Welcome to ProxyClient v{R.randrange(3, 5)}.{R.randrange(0, 9)}"),
]

# Redis server messages (after "pid:role timestamp level ").
SETS["redis"] = [
    ("E1", 12, "<*> changes in <*> seconds. Saving...", lambda: f"{R.randrange(1, 100000)} changes in {pick([60, 300, 3600])} seconds. Saving..."),
    ("E2", 12, "Background saving started by pid <*>", lambda: f"Background saving started by pid {R.randrange(1000, 90000)}"),
    ("E3", 12, "DB saved on disk", lambda: "DB saved on disk"),
    ("E4", 10, "Fork CoW for RDB: current <*> MB, peak <*> MB, average <*> MB", lambda: f"Fork CoW for RDB: current {R.randrange(0, 90)} MB, peak {R.randrange(0, 90)} MB, average {R.randrange(0, 90)} MB"),
    ("E5", 12, "Background saving terminated with success", lambda: "Background saving terminated with success"),
    ("E6", 4, "Connection with replica <*> lost.", lambda: f"Connection with replica {ip()}:{pick([6379, 6380])} lost."),
    ("E7", 4, "Replica <*> asks for synchronization", lambda: f"Replica {ip()}:6379 asks for synchronization"),
    ("E8", 4, "Partial resynchronization request from <*> accepted. Sending <*> bytes of backlog starting from offset <*>.", lambda: f"Partial resynchronization request from {ip()}:6379 accepted. Sending {R.randrange(0, 90000)} bytes of backlog starting from offset {R.randrange(10**6, 10**9)}."),
    ("E9", 3, "Client id=<*> addr=<*> laddr=<*> fd=<*> name=<*> age=<*> idle=<*> flags=<*> db=<*> sub=<*> psub=<*> cmd=<*> closed for overcoming of output buffer limits.",
     lambda: f"Client id={R.randrange(1, 99999)} addr={ip()}:{R.randrange(1024, 65535)} laddr=10.0.0.7:6379 fd={R.randrange(8, 900)} name={pick(['', 'worker', 'celery'])} age={R.randrange(0, 9000)} idle={R.randrange(0, 90)} flags=N db=0 sub=0 psub=0 cmd={pick(['subscribe', 'get', 'lrange'])} closed for overcoming of output buffer limits."),
    ("E10", 3, "WARNING: Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.", lambda: "WARNING: Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition."),
    ("E11", 3, "Ready to accept connections <*>", lambda: f"Ready to accept connections {pick(['tcp', 'unix', 'tls'])}"),
    ("E12", 3, "Server initialized", lambda: "Server initialized"),
]

# Kubernetes kubelet and containerd messages (klog/logfmt text after the header).
PODS = ["kube-system/coredns-7db6d8ff4d-x2k9p", "shop/api-6f7c9d8b5-qwz4l", "shop/worker-0", "monitoring/prometheus-0"]
PROBE_OUTPUTS = ["HTTP probe failed with statuscode: 503", "Get \\\"http://10.244.1.7:8080/healthz\\\": context deadline exceeded"]
SETS["kubernetes"] = [
    ("E1", 10, "\"SyncLoop (PLEG): event for pod\" pod=\"<*>\" event={\"ID\":\"<*>\",\"Type\":\"<*>\",\"Data\":\"<*>\"}",
     lambda: f"\"SyncLoop (PLEG): event for pod\" pod=\"{pick(PODS)}\" event={{\"ID\":\"{R.getrandbits(128):032x}\",\"Type\":\"{pick(['ContainerStarted', 'ContainerDied'])}\",\"Data\":\"{hexs(64)}\"}}"),
    ("E2", 8, "\"Probe failed\" probeType=\"<*>\" pod=\"<*>\" podUID=\"<*>\" containerName=\"<*>\" probeResult=\"failure\" output=\"<*>\"",
     lambda: f"\"Probe failed\" probeType=\"{pick(['Readiness', 'Liveness'])}\" pod=\"{pick(PODS)}\" podUID=\"{R.getrandbits(32):08x}-{R.getrandbits(16):04x}-{R.getrandbits(16):04x}-{R.getrandbits(16):04x}-{R.getrandbits(48):012x}\" containerName=\"{pick(['api', 'coredns', 'worker'])}\" probeResult=\"failure\" output=\"" + pick(PROBE_OUTPUTS) + "\""),
    ("E3", 6, "\"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"<*>\\\" with CrashLoopBackOff: \\\"back-off <*> restarting failed container=<*> pod=<*>\\\"\" pod=\"<*>\" podUID=\"<*>\"",
     lambda: (lambda c, p: f"\"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"{c}\\\" with CrashLoopBackOff: \\\"back-off {pick(['10s', '20s', '40s', '1m20s', '5m0s'])} restarting failed container={c} pod={p.split('/')[1]}_{p.split('/')[0]}({R.getrandbits(32):08x})\\\"\" pod=\"{p}\" podUID=\"{R.getrandbits(32):08x}\"")(pick(['api', 'worker']), pick(PODS))),
    ("E4", 8, "time=\"<*>\" level=info msg=\"StartContainer for \\\"<*>\\\" returns successfully\"", lambda: f"time=\"2026-12-06T{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}.{R.randrange(10**9):09d}Z\" level=info msg=\"StartContainer for \\\"{hexs(64)}\\\" returns successfully\""),
    ("E5", 6, "time=\"<*>\" level=info msg=\"shim disconnected\" id=<*> namespace=k8s.io", lambda: f"time=\"2026-12-06T{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}.{R.randrange(10**9):09d}Z\" level=info msg=\"shim disconnected\" id={hexs(64)} namespace=k8s.io"),
    ("E6", 6, "\"Killing container with a grace period\" pod=\"<*>\" podUID=\"<*>\" containerName=\"<*>\" containerID=\"<*>\" gracePeriod=<*>",
     lambda: f"\"Killing container with a grace period\" pod=\"{pick(PODS)}\" podUID=\"{R.getrandbits(32):08x}\" containerName=\"{pick(['api', 'worker', 'prometheus'])}\" containerID=\"containerd://{hexs(64)}\" gracePeriod={pick([30, 60, 600])}"),
    ("E7", 5, "\"Eviction manager: attempting to reclaim\" resourceName=\"<*>\"", lambda: f"\"Eviction manager: attempting to reclaim\" resourceName=\"{pick(['memory', 'ephemeral-storage', 'nodefs'])}\""),
    ("E8", 5, "\"Image garbage collection succeeded\"", lambda: "\"Image garbage collection succeeded\""),
    ("E9", 5, "\"Successfully pulled image\" image=\"<*>\" duration=\"<*>\"", lambda: f"\"Successfully pulled image\" image=\"{pick(['registry.example.com/shop/api:1.4.' + str(R.randrange(0, 30)), 'docker.io/library/redis:7.4'])}\" duration=\"{R.uniform(0.1, 90):.3f}s\""),
    ("E10", 4, "\"Node became not ready\" node=\"<*>\" condition={\"type\":\"Ready\",\"status\":\"False\",\"reason\":\"<*>\"}", lambda: f"\"Node became not ready\" node=\"{pick(['worker-1', 'worker-2', 'gpu-a'])}\" condition={{\"type\":\"Ready\",\"status\":\"False\",\"reason\":\"{pick(['KubeletNotReady', 'NetworkUnavailable'])}\"}}"),
]

SIZES = {"nginx": 300, "proxy_client": 320, "redis": 260, "kubernetes": 280}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
