#!/usr/bin/env python3
"""Writes the twenty-fourth batch of labelled held-out logs of this folder (see README.md), written
blind to the grouping rules (neither they nor the miner's output on these lines were looked at) on top
of commit 88cf53e. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans (names, words of a closed
set, free text, lists, sizes the program writes in its own best unit), text the statement prints
itself (units glued to a number, `=`, brackets, quotes, `0x`) stays literal. Fixed seed.

    python3 make_heldout_24.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(24242)

ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def mixed(n):
    return "".join(pick(ALNUM) for _ in range(n))


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def hhmm():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}"


def day(month=12, lo=1, hi=28):
    return f"2026-{month:02d}-{R.randrange(lo, hi + 1):02d}"


def dur(max_s=3600, tenths=True):
    """A duration the way Go-like programs print it: 42.1s, 3m07.5s, 1h02m33s."""
    s = R.uniform(0.5, max_s)
    if s < 60:
        return f"{s:.1f}s" if tenths else f"{int(s)}s"
    m, sec = divmod(s, 60)
    if m < 60:
        return f"{int(m)}m{sec:04.1f}s" if tenths else f"{int(m)}m{int(sec):02d}s"
    h, m = divmod(int(m), 60)
    return f"{h}h{m:02d}m{int(sec):02d}s"


def human_size(lo, hi):
    b = R.randrange(lo, hi)
    for unit in ["B", "KiB", "MiB", "GiB"]:
        if b < 1024 or unit == "GiB":
            return f"{b}{unit}" if unit == "B" else f"{b:.1f}{unit}"
        b /= 1024
    return f"{b:.1f}GiB"


SETS = {}

# A university library's interlibrary loan system: borrowing requests created with a quoted title and
# a standard number, sent along a lender string, status changes of one to four words, shipments with
# a carrier, checkouts with a due date, electronic articles delivered with a page count and a size,
# copyright checks, unfilled answers with a reason and free-text note, overdue notices, catalogue sync,
# Z39.50 searches with the query printed in quotes, lending invoices and a stalled-queue warning.
PATRONS = [f"2118700{R.randrange(0, 10 ** 7):07d}" for _ in range(9)] + ["fac-hbauer", "grad-0x2F1", "ext.Oyelaran"]
TITLES = ["Structure and Interpretation of Computer Programs", "Gödel, Escher, Bach", "Ulysses",
          "The Journal of Irreproducible Results, vol. 58 no. 2", "Nature 617 (7962)",
          "Proceedings of the IEEE: Special Issue on Power Electronics", "Mikrobiologie der Lebensmittel [3. Aufl.]",
          "A \"Short\" History of Nearly Everything", "Annals of Botany 131(4)", "Lectures on Groups & Vector Spaces"]
LENDERS = [("ZCU", "Univ. of Colorado Boulder"), ("YUS", "Yale"), ("NUI", "Univ. of Illinois Urbana-Champaign"),
           ("HUL", "Harvard"), ("TXA", "Texas A&M"), ("BL", "British Library Document Supply"), ("DNB", "Deutsche Nationalbibliothek"),
           ("OSU", "Ohio State")]
ILL_STATES = ["Awaiting Request Processing", "Request Sent", "In Transit to Processing Site", "Received", "Checked Out to Customer",
              "Awaiting Return Label Printing", "Request Finished", "Cancelled by ILL Staff", "Awaiting Copyright Clearance",
              "Delivered to Web"]
ILL_STAFF = ["mkowalczyk", "jdoe", "ILL Staff Bot", "system", "OCLC WorldShare", "r.nakamura"]


def ill_req():
    return f"ILL-2026-{R.randrange(1, 40000):06d}"


def ill_std():
    return pick([f"ISBN {pick(['978', '979'])}{R.randrange(10 ** 9, 10 ** 10)}", f"ISSN {R.randrange(1000, 9999)}-{R.randrange(100, 999)}{pick('0123456789X')}",
                 f"OCLC {R.randrange(10 ** 6, 10 ** 10)}", "no identifier"])


def ill_lender_string():
    syms = [s for s, _ in LENDERS]
    R.shuffle(syms)
    return ",".join(syms[:pick([1, 3, 4, 5, 5])])


def ill_query():
    return pick([f"@attr 1=7 {pick(['978', '979'])}{R.randrange(10 ** 9, 10 ** 10)}",
                 f"@and @attr 1=4 \"{pick(['ulysses', 'nature', 'annals of botany'])}\" @attr 1=31 {R.randrange(1920, 2027)}",
                 f"@attr 1=12 {R.randrange(10 ** 6, 10 ** 9)}",
                 f"@or @attr 1=1003 \"{pick(['hofstadter', 'joyce', 'bryson'])}\" @attr 1=4 \"{pick(['bach', 'history'])}\""])


SETS["interlibrary_loan"] = [
    ("E1", 20, "request <*> created: patron=<*> type=<*> title=\"<*>\" (<*>)",
     lambda: f"request {ill_req()} created: patron={pick(PATRONS)} type={pick(['Loan', 'Loan', 'Article', 'Article', 'Book Chapter'])} title=\"{pick(TITLES)}\" ({ill_std()})"),
    ("E2", 16, "request <*> sent to lender <*> (<*>), lender string: <*>",
     lambda: (lambda l: f"request {ill_req()} sent to lender {l[0]} ({l[1]}), lender string: {ill_lender_string()}")(pick(LENDERS))),
    ("E3", 24, "request <*> status <*> -> <*> by <*>",
     lambda: f"request {ill_req()} status {pick(ILL_STATES)} -> {pick(ILL_STATES)} by {pick(ILL_STAFF)}"),
    ("E4", 9, "shipment received: request=<*> tracking: <*> carrier: <*> weight: <*>kg",
     lambda: f"shipment received: request={ill_req()} tracking: {pick(['1Z' + hexs(16).upper(), 'JD0146' + str(R.randrange(10 ** 11, 10 ** 12)), str(R.randrange(10 ** 11, 10 ** 12))])} carrier: {pick(['UPS', 'UPS Ground', 'USPS Media Mail', 'FedEx', 'Trans-Amigos courier'])} weight: {R.randrange(1, 60) / 10:.1f}kg"),
    ("E5", 8, "item <*> checked out to patron <*> due <*> (renewals left: <*>)",
     lambda: f"item {pick(['ILL', 'ILLX'])}{R.randrange(0, 10 ** 6):06d} checked out to patron {pick(PATRONS)} due {day(12, 14, 31)} (renewals left: {pick([0, 1, 1, 2])})"),
    ("E6", 6, "article delivered: <*> pages, <*>, to <*> via <*>",
     lambda: f"article delivered: {R.randrange(2, 60)} pages, {human_size(200000, 90000000)}, to {pick(PATRONS)} via {pick(['Odyssey', 'Article Exchange', 'e-mail', 'Odyssey'])}"),
    ("E7", 4, "copyright check for <*> year <*>: <*> of 5 requests this year (<*>)",
     lambda: f"copyright check for {ill_std()} year {R.randrange(2019, 2027)}: {R.randrange(1, 9)} of 5 requests this year ({pick(['CCG', 'CCG', 'CCL', 'pay royalty via CCC', 'over limit, hold for review'])})"),
    ("E8", 4, "lender <*> responded Unfilled to <*>: reason=<*> note=\"<*>\"",
     lambda: f"lender {pick(LENDERS)[0]} responded Unfilled to {ill_req()}: reason={pick(['Not on shelf', 'Non-circulating', 'In use', 'Lacking volume/issue', 'Policy problem'])} note=\"{pick(['sorry!', 'Reference only, try BL', 'vol. 58 at bindery until January', 'item is missing, search initiated 2026-11-30', 'no e-journal license for ILL'])}\""),
    ("E9", 3, "overdue notice #<*> sent to <*> for <*> (<*> days overdue)",
     lambda: f"overdue notice #{pick([1, 1, 2, 3])} sent to {pick(['hbauer@uni.example.edu', 'j.oyelaran@uni.example.edu', 'grad.student42@uni.example.edu'])} for {ill_req()} ({R.randrange(1, 45)} days overdue)"),
    ("E10", 2, "OCLC sync: <*> updated, <*> new, <*> errors in <*>",
     lambda: f"OCLC sync: {R.randrange(0, 400)} updated, {R.randrange(0, 60)} new, {pick([0, 0, 0, 1, 3])} errors in {dur(300)}"),
    ("E11", 3, "Z39.50 search on <*> returned <*> hits in <*>ms for query '<*>'",
     lambda: f"Z39.50 search on {pick(['z3950.loc.gov:7090/Voyager', 'lx2.loc.gov:210/LCDB', 'catalog.uni.example.edu:210/INNOPAC'])} returned {pick([0, 1, 1, 2, R.randrange(3, 300)])} hits in {R.randrange(40, 6000)}ms for query '{ill_query()}'"),
    ("E12", 2, "billing: invoice <*> to <*> amount <*> <*> (<*>)",
     lambda: f"billing: invoice INV{R.randrange(10000, 99999)} to {pick(LENDERS)[0]} amount {R.uniform(5, 60):.2f} {pick(['USD', 'USD', 'EUR', 'GBP'])} ({pick(['IFM', 'IFM', 'invoice', 'IFLA voucher'])})"),
    ("E13", 1, "WARN lending queue stalled: <*> requests older than <*>h in '<*>'",
     lambda: f"WARN lending queue stalled: {R.randrange(5, 80)} requests older than {pick([48, 72, 96])}h in '{pick(['Awaiting Lending Request Processing', 'Awaiting Stacks Searching', 'In Stacks Searching'])}'"),
]

# A vineyard's irrigation controller: soil probes reporting a key=value run with a quoted block of one
# to three words, valves switched by a schedule or a person, flow meters, irrigation cycles with a
# quoted name and a duration like `1h04m12s`, reference evapotranspiration, low-pressure alarms with
# an action, frost protection with wind machines and a bracketed sensor list, fertigation with a
# product of two to four words, lost LoRa probes, schedule edits in free text, leaks, pump starts.
BLOCKS = ["Riesling 3", "Syrah South", "Chardonnay Hang Nord", "Pinot Noir 12", "Merlot", "Old Vine Grenache", "Nursery"]
VALVES = [f"V-{n:02d}" for n in (1, 2, 3, 4, 7, 8, 11, 12, 15)]


def vine_probe():
    return (f"probe {pick(['SM', 'SM', 'TDR'])}-{mixed(4)} block=\"{pick(BLOCKS)}\" depth={pick([20, 40, 40, 60, 90])}cm "
            f"vwc={R.uniform(8, 38):.1f}% temp={R.uniform(-2, 28):.1f}C ec={R.uniform(0.1, 2.5):.2f}dS/m bat={R.uniform(3.1, 3.65):.2f}V")


SETS["vineyard_irrigation"] = [
    ("E1", 30, "probe <*> block=\"<*>\" depth=<*>cm vwc=<*>% temp=<*>C ec=<*>dS/m bat=<*>V", vine_probe),
    ("E2", 14, "valve <*> (<*>) <*> by <*>",
     lambda: f"valve {pick(VALVES)} ({pick(BLOCKS)}) {pick(['OPENED', 'CLOSED', 'OPENED', 'CLOSED', 'FAILED TO OPEN'])} by {pick(['schedule night-2', 'schedule deficit-A', 'manual: j.moreau', 'manual: Ana Lucía', 'frost program', 'api'])}"),
    ("E3", 10, "flow meter <*>: <*> L/min, total <*> m3, pressure <*> bar",
     lambda: f"flow meter FM{R.randrange(1, 5)}: {R.uniform(0, 900):.1f} L/min, total {R.uniform(1000, 90000):.2f} m3, pressure {R.uniform(0.4, 4.2):.2f} bar"),
    ("E4", 7, "cycle '<*>' finished on <*> zones in <*>, applied <*> mm (target <*> mm)",
     lambda: f"cycle '{pick(['night-2', 'deficit-A', 'young vines', 'post-harvest flush'])}' finished on {R.randrange(1, 9)} zones in {dur(14000)}, applied {R.uniform(0.5, 12):.1f} mm (target {pick([2.0, 4.0, 4.0, 6.5, 10.0])} mm)"),
    ("E5", 4, "ET0 for <*>: <*> mm (Tmax <*>°C Tmin <*>°C RH <*>% wind <*> m/s rad <*> MJ/m2)",
     lambda: f"ET0 for {day(12)}: {R.uniform(0.4, 7.5):.2f} mm (Tmax {R.uniform(8, 38):.1f}°C Tmin {R.uniform(-4, 18):.1f}°C RH {R.randrange(20, 99)}% wind {R.uniform(0, 9):.1f} m/s rad {R.uniform(2, 30):.1f} MJ/m2)"),
    ("E6", 3, "LOW PRESSURE ALARM on mainline <*>: <*> bar < <*> bar for <*>s, pump <*> <*>",
     lambda: f"LOW PRESSURE ALARM on mainline {pick(['ML-North', 'ML-South', 'ML2'])}: {R.uniform(0.1, 0.9):.2f} bar < {pick(['1.00', '1.20'])} bar for {R.randrange(10, 240)}s, pump {pick(['P1', 'P2'])} {pick(['tripped', 'restarted', 'left running, valves closed'])}"),
    ("E7", 3, "frost protection: air <*>°C at <*>, wind machines <*> started [<*>]",
     lambda: f"frost protection: air {R.uniform(-3.5, 0.5):.1f}°C at {pick(['T-low-1', 'T-low-2', 'weather mast'])}, wind machines {pick(['WM1,WM2', 'WM1,WM2,WM4', 'WM3'])} started [{', '.join(pick(['T-low-1', 'T-low-2', 'T-mid', 'T-high']) + '=' + format(R.uniform(-3.5, 2), '.1f') for _ in range(pick([2, 3, 4])))}]"),
    ("E8", 4, "fertigation: injected <*> L of <*> into <*> (EC <*> -> <*> dS/m)",
     lambda: f"fertigation: injected {R.uniform(5, 200):.1f} L of {pick(['Calcium Nitrate 15.5-0-0', 'Potassium Sulphate', 'Humic acid', 'Mono Ammonium Phosphate 12-61-0'])} into {pick(VALVES)} (EC {R.uniform(0.3, 0.8):.2f} -> {R.uniform(0.8, 1.8):.2f} dS/m)"),
    ("E9", 3, "LoRa uplink lost for <*> (last seen <*> ago, rssi=<*>dBm snr=<*>)",
     lambda: f"LoRa uplink lost for {pick(['SM', 'TDR'])}-{mixed(4)} (last seen {dur(40000, False)} ago, rssi={R.randrange(-125, -95)}dBm snr={R.uniform(-18, 4):.1f})"),
    ("E10", 2, "schedule changed by <*>: <*>",
     lambda: f"schedule changed by {pick(['j.moreau', 'Ana Lucía', 'agronomist'])}: {pick(['night-2 start 22:00 -> 23:30', 'deficit-A disabled until veraison', 'added block Merlot to young vines', 'target 4.0 mm -> 6.5 mm'])}"),
    ("E11", 2, "leak suspected on <*>: flow <*> L/min with all valves closed",
     lambda: f"leak suspected on {pick(['FM1', 'FM2', 'FM3'])}: flow {R.uniform(2, 80):.1f} L/min with all valves closed"),
    ("E12", 2, "pump <*> started: <*> Hz, <*> A, <*> kW",
     lambda: f"pump {pick(['P1', 'P2'])} started: {R.uniform(30, 50):.1f} Hz, {R.uniform(8, 40):.1f} A, {R.uniform(3, 22):.2f} kW"),
]

# A public swimming pool's water treatment and access control: basin readings in a bracketed basin of
# one to three words, entrance gates with a ticket result of one word and a reason of one to five
# words, dosing pumps with a closed-set state, lockers with a mixed-case wristband and a stay like
# `1h42m`, filter backwashes, alarms with a severity, occupancy, lifeguard check-ins, lab samples with
# a verdict, fresh water, kiosk sales, closures with a quoted reason and UV reactors.
BASINS = ["Main Pool 50m", "Teaching Pool", "Spa 2", "Toddler Splash", "Diving", "Wave Pool"]


def pool_band():
    return f"{mixed(2).upper()}{hexs(6)}"


SETS["swimming_pool"] = [
    ("E1", 22, "[<*>] free Cl <*> mg/l, combined <*> mg/l, pH <*>, ORP <*> mV, temp <*> °C, turbidity <*> NTU",
     lambda: f"[{pick(BASINS)}] free Cl {R.uniform(0.2, 1.2):.2f} mg/l, combined {R.uniform(0.02, 0.4):.2f} mg/l, pH {R.uniform(6.8, 7.6):.2f}, ORP {R.randrange(680, 820)} mV, temp {R.uniform(26, 36):.1f} °C, turbidity {R.uniform(0.05, 0.5):.2f} NTU"),
    ("E2", 24, "gate <*>: ticket <*> <*> (<*>)",
     lambda: f"gate {pick(['G1', 'G2', 'G3', 'EXIT-1'])}: ticket {pick([str(R.randrange(10 ** 11, 10 ** 12)), 'SP-' + mixed(6), 'QR:' + hexs(10)])} {pick(['ACCEPTED'] * 5 + ['REJECTED'])} ({pick(['adult single', 'child', 'season pass expires 2027-03-31', 'already inside', 'time credit exhausted', 'family 2+3', 'swim club'])})"),
    ("E3", 10, "dosing pump <*> <*>: <*> ml/h (setpoint <*>, measured <*>)",
     lambda: (lambda p: f"dosing pump {p[0]} {pick(['RUN', 'RUN', 'STOP', 'LOCKED'])}: {R.randrange(0, 1800)} ml/h (setpoint {p[1]}, measured {p[2]})")(
         pick([("Cl-1", "0.60", f"{R.uniform(0.2, 1.2):.2f}"), ("Cl-2", "0.50", f"{R.uniform(0.2, 1.2):.2f}"), ("pH-minus", "7.20", f"{R.uniform(6.8, 7.6):.2f}"),
               ("floc", "0.05", "n/a")]))),
    ("E4", 7, "locker <*> opened with wristband <*> after <*>",
     lambda: f"locker {pick(['A', 'B', 'C', 'F'])}{R.randrange(1, 240):03d} opened with wristband {pool_band()} after {R.randrange(0, 5)}h{R.randrange(0, 60):02d}m"),
    ("E5", 4, "filter <*> backwash <*>: dp <*> bar -> <*> bar, <*> m3 water used, took <*>",
     lambda: f"filter F{R.randrange(1, 5)} backwash {pick(['auto', 'auto', 'manual'])}: dp {R.uniform(0.5, 1.2):.2f} bar -> {R.uniform(0.1, 0.3):.2f} bar, {R.uniform(8, 40):.1f} m3 water used, took {dur(900)}"),
    ("E6", 4, "ALARM <*> [<*>] <*>: value <*> outside <*>..<*>",
     lambda: (lambda a: f"ALARM {a[0]} [{pick(['WARN', 'HIGH', 'CRITICAL'])}] {a[1]}: value {a[2]} outside {a[3]}..{a[4]}")(
         pick([("A-101", "free chlorine Main Pool 50m", f"{R.uniform(0.05, 0.25):.2f}", "0.30", "0.60"),
               ("A-114", "pH Spa 2", f"{R.uniform(7.6, 8.2):.2f}", "6.50", "7.40"),
               ("A-201", "water temperature Toddler Splash", f"{R.uniform(34, 38):.1f}", "30.0", "33.0"),
               ("A-330", "combined chlorine", f"{R.uniform(0.21, 0.6):.2f}", "0.00", "0.20")]))),
    ("E7", 4, "occupancy <*>: <*>/<*> (<*>%), queue at entrance: <*>",
     lambda: (lambda cap, n: f"occupancy {pick(['hall', 'hall', 'outdoor', 'sauna'])}: {n}/{cap} ({100 * n // cap}%), queue at entrance: {pick([0, 0, 3, R.randrange(4, 60)])}")(pick([450, 600, 60]), R.randrange(5, 60))),
    ("E8", 3, "lifeguard <*> checked in at station <*>",
     lambda: f"lifeguard {pick(['Tomás', 'Lea Hoffmann', 'K. van der Berg', 'Sam'])} checked in at station {pick(['tower 1', 'tower 2', 'T3', 'spa deck'])}"),
    ("E9", 2, "water sample <*> by <*>: E.coli <*> cfu/100ml, Pseudomonas <*> cfu/100ml, Legionella <*> cfu/100ml -> <*>",
     lambda: f"water sample WS-{R.randrange(2600, 2700)} by {pick(['HygieneLab Nord', 'Health Dept.'])}: E.coli {pick([0, 0, 0, 1])} cfu/100ml, Pseudomonas {pick([0, 0, 2])} cfu/100ml, Legionella {pick([0, 0, 0, 100])} cfu/100ml -> {pick(['compliant', 'compliant', 're-sample required'])}"),
    ("E10", 2, "fresh water added to <*>: <*> m3 (<*> L per bather)",
     lambda: f"fresh water added to {pick(BASINS)}: {R.uniform(5, 60):.1f} m3 ({R.randrange(20, 45)} L per bather)"),
    ("E11", 3, "kiosk <*> sold <*> x <*> for <*> EUR (<*>)",
     lambda: f"kiosk K{R.randrange(1, 3)} sold {pick([1, 1, 2, 4])} x {pick(['Adult 3h', 'Child', 'Sauna day', '10-visit card', 'Family'])} for {R.uniform(3, 90):.2f} EUR ({pick(['card', 'cash', 'contactless', 'voucher'])})"),
    ("E12", 2, "pool <*> closed by <*>: \"<*>\"",
     lambda: f"pool {pick(BASINS)} closed by {pick(['Lea Hoffmann', 'duty manager', 'Sam'])}: \"{pick(['faecal incident', 'thunderstorm', 'glass on pool deck, draining to inspect', 'chlorine below 0.3 for 15 min'])}\""),
    ("E13", 1, "UV reactor <*> lamp hours <*>/<*>, intensity <*> W/m2",
     lambda: f"UV reactor UV{R.randrange(1, 3)} lamp hours {R.randrange(2000, 9000)}/9000, intensity {R.randrange(300, 700)} W/m2"),
]

# A marina's berth and fuel system: berth assignments with a quoted boat name, flag and dimensions,
# fuel dispensed by product of one or two words with a masked card, shore power pedestals with a
# closed-set breaker, gate fobs, departures to a destination of one to three words, tides, bilge
# alarms, wind warnings with free text, invoices, VHF calls with a free-text message, the waiting list
# and fuel tank levels.
BOATS = ["Sea Breeze", "Wind of Change II", "Blue Moon", "Aurora", "L'Esprit d'Équipe", "Knot Working", "Mary-Jane (ex Ulla)",
         "Pegasus", "Sto Lat"]
PEDESTALS = [f"P-{pick('ABCD')}{R.randrange(1, 30):02d}" for _ in range(8)]


def berth():
    return f"{pick('ABCDE')}-{R.randrange(1, 60):02d}"


SETS["marina"] = [
    ("E1", 16, "BERTH <*> assigned to \"<*>\" (<*>, LOA <*>m, beam <*>m, draft <*>m) for <*> nights",
     lambda: f"BERTH {berth()} assigned to \"{pick(BOATS)}\" ({pick(['DE', 'NL', 'GB', 'FR', 'PL', 'SE', 'Red Ensign'])}, LOA {R.uniform(7, 24):.2f}m, beam {R.uniform(2.4, 6.5):.2f}m, draft {R.uniform(0.8, 3.2):.1f}m) for {pick([1, 1, 2, 3, 7, 14])} nights"),
    ("E2", 14, "fuel dock pump <*>: <*> L of <*> to <*>, total <*> EUR [card ****<*>]",
     lambda: f"fuel dock pump {R.randrange(1, 4)}: {R.uniform(5, 800):.1f} L of {pick(['Diesel', 'Diesel', 'Super 95', 'Bio Diesel B7'])} to {pick(BOATS + [berth()])}, total {R.uniform(10, 1600):.2f} EUR [card ****{R.randrange(0, 10000):04d}]"),
    ("E3", 14, "shore power <*> socket <*>: <*> kWh since <*>, <*> A max, breaker <*>",
     lambda: f"shore power {pick(PEDESTALS)} socket {R.randrange(1, 5)}: {R.uniform(0, 240):.2f} kWh since {day(12)} {hhmm()}, {R.uniform(0.5, 16):.1f} A max, breaker {pick(['ON', 'ON', 'ON', 'OFF', 'TRIPPED'])}"),
    ("E4", 12, "gate <*> access <*> for key fob <*> (<*>)",
     lambda: f"gate {pick(['Pier A', 'Pier B', 'Main', 'Fuel Dock'])} access {pick(['GRANTED', 'GRANTED', 'GRANTED', 'DENIED'])} for key fob {hexs(8).upper()} ({pick(['berth ' + berth(), 'staff', 'expired 2026-10-31', 'guest ' + pick(BOATS)])})"),
    ("E5", 5, "departure logged: \"<*>\" from <*> at <*>, destination <*>, persons on board <*>",
     lambda: f"departure logged: \"{pick(BOATS)}\" from {berth()} at {hhmm()}, destination {pick(['Helgoland', 'Den Helder', 'day sail', 'Bornholm via Rügen'])}, persons on board {R.randrange(1, 9)}"),
    ("E6", 4, "tide <*>m at <*>, next <*> <*>m at <*>",
     lambda: f"tide {R.uniform(0.2, 3.8):.2f}m at {hhmm()}, next {pick(['HW', 'LW'])} {R.uniform(0.2, 3.8):.2f}m at {hhmm()}"),
    ("E7", 3, "bilge alarm on berth <*> (\"<*>\"): water level <*>mm, pump cycles <*> in last hour",
     lambda: f"bilge alarm on berth {berth()} (\"{pick(BOATS)}\"): water level {R.randrange(40, 300)}mm, pump cycles {R.randrange(3, 60)} in last hour"),
    ("E8", 3, "wind <*> kn gusting <*> kn from <*>° (<*>) - <*>",
     lambda: (lambda w: f"wind {w} kn gusting {w + R.randrange(4, 20)} kn from {R.randrange(0, 360):03d}° ({pick(['SW', 'W', 'NW', 'WSW'])}) - {pick(['small craft advisory', 'gale warning issued for German Bight', 'crane operations suspended', 'check mooring lines on pier E'])}")(R.randrange(12, 35))),
    ("E9", 2, "invoice <*> issued to <*>: <*> nights x <*> EUR + electricity <*> EUR + fuel <*> EUR = <*> EUR",
     lambda: f"invoice M-{R.randrange(2026000, 2026999)} issued to {pick(['Hr. Jansen', 'Sailing Club Kiel e.V.', 'M. Dubois'])}: {R.randrange(1, 15)} nights x {R.uniform(18, 60):.2f} EUR + electricity {R.uniform(0, 40):.2f} EUR + fuel {R.uniform(0, 900):.2f} EUR = {R.uniform(30, 1500):.2f} EUR"),
    ("E10", 2, "VHF ch <*> call from \"<*>\": <*>",
     lambda: f"VHF ch {pick([9, 9, 16, 72])} call from \"{pick(BOATS)}\": {pick(['requesting berth for 2 nights, 11m', 'ETA 30 minutes', 'engine failure, need tow from harbour entrance', 'fuel dock open?'])}"),
    ("E11", 2, "waiting list: <*> requests for <*>m+ berths, oldest <*> days",
     lambda: f"waiting list: {R.randrange(1, 90)} requests for {pick([10, 12, 15])}m+ berths, oldest {R.randrange(3, 900)} days"),
    ("E12", 3, "fuel tank <*> level <*> L (<*>%), water in fuel: <*>",
     lambda: (lambda cap, lv: f"fuel tank {pick(['T1-Diesel', 'T2-Petrol'])} level {lv} L ({100 * lv // cap}%), water in fuel: {pick(['none', 'none', 'trace', '12 mm'])}")(20000, R.randrange(800, 20000))),
]

# A data labelling platform's task queue: tasks assigned with a quoted project of one to four words
# and a mixed-case annotator, annotations submitted with a bracketed label count list and a time
# spent like `1m32.5s`, consensus with a final label of one to four words, reviews with a closed-set
# verdict and a quoted free-text comment, uploads with a size in the program's own unit, exports in
# `MiB`, expired tasks, payouts, gold questions mixing key=value and key: value, model pre-labelling,
# suspensions with free text, queue depth and missed worker heartbeats with a task list.
PROJECTS = [("prj_8kT2", "Street Scenes v4"), ("prj_Qm7x", "Receipts OCR"), ("prj_a19Z", "Medical Imaging - Chest X-Ray QA"),
            ("prj_Lw3e", "Sentiment (DE)"), ("prj_0pHv", "Lidar 3D boxes")]
ANNOTATORS = [f"ann_{mixed(6)}" for _ in range(10)]
LABELS = ["car", "pedestrian", "cyclist", "traffic_sign", "truck", "total_amount", "vendor_name", "date", "positive", "negative",
          "neutral", "nodule", "effusion"]


def task_id():
    return f"t_{mixed(10)}"


def label_counts():
    n = pick([1, 1, 2, 3, 4])
    return ", ".join(f"{pick(LABELS)}:{pick([1, 1, 2, 3, R.randrange(4, 40)])}" for _ in range(n))


SETS["labelling_queue"] = [
    ("E1", 24, "task assigned task=<*> project=\"<*>\" annotator=<*> queue=<*> priority=<*> attempt=<*>",
     lambda: f"task assigned task={task_id()} project=\"{pick(PROJECTS)[1]}\" annotator={pick(ANNOTATORS)} queue={pick(['default', 'default', 'expert', 'review', 'gold'])} priority={pick([0, 0, 1, 5, 10])} attempt={pick([1, 1, 1, 2, 3])}"),
    ("E2", 22, "annotation submitted task=<*> annotator=<*> labels=[<*>] time_spent=<*> objects=<*>",
     lambda: f"annotation submitted task={task_id()} annotator={pick(ANNOTATORS)} labels=[{label_counts()}] time_spent={dur(900)} objects={R.randrange(0, 120)}"),
    ("E3", 9, "consensus reached task=<*> agreement=<*> method=<*> final_label=<*>",
     lambda: f"consensus reached task={task_id()} agreement={R.uniform(0.5, 1):.3f} method={pick(['majority', 'majority', 'dawid-skene', 'iou>0.7'])} final_label={pick(['car', 'traffic sign / speed limit 50', 'neutral', 'no finding', 'pleural effusion (left)'])}"),
    ("E4", 8, "review task=<*> reviewer=<*> verdict=<*> comment=\"<*>\"",
     lambda: f"review task={task_id()} reviewer={pick(ANNOTATORS)} verdict={pick(['accepted', 'accepted', 'accepted', 'rejected', 'needs_fix'])} comment=\"{pick(['ok', 'boxes too loose on the left', 'missed 2 pedestrians behind bus', 'wrong language: text is Dutch, not German', 'lgtm'])}\""),
    ("E5", 5, "batch <*> uploaded by <*>: <*> items, <*>, media type <*>",
     lambda: f"batch b_{mixed(8)} uploaded by {pick(['client-api', 'm.ito@customer.example', 'sftp:acme'])}: {R.randrange(10, 20000)} items, {human_size(50000, 40 * 1024 ** 3)}, media type {pick(['image/jpeg', 'image/png', 'application/pdf', 'text/plain; charset=utf-8', 'application/x-pcd'])}"),
    ("E6", 5, "export <*> finished: format=<*> items=<*> size=<*>MiB duration=<*>",
     lambda: f"export exp_{mixed(8)} finished: format={pick(['COCO', 'YOLO', 'jsonl', 'Pascal VOC', 'CSV'])} items={R.randrange(10, 50000)} size={R.uniform(0.1, 4000):.1f}MiB duration={dur(1800)}"),
    ("E7", 4, "task expired task=<*> annotator=<*> held_for=<*> requeued=<*>",
     lambda: f"task expired task={task_id()} annotator={pick(ANNOTATORS)} held_for={dur(7200, False)} requeued={pick(['true', 'true', 'false'])}"),
    ("E8", 3, "payout computed for <*>: <*> tasks, <*> USD (rate <*>/task, bonus <*>)",
     lambda: f"payout computed for {pick(ANNOTATORS)}: {R.randrange(1, 900)} tasks, {R.uniform(1, 600):.2f} USD (rate {pick(['0.04', '0.08', '0.35', '1.20'])}/task, bonus {pick(['0.00', '0.00', '5.00', '12.50'])})"),
    ("E9", 3, "gold question failed task=<*> annotator=<*> expected=<*> got=<*> accuracy: <*>%",
     lambda: f"gold question failed task={task_id()} annotator={pick(ANNOTATORS)} expected={pick(LABELS)} got={pick(LABELS)} accuracy: {R.uniform(40, 99):.1f}%"),
    ("E10", 3, "model pre-label job <*> on <*>: <*> items in <*>, mean confidence <*>",
     lambda: f"model pre-label job pl_{mixed(6)} on {pick(['yolov8x-seg@v3', 'layoutlm-receipts:2026-11', 'bert-de-sentiment@rc2'])}: {R.randrange(10, 20000)} items in {dur(5000)}, mean confidence {R.uniform(0.4, 0.99):.3f}"),
    ("E11", 2, "annotator <*> suspended: <*>",
     lambda: f"annotator {pick(ANNOTATORS)} suspended: {pick(['gold accuracy below 70% over last 50', 'multiple accounts from same device', 'manual: by ops'])}"),
    ("E12", 3, "queue depth queue=<*> pending=<*> in_progress=<*> oldest=<*>",
     lambda: f"queue depth queue={pick(['default', 'expert', 'review', 'gold'])} pending={R.randrange(0, 40000)} in_progress={R.randrange(0, 400)} oldest={dur(200000, False)}"),
    ("E13", 1, "WARN worker <*> heartbeat missed (<*>s), tasks <*> released",
     lambda: f"WARN worker w-{hexs(5)} heartbeat missed ({pick([30, 60, 90])}s), tasks {','.join(task_id() for _ in range(pick([1, 2, 3])))} released"),
]

# An airport's passenger boarding bridges, ground power and pre-conditioned air: bridges docked at a
# bracketed stand to an aircraft type, flight and registration in a duration like `2m14.3s`, undocked
# and parked, ground power output with `V`, `Hz` and `kVA` glued, air units with a closed-set mode,
# auto-levelling with signed `mm`, faults `0x…` with free text, operators of one to three words,
# docking guidance with a closed-set result of one or two words, energy per turnaround, canopies, wind
# lockouts and maintenance mode with a quoted note.
STANDS = ["212L", "212R", "214", "B07", "C31", "C33"]
ACFT = [("B738", "KL1234", "PH-BXA"), ("A320", "LH2017", "D-AIZB"), ("A21N", "EW9342", "D-AEWK"), ("B77W", "EK148", "A6-EGO"),
        ("E190", "KL1961", "PH-EZX"), ("A359", "SQ326", "9V-SMQ")]


def pbb():
    return f"{pick('ABC')}{R.randrange(1, 40):02d}"


SETS["jet_bridge"] = [
    ("E1", 16, "PBB <*> [stand <*>] docked to <*> (<*> / <*>) in <*>",
     lambda: (lambda a: f"PBB {pbb()} [stand {pick(STANDS)}] docked to {a[0]} ({a[1]} / {a[2]}) in {dur(300)}")(pick(ACFT))),
    ("E2", 12, "PBB <*> undocked from <*>, parked at <*> after <*>",
     lambda: f"PBB {pbb()} undocked from {pick(ACFT)[2]}, parked at {pick(['home position', 'home position', 'aux park', 'wide-body park'])} after {dur(5400, False)}"),
    ("E3", 18, "GPU <*> output <*>V <*>Hz <*>kVA load <*>% to <*>",
     lambda: f"GPU {pick(STANDS)}-{pick([1, 1, 2])} output {R.uniform(112, 118):.1f}V {R.uniform(399.2, 400.8):.1f}Hz {R.uniform(0, 90):.1f}kVA load {R.randrange(0, 100)}% to {pick(ACFT)[2]}"),
    ("E4", 12, "PCA <*> supply <*>°C, airflow <*> m3/min, mode <*>",
     lambda: f"PCA {pick(STANDS)} supply {R.uniform(-2, 40):.1f}°C, airflow {R.randrange(40, 320)} m3/min, mode {pick(['COOL', 'COOL', 'HEAT', 'VENT', 'OFF'])}"),
    ("E5", 6, "auto-level <*>: cabin floor moved <*>mm during <*>",
     lambda: f"auto-level {pbb()}: cabin floor moved {pick(['+', '-'])}{R.randrange(3, 140)}mm during {pick(['boarding', 'deboarding', 'catering', 'fuelling'])}"),
    ("E6", 5, "FAULT <*> on PBB <*>: <*> (code 0x<*>)",
     lambda: f"FAULT {pick(['F12', 'F07', 'F31', 'F44'])} on PBB {pbb()}: {pick(['wheel bogie motor overtemp', 'cab rotation limit', 'autolevel sensor not in contact', 'E-stop pressed at cab console', 'hydraulic pressure low'])} (code 0x{hexs(4).upper()})"),
    ("E7", 4, "operator <*> logged in at console <*> (badge <*>)",
     lambda: f"operator {pick(['M. Al-Sayed', 'jvdberg', 'Anna Lena Krüger', 'ground-ops'])} logged in at console {pbb()} (badge {R.randrange(100000, 999999)})"),
    ("E8", 5, "VDGS <*>: <*> <*> stop at <*>m, azimuth <*>°, <*>",
     lambda: (lambda a: f"VDGS {pick(STANDS)}: {a[0]} {a[1]} stop at {R.uniform(-0.5, 1.2):.1f}m, azimuth {R.uniform(-1.5, 1.5):+.1f}°, {pick(['OK', 'OK', 'OK', 'TOO FAR', 'STOP SHORT', 'ID FAIL'])}")(pick(ACFT))),
    ("E9", 3, "energy stand <*>: GPU <*> kWh, PCA <*> kWh, APU off <*>",
     lambda: f"energy stand {pick(STANDS)}: GPU {R.uniform(2, 120):.1f} kWh, PCA {R.uniform(2, 200):.1f} kWh, APU off {R.randrange(10, 180)}m"),
    ("E10", 2, "canopy <*> on <*> at <*>°",
     lambda: f"canopy {pick(['lowered', 'raised'])} on {pbb()} at {R.randrange(0, 12)}°"),
    ("E11", 2, "wind <*> m/s exceeds limit <*> m/s, PBB <*> locked out",
     lambda: f"wind {R.uniform(20, 30):.1f} m/s exceeds limit {pick(['20.0', '22.5'])} m/s, PBB {pbb()} locked out"),
    ("E12", 2, "maintenance mode <*> on PBB <*> by <*>: \"<*>\"",
     lambda: f"maintenance mode {pick(['ON', 'OFF'])} on PBB {pbb()} by {pick(['tech.rmueller', 'Contractor (BridgeServ GmbH)', 'jvdberg'])}: \"{pick(['monthly inspection', 'replace tunnel roller C', 'done', 'awaiting part 4471-22'])}\""),
]

SIZES = {"interlibrary_loan": 330, "vineyard_irrigation": 340, "swimming_pool": 320, "marina": 310, "labelling_queue": 350,
         "jet_bridge": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
