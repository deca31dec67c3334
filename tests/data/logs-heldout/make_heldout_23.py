#!/usr/bin/env python3
"""Writes the twenty-third batch of labelled held-out logs of this folder (see README.md), written
blind to the grouping rules (neither they nor the miner's output on these lines were looked at) on
top of commit cdd5ee3. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`, `#`, `$`) stays literal. Fixed seed.

    python3 make_heldout_23.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(23232)

SETS = {}


def mixed(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"):
    return "".join(pick(alphabet) for _ in range(n))


def hhmm():
    return f"{R.randrange(4, 24):02d}:{R.randrange(0, 60):02d}"


def clock():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def dur_ms(ms):
    """A duration as a Go-like formatter prints it: 850ms, 4.2s, 1m32.5s, 2h05m11s."""
    if ms < 1000:
        return f"{ms}ms"
    s = ms / 1000
    if s < 60:
        return f"{s:.1f}s"
    m, s = divmod(s, 60)
    if m < 60:
        return f"{int(m)}m{s:.1f}s"
    h, m = divmod(int(m), 60)
    return f"{h}h{m:02d}m{int(s):02d}s"


def size(nbytes):
    for unit in ["B", "KiB", "MiB", "GiB"]:
        if nbytes < 1024 or unit == "GiB":
            return f"{nbytes}{unit}" if unit == "B" else f"{nbytes:.1f}{unit}"
        nbytes /= 1024
    return f"{nbytes:.1f}GiB"


# A print shop's RIP server (large-format, Caldera/Onyx-like): jobs arriving in queues of one to three
# words from a user at a host via a closed set of one or two words, pages rasterized with durations
# like 1m32.5s, preflights, printers with ink levels, nesting, cutters, hot folders with Windows paths.
RIP_QUEUES = ["Print", "Hold", "Proof Epson P9500", "Banner 3m", "Latex Vinyl Gloss", "Textile"]
RIP_USERS = ["mkowalski", "Studio.Anna", "prepress", "j.van-dijk", "SALES02", "web2print"]
RIP_HOSTS = ["MAC-DESIGN-04", "pc-ops-11.local", "10.8.3.41", "web2print-prod", "iMac-Anna"]
JOBNAMES = ["Rollup Bäckerei Müller 85x200", "POSTER_A0_final_v3.pdf", "Fleet wrap (left side) - Sprinter L2H2",
            "Messe Stand 2027 Rückwand", "menu-board.eps", "Window Decal 'SALE' x12", "canvas 60x90 [proof]",
            "Banner_Stadtfest_2026.pdf", "floor graphic anti-slip R10"]
PRINTERS = ["HP Latex 570", "Roland VG3-640", "Canon Colorado 1650", "Mimaki JV330", "Epson P9500"]
MEDIA = ["Avery MPI 3000 Gloss 1370mm", "Frontlit PVC 510g 1600mm", "Canvas Satin 380g", "Backlit Film 1524mm",
         "Polyester Textile 220g 3200mm", "Photo Satin 260"]
RIP_JOBS = [R.randrange(10000, 99999) for _ in range(40)]


def nest_id():
    return f"N-{mixed(5)}"


def rip_job():
    return str(pick(RIP_JOBS))


def rip_received():
    return (f"[Q:{pick(RIP_QUEUES)}] job #{rip_job()} \"{pick(JOBNAMES)}\" received from {pick(RIP_USERS)}@{pick(RIP_HOSTS)} "
            f"via {pick(['LPR', 'IPP', 'IPP', 'Hot Folder', 'JDF', 'SMB share'])} ({size(R.randrange(200000, 3 * 10 ** 9))})")


def rip_page():
    total = pick([1, 1, 1, 2, 4, 12])
    dpi = pick([(300, 300), (600, 600), (720, 720), (1200, 600), (1440, 1440)])
    return (f"RIP job #{rip_job()} page {R.randrange(1, total + 1)}/{total} rasterized at {dpi[0]}x{dpi[1]} dpi in "
            f"{dur_ms(R.randrange(400, 600000))} [{pick(['CMYK', 'CMYK', 'CMYKOG', 'CMYK+W', 'CMYKLcLm', 'Gray'])}]")


def rip_status():
    state = pick(["idle", "idle", "printing", "printing", "printing", "paused by operator", "media out", "drying"])
    return (f"Printer {pick(PRINTERS)} status: {state}; ink C={R.randrange(3, 100)}% M={R.randrange(3, 100)}% "
            f"Y={R.randrange(3, 100)}% K={R.randrange(3, 100)}%")


SETS["print_rip"] = [
    ("E1", 26, "[Q:<*>] job #<*> \"<*>\" received from <*>@<*> via <*> (<*>)", rip_received),
    ("E2", 30, "RIP job #<*> page <*>/<*> rasterized at <*>x<*> dpi in <*> [<*>]", rip_page),
    ("E3", 12, "Preflight job #<*>: <*> warnings, <*> errors (profile '<*>')",
     lambda: f"Preflight job #{rip_job()}: {pick([0, 0, 0, 1, 2, 7])} warnings, {pick([0, 0, 0, 0, 1, 3])} errors (profile '{pick(['PDF/X-4', 'Large Format 150dpi', 'PDF/X-1a:2001', 'Textile RGB'])}')"),
    ("E4", 14, "Printer <*> status: <*>; ink C=<*>% M=<*>% Y=<*>% K=<*>%", rip_status),
    ("E5", 10, "Job #<*> sent to <*> (<*> copies, media \"<*>\", <*>x<*> mm)",
     lambda: f"Job #{rip_job()} sent to {pick(PRINTERS)} ({pick([1, 1, 1, 2, 5, 12, 50])} copies, media \"{pick(MEDIA)}\", {R.randrange(200, 3200)}x{R.randrange(200, 12000)} mm)"),
    ("E6", 8, "Job #<*> finished: <*> m² printed, ink <*> ml, elapsed <*>",
     lambda: f"Job #{rip_job()} finished: {R.randrange(1, 4000) / 10:.1f} m² printed, ink {R.randrange(5, 2500) / 10:.1f} ml, elapsed {dur_ms(R.randrange(30000, 9000000))}"),
    ("E7", 3, "Font substitution in job #<*>: '<*>' replaced by '<*>'",
     lambda: f"Font substitution in job #{rip_job()}: '{pick(['Helvetica Neue LT Std 75 Bold', 'FuturaPT-Book', 'Gotham Rounded Medium', 'DIN Next'])}' replaced by '{pick(['Arial Bold', 'Courier', 'Helvetica'])}'"),
    ("E8", 5, "Nesting run <*> placed <*> jobs on <*> mm roll, waste <*>%",
     lambda: f"Nesting run {nest_id()} placed {R.randrange(2, 19)} jobs on {pick([1370, 1600, 1600, 3200])} mm roll, waste {R.randrange(20, 380) / 10:.1f}%"),
    ("E9", 3, "Cutter <*>: contour cut job #<*> aborted: <*>",
     lambda: f"Cutter {pick(['Zünd G3 L-2500', 'Summa F1612', 'Graphtec FC9000'])}: contour cut job #{rip_job()} aborted: {pick(['registration marks not found', 'vacuum low', 'tool 2 (EOT) depth out of range at mark 3', 'operator'])}"),
    ("E10", 4, "Color profile <*> assigned to queue <*> by <*>",
     lambda: f"Color profile {pick(['HP570_Avery3000_6p.icc', 'VG3 Frontlit 720x1440 8pass.icm', 'FOGRA51', 'ISOcoated_v2_300_eci.icc'])} assigned to queue {pick(RIP_QUEUES)} by {pick(RIP_USERS)}"),
    ("E11", 2, "License check: <*> of <*> RIP seats in use, dongle 0x<*>",
     lambda: f"License check: {pick([1, 2, 3])} of {pick([3, 4])} RIP seats in use, dongle 0x{hexs(8).upper()}"),
    ("E12", 4, "Hot folder <*> scan: <*> new files, <*> skipped (<*>)",
     lambda: f"Hot folder {pick([chr(92) * 2 + 'nas01' + chr(92) + 'hotfolders' + chr(92) + 'Banner 3m', 'D:' + chr(92) + 'HOT' + chr(92) + 'Latex_Gloss', '/Volumes/RIP/hot/textile'])} scan: {R.randrange(0, 9)} new files, {pick([0, 0, 1, 2])} skipped ({pick(['none', 'still being written', 'not a PDF', 'locked by another process'])})"),
    ("E13", 2, "Spooler disk <*> at <*>% (<*> free), purging jobs older than <*> days",
     lambda: f"Spooler disk {pick(['E:', '/var/spool/rip'])} at {R.randrange(85, 99)}% ({size(R.randrange(2 * 10 ** 9, 90 * 10 ** 9))} free), purging jobs older than {pick([7, 14, 30])} days"),
]

# A casino's slot machine network (SAS-polled EGMs): game plays with a bank of one to three words in
# brackets and a quoted title, padded meters, player cards with a tier of one or two words, handpays,
# progressives, doors with a closed-set state of one or two words, SAS polls with hex addresses, bills,
# tickets, tilts and paytable changes.
EGMS = [f"{pick('ABCDEF')}{R.randrange(1, 40):02d}-{R.randrange(1, 16):02d}" for _ in range(30)]
BANKS = ["Dragon 3", "Buffalo Gold", "High Limit Salon East", "Wheel", "Lightning Link 2", "Penny Alley"]
TITLES = ["Buffalo Gold Revolution", "Dragon Link: Autumn Moon", "Wheel of Fortune Triple Gold", "88 Fortunes",
          "Lightning Link - Happy Lantern", "Cleopatra", "Quick Hit Platinum"]
SAS_LOOPS = [f"L{n}" for n in range(1, 9)]
PAYTABLES = [f"PT{R.randrange(0, 9999):04d}" for _ in range(12)]
TILTS = [("T-204", "reel 3 error"), ("T-311", "printer paper low"), ("T-800", "RAM error - call technician"),
         ("T-115", "hopper empty"), ("T-311", "printer paper low")]
ATTENDANTS = ["M. O'Neill", "Jo Ann Pryce", "T. Nguyen", "slot tech 14", "Rafael Dominguez Ortiz"]


def player_id():
    return f"PL-{R.randrange(0, 10 ** 7):07d}"


def handpay_id():
    return f"HP{R.randrange(0, 10 ** 6):06d}"


def money(lo, hi):
    return f"{R.uniform(lo, hi):,.2f}"


def slot_play():
    denom = pick(["0.01", "0.01", "0.02", "0.05", "0.25", "1.00", "5.00"])
    bet = pick([25, 40, 50, 88, 100, 250, 500])
    win = pick([0, 0, 0, 0, 0, R.randrange(1, 300), R.randrange(1, 5000)])
    return (f"EGM {pick(EGMS)} [{pick(BANKS)}] game play: denom={denom} bet={bet}cr win={win}cr game=\"{pick(TITLES)}\" "
            f"rtp_cfg={pick(['88.00', '90.15', '92.52', '94.00'])}%")


def slot_meters():
    return (f"EGM {pick(EGMS)} meter snapshot coin_in={R.randrange(0, 10 ** 10):011d} coin_out={R.randrange(0, 10 ** 10):011d} "
            f"jackpot={R.randrange(0, 10 ** 8):011d} games={R.randrange(0, 10 ** 7):08d}")


SETS["casino_slots"] = [
    ("E1", 34, "EGM <*> [<*>] game play: denom=<*> bet=<*>cr win=<*>cr game=\"<*>\" rtp_cfg=<*>%", slot_play),
    ("E2", 12, "EGM <*> meter snapshot coin_in=<*> coin_out=<*> jackpot=<*> games=<*>", slot_meters),
    ("E3", 8, "Card inserted at EGM <*>: player <*> (<*>) session <*>",
     lambda: f"Card inserted at EGM {pick(EGMS)}: player {player_id()} ({pick(['Core', 'Core', 'Gold', 'Platinum', 'Seven Stars', 'Black Card'])}) session {mixed(10)}"),
    ("E4", 7, "Card removed at EGM <*> after <*>, points earned <*>",
     lambda: f"Card removed at EGM {pick(EGMS)} after {dur_ms(R.randrange(40000, 14000000))}, points earned {R.randrange(0, 4000)}"),
    ("E5", 4, "HANDPAY pending at EGM <*>: amount $<*> (<*>), attendant paged",
     lambda: f"HANDPAY pending at EGM {pick(EGMS)}: amount ${money(1200, 40000)} ({pick(['jackpot', 'jackpot', 'cancel credit', 'progressive hit', 'W-2G required'])}), attendant paged"),
    ("E6", 4, "Handpay <*> cleared by <*> (<*> min)",
     lambda: f"Handpay {handpay_id()} cleared by {pick(ATTENDANTS)} ({R.randrange(2, 40)} min)"),
    ("E7", 6, "Progressive <*> level <*>: contribution +<*> now $<*>",
     lambda: f"Progressive {pick(['Dragon Link Grand', 'Buffalo Mini', 'Wheel Mega', 'House Major'])} level {R.randrange(1, 5)}: contribution +{R.randrange(1, 900) / 100:.2f} now ${money(50, 250000)}"),
    ("E8", 3, "Door open at EGM <*>: <*> door [<*>]",
     lambda: f"Door open at EGM {pick(EGMS)}: {pick(['main', 'main', 'logic', 'bill validator', 'drop box', 'belly'])} door [{pick(['authorized', 'authorized', 'NOT AUTHORIZED'])}]"),
    ("E9", 5, "SAS poll timeout on loop <*> address 0x<*> (<*> consecutive)",
     lambda: f"SAS poll timeout on loop {pick(SAS_LOOPS)} address 0x{R.randrange(1, 128):02X} ({pick([1, 1, 2, 3, 10, 25])} consecutive)"),
    ("E10", 6, "Bill validator EGM <*> accepted $<*> note, stacker <*>/<*>",
     lambda: f"Bill validator EGM {pick(EGMS)} accepted ${pick([1, 5, 10, 20, 20, 50, 100])} note, stacker {R.randrange(0, 1200)}/{pick([600, 1200])}"),
    ("E11", 3, "Bill rejected at EGM <*>: <*>",
     lambda: f"Bill rejected at EGM {pick(EGMS)}: {pick(['unknown denomination', 'tape detected', 'stacker full', 'note too long', 'suspected counterfeit (magnetic ink)'])}"),
    ("E12", 3, "Ticket <*> redeemed at <*> for $<*>",
     lambda: f"Ticket {R.randrange(0, 100):02d}-{R.randrange(0, 10000):04d}-{R.randrange(0, 10000):04d}-{R.randrange(0, 10000):04d}-{R.randrange(0, 10000):04d} redeemed at {pick(['Kiosk 2', 'Kiosk 7', 'cage window 4', 'main cage'])} for ${money(0.1, 3000)}"),
    ("E13", 2, "Tilt at EGM <*>: <*> <*>",
     lambda: (lambda t: f"Tilt at EGM {pick(EGMS)}: {t[0]} {t[1]}")(pick(TILTS))),
    ("E14", 2, "Game config change at EGM <*> by <*>: paytable <*> -> <*>",
     lambda: f"Game config change at EGM {pick(EGMS)} by {pick(ATTENDANTS)}: paytable {pick(PAYTABLES)} -> {pick(PAYTABLES)}"),
]

# A hospital blood bank's inventory (ISBT 128 donation numbers with spaces, products of one or two
# words, ABO/Rh groups of two words, storage of one to three words), crossmatches with a closed-set
# result, issues to wards of one to three words, fridge temperatures with signed values, alarms,
# returns with a disposition of one to five words, stock levels, supplier orders with item lists.
PRODUCTS = ["RBC LR", "RBC LR", "FFP", "PLT Apheresis", "Cryo", "PLT Pool"]
GROUPS = ["O NEG", "O POS", "O POS", "A POS", "A NEG", "B POS", "AB POS", "AB NEG"]
STORES = [("Fridge 1", 2, 6), ("Fridge 2", 2, 6), ("FRZ-01", -40, -25), ("Platelet Agitator A", 20, 24), ("Theatre Fridge 3", 2, 6)]
WARDS = ["ICU", "Theatre 4", "Maternity Ward B", "ED Resus", "Haematology Day Unit", "Ward 12"]
BB_USERS = ["bms.okoro", "BMS2 Li", "k.haddad", "night.bms"]


def din():
    return f"{pick(['W0361', 'W0361', 'G1518', 'W1207'])} 26 {R.randrange(0, 10 ** 6):06d} {pick('0123456789ABK')}"


def xm_id():
    return f"XM-{mixed(6).upper()}"


def po_id():
    return f"PO-{R.randrange(0, 10 ** 5):05d}"


def fridge_slot():
    return f"R{R.randrange(1, 9)}/C{R.randrange(1, 25):02d}"


def mrn():
    return f"{pick(['RX', 'MR'])}{R.randrange(0, 10 ** 7):07d}"


def bb_scan():
    store, lo, hi = pick(STORES)
    return (f"Unit {din()} {pick(PRODUCTS)} ABO/Rh {pick(GROUPS)} scanned into {store} slot {fridge_slot()} "
            f"exp {pick(['2026-12', '2027-01', '2027-01', '2027-11'])}-{R.randrange(1, 29):02d} {pick(['23:59', '23:59', hhmm()])}")


def bb_temp():
    store, lo, hi = pick(STORES)
    t = R.uniform(lo - 0.5, hi + 0.3)
    return f"Temp {store} {t:+.1f}°C (range {lo}..{hi}°C) door={pick(['closed', 'closed', 'closed', 'open'])}"


SETS["blood_bank"] = [
    ("E1", 28, "Unit <*> <*> ABO/Rh <*> scanned into <*> slot <*> exp <*>", bb_scan),
    ("E2", 16, "Crossmatch <*> for patient MRN <*>: unit <*> <*>",
     lambda: f"Crossmatch {xm_id()} for patient MRN {mrn()}: unit {din()} {pick(['compatible', 'compatible', 'compatible (electronic)', 'INCOMPATIBLE'])}"),
    ("E3", 14, "Issue: unit <*> issued to <*> by <*>, courier <*>",
     lambda: f"Issue: unit {din()} issued to {pick(WARDS)} by {pick(BB_USERS)}, courier {pick(['porter 7', 'Pneumatic tube', 'A. Mensah', 'ward staff'])}"),
    ("E4", 14, "Temp <*> <*>°C (range <*>..<*>°C) door=<*>", bb_temp),
    ("E5", 4, "ALARM <*> temperature out of range: <*>°C for <*>, <*> units quarantined",
     lambda: (lambda s: f"ALARM {s[0]} temperature out of range: {R.uniform(s[2], s[2] + 4):+.1f}°C for {dur_ms(R.randrange(60000, 3000000))}, {R.randrange(0, 60)} units quarantined")(pick(STORES))),
    ("E6", 5, "Unit <*> returned from <*> after <*> min: <*>",
     lambda: f"Unit {din()} returned from {pick(WARDS)} after {R.randrange(3, 120)} min: {pick(['restocked', 'restocked', 'discarded - time out of storage', 'quarantined pending review', 'discarded'])}"),
    ("E7", 6, "Stock level <*> <*>: <*> units (<*> days cover, min <*>)",
     lambda: f"Stock level {pick(GROUPS)} {pick(PRODUCTS)}: {R.randrange(0, 80)} units ({R.randrange(0, 90) / 10:.1f} days cover, min {pick([4, 6, 10, 20])})"),
    ("E8", 3, "Order <*> to supplier <*>: <*>",
     lambda: f"Order {po_id()} to supplier {pick(['NHSBT Filton', 'Regional Blood Centre', 'NHSBT Colindale'])}: {', '.join(pick(GROUPS) + ' ' + pick(PRODUCTS) + ' x' + str(R.randrange(1, 20)) for _ in range(pick([1, 2, 3, 4])))}"),
    ("E9", 3, "Expired: <*> units moved to discard bin <*>",
     lambda: f"Expired: {R.randrange(1, 14)} units moved to discard bin {pick(['DB-1', 'DB-2', 'Cytotoxic'])}"),
    ("E10", 2, "Transfusion reaction reported for unit <*> (patient MRN <*>): \"<*>\"",
     lambda: f"Transfusion reaction reported for unit {din()} (patient MRN {mrn()}): \"{pick(['fever 38.9C, rigors', 'urticaria', 'dyspnoea and hypotension 30 min into transfusion'])}\""),
    ("E11", 3, "Label print <*> on <*>: <*>",
     lambda: f"Label print {din()} on {pick(['Zebra ZT411 Lab', 'ZD621-Issue'])}: {pick(['ok', 'ok', 'ok', 'ribbon low', 'paper jam'])}"),
    ("E12", 3, "HL7 ORM received: order <*> <*> priority=<*>",
     lambda: f"HL7 ORM received: order {R.randrange(10 ** 8, 10 ** 9)} {pick(['T&S', 'XM x2', 'T&S,XM x4', 'FFP x2,PLT x1'])} priority={pick(['ROUTINE', 'ROUTINE', 'STAT', 'ASAP'])}"),
]

# An electric bus depot's charging and dispatch: charger telemetry in key=value form with glued units,
# blocks assigned to buses with routes of one to three words, pull-outs with a lateness of two or
# three words, pull-ins with energy use, smart charging under a closed-set tariff, preconditioning with
# signed temperatures, yard positions, driver sign-on, block swaps with a quoted reason, battery health.
FLEET = [f"{pick(['E', 'E', 'EA'])}{R.randrange(100, 999)}" for _ in range(30)]
CHARGERS = ["DC-P01", "DC-P02", "DC-P07", "pantograph-3", "pantograph-4", "DC-P12"]
ROUTES = ["M41", "12", "N7 Night", "X3 Airport Express", "218", "Shuttle Hbf"]
CHARGER_FAULTS = [("E-1043", "insulation monitor trip"), ("E-1210", "pantograph did not reach contact"),
                  ("E-1007", "CP state error"), ("E-1388", "coolant flow low on power module 2")]
DUTIES = [f"D{R.randrange(100, 900)}" for _ in range(25)]
DEPOT_DISPATCHERS = ["disp.weber", "K. Osei", "night dispatch", "disp.lindqvist"]


def block():
    return f"{R.randrange(1, 99):02d}{pick(['A', 'B', 'S', ''])}-{R.randrange(1, 30):02d}"


def chg_status():
    soc = R.randrange(8, 100)
    state = pick(["Charging", "Charging", "Charging", "SuspendedEV", "SuspendedEVSE", "Finishing"])
    power = R.uniform(0.0, 150.0) if state == "Charging" else 0.0
    return (f"charger={pick(CHARGERS)} conn={pick([1, 1, 2])} bus={pick(FLEET)} soc={soc}% power={power:.1f}kW "
            f"energy={R.uniform(0, 320):.2f}kWh state={state}")


def late():
    d = R.randrange(-90, 400)
    if abs(d) < 15:
        return "on time"
    return f"{'+' if d > 0 else '-'}{abs(d) // 60}m{abs(d) % 60:02d}s {'late' if d > 0 else 'early'}"


SETS["bus_depot"] = [
    ("E1", 30, "charger=<*> conn=<*> bus=<*> soc=<*>% power=<*>kW energy=<*>kWh state=<*>", chg_status),
    ("E2", 12, "Dispatch: block <*> (route <*>, <*> trips) assigned bus <*> bay <*>, pull-out <*>",
     lambda: f"Dispatch: block {block()} (route {pick(ROUTES)}, {R.randrange(2, 14)} trips) assigned bus {pick(FLEET)} bay {pick('ABCD')}{R.randrange(1, 30)}, pull-out {hhmm()}"),
    ("E3", 10, "Pull-out bus <*> gate <*> at <*> (<*>)",
     lambda: f"Pull-out bus {pick(FLEET)} gate {pick([1, 1, 2])} at {clock()} ({late()})"),
    ("E4", 9, "Pull-in bus <*> odometer <*> km, soc <*>%, energy used <*> kWh (<*> kWh/km)",
     lambda: f"Pull-in bus {pick(FLEET)} odometer {R.randrange(10000, 400000)} km, soc {R.randrange(5, 70)}%, energy used {R.uniform(40, 300):.1f} kWh ({R.uniform(0.8, 1.9):.2f} kWh/km)"),
    ("E5", 6, "Smart charging: site limit <*> kW, allocated <*> kW across <*> buses, tariff <*>",
     lambda: f"Smart charging: site limit {pick([800, 1200, 1200])} kW, allocated {R.randrange(100, 1200)} kW across {R.randrange(1, 24)} buses, tariff {pick(['off-peak', 'off-peak', 'peak', 'shoulder', 'grid emergency'])}"),
    ("E6", 4, "Bus <*> will not reach <*>% by pull-out <*>: <*>",
     lambda: f"Bus {pick(FLEET)} will not reach {pick([80, 90, 95])}% by pull-out {hhmm()}: {pick(['charger derated (cable temp)', 'arrived late', 'site limit reached', 'BMS requested current reduction below 50 A'])}"),
    ("E7", 3, "Charger <*> fault <*>: <*>",
     lambda: (lambda f: f"Charger {pick(CHARGERS)} fault {f[0]}: {f[1]}")(pick(CHARGER_FAULTS))),
    ("E8", 6, "Yard position: bus <*> parked lane <*> pos <*> [<*>]",
     lambda: f"Yard position: bus {pick(FLEET)} parked lane {pick('ABCDEFG')} pos {R.randrange(1, 13)} [{pick(['RFID', 'RFID', 'GNSS', 'manual'])}]"),
    ("E9", 4, "Preconditioning bus <*>: cabin <*>°C -> <*>°C target, started <*> min before pull-out",
     lambda: f"Preconditioning bus {pick(FLEET)}: cabin {R.uniform(-12, 8):+.1f}°C -> {pick([18, 19, 20])}°C target, started {pick([20, 30, 45])} min before pull-out"),
    ("E10", 3, "Driver <*> signed on for duty <*> (<*>)",
     lambda: f"Driver {R.randrange(10000, 99999)} signed on for duty {pick(DUTIES)} ({pick(['Depot Nord', 'Depot Nord', 'Hafen', 'Depot Süd'])})"),
    ("E11", 2, "Block <*> swapped: bus <*> -> <*> by <*>, reason \"<*>\"",
     lambda: f"Block {block()} swapped: bus {pick(FLEET)} -> {pick(FLEET)} by {pick(DEPOT_DISPATCHERS)}, reason \"{pick(['low SoC', 'door fault', 'wheelchair ramp inoperative on front door', 'vandalism'])}\""),
    ("E12", 3, "Battery health bus <*>: SoH <*>%, cell delta <*> mV, pack temp <*>C",
     lambda: f"Battery health bus {pick(FLEET)}: SoH {R.randrange(78, 100)}%, cell delta {R.randrange(4, 90)} mV, pack temp {R.randrange(12, 41)}C"),
    ("E13", 2, "OCPP connection to <*> lost (<*>), reconnecting in <*>s",
     lambda: f"OCPP connection to {pick(CHARGERS)} lost ({pick(['ping timeout', 'TLS handshake failed', 'closed by peer (1006)'])}), reconnecting in {pick([5, 10, 30])}s"),
]

# A racing team's car telemetry on the pit wall: laps with a lap time like 1:32.457 and sector times,
# tyre temperatures and a bracketed pressure list, ERS in MJ glued, pit stops between closed-set
# compounds, free-text race control messages, engine readings, gaps to a target of one to three
# words, sensor dropouts with hex channels, weather, strategy calls, link quality, fault codes.
CARS = [4, 16, 44, 63, 81]
COMPOUNDS = ["SOFT", "MEDIUM", "MEDIUM", "HARD", "INTER", "WET"]


def car():
    return str(pick(CARS))


def lap_time():
    t = R.uniform(88.0, 99.0) if R.random() < 0.9 else R.uniform(100.0, 130.0)
    return f"{int(t // 60)}:{t % 60:06.3f}"


def sector():
    return f"{R.uniform(24.0, 40.0):.3f}"


SETS["race_telemetry"] = [
    ("E1", 30, "[CAR<*>] lap <*> <*> s1=<*> s2=<*> s3=<*> tyres=<*> age=<*>",
     lambda: f"[CAR{car()}] lap {R.randrange(1, 58)} {lap_time()} s1={sector()} s2={sector()} s3={sector()} tyres={pick(COMPOUNDS)} age={R.randrange(0, 40)}"),
    ("E2", 18, "[CAR<*>] tyre temps FL=<*>C FR=<*>C RL=<*>C RR=<*>C pressures [<*>] psi",
     lambda: f"[CAR{car()}] tyre temps FL={R.randrange(80, 120)}C FR={R.randrange(80, 120)}C RL={R.randrange(80, 120)}C RR={R.randrange(80, 120)}C pressures [{' '.join(f'{R.uniform(19.5, 24.0):.1f}' for _ in range(4))}] psi"),
    ("E3", 10, "[CAR<*>] ERS deploy <*>MJ harvest <*>MJ mode=<*> SOC=<*>%",
     lambda: f"[CAR{car()}] ERS deploy {R.uniform(0, 4):.2f}MJ harvest {R.uniform(0, 2):.2f}MJ mode={pick(['BALANCED', 'BALANCED', 'HOTLAP', 'OVERTAKE', 'HARVEST'])} SOC={R.randrange(10, 100)}%"),
    ("E4", 5, "[CAR<*>] Pit stop lap <*>: <*> -> <*>, stationary <*>s, total <*>s",
     lambda: f"[CAR{car()}] Pit stop lap {R.randrange(8, 50)}: {pick(COMPOUNDS)} -> {pick(COMPOUNDS)}, stationary {R.uniform(1.9, 5.5):.1f}s, total {R.uniform(19.0, 28.0):.1f}s"),
    ("E5", 6, "Race control: <*>",
     lambda: f"Race control: {pick(['DRS ENABLED', 'YELLOW FLAG IN SECTOR ' + str(R.randrange(1, 4)), 'CAR ' + car() + ' (HAM) TIME ' + clock() + ' DELETED - TRACK LIMITS AT TURN ' + str(R.randrange(1, 19)), 'VIRTUAL SAFETY CAR DEPLOYED', 'INCIDENT INVOLVING CARS 4 (NOR) AND 81 (PIA) NOTED', 'GREEN LIGHT - PIT EXIT OPEN', 'RISK OF RAIN FOR F1 RACE IS 20%'])}"),
    ("E6", 8, "[CAR<*>] engine oil=<*>C water=<*>C rpm_max=<*> fuel_rem=<*>kg",
     lambda: f"[CAR{car()}] engine oil={R.randrange(95, 135)}C water={R.randrange(90, 125)}C rpm_max={R.randrange(11200, 12100)} fuel_rem={R.uniform(2, 110):.1f}kg"),
    ("E7", 5, "[CAR<*>] Gap to <*>: <*>",
     lambda: f"[CAR{car()}] Gap to {pick(['car ahead', 'car ahead', 'leader', 'P3 (NOR)', 'car behind'])}: {pick(['+' + f'{R.uniform(0.1, 30):.3f}' + 's', '+' + f'{R.uniform(0.1, 30):.3f}' + 's', '1 LAP'])}"),
    ("E8", 3, "[CAR<*>] Sensor <*> dropout <*> ms (channel 0x<*>)",
     lambda: f"[CAR{car()}] Sensor {pick(['Brake Press Front', 'RideHeight_RL', 'Throttle Pedal 2', 'Tyre Temp FR (IR)'])} dropout {R.randrange(10, 4000)} ms (channel 0x{R.randrange(256, 4096):03X})"),
    ("E9", 4, "Weather: air <*>°C track <*>°C humidity <*>% wind <*> m/s from <*>, rain risk <*>%",
     lambda: f"Weather: air {R.uniform(14, 34):.1f}°C track {R.uniform(20, 55):.1f}°C humidity {R.randrange(20, 95)}% wind {R.uniform(0, 9):.1f} m/s from {pick(['N', 'NE', 'SW', 'WSW'])}, rain risk {pick([0, 0, 10, 20, 60])}%"),
    ("E10", 2, "[CAR<*>] Strategy call: box in <*> laps for <*> (<*>)",
     lambda: f"[CAR{car()}] Strategy call: box in {R.randrange(1, 6)} laps for {pick(COMPOUNDS)} ({pick(['Plan B', 'cover undercut', 'VSC window', 'two-stop, plan A extended'])})"),
    ("E11", 4, "Telemetry link car #<*>: RSSI <*> dBm, loss <*>%, latency <*>ms",
     lambda: f"Telemetry link car #{car()}: RSSI {R.randrange(-95, -40)} dBm, loss {R.uniform(0, 12):.1f}%, latency {R.randrange(4, 90)}ms"),
    ("E12", 2, "[CAR<*>] DTC <*> <*>",
     lambda: f"[CAR{car()}] DTC {pick(['P0217', 'C1A04', 'U0100', 'B2F11'])} {pick(['engine overtemp', 'brake-by-wire rear pressure deviation', 'lost comms with ECU', 'steering wheel display'])}"),
]

# A concert hall's stage machinery: axes of one to four words (some with a parenthesised part) moved
# between positions in mm at mm/s for a cue like Q12.5, arrivals with a duration, cues with a quoted
# name and a closed-set mode in brackets, load cells, e-stops and resets at stations of one or two
# words, brake tests, interlocks with quoted names and axis lists, network heartbeats, drive faults
# with 0x codes, show files, acoustic reflector configurations, maintenance counters.
AXES = ["Lift 1", "Lift 3", "Orchestra Pit Lift", "Fly Bar 17 (Acoustic Canopy)", "Choir Riser", "Fly Bar 4",
        "Piano Wagon", "Organ Screen Hoist", "Point Hoist PH-12"]
CUES = [f"Q{R.randrange(1, 80)}{pick(['', '', '.5', '.1'])}" for _ in range(20)]
STATIONS = ["Prompt Side", "Fly Gallery", "Pit Desk", "OP", "Loading Dock"]
LOAD_CELLS = [f"LC{n:02d}" for n in range(1, 25)]
OPERATORS = ["stagemgr", "h.iversen", "Deputy SM", "tech.ops2"]


def pos_mm():
    return str(R.randrange(-3500, 18000))


SETS["stage_machinery"] = [
    ("E1", 26, "Axis <*> move <*> -> <*> mm @ <*> mm/s, cue <*>",
     lambda: f"Axis {pick(AXES)} move {pos_mm()} -> {pos_mm()} mm @ {pick([50, 100, 150, 250, 400, 600])} mm/s, cue {pick(CUES)}"),
    ("E2", 14, "Axis <*> arrived at <*> mm (error <*> mm) in <*>",
     lambda: f"Axis {pick(AXES)} arrived at {pos_mm()} mm (error {R.uniform(-2, 2):+.1f} mm) in {dur_ms(R.randrange(800, 140000))}"),
    ("E3", 10, "Cue <*> \"<*>\" GO by <*> [<*>]",
     lambda: f"Cue {pick(CUES)} \"{pick(['Act 1 preset', 'Canopy to Mahler', 'pit down - chorus', 'Interval', 'Piano in', 'House out / reflectors low'])}\" GO by {pick(OPERATORS)} [{pick(['auto', 'auto', 'manual', 'rehearsal'])}]"),
    ("E4", 6, "Load cell <*> on <*>: <*> kg (limit <*> kg)",
     lambda: f"Load cell {pick(LOAD_CELLS)} on {pick(AXES)}: {R.uniform(20, 1900):.1f} kg (limit {pick([500, 1000, 2000])} kg)"),
    ("E5", 3, "E-STOP pressed at <*>; <*> axes halted",
     lambda: f"E-STOP pressed at {pick(STATIONS)}; {R.randrange(1, 12)} axes halted"),
    ("E6", 3, "E-STOP reset at <*> by <*>",
     lambda: f"E-STOP reset at {pick(STATIONS)} by {pick(OPERATORS)}"),
    ("E7", 4, "Brake test <*>: <*> (holding torque <*>%)",
     lambda: f"Brake test {pick(AXES)}: {pick(['passed', 'passed', 'passed', 'FAILED', 'passed with warning'])} (holding torque {R.randrange(90, 180)}%)"),
    ("E8", 3, "Interlock '<*>' open: axes <*> inhibited",
     lambda: f"Interlock '{pick(['Pit Rail Gate', 'Fly Floor Door 2', 'Trap Room'])}' open: axes {','.join(pick(AXES) for _ in range(pick([1, 2, 3])))} inhibited"),
    ("E9", 7, "Shownet heartbeat <*> latency=<*>ms jitter=<*>ms lost=<*>",
     lambda: f"Shownet heartbeat {pick(['node-FLY-A', 'node-PIT', 'node-LIFT-B', 'ctrl-2'])} latency={R.uniform(0.2, 9):.2f}ms jitter={R.uniform(0, 2):.2f}ms lost={pick([0, 0, 0, 0, 1, 3])}"),
    ("E10", 3, "Drive <*> fault 0x<*>: <*>",
     lambda: f"Drive {pick(['VFD-07', 'VFD-12', 'SERVO-PH12'])} fault 0x{R.randrange(0, 65536):04X}: {pick(['overcurrent', 'encoder mismatch (primary vs secondary > 5 mm)', 'DC bus undervoltage', 'motor overtemperature'])}"),
    ("E11", 2, "Show file \"<*>\" loaded (<*> cues, <*> axes) rev <*>",
     lambda: f"Show file \"{pick(['Mahler 2 - Dec 2026', 'Messiah (Sing-along)', 'Youth Orchestra Gala'])}\" loaded ({R.randrange(8, 90)} cues, {R.randrange(3, 9)} axes) rev {R.randrange(1, 40)}"),
    ("E12", 3, "Acoustic reflector tilt <*>° set for <*> configuration",
     lambda: f"Acoustic reflector tilt {R.uniform(-5, 25):.1f}° set for {pick(['Symphony', 'Chamber', 'Organ recital', 'Amplified pop'])} configuration"),
    ("E13", 2, "Maintenance counter <*>: <*> cycles, <*> km travelled, service due in <*> cycles",
     lambda: f"Maintenance counter {pick(AXES)}: {R.randrange(1000, 90000)} cycles, {R.uniform(1, 400):.1f} km travelled, service due in {R.randrange(0, 5000)} cycles"),
]

SIZES = {"print_rip": 340, "casino_slots": 350, "blood_bank": 320, "bus_depot": 330, "race_telemetry": 310,
         "stage_machinery": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
