#!/usr/bin/env python3
"""Writes the fourteenth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit b9a756c. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans (names, words of a closed
set, free-text messages, lists), text the statement prints itself (units glued to a number, `=`,
brackets, quotes, `0x`, masks) stays literal. Fixed seed.

    python3 make_heldout_14.py OUT_DIR
"""
import math
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(14141)


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def dur(max_s=600):
    """A duration as Go-like programs print it: 850ms, 42.3s, 1m32.5s, 2h05m."""
    s = R.uniform(0.05, max_s)
    if s < 1:
        return f"{int(s * 1000)}ms"
    if s < 60:
        return f"{s:.1f}s"
    if s < 3600:
        return f"{int(s // 60)}m{s % 60:.1f}s"
    return f"{int(s // 3600)}h{int(s % 3600 // 60):02d}m"


def size(lo=200, hi=4 * 10 ** 9):
    """A size in binary units with one decimal: 812B, 12.3KiB, 4.0MiB, 1.2GiB."""
    n = 10 ** R.uniform(math.log10(lo), math.log10(hi))
    for unit in ["B", "KiB", "MiB"]:
        if n < 1024:
            return f"{int(n)}B" if unit == "B" else f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}GiB"


def ktime():
    return f"{R.randrange(100, 2900000)}.{R.randrange(0, 10 ** 6):06d}"


def mac():
    return ":".join(hexs(2) for _ in range(6))


def pid(lo=1000, hi=90000):
    return str(R.randrange(lo, hi))


SETS = {}

# A compute cluster's syslog gathered from many nodes (each line begins with the node's name):
# the batch scheduler's node daemon and step daemon, the kernel's machine check, EDAC, NFS, Lustre
# and InfiniBand messages, time sync, a node health checker, BMC sensor events and the PAM module that
# lets only users with a running job log in.
NODES = [f"cn{n:04d}" for n in R.sample(range(1, 385), 40)] + [f"gpu{n:02d}" for n in range(1, 9)] + ["bigmem01", "bigmem02"]
HPC_USERS = ["akoch", "mrossi", "j.nakamura", "svc_cryoem", "lpetit", "oobrien", "t.wang3"]
OSTS = [f"scratch-OST{n:04x}-osc-ffff{hexs(12)}" for n in range(0, 24, 3)] + [f"home-MDT0000-mdc-ffff{hexs(12)}"]
LNETS = ["10.2.0.14@o2ib", "10.2.0.15@o2ib", "10.2.0.21@o2ib", "10.2.1.3@o2ib1"]


def node():
    return pick(NODES)


def hpc_job():
    return str(R.randrange(4410000, 4430000))


def hpc_step():
    return f"{hpc_job()}.{pick(['batch', 'batch', 'extern', '0', '0', '1', '12'])}"


def hpc_launch():
    uid = R.randrange(10000, 10999)
    return (f"{node()} slurmd[{pid(1500, 3000)}]: launch task StepId={hpc_step()} request from UID:{uid} GID:{uid} "
            f"HOST:10.1.{R.randrange(0, 4)}.{R.randrange(2, 250)} PORT:{R.randrange(32768, 61000)}")


def hpc_edac():
    ch, slot = R.randrange(0, 6), R.randrange(0, 2)
    return (f"{node()} kernel: [{ktime()}] EDAC MC{R.randrange(0, 2)}: {pick([1, 1, 1, 2, 7])} CE memory read error on "
            f"CPU_SrcID#{R.randrange(0, 2)}_Ha#0_Chan#{ch}_DIMM#{slot} (channel:{ch} slot:{slot} page:0x{hexs(6).lstrip('0') or '1'} "
            f"offset:0x{pick(['0', '0', hexs(3)])} grain:32 syndrome:0x0 - area:DRAM err_code:0001:{pick(['0090', '0091', '0092', '0093'])} "
            f"socket:{R.randrange(0, 2)} ha:0 channel_mask:{pick([1, 2, 4, 8])} rank:{R.randrange(0, 4)})")


def hpc_hwconf():
    cpus = pick([(64, 128), (48, 96), (128, 128)])
    return (f"{node()} slurmd[{pid(1500, 3000)}]: error: Node configuration differs from hardware: CPUs={cpus[0]}:{cpus[1]}(hw) "
            f"Boards=1:1(hw) SocketsPerBoard=2:2(hw) CoresPerSocket={cpus[0] // 2}:{cpus[0] // 2}(hw) "
            f"ThreadsPerCore={pick([1, 1, 2])}:{cpus[1] // cpus[0]}(hw)")


def hpc_nhc():
    return f"{node()} nhc[{pid(20000, 90000)}]: Health check failed: " + pick([
        "check_fs_mount:  /scratch not mounted", "check_hw_mem:  Actual RAM size 515874528kB less than minimum 527000000kB",
        "check_ps_service:  Service munged (process munged) owned by munge not running",
        f"check_hw_ib:  No IB port mlx5_{pick([0, 1])}:1 is ACTIVE (LinkUp {pick(['100', '200'])} Gb/sec)",
        f"check_fs_free:  /tmp has only {R.randrange(1, 5)}% free ({R.randrange(100, 900)}MB), minimum is 5%",
        "check_nv_healthmon: GPU 3 (00000000:C1:00.0) has 2 retired pages pending, reboot required"])


def hpc_ipmi():
    name, unit, lim = pick([("CPU1 Temp", "degrees C", 95), ("CPU2 Temp", "degrees C", 95), ("Inlet Temp", "degrees C", 42),
                            ("FAN3", "RPM", 1800), ("PSU2 Input", "Watts", 1600)])
    level = pick(["Upper Critical going high Asserted", "Upper Non-critical going high Asserted",
                  "Upper Non-critical going high Deasserted", "Lower Critical going low Asserted"])
    val = lim + R.randrange(-10, 12) if unit != "RPM" else R.randrange(0, 2200)
    return f"{node()} ipmievd[{pid(1000, 1500)}]: Sensor '{name}' (#0x{hexs(2)}) {level}: reading {val} {unit}, threshold {lim} {unit}"


SETS["cluster_nodes"] = [
    ("E1", 30, "<*> slurmd[<*>]: launch task StepId=<*> request from UID:<*> GID:<*> HOST:<*> PORT:<*>", hpc_launch),
    ("E2", 24, "<*> slurmstepd[<*>]: done with job <*>", lambda: f"{node()} slurmstepd[{pid()}]: done with job {hpc_job()}"),
    ("E3", 11, "<*> slurmd[<*>]: _rpc_terminate_job: uid = <*> JobId=<*>",
     lambda: f"{node()} slurmd[{pid(1500, 3000)}]: _rpc_terminate_job: uid = {pick([450, 450, 0])} JobId={hpc_job()}"),
    ("E4", 4, "<*> slurmstepd[<*>]: error: Detected <*> oom-kill event(s) in StepId=<*>. Some of your processes may have been killed by the cgroup out-of-memory handler.",
     lambda: f"{node()} slurmstepd[{pid()}]: error: Detected {pick([1, 1, 1, 2, 5])} oom-kill event(s) in StepId={hpc_step()}. Some of your processes may have been killed by the cgroup out-of-memory handler."),
    ("E5", 8, "<*> chronyd[<*>]: Selected source <*> (<*>)",
     lambda: (lambda s: f"{node()} chronyd[{pid(800, 1200)}]: Selected source {s[0]} ({s[1]})")(pick([("10.1.0.2", "ntp1.cluster.local"), ("10.1.0.3", "ntp2.cluster.local"), ("PHC0", "PHC0")]))),
    ("E6", 5, "<*> chronyd[<*>]: System clock wrong by <*> seconds, adjustment started",
     lambda: f"{node()} chronyd[{pid(800, 1200)}]: System clock wrong by {pick(['', '-'])}{R.uniform(0.0001, 3):.6f} seconds, adjustment started"),
    ("E7", 3, "<*> kernel: [<*>] mce: [Hardware Error]: Machine check events logged",
     lambda: f"{node()} kernel: [{ktime()}] mce: [Hardware Error]: Machine check events logged"),
    ("E8", 4, "<*> kernel: [<*>] EDAC MC<*>: <*> CE memory read error on <*> (channel:<*> slot:<*> page:0x<*> offset:0x<*> grain:<*> syndrome:0x<*> - area:DRAM err_code:<*>:<*> socket:<*> ha:<*> channel_mask:<*> rank:<*>)",
     hpc_edac),
    ("E9", 6, "<*> kernel: [<*>] nfs: server <*> not responding, still trying",
     lambda: f"{node()} kernel: [{ktime()}] nfs: server {pick(['nas02-ib', 'nas02-ib', 'home01.cluster.local', 'apps-nfs'])} not responding, still trying"),
    ("E10", 5, "<*> kernel: [<*>] LustreError: 11-0: <*>: operation <*> to node <*> failed: rc = <*>",
     lambda: f"{node()} kernel: [{ktime()}] LustreError: 11-0: {pick(OSTS)}: operation {pick(['ost_write', 'ost_read', 'ost_connect', 'mds_getattr', 'obd_ping'])} to node {pick(LNETS)} failed: rc = {pick([-107, -107, -110, -19])}"),
    ("E11", 4, "<*> kernel: [<*>] Lustre: <*>: Connection restored to <*> (at <*>)",
     lambda: (lambda n: f"{node()} kernel: [{ktime()}] Lustre: {pick(OSTS)}: Connection restored to {n} (at {n})")(pick(LNETS))),
    ("E12", 3, "<*> kernel: [<*>] mlx5_core <*>: mlx5_port_module_event:<*>:(pid <*>): Port module event: module <*>, Cable <*>",
     lambda: f"{node()} kernel: [{ktime()}] mlx5_core 0000:{pick(['3b', '5e', '81', 'af'])}:00.0: mlx5_port_module_event:1135:(pid {pick([0, 0, R.randrange(100, 9000)])}): Port module event: module {R.randrange(0, 2)}, Cable {pick(['unplugged', 'plugged', 'error'])}"),
    ("E13", 5, "<*> nhc[<*>]: Health check failed: <*>", hpc_nhc),
    ("E14", 2, "<*> slurmd[<*>]: error: Node configuration differs from hardware: CPUs=<*>:<*>(hw) Boards=<*>:<*>(hw) SocketsPerBoard=<*>:<*>(hw) CoresPerSocket=<*>:<*>(hw) ThreadsPerCore=<*>:<*>(hw)",
     hpc_hwconf),
    ("E15", 4, "<*> ipmievd[<*>]: Sensor '<*>' (#0x<*>) <*>: reading <*> <*>, threshold <*> <*>", hpc_ipmi),
    ("E16", 5, "<*> sshd[<*>]: pam_slurm_adopt(sshd:account): Access denied for user `<*>': you have no active jobs on this node",
     lambda: f"{node()} sshd[{pid()}]: pam_slurm_adopt(sshd:account): Access denied for user `{pick(HPC_USERS)}': you have no active jobs on this node"),
]

# A laptop's journal around power and wireless: the Wi-Fi supplicant's control events, the network
# manager's device state changes, the kernel's mac80211 authentication, suspend and resume, thermal
# throttling, USB devices, the graphics driver, vendor hotkey events, and the power daemon's battery
# estimates.
WIFI_IF = ["wlp0s20f3", "wlp0s20f3", "wlp0s20f3", "wlan0"]
BSSIDS = [mac() for _ in range(5)]
NETS = ["eduroam", "HomeNet-5G", "office-corp", "FRITZ!Box 7590 XY", "Pixel_4821"]


def wifi_signal():
    sig = R.randrange(-88, -38)
    return (f"wpa_supplicant[{pid(880, 920)}]: {pick(WIFI_IF)}: CTRL-EVENT-SIGNAL-CHANGE above={int(sig > -70)} signal={sig} "
            f"noise={pick([9999, 9999, -92, -95])} txrate={pick([6500, 86700, 144400, 433300, 866700, 1201000])}")


def nm_state():
    a, b, reason = pick([("activated", "deactivating", "sleeping"), ("disconnected", "prepare", "none"),
                         ("prepare", "config", "none"), ("config", "need-auth", "none"), ("ip-config", "ip-check", "none"),
                         ("activated", "failed", "supplicant-disconnect"), ("unavailable", "disconnected", "supplicant-available"),
                         ("deactivating", "disconnected", "sleeping")])
    level = "warn" if b == "failed" else "info"
    dev = pick(WIFI_IF[:1] * 3 + ["enx00e04c6801a2", "wwan0"])
    return (f"NetworkManager[{pid(800, 830)}]: <{level}>  [{R.randrange(1765000000, 1765150000)}.{R.randrange(0, 10000):04d}] "
            f"device ({dev}): state change: {a} -> {b} (reason '{reason}', sys-iface-state: '{pick(['managed', 'managed', 'external'])}')")


def upower():
    pct = R.randrange(3, 101)
    charging = R.random() < 0.35
    left = dur(6 * 3600) if pct < 100 else "0s"
    return (f"upowerd[{pid(1100, 1200)}]: {pick(['BAT0', 'BAT0', 'BAT1'])}: {pct}% ({'+' if charging else '-'}{R.uniform(2, 45):.2f} W), "
            f"{left} to {'full' if charging else 'empty'}")


SETS["laptop_power"] = [
    ("E1", 26, "wpa_supplicant[<*>]: <*>: CTRL-EVENT-SIGNAL-CHANGE above=<*> signal=<*> noise=<*> txrate=<*>", wifi_signal),
    ("E2", 6, "wpa_supplicant[<*>]: <*>: CTRL-EVENT-CONNECTED - Connection to <*> completed [id=<*> id_str=<*>]",
     lambda: f"wpa_supplicant[{pid(880, 920)}]: {pick(WIFI_IF)}: CTRL-EVENT-CONNECTED - Connection to {pick(BSSIDS)} completed [id={R.randrange(0, 5)} id_str={pick(NETS)}]"),
    ("E3", 5, "wpa_supplicant[<*>]: <*>: CTRL-EVENT-DISCONNECTED bssid=<*> reason=<*> locally_generated=<*>",
     lambda: f"wpa_supplicant[{pid(880, 920)}]: {pick(WIFI_IF)}: CTRL-EVENT-DISCONNECTED bssid={pick(BSSIDS)} reason={pick([3, 3, 4, 8, 15])} locally_generated={pick([0, 1, 1])}"),
    ("E4", 14, "NetworkManager[<*>]: <<*>>  [<*>] device (<*>): state change: <*> -> <*> (reason '<*>', sys-iface-state: '<*>')", nm_state),
    ("E5", 7, "kernel: <*>: authenticate with <*> (local address=<*>)",
     lambda: f"kernel: {pick(WIFI_IF)}: authenticate with {pick(BSSIDS)} (local address={pick(['f8:5e:a0:3c:11:d2', 'f8:5e:a0:3c:11:d2', '4a:8b:0c:52:e7:19'])})"),
    ("E6", 7, "kernel: <*>: send auth to <*> (try <*>/<*>)",
     lambda: f"kernel: {pick(WIFI_IF)}: send auth to {pick(BSSIDS)} (try {pick([1, 1, 1, 2, 3])}/3)"),
    ("E7", 5, "kernel: PM: suspend entry (<*>)", lambda: f"kernel: PM: suspend entry ({pick(['s2idle', 's2idle', 'deep'])})"),
    ("E8", 5, "kernel: PM: suspend exit", lambda: "kernel: PM: suspend exit"),
    ("E9", 4, "kernel: CPU<*>: <*> temperature above threshold, cpu clock throttled (total events = <*>)",
     lambda: f"kernel: CPU{R.randrange(0, 16)}: {pick(['Core', 'Core', 'Package'])} temperature above threshold, cpu clock throttled (total events = {R.randrange(1, 90000)})"),
    ("E10", 5, "kernel: usb <*>: new <*> USB device number <*> using <*>",
     lambda: f"kernel: usb {pick(['3-6', '3-1', '3-2.4', '4-1', '1-1.3'])}: new {pick(['full-speed', 'high-speed', 'high-speed', 'SuperSpeed', 'SuperSpeed Plus Gen 2x1'])} USB device number {R.randrange(2, 90)} using {pick(['xhci_hcd', 'xhci_hcd', 'thunderbolt'])}"),
    ("E11", 3, "kernel: i915 <*>: [drm] *ERROR* CPU pipe <*> FIFO underrun",
     lambda: f"kernel: i915 0000:00:02.0: [drm] *ERROR* CPU pipe {pick(['A', 'A', 'B'])} FIFO underrun"),
    ("E12", 4, "kernel: thinkpad_acpi: unhandled HKEY event 0x<*>",
     lambda: f"kernel: thinkpad_acpi: unhandled HKEY event 0x{pick(['6032', '6032', '60b0', '4012', '1316'])}"),
    ("E13", 2, "kernel: ACPI: battery: [Firmware Bug]: battery: (dis)charge rate invalid.",
     lambda: "kernel: ACPI: battery: [Firmware Bug]: battery: (dis)charge rate invalid."),
    ("E14", 8, "upowerd[<*>]: <*>: <*>% (<*> W), <*> to <*>", upower),
    ("E15", 3, "systemd-logind[<*>]: Lid closed.", lambda: f"systemd-logind[{pid(700, 760)}]: Lid closed."),
    ("E16", 2, "kernel: iwlwifi <*>: Microcode SW error detected. Restarting 0x<*>.",
     lambda: f"kernel: iwlwifi 0000:00:14.3: Microcode SW error detected. Restarting 0x{pick(['0', '0', '2000000'])}."),
]

# A public library's self-checkout kiosk: loans and returns with the item's barcode, quoted title and
# material type, refusals with the reason and the screen message, RFID pad reads with the tag list,
# security bits, the SIP2 messages to and from the library system printed whole, patron logins with a
# masked card number, sessions closed after a duration, fines paid, the return bin filling up, offline
# mode, multi-part items, software updates.
TITLES = [("31234001234567", "Der Schwarm", "book"), ("31234002219875", "The Very Hungry Caterpillar", "board book"),
          ("31234009981230", "Dune: Part Two", "DVD"), ("31234004455123", "Kochen mit Kindern - 100 Rezepte", "book"),
          ("31234007770014", "National Geographic 11/2026", "magazine"), ("31234001112222", "Harry Potter und der Stein der Weisen", "audiobook CD"),
          ("31234006060606", "Catan \"Seafarers\" expansion", "board game"), ("31234003030303", "Atlas der Weltgeschichte", "reference"),
          ("31234008888800", "Tokyo Ghost, Vol. 2", "comic")]
REFUSALS = [("item on hold for another patron", "This item is reserved for someone else. Please take it to the desk."),
            ("patron blocked: fines over limit", "Please see staff about your account."),
            ("loan limit reached (30)", "You have reached your loan limit."),
            ("item not for loan", "This item is for use in the library only."),
            ("card expired 2026-10-31", "Your card has expired. Please renew it at the desk."),
            ("item not in catalogue", "Sorry, this item cannot be issued here.")]


def patron():
    return f"P****{R.randrange(0, 10000):04d}"


def kiosk_tags():
    n = pick([1, 1, 1, 2, 3, 5])
    return n, ", ".join(f"E004{hexs(12).upper()}" for _ in range(n))


def sip_out():
    now = f"20261207    {clock().replace(':', '')}"
    item = pick(TITLES)[0]
    return pick([f"11YN{now}{now}AO|AA{R.randrange(10 ** 13, 10 ** 14)}|AB{item}|AC|BON|AY{R.randrange(0, 10)}AZ{hexs(4).upper()}",
                 f"09N{now}{now}AP|AO|AB{item}|AC|AY{R.randrange(0, 10)}AZ{hexs(4).upper()}",
                 f"63000{now}          AO|AA{R.randrange(10 ** 13, 10 ** 14)}|AC|AD****|AY{R.randrange(0, 10)}AZ{hexs(4).upper()}",
                 f"9900302.00AY{R.randrange(0, 10)}AZ{hexs(4).upper()}"])


def sip_in():
    now = f"20261207    {clock().replace(':', '')}"
    item, title, _ = pick(TITLES)
    return pick([f"121NNY{now}AOMAIN|AA{R.randrange(10 ** 13, 10 ** 14)}|AB{item}|AJ{title}|AH20261228    235900|AY{R.randrange(0, 10)}AZ{hexs(4).upper()}",
                 f"101YNN{now}AOMAIN|AB{item}|AQMAIN|AJ{title}|CLBIN{R.randrange(1, 4)}|AY{R.randrange(0, 10)}AZ{hexs(4).upper()}",
                 f"120NUN{now}AOMAIN|AB{item}|AFItem cannot be issued|AY{R.randrange(0, 10)}AZ{hexs(4).upper()}",
                 "98YYYNYN01000320261207    081500    2.00AOMAIN|BXYYYYYYYYYYYNNYYY|AY0AZEC4E"])


SETS["library_kiosk"] = [
    ("E1", 30, "Checkout OK: item <*> \"<*>\" (<*>) patron <*> due <*>",
     lambda: (lambda t: f"Checkout OK: item {t[0]} \"{t[1]}\" ({t[2]}) patron {patron()} due 2026-12-{R.randrange(14, 32)}")(pick(TITLES))),
    ("E2", 7, "Checkout refused: item <*> patron <*> reason=<*> screen msg '<*>'",
     lambda: (lambda r: f"Checkout refused: item {pick(TITLES)[0]} patron {patron()} reason={r[0]} screen msg '{r[1]}'")(pick(REFUSALS))),
    ("E3", 18, "Return accepted: item <*> \"<*>\" to bin <*> (sort <*>)",
     lambda: (lambda t: f"Return accepted: item {t[0]} \"{t[1]}\" to bin {pick(['A', 'A', 'B', 'C'])} (sort {pick(['shelving', 'shelving', 'holds', 'transit to Branch Nord', 'repair'])})")(pick(TITLES))),
    ("E4", 12, "RFID: read <*> tag(s) on pad in <*>ms [<*>]",
     lambda: (lambda n, tags: f"RFID: read {n} tag(s) on pad in {R.randrange(18, 400)}ms [{tags}]")(*kiosk_tags())),
    ("E5", 6, "RFID: security bit <*> for <*> (AFI 0x<*>)",
     lambda: (lambda on: f"RFID: security bit {'set' if on else 'cleared'} for E004{hexs(12).upper()} (AFI 0x{'07' if on else 'C2'})")(R.random() < 0.4)),
    ("E6", 9, "SIP2 >> <*>", lambda: f"SIP2 >> {sip_out()}"),
    ("E7", 9, "SIP2 << <*>", lambda: f"SIP2 << {sip_in()}"),
    ("E8", 5, "Patron login <*> via <*> (<*> items out, fines <*> EUR)",
     lambda: f"Patron login {patron()} via {pick(['card scan', 'card scan', 'card scan', 'PIN pad', 'mobile app QR'])} ({R.randrange(0, 31)} items out, fines {pick(['0.00', '0.00', '0.00', '1.50', '4.20', '12.00'])} EUR)"),
    ("E9", 5, "Session <*> closed after <*> (<*>)",
     lambda: f"Session {hexs(8)} closed after {dur(400)} ({pick(['patron pressed Done', 'patron pressed Done', 'inactivity timeout', 'card removed'])})"),
    ("E10", 2, "Fine payment <*> EUR by <*>: <*>",
     lambda: f"Fine payment {pick(['1.50', '4.20', '12.00', '0.50'])} EUR by {pick(['girocard', 'girocard', 'coins', 'Visa contactless'])}: {pick(['approved', 'approved', 'declined by terminal (code 05)', 'cancelled by patron'])}"),
    ("E11", 2, "ILS connection lost (<*>), switching to offline mode; <*> transactions queued",
     lambda: f"ILS connection lost ({pick(['connect timeout after 10s', 'SIP2 login failed: 940', 'ECONNRESET'])}), switching to offline mode; {R.randrange(0, 40)} transactions queued"),
    ("E12", 2, "Bin <*> is <*>% full (<*> items), staff notified",
     lambda: f"Bin {pick(['A', 'B', 'C'])} is {R.randrange(80, 101)}% full ({R.randrange(60, 121)} items), staff notified"),
    ("E13", 3, "Item <*> has <*> of <*> parts on pad: \"<*>\"",
     lambda: (lambda n: f"Item {pick(TITLES)[0]} has {R.randrange(1, n)} of {n} parts on pad: \"{pick(['Harry Potter und der Stein der Weisen', 'Deutsch lernen A1 (Buch + 2 CDs)', 'Catan Seafarers'])}\"")(pick([2, 3, 7]))),
    ("E14", 1, "Software update <*> downloaded (<*>), install at <*>",
     lambda: f"Software update {pick(['4.12.0', '4.12.1-hotfix2'])} downloaded ({size(10 ** 7, 4 * 10 ** 8)}), install at {pick(['02:00', '03:30'])}"),
]

# A hydroelectric plant's turbine governor and unit controller: periodic readings of speed, wicket
# gate, power, flow, head and frequency with their units glued on, setpoint changes with the source,
# control mode changes, start sequence steps, grid synchronisation, alarms with a bracketed level and
# the channel's value and limit, alarms cleared, the hydraulic power unit, frequency events, water
# levels, overspeed tests, trash rack cleaning, feedback mismatches and emergency shutdowns.
UNITS = ["G1", "G2", "G3"]
HYDRO_ALARMS = [("TGB-T1", "Turbine guide bearing temp", "C", 65.0), ("UGB-T2", "Upper guide bearing temp", "C", 70.0),
                ("THR-T4", "Thrust bearing pad temp", "C", 80.0), ("STW-T6", "Stator winding temp", "C", 120.0),
                ("VIB-X1", "Shaft vibration X", "um", 150.0), ("HPU-L1", "HPU oil level", "%", 40.0),
                ("COOL-F2", "Cooling water flow", "l/s", 18.0)]
START_STEPS = ["Open cooling water valves", "Start HPU pumps", "Release brakes", "Open penstock inlet valve",
               "Open wicket gates to speed-no-load", "Excitation on", "Synchronise"]


def hydro_reading():
    gate = R.uniform(0, 100)
    return (f"{pick(UNITS)} GOV: speed {R.uniform(99.8, 100.2):.2f}% gate {gate:.1f}% P={gate * 0.65:.1f}MW Q={gate * 0.82:.1f}m3/s "
            f"head {R.uniform(84, 92):.1f}m f={R.uniform(49.95, 50.05):.3f}Hz")


def hydro_alarm():
    tag, text, unit, lim = pick(HYDRO_ALARMS)
    level = pick(["HIGH", "HIGH", "HIGH-HIGH", "LOW"] if unit != "%" and unit != "l/s" else ["LOW", "LOW-LOW"])
    val = lim * R.uniform(1.01, 1.2) if level.startswith("HIGH") else lim * R.uniform(0.6, 0.99)
    return f"ALARM {pick(UNITS)}-{tag} [{level}] {text}: {val:.1f}{unit} (limit {lim:.1f}{unit})"


SETS["hydro_turbine"] = [
    ("E1", 28, "<*> GOV: speed <*>% gate <*>% P=<*>MW Q=<*>m3/s head <*>m f=<*>Hz", hydro_reading),
    ("E2", 10, "<*> setpoint change P <*>MW -> <*>MW by <*> (ramp <*>MW/min)",
     lambda: f"{pick(UNITS)} setpoint change P {R.uniform(0, 65):.1f}MW -> {R.uniform(0, 65):.1f}MW by {pick(['AGC', 'AGC', 'AGC', 'SCADA operator m.berger', 'local panel', 'dispatch schedule'])} (ramp {pick(['5.0', '10.0', '10.0', '20.0'])}MW/min)"),
    ("E3", 5, "<*> mode <*> -> <*>",
     lambda: (lambda m: f"{pick(UNITS)} mode {m[0]} -> {m[1]}")(pick([("SPEED_NO_LOAD", "DROOP"), ("DROOP", "JOINT_CONTROL"), ("JOINT_CONTROL", "DROOP"),
                                                                    ("DROOP", "ISOCHRONOUS"), ("DROOP", "SHUTDOWN"), ("STANDSTILL", "STARTING")]))),
    ("E4", 6, "<*> start sequence step <*>/<*>: <*> (<*>)",
     lambda: (lambda i: f"{pick(UNITS)} start sequence step {i + 1}/{len(START_STEPS)}: {START_STEPS[i]} ({pick(['done in ' + dur(90), 'done in ' + dur(90), 'waiting', 'TIMEOUT'])})")(R.randrange(len(START_STEPS)))),
    ("E5", 3, "<*> synchronised to grid: dU=<*>% df=<*>Hz dphi=<*>deg, breaker <*> closed",
     lambda: (lambda u: f"{u} synchronised to grid: dU={R.uniform(-2, 2):.2f}% df={R.uniform(0.01, 0.1):.3f}Hz dphi={R.uniform(-8, 8):.1f}deg, breaker 52{u} closed")(pick(UNITS))),
    ("E6", 9, "ALARM <*> [<*>] <*>: <*> (limit <*>)", hydro_alarm),
    ("E7", 5, "ALARM <*> cleared after <*>",
     lambda: f"ALARM {pick(UNITS)}-{pick(HYDRO_ALARMS)[0]} cleared after {dur(5000)}"),
    ("E8", 4, "HPU: oil pressure <*> bar, accumulator <*> bar, pump <*> <*>",
     lambda: f"HPU: oil pressure {R.uniform(55, 64):.1f} bar, accumulator {R.uniform(50, 63):.1f} bar, pump {pick(['P1', 'P2'])} {pick(['started', 'stopped', 'running'])}"),
    ("E9", 3, "Frequency event: f=<*>Hz rocof=<*>Hz/s, <*> response <*>MW in <*>s",
     lambda: f"Frequency event: f={R.uniform(49.7, 49.9):.3f}Hz rocof={R.uniform(-0.3, -0.02):.3f}Hz/s, {pick(UNITS)} response +{R.uniform(0.5, 8):.1f}MW in {R.uniform(2, 30):.1f}s"),
    ("E10", 3, "Headwater level <*> m a.s.l., tailwater <*> m a.s.l., reservoir <*>%",
     lambda: f"Headwater level {R.uniform(612.0, 618.5):.2f} m a.s.l., tailwater {R.uniform(524.0, 526.0):.2f} m a.s.l., reservoir {R.randrange(20, 99)}%"),
    ("E11", 1, "Overspeed trip test on <*>: trip at <*>% in <*> ms, result <*>",
     lambda: f"Overspeed trip test on {pick(UNITS)}: trip at {R.uniform(114, 118):.1f}% in {R.randrange(80, 300)} ms, result {pick(['PASS', 'PASS', 'FAIL'])}"),
    ("E12", 2, "Trash rack dP <*> kPa on intake <*>, cleaner started",
     lambda: f"Trash rack dP {R.uniform(8, 25):.1f} kPa on intake {pick(['IN-1', 'IN-2', 'IN-3'])}, cleaner started"),
    ("E13", 1, "Emergency shutdown <*>: <*>",
     lambda: f"Emergency shutdown {pick(UNITS)}: {pick(['overspeed 2 (mechanical) tripped', 'thrust bearing temp HIGH-HIGH 92.4C', 'loss of HPU pressure < 40 bar', 'manual ESD pushbutton at turbine floor'])}"),
    ("E14", 2, "Wicket gate feedback mismatch on <*>: cmd <*>% fb <*>% (LVDT <*>)",
     lambda: f"Wicket gate feedback mismatch on {pick(UNITS)}: cmd {R.uniform(20, 90):.1f}% fb {R.uniform(20, 90):.1f}% (LVDT {pick(['A', 'B'])})"),
]

# A call centre's automatic call distributor: calls queued with the quoted skill, position and expected
# wait, answered by an agent after a wait, ended with talk, hold and wrap-up times, abandoned,
# transferred, IVR menu choices with the path, agent state changes with a reason code, queue
# statistics with the service level, overflows, callbacks, stored recordings, trunk congestion and
# missed offers.
SKILLS = ["Billing DE", "Billing EN", "Technical Support L1", "Technical Support L2", "Sales - Neukunden", "Kündigung / Retention", "VIP"]
AGENTS = [("A1042", "Müller, Jana"), ("A1043", "Öztürk, Emre"), ("A1107", "Kowalski, Piotr"), ("A2001", "Smith, Rebecca"),
          ("A2017", "Nguyen Van, An"), ("S0003", "Team Lead Kraus")]


def call():
    return f"0x{hexs(8).upper()}"


def ani():
    return pick([f"+49{R.randrange(30, 9000)}{R.randrange(10 ** 5, 10 ** 6)}****", f"+43{R.randrange(1, 999)}{R.randrange(10 ** 5, 10 ** 6)}****",
                 "anonymous", f"+44 20 7{R.randrange(100, 999)} ****"])


def mmss(max_s=900):
    s = R.randrange(0, max_s)
    return f"{s // 60:02d}:{s % 60:02d}"


def acd_queue_stats():
    ready = R.randrange(0, 12)
    return (f"Queue \"{pick(SKILLS)}\": waiting={R.randrange(0, 40)} longest={mmss(1200)} agents ready={ready}/{ready + R.randrange(0, 20)} "
            f"SL={R.randrange(40, 100)}% (target {pick([80, 80, 90])}% in {pick([20, 20, 30, 60])}s)")


SETS["call_center"] = [
    ("E1", 24, "CALL <*> queued skill=\"<*>\" pos=<*> ewt=<*> ani=<*> dnis=<*>",
     lambda: f"CALL {call()} queued skill=\"{pick(SKILLS)}\" pos={pick([1, 1, 2, 3, R.randrange(4, 40)])} ewt={mmss()} ani={ani()} dnis={pick(['8001', '8001', '8002', '8050', '0800123456'])}"),
    ("E2", 20, "CALL <*> answered by agent <*> (<*>) ext <*> after <*>",
     lambda: (lambda a: f"CALL {call()} answered by agent {a[0]} ({a[1]}) ext {R.randrange(4100, 4300)} after {dur(400)}")(pick(AGENTS))),
    ("E3", 15, "CALL <*> ended by <*>: talk <*> hold <*> wrap <*>",
     lambda: f"CALL {call()} ended by {pick(['caller', 'caller', 'agent', 'system (max duration)'])}: talk {dur(1800)} hold {pick(['0s', '0s', '0s', dur(300)])} wrap {dur(180)}"),
    ("E4", 14, "AGENT <*> state <*> -> <*> reason=<*>",
     lambda: (lambda s: f"AGENT {pick(AGENTS)[0]} state {s[0]} -> {s[1]} reason={s[2]}")(pick([
         ("READY", "ON_CALL", "-"), ("ON_CALL", "WRAP_UP", "-"), ("WRAP_UP", "READY", "-"), ("READY", "NOT_READY", "Break"),
         ("READY", "NOT_READY", "Lunch"), ("NOT_READY", "READY", "-"), ("READY", "NOT_READY", "Coaching 1:1"),
         ("NOT_READY", "LOGGED_OUT", "End of shift"), ("LOGGED_OUT", "NOT_READY", "Login")]))),
    ("E5", 5, "CALL <*> abandoned in queue \"<*>\" after <*> (pos <*>)",
     lambda: f"CALL {call()} abandoned in queue \"{pick(SKILLS)}\" after {dur(900)} (pos {R.randrange(1, 30)})"),
    ("E6", 4, "CALL <*> transferred from <*> to <*> (<*>)",
     lambda: f"CALL {call()} transferred from {pick(AGENTS)[0]} to {pick([pick(AGENTS)[0], 'skill ' + chr(34) + pick(SKILLS) + chr(34), 'external +4930123456'])} ({pick(['blind', 'blind', 'consult', 'conference'])})"),
    ("E7", 6, "IVR <*>: caller selected <*> [path: <*>]",
     lambda: f"IVR {pick(['main_de', 'main_de', 'main_en', 'after_hours'])}: caller selected {pick(['1', '2', '3', '9', '*', '0'])} [path: {'>'.join(pick('12349') for _ in range(R.randrange(1, 4)))}]"),
    ("E8", 4, "Queue \"<*>\": waiting=<*> longest=<*> agents ready=<*>/<*> SL=<*>% (target <*>% in <*>s)", acd_queue_stats),
    ("E9", 2, "CALL <*> overflowed from \"<*>\" to \"<*>\": <*>",
     lambda: (lambda a, b: f"CALL {call()} overflowed from \"{a}\" to \"{b}\": {pick(['wait time above 180s', 'no agents logged in', 'queue full (max 50)'])}")(*R.sample(SKILLS, 2))),
    ("E10", 2, "Callback scheduled for <*> at <*> (queue \"<*>\", attempt <*>)",
     lambda: f"Callback scheduled for {ani()} at {R.randrange(8, 20):02d}:{pick(['00', '15', '30', '45'])} (queue \"{pick(SKILLS)}\", attempt {pick([1, 1, 2, 3])})"),
    ("E11", 2, "Recording <*> stored: <*> (<*>, <*>)",
     lambda: f"Recording {uuid()} stored: /rec/2026/12/07/{pick(AGENTS)[0]}/{hexs(8)}.opus ({dur(1800)}, {size(10 ** 4, 4 * 10 ** 7)})"),
    ("E12", 1, "Trunk group <*>: <*>/<*> channels busy, <*> calls rejected with cause <*>",
     lambda: f"Trunk group {pick(['SIP-DTAG-1', 'SIP-DTAG-1', 'PRI-Backup'])}: {pick([60, 120])}/{pick([60, 120])} channels busy, {R.randrange(1, 40)} calls rejected with cause {pick([17, 34, 34])}"),
    ("E13", 2, "Agent <*> missed offered call <*> (ring <*>s), set NOT_READY",
     lambda: f"Agent {pick(AGENTS)[0]} missed offered call {call()} (ring {pick([15, 20, 20, 30])}s), set NOT_READY"),
]

# An airport's baggage handling system: baggage source messages received with the flight, route, tag
# and passenger, tags read at the automatic tag readers and routed, no-reads sent to manual coding,
# hold baggage screening results, conveyor jams, bags loaded into containers at the make-up positions,
# flights opened and closed with the missing tags listed, unknown bags, rush bags, drive faults, early
# bag storage and trays losing track.
AIRLINES = ["LH", "LH", "LH", "EW", "UA", "TK", "OS", "LX"]
AIRPORTS = ["FRA", "FRA", "MUC", "SFO", "IST", "VIE", "ZRH", "ORD", "BER"]
PAX = ["MUELLER/ANNA MS", "SCHMIDT/KLAUS DR", "OZTURK/EMRE MR", "NGUYEN/VAN AN MR", "SMITH/REBECCA MRS", "DE LA CRUZ/MARIA MS",
       "KOWALSKI/PIOTR MR", "LI/WEI"]
MAKEUPS = [f"MU-{n:02d}" for n in range(1, 25)]


def flight():
    return f"{pick(AIRLINES)} {R.randrange(1, 9999):04d}"


def bag_tag():
    return f"0220{R.randrange(0, 10 ** 6):06d}"


def bsm():
    a, b = R.sample(AIRPORTS, 2)
    return f"BSM rcvd: {flight()}/{R.randrange(1, 10):02d}DEC {a}->{b} tag {bag_tag()} pax {pick(PAX)} class {pick(['Y', 'Y', 'Y', 'C', 'F', 'M'])}"


def bag_missing():
    n = pick([0, 0, 1, 2, 3])
    missing = " ".join(bag_tag() for _ in range(n)) if n else "none"
    return f"Flight {flight()} make-up {pick(MAKEUPS)} closed: {R.randrange(40, 260)} bags loaded, {n} missing [{missing}]"


SETS["baggage_handling"] = [
    ("E1", 26, "BSM rcvd: <*>/<*> <*>-><*> tag <*> pax <*> class <*>", bsm),
    ("E2", 26, "Tag <*> read at ATR <*> (<*> of <*> heads), routed to <*>",
     lambda: f"Tag {bag_tag()} read at ATR {pick(['ATR-01', 'ATR-02', 'ATR-07', 'ATR-T2-11'])} ({R.randrange(1, 9)} of 8 heads), routed to {pick(MAKEUPS + ['EBS', 'HBS-L2', 'transfer line TX-3'])}"),
    ("E3", 9, "Tag <*> no read at ATR <*>, sent to manual coding station <*>",
     lambda: f"Tag {pick([bag_tag(), '??????????', bag_tag()])} no read at ATR {pick(['ATR-01', 'ATR-02', 'ATR-07'])}, sent to manual coding station {pick(['MCS-1', 'MCS-2'])}"),
    ("E4", 8, "EDS <*> result for tray <*>: <*> (<*>)",
     lambda: f"EDS {pick(['CT-80DR-1', 'CT-80DR-2', 'L3-MVXR-A'])} result for tray {R.randrange(10000, 99999)}: {pick(['CLEAR', 'CLEAR', 'CLEAR', 'ALARM', 'NO DECISION'])} ({pick(['level 1 auto', 'level 1 auto', 'level 2 operator 07', 'level 3 reconcile', 'image timeout 45s'])})"),
    ("E5", 5, "Jam detected on conveyor <*> (photocell <*>), section stopped for <*>",
     lambda: f"Jam detected on conveyor {pick(['CV-1021', 'CV-1022', 'CV-2310', 'SC-04'])} (photocell PEC-{R.randrange(1, 40):02d}), section stopped for {dur(900)}"),
    ("E6", 8, "Bag <*> loaded to ULD <*> at <*>, position <*>/<*>",
     lambda: f"Bag {bag_tag()} loaded to ULD {pick(['AKE', 'AKE', 'AKH', 'PMC'])}{R.randrange(10000, 99999)}{pick(['LH', 'UA', 'TK'])} at {pick(MAKEUPS)}, position {R.randrange(1, 45)}/{pick([35, 45, 45])}"),
    ("E7", 4, "Flight <*> make-up <*> opened at <*> (STD <*>)",
     lambda: f"Flight {flight()} make-up {pick(MAKEUPS)} opened at {clock()[:5]} (STD {clock()[:5]})"),
    ("E8", 3, "Flight <*> make-up <*> closed: <*> bags loaded, <*> missing [<*>]", bag_missing),
    ("E9", 3, "Tag <*> unknown: no BSM for <*>, diverted to problem bag area <*>",
     lambda: f"Tag {bag_tag()} unknown: no BSM for {pick(['flight', 'tag', 'date'])}, diverted to problem bag area {pick(['PBA-1', 'PBA-2'])}"),
    ("E10", 2, "Rush bag <*> rebooked to <*> via <*>",
     lambda: f"Rush bag {bag_tag()} rebooked to {flight()} via {pick(['WorldTracer FRALH12345', 'manual label', 'BSM update'])}"),
    ("E11", 3, "Motor <*> overcurrent <*> A (nominal <*> A), VFD fault F<*>",
     lambda: f"Motor {pick(['M-1021-2', 'M-2310-1', 'M-SC04-7'])} overcurrent {R.uniform(6, 14):.1f} A (nominal {pick(['5.2', '7.5'])} A), VFD fault F{pick(['0001', '0002', '0011'])}"),
    ("E12", 2, "Early bag storage: bay <*> stored tag <*> until <*>, occupancy <*>/<*>",
     lambda: f"Early bag storage: bay {pick(['EBS-A', 'EBS-B'])}{R.randrange(1, 400):03d} stored tag {bag_tag()} until {clock()[:5]}, occupancy {R.randrange(100, 1200)}/1200"),
    ("E13", 2, "Tray <*> lost track between <*> and <*>",
     lambda: f"Tray {R.randrange(10000, 99999)} lost track between {pick(['TS-12', 'TS-13', 'TS-40'])} and {pick(['TS-14', 'TS-41', 'HBS-IN'])}"),
]

SIZES = {"cluster_nodes": 360, "laptop_power": 330, "library_kiosk": 320, "hydro_turbine": 300, "call_center": 340,
         "baggage_handling": 350}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
