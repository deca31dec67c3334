#!/usr/bin/env python3
"""Writes the ninth batch of labelled held-out logs of this folder (see README.md), written blind to
the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit 7def2c5. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`, fixed words) stays literal.
Fixed seed.

    python3 make_heldout_9.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(9999)


def ip():
    return heldout_common.ip([31, 77, 91, 146, 212])


def lan():
    return f"10.{pick([1, 1, 12, 40])}.{R.randrange(0, 32)}.{R.randrange(2, 250)}"


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def pid(lo=1000, hi=40000):
    return str(R.randrange(lo, hi))


def mac_dotted():
    return ".".join(hexs(4) for _ in range(3))


SETS = {}

# A PHP application's error log under PHP-FPM (the engine's warnings, notices, deprecations and fatal
# errors with the file and line, an uncaught exception's stack trace one frame a line, the pool
# manager's children, slow scripts and busy pools, a framework logger's SQL errors).
PHP_FILES = ["/var/www/shop/src/Controller/CartController.php", "/var/www/shop/src/Service/PriceCalculator.php",
             "/var/www/shop/vendor/doctrine/dbal/src/Connection.php", "/var/www/shop/templates/cache/7f/7f3a1c9e.php",
             "/var/www/wp/wp-content/plugins/woo-extra-fees/includes/class-fees.php", "/var/www/wp/wp-includes/formatting.php",
             "/var/www/shop/src/Legacy/old_helpers.inc.php", "/var/www/shop/public/index.php"]
PHP_KEYS = ["id", "user_id", "HTTP_X_FORWARDED_FOR", "qty", "0", "billing_address_2", "coupon", "lang"]
PHP_VARS = ["order", "total", "i", "customerName", "row", "tmp_price", "_SESSION"]
PHP_POOLS = ["www", "www", "www", "shop", "wp-admin"]
PHP_URIS = ["/index.php", "/cart/add", "/wp-admin/admin-ajax.php", "/api/v1/orders/export", "/checkout/confirm", "/wp-cron.php"]


def php_file():
    return pick(PHP_FILES)


def php_line():
    return str(R.randrange(12, 1800))


def php_deprecated():
    fn, n, par, typ = pick([("strlen", 1, "string", "string"), ("htmlspecialchars", 1, "string", "string"),
                            ("str_replace", 3, "subject", "array|string"), ("trim", 1, "string", "string"),
                            ("strtotime", 1, "datetime", "string"), ("json_decode", 1, "json", "string"),
                            ("mb_strtolower", 1, "string", "string")])
    return f"PHP Deprecated:  {fn}(): Passing null to parameter #{n} (${par}) of type {typ} is deprecated in {php_file()} on line {php_line()}"


def php_uncaught():
    cls, msg = pick([("PDOException", "SQLSTATE[HY000] [2002] Connection refused"),
                     ("TypeError", "App\\Service\\PriceCalculator::net(): Argument #1 ($gross) must be of type float, string given, called in /var/www/shop/src/Controller/CartController.php on line 88"),
                     ("Error", "Call to a member function getId() on null"),
                     ("RuntimeException", "Unable to write in the \"/var/www/shop/var/cache/prod\" directory."),
                     ("GuzzleHttp\\Exception\\ConnectException", "cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received"),
                     ("ValueError", "array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements")])
    return f"PHP Fatal error:  Uncaught {cls}: {msg} in {php_file()}:{php_line()}"


def php_frame():
    fn = pick(["App\\Controller\\CartController->add", "Symfony\\Component\\HttpKernel\\HttpKernel->handleRaw",
               "Doctrine\\DBAL\\Connection->executeQuery", "App\\Service\\PriceCalculator::net", "include_once",
               "WC_Cart->calculate_fees", "do_action", "call_user_func_array"])
    args = pick(["Object(Symfony\\Component\\HttpFoundation\\Request)", "'SELECT t0.id AS...'", "Array", "'woocommerce_car...'",
                 "'19.99'", "'/var/www/wp/wp...'", "Object(WC_Cart), 1", "3, Array, NULL"])
    return f"#{R.randrange(0, 18)} {php_file()}({php_line()}): {fn}({args})"


def php_query_error():
    state, msg, sql = pick([
        ("23000", "Integrity constraint violation: 1062 Duplicate entry 'ORD-2026-004411' for key 'orders.orders_number_unique'",
         "insert into `orders` (`number`, `total`) values (ORD-2026-004411, 59.90)"),
        ("40001", "Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction",
         "update `stock` set `qty` = `qty` - 1 where `sku` = A-1042"),
        ("HY000", "General error: 2006 MySQL server has gone away", "select * from `sessions` where `id` = " + hexs(40) + " limit 1"),
        ("42S22", "Column not found: 1054 Unknown column 'deleted_at' in 'where clause'",
         "select count(*) as aggregate from `coupons` where `deleted_at` is null")])
    context = pick([f'{{"userId":{R.randrange(1, 90000)},"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: {state}))"}}',
                    f'{{"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: {state}))"}}'])
    extra = pick(["[]", "[]", f'{{"url":"{pick(PHP_URIS)}","ip":"{ip()}","http_method":"POST"}}'])
    return (f"{pick(['production', 'production', 'staging'])}.{pick(['ERROR', 'ERROR', 'CRITICAL'])}: SQLSTATE[{state}]: {msg} "
            f"(Connection: {pick(['mysql', 'mysql', 'reporting'])}, SQL: {sql}) {context} {extra}")


def fpm_busy():
    return (f"[pool {pick(PHP_POOLS)}] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), "
            f"spawning {pick([8, 16, 32, 32])} children, there are {R.randrange(0, 3)} idle, and {R.randrange(20, 120)} total children")


SETS["php_app"] = [
    ("E1", 26, "PHP Warning:  Undefined array key \"<*>\" in <*> on line <*>",
     lambda: f"PHP Warning:  Undefined array key \"{pick(PHP_KEYS)}\" in {php_file()} on line {php_line()}"),
    ("E2", 12, "PHP Warning:  Undefined variable $<*> in <*> on line <*>",
     lambda: f"PHP Warning:  Undefined variable ${pick(PHP_VARS)} in {php_file()} on line {php_line()}"),
    ("E3", 18, "PHP Deprecated:  <*>(): Passing null to parameter #<*> ($<*>) of type <*> is deprecated in <*> on line <*>", php_deprecated),
    ("E4", 5, "PHP Fatal error:  Uncaught <*>: <*> in <*>:<*>", php_uncaught),
    ("E5", 5, "Stack trace:", lambda: "Stack trace:"),
    ("E6", 16, "#<*> <*>(<*>): <*>(<*>)", php_frame),
    ("E7", 5, "#<*> {main}", lambda: f"#{R.randrange(3, 19)} {{main}}"),
    ("E8", 5, "  thrown in <*> on line <*>", lambda: f"  thrown in {php_file()} on line {php_line()}"),
    ("E9", 2, "PHP Fatal error:  Allowed memory size of <*> bytes exhausted (tried to allocate <*> bytes) in <*> on line <*>",
     lambda: f"PHP Fatal error:  Allowed memory size of {pick([134217728, 268435456, 536870912])} bytes exhausted (tried to allocate {pick([20480, 4096, 2097160, 65536])} bytes) in {php_file()} on line {php_line()}"),
    ("E10", 2, "PHP Fatal error:  Maximum execution time of <*> seconds exceeded in <*> on line <*>",
     lambda: f"PHP Fatal error:  Maximum execution time of {pick([30, 30, 60, 120])} seconds exceeded in {php_file()} on line {php_line()}"),
    ("E11", 4, "PHP Warning:  <*>(<*>): Failed to open stream: <*> in <*> on line <*>",
     lambda: f"PHP Warning:  {pick(['file_get_contents', 'fopen', 'include', 'file_put_contents'])}({pick(['/var/www/shop/var/export/orders-2026-12.csv', 'https://api.exchangerate.example/latest?base=EUR', '/tmp/sess_' + hexs(26), 'config.local.php'])}): Failed to open stream: {pick(['No such file or directory', 'Permission denied', 'HTTP request failed! HTTP/1.1 503 Service Unavailable', 'Connection timed out'])} in {php_file()} on line {php_line()}"),
    ("E12", 6, "[pool <*>] child <*> exited with code <*> after <*> seconds from start",
     lambda: f"[pool {pick(PHP_POOLS)}] child {pid()} exited with code {pick([0, 0, 0, 255, 1])} after {R.randrange(1, 90000)}.{R.randrange(0, 1000000):06d} seconds from start"),
    ("E13", 3, "[pool <*>] child <*>, script '<*>' (request: \"<*> <*>\") executing too slow (<*> sec), logging",
     lambda: f"[pool {pick(PHP_POOLS)}] child {pid()}, script '/var/www/{pick(['shop/public', 'wp'])}/index.php' (request: \"{pick(['GET', 'GET', 'POST'])} {pick(PHP_URIS)}{pick(['', '?page=' + str(R.randrange(1, 40)), '?action=heartbeat'])}\") executing too slow ({R.randrange(5, 60)}.{R.randrange(0, 1000000):06d} sec), logging"),
    ("E14", 2, "[pool <*>] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning <*> children, there are <*> idle, and <*> total children",
     fpm_busy),
    ("E15", 3, "<*>.<*>: SQLSTATE[<*>]: <*> (Connection: <*>, SQL: <*>) <*> <*>", php_query_error),
    ("E16", 3, "PHP Notice:  Only variables should be passed by reference in <*> on line <*>",
     lambda: f"PHP Notice:  Only variables should be passed by reference in {php_file()} on line {php_line()}"),
]

# An Elixir / Erlang release node: a web framework's request lines, controllers, parameters and
# pipelines as terms, database queries with their timings, GenServer crashes with the reason, last
# message and state printed as terms, OTP supervisor reports one field a line, cluster membership
# and distribution messages, a connection pool's disconnects.
EX_PATHS = ["/api/orders", "/api/orders/" + str(R.randrange(1000, 99999)), "/live/websocket", "/health", "/api/users/me",
            "/api/carts/" + uuid(), "/admin/dashboard"]
EX_NODES = ["shop@10.42.1.7", "shop@10.42.2.19", "shop@10.42.0.33", "worker@10.42.3.4"]
EX_SOURCES = ["orders", "users", "carts", "line_items", "oban_jobs", "sessions"]


def ex_pid():
    return f"#PID<0.{R.randrange(200, 90000)}.0>"


def ex_duration():
    return pick([f"{R.randrange(1, 400)}ms", f"{R.randrange(100, 999)}µs", f"{R.randrange(1, 9)}.{R.randrange(0, 10)}s", f"{R.randrange(2, 90)}ms"])


def ex_params():
    return pick(['%{}', f'%{{"id" => "{R.randrange(1000, 99999)}"}}',
                 f'%{{"page" => "{R.randrange(1, 30)}", "per_page" => "50", "status" => "{pick(["open", "paid", "shipped"])}"}}',
                 f'%{{"cart_id" => "{uuid()}", "item" => %{{"sku" => "A-{R.randrange(1000, 9999)}", "qty" => {R.randrange(1, 5)}}}}}',
                 '%{"email" => "anna@example.org", "password" => "[FILTERED]"}'])


def ex_ms():
    return f"{R.randrange(0, 400)}.{R.randrange(0, 10)}"


def ex_reason():
    return pick([f"{{:timeout, {{GenServer, :call, [Shop.Inventory, {{:reserve, \"A-{R.randrange(1000, 9999)}\", {R.randrange(1, 5)}}}, 5000]}}}}",
                 "{:badmatch, {:error, :econnrefused}}", ":killed", "{:shutdown, :tcp_closed}",
                 f"{{%KeyError{{key: :price, term: %{{sku: \"A-{R.randrange(1000, 9999)}\"}}, message: nil}}, [{{Shop.Pricing, :net, 1, [file: ~c\"lib/shop/pricing.ex\", line: {R.randrange(10, 200)}]}}]}}"])


def ex_offender():
    child = pick(["'Elixir.Shop.Inventory'", "worker_3", "{ranch_listener_sup,'ShopWeb.Endpoint.HTTP'}"])
    mod = pick(["'Elixir.Shop.Inventory'", "gen_server"])
    return (f"    offender: [{{pid,<0.{R.randrange(200, 90000)}.0>}},{{id,{child}}},{{mfargs,{{{mod},start_link,[]}}}},"
            f"{{restart_type,permanent}},{{significant,false}},{{shutdown,{pick([5000, 'infinity'])}}},"
            f"{{child_type,{pick(['worker', 'supervisor'])}}}]")


SETS["erlang_node"] = [
    ("E1", 24, "<*> <*>",
     lambda: f"{pick(['GET', 'GET', 'GET', 'POST', 'PATCH', 'DELETE'])} {pick(EX_PATHS)}"),
    ("E2", 24, "Sent <*> in <*>", lambda: f"Sent {pick([200, 200, 200, 201, 204, 302, 404, 422, 500])} in {ex_duration()}"),
    ("E3", 12, "Processing with <*>",
     lambda: f"Processing with {pick(['ShopWeb.OrderController.index/2', 'ShopWeb.OrderController.show/2', 'ShopWeb.CartController.update/2', 'ShopWeb.HealthController.check/2', 'ShopWeb.UserSessionController.create/2'])}"),
    ("E4", 12, "  Parameters: <*>", lambda: f"  Parameters: {ex_params()}"),
    ("E5", 14, "QUERY OK source=\"<*>\" db=<*>ms decode=<*>ms queue=<*>ms idle=<*>ms",
     lambda: f"QUERY OK source=\"{pick(EX_SOURCES)}\" db={ex_ms()}ms decode={R.randrange(0, 30) / 10}ms queue={ex_ms()}ms idle={R.randrange(0, 99999)}.{R.randrange(0, 10)}ms"),
    ("E6", 4, "GenServer <*> terminating",
     lambda: "GenServer " + pick(['Shop.Inventory', 'Shop.PriceCache', '{Shop.Registry, \"cart:' + uuid()[:8] + '\"}', ex_pid()]) + " terminating"),
    ("E7", 4, "** (<*>) <*>",
     lambda: pick(["** (stop) " + ex_reason(), "** (RuntimeError) price cache refresh failed after 3 attempts",
                   "** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms",
                   "** (ArgumentError) errors were found at the given arguments:"])),
    ("E8", 4, "Last message: <*>",
     lambda: "Last message: " + pick([':refresh', '{:refresh, \"prices\"}', '{:EXIT, ' + ex_pid() + ', :normal}', '{:\"$gen_call\", {' + ex_pid() + ', [:alias | #Reference<0.1234.56.789>]}, {:reserve, \"A-4410\", 2}}'])),
    ("E9", 4, "State: <*>",
     lambda: "State: " + pick(['%{items: 1240, last_refresh: ~U[2026-12-07 09:58:00Z], ttl: 300}', '%Shop.Cart{id: \"' + uuid() + '\", lines: [], total: 0}', '{:state, :shop_inventory, 42, []}'])),
    ("E10", 5, "=<*> REPORT==== <*> ===",
     lambda: f"={pick(['SUPERVISOR', 'SUPERVISOR', 'CRASH', 'PROGRESS', 'ERROR'])} REPORT==== {R.randrange(1, 8)}-Dec-2026::{clock()}.{R.randrange(0, 1000000):06d} ==="),
    ("E11", 4, "    supervisor: <*>",
     lambda: "    supervisor: " + pick(['{local,kernel_safe_sup}', '{local,\'Elixir.Shop.Supervisor\'}', '{<0.2411.0>,\'Elixir.DBConnection.ConnectionPool.Pool\'}', '{local,ranch_sup}'])),
    ("E12", 4, "    errorContext: <*>", lambda: f"    errorContext: {pick(['child_terminated', 'child_terminated', 'start_error', 'shutdown_error'])}"),
    ("E13", 4, "    offender: <*>",
     lambda: ex_offender()),
    ("E14", 2, "** Node <*> not responding **", lambda: f"** Node '{pick(EX_NODES)}' not responding **"),
    ("E15", 3, "[libcluster:<*>] connected to <*>",
     lambda: f"[libcluster:{pick(['k8s', 'k8s', 'gossip'])}] connected to :\"{pick(EX_NODES)}\""),
    ("E16", 3, "Postgrex.Protocol (<*>) disconnected: ** (DBConnection.ConnectionError) <*>",
     lambda: f"Postgrex.Protocol ({ex_pid()}) disconnected: ** (DBConnection.ConnectionError) {pick(['tcp recv (idle): closed', 'client ' + ex_pid() + ' timed out because it queued and checked out the connection for longer than 15000ms', 'ssl recv: closed'])}"),
]

# An access switch's remote syslog (IOS-like `%FACILITY-SEVERITY-MNEMONIC:` messages): links and line
# protocols up and down, configuration by a user, logins with their bracketed fields, MAC flapping,
# BPDU guard and err-disabled ports, 802.1X failures, PoE detection, OSPF adjacencies, CDP VLAN
# mismatches, DHCP snooping drops, SNMP authentication failures.
SW_PORTS = [f"GigabitEthernet1/0/{n}" for n in (1, 3, 7, 12, 18, 24, 36, 47)] + ["TenGigabitEthernet1/1/1", "Port-channel10", "Vlan120"]
SW_USERS = ["admin", "netops", "jdoe", "backup-rancid", "cisco"]


def sw_port():
    return pick(SW_PORTS)


def sw_when():
    return f"{clock()} UTC Mon Dec 7 2026"


def sw_login_ok():
    return (f"%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: {pick(SW_USERS[:4])}] [Source: {lan()}] [localport: {pick([22, 22, 23])}] "
            f"at {sw_when()}")


def sw_login_failed():
    return (f"%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: {pick(SW_USERS + ['root', 'ubnt', 'support'])}] [Source: {pick([lan(), ip()])}] "
            f"[localport: 22] [Reason: {pick(['Login Authentication Failed', 'Login Authentication Failed', 'Login Authentication Failed - BADPASSWD'])}] at {sw_when()}")


def sw_ospf():
    a, b, why = pick([("LOADING", "FULL", "Loading Done"), ("LOADING", "FULL", "Loading Done"), ("FULL", "DOWN", "Neighbor Down: Dead timer expired"),
                      ("FULL", "DOWN", "Neighbor Down: Interface down or detached"), ("EXSTART", "DOWN", "Neighbor Down: Too many retransmissions")])
    return f"%OSPF-5-ADJCHG: Process {pick([1, 1, 10])}, Nbr {pick(['10.255.0.1', '10.255.0.2', '10.255.0.9'])} on {pick(['Vlan120', 'TenGigabitEthernet1/1/1', 'Port-channel10'])} from {a} to {b}, {why}"


SETS["network_switch"] = [
    ("E1", 20, "%LINK-3-UPDOWN: Interface <*>, changed state to <*>",
     lambda: f"%LINK-3-UPDOWN: Interface {sw_port()}, changed state to {pick(['up', 'down', 'down', 'up'])}"),
    ("E2", 20, "%LINEPROTO-5-UPDOWN: Line protocol on Interface <*>, changed state to <*>",
     lambda: f"%LINEPROTO-5-UPDOWN: Line protocol on Interface {sw_port()}, changed state to {pick(['up', 'down'])}"),
    ("E3", 6, "%SYS-5-CONFIG_I: Configured from <*> by <*> on <*> (<*>)",
     lambda: f"%SYS-5-CONFIG_I: Configured from console by {pick(SW_USERS[:4])} on vty{R.randrange(0, 5)} ({lan()})"),
    ("E4", 7, "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: <*>] [Source: <*>] [localport: <*>] at <*>", sw_login_ok),
    ("E5", 9, "%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: <*>] [Source: <*>] [localport: <*>] [Reason: <*>] at <*>", sw_login_failed),
    ("E6", 6, "%SW_MATM-4-MACFLAP_NOTIF: Host <*> in vlan <*> is flapping between port <*> and port <*>",
     lambda: f"%SW_MATM-4-MACFLAP_NOTIF: Host {mac_dotted()} in vlan {pick([1, 20, 120, 120, 300])} is flapping between port {pick(['Gi1/0/7', 'Gi1/0/12', 'Te1/1/1'])} and port {pick(['Gi1/0/18', 'Po10', 'Gi1/0/47'])}"),
    ("E7", 2, "%SPANTREE-2-BLOCK_BPDUGUARD: Received BPDU on port <*> with BPDU Guard enabled. Disabling port.",
     lambda: f"%SPANTREE-2-BLOCK_BPDUGUARD: Received BPDU on port {sw_port()} with BPDU Guard enabled. Disabling port."),
    ("E8", 3, "%PM-4-ERR_DISABLE: <*> error detected on <*>, putting <*> in err-disable state",
     lambda: (lambda p: f"%PM-4-ERR_DISABLE: {pick(['bpduguard', 'psecure-violation', 'link-flap', 'loopback'])} error detected on {p}, putting {p} in err-disable state")(
         pick(['Gi1/0/3', 'Gi1/0/12', 'Gi1/0/24']))),
    ("E9", 8, "%DOT1X-5-FAIL: Authentication failed for client (<*>) on Interface <*> AuditSessionID <*>",
     lambda: f"%DOT1X-5-FAIL: Authentication failed for client ({mac_dotted()}) on Interface {pick(['Gi1/0/3', 'Gi1/0/7', 'Gi1/0/18', 'Gi1/0/36'])} AuditSessionID 0A01{hexs(20).upper()}"),
    ("E10", 5, "%ILPOWER-5-POWER_GRANTED: Interface <*>: Power granted",
     lambda: f"%ILPOWER-5-POWER_GRANTED: Interface {pick(['Gi1/0/3', 'Gi1/0/7', 'Gi1/0/36', 'Gi1/0/47'])}: Power granted"),
    ("E11", 4, "%ILPOWER-7-DETECT: Interface <*>: Power Device detected: <*>",
     lambda: f"%ILPOWER-7-DETECT: Interface {pick(['Gi1/0/3', 'Gi1/0/7', 'Gi1/0/36', 'Gi1/0/47'])}: Power Device detected: {pick(['IEEE PD', 'IEEE PD', 'Cisco PD'])}"),
    ("E12", 3, "%OSPF-5-ADJCHG: Process <*>, Nbr <*> on <*> from <*> to <*>, <*>", sw_ospf),
    ("E13", 2, "%CDP-4-NATIVE_VLAN_MISMATCH: Native VLAN mismatch discovered on <*> (<*>), with <*> <*> (<*>).",
     lambda: f"%CDP-4-NATIVE_VLAN_MISMATCH: Native VLAN mismatch discovered on {pick(['GigabitEthernet1/0/47', 'TenGigabitEthernet1/1/1'])} ({pick([1, 120])}), with {pick(['sw-floor2-b.corp.example', 'AP-Lobby-01'])} {pick(['GigabitEthernet0/1', 'GigabitEthernet0'])} ({pick([20, 300])})."),
    ("E14", 4, "%DHCP_SNOOPING-5-DHCP_SNOOPING_UNTRUSTED_PORT: DHCP_SNOOPING drop message on untrusted port, message type: <*>, MAC sa: <*>",
     lambda: f"%DHCP_SNOOPING-5-DHCP_SNOOPING_UNTRUSTED_PORT: DHCP_SNOOPING drop message on untrusted port, message type: {pick(['DHCPOFFER', 'DHCPOFFER', 'DHCPACK', 'DHCPNAK'])}, MAC sa: {mac_dotted()}"),
    ("E15", 3, "%SNMP-3-AUTHFAIL: Authentication failure for SNMP req from host <*>",
     lambda: f"%SNMP-3-AUTHFAIL: Authentication failure for SNMP req from host {pick([lan(), ip()])}"),
]

# A CAD license server's debug log (FlexLM-like lmgrd and vendor daemons): features checked out and in
# by user@host, denials and unsupported requests with the reason and the error code, queued and
# dequeued requests, daemon restarts, timestamps, license files, expiry warnings, lost connections.
VENDORS = ["adskflex", "adskflex", "MLM", "cdslmd", "saltd"]
FEATURES = {"adskflex": ["87048MAYA_2026_0F", "87559ACD_2026_0F", "86984INVNTOR_T_F", "64300ACD_F"],
            "MLM": ["MATLAB", "Simulink", "Optimization_Toolbox", "Signal_Toolbox", "Parallel_Computing_Toolbox"],
            "cdslmd": ["Virtuoso_Schematic_Editor_L", "Spectre_Simulator", "Allegro_PCB_Design_GXL"],
            "saltd": ["CustomSim", "VCSRuntime_Net", "HSPICE"]}
LIC_USERS = ["jdoe", "a.nguyen", "mschulz", "build", "k_tanaka", "Administrator", "p.rossi"]
LIC_HOSTS = ["WS-0412", "ws-cad-17", "LAPTOP-8F2KQ1", "render03.corp.example", "vdi-pool-112", "ws-eda-05"]


def lic():
    v = pick(VENDORS)
    return v, pick(FEATURES[v]), f"{pick(LIC_USERS)}@{pick(LIC_HOSTS)}"


def lic_denied():
    v, f, who = lic()
    why, code = pick([("Licensed number of users already reached.", f"-4,342:{pick([10054, 10054, 2])} \"\""),
                      ("Licensed number of users already reached.", "-4,342"),
                      ("User/host on EXCLUDE list for feature.", "-38,349"),
                      ("No such feature exists.", "-5,357"),
                      ("Feature has expired.", "-10,32")])
    return f"({v}) DENIED: \"{f}\" {who}  ({why} ({code}))"


def lic_unsupported():
    v, f, who = lic()
    return (f"({v}) UNSUPPORTED: \"{f}\" (PORT_AT_HOST_PLUS   ) {who}  "
            "(License server system does not support this feature. (" + pick(['-18,327:10054 ""', '-18,327']) + "))")


SETS["license_server"] = [
    ("E1", 30, "(<*>) OUT: \"<*>\" <*>@<*>", lambda: (lambda x: f"({x[0]}) OUT: \"{x[1]}\" {x[2]}")(lic())),
    ("E2", 28, "(<*>) IN: \"<*>\" <*>@<*>", lambda: (lambda x: f"({x[0]}) IN: \"{x[1]}\" {x[2]}")(lic())),
    ("E3", 10, "(<*>) DENIED: \"<*>\" <*>@<*>  (<*> (<*>))", lic_denied),
    ("E4", 3, "(<*>) UNSUPPORTED: \"<*>\" (<*>) <*>@<*>  (<*> (<*>))", lic_unsupported),
    ("E5", 3, "(<*>) QUEUED: \"<*>\" <*>@<*>  (<*> (<*>))",
     lambda: (lambda x: f"({x[0]}) QUEUED: \"{x[1]}\" {x[2]}  (Licensed number of users already reached. (-4,342))")(lic())),
    ("E6", 2, "(<*>) DEQUEUED: \"<*>\" <*>@<*>", lambda: (lambda x: f"({x[0]}) DEQUEUED: \"{x[1]}\" {x[2]}")(lic())),
    ("E7", 4, "(<*>) TIMESTAMP <*>", lambda: f"({pick(['lmgrd'] + VENDORS)}) TIMESTAMP 12/{R.randrange(1, 8)}/2026"),
    ("E8", 2, "(<*>) TCP_NODELAY NOT enabled", lambda: f"({pick(VENDORS)}) TCP_NODELAY NOT enabled"),
    ("E9", 1, "(<*>) REStarted <*> (internet tcp_port <*> pid <*>)",
     lambda: f"(lmgrd) REStarted {pick(VENDORS)} (internet tcp_port {pick([2080, 27001, 27010, 5280])} pid {pid()})"),
    ("E10", 1, "(<*>) License file(s): <*>",
     lambda: "(lmgrd) License file(s): " + pick(['/opt/flexnet/licenses/adsk_server.lic', '/opt/flexnet/licenses/adsk_server.lic:/opt/flexnet/licenses/mlm.dat:/opt/cadence/license.dat', 'C:\\Autodesk\\Network License Manager\\licenses\\2026.lic'])),
    ("E11", 2, "(<*>) Feature \"<*>\" version <*> expires in <*> days (<*>)",
     lambda: (lambda v: f"({v}) Feature \"{pick(FEATURES[v])}\" version {pick(['2026.000', '2026.0', '1.0', '23.10'])} expires in {R.randrange(1, 30)} days ({R.randrange(1, 32)}-jan-2027)")(pick(VENDORS))),
    ("E12", 1, "(<*>) Lost connection to <*>",
     lambda: f"({pick(VENDORS)}) Lost connection to {pick(['lic02.corp.example', 'lic03.corp.example', 'lmgrd'])}"),
    ("E13", 2, "(<*>) Removing clients of children", lambda: f"({pick(VENDORS)}) Removing clients of children"),
]

# A scientific workflow engine (Nextflow-like), its messages after the logger: processes submitted,
# cached and retried with their work directory hash, task handlers completed with their status and
# exit code, foreign files staged from object storage, cluster jobs submitted with their resources,
# undefined parameters, process errors and their cause, the run's final statistics, plugins.
PROCS = ["FASTQC", "TRIMGALORE", "STAR_ALIGN", "SAMTOOLS_SORT", "SALMON_QUANT", "MULTIQC", "PICARD_MARKDUPLICATES",
         "NFCORE_RNASEQ:RNASEQ:ALIGN_STAR:STAR_ALIGN", "BCFTOOLS_CALL"]
SAMPLES = ["sample_01", "sample_07", "WT_rep2", "KO_rep1", "HCT116_DMSO_R3", "patient-0042-T", "patient-0042-N"]


def wf_hash():
    return f"{hexs(2)}/{hexs(6)}"


def wf_task():
    p = pick(PROCS)
    return p if p == "MULTIQC" else f"{p} ({pick(SAMPLES)})"


def wf_workdir():
    return f"/scratch/nf-work/{hexs(2)}/{hexs(30)}"


def wf_handler():
    st, ex, err = pick([("COMPLETED", "0", "-")] * 8 + [("COMPLETED", "1", "nextflow.exception.ProcessFailedException: Process `STAR_ALIGN (KO_rep1)` terminated with an error exit status (1)"),
                                                       ("COMPLETED", "137", "nextflow.exception.ProcessFailedException: Process `SAMTOOLS_SORT (sample_07)` terminated with an error exit status (137)"),
                                                       ("COMPLETED", "-", "-")])
    return f"Task completed > TaskHandler[id: {R.randrange(1, 900)}; name: {wf_task()}; status: {st}; exit: {ex}; error: {err}; workDir: {wf_workdir()}]"


def wf_dur():
    return pick([f"{R.randrange(1, 59)}m {R.randrange(0, 60)}s", f"{R.randrange(1, 30)}h {R.randrange(0, 60)}m {R.randrange(0, 60)}s",
                 f"{R.randrange(1, 59)}.{R.randrange(0, 10)}s", f"{R.randrange(1, 3)}d {R.randrange(0, 24)}h {R.randrange(0, 60)}m"])


def wf_stats():
    ok = R.randrange(20, 900)
    return (f"Workflow completed > WorkflowStats[succeededCount={ok}; failedCount={pick([0, 0, 1, 3])}; ignoredCount={pick([0, 0, 2])}; "
            f"cachedCount={R.randrange(0, 300)}; pendingCount=0; submittedCount=0; runningCount=0; retriesCount={pick([0, 1, 4])}; abortedCount=0; "
            f"succeedDuration={wf_dur()}; failedDuration={wf_dur()}; cachedDuration={wf_dur()};loadCpus=0; loadMemory=0; "
            f"peakRunning={R.randrange(4, 200)}; peakCpus={R.randrange(8, 800)}; peakMemory={pick([str(R.randrange(16, 999)) + ' GB', str(R.randrange(1, 9)) + '.' + str(R.randrange(0, 10)) + ' TB', str(R.randrange(100, 999)) + ' MB'])}; ]")


def wf_sbatch():
    return (f"[SLURM] submitted job {R.randrange(4000000, 4999999)} for {wf_task()} to partition {pick(['short', 'short', 'long', 'highmem', 'gpu'])} "
            f"(cpus={pick([1, 2, 8, 16, 32])}, mem={pick(['2 GB', '6 GB', '36 GB', '72 GB', '512 MB'])}, time={pick(['1h', '4h', '16h', '30m', '2d'])})")


SETS["workflow_engine"] = [
    ("E1", 26, "[<*>/<*>] Submitted process > <*>", lambda: f"[{wf_hash()}] Submitted process > {wf_task()}"),
    ("E2", 24, "Task completed > TaskHandler[id: <*>; name: <*>; status: <*>; exit: <*>; error: <*>; workDir: <*>]", wf_handler),
    ("E3", 12, "[<*>/<*>] Cached process > <*>", lambda: f"[{wf_hash()}] Cached process > {wf_task()}"),
    ("E4", 10, "[SLURM] submitted job <*> for <*> to partition <*> (cpus=<*>, mem=<*>, time=<*>)", wf_sbatch),
    ("E5", 6, "Staging foreign file: <*>",
     lambda: f"Staging foreign file: s3://{pick(['ngs-raw-eu', 'ngs-raw-eu', 'refgenomes'])}/{pick(['run_2026_11_30/' + pick(SAMPLES) + '_R' + str(R.randrange(1, 3)) + '_001.fastq.gz', 'GRCh38/star_index/SA', 'GRCh38/Homo_sapiens.GRCh38.110.gtf'])}"),
    ("E6", 4, "[<*>/<*>] NOTE: Process `<*>` terminated with an error exit status (<*>) -- Execution is retried (<*>)",
     lambda: f"[{wf_hash()}] NOTE: Process `{wf_task()}` terminated with an error exit status ({pick([137, 137, 140, 1])}) -- Execution is retried ({pick([1, 1, 2])})"),
    ("E7", 2, "Error executing process > '<*>'", lambda: f"Error executing process > '{wf_task()}'"),
    ("E8", 2, "Caused by:", lambda: "Caused by:"),
    ("E9", 2, "  Process `<*>` terminated with an error exit status (<*>)",
     lambda: f"  Process `{wf_task()}` terminated with an error exit status ({pick([1, 137, 255])})"),
    ("E10", 3, "Access to undefined parameter `<*>` -- Initialise it to a default value eg. `params.<*> = some_value`",
     lambda: (lambda p: f"Access to undefined parameter `{p}` -- Initialise it to a default value eg. `params.{p} = some_value`")(pick(['skip_qc', 'genome', 'max_memory', 'outdir']))),
    ("E11", 2, "Workflow completed > WorkflowStats[succeededCount=<*>; failedCount=<*>; ignoredCount=<*>; cachedCount=<*>; pendingCount=<*>; submittedCount=<*>; runningCount=<*>; retriesCount=<*>; abortedCount=<*>; succeedDuration=<*>; failedDuration=<*>; cachedDuration=<*>;loadCpus=<*>; loadMemory=<*>; peakRunning=<*>; peakCpus=<*>; peakMemory=<*>; ]",
     wf_stats),
    ("E12", 1, "Execution cancelled -- Finishing pending tasks before exit", lambda: "Execution cancelled -- Finishing pending tasks before exit"),
    ("E13", 2, "Downloading plugin <*>@<*>",
     lambda: f"Downloading plugin {pick(['nf-amazon', 'nf-schema', 'nf-validation', 'nf-prov'])}@{pick(['2.9.1', '2.1.0', '1.1.3', '1.2.4'])}"),
    ("E14", 5, "Foreign file staged: <*> (<*> in <*>)",
     lambda: f"Foreign file staged: {pick(SAMPLES)}_R{R.randrange(1, 3)}_001.fastq.gz ({pick([str(R.randrange(10, 999)) + '.' + str(R.randrange(0, 10)) + 'MiB', str(R.randrange(1, 40)) + '.' + str(R.randrange(0, 10)) + 'GiB'])} in {pick([str(R.randrange(1, 59)) + '.' + str(R.randrange(0, 10)) + 's', str(R.randrange(1, 30)) + 'm' + str(R.randrange(0, 60)) + '.' + str(R.randrange(0, 10)) + 's'])})"),
    ("E15", 4, "Copying foreign file <*> to work dir: <*>",
     lambda: f"Copying foreign file https://{pick(['ftp.ensembl.example', 'raw.githubusercontent.example'])}/{pick(['pub/release-110/gtf/homo_sapiens/Homo_sapiens.GRCh38.110.gtf.gz', 'nf-core/test-datasets/rnaseq/samplesheet/v3.10/samplesheet_test.csv'])} to work dir: /scratch/nf-work/stage-{uuid()}/{hexs(2)}/{hexs(30)}"),
]

# A car's engine ECU diagnostic log read out by a workshop tester: trouble codes set with their text,
# status byte and occurrence counter, cleared codes, UDS negative responses with their NRC, positive
# responses, session changes, security access, freeze frames with signed fuel trims, CAN bus errors,
# readiness monitors, flash blocks written, battery voltage, warm-up cycles with pending codes.
DTCS = [("P0301", "Cylinder 1 Misfire Detected"), ("P0420", "Catalyst System Efficiency Below Threshold (Bank 1)"),
        ("P0171", "System Too Lean (Bank 1)"), ("P0128", "Coolant Thermostat (Coolant Temperature Below Thermostat Regulating Temperature)"),
        ("U0100", "Lost Communication With ECM/PCM \"A\""), ("P2BAD", "NOx Exceeds Threshold - Bank 1"), ("P0A80", "Replace Hybrid Battery Pack"),
        ("C0035", "Left Front Wheel Speed Circuit")]
NRCS = [("12", "subFunctionNotSupported"), ("22", "conditionsNotCorrect"), ("31", "requestOutOfRange"), ("31", "requestOutOfRange"),
        ("33", "securityAccessDenied"), ("35", "invalidKey"), ("78", "requestCorrectlyReceived-ResponsePending"), ("7F", "serviceNotSupportedInActiveSession")]
ECUS = ["7E0", "7E0", "7E0", "7E1", "7E2", "710", "760"]


def ecu_freeze():
    return (f"Freeze frame {pick(DTCS)[0]}: RPM={R.randrange(650, 5200)} rpm, speed={R.randrange(0, 160)} km/h, ECT={R.randrange(-8, 108)}°C, "
            f"load={R.randrange(10, 1000) / 10}%, STFT={R.uniform(-25, 25):+.1f}% LTFT={R.uniform(-25, 25):+.1f}%")


def ecu_readiness():
    mons = ["MIS", "FUEL", "CCM", "CAT", "HCAT", "EVAP", "O2S", "O2SH", "EGR"]
    n = R.randrange(4, len(mons) + 1)
    return "Readiness monitors: " + " ".join(f"{m}={pick(['complete', 'complete', 'complete', 'incomplete', 'n/a'])}" for m in mons[:n])


def ecu_pending():
    codes = [pick(DTCS)[0] for _ in range(pick([1, 1, 2, 3]))]
    return f"Warm-up cycle {R.randrange(1, 255)} completed; pending DTCs: [{', '.join(codes)}]"


SETS["car_ecu"] = [
    ("E1", 16, "DTC <*> set: <*> (status 0x<*>, occurrence <*>)",
     lambda: (lambda d: f"DTC {d[0]} set: {d[1]} (status 0x{pick(['2F', '2F', '08', '24', 'AF', '09'])}, occurrence {R.randrange(1, 40)})")(pick(DTCS))),
    ("E2", 4, "DTC <*> cleared by tester 0x<*>", lambda: f"DTC {pick(DTCS)[0]} cleared by tester 0x{pick(['F1', 'F1', 'F4'])}"),
    ("E3", 20, "UDS 0x<*> SID 0x<*> DID 0x<*> -> NRC 0x<*> (<*>)",
     lambda: (lambda n: f"UDS 0x{pick(ECUS)} SID 0x{pick(['22', '22', '2E', '31', '27'])} DID 0x{pick(['F190', 'F18C', 'F40D', '0100', 'DD01', 'F1A0'])} -> NRC 0x{n[0]} ({n[1]})")(pick(NRCS))),
    ("E4", 26, "UDS 0x<*> positive response SID 0x<*> len=<*>",
     lambda: f"UDS 0x{pick(ECUS)} positive response SID 0x{pick(['62', '62', '62', '50', '67', '71', '59', '6E'])} len={R.randrange(3, 260)}"),
    ("E5", 5, "Diagnostic session <*> -> <*> (tester 0x<*>)",
     lambda: (lambda s: f"Diagnostic session {s[0]} -> {s[1]} (tester 0x{pick(['F1', 'F1', 'F4'])})")(pick([("default", "extended"), ("default", "extended"), ("extended", "programming"), ("extended", "default"), ("programming", "default")]))),
    ("E6", 4, "SecurityAccess level 0x<*>: seed 0x<*> key <*>",
     lambda: f"SecurityAccess level 0x{pick(['01', '01', '11', '61'])}: seed 0x{hexs(8).upper()} key {pick(['accepted', 'accepted', 'rejected (attempt 1/3)', 'rejected (attempt 3/3), delay 10 s'])}"),
    ("E7", 8, "Freeze frame <*>: RPM=<*> rpm, speed=<*> km/h, ECT=<*>°C, load=<*>%, STFT=<*>% LTFT=<*>%", ecu_freeze),
    ("E8", 6, "CAN<*> error passive: TEC=<*> REC=<*>",
     lambda: f"CAN{pick([0, 0, 1, 2])} error passive: TEC={R.randrange(128, 255)} REC={R.randrange(0, 140)}"),
    ("E9", 2, "CAN<*> bus-off, recovering in <*> ms", lambda: f"CAN{pick([0, 1, 2])} bus-off, recovering in {pick([50, 100, 100, 200])} ms"),
    ("E10", 3, "Readiness monitors: <*>", ecu_readiness),
    ("E11", 7, "Flash block <*>/<*> written at 0x<*> (<*> bytes, crc32 0x<*>)",
     lambda: (lambda n: f"Flash block {R.randrange(1, n + 1)}/{n} written at 0x{R.randrange(0x80000, 0x3FFFFF):08X} ({pick([4096, 4096, 2048, 1024, 3584])} bytes, crc32 0x{hexs(8)})")(pick([64, 128, 256]))),
    ("E12", 2, "Battery voltage low: <*> V (threshold <*> V)",
     lambda: f"Battery voltage low: {R.randrange(100, 119) / 10} V (threshold {pick(['11.8', '12.0'])} V)"),
    ("E13", 3, "Warm-up cycle <*> completed; pending DTCs: [<*>]", ecu_pending),
    ("E14", 2, "Odometer <*> km, ignition cycle <*>, engine hours <*>",
     lambda: f"Odometer {R.randrange(1200, 312000)} km, ignition cycle {R.randrange(100, 40000)}, engine hours {R.randrange(50, 9000)}:{R.randrange(0, 60):02d}"),
]

SIZES = {"php_app": 340, "erlang_node": 360, "network_switch": 320, "license_server": 340, "workflow_engine": 300, "car_ecu": 320}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
