#!/usr/bin/env python3
"""Writes the tenth batch of labelled held-out logs of this folder (see README.md), written blind to
the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit 7def2c5. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans (names, words of a closed
set, free-text messages, lists, durations and sizes a formatter prints with their unit), text the
statement prints itself (units glued to a number, `=`, brackets, quotes, `0x`, masks) stays literal.
Fixed seed.

    python3 make_heldout_10.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(10101)


def ip():
    return heldout_common.ip([23, 51, 77, 104, 151, 212])


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def b62(n):
    return "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def pid(lo=1000, hi=40000):
    return str(R.randrange(lo, hi))


def go_duration(lo_s, hi_s):
    """A duration as Go's time.Duration prints it: 850ms, 12.4s, 1m32.5s, 2h3m4s."""
    ms = R.randrange(int(lo_s * 1000), int(hi_s * 1000))
    if ms < 1000:
        return f"{ms}ms"
    s = ms / 1000
    if s < 60:
        return f"{s:.1f}s".replace(".0s", "s")
    m, s = divmod(s, 60)
    if m < 60:
        return f"{int(m)}m{s:.1f}s".replace(".0s", "s")
    h, m = divmod(m, 60)
    return f"{int(h)}h{int(m)}m{int(s)}s"


def hms(lo_s, hi_s):
    s = R.randrange(lo_s, hi_s)
    return f"{s // 3600}h{s % 3600 // 60:02d}m{s % 60:02d}s"


SETS = {}

# A web browser's developer console as saved to a file (page scripts' messages, network failures,
# CORS, mixed content, content security policy, violations, source maps, deprecations, cookies,
# service workers, WebSockets, and the page's own console.log lines).
ORIGINS = ["https://shop.example.com", "https://app.example.io", "https://intranet.corp.example", "http://localhost:5173"]
CDN = ["https://cdn.example-static.net", "https://static.example.io", "https://fonts.example-cdn.com"]
SCRIPTS = ["main.4f9c2a1b.js", "vendor.8d1e33ac.js", "chunk-ORDERS-7QX2KD.js", "app.bundle.js", "polyfills-es2015.3a2b1c.js"]
API_PATHS = ["/api/v2/orders?page=2&size=50", "/api/v2/cart/items", "/graphql", "/api/session/refresh", "/api/v1/search?q=winter%20boots",
             "/api/v2/users/me/preferences", "/metrics/collect"]


def script_url():
    return f"{pick(ORIGINS + CDN)}/{pick(['assets', 'static/js', '_next/static/chunks'])}/{pick(SCRIPTS)}"


def js_error():
    kind, msg = pick([
        ("TypeError", f"Cannot read properties of undefined (reading '{pick(['map', 'length', 'id', 'items', 'then'])}')"),
        ("TypeError", f"{pick(['e.items', 'this.cart', 'n.data.user', 'window.dataLayer'])} is {pick(['null', 'undefined', 'not a function'])}"),
        ("ReferenceError", f"{pick(['gtag', 'Stripe', '__APP_CONFIG__', 'process'])} is not defined"),
        ("SyntaxError", f"Unexpected token '{pick(['<', '}', ')'])}', " + chr(34) + pick(['<!DOCTYPE html>', '<html lang=', '{' + chr(34) + 'error']) + chr(34) + "... is not valid JSON"),
        ("RangeError", "Maximum call stack size exceeded"),
    ])
    return f"{kind}: {msg}"


def net_err():
    return "net::" + pick(["ERR_BLOCKED_BY_CLIENT", "ERR_BLOCKED_BY_CLIENT", "ERR_CONNECTION_REFUSED", "ERR_NAME_NOT_RESOLVED",
                           "ERR_CERT_DATE_INVALID", "ERR_INTERNET_DISCONNECTED", "ERR_HTTP2_PROTOCOL_ERROR"])


def status_text():
    return pick(["404 (Not Found)", "404 (Not Found)", "401 (Unauthorized)", "500 (Internal Server Error)", "502 (Bad Gateway)",
                 "429 (Too Many Requests)", "403 (Forbidden)"])


def csp_refused():
    what, url, directive, elem, fallback = pick([
        ("load the script", "https://widget.chat.example/loader.js", "script-src 'self' https://static.example.io", "script-src-elem", "script-src"),
        ("load the script", "https://unpkg.example/lib@1.2.3/dist/x.min.js", "script-src 'self' 'nonce-" + b62(22) + "'", "script-src-elem", "script-src"),
        ("connect to", "wss://live.example.io/socket", "default-src 'self'", "connect-src", "default-src"),
        ("load the stylesheet", "https://fonts.example-cdn.com/css2?family=Inter:wght@400;600", "default-src 'none'", "style-src-elem", "default-src")])
    return (f"Refused to {what} '{url}' because it violates the following Content Security Policy directive: \"{directive}\". "
            f"Note that '{elem}' was not explicitly set, so '{fallback}' is used as a fallback.")


SETS["browser_console"] = [
    ("E1", 14, "Uncaught <*> <*>:<*>:<*>", lambda: f"Uncaught {js_error()} {script_url()}:{R.randrange(1, 3)}:{R.randrange(10, 99999)}"),
    ("E2", 26, "<*> <*> net::<*>",
     lambda: f"{pick(['GET', 'GET', 'GET', 'POST', 'PUT'])} {pick([pick(ORIGINS) + pick(API_PATHS), 'https://www.google-analytics.example/g/collect?v=2&tid=G-' + b62(10).upper(), pick(CDN) + '/img/' + hexs(12) + '.webp'])} {net_err()}"),
    ("E3", 30, "Failed to load resource: the server responded with a status of <*>", lambda: f"Failed to load resource: the server responded with a status of {status_text()}"),
    ("E4", 8, "Access to <*> at '<*>' from origin '<*>' has been blocked by CORS policy: <*>",
     lambda: f"Access to {pick(['fetch', 'fetch', 'XMLHttpRequest', 'font'])} at '{pick(['https://api.example.io', 'https://auth.example.com', pick(CDN)])}{pick(API_PATHS)}' from origin '{pick(ORIGINS)}' has been blocked by CORS policy: {pick(['No ' + chr(39) + 'Access-Control-Allow-Origin' + chr(39) + ' header is present on the requested resource.', 'Response to preflight request does not pass access control check: It does not have HTTP ok status.', 'The value of the ' + chr(39) + 'Access-Control-Allow-Credentials' + chr(39) + ' header in the response is ' + chr(39) + chr(39) + ' which must be ' + chr(39) + 'true' + chr(39) + ' when the request' + chr(39) + 's credentials mode is ' + chr(39) + 'include' + chr(39) + '.'])}"),
    ("E5", 4, "Mixed Content: The page at '<*>' was loaded over HTTPS, but requested an insecure <*> '<*>'. This content should also be served over HTTPS.",
     lambda: f"Mixed Content: The page at '{pick(ORIGINS[:3])}/{pick(['', 'blog/winter-sale', 'products/boots-4411'])}' was loaded over HTTPS, but requested an insecure {pick(['image', 'image', 'script', 'stylesheet'])} 'http://{pick(['img.partner.example', 'legacy-cdn.example.com'])}/{hexs(8)}.{pick(['png', 'jpg', 'js', 'css'])}'. This content should also be served over HTTPS."),
    ("E6", 5, "Refused to <*> '<*>' because it violates the following Content Security Policy directive: \"<*>\". Note that '<*>' was not explicitly set, so '<*>' is used as a fallback.",
     csp_refused),
    ("E7", 12, "[Violation] '<*>' handler took <*>ms",
     lambda: f"[Violation] '{pick(['setTimeout', 'setTimeout', 'click', 'message', 'requestAnimationFrame', 'load'])}' handler took {R.randrange(50, 2400)}ms"),
    ("E8", 5, "[Violation] Forced reflow while executing JavaScript took <*>ms", lambda: f"[Violation] Forced reflow while executing JavaScript took {R.randrange(30, 400)}ms"),
    ("E9", 6, "DevTools failed to load source map: Could not load content for <*>: HTTP error: status code <*>, net::ERR_HTTP_RESPONSE_CODE_FAILURE",
     lambda: f"DevTools failed to load source map: Could not load content for {script_url()}.map: HTTP error: status code {pick([404, 404, 403])}, net::ERR_HTTP_RESPONSE_CODE_FAILURE"),
    ("E10", 2, "[Deprecation] Listener added for a '<*>' mutation event. Support for this event type has been removed, and this event will no longer be fired.",
     lambda: f"[Deprecation] Listener added for a '{pick(['DOMNodeInserted', 'DOMSubtreeModified', 'DOMNodeRemoved'])}' mutation event. Support for this event type has been removed, and this event will no longer be fired."),
    ("E11", 3, "Service worker registration <*> with scope: <*>",
     lambda: f"Service worker registration {pick(['succeeded', 'succeeded', 'failed'])} with scope: {pick(ORIGINS)}/"),
    ("E12", 4, "WebSocket connection to '<*>' failed: <*>",
     lambda: f"WebSocket connection to 'wss://{pick(['live.example.io/socket?vsn=2.0.0', 'app.example.io/ws', 'localhost:5173/?token=' + b62(12)])}' failed: {pick(['', 'Error during WebSocket handshake: Unexpected response code: 502', 'WebSocket is closed before the connection is established.']) or 'Error in connection establishment: net::ERR_CONNECTION_REFUSED'}"),
    ("E13", 9, "[router] navigated <*> -> <*> in <*>ms",
     lambda: f"[router] navigated {pick(['/cart', '/orders', '/', '/account/settings'])} -> {pick(['/checkout', '/orders/' + str(R.randrange(10000, 99999)), '/search?q=' + pick(['boots', 'winter+jacket', 'gift%20card'])])} in {R.randrange(3, 900)}ms"),
    ("E15", 5, "[store] hydrate cart: <*> items, total <*> EUR",
     lambda: f"[store] hydrate cart: {R.randrange(0, 12)} items, total {R.randrange(0, 50000) / 100:.2f} EUR"),
    ("E16", 3, "[ws] reconnect attempt <*> in <*>ms (last close code <*>)",
     lambda: f"[ws] reconnect attempt {R.randrange(1, 6)} in {pick([500, 1000, 2000, 4000, 8000])}ms (last close code {pick([1006, 1006, 1001, 1011])})"),
    ("E14", 2, "The resource <*> was preloaded using link preload but not used within a few seconds from the window's load event. Please make sure it has an appropriate `as` value and it is preloaded intentionally.",
     lambda: f"The resource {pick(CDN)}/{pick(['fonts/Inter-var.woff2', 'css/critical.' + hexs(8) + '.css', 'img/hero@2x.avif'])} was preloaded using link preload but not used within a few seconds from the window's load event. Please make sure it has an appropriate `as` value and it is preloaded intentionally."),
]

# Windows Task Scheduler's operational log and Windows PowerShell's event log as exported text
# (tasks registered, launched, completed with their return code, refused and failed, engine state
# changes as key=value lines, providers, script blocks, command errors, transcripts).
TASKS = ["\\Backup\\Nightly SQL Export", "\\Microsoft\\Windows\\UpdateOrchestrator\\Schedule Scan", "\\Corp\\Inventory-Agent",
         "\\Microsoft\\Windows\\Defrag\\ScheduledDefrag", "\\Reports\\Send Daily KPI Mail", "\\GoogleUpdateTaskMachineUA{8B3F1C2E-5A7D-4E10-9C21-0F6B3D2A7E91}",
         "\\Corp\\Rotate-IIS-Logs"]
WUSERS = ["NT AUTHORITY\\SYSTEM", "NT AUTHORITY\\SYSTEM", "CORP\\svc-backup", "CORP\\j.meier", "NT AUTHORITY\\NETWORK SERVICE"]
ACTIONS = ["C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "C:\\Windows\\system32\\defrag.exe",
           "C:\\Program Files (x86)\\Google\\Update\\GoogleUpdate.exe", "C:\\Tools\\inventory\\agent.exe", "%systemroot%\\system32\\usoclient.exe"]
ADMINS = ["CORP\\adm-jmeier", "CORP\\svc-deploy", "NT AUTHORITY\\SYSTEM"]
BAD_PRINCIPALS = ["NT AUTHORITY\\LOCALSERVICE", "S-1-5-21-3623811015-3361044348-30300820-1013"]
POWERSHELL = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"
HOSTS = ["FS01", "SQL02", "WKS-0142", "WKS-0177", "APP03"]


def guid():
    return "{" + uuid() + "}"


def ps_state():
    new, prev = pick([("Available", "None"), ("Available", "None"), ("Stopped", "Available")])
    host = pick([("ConsoleHost", "5.1.19041.5129"), ("ServerRemoteHost", "1.0.0.0"), ("Windows PowerShell ISE Host", "5.1.19041.5129")])
    cmd = pick([POWERSHELL, POWERSHELL, "powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\Scripts\\Export-Sql.ps1",
                "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -enc " + b62(24)])
    return (f"Engine state is changed from {prev} to {new}. Details: NewEngineState={new} PreviousEngineState={prev} "
            f"SequenceNumber={R.randrange(9, 120)} HostName={host[0]} HostVersion={host[1]} HostId={uuid()} "
            f"HostApplication={cmd} EngineVersion=5.1.19041.5129 "
            f"RunspaceId={uuid()}")


def script_block():
    text = pick(["Get-ChildItem -Path 'D:\\Exports' -Filter *.bak | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-14) } | Remove-Item -Force",
                 "prompt", "$global:?", "Import-Module SqlServer; Invoke-Sqlcmd -ServerInstance SQL02 -Query \"EXEC dbo.ExportDaily\"",
                 "Send-MailMessage -To kpi@corp.example -Subject \"Daily KPI $(Get-Date -f yyyy-MM-dd)\" -Attachments $report"])
    path = pick(["", "C:\\Scripts\\Export-Sql.ps1", "C:\\Scripts\\Send-Kpi.ps1"])
    n = pick([1, 1, 1, 2, 3])
    return f"Creating Scriptblock text ({R.randrange(1, n + 1)} of {n}): {text} ScriptBlock ID: {uuid()} Path: {path or '(none)'}"


SETS["task_scheduler"] = [
    ("E1", 22, "Task Scheduler launched \"<*>\" instance of task \"<*>\" for user \"<*>\" .",
     lambda: f"Task Scheduler launched \"{guid()}\" instance of task \"{pick(TASKS)}\" for user \"{pick(WUSERS)}\" ."),
    ("E2", 20, "Task Scheduler successfully completed task \"<*>\" , instance \"<*>\" , action \"<*>\" with return code <*>.",
     lambda: f"Task Scheduler successfully completed task \"{pick(TASKS)}\" , instance \"{guid()}\" , action \"{pick(ACTIONS)}\" with return code {pick([0, 0, 0, 0, 1, 2147942401, 2147942402, 267014])}."),
    ("E3", 14, "Task Scheduler launch task \"<*>\" , instance \"<*>\"  with process ID <*>.",
     lambda: f"Task Scheduler launch task \"{pick(TASKS)}\" , instance \"{pick(ACTIONS)}\"  with process ID {pid(400, 20000)}."),
    ("E4", 3, "Task Scheduler failed to start \"<*>\" task for user \"<*>\". Additional Data: Error Value: <*>.",
     lambda: f"Task Scheduler failed to start \"{pick(TASKS)}\" task for user \"{pick(WUSERS)}\". Additional Data: Error Value: {pick(['2147943645', '2147942402', '2147943785'])}."),
    ("E5", 3, "Task Scheduler did not launch task \"<*>\"  because instance \"<*>\" of the same task is already running.",
     lambda: f"Task Scheduler did not launch task \"{pick(TASKS)}\"  because instance \"{guid()}\" of the same task is already running."),
    ("E6", 2, "User \"<*>\"  registered Task Scheduler task \"<*>\"",
     lambda: f"User \"{pick(ADMINS)}\"  registered Task Scheduler task \"{pick(TASKS)}\""),
    ("E7", 9, "Engine state is changed from <*> to <*>. Details: NewEngineState=<*> PreviousEngineState=<*> SequenceNumber=<*> HostName=<*> HostVersion=<*> HostId=<*> HostApplication=<*> EngineVersion=<*> RunspaceId=<*>",
     ps_state),
    ("E8", 11, "Provider \"<*>\" is <*>. Details: ProviderName=<*> NewProviderState=<*> SequenceNumber=<*> HostName=<*>",
     lambda: (lambda p, s: f"Provider \"{p}\" is {s}. Details: ProviderName={p} NewProviderState={s} SequenceNumber={R.randrange(1, 12)} HostName={pick(['ConsoleHost', 'ConsoleHost', 'ServerRemoteHost'])}")(
         pick(['Registry', 'Alias', 'Environment', 'FileSystem', 'Function', 'Variable', 'Certificate', 'WSMan']), pick(['Started', 'Started', 'Started', 'Stopped']))),
    ("E9", 8, "Creating Scriptblock text (<*> of <*>): <*> ScriptBlock ID: <*> Path: <*>", script_block),
    ("E10", 4, "Error Message = <*> Fully Qualified Error ID = <*>",
     lambda: pick([f"Error Message = The term '{pick(['Get-Foo', 'Invoke-Sqlcmd', 'Compress-7Zip'])}' is not recognized as the name of a cmdlet, function, script file, or operable program. Fully Qualified Error ID = CommandNotFoundException",
                   f"Error Message = Cannot find path 'D:\\Exports\\{pick(['2026-12-06', 'archive', 'KPI'])}' because it does not exist. Fully Qualified Error ID = PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand",
                   "Error Message = Access is denied Fully Qualified Error ID = UnauthorizedAccess"])),
    ("E11", 2, "Transcript started, output file is <*>",
     lambda: f"Transcript started, output file is C:\\Users\\{pick(['svc-backup', 'j.meier'])}\\Documents\\PowerShell_transcript.{pick(HOSTS)}.{b62(8)}.2026120{R.randrange(1, 8)}{clock().replace(':', '')}.txt"),
    ("E12", 3, "Task Scheduler service found a misconfiguration in the <*> definition. Additional Data: Error Value: <*>.",
     lambda: f"Task Scheduler service found a misconfiguration in the {pick(TASKS)} definition. Additional Data: Error Value: {pick(BAD_PRINCIPALS)}."),
    ("E13", 2, "Task Scheduler terminated \"<*>\" instance of the \"<*>\" task. (Task exceeded its execution time limit of <*>)",
     lambda: f"Task Scheduler terminated \"{guid()}\" instance of the \"{pick(TASKS)}\" task. (Task exceeded its execution time limit of {pick(['PT72H', 'PT1H', 'PT30M'])})"),
]

# An ATM's electronic journal and its XFS device layer (transactions with padded sequence numbers,
# cards, host replies, notes presented from cassettes, cash taken and retracted, device errors with
# their HRESULT names, supervisor mode, low cassettes, retained cards, receipt printer, counters).
CASS = [("1", "EUR", 10), ("2", "EUR", 20), ("3", "EUR", 50), ("4", "EUR", 20)]


def atm_stamp():
    return f"{R.randrange(1, 8):02d}.12.26", f"{clock()}"


def pan_masked():
    return f"{pick(['4', '5'])}{R.randrange(10 ** 4, 10 ** 5)}******{R.randrange(0, 10000):04d}"


def stan():
    return f"{R.randrange(0, 1000000):06d}"


def dispense():
    parts, total = [], 0
    for c in sorted(R.sample(CASS, pick([1, 1, 2, 2, 3]))):
        n = R.randrange(1, 15)
        parts.append(f"{c[0]}:{n:03d}x{c[2]}")
        total += n * c[2]
    return ",".join(parts), total


SETS["atm_journal"] = [
    ("E1", 24, "*<*>*<*>*<*>* TRANSACTION START*",
     lambda: (lambda d, t: f"*{R.randrange(0, 10000):04d}*{d}*{t}* TRANSACTION START*")(*atm_stamp())),
    ("E2", 22, "CARD INSERTED PAN <*> EXP <*> TRACK2 <*>",
     lambda: f"CARD INSERTED PAN {pan_masked()} EXP {R.randrange(1, 13):02d}/{R.randrange(26, 31)} TRACK2 {pick(['OK', 'OK', 'OK', 'OK', 'BAD', 'EMV'])}"),
    ("E3", 20, "TXN <*> AMT <*> <*> STAN <*>",
     lambda: f"TXN {pick(['WITHDRAWAL', 'WITHDRAWAL', 'WITHDRAWAL', 'BALANCE INQUIRY', 'PIN CHANGE', 'MINI STATEMENT'])} AMT {R.randrange(1, 50) * 10:.2f} {pick(['EUR', 'EUR', 'EUR', 'USD'])} STAN {stan()}"),
    ("E4", 18, "HOST RESPONSE RC=<*> AUTH=<*> STAN=<*> (<*> ms)",
     lambda: f"HOST RESPONSE RC={pick(['00', '00', '00', '00', '51', '55', '05', '61', '91'])} AUTH={pick([b62(6).upper(), '------'])} STAN={stan()} ({R.randrange(180, 9000)} ms)"),
    ("E5", 14, "NOTES PRESENTED [<*>] TOTAL <*>",
     lambda: (lambda d: f"NOTES PRESENTED [{d[0]}] TOTAL {d[1]}.00")(dispense())),
    ("E6", 14, "NOTES TAKEN AFTER <*>s", lambda: f"NOTES TAKEN AFTER {R.randrange(1, 30)}.{R.randrange(0, 10)}s"),
    ("E7", 3, "NOTES RETRACTED [<*>] CUSTOMER TIMEOUT <*>s",
     lambda: f"NOTES RETRACTED [{dispense()[0]}] CUSTOMER TIMEOUT {pick([30, 30, 45])}s"),
    ("E8", 4, "XFS <*> <*> hService=<*> RequestID=<*> hResult=<*> (<*>)",
     lambda: (lambda e: f"XFS {e[0]} {e[1]} hService={R.randrange(2, 20)} RequestID={R.randrange(100, 99999)} hResult={e[2]} ({e[3]})")(pick([
         ("CDM", "WFS_CMD_CDM_DISPENSE", -320, "WFS_ERR_CDM_CASHUNITERROR"), ("CDM", "WFS_CMD_CDM_PRESENT", -307, "WFS_ERR_CDM_SHUTTERNOTOPEN"),
         ("IDC", "WFS_CMD_IDC_READ_RAW_DATA", -203, "WFS_ERR_IDC_MEDIAJAM"), ("PTR", "WFS_CMD_PTR_PRINT_FORM", -106, "WFS_ERR_PTR_PAPEROUT"),
         ("PIN", "WFS_CMD_PIN_GET_PIN", -14, "WFS_ERR_TIMEOUT")]))),
    ("E9", 3, "CASSETTE <*> LOW: <*> NOTES LEFT (THRESHOLD <*>)",
     lambda: (lambda c: f"CASSETTE {c[0]} LOW: {R.randrange(0, 200)} NOTES LEFT (THRESHOLD {pick([150, 200])})")(pick(CASS))),
    ("E10", 3, "CARD RETAINED REASON: <*>",
     lambda: f"CARD RETAINED REASON: {pick(['PIN TRIES EXCEEDED', 'HOST ORDER (RC=41)', 'CARD NOT TAKEN', 'HOST ORDER (RC=43)'])}"),
    ("E11", 2, "SUPERVISOR MODE <*> OPERATOR <*>",
     lambda: f"SUPERVISOR MODE {pick(['ENTERED', 'EXITED'])} OPERATOR {pick(['CIT-0412', 'TECH-17', 'BRANCH-02'])}"),
    ("E12", 4, "*<*>*<*>*<*>* TRANSACTION END <*>*",
     lambda: (lambda d, t: f"*{R.randrange(0, 10000):04d}*{d}*{t}* TRANSACTION END {pick(['OK', 'OK', 'OK', 'DECLINED', 'CANCELLED', 'TIMEOUT'])}*")(*atm_stamp())),
    ("E13", 2, "RECEIPT PRINTER STATUS <*> PAPER <*>",
     lambda: f"RECEIPT PRINTER STATUS {pick(['ONLINE', 'ONLINE', 'NODEVICE', 'HWERROR'])} PAPER {pick(['FULL', 'LOW', 'OUT'])}"),
    ("E14", 1, "COUNTERS CASS<*> <*> <*> DISPENSED=<*> REJECTED=<*> RETRACTED=<*>",
     lambda: (lambda c: f"COUNTERS CASS{c[0]} {c[2]} {c[1]} DISPENSED={R.randrange(0, 2000)} REJECTED={R.randrange(0, 30)} RETRACTED={R.randrange(0, 10)}")(pick(CASS))),
]

# A spam filter daemon (rspamd-like) behind an MTA: per-message task lines with the action, score,
# symbols with their options in braces and the recipients, greylisting, fuzzy hash matches, DKIM
# failures, RBL look-up failures, Bayes learning, map reloads, timeouts with pending symbols.
WORKERS = [("normal", 2211), ("normal", 2212), ("controller", 2209), ("proxy", 2207)]
MFROM = ["newsletter@deals.example-shop.com", "noreply@github.example", "a.meier@partner.example.de", "MAILER-DAEMON@mx2.example.net",
         "bounce-1337@mailer.bulk.example", "invoice@accounting-pay.example.biz"]
RCPTS = ["info@corp.example", "j.meier@corp.example", "sales@corp.example", "hr@corp.example"]
SYMS = ["R_DKIM_ALLOW(-0.20){example.com:s=sel1;}", "R_SPF_ALLOW(-0.20){+ip4:" + "212.10.0.0/16;}", "DMARC_POLICY_ALLOW(-0.50){example.com;none;}",
        "BAYES_SPAM(5.10){99.87%;}", "BAYES_HAM(-3.00){100.00%;}", "MIME_GOOD(-0.10){text/plain;}", "ARC_NA(0.00){}",
        "RCVD_COUNT_THREE(0.00){3;}", "URIBL_BLACK(7.50){bit-deals.example.top:url;}", "HFILTER_HOSTNAME_UNKNOWN(2.50){}",
        "FROM_HAS_DN(0.00){}", "RBL_SPAMHAUS_XBL(4.00){" + "77.21.4.9:from;}", "FUZZY_DENIED(12.00){1:" + "3fa9c1d2e4:1.00:txt;}", "R_DKIM_NA(0.00){}"]


def rtag():
    return hexs(6)


def rprefix(kind=None):
    w = pick([x for x in WORKERS if kind is None or x[0] == kind])
    return f"#{w[1]}({w[0]}) <{rtag()}>"


def rmsgid():
    return pick([f"<{uuid()}@mail.example.de>", f"<{b62(16)}.{R.randrange(1000, 9999)}@deals.example-shop.com>",
                 f"<CA+{b62(28)}@mail.gmail.example>", f"<{R.randrange(10 ** 11, 10 ** 12)}.{hexs(8)}@github.example>"])


def rtask():
    action, lo, hi = pick([("no action", -4, 5), ("no action", -4, 5), ("no action", -4, 5), ("add header", 6, 14),
                           ("greylist", 4, 6), ("reject", 15, 40), ("soft reject", 0, 3)])
    score = R.randrange(lo * 100, hi * 100) / 100
    syms = ",".join(R.sample(SYMS, R.randrange(2, 7)))
    rc = ",".join(R.sample(RCPTS, pick([1, 1, 1, 2])))
    return (f"{rprefix('normal')}; task; rspamd_task_write_log: id: {rmsgid()}, qid: <{hexs(10).upper()}>, ip: {ip()}, from: <{pick(MFROM)}>, "
            f"(default: {'T' if action in ('reject', 'add header') else 'F'} ({action}): [{score:.2f}/15.00] [{syms}]), "
            f"len: {R.randrange(800, 2000000)}, time: {R.randrange(20, 9000) / 10:.1f}ms, dns req: {R.randrange(0, 60)}, "
            f"digest: <{hexs(32)}>, rcpts: <{rc}>, mime_rcpts: <{rc}>")


SETS["spam_filter"] = [
    ("E1", 40, "<*> <<*>>; task; rspamd_task_write_log: id: <*>, qid: <<*>>, ip: <*>, from: <<*>>, (default: <*> (<*>): [<*>/<*>] [<*>]), len: <*>, time: <*>ms, dns req: <*>, digest: <<*>>, rcpts: <<*>>, mime_rcpts: <<*>>",
     rtask),
    ("E2", 10, "<*> <<*>>; lua; greylist.lua:<*>: greylisted until \"<*>\" using key \"<*>\"",
     lambda: f"{rprefix('normal')}; lua; greylist.lua:{pick([362, 362, 418])}: greylisted until \"{pick(['Mon, 07 Dec 2026', 'Sun, 06 Dec 2026'])} {clock()} GMT\" using key \"{hexs(16)}\""),
    ("E3", 6, "<*> <<*>>; csession; fuzzy_check_callback: <*>: fuzzy hash <*> matched, flag: <*>, value: <*>",
     lambda: f"{rprefix('normal')}; csession; fuzzy_check_callback: {rmsgid()}: fuzzy hash {hexs(10)} matched, flag: {pick([1, 1, 11, 12])}, value: {R.randrange(50, 101) / 100:.2f}"),
    ("E4", 5, "<*> <<*>>; dkim; rspamd_dkim_check: DKIM signature for domain <*> failed: <*>",
     lambda: f"{rprefix('normal')}; dkim; rspamd_dkim_check: DKIM signature for domain {pick(['example-shop.com', 'partner.example.de', 'mailer.bulk.example'])} failed: {pick(['body hash mismatch', 'body hash mismatch', 'signature has expired', 'cannot get key from DNS: NXDOMAIN'])}"),
    ("E5", 6, "<*> <<*>>; rbl; rbl_dns_callback: DNS request of <*> failed: <*>",
     lambda: f"{rprefix('normal')}; rbl; rbl_dns_callback: DNS request of {'.'.join(reversed(ip().split('.')))}.{pick(['zen.spamhaus.org', 'bl.spamcop.net', 'dnsbl.sorbs.net'])} failed: {pick(['timeout', 'timeout', 'server fail', 'request refused'])}"),
    ("E6", 4, "<*> <<*>>; controller; rspamd_controller_learn_fin_task: <<*>> learned message as <*>: <*>",
     lambda: f"{rprefix('controller')}; controller; rspamd_controller_learn_fin_task: <{pick(['127.0.0.1', '10.1.2.8', '::1'])}> learned message as {pick(['spam', 'spam', 'ham'])}: {rmsgid()}"),
    ("E7", 3, "<*> <<*>>; map; rspamd_map_read_http_cached_file: read cached data for <*> from <*>, <*> bytes",
     lambda: f"{rprefix()}; map; rspamd_map_read_http_cached_file: read cached data for {pick(['https://maps.rspamd.example/freemail/free.txt.zst', 'https://maps.rspamd.example/redirectors.inc.zst', 'file:///etc/rspamd/local.d/whitelist.map'])} from /var/lib/rspamd/{hexs(16)}.map, {R.randrange(900, 400000)} bytes"),
    ("E8", 3, "<*> <<*>>; task; rspamd_task_timeout: processing of task time out: <*>s spent; <*> forced processing",
     lambda: f"{rprefix('normal')}; task; rspamd_task_timeout: processing of task time out: {pick(['8.0', '8.0', '12.5'])}s spent; {pick(['enable', 'disable'])} forced processing"),
    ("E9", 3, "<*> <<*>>; task; rspamd_symcache_runtime_check: <*> symbols are still pending: [<*>]",
     lambda: (lambda s: f"{rprefix('normal')}; task; rspamd_symcache_runtime_check: {len(s)} symbols are still pending: [{', '.join(s)}]")(R.sample(['RBL_SPAMHAUS', 'DCC_CHECK', 'RBL_SENDERSCORE', 'FUZZY_CHECK', 'NEURAL_CHECK', 'CLAM_VIRUS'], R.randrange(1, 4)))),
    ("E10", 2, "<*> <<*>>; main; rspamd_check_termination_clause: <*> process <*> exited with status <*>",
     lambda: f"#{pick([2201, 2200])}(main) <{rtag()}>; main; rspamd_check_termination_clause: {pick(['normal', 'proxy', 'controller'])} process {pid(2000, 9000)} exited with status {pick([0, 0, 1, 11])}"),
    ("E11", 3, "<*> <<*>>; proxy; proxy_milter_finish_handler: <*>: <*> message from <*>, action: <*>, reply: \"<*>\"",
     lambda: f"{rprefix('proxy')}; proxy; proxy_milter_finish_handler: {hexs(10).upper()}: {pick(['rejected', 'rejected', 'tempfailed'])} message from {pick(MFROM)}, action: {pick(['reject', 'soft reject'])}, reply: \"{pick(['554 5.7.1 Spam message rejected', '451 4.7.1 Try again later', '554 5.7.1 Rejected by DMARC policy'])}\""),
]

# A 3D printer farm's host software (Klipper-like) per printer: periodic statistics as key=value
# runs for every MCU and heater, prints started, paused and finished, layer progress with elapsed
# and remaining durations, thermal and MCU errors, moves out of range, bed probing, filament runout,
# webhooks clients with a dict printed whole, config loading.
PRINTERS = ["voron24-a", "voron24-b", "ender3-s1-03", "prusa-mk4-02", "bambu-proxy-x1"]
GCODE = ["benchy_0.2mm_PETG_4h12m.gcode", "bracket-v3 (copy).gcode", "enclosure_lid_PLA.gcode", "Spool-Holder_ASA_0.25mm.gcode",
         "lot-2026-12/gear_M1_z20.gcode"]


def stats():
    t = R.randrange(100, 90000) + R.randrange(0, 1000) / 1000
    mcus = [f"mcu: mcu_awake={R.randrange(1, 40) / 1000:.3f} mcu_task_avg={R.randrange(5, 40) / 10 ** 6:.6f} bytes_write={R.randrange(10 ** 4, 10 ** 8)} "
            f"bytes_read={R.randrange(10 ** 4, 10 ** 8)} bytes_retransmit={pick([0, 0, 0, 9, 52])} srtt={R.randrange(1, 9) / 1000:.3f} freq={pick([119998732, 120001288, 63999410])}"]
    if R.random() < 0.5:
        mcus.append(f"toolhead: mcu_awake={R.randrange(1, 40) / 1000:.3f} mcu_task_avg={R.randrange(5, 40) / 10 ** 6:.6f} bytes_write={R.randrange(10 ** 4, 10 ** 7)} "
                    f"bytes_read={R.randrange(10 ** 4, 10 ** 7)} bytes_retransmit=0 srtt={R.randrange(1, 9) / 1000:.3f} freq={pick([63999410, 48000112])}")
    bed, ext = pick([0, 60, 60, 100, 110]), pick([0, 215, 240, 250])
    return (f"Stats {t:.1f}: gcodein={R.randrange(0, 10 ** 6)} {' '.join(mcus)} heater_bed: target={bed} temp={bed + R.randrange(-30, 30) / 10 if bed else 21.4:.1f} "
            f"pwm={R.random():.3f} sysload={R.randrange(5, 300) / 100:.2f} cputime={R.randrange(10, 90000) / 10:.3f} memavail={R.randrange(100000, 900000)} "
            f"print_time={R.randrange(0, 90000) / 10:.3f} buffer_time={R.randrange(0, 40) / 10:.3f} print_stall={pick([0, 0, 0, 1])} "
            f"extruder: target={ext} temp={ext + R.randrange(-30, 30) / 10 if ext else 22.0:.1f} pwm={R.random():.3f}")


def prn():
    return f"[{pick(PRINTERS)}]"


SETS["printer_farm"] = [
    ("E1", 40, "<*> Stats <*>: gcodein=<*> <*> heater_bed: target=<*> temp=<*> pwm=<*> sysload=<*> cputime=<*> memavail=<*> print_time=<*> buffer_time=<*> print_stall=<*> extruder: target=<*> temp=<*> pwm=<*>",
     lambda: f"{prn()} {stats()}"),
    ("E2", 20, "<*> Layer <*>/<*> at z=<*>mm, elapsed <*>, ETA <*>",
     lambda: f"{prn()} Layer {R.randrange(1, 400)}/{pick([245, 400, 812, 96])} at z={R.randrange(2, 3000) / 10:.2f}mm, elapsed {go_duration(30, 30000)}, ETA {go_duration(5, 40000)}"),
    ("E3", 6, "<*> Starting SD card print (position <*>) file '<*>'",
     lambda: f"{prn()} Starting SD card print (position {pick([0, 0, 0, R.randrange(1000, 900000)])}) file '{pick(GCODE)}'"),
    ("E4", 5, "<*> Finished SD card print '<*>' in <*> (filament used <*>m)",
     lambda: f"{prn()} Finished SD card print '{pick(GCODE)}' in {hms(600, 40000)} (filament used {R.randrange(100, 90000) / 1000:.3f}m)"),
    ("E5", 3, "<*> Exiting SD card print (position <*>)", lambda: f"{prn()} Exiting SD card print (position {R.randrange(1000, 9000000)})"),
    ("E6", 2, "<*> MCU '<*>' shutdown: <*>",
     lambda: f"{prn()} MCU '{pick(['mcu', 'toolhead', 'mcu'])}' shutdown: {pick(['Timer too close', 'Missed scheduling of next digital out event', 'ADC out of range', 'Rescheduled timer in the past'])}"),
    ("E7", 2, "<*> Heater <*> not heating at expected rate",
     lambda: f"{prn()} Heater {pick(['extruder', 'extruder', 'heater_bed'])} not heating at expected rate"),
    ("E8", 3, "<*> Move out of range: <*> <*> <*> [<*>]",
     lambda: f"{prn()} Move out of range: {R.randrange(-5000, 360000) / 1000:.3f} {R.randrange(-5000, 360000) / 1000:.3f} {R.randrange(0, 40000) / 1000:.3f} [{R.randrange(0, 4000000) / 1000:.3f}]"),
    ("E9", 7, "<*> probe at <*>,<*> is z=<*>",
     lambda: f"{prn()} probe at {R.randrange(20, 330)}.{pick([0, 5])}00,{R.randrange(20, 330)}.{pick([0, 5])}00 is z={R.randrange(-800000, 2500000) / 10 ** 6:.6f}"),
    ("E10", 2, "<*> Filament runout detected on sensor '<*>' at layer <*>, pausing",
     lambda: f"{prn()} Filament runout detected on sensor '{pick(['runout_T0', 'filament_sensor', 'btt_sfs_v2'])}' at layer {R.randrange(2, 400)}, pausing"),
    ("E11", 4, "<*> webhooks client <*>: Client info <*>",
     lambda: f"{prn()} webhooks client {R.randrange(10 ** 14, 10 ** 15)}: Client info {{'program': '{pick(['Moonraker', 'Moonraker', 'KlipperScreen'])}', 'version': 'v{pick(['0.9.3-12-g', '0.8.0-521-g', '1.0.0-4-g'])}{hexs(7)}'}}"),
    ("E12", 2, "<*> Loaded config file '<*>' (<*> sections, <*> includes)",
     lambda: f"{prn()} Loaded config file '/home/pi/printer_data/config/{pick(['printer.cfg', 'printer.cfg', 'printer-20261207_{0}.cfg'.format(clock().replace(':', ''))])}' ({R.randrange(20, 80)} sections, {R.randrange(0, 9)} includes)"),
    ("E13", 2, "<*> Timeout with MCU '<*>' (eventtime=<*>)",
     lambda: f"{prn()} Timeout with MCU '{pick(['mcu', 'toolhead', 'EBBCan'])}' (eventtime={R.randrange(100, 90000) + R.randrange(0, 1000) / 1000:.3f})"),
    ("E14", 1, "<*> Thermal runaway on <*>: temp <*> outside target <*>±<*> for <*>s",
     lambda: f"{prn()} Thermal runaway on {pick(['extruder', 'heater_bed'])}: temp {R.randrange(200, 3000) / 10:.1f} outside target {pick([60, 110, 240])}±{pick([2, 5, 10])} for {pick([20, 30, 60])}s"),
]

# A satellite ground station's operations log (passes scheduled and conflicting, acquisition and
# loss of signal with azimuth and elevation in degrees, Doppler corrections, frame sync, decoded
# frames written to files, TLE updates, rotator stalls, telecommands uplinked and acknowledged,
# LNA temperatures, recordings closed with their sizes).
SATS = [("NOAA-19", 33591), ("METOP-C", 43689), ("ISS (ZARYA)", 25544), ("SENTINEL-2B", 42063), ("CUBESAT-PX2", 58211),
        ("FUNcube-1 (AO-73)", 39444)]
ANTS = ["GS-ANT-1", "GS-ANT-2", "UHF-YAGI-3", "S-BAND-DISH-7.3m"]


def sat():
    s = pick(SATS)
    return s[0], s[1]


def az():
    return f"{R.randrange(0, 3600) / 10:.1f}"


def el(hi=90):
    return f"{R.randrange(0, hi * 10) / 10:.1f}"


def utc():
    return f"2026-12-{R.randrange(6, 10):02d}T{clock()}Z"


def pass_window():
    day, h, m, s = R.randrange(6, 10), R.randrange(0, 24), R.randrange(0, 60), R.randrange(0, 60)
    end = h * 3600 + m * 60 + s + R.randrange(240, 960)
    eh, em, es = end // 3600 % 24, end // 60 % 60, end % 60
    return f"2026-12-{day:02d}T{h:02d}:{m:02d}:{s:02d}Z", f"2026-12-{day + end // 86400:02d}T{eh:02d}:{em:02d}:{es:02d}Z"


SETS["ground_station"] = [
    ("E1", 12, "AOS <*> (<*>) az=<*>° el=<*>° on <*>, pass #<*>",
     lambda: (lambda s: f"AOS {s[0]} ({s[1]}) az={az()}° el={el(3)}° on {pick(ANTS)}, pass #{R.randrange(10000, 99999)}")(sat())),
    ("E2", 11, "LOS <*> (<*>) max_el=<*>° duration=<*>",
     lambda: (lambda s: f"LOS {s[0]} ({s[1]}) max_el={el()}° duration={pick([str(R.randrange(3, 16)) + 'm' + str(R.randrange(0, 60)) + 's', str(R.randrange(3, 16)) + 'm' + str(R.randrange(0, 60)) + '.' + str(R.randrange(0, 10)) + 's'])}")(sat())),
    ("E3", 30, "Doppler <*>: <*> Hz at <*> MHz (range rate <*> km/s)",
     lambda: f"Doppler {pick(['downlink', 'downlink', 'downlink', 'uplink'])}: {R.randrange(-12000, 12000):+d} Hz at {pick(['137.100000', '437.525000', '145.935000', '2245.000000', '8160.000000'])} MHz (range rate {R.randrange(-7500, 7500) / 1000:+.3f} km/s)"),
    ("E4", 9, "Frame sync lock acquired on <*> after <*> symbols, Eb/N0=<*> dB",
     lambda: f"Frame sync lock acquired on {pick(ANTS)}/{pick(['rx0', 'rx1'])} after {R.randrange(1000, 900000)} symbols, Eb/N0={R.randrange(20, 180) / 10:.1f} dB"),
    ("E5", 10, "Decoded <*> frames (<*> CRC errors) from <*>, <*>MiB written to <*>",
     lambda: (lambda s: f"Decoded {R.randrange(10, 90000)} frames ({pick([0, 0, 0, R.randrange(1, 400)])} CRC errors) from {s[0]}, {R.randrange(1, 40000) / 10:.1f}MiB written to /data/{s[0].split()[0].lower()}/{utc().replace(':', '')}_{pick(['hrpt', 'ax25', 'ccsds', 'lrpt'])}.bin")(sat())),
    ("E6", 5, "TLE for <*> updated from <*>: epoch <*>, age <*>",
     lambda: f"TLE for {sat()[0]} updated from {pick(['celestrak', 'space-track', 'celestrak', 'operator upload'])}: epoch 26{R.randrange(338, 342)}.{R.randrange(0, 10 ** 8):08d}, age {go_duration(600, 250000)}"),
    ("E7", 3, "Rotator <*> stall: commanded az=<*>° el=<*>°, reported az=<*>° el=<*>° (error <*>°)",
     lambda: f"Rotator {pick(['ROT-A (Yaesu G-5500)', 'ROT-B', 'DISH-7.3m-ACU'])} stall: commanded az={az()}° el={el()}°, reported az={az()}° el={el()}° (error {R.randrange(20, 900) / 10:.1f}°)"),
    ("E8", 7, "TC <*> [seq=<*>] uplinked to <*> (<*> bytes), <*> after <*> ms",
     lambda: f"TC {pick(['PING', 'SET_MODE SAFE', 'SET_MODE NOMINAL', 'DUMP_HK', 'ADCS_DETUMBLE', 'FILE_DL /img/00421.jpg'])} [seq={R.randrange(0, 65536):05d}] uplinked to {pick(['CUBESAT-PX2', 'CUBESAT-PX2', 'FUNcube-1 (AO-73)'])} ({R.randrange(8, 240)} bytes), {pick(['ACK', 'ACK', 'ACK', 'NAK', 'no reply'])} after {R.randrange(90, 9000)} ms"),
    ("E9", 12, "Schedule: pass #<*> <*> AOS <*> LOS <*> max el <*>° assigned to <*> (priority <*>)",
     lambda: (lambda w: f"Schedule: pass #{R.randrange(10000, 99999)} {sat()[0]} AOS {w[0]} LOS {w[1]} max el {el()}° assigned to {pick(ANTS)} (priority {pick(['low', 'normal', 'normal', 'high', 'critical'])})")(pass_window())),
    ("E10", 3, "Conflict: pass #<*> (<*>) overlaps pass #<*> (<*>) on <*>, keeping <*>",
     lambda: f"Conflict: pass #{R.randrange(10000, 99999)} ({sat()[0]}) overlaps pass #{R.randrange(10000, 99999)} ({sat()[0]}) on {pick(ANTS)}, keeping {pick(['higher priority', 'higher elevation', 'earlier request'])}"),
    ("E11", 2, "LNA temperature <*>°C on <*> exceeds limit <*>°C",
     lambda: (lambda lim: f"LNA temperature {R.randrange(lim * 10 + 1, 700) / 10:.1f}°C on {pick(ANTS)} exceeds limit {lim}°C")(pick([45, 50]))),
    ("E12", 6, "Recording <*> closed: <*> samples at <*> sps, <*>MiB, SNR peak <*> dB",
     lambda: f"Recording rec-{hexs(8)}.cf32 closed: {R.randrange(10 ** 6, 10 ** 10)} samples at {pick(['2048000', '250000', '6000000'])} sps, {R.randrange(10, 900000) / 10:.1f}MiB, SNR peak {R.randrange(10, 350) / 10:.1f} dB"),
    ("E13", 2, "Pass #<*> aborted: <*>",
     lambda: f"Pass #{R.randrange(10000, 99999)} aborted: {pick(['rotator fault', 'wind speed 23.4 m/s above stow limit', 'operator request', 'SDR overflow (O) x' + str(R.randrange(5, 90))])}"),
]

SIZES = {"browser_console": 340, "task_scheduler": 320, "atm_journal": 360, "spam_filter": 300, "printer_farm": 320,
         "ground_station": 340}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
