#!/usr/bin/env python3
"""Writes the sixteenth batch of labelled held-out logs of this folder (see README.md), written blind to
the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns and
labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans (names, closed-set words, free text, lists, objects printed
whole), text the statement prints itself (units glued to a number, `=`, brackets, quotes, `0x`,
fixed words) stays literal. Fixed seed.

    python3 make_heldout_16.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)
import heldout_common

seed(16161)


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def dur():
    """A duration as a Go-like or compact formatter prints it: one value of its own."""
    s = R.randrange(1, 20000)
    return pick([f"{s // 3600}h{s % 3600 // 60:02d}m{s % 60:02d}s" if s >= 3600 else f"{s // 60}m{s % 60:02d}s",
                 f"{s // 60}m{s % 60}.{R.randrange(10)}s", f"{s % 90}.{R.randrange(100):02d}s", f"{s}s"])


def human_size():
    """A size as a humanizing formatter prints it, its unit chosen by the formatter: one value."""
    n = R.randrange(10, 10 ** 10)
    for unit in ["B", "KiB", "MiB", "GiB"]:
        if n < 1024 or unit == "GiB":
            return f"{n}{unit}" if unit == "B" else f"{n:.1f}{unit}"
        n /= 1024
    return ""


def sgn(lo, hi, nd=1):
    v = R.uniform(lo, hi)
    return f"{v:+.{nd}f}"


SETS = {}

# A wind farm's SCADA: ten-minute turbine averages, state changes with a quoted reason, the park
# power controller's setpoints, alarms raised and cleared, yaw untwists, ice and shadow flicker
# stops, bat mode, grid events, OPC UA links, daily yields, service mode.
OPC_ENDPOINTS = ["opc.tcp://10.20.1.17:4840", "opc.tcp://10.20.1.18:4840", "opc.tcp://ppc-main.windpark.local:48010"]
WTGS = [f"WTG{n:02d}" for n in range(1, 25)]
STATES = ["RUN", "RUN", "PAUSE", "STOP", "IDLE", "EMERGENCY", "SERVICE", "RUN"]
WIND_REASONS = ["grid curtailment request 4.2MW", "wind speed below cut-in", "remote stop by operator",
                "noise mode NM2 scheduled", "high wind 25.3 m/s (10 min)", "pitch system test", "restart after alarm 3130",
                "ice detected", "bat protection", "shadow flicker"]
WIND_ALARMS = [("3130", "Pitch converter fault blade B"), ("1204", "Gearbox oil temperature high"),
               ("2211", "Generator bearing NDE temp high"), ("4410", "Yaw motor overload"), ("905", "Converter DC link overvoltage"),
               ("6001", "Anemometer signal implausible"), ("3130", "Pitch converter fault blade A")]
PEOPLE = ["j.moreau", "k.vestergaard", "a.nielsen", "SCADA auto-reset", "r.oconnor", "m.baptiste"]


def wind_avg():
    ws = R.uniform(2.5, 19)
    p = min(3600.0, max(0.0, (ws - 3) ** 3 * 2.4)) + R.uniform(-20, 20)
    return (f"{pick(WTGS)} 10min avg: P={p:.1f}kW ws={ws:.1f}m/s dir={R.randrange(0, 360)}deg rotor={R.uniform(6, 15.5):.1f}rpm "
            f"pitch={R.uniform(-1, 25):.1f}deg yaw_err={sgn(-8, 8)}deg T_gear={R.uniform(38, 72):.1f}C")


def wind_state():
    a, b = R.sample(STATES, 2)
    return f"[{pick(WTGS)}] state {a} -> {b} (reason: \"{pick(WIND_REASONS)}\")"


SETS["wind_farm"] = [
    ("E1", 40, "<*> 10min avg: P=<*>kW ws=<*>m/s dir=<*>deg rotor=<*>rpm pitch=<*>deg yaw_err=<*>deg T_gear=<*>C", wind_avg),
    ("E2", 14, "[<*>] state <*> -> <*> (reason: \"<*>\")", wind_state),
    ("E3", 9, "PPC: active power setpoint <*> MW -> <*> MW from <*> (ramp <*>%/min), <*>/<*> WTG available",
     lambda: f"PPC: active power setpoint {R.uniform(10, 86.4):.2f} MW -> {R.uniform(10, 86.4):.2f} MW from "
             f"{pick(['TSO', 'TSO', 'DSO', 'market optimizer', 'local schedule'])} (ramp {pick([5, 10, 10, 20])}%/min), "
             f"{R.randrange(19, 25)}/24 WTG available"),
    ("E4", 8, "ALARM <*> code <*> \"<*>\" sev=<*>",
     lambda: (lambda a: f"ALARM {pick(WTGS)} code {a[0]} \"{a[1]}\" sev={pick(['HIGH', 'HIGH', 'MEDIUM', 'LOW', 'CRITICAL'])}")(pick(WIND_ALARMS))),
    ("E5", 6, "CLEAR <*> code <*> after <*>, ack by <*>",
     lambda: f"CLEAR {pick(WTGS)} code {pick(WIND_ALARMS)[0]} after {dur()}, ack by {pick(PEOPLE)}"),
    ("E6", 4, "<*> yaw untwist started: cable twist <*> turns <*>",
     lambda: f"{pick(WTGS)} yaw untwist started: cable twist {R.uniform(2.5, 3.2):.1f} turns {pick(['CW', 'CCW'])}"),
    ("E7", 3, "<*> ice detection: blade load deviation <*>% > <*>% threshold, stopping",
     lambda: f"{pick(WTGS)} ice detection: blade load deviation {R.uniform(12.5, 30):.1f}% > {pick(['12.0', '12.0', '15.0'])}% threshold, stopping"),
    ("E8", 3, "<*> sensor <*> stuck at <*> m/s for <*>",
     lambda: f"{pick(['MetMast-M1', 'MetMast-M2', 'Lidar-L1'])} sensor {pick(['anemometer_80m', 'anemometer_100m', 'vane_98m', 'cup_60m_B'])} "
             f"stuck at {pick(['0.00', '0.00', '3.41', '12.07'])} m/s for {clock(3)}"),
    ("E9", 4, "<*> shadow flicker shutdown: receptor <*> \"<*>\", sun elev <*>°, remaining budget <*> min/yr",
     lambda: (lambda r: f"{pick(WTGS)} shadow flicker shutdown: receptor {r[0]} \"{r[1]}\", sun elev {R.uniform(3, 25):.1f}°, "
                        f"remaining budget {R.randrange(0, 1800)} min/yr")(pick([("IR-14", "Hof Lindenberg"), ("IR-03", "Wohnhaus Am Kreuzweg 7"),
                                                                                 ("IR-21", "Kita Sonnenschein"), ("IR-09", "Lindenberg Nord")]))),
    ("E10", 3, "<*> bat mode <*>: ws=<*>m/s temp=<*>C sunset+<*>",
     lambda: f"{pick(WTGS)} bat mode {pick(['ON', 'ON', 'OFF'])}: ws={R.uniform(1, 6):.1f}m/s temp={R.uniform(10, 24):.1f}C "
             f"sunset+{R.randrange(0, 6):02d}:{R.randrange(0, 60):02d}"),
    ("E11", 2, "Grid: <*> event at POC, U=<*>pu for <*>ms, <*> WTG rode through, <*> tripped",
     lambda: f"Grid: {pick(['LVRT', 'LVRT', 'HVRT', 'frequency'])} event at POC, U={R.uniform(0.1, 1.25):.2f}pu for "
             f"{R.randrange(40, 900)}ms, {R.randrange(18, 25)} WTG rode through, {pick([0, 0, 0, 1, 3])} tripped"),
    ("E12", 2, "OPC UA session to <*> lost (<*>), reconnecting in <*>s",
     lambda: f"OPC UA session to {pick(OPC_ENDPOINTS)} lost "
             f"({pick(['BadConnectionClosed', 'BadTimeout', 'BadSecureChannelClosed'])}), reconnecting in {pick([5, 30, 30, 60])}s"),
    ("E13", 2, "Daily yield <*>: <*> MWh, availability <*>%, capacity factor <*>%",
     lambda: f"Daily yield 2026-12-0{R.randrange(1, 8)}: {R.uniform(90, 1400):.1f} MWh, availability {R.uniform(88, 100):.2f}%, "
             f"capacity factor {R.uniform(5, 65):.1f}%"),
    ("E14", 2, "<*> service mode <*> by technician badge <*> (<*>)",
     lambda: f"{pick(WTGS)} service mode {pick(['entered', 'left'])} by technician badge T-{R.randrange(100, 999):04d} "
             f"({pick(['Vestergaard, K.', 'Moreau, J.', 'Ó Súilleabháin, P.', 'Schulte-Berge, A.'])})"),
]

# A craft brewery's fermentation controller: vessel readings with the batch in brackets, the glycol
# loop, recipe steps, stable gravity, deviation alarms, CIP runs, yeast pitches, transfers between
# vessels, spunding valves, sensor faults, dry hop additions, Modbus timeouts, power restores.
FVS = [f"FV-{n:02d}" for n in range(1, 15)]
BEERS = ["Helles Lager", "IPA Citra Single Hop", "Pils", "Winter Bock", "Hazy Pale Ale", "Oatmeal Stout", "Kölsch-Style",
         "Session IPA (low alc)", "Märzen"]
STEPS = ["Primary", "Free rise", "Diacetyl rest", "Crash cool", "Lagering", "Dry hop"]


def brew_reading():
    sp = pick([10.0, 10.0, 12.0, 18.0, 19.5, 1.0, 0.5])
    return (f"{pick(FVS)} [{pick(BEERS)} b#{R.randrange(2600, 2700)}] T={sp + R.uniform(-1.2, 1.2):.1f}°C sp={sp:.1f}°C "
            f"SG={R.uniform(1.008, 1.062):.4f} pH={R.uniform(4.1, 5.3):.2f} valve={pick(['OPEN', 'CLOSED', 'CLOSED', 'PULSE'])}")


def brew_step():
    n = R.randrange(4, 7)
    return (f"{pick(FVS)}: recipe \"{pick(BEERS)}\" step {R.randrange(1, n + 1)}/{n} '{pick(STEPS)}' started, target "
            f"{pick(['10.0', '12.0', '18.0', '0.5', '-1.0'])} C for {pick([24, 48, 72, 96, 336])}h")


def dry_hops():
    hops = R.sample(["'Citra T90'", "'Mosaic'", "'Simcoe'", "'Hallertauer Mittelfrüh'", "'Nelson Sauvin'"], R.randrange(1, 4))
    return ", ".join(f"{h} {R.uniform(0.5, 6):.1f} kg" for h in hops)


SETS["brewery"] = [
    ("E1", 36, "<*> [<*> b#<*>] T=<*>°C sp=<*>°C SG=<*> pH=<*> valve=<*>", brew_reading),
    ("E2", 10, "glycol loop: supply <*> C, return <*> C, chiller <*> load <*>%",
     lambda: f"glycol loop: supply {R.uniform(-4, 0):.1f} C, return {R.uniform(0, 4):.1f} C, chiller {pick(['CH-1', 'CH-1', 'CH-2'])} "
             f"load {R.randrange(5, 101)}%"),
    ("E3", 8, "<*>: recipe \"<*>\" step <*>/<*> '<*>' started, target <*> C for <*>h", brew_step),
    ("E4", 5, "<*>: gravity stable at <*> for <*> readings, attenuation <*>%",
     lambda: f"{pick(FVS)}: gravity stable at {R.uniform(1.006, 1.018):.4f} for {pick([3, 3, 4, 6])} readings, attenuation {R.uniform(65, 88):.1f}%"),
    ("E5", 5, "ALM 0x<*> <*> temperature deviation <*> K for <*> (limit <*> K)",
     lambda: f"ALM 0x{hexs(4).upper()} {pick(FVS)} temperature deviation {sgn(-3, 3)} K for {clock(2)} (limit {pick(['1.0', '1.0', '1.5'])} K)"),
    ("E6", 4, "CIP run #<*> on <*> phase <*> <*>C cond=<*>mS/cm <*> elapsed",
     lambda: f"CIP run #{R.randrange(8700, 8900)} on {pick(FVS + ['BBT-1', 'BBT-2', 'line TRANSFER-A'])} phase "
             f"{pick(['PRE-RINSE', 'CAUSTIC', 'CAUSTIC', 'ACID', 'SANITIZE', 'FINAL RINSE'])} {R.uniform(15, 85):.1f}C "
             f"cond={R.uniform(0.2, 120):.1f}mS/cm {clock(2)} elapsed"),
    ("E7", 3, "Yeast pitch logged: <*> strain \"<*>\" gen <*>, <*> L slurry, viability <*>%, by <*>",
     lambda: f"Yeast pitch logged: {pick(FVS)} strain \"{pick(['WLP830 German Lager', 'US-05', 'Kveik Voss', 'W-34/70'])}\" gen "
             f"{R.randrange(0, 9)}, {R.uniform(2, 30):.1f} L slurry, viability {R.randrange(70, 99)}%, by {pick(['m.huber', 's.ito', 'brewer2'])}"),
    ("E8", 4, "Transfer <*> -> <*> started, volume <*> hl, pump <*> at <*> Hz",
     lambda: f"Transfer {pick(FVS)} -> {pick(['BBT-1', 'BBT-2', 'BBT-3', 'Keg line', 'Centrifuge'])} started, volume {R.uniform(8, 40):.1f} hl, "
             f"pump {pick(['P1', 'P3', 'P3'])} at {pick([35, 40, 45, 50])} Hz"),
    ("E9", 3, "Transfer <*> -> <*> finished: <*> hl in <*>, loss <*> hl",
     lambda: f"Transfer {pick(FVS)} -> {pick(['BBT-1', 'BBT-2', 'BBT-3', 'Keg line'])} finished: {R.uniform(8, 40):.1f} hl in {dur()}, "
             f"loss {R.uniform(0.1, 1.5):.1f} hl"),
    ("E10", 3, "<*> spunding valve vented at <*> bar (setpoint <*> bar)",
     lambda: f"{pick(FVS)} spunding valve vented at {R.uniform(0.8, 1.6):.2f} bar (setpoint {pick(['1.00', '1.20', '0.80'])} bar)"),
    ("E11", 2, "Sensor <*> (<*>) <*>, reading <*>, using backup <*>",
     lambda: (lambda fv: f"Sensor TT-{fv.replace('-', '')}-02 ({pick(['PT100', 'PT1000'])}) {pick(['open circuit', 'short circuit', 'out of range'])}, "
                         f"reading {pick(['-999.9', '850.0', '-50.0'])}, using backup TT-{fv.replace('-', '')}-01")(pick(FVS))),
    ("E12", 2, "<*>: dry hop addition <*> confirmed by <*>",
     lambda: f"{pick(FVS)}: dry hop addition {dry_hops()} confirmed by {pick(['m.huber', 's.ito', 'operator panel 2'])}"),
    ("E13", 3, "Modbus RTU slave <*> (<*> panel) timeout after <*> retries on <*>",
     lambda: (lambda n: f"Modbus RTU slave {n} (FV-{n:02d} panel) timeout after {pick([3, 3, 5])} retries on "
                        f"{pick(['/dev/ttyUSB0', '/dev/ttyUSB1'])}")(R.randrange(1, 15))),
    ("E14", 1, "Power restored after <*>, resuming <*> vessels from saved state",
     lambda: f"Power restored after {clock(1)}, resuming {R.randrange(8, 15)} vessels from saved state"),
]

# A lottery's central system for its retail terminals: wagers, validations with a closed-set result,
# heartbeats, cancels, clerks signing on and off, draws closing, terminals offline, liability limits,
# claims referred to head office, printer errors, weekly settlements, tamper switches, winning numbers.
TERMS = [f"TRM-{R.randrange(1000, 9999):06d}" for _ in range(30)]
GAMES = [("LOTTO6", "2026-098"), ("LOTTO6", "2026-097"), ("EUROJACKPOT", "2026-049"), ("KENO", "2026-341-118"),
         ("PICK3", "2026-341-2"), ("LOTTO6", "2026-098")]
RETAILERS = [("44871", "Kiosk am Markt"), ("10233", "Tabak & Presse Müller"), ("51120", "Shell Station A7 Süd"),
             ("30019", "REWE Lindenstraße"), ("44902", "Lotto-Eck 'Glücksfee'")]


def ticket():
    return "-".join(hexs(4).upper() for _ in range(4))


def eur(lo, hi):
    return f"{R.uniform(lo, hi):,.2f}"


def lotto_wager():
    g = pick(GAMES)
    boards = pick([1, 2, 4, 6, 8, 12])
    return (f"{pick(TERMS)} WAGER game={g[0]} draw=#{g[1]} boards={boards} stake=EUR {boards * pick([1.2, 1.6, 2.0]):.2f} "
            f"ticket={ticket()} serial {R.randrange(1, 99999):08d}")


def lotto_validate():
    res = pick(["PAID", "PAID", "NOT_A_WINNER", "NOT_A_WINNER", "NOT_A_WINNER", "ALREADY_PAID", "REFER_TO_HQ", "DRAW_NOT_SETTLED"])
    tier, amt = (0, "0.00") if res == "NOT_A_WINNER" else (R.randrange(3, 10), eur(5, 900))
    return f"{pick(TERMS)} VALIDATE ticket={ticket()} tier={tier} amount=EUR {amt} -> {res}"


def winning():
    nums = " ".join(f"{n:02d}" for n in sorted(R.sample(range(1, 50), 6)))
    return (f"Winning numbers for LOTTO6 #{pick(['2026-097', '2026-098'])} entered by operator {pick(['a.keller', 'r.weiss'])}: "
            f"{nums} + {R.randrange(0, 10)} ({pick(['2nd entry by r.weiss matched', '2nd entry by a.keller matched', 'awaiting 2nd entry'])})")


SETS["lottery_terminals"] = [
    ("E1", 40, "<*> WAGER game=<*> draw=#<*> boards=<*> stake=EUR <*> ticket=<*> serial <*>", lotto_wager),
    ("E2", 13, "<*> VALIDATE ticket=<*> tier=<*> amount=EUR <*> -> <*>", lotto_validate),
    ("E3", 11, "<*> heartbeat ok (rtt <*> ms, paper <*>%, fw <*>)",
     lambda: f"{pick(TERMS)} heartbeat ok (rtt {R.randrange(20, 900)} ms, paper {R.randrange(0, 101)}%, "
             f"fw {pick(['5.2.11-r3', '5.2.11-r3', '5.3.0-beta1', '5.1.9'])})"),
    ("E4", 4, "<*> CANCEL ticket=<*> within <*> min window by clerk <*> (\"<*>\")",
     lambda: f"{pick(TERMS)} CANCEL ticket={ticket()} within {pick([5, 5, 10])} min window by clerk {R.randrange(1, 60):04d} "
             f"(\"{pick(['customer request', 'wrong game', 'printed twice', 'Kunde hat sich verzählt'])}\")"),
    ("E5", 5, "Retailer <*> \"<*>\" clerk <*> signed <*> at <*>",
     lambda: (lambda r: f"Retailer {r[0]} \"{r[1]}\" clerk {R.randrange(1, 60):04d} signed {pick(['on', 'on', 'off'])} at {pick(TERMS)}")(pick(RETAILERS))),
    ("E6", 2, "DRAW <*> #<*> sales closed at <*> CET: <*> tickets, EUR <*>",
     lambda: (lambda g: f"DRAW {g[0]} #{g[1]} sales closed at {pick(['19:00:00', '18:45:00', '20:00:00'])} CET: "
                        f"{R.randrange(20000, 2000000):,} tickets, EUR {eur(50000, 5000000)}")(pick(GAMES))),
    ("E7", 3, "Terminal <*> offline for <*>, last seen from <*> via <*>",
     lambda: f"Terminal {pick(TERMS)} offline for {clock(2)}, last seen from 10.88.{R.randrange(0, 40)}.{R.randrange(2, 250)} "
             f"via {pick(['LTE', 'LTE', 'DSL', 'VSAT'])}"),
    ("E8", 2, "Risk: liability for game <*> draw #<*> number set [<*>] at EUR <*> exceeds <*>, sales of combination blocked",
     lambda: f"Risk: liability for game {pick(['KENO', 'PICK3'])} draw #2026-341-{R.randrange(100, 130)} number set "
             f"[{', '.join(f'{n:02d}' for n in sorted(R.sample(range(1, 71), pick([2, 3, 3, 4]))))}] at EUR {eur(40000, 90000)} "
             f"exceeds {pick(['40,000.00', '40,000.00', '25,000.00'])}, sales of combination blocked"),
    ("E9", 3, "Claim <*> ticket=<*> amount=EUR <*>: ID check required (threshold EUR <*>)",
     lambda: f"Claim {pick(['REFER_TO_HQ', 'REFER_TO_HQ', 'HIGH_TIER'])} ticket={ticket()} amount=EUR {eur(2000, 250000)}: "
             f"ID check required (threshold EUR 2,000.00)"),
    ("E10", 3, "<*> printer error <*> \"<*>\"",
     lambda: (lambda e: f"{pick(TERMS)} printer error {e[0]} \"{e[1]}\"")(pick([("PE-07", "paper jam at cutter"), ("PE-02", "paper out"),
                                                                              ("PE-11", "head temperature high"), ("PE-02", "paper out")]))),
    ("E11", 2, "Retailer <*> settlement week <*>: sales EUR <*> commission EUR <*> payouts EUR <*> net EUR <*>",
     lambda: (lambda sa, po: f"Retailer {pick(RETAILERS)[0]} settlement week {pick([48, 49])}: sales EUR {sa:,.2f} commission EUR {sa * 0.05:,.2f} "
                             f"payouts EUR {po:,.2f} net EUR {sa * 0.95 - po:,.2f}")(R.uniform(6000, 30000), R.uniform(0, 5000))),
    ("E12", 1, "<*> tamper switch <*>, terminal locked (case id <*>)",
     lambda: f"{pick(TERMS)} tamper switch {pick(['OPEN', 'CASE_OPEN'])}, terminal locked (case id SEC-2026-{R.randrange(1, 999):04d})"),
    ("E13", 1, "Winning numbers for LOTTO6 #<*> entered by operator <*>: <*> + <*> (<*>)", winning),
]

# A machine shop's CNC monitoring and DNC server: cycles started and ended per machine in brackets
# with the program's quoted name, tool changes, alarms and their resets, overrides, in-process probing
# with tolerances, wear offsets, program transfers, coolant, warm-ups, shifts, emergency stops, OEE.
MACHINES = ["MC-01 Mazak QTN-250", "MC-02 DMG DMU50", "MC-03 Haas VF-2", "MC-05 Okuma LB3000", "MC-07 DMG DMU50",
            "MC-09 Hermle C42U", "MC-11 Haas ST-20Y"]
PROGRAMS = [("O4412", "BRKT-ALU-7075 OP20"), ("O4413", "BRKT-ALU-7075 OP30"), ("O5521", "SHAFT 42CrMo4 Ø38"),
            ("O0815", "HOUSING_GG25_OP10"), ("O7003", "flange dn50 pn16 rev C"), ("O9001", "Fixture plate #3")]
TOOLS = ["D10 FLAT EM 4FL", "D6 BALL EM 2FL", "DRILL 8.5 HSS-E", "M10x1.5 TAP", "FACE MILL D63", "CHAMFER 90DEG D12"]
OPERATORS = ["r.santos", "k.nowak", "l.ferreira", "t.yilmaz"]


def mid():
    return pick(MACHINES).split()[0]


def cnc_start():
    p, n = pick(PROGRAMS), pick([10, 24, 60, 60, 120])
    return f"[{pick(MACHINES)}] PROGRAM {p[0]} \"{p[1]}\" cycle start, part {R.randrange(1, n + 1)}/{n}"


def cnc_probe():
    feat, nom, up, lo = pick([("BORE Ø22 H7", 22.0, "0.021", "0.000"), ("WIDTH SLOT 12", 12.0, "0.050", "0.050"),
                              ("DEPTH POCKET A", 8.5, "0.100", "0.000"), ("OD Ø38 h6", 38.0, "0.000", "0.016")])
    meas = nom + R.uniform(-0.03, 0.03)
    ok = -float(lo) <= meas - nom <= float(up)
    return (f"{mid()} probe: feature \"{feat}\" measured {meas:.4f} mm nominal {nom:.4f} mm tol +{up}/-{lo} -> "
            f"{'OK' if ok else pick(['NOK', 'NOK', 'REWORK'])}")


SETS["cnc_shop"] = [
    ("E1", 28, "[<*>] PROGRAM <*> \"<*>\" cycle start, part <*>/<*>", cnc_start),
    ("E2", 24, "[<*>] cycle end <*> in <*>, spindle max <*>rpm, load <*>%",
     lambda: f"[{pick(MACHINES)}] cycle end {pick(PROGRAMS)[0]} in {dur()}, spindle max {pick([3500, 6000, 8000, 12000, 18000])}rpm, "
             f"load {R.randrange(5, 110)}%"),
    ("E3", 9, "<*>: T<*> -> T<*> (<*>), tool life <*>/<*> min",
     lambda: f"{mid()}: T{R.randrange(1, 40):02d} -> T{R.randrange(1, 40):02d} ({pick(TOOLS)}), tool life {R.randrange(0, 300)}/{pick([120, 300, 300, 480])} min"),
    ("E4", 5, "<*> ALARM <*> \"<*>\" at N<*> feed=F<*>",
     lambda: (lambda a: f"{mid()} ALARM {a[0]} \"{a[1]}\" at N{R.randrange(10, 9999):04d} feed=F{pick([200, 800, 1200, 3000])}")(
         pick([("1012", "X AXIS FOLLOWING ERROR TOO LARGE"), ("2041", "SPINDLE OVERLOAD"), ("3007", "TOOL BREAK DETECTED T05"),
               ("1012", "X AXIS FOLLOWING ERROR TOO LARGE"), ("0512", "LOW AIR PRESSURE")]))),
    ("E5", 4, "<*> alarm <*> reset by operator <*> after <*>",
     lambda: f"{mid()} alarm {pick(['1012', '2041', '3007', '0512'])} reset by operator {pick(OPERATORS)} after {clock(1)}"),
    ("E6", 4, "<*>: feed override <*>% -> <*>%, spindle override <*>%",
     lambda: f"{mid()}: feed override {pick([100, 100, 80, 120])}% -> {pick([50, 80, 100, 110, 150])}%, spindle override {pick([100, 100, 90, 110])}%"),
    ("E7", 6, "<*> probe: feature \"<*>\" measured <*> mm nominal <*> mm tol +<*>/-<*> -> <*>", cnc_probe),
    ("E8", 3, "<*>: wear offset D<*> adjusted by <*> mm (<*>)",
     lambda: f"{mid()}: wear offset D{R.randrange(1, 40):02d} adjusted by {sgn(-0.02, 0.02, 3)} mm ({pick(['auto, from probe', 'manual', 'auto, from probe'])})"),
    ("E9", 3, "DNC: sent <*> (<*>, <*> blocks) to <*> in <*>s",
     lambda: f"DNC: sent {pick(PROGRAMS)[0]}.nc ({pick([f'{R.uniform(2, 900):.1f}KiB', f'{R.uniform(1, 40):.1f}MiB', f'{R.randrange(300, 1023)}B'])}, {R.randrange(200, 90000)} blocks) to {mid()} in {R.uniform(0.2, 40):.1f}s"),
    ("E10", 3, "<*> coolant concentration <*>% (target <*>%), tank level <*>%",
     lambda: f"{mid()} coolant concentration {R.uniform(4, 11):.1f}% (target {pick(['7-9', '7-9', '5-7'])}%), tank level {R.randrange(20, 100)}%"),
    ("E11", 2, "<*> spindle warm-up program <*> completed, <*>, bearing temp <*>C",
     lambda: f"{mid()} spindle warm-up program O9000 completed, {pick(['20m00s', '10m00s', '20m00s'])}, bearing temp {R.uniform(22, 40):.1f}C"),
    ("E12", 2, "Shift <*> started: operators [<*>], <*> machines scheduled",
     lambda: f"Shift {pick(['A', 'B', 'C'])} started: operators [{', '.join(R.sample(OPERATORS, R.randrange(1, 5)))}], {R.randrange(4, 12)} machines scheduled"),
    ("E13", 2, "<*> EMERGENCY STOP pressed (<*>), axes <*> halted",
     lambda: f"{mid()} EMERGENCY STOP pressed ({pick(['door interlock', 'operator panel', 'light curtain zone 2'])}), axes "
             f"{pick(['X Y Z', 'X Y Z B', 'X Z C', 'X Y Z A C'])} halted"),
    ("E14", 4, "OEE <*> shift <*>: availability <*>% performance <*>% quality <*>% -> <*>%",
     lambda: (lambda a, p, q: f"OEE {mid()} shift {pick(['A', 'B', 'C'])}: availability {a:.1f}% performance {p:.1f}% "
                              f"quality {q:.1f}% -> {a * p * q / 10000:.1f}%")(R.uniform(60, 99), R.uniform(70, 99), R.uniform(95, 100))),
    ("E15", 1, "<*> door open during cycle refused: spindle at <*> rpm",
     lambda: f"{mid()} door open during cycle refused: spindle at {pick([3500, 8000, 12000])} rpm"),
]

# An OpenStack-like cloud's compute and network agents: lifecycle events, the Open vSwitch agent loop
# with its port statistics printed as a dict, spawn and build times, port details, the resource
# tracker's final view, claims, volume attaches, failed spawns with the hypervisor's message, HA
# router transitions, periodic tasks, live migrations, state reports that time out.
INSTANCES = [uuid() for _ in range(14)]
NODES = [f"cmp-r{R.randrange(1, 12):02d}-{R.randrange(1, 40):02d}" for _ in range(5)]
PERIODIC = ["ComputeManager._poll_rebooting_instances", "ComputeManager._heal_instance_info_cache",
            "ComputeManager.update_available_resource", "ComputeManager._reclaim_queued_deletes",
            "ComputeManager._poll_volume_usage", "ComputeManager._instance_usage_audit"]


def inst():
    return f"[instance: {pick(INSTANCES)}]"


def ovs_loop():
    stats = {"regular": {"added": pick([0, 0, 0, 1, 2]), "updated": pick([0, 0, 1, 3]), "removed": pick([0, 0, 0, 1])}}
    return f"Agent rpc_loop - iteration:{R.randrange(40000, 60000)} completed. Processed ports statistics: {stats}. Elapsed:{R.uniform(0.01, 2.5):.3f}"


def port_details():
    d = {"device": uuid(), "network_id": uuid(), "segmentation_id": R.randrange(100, 4000),
         "network_type": pick(["vxlan", "vxlan", "vlan", "flat"]), "admin_state_up": pick([True, True, False]),
         "fixed_ips": [{"subnet_id": uuid(), "ip_address": f"10.{R.randrange(0, 255)}.{R.randrange(0, 255)}.{R.randrange(2, 250)}"}]}
    return f"Port {d['device']} updated. Details: {d}"


PCI_POOL = "[PciDevicePool(count=2,numa_node=0,product_id='20b5',tags={dev_type='type-PF'},vendor_id='10de')]"


def final_view():
    ram, disk, cpus = pick([(385578, 1787, 96), (257386, 893, 64), (772834, 3575, 128)])
    return (f"Final resource view: name={pick(NODES)} phys_ram={ram}MB used_ram={R.randrange(512, ram)}MB phys_disk={disk}GB "
            f"used_disk={R.randrange(0, disk)}GB total_vcpus={cpus} used_vcpus={R.randrange(0, cpus)} "
            f"pci_stats={pick(['[]', '[]', PCI_POOL])}")


def spawn_failed():
    return f"{inst()} Instance failed to spawn: " + pick([
        "libvirt.libvirtError: internal error: qemu unexpectedly closed the monitor: 2026-12-07T11:04:52.118Z qemu-kvm: "
        "cannot set up guest memory 'pc.ram': Cannot allocate memory",
        f"nova.exception.PortBindingFailed: Binding failed for port {uuid()}, please check neutron logs for more information.",
        "nova.exception.ImageNotActive: Image 5b1c-cirros-0.6.2 is not active.",
        f"oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID {hexs(32)}"])


SETS["openstack_agents"] = [
    ("E1", 26, "<*> VM <*> (Lifecycle Event)", lambda: f"{inst()} VM {pick(['Started', 'Started', 'Stopped', 'Paused', 'Resumed'])} (Lifecycle Event)"),
    ("E2", 22, "Agent rpc_loop - iteration:<*> completed. Processed ports statistics: <*>. Elapsed:<*>", ovs_loop),
    ("E3", 9, "<*> Took <*> seconds to spawn the instance on the hypervisor.",
     lambda: f"{inst()} Took {R.uniform(3, 90):.2f} seconds to spawn the instance on the hypervisor."),
    ("E4", 7, "<*> Took <*> seconds to build instance.", lambda: f"{inst()} Took {R.uniform(5, 120):.2f} seconds to build instance."),
    ("E5", 6, "Port <*> updated. Details: <*>", port_details),
    ("E6", 6, "Final resource view: name=<*> phys_ram=<*>MB used_ram=<*>MB phys_disk=<*>GB used_disk=<*>GB total_vcpus=<*> used_vcpus=<*> pci_stats=<*>",
     final_view),
    ("E7", 5, "<*> Claim successful on node <*>", lambda: f"{inst()} Claim successful on node {pick(NODES)}.cloud.example"),
    ("E8", 4, "<*> Attaching volume <*> to <*>",
     lambda: f"{inst()} Attaching volume {uuid()} to {pick(['/dev/vdb', '/dev/vdb', '/dev/vdc', '/dev/sdb'])}"),
    ("E9", 3, "Synchronizing state complete", lambda: "Synchronizing state complete"),
    ("E10", 2, "<*> Instance failed to spawn: <*>", spawn_failed),
    ("E11", 3, "Router <*> transitioned to <*>",
     lambda: f"Router {uuid()} transitioned to {pick(['primary', 'backup', 'backup', 'fault'])}"),
    ("E12", 12, "Running periodic task <*> run_periodic_tasks", lambda: f"Running periodic task {pick(PERIODIC)} run_periodic_tasks"),
    ("E13", 2, "<*> Live migration to <*> completed: <*> transferred in <*>, downtime <*> ms",
     lambda: f"{inst()} Live migration to {pick(NODES)} completed: {human_size()} transferred in 0:{R.randrange(0, 5):02d}:"
             f"{R.uniform(0, 60):04.1f}, downtime {R.randrange(20, 900)} ms"),
    ("E14", 2, "Failed reporting state!: <*>",
     lambda: "Failed reporting state!: " + pick([f"oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID {hexs(32)}",
                                                  "amqp.exceptions.ConnectionForced: (0, 0): (320) CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'"])),
]

# A regional seismograph network's acquisition and processing: records received per stream with
# their time span, sample rate and latency, automatic and manual picks, origins, magnitudes with the
# quoted region, gaps, station state of health with a bracketed mass position list, SeedLink links,
# alerts sent, GPS losses, calibrations, archive days, events marked fake, unassociated triggers.
STREAMS = ["XY.STA01..HHZ", "XY.STA03.00.HHN", "XY.STA07.00.EHE", "CH.DAVOX..HHZ", "GE.WLF..BHZ", "XY.STA11..HHE", "CH.SIMPL..HGZ",
           "XY.STA05.10.EHZ"]
STATIONS = ["STA01", "STA03", "STA05", "STA07", "STA11", "DAVOX", "SIMPL"]
EVENTS = [f"gfz2026x{''.join(pick('abcdefghijklmnopqrstuvwxyz') for _ in range(3))}" for _ in range(6)]


def iso(frac=3):
    return f"2026-12-07T{clock()}.{R.randrange(10 ** frac):0{frac}d}Z"


def seis_record():
    sps = pick([100.0, 100.0, 200.0, 40.0, 20.0])
    n = R.randrange(100, 1200)
    t0 = R.uniform(0, 86000)
    t1 = t0 + n / sps

    def ts(t):
        return f"{int(t) // 3600:02d}:{int(t) % 3600 // 60:02d}:{t % 60:06.3f}"
    return f"{pick(STREAMS)} 2026-12-07T{ts(t0)}Z-{ts(t1)}Z {sps}sps {n} samples latency {R.uniform(0.5, 30):.1f}s"


def seis_gap():
    g, t0 = R.uniform(0.1, 120), R.uniform(0, 86000)

    def ts(t):
        return f"{int(t) // 3600:02d}:{int(t) % 3600 // 60:02d}:{t % 60:06.3f}"
    return f"Gap in {pick(STREAMS)}: {g:.1f}s ({int(g * 100)} samples) between {ts(t0)} and {ts(t0 + g)}"


def seis_soh():
    mp = ", ".join(f"{R.uniform(-2.5, 2.5):.1f}" for _ in range(3))
    return (f"SOH {pick(STATIONS)}: battery {R.uniform(11.2, 14.1):.1f}V solar {R.uniform(0, 3):.1f}A temp {R.uniform(-15, 38):.1f}C "
            f"GPS lock={pick(['yes', 'yes', 'yes', 'no'])} sats={R.randrange(0, 14)} clock_err={R.randrange(-400, 400):+d}us mass_pos=[{mp}]V")


SETS["seismic_network"] = [
    ("E1", 38, "<*> <*>-<*> <*>sps <*> samples latency <*>s", seis_record),
    ("E2", 12, "Pick <*> <*> onset=<*> snr=<*> amp=<*> m/s [<*>]",
     lambda: f"Pick {pick(STREAMS)} {pick(['P', 'P', 'S', 'Pn', 'Sg'])} onset={iso(2)} snr={R.uniform(2, 80):.1f} "
             f"amp={R.uniform(1, 9.9):.1f}e-0{R.randrange(5, 9)} m/s [{pick(['auto', 'auto', 'auto', 'manual'])}]"),
    ("E3", 6, "Origin <*> lat=<*> lon=<*> depth=<*>km rms=<*>s phases=<*> gap=<*>°",
     lambda: f"Origin Origin/20261207{clock().replace(':', '')}.{R.randrange(1000):03d}/{pick(['NLL', 'LOCSAT', 'Hypo71'])} "
             f"lat={R.uniform(45.8, 47.8):.3f} lon={R.uniform(6.0, 10.5):.3f} depth={R.uniform(0, 30):.1f}km rms={R.uniform(0.05, 1.2):.2f}s "
             f"phases={R.randrange(6, 60)} gap={R.randrange(30, 300)}°"),
    ("E4", 5, "Event <*>: M <*> (<*>, <*> stations) \"<*>\", status=<*>",
     lambda: f"Event {pick(EVENTS)}: M {R.uniform(0.8, 4.8):.1f} ({pick(['MLv', 'MLv', 'Mw(mB)', 'MLhc'])}, {R.randrange(3, 40)} stations) "
             f"\"{pick(['Graubünden, Switzerland', 'Lake Constance region', 'Vorarlberg, Austria', 'Northern Italy', 'Jura, France'])}\", "
             f"status={pick(['preliminary', 'preliminary', 'confirmed', 'reviewed'])}"),
    ("E5", 6, "Gap in <*>: <*>s (<*> samples) between <*> and <*>",
     seis_gap),
    ("E6", 5, "SOH <*>: battery <*>V solar <*>A temp <*>C GPS lock=<*> sats=<*> clock_err=<*>us mass_pos=[<*>]V", seis_soh),
    ("E7", 4, "SeedLink connection to <*> (<*>) closed: <*>, reconnect in <*> s",
     lambda: f"SeedLink connection to 10.40.2.{R.randrange(2, 60)}:18000 ({pick(STATIONS)}) closed: "
             f"{pick(['timeout', 'timeout', 'connection reset by peer', 'no data for 600 s'])}, reconnect in {pick([10, 30, 30, 60])} s"),
    ("E8", 2, "Alert sent for <*> (M <*>) to <*> recipients via [<*>]",
     lambda: f"Alert sent for {pick(EVENTS)} (M {R.uniform(3, 4.8):.1f}) to {R.randrange(1, 40)} recipients via "
             f"[{pick(['email', 'email, sms', 'email, sms, push', 'webhook'])}]"),
    ("E9", 3, "<*> GPS unlocked for <*>, estimated drift <*> ms",
     lambda: f"{pick(STATIONS)} GPS unlocked for {dur()}, estimated drift {R.uniform(0.1, 90):.1f} ms"),
    ("E10", 2, "Calibration pulse on <*> channels <*>: response within <*>% of nominal",
     lambda: f"Calibration pulse on XY.{pick(STATIONS[:5])} channels {pick(['HHZ,HHN,HHE', 'EHZ', 'HHZ,HHN,HHE', 'BHZ,BHN'])}: "
             f"response within {R.uniform(0.1, 4):.1f}% of nominal"),
    ("E11", 3, "Archive day <*> closed: <*> streams, <*> written, <*> streams incomplete",
     lambda: f"Archive day 2026.{R.randrange(330, 342)} closed: {R.randrange(30, 60)} streams, {human_size()} written, "
             f"{pick([0, 0, 1, 3])} streams incomplete"),
    ("E12", 2, "Event <*> marked as \"<*>\" by operator <*>: <*>",
     lambda: f"Event {pick(EVENTS)} marked as \"{pick(['not existing', 'not existing', 'other event'])}\" by operator "
             f"{pick(['j.weber', 'c.rossi'])}: {pick(['quarry blast at Holcim Eclépens', 'duplicate of teleseism', 'sonic boom', 'noise burst, construction site'])}"),
    ("E13", 3, "Trigger STA/LTA on <*>: ratio <*> > <*>, duration <*>s (<*>)",
     lambda: f"Trigger STA/LTA on {pick(STREAMS)}: ratio {R.uniform(3, 12):.1f} > {pick(['4.0', '4.0', '3.0'])}, duration "
             f"{R.uniform(0.5, 30):.1f}s ({pick(['not associated', 'not associated', 'associated to ' + pick(EVENTS)])})"),
]

SIZES = {"wind_farm": 340, "brewery": 320, "lottery_terminals": 330, "cnc_shop": 350, "openstack_agents": 310,
         "seismic_network": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
