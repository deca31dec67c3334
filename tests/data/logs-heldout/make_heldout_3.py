#!/usr/bin/env python3
"""Writes the third batch of labelled held-out logs of this folder (see README.md), written after the
grouping rules were frozen a third time (commit ae3ba16) and not used to change them. Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans. Fixed seed.

    python3 make_heldout_3.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(31337)


def ip():
    return heldout_common.ip([10, 172, 192, 45, 203])


SETS = {}

# MySQL / MariaDB error log messages (after "timestamp thread [Level] [code] [subsystem]").
USERS = ["root", "app", "reporting", "backup", "wp_user"]
DBS = ["shop", "wordpress", "analytics", "mysql"]
TABLES = ["orders", "wp_options", "sessions", "events_2026_12"]
SETS["mysql"] = [
    ("E1", 14, "Aborted connection <*> to db: '<*>' user: '<*>' host: '<*>' (<*>)",
     lambda: f"Aborted connection {R.randrange(10, 99999)} to db: '{pick(DBS)}' user: '{pick(USERS)}' host: '{pick([ip(), 'localhost'])}' ({pick(['Got timeout reading communication packets', 'Got an error reading communication packets', 'Got an error writing communication packets'])})"),
    ("E2", 12, "Access denied for user '<*>'@'<*>' (using password: <*>)",
     lambda: f"Access denied for user '{pick(USERS + ['admin', 'test'])}'@'{pick([ip(), 'localhost'])}' (using password: {pick(['YES', 'NO'])})"),
    ("E3", 8, "InnoDB: Buffer pool(s) load completed at <*>",
     lambda: f"InnoDB: Buffer pool(s) load completed at 2612{R.randrange(1, 28):02d} {R.randrange(24):2d}:{R.randrange(60):02d}:{R.randrange(60):02d}"),
    ("E4", 6, "/usr/sbin/mysqld: ready for connections. Version: '<*>' socket: '<*>' port: <*> <*>",
     lambda: f"/usr/sbin/mysqld: ready for connections. Version: '{pick(['8.0.40', '8.4.3', '10.11.9-MariaDB-0+deb12u1'])}' socket: '/run/mysqld/mysqld.sock' port: 3306 {pick(['MySQL Community Server - GPL.', 'Debian 12'])}"),
    ("E5", 8, "Slave SQL for channel '<*>': Error '<*>' on query. Default database: '<*>'. Query: '<*>', Error_code: <*>",
     lambda: (lambda t: f"Slave SQL for channel '': Error 'Duplicate entry '{R.randrange(1, 99999)}' for key '{t}.PRIMARY'' on query. Default database: '{pick(DBS)}'. Query: 'INSERT INTO {t} VALUES ({R.randrange(1, 99999)}, NOW())', Error_code: 1062")(pick(TABLES))),
    ("E6", 7, "InnoDB: page_cleaner: <*>ms intended loop took <*>ms. The settings might not be optimal. (flushed=<*> and evicted=<*>, during the time.)",
     lambda: f"InnoDB: page_cleaner: 1000ms intended loop took {R.randrange(1001, 90000)}ms. The settings might not be optimal. (flushed={R.randrange(0, 2000)} and evicted={R.randrange(0, 200)}, during the time.)"),
    ("E7", 6, "Table '<*>' is marked as crashed and should be repaired",
     lambda: f"Table './{pick(DBS)}/{pick(TABLES)}' is marked as crashed and should be repaired"),
    ("E8", 6, "Deadlock found when trying to get lock; try restarting transaction",
     lambda: "Deadlock found when trying to get lock; try restarting transaction"),
    ("E9", 5, "Temporary file write failure.", lambda: "Temporary file write failure."),
    ("E10", 5, "Plugin '<*>' is disabled.", lambda: f"Plugin '{pick(['FEEDBACK', 'mysqlx', 'InnoDB memcached', 'Federated Storage Engine'])}' is disabled."),
    ("E11", 5, "Got error <*> \"<*>\" from storage engine <*>",
     lambda: f"Got error {pick([28, 168, 192])} \"{pick(['No space left on device', 'Unknown (generic) error from engine', 'Table is read only'])}\" from storage engine {pick(['InnoDB', 'Aria', 'MyISAM'])}"),
]

# HAProxy: HTTP log lines and server state messages (after "host haproxy[pid]: ").
BACKENDS = ["web_servers", "api", "static"]
SERVERS = ["web1", "web2", "api-a", "api-b", "cdn-origin"]
FRONTENDS = ["http-in", "https-in~", "stats"]
SETS["haproxy"] = [
    ("E1", 40, "<*>:<*> [<*>] <*> <*>/<*> <*>/<*>/<*>/<*>/<*> <*> <*> - - <*> <*>/<*>/<*>/<*>/<*> <*>/<*> \"<*> <*> HTTP/<*>\"",
     lambda: f"{ip()}:{R.randrange(1024, 65535)} [06/Dec/2026:{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}.{R.randrange(1000):03d}] {pick(FRONTENDS)} {pick(BACKENDS)}/{pick(SERVERS)} {R.randrange(0, 20)}/0/{R.randrange(0, 9)}/{R.randrange(1, 900)}/{R.randrange(1, 999)} {pick([200, 200, 200, 302, 404, 503])} {R.randrange(100, 90000)} - - {pick(['----', '--NN', 'SC--', 'CD--'])} {R.randrange(1, 900)}/{R.randrange(1, 900)}/{R.randrange(0, 90)}/{R.randrange(0, 9)}/0 0/0 \"{pick(['GET', 'POST', 'PUT', 'DELETE'])} {pick(['/', '/api/v1/items', '/api/v1/items/' + str(R.randrange(1, 999)), '/login', '/static/app.css'])} HTTP/{pick(['1.1', '2.0'])}\""),
    ("E2", 8, "Server <*>/<*> is DOWN, reason: <*>, info: \"<*>\", check duration: <*>ms. <*> active and <*> backup servers left. <*> sessions active, <*> requeued, <*> remaining in queue.",
     lambda: f"Server {pick(BACKENDS)}/{pick(SERVERS)} is DOWN, reason: {pick(['Layer4 timeout', 'Layer4 connection problem', 'Layer7 wrong status'])}, info: \"{pick(['Connection refused', 'HTTP status 503', 'Operation timed out'])}\", check duration: {R.randrange(0, 3000)}ms. {R.randrange(0, 4)} active and 0 backup servers left. {R.randrange(0, 40)} sessions active, 0 requeued, 0 remaining in queue."),
    ("E3", 8, "Server <*>/<*> is UP, reason: <*>, code: <*>, check duration: <*>ms. <*> active and <*> backup servers online. <*> sessions requeued, <*> total in queue.",
     lambda: f"Server {pick(BACKENDS)}/{pick(SERVERS)} is UP, reason: {pick(['Layer7 check passed', 'Layer4 check passed'])}, code: {pick([200, 0])}, check duration: {R.randrange(0, 90)}ms. {R.randrange(1, 5)} active and 0 backup servers online. 0 sessions requeued, 0 total in queue."),
    ("E4", 4, "backend <*> has no server available!", lambda: f"backend {pick(BACKENDS)} has no server available!"),
    ("E5", 4, "Proxy <*> started.", lambda: f"Proxy {pick(FRONTENDS + BACKENDS)} started."),
    ("E6", 3, "Stopping frontend <*> in <*> ms.", lambda: f"Stopping frontend {pick(FRONTENDS)} in {pick([0, 2000])} ms."),
    ("E7", 5, "<*>:<*> [<*>] <*>/<*>: SSL handshake failure",
     lambda: f"{ip()}:{R.randrange(1024, 65535)} [06/Dec/2026:{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}.{R.randrange(1000):03d}] https-in/1: SSL handshake failure"),
    ("E8", 3, "Connect from <*>:<*> to <*>:<*> (<*>/<*>)",
     lambda: f"Connect from {ip()}:{R.randrange(1024, 65535)} to 10.0.0.5:{pick([80, 443])} ({pick(FRONTENDS)}/{pick(['HTTP', 'TCP'])})"),
]

# Docker daemon (dockerd) messages in its logfmt form (after the time= field).
CONTAINERS = [hexs(64) for _ in range(6)]
HEALTH_ERRORS = ["context deadline exceeded",
                 'OCI runtime exec failed: exec failed: unable to start container process: exec: \\"curl\\": '
                 "executable file not found in $PATH: unknown"]
SETS["docker"] = [
    ("E1", 14, "level=info msg=\"ignoring event\" container=<*> module=libcontainerd namespace=moby topic=<*> type=\"<*>\"",
     lambda: (lambda t: f"level=info msg=\"ignoring event\" container={pick(CONTAINERS)} module=libcontainerd namespace=moby topic=/tasks/{t} type=\"*events.Task{t.capitalize()}\"")(pick(['delete', 'exit', 'oom']))),
    ("E2", 10, "level=info msg=\"shim disconnected\" id=<*> namespace=moby",
     lambda: f"level=info msg=\"shim disconnected\" id={pick(CONTAINERS)} namespace=moby"),
    ("E3", 8, "level=warning msg=\"cleaning up after shim disconnected\" id=<*> namespace=moby",
     lambda: f"level=warning msg=\"cleaning up after shim disconnected\" id={pick(CONTAINERS)} namespace=moby"),
    ("E4", 8, "level=error msg=\"Handler for <*> <*> returned error: <*>\"",
     lambda: (lambda c: f"level=error msg=\"Handler for {pick(['GET', 'POST', 'DELETE'])} /v1.{R.randrange(41, 47)}/containers/{c}/{pick(['json', 'start', 'logs'])} returned error: No such container: {c}\"")(hexs(12))),
    ("E5", 7, "level=warning msg=\"Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.\"",
     lambda: "level=warning msg=\"Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.\""),
    ("E6", 7, "level=info msg=\"Container <*> failed to exit within <*> seconds of signal <*> - using the force\" container=<*>",
     lambda: (lambda c: f"level=info msg=\"Container {c} failed to exit within {pick([10, 30])} seconds of signal {pick([15, 2])} - using the force\" container={c}")(pick(CONTAINERS))),
    ("E7", 6, "level=error msg=\"Not continuing with pull after error: <*>\"",
     lambda: f"level=error msg=\"Not continuing with pull after error: {pick(['errors:', 'context canceled', 'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit', 'manifest unknown: manifest unknown'])}\""),
    ("E8", 6, "level=info msg=\"Loading containers: <*>.\"", lambda: f"level=info msg=\"Loading containers: {pick(['start', 'done'])}.\""),
    ("E9", 5, "level=warning msg=\"Health check for container <*> error: <*>\"",
     lambda: f"level=warning msg=\"Health check for container {pick(CONTAINERS)} error: {pick(HEALTH_ERRORS)}\""),
    ("E10", 4, "level=info msg=\"API listen on <*>\"", lambda: f"level=info msg=\"API listen on {pick(['/run/docker.sock', '[::]:2376'])}\""),
]

# sshd, sudo and cron through syslog (after "host tag[pid]: ").
PEOPLE = ["alice", "bob", "deploy", "ubuntu", "git"]
SETS["syslog_auth"] = [
    ("E1", 14, "Accepted <*> for <*> from <*> port <*> ssh2<*>",
     lambda: f"Accepted {pick(['publickey', 'password'])} for {pick(PEOPLE)} from {ip()} port {R.randrange(1024, 65535)} ssh2{pick(['', ': ED25519 SHA256:' + hexs(20), ': RSA SHA256:' + hexs(20)])}"),
    ("E2", 12, "Invalid user <*> from <*> port <*>",
     lambda: f"Invalid user {pick(['admin', 'test', 'oracle', 'postgres', 'ubnt', 'user1'])} from {ip()} port {R.randrange(1024, 65535)}"),
    ("E3", 8, "Connection closed by authenticating user <*> <*> port <*> [preauth]",
     lambda: f"Connection closed by authenticating user {pick(PEOPLE + ['root'])} {ip()} port {R.randrange(1024, 65535)} [preauth]"),
    ("E4", 12, "pam_unix(<*>:session): session opened for user <*>(uid=<*>) by <*>(uid=<*>)",
     lambda: (lambda s: f"pam_unix({s}:session): session opened for user {pick(['root', 'www-data'] + PEOPLE)}(uid={R.randrange(0, 1005)}) by {'' if s == 'cron' else pick(PEOPLE)}(uid={R.randrange(0, 1005)})")(pick(['sshd', 'sudo', 'cron']))),
    ("E5", 10, "pam_unix(<*>:session): session closed for user <*>",
     lambda: f"pam_unix({pick(['sshd', 'sudo', 'cron'])}:session): session closed for user {pick(['root', 'www-data'] + PEOPLE)}"),
    ("E6", 10, "<*> : TTY=<*> ; PWD=<*> ; USER=<*> ; COMMAND=<*>",
     lambda: f"{pick(PEOPLE)} : TTY=pts/{R.randrange(0, 5)} ; PWD={pick(['/home/alice', '/srv/app', '/root', '/var/log'])} ; USER=root ; COMMAND={pick(['/usr/bin/systemctl restart nginx', '/usr/bin/apt upgrade -y', '/usr/bin/journalctl -u app --since today', '/bin/bash'])}"),
    ("E7", 4, "<*> : <*> incorrect password attempts ; TTY=<*> ; PWD=<*> ; USER=<*> ; COMMAND=<*>",
     lambda: f"{pick(PEOPLE)} : {R.randrange(1, 4)} incorrect password attempts ; TTY=pts/{R.randrange(0, 5)} ; PWD=/home/{pick(PEOPLE)} ; USER=root ; COMMAND={pick(['/usr/bin/su', '/usr/bin/apt update', '/bin/bash'])}"),
    ("E8", 10, "(<*>) CMD (<*>)",
     lambda: f"({pick(['root', 'www-data', 'backup'])}) CMD ({pick(['command -v debian-sa1 > /dev/null && debian-sa1 1 1', '/usr/local/bin/backup.sh --incremental', 'php /var/www/html/cron.php', 'test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }'])})"),
    ("E9", 5, "Received disconnect from <*> port <*>:<*>: <*> [preauth]",
     lambda: f"Received disconnect from {ip()} port {R.randrange(1024, 65535)}:11: {pick(['Bye Bye', 'disconnected by user', 'Normal Shutdown, Thank you for playing'])} [preauth]"),
    ("E10", 3, "error: kex_exchange_identification: <*>",
     lambda: f"error: kex_exchange_identification: {pick(['Connection closed by remote host', 'read: Connection reset by peer', 'banner line contains invalid characters'])}"),
]

# A Java service (Spring Boot) with exceptions and their stack traces, one log line an entry
# (after "timestamp level pid --- [thread] logger : ").
FRAMES = ["com.example.shop.OrderService.place(OrderService.java:{n})", "com.example.shop.OrderController.create(OrderController.java:{n})",
          "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:{n})",
          "java.base/java.lang.Thread.run(Thread.java:{n})", "org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:{n})",
          "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:{n})"]
SETS["java_app"] = [
    ("E1", 30, "at <*>", lambda: f"at {pick(FRAMES).replace('{n}', str(R.randrange(20, 900)))}"),
    ("E2", 8, "... <*> more", lambda: f"... {R.randrange(1, 90)} more"),
    ("E3", 6, "Caused by: <*>: <*>",
     lambda: f"Caused by: {pick(['org.postgresql.util.PSQLException', 'java.net.SocketTimeoutException', 'java.sql.SQLTransientConnectionException'])}: {pick(['Connection to db.internal:5432 refused.', 'Read timed out', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'])}"),
    ("E4", 6, "Servlet.service() for servlet [<*>] in context with path [<*>] threw exception [<*>] with root cause",
     lambda: f"Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: {pick(['org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection', 'java.lang.IllegalStateException: order ' + str(R.randrange(1, 99999)) + ' already paid'])}] with root cause"),
    ("E5", 10, "Completed <*> <*> in <*> ms with status <*>",
     lambda: f"Completed {pick(['GET', 'POST'])} {pick(['/api/orders', '/api/orders/' + str(R.randrange(1, 9999)), '/actuator/health'])} in {R.randrange(1, 3000)} ms with status {pick([200, 201, 500])}"),
    ("E6", 8, "HikariPool-<*> - Connection <*> marked as broken because of SQLSTATE(<*>), ErrorCode(<*>)",
     lambda: f"HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@{hexs(8)} marked as broken because of SQLSTATE(08006), ErrorCode(0)"),
    ("E7", 6, "Started <*> in <*> seconds (process running for <*>)",
     lambda: f"Started {pick(['ShopApplication', 'BillingApplication'])} in {R.uniform(2, 30):.3f} seconds (process running for {R.uniform(3, 40):.3f})"),
    ("E8", 6, "Order <*> placed by customer <*> total <*> <*>",
     lambda: f"Order {R.randrange(10000, 99999)} placed by customer {pick(['anna.berg', 'li.wei', 'j.smith', 'marta'])} total {R.uniform(5, 900):.2f} {pick(['EUR', 'USD', 'CNY'])}"),
    ("E9", 4, "Exception in thread \"<*>\" <*>: <*>",
     lambda: f"Exception in thread \"{pick(['main', 'scheduling-1', 'http-nio-8080-exec-' + str(R.randrange(1, 10))])}\" java.lang.OutOfMemoryError: {pick(['Java heap space', 'GC overhead limit exceeded'])}"),
]

# A Go service logging logfmt (go-kit style, without the ts= field).
SETS["go_logfmt"] = [
    ("E1", 30, "level=info caller=<*> msg=\"request served\" method=<*> path=<*> status=<*> duration=<*> bytes=<*>",
     lambda: f"level=info caller=http.go:{pick([88, 91])} msg=\"request served\" method={pick(['GET', 'POST', 'DELETE'])} path={pick(['/v1/items', '/v1/items/' + str(R.randrange(1, 999)), '/healthz', '/metrics'])} status={pick([200, 200, 204, 404, 500])} duration={R.uniform(0.1, 900):.1f}ms bytes={R.randrange(0, 90000)}"),
    ("E2", 8, "level=warn caller=<*> msg=\"slow query\" query=\"<*>\" took=<*>",
     lambda: f"level=warn caller=store.go:214 msg=\"slow query\" query=\"{pick(['SELECT * FROM items WHERE owner = $1', 'UPDATE stock SET qty = qty - $1 WHERE sku = $2', 'DELETE FROM sessions WHERE expires < now()'])}\" took={R.uniform(0.5, 9):.2f}s"),
    ("E3", 8, "level=error caller=<*> msg=\"upstream call failed\" service=<*> err=\"<*>\" attempt=<*>",
     lambda: f"level=error caller=client.go:67 msg=\"upstream call failed\" service={pick(['payments', 'inventory', 'auth'])} err=\"{pick(['context deadline exceeded', 'dial tcp 10.0.4.2:443: connect: connection refused', 'unexpected status 502'])}\" attempt={R.randrange(1, 4)}"),
    ("E4", 6, "level=info caller=<*> msg=\"cache refreshed\" entries=<*> took=<*>",
     lambda: f"level=info caller=cache.go:40 msg=\"cache refreshed\" entries={R.randrange(0, 50000)} took={R.randrange(1, 900)}ms"),
    ("E5", 5, "level=info caller=<*> msg=\"starting server\" addr=<*> version=<*>",
     lambda: f"level=info caller=main.go:55 msg=\"starting server\" addr={pick([':8080', '0.0.0.0:9000'])} version=v{R.randrange(1, 3)}.{R.randrange(0, 20)}.{R.randrange(0, 9)}"),
    ("E6", 5, "level=debug caller=<*> msg=\"job finished\" job=<*> result=<*>",
     lambda: f"level=debug caller=worker.go:120 msg=\"job finished\" job={pick(['reindex', 'send-digest', 'expire-carts'])} result={pick(['ok', 'skipped', 'retry'])}"),
    ("E7", 4, "level=error caller=<*> msg=\"panic recovered\" err=\"<*>\" stack=\"<*>\"",
     lambda: f"level=error caller=recover.go:22 msg=\"panic recovered\" err=\"{pick(['runtime error: invalid memory address or nil pointer dereference', 'runtime error: index out of range [3] with length 3'])}\" stack=\"goroutine {R.randrange(1, 900)} [running]:\""),
]

SIZES = {"mysql": 300, "haproxy": 300, "docker": 280, "syslog_auth": 320, "java_app": 300, "go_logfmt": 280}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
