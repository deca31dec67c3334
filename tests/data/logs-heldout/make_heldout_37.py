#!/usr/bin/env python3
"""Writes the thirty-seventh batch of labelled held-out logs of this folder (see README.md), written
blind to the grouping rules (neither they nor the miner's output on these lines were looked at). Same
columns and labelling as make_heldout.py: one event per log statement, everything its arguments fill
in is a variable however many words it spans (names, closed-set words, free text, lists), text the
statement prints itself (units glued to a number, `=`, brackets, quotes, `0x`, fixed words) stays
literal. Fixed seed.

    python3 make_heldout_37.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(37373)


def b62(n):
    return "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def dur(secs):
    """A duration as the programs print it: 48.2s, 1m32.5s, 2h03m11s."""
    if secs < 60:
        return f"{secs:.1f}s"
    if secs < 3600:
        return f"{int(secs // 60)}m{secs % 60:.1f}s"
    return f"{int(secs // 3600)}h{int(secs % 3600 // 60):02d}m{int(secs % 60):02d}s"


def size(n):
    """A byte count in the largest binary unit that keeps it above one: 840KiB, 12.3MiB, 1.2GiB."""
    for unit in ["B", "KiB", "MiB", "GiB"]:
        if n < 1024 or unit == "GiB":
            return f"{n}{unit}" if unit == "B" else f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}GiB"


def signed(lo, hi, digits=1):
    v = R.uniform(lo, hi)
    return f"{v:+.{digits}f}"


def day():
    return f"2026-12-{R.randrange(1, 29):02d}"


def hhmm():
    return f"{R.randrange(6, 22):02d}:{pick(['00', '15', '30', '45', str(R.randrange(0, 60)).zfill(2)])}"


SETS = {}

# A tram depot's wash and sanding plant: the wash bay's step telemetry, sand box refills per tram,
# the depot gate with its driver and odometer, wash programmes started and finished, the water
# reclaim tank, alarms on bay components, the sand silo's dryer, the underbody pit camera, frost
# protection draining lines, trams refused at the wash entry and the shift report.
TRAMS = ["2047", "2051", "3011", "3024", "M8C-617", "NGT8D-1401", "Gt6N.2304", "Flexity_412", "tw5008"]
WASH_BAYS = ["WASH1", "WASH1", "WASH-2", "wash2/east"]
WASH_PROGRAMS = ["Standard exterior", "Standard exterior", "Winter de-icing + underbody", "Graffiti pre-treat (acid)",
                 "Quick rinse", "Front & roof only"]
DRIVERS = ["K. Yilmaz", "Petra Neumann", "op-1183", "M. van der Berg", "Schulz, J."]
WASH_STEPS = ["prewet", "foam", "brush-side", "brush-roof", "rinse", "osmosis rinse", "dry"]


def tram_wash_step():
    n = pick([2, 3, 3, 5])
    return (f"[{pick(WASH_BAYS)}] step={pick(WASH_STEPS)} tram={pick(TRAMS)} car={R.randrange(1, n + 1)}/{n} "
            f"speed={R.uniform(1.0, 3.2):.1f}km/h water={R.randrange(40, 260)}l/min temp={R.randrange(8, 45)}C "
            f"brushes={pick(['up', 'down', 'down', 'side only', 'roof+side'])}")


def sand_boxes():
    boxes = R.sample(["A1", "A2", "B1", "B2", "C1", "C2", "D1", "D2"], pick([1, 2, 3, 4]))
    fills = [R.uniform(0.4, 6.0) for _ in boxes]
    return " ".join(f"{b}({f:.1f}kg)" for b, f in zip(sorted(boxes), fills)), sum(fills)


def tram_sand():
    boxes, total = sand_boxes()
    return (f"Sand fill road {R.randrange(1, 16):02d} tram {pick(TRAMS)}: boxes [{boxes}] total={total:.1f}kg in "
            f"{dur(R.uniform(14, 240))} (hopper {R.randrange(3, 99)}% left)")


def tram_alarm():
    code = f"A-{R.randrange(0, 10000):04d}"
    src = pick(["WASH1/brush-roof-2", "WASH-2/pump P3", "sand/road-07/nozzle", "reclaim/UV lamp", "WASH1/dryer fan 1"])
    text = pick([f"motor overcurrent {R.uniform(12, 16):.1f} A > 12.0 A", "limit switch not reached",
                 "UV intensity low", "nozzle blocked", f"no flow for {R.randrange(5, 60)} s", "E-stop pressed at panel west"])
    return f"ALARM {code} [{src}] {text}"


def sand_used():
    kg = R.randrange(300, 2400)
    return f"{kg}kg" if kg < 1000 else f"{kg / 1000:.2f}t"


SETS["tram_depot_wash"] = [
    ("E1", 40, "[<*>] step=<*> tram=<*> car=<*>/<*> speed=<*>km/h water=<*>l/min temp=<*>C brushes=<*>", tram_wash_step),
    ("E2", 30, "Sand fill road <*> tram <*>: boxes [<*>] total=<*>kg in <*> (hopper <*>% left)", tram_sand),
    ("E3", 20, "Gate <*> tram=<*> line=<*> driver: <*> odometer: <*> km",
     lambda: f"Gate {pick(['IN', 'IN', 'OUT'])} tram={pick(TRAMS)} line={pick(['4', '7', '11', 'E', 'N8', 'depot shunt'])} driver: {pick(DRIVERS)} odometer: {R.randrange(120000, 1900000)} km"),
    ("E4", 12, "Wash program \"<*>\" started for tram <*> on <*> (operator <*>)",
     lambda: f"Wash program \"{pick(WASH_PROGRAMS)}\" started for tram {pick(TRAMS)} on {pick(WASH_BAYS)} (operator {pick(DRIVERS + ['auto'])})"),
    ("E5", 10, "Wash done tram <*> program \"<*>\" duration <*> water used <*> l recycled <*>%",
     lambda: f"Wash done tram {pick(TRAMS)} program \"{pick(WASH_PROGRAMS)}\" duration {dur(R.uniform(180, 1500))} water used {R.randrange(300, 4200)} l recycled {R.randrange(40, 96)}%"),
    ("E6", 6, "Reclaim tank <*> level: <*>% conductivity: <*> uS/cm pH: <*>",
     lambda: f"Reclaim tank {pick(['T1', 'T2', 'osmosis'])} level: {R.randrange(5, 99)}% conductivity: {R.randrange(80, 2400)} uS/cm pH: {R.uniform(6.2, 8.9):.2f}"),
    ("E7", 5, "ALARM <*> [<*>] <*>", tram_alarm),
    ("E8", 4, "Sand silo <*> moisture <*>% (limit <*>%) - dryer <*>",
     lambda: f"Sand silo {pick(['S1', 'S2'])} moisture {R.uniform(0.1, 1.2):.2f}% (limit {pick(['0.50', '0.50', '0.80'])}%) - dryer {pick(['on', 'off', 'already running', 'fault'])}"),
    ("E9", 3, "Underbody pit camera <*> flagged <*> on bogie <*> of tram <*>",
     lambda: f"Underbody pit camera {pick(['cam2', 'CAM-PIT-04'])} flagged {pick(['flat spot', 'missing cover bolt', 'oil film', 'cracked sand hose'])} on bogie {pick(['A', 'B', 'C', 'Jakobs 2'])} of tram {pick(TRAMS)}"),
    ("E10", 3, "Frost protection: ambient <*>C, draining lines <*>",
     lambda: f"Frost protection: ambient {signed(-14, 2)}C, draining lines {','.join(sorted(R.sample(['L1', 'L2', 'L3', 'L4', 'L5'], pick([1, 2, 4]))))}"),
    ("E11", 2, "Tram <*> rejected at wash entry: <*>",
     lambda: f"Tram {pick(TRAMS)} rejected at wash entry: {pick(['pantograph not lowered', f'speed {R.uniform(3.5, 9):.1f} km/h above 3.0 km/h', 'door 4 open', 'bay occupied'])}"),
    ("E12", 2, "Shift report <*>/<*>: <*> trams washed, <*> sanded, sand used <*>, water <*> m3",
     lambda: f"Shift report {pick(['early', 'late', 'night'])}/{day()}: {R.randrange(4, 40)} trams washed, {R.randrange(10, 90)} sanded, sand used {sand_used()}, water {R.uniform(8, 60):.1f} m3"),
]

# A cathedral's bell-ringing and tower access: strike telemetry per bell, peals started and finished
# with their method and occasion, badge doors to the tower, the tower climb counter, the tower
# clock against the radio time signal, motor warnings, wind inhibits, louvres, silence periods, a
# stair lift, manual override key switches and the lightning detector.
BELLS = ["Gloriosa", "Pretiosa", "Tenor", "St. Peter", "No. 4 Treble", "Maria (Marienglocke)", "Bell 7"]
PEALS = ["Sunday Mass 10:00", "Wedding (Meier/Schulz)", "Funeral toll", "Angelus", "Christmas Eve - full peal",
         "Vespers"]
METHODS = ["Plain Bob Doubles", "Grandsire Triples", "Stedman Caters", "rounds", "Cambridge Surprise Major"]
DOORS = ["TOWER-N", "belfry_hatch", "Nave stair 2", "ROOF-S"]
HOLDERS = ["Sacristan", "J. Hofmann (ringer)", "Roofer - Fa. Bauer", "Verger 2", "Tower guide 'Anke'", "Dr. L. Okonkwo"]


def bell_strike():
    return (f"bell={pick(BELLS)} strike={R.randrange(1, 2400)} clapper_ms={R.randrange(300, 2200)} "
            f"swing={R.uniform(30, 190):.1f}deg hz={R.uniform(180, 900):.2f} mode={pick(['swinging', 'swinging', 'chiming', 'tolling (hammer)'])}")


def peal_faults():
    n = pick([0, 0, 0, 1, 3])
    if n == 0:
        return "none"
    rows = sorted(R.sample(range(10, 900), n))
    return f"{n} (clashes at rows {', '.join(str(r) for r in rows)})"


SETS["cathedral_bells"] = [
    ("E1", 35, "bell=<*> strike=<*> clapper_ms=<*> swing=<*>deg hz=<*> mode=<*>", bell_strike),
    ("E2", 20, "Peal \"<*>\" started: bells [<*>] method <*> for <*>",
     lambda: f"Peal \"{pick(PEALS)}\" started: bells [{', '.join(R.sample(BELLS, pick([1, 3, 5, 7])))}] method {pick(METHODS)} for {pick(['5m', '15m', '30m', dur(R.uniform(600, 10800))])}"),
    ("E3", 12, "Peal \"<*>\" finished after <*> changes in <*>, faults: <*>",
     lambda: f"Peal \"{pick(PEALS)}\" finished after {R.randrange(60, 5100)} changes in {dur(R.uniform(300, 11000))}, faults: {peal_faults()}"),
    ("E4", 25, "Door <*> badge 0x<*> (<*>) -> <*>",
     lambda: f"Door {pick(DOORS)} badge 0x{hexs(pick([6, 8])).upper()} ({pick(HOLDERS)}) -> {pick(['GRANTED', 'GRANTED', 'GRANTED', 'DENIED: outside schedule', 'DENIED: unknown badge', 'GRANTED (escort required)'])}"),
    ("E5", 10, "Tower climb counter: <*> up, <*> down, <*> on stairs (limit <*>)",
     lambda: (lambda u, d: f"Tower climb counter: {u} up, {d} down, {u - d} on stairs (limit {pick([25, 40])})")(*(lambda u: (u, R.randrange(max(0, u - 30), u + 1)))(R.randrange(1, 400)))),
    ("E6", 8, "Tower clock drift <*>s vs DCF77, corrected (hands <*>)",
     lambda: f"Tower clock drift {signed(-3, 3, 2)}s vs DCF77, corrected (hands {pick(['all four dials', 'north+east dials', 'west dial only'])})"),
    ("E7", 6, "WARN motor <*> on bell <*>: bearing <*>C, current <*>A",
     lambda: f"WARN motor {pick(['M1', 'M2', 'M3', 'm-tenor'])} on bell {pick(BELLS)}: bearing {R.randrange(55, 95)}C, current {R.uniform(4, 18):.1f}A"),
    ("E8", 5, "Wind gust <*> m/s at belfry - swinging <*> for <*>",
     lambda: f"Wind gust {R.uniform(14, 32):.1f} m/s at belfry - swinging {pick(['inhibited', 'limited to 60deg'])} for {', '.join(R.sample(BELLS, pick([1, 2, 3])))}"),
    ("E9", 4, "Louvres <*> to <*>% by <*>",
     lambda: f"Louvres {pick(['north', 'south', 'all'])} to {pick([0, 40, 100])}% by {pick(['schedule', 'rain sensor', 'Sacristan'])}"),
    ("E10", 3, "Silence period <*> active until <*> <*> (<*>)",
     lambda: f"Silence period {pick(['SP-03', 'sp_goodfri', '12'])} active until {day()} {hhmm()} ({pick(['Good Friday', 'Organ recital', 'Requiem for Bishop em. Franz', 'filming'])})"),
    ("E11", 3, "Stair lift fault code E<*>: <*>",
     lambda: f"Stair lift fault code E{R.randrange(1, 99):02d}: {pick(['overspeed governor', 'seat not folded', 'battery low (22.4 V)', 'obstacle on rail at landing 3'])}"),
    ("E12", 2, "Manual override by <*> key switch <*>: <*>",
     lambda: f"Manual override by {pick(HOLDERS)} key switch {pick(['KS1', 'KS2'])}: {pick(['all bells stop', 'toll tenor only', 'automatic restored'])}"),
    ("E13", 2, "Lightning detector: strike <*> km <*>, ringing inhibited for <*>",
     lambda: f"Lightning detector: strike {R.uniform(1, 15):.1f} km {pick(['N', 'NE', 'SW', 'W'])}, ringing inhibited for {pick(['20m', '30m', dur(R.uniform(600, 2400))])}"),
]

# A vaccine cold chain's shipments: data logger readings in transit, shipments created with their
# product, lot and temperature profile, excursions outside the profile, custody handovers, dry ice
# top-ups, deliveries with a mean kinetic temperature, logger uploads, customs holds, logger
# batteries, QA release decisions, geofences, the lot's stability budget and mapping reports.
PRODUCTS = ["Comirnaty Omicron XBB.1.5", "Spikevax 0.1 mg/ml", "MMR II", "Vaxelis", "Qdenga", "influenza QIV 2026/27",
            "Shingrix (2-vial)"]
PACKS = ["195-vial tray", "10-dose carton", "pallet", "shipper box"]
SITES = ["Puurs DC", "Lyon Hub", "FRA cargo 556", "Hub Basel-Muttenz", "Clinic St. Anna (Wien)", "WH-NL-03", "MSF Kinshasa depot"]
PROFILES = [("ULT -90..-60C", -90, -60), ("2-8C", 2, 8), ("2-8C", 2, 8), ("frozen -25..-15C", -25, -15)]
LOGGERS = [f"{pick(['TT4', 'LogTag', 'SnsR'])}-{b62(6)}" for _ in range(6)]


def shipment():
    return pick([f"SHP-{R.randrange(0, 10 ** 7):07d}", f"shp_{b62(10)}", f"{R.randrange(10 ** 5, 10 ** 6)}/{pick(['A', 'B'])}"])


def vlot():
    return f"{pick(['FX', 'GK', 'LT', '0'])}{R.randrange(1000, 99999)}"


def tmr():
    return f"TMR-{R.randrange(1, 400):03d}"


def cc_reading():
    name, lo, hi = pick(PROFILES)
    t = R.uniform(lo - 2, hi + 2) if R.random() < 0.2 else R.uniform(lo, hi)
    return (f"logger {pick(LOGGERS)} shipment {shipment()} temp={t:.1f}C rh={R.randrange(10, 95)}% batt={R.randrange(5, 100)}% "
            f"lat={R.uniform(-5, 55):.5f} lon={R.uniform(-10, 30):.5f} state={pick(['in transit', 'in transit', 'customs hold', 'on tarmac', 'cold room'])}")


def cc_created():
    name, lo, hi = pick(PROFILES)
    a, b = R.sample(SITES, 2)
    return (f"Shipment {shipment()} created: {R.randrange(1, 40)} x {pick(PACKS)} ({pick(PRODUCTS)}) lot {vlot()} "
            f"from {a} to {b}, profile {name}")


def cc_excursion():
    name, lo, hi = pick(PROFILES)
    t = pick([R.uniform(lo - 6, lo - 0.1), R.uniform(hi + 0.1, hi + 9)])
    return (f"EXCURSION shipment {shipment()}: {t:.1f}C for {dur(R.uniform(120, 9000))} outside [{lo}, {hi}]C "
            f"(cumulative {dur(R.uniform(300, 40000))})")


SETS["vaccine_cold_chain"] = [
    ("E1", 45, "logger <*> shipment <*> temp=<*>C rh=<*>% batt=<*>% lat=<*> lon=<*> state=<*>", cc_reading),
    ("E2", 15, "Shipment <*> created: <*> x <*> (<*>) lot <*> from <*> to <*>, profile <*>", cc_created),
    ("E3", 12, "EXCURSION shipment <*>: <*>C for <*> outside [<*>, <*>]C (cumulative <*>)", cc_excursion),
    ("E4", 10, "Handover <*> -> <*> at <*> scanned by \"<*>\" (<*> boxes, seals <*>)",
     lambda: (lambda a, b: f"Handover {a} -> {b} at {pick(SITES)} scanned by \"{pick(['A. Diallo', 'ground handler 7', 'Müller, Kerstin', 'courier #4411'])}\" ({R.randrange(1, 60)} boxes, seals {pick(['intact', 'intact', 'intact', '1 broken (#SL-' + str(R.randrange(10000, 99999)) + ')'])})")(*R.sample(['DHL Medical Express', 'airline', 'World Courier', 'customs', 'consignee'], 2))),
    ("E5", 8, "Dry ice top-up <*>: +<*>kg (now <*>kg, est. hold time <*>d<*>h)",
     lambda: f"Dry ice top-up {shipment()}: +{R.uniform(5, 40):.1f}kg (now {R.uniform(20, 90):.1f}kg, est. hold time {R.randrange(1, 9)}d{R.randrange(0, 24):02d}h)"),
    ("E6", 6, "Delivered shipment <*> to <*> - receiver: <*>, MKT <*>C, verdict: <*>",
     lambda: f"Delivered shipment {shipment()} to {pick(SITES)} - receiver: {pick(['pharmacist on duty', 'N. Haddad', 'store 12'])}, MKT {R.uniform(2.5, 9.5):.2f}C, verdict: {pick(['release', 'release', 'quarantine pending QA', 'reject'])}"),
    ("E7", 5, "Uploaded <*> readings (<*>) from logger <*> via <*> in <*>ms",
     lambda: f"Uploaded {R.randrange(100, 80000)} readings ({size(R.randrange(20000, 60000000))}) from logger {pick(LOGGERS)} via {pick(['USB dock', 'LTE-M', 'NFC app'])} in {R.randrange(80, 30000)}ms"),
    ("E8", 4, "Customs status for AWB <*>-<*>: <*>",
     lambda: f"Customs status for AWB {pick(['176', '020', '057'])}-{R.randrange(10 ** 7, 10 ** 8)}: {pick(['cleared', 'held - documents missing (CoA)', 'inspection scheduled', 'released after 4h hold'])}"),
    ("E9", 3, "Logger <*> battery <*>% below <*>%, replace before <*>",
     lambda: f"Logger {pick(LOGGERS)} battery {R.randrange(2, 20)}% below {pick([20, 25])}%, replace before {day()}"),
    ("E10", 3, "QA release <*> by <*>: <*> (deviation <*>)",
     lambda: f"QA release {shipment()} by {pick(['QP Dr. E. Varga', 'qa-bot', 'M. Rossi'])}: {pick(['approved', 'rejected', 'approved with comment'])} (deviation {pick(['none', 'none', 'DEV-2026-' + str(R.randrange(1, 999)).zfill(4)])})"),
    ("E11", 2, "Geofence '<*>' <*> by shipment <*>",
     lambda: f"Geofence '{pick(['FRA apron', 'Basel customs yard', 'Kinshasa N' + chr(39) + 'djili'])}' {pick(['entered', 'exited'])} by shipment {shipment()}"),
    ("E12", 2, "Stability budget for lot <*>: <*>h of <*>h used (<*>%)",
     lambda: (lambda used, total: f"Stability budget for lot {vlot()}: {used}h of {total}h used ({100 * used // total}%)")(R.randrange(1, 70), pick([72, 120, 168]))),
    ("E13", 1, "Temperature mapping report <*> generated: <*> pages, <*>",
     lambda: f"Temperature mapping report {tmr()} generated: {R.randrange(4, 120)} pages, {size(R.randrange(200000, 90000000))}"),
]

# A livestock auction market: lots sold by the head at an average weight and a price per kilo to a
# quoted buyer, bids from the ring, online or by phone, lots passed under the reserve, the weighbridge
# under the ring, sales opened, ear tag reads against passports, movement checks, the online stream,
# buyer settlements, pen troughs, vet inspections and bidder registration.
BREEDS = ["Angus x steers", "Holstein Friesian heifers", "Suffolk x lambs", "Fleckvieh bull calves", "Charolais cows with calves",
          "store lambs", "Texel ewes (full mouth)"]
BUYERS = ["O'Brien & Sons", "Hofgut Lindenau GbR", "Meadow Farms Ltd", "J. Pryce", "ABP (dead-weight)", "Fam. Huber-Steiner"]
BIDDERS = ["#227", "#014", "#309", "WEB-Kx81p", "web-7Qz2", "PHONE-3", "#112"]


def lot():
    return f"{R.randrange(1, 900):04d}{pick(['', '', '', 'A', 'B'])}"


def eid():
    return f"982 {R.randrange(10 ** 11, 10 ** 12)}"


def pen():
    return f"{pick(['A', 'B', 'C'])}{R.randrange(1, 40):02d}"


def passport():
    return f"{pick(['DE 09', 'UK 1', 'IE 3'])} {R.randrange(100, 999)} {R.randrange(10000, 99999)}"


def herd():
    return f"{pick(['DE', 'UK', 'IE'])}{R.randrange(10 ** 6, 10 ** 8)}"


def settlement():
    return f"ST{R.randrange(0, 10 ** 6):06d}"


def lot_sold():
    return (f"Lot {lot()} SOLD {R.randrange(1, 40)} hd {pick(BREEDS)} avg {R.uniform(28, 720):.1f}kg @ {R.uniform(1.8, 7.9):.2f} EUR/kg "
            f"to bidder {pick(BIDDERS)} (\"{pick(BUYERS)}\")")


def scale():
    head = R.randrange(1, 30)
    net = head * R.randrange(30, 700)
    tare = pick([0, 0, 12, 24])
    return f"Scale {pick(['W1', 'W2', 'ring'])}: lot {lot()} gross {net + tare} kg tare {tare} kg net {net} kg head {head}"


SETS["livestock_auction"] = [
    ("E1", 40, "Lot <*> SOLD <*> hd <*> avg <*>kg @ <*> EUR/kg to bidder <*> (\"<*>\")", lot_sold),
    ("E2", 35, "bid lot=<*> bidder=<*> amount=<*> via=<*>",
     lambda: f"bid lot={lot()} bidder={pick(BIDDERS)} amount={R.uniform(1.8, 7.9):.2f} via={pick(['ring', 'ring', 'online', 'phone (clerk 2)'])}"),
    ("E3", 10, "Lot <*> NOT SOLD: reserve <*> EUR/kg not met (top bid <*>)",
     lambda: f"Lot {lot()} NOT SOLD: reserve {R.uniform(2, 8):.2f} EUR/kg not met (top bid {pick([f'{R.uniform(1.5, 7):.2f}', 'none'])})"),
    ("E4", 20, "Scale <*>: lot <*> gross <*> kg tare <*> kg net <*> kg head <*>", scale),
    ("E5", 8, "Ring <*> opened sale \"<*>\" with <*> lots, auctioneer: <*>",
     lambda: f"Ring {pick(['1', '2', 'Sheep'])} opened sale \"{pick(['Weekly store cattle', 'Christmas Prime Show & Sale', 'Breeding ewes - autumn', 'Calves'])}\" with {R.randrange(20, 600)} lots, auctioneer: {pick(['R. Davies', 'Hans Gruber', 'Aoife Ní Bhriain'])}"),
    ("E6", 6, "EID <*> read at pen <*> -> passport <*> (<*>, <*>, born <*>)",
     lambda: f"EID {eid()} read at pen {pen()} -> passport {passport()} ({pick(['F', 'M', 'M castrated'])}, {pick(['Fleckvieh', 'Angus x', 'Limousin'])}, born {day().replace('2026', pick(['2024', '2025']))})"),
    ("E7", 5, "Movement check FAILED for <*>: <*>",
     lambda: f"Movement check FAILED for {pick(['lot ' + lot(), 'EID ' + eid()])}: {pick(['TB test older than 60 days', 'standstill until ' + day(), 'passport not found', 'holding under restriction (BVD)'])}"),
    ("E8", 4, "Online viewers: <*>, registered bidders online: <*>, stream bitrate <*>kbps",
     lambda: f"Online viewers: {R.randrange(10, 900)}, registered bidders online: {R.randrange(1, 120)}, stream bitrate {pick([800, 1500, 2500, R.randrange(300, 2500)])}kbps"),
    ("E9", 4, "Settlement <*> for buyer <*>: <*> lots, total <*> EUR incl. <*>% commission, due <*>",
     lambda: f"Settlement {settlement()} for buyer {pick(BIDDERS)}: {R.randrange(1, 30)} lots, total {R.uniform(400, 90000):,.2f} EUR incl. {pick(['2.5', '3', '4'])}% commission, due {day()}"),
    ("E10", 3, "Pen <*> water trough level <*> - <*>",
     lambda: f"Pen {pen()} water trough level {pick(['low', 'empty', 'ok'])} - {pick(['valve opened', 'alert to yard staff', 'no action'])}"),
    ("E11", 2, "Vet inspection <*> by <*>: <*>",
     lambda: f"Vet inspection {pick(['pre-sale', 'lot ' + lot()])} by {pick(['MVDr. Novak', 'DVO office', 'T. Murphy MVB'])}: {pick(['fit to travel', 'lame - withdrawn from sale', 'pass'])}"),
    ("E12", 2, "Bidder <*> registered: \"<*>\", herd no. <*>, credit limit <*> EUR",
     lambda: f"Bidder {pick(BIDDERS)} registered: \"{pick(BUYERS)}\", herd no. {herd()}, credit limit {pick(['5,000', '25,000', '100,000'])} EUR"),
]

# A bobsleigh track's timing and ice: photocell splits per run, the ice and brine temperature per
# curve, starts with the push crew, finishes against the leader, crashes and DNFs, the track status
# light, the ammonia refrigeration plant, photocell double impulses, sled weigh-ins, runner
# temperature checks, ice crew maintenance and the weather station.
SLEDS = ["GER-1 (Friedrich)", "SUI 2", "USA-3", "LAT 1 (Ķibermanis)", "CAN-2", "GBR 1", "AUT-4", "KOR1"]
CURVES = ["C11 Kreisel", "Omega", "Curve 4", "C9", "Labyrinth (C13-15)", "C1"]
CREWS = ["Friedrich", "Margis", "Bauer", "Schüller", "Gueye", "Lochner", "Weston", "Ott"]


def run_id():
    return pick([f"{pick(['2M', '4M', 'MB', 'WB'])}-H{R.randrange(1, 5)}", f"run{R.randrange(1, 99):02d}", f"T{R.randrange(1, 9)}/{R.randrange(1, 4)}"])


def ice_sensor():
    return f"{pick(['IS', 'ice'])}{R.randrange(1, 60):02d}"


def bob_split():
    return (f"run={run_id()} sled={pick(SLEDS)} split={pick(['S', 'I1', 'I2', 'I3', 'I4', 'F'])} t={R.uniform(4.7, 54):.3f} "
            f"v={R.uniform(38, 142):.1f}km/h rank={R.randrange(1, 30)}")


SETS["bobsleigh_track"] = [
    ("E1", 35, "run=<*> sled=<*> split=<*> t=<*> v=<*>km/h rank=<*>", bob_split),
    ("E2", 20, "Ice sensor <*> curve <*>: surface <*>C brine <*>C set <*>C",
     lambda: f"Ice sensor {ice_sensor()} curve {pick(CURVES)}: surface {signed(-9, -2)}C brine {signed(-16, -8)}C set {pick(['-5.0', '-6.5', '-7.0'])}C"),
    ("E3", 12, "START heat <*> <*> pushers [<*>] start time <*>s",
     lambda: f"START heat {run_id()} {pick(SLEDS)} pushers [{', '.join(R.sample(CREWS, pick([1, 3])))}] start time {R.uniform(4.7, 5.6):.2f}s"),
    ("E4", 12, "FINISH <*> total <*> (<*>) pos <*>/<*>",
     lambda: (lambda n: f"FINISH {pick(SLEDS)} total {R.uniform(48, 58):.2f} ({pick([signed(0, 2, 2), signed(0, 2, 2), '-0.05', 'TR'])}) pos {R.randrange(1, n + 1)}/{n}")(pick([18, 24, 30]))),
    ("E5", 5, "DNF sled <*> at curve <*>: <*>",
     lambda: f"DNF sled {pick(SLEDS)} at curve {pick(CURVES)}: {pick(['crash, crew out unaided', 'crash - medical team dispatched', 'brakeman did not board', 'sled on its side, slid to finish'])}"),
    ("E6", 6, "Track status <*> -> <*> by <*> (reason: <*>)",
     lambda: (lambda a, b: f"Track status {a} -> {b} by {pick(['race control', 'Track manager', 'jury'])} (reason: {pick(['sled on track', 'ice repair curve 9', 'clear', 'snowfall'])})")(*R.sample(['GREEN', 'YELLOW', 'RED'], 2))),
    ("E7", 6, "Ammonia plant: compressor <*> load <*>% suction <*>bar discharge <*>bar",
     lambda: f"Ammonia plant: compressor {pick(['K1', 'K2', 'K3'])} load {R.randrange(0, 101)}% suction {R.uniform(0.8, 2.4):.2f}bar discharge {R.uniform(9, 14):.1f}bar"),
    ("E8", 5, "Photocell <*> <*> impulse ignored (<*>ms after previous)",
     lambda: f"Photocell {pick(['PC-I2', 'PC-F', 'start'])} {pick(['second', 'stray'])} impulse ignored ({R.randrange(2, 400)}ms after previous)"),
    ("E9", 4, "Weigh-in <*>: sled <*> kg crew <*> kg total <*> kg (max <*> kg) -> <*>",
     lambda: (lambda s, c, m: f"Weigh-in {pick(SLEDS)}: sled {s} kg crew {c} kg total {s + c} kg (max {m} kg) -> {'OK' if s + c <= m else 'OVERWEIGHT +' + str(s + c - m) + ' kg'}")(R.randrange(170, 240), R.randrange(150, 420), pick([390, 630]))),
    ("E10", 3, "Runner temperature <*>: <*>C vs reference <*>C (<*>)",
     lambda: f"Runner temperature {pick(SLEDS)}: {signed(-6, 2)}C vs reference {signed(-5, 0)}C ({pick(['ok', 'ok', 'exceeds by 2.1C - DSQ'])})"),
    ("E11", 3, "Ice crew <*> finished <*> in <*>",
     lambda: f"Ice crew {pick(['A', 'B', 'night'])} finished {pick(['shaving curves 9-12', 'spraying', 'profile check Omega', 'start ramp grooves'])} in {dur(R.uniform(600, 9000))}"),
    ("E12", 2, "Weather: air <*>C, rh <*>%, sun load <*> W/m2, shade covers <*>",
     lambda: f"Weather: air {signed(-12, 6)}C, rh {R.randrange(30, 100)}%, sun load {R.randrange(0, 700)} W/m2, shade covers {pick(['closed', 'open', 'half'])}"),
]

# A ski school's lesson bookings: bookings created with their product, check-ins at the meeting
# point, groups formed on a slope, payments, weather cancellations, instructors clocking in and out,
# lift passes linked to pupils, incidents on the slope, level tests, rental vouchers, SMS to parents,
# waitlists and the sync with the ticketing system.
PRODUCTS_SKI = ["Kids Club (4-6 yrs) 5 days", "Adult group beginner", "Private 2h", "Snowboard 3x half day",
                "Race training U14", "Private 1h - off-piste"]
POINTS = ["Bambini Land", "Valley station Gondola", "Hotel Alpenrose lobby", "Top of chair 6"]
LEVELS = ["A1", "A2", "B1", "B2", "C", "Blue Prince", "Red King"]
INSTRUCTORS = ["Toni B.", "Lena Schwarz", "instr_0412", "Marco (SB)", "S. Kästner", "Jean-Luc P."]
SLOPES = ["Blue 3 Mitterhang", "Kinderland conveyor", "Red 12 'Hexenabfahrt'", "Übungswiese"]


def booking():
    return pick([f"BK{R.randrange(0, 10 ** 6):06d}", f"web-{b62(8)}", f"{R.randrange(10 ** 8, 10 ** 9)}"])


def pupil():
    return pick([f"P{R.randrange(0, 99999):05d}", "Mia S. (5)", "Noah K.", "Leonie-Sophie W.", "Oliver T. (12)", "Ahmed R."])


def group():
    return f"{pick(['G', 'K', 'SB'])}{R.randrange(1, 40):02d}"


def payment_id():
    return f"{pick(['pi_', 'PAY-'])}{b62(12)}"


def pass_no():
    return f"{R.randrange(10, 99)}-{R.randrange(10 ** 7, 10 ** 8)}-{R.randrange(0, 9)}"


def incident():
    return f"INC-{R.randrange(1, 999):03d}"


def level_test():
    return f"{pick(['LT', 'lt-'])}{R.randrange(1, 999)}"


def voucher():
    return f"RV{R.randrange(0, 10 ** 5):05d}"


def phone():
    return f"+41 7{R.randrange(5, 9)} {R.randrange(100, 999)} {R.randrange(10, 99)} {R.randrange(10, 99)}"


SETS["ski_school"] = [
    ("E1", 30, "Booking <*> created - product: <*>, pupils: <*>, date: <*> <*>, meeting point: <*>, lang: <*>",
     lambda: f"Booking {booking()} created - product: {pick(PRODUCTS_SKI)}, pupils: {pick([1, 1, 2, 3, 4])}, date: {day()} {hhmm()}, meeting point: {pick(POINTS)}, lang: {pick(['de', 'en', 'nl', 'pl', 'de/en'])}"),
    ("E2", 25, "check-in pupil=<*> group=<*> instructor=<*> bib=<*> status=<*>",
     lambda: f"check-in pupil={pupil()} group={group()} instructor={pick(INSTRUCTORS)} bib={R.randrange(1, 300):03d} status={pick(['present', 'present', 'present', 'late (' + str(R.randrange(3, 40)) + ' min)', 'no-show'])}"),
    ("E3", 15, "Group <*> formed: <*> pupils, level <*>, instructor <*>, slope \"<*>\"",
     lambda: f"Group {group()} formed: {R.randrange(2, 12)} pupils, level {pick(LEVELS)}, instructor {pick(INSTRUCTORS)}, slope \"{pick(SLOPES)}\""),
    ("E4", 10, "Payment <*> for booking <*>: <*> CHF via <*> - <*>",
     lambda: f"Payment {payment_id()} for booking {booking()}: {R.uniform(60, 1400):.2f} CHF via {pick(['TWINT', 'card', 'Visa (online)', 'cash at desk'])} - {pick(['captured', 'captured', 'declined', 'refunded'])}"),
    ("E5", 8, "Lessons <*> <*> cancelled: <*> (<*> bookings, refund <*>)",
     lambda: f"Lessons {pick(['AM', 'PM', 'all day'])} {day()} cancelled: {pick(['storm warning, lifts closed', 'avalanche level 4', 'fog', 'no snow on Übungswiese'])} ({R.randrange(3, 200)} bookings, refund {pick(['voucher', 'full', '50%'])})"),
    ("E6", 8, "Instructor <*> clocked <*> at <*> (<*>h this week)",
     lambda: f"Instructor {pick(INSTRUCTORS)} clocked {pick(['in', 'out'])} at {hhmm()} ({R.uniform(0, 48):.1f}h this week)"),
    ("E7", 6, "Lift pass <*> linked to pupil <*>: valid <*>, type <*>",
     lambda: f"Lift pass {pass_no()} linked to pupil {pupil()}: valid {pick(['1 day', '6 days', 'season'])}, type {pick(['child', 'youth', 'adult', 'ski school (free <6)'])}"),
    ("E8", 5, "Incident <*> reported by <*>: <*> on <*>, pupil <*>",
     lambda: f"Incident {incident()} reported by {pick(INSTRUCTORS)}: {pick(['fall, knee pain', 'lost child found at hut', 'collision with adult skier', 'frostbite suspicion on cheek'])} on {pick(SLOPES)}, pupil {pupil()}"),
    ("E9", 4, "Level test <*> pupil <*>: <*> -> <*> (score <*>/<*>)",
     lambda: (lambda a: f"Level test {level_test()} pupil {pupil()}: {a} -> {pick(LEVELS)} (score {R.randrange(4, 20)}/20)")(pick(LEVELS))),
    ("E10", 3, "Rental voucher <*> issued: <*>",
     lambda: f"Rental voucher {voucher()} issued: {', '.join(R.sample(['skis ' + str(R.randrange(70, 170)) + 'cm', 'boots ' + str(pick([19.5, 22, 24.5, 27])), 'helmet ' + pick(['XS', 'S', 'M']), 'poles', 'board 128cm'], pick([1, 2, 4])))}"),
    ("E11", 3, "SMS to <*> queued: \"<*>\"",
     lambda: f"SMS to {phone()} queued: \"{pick(['Pick-up 15:30 at Bambini Land', 'Lesson tomorrow moved to 10:00 (fog)', 'Mia forgot her gloves at the meeting point, please collect them at the desk'])}\""),
    ("E12", 2, "Waitlist for <*> <*>: <*> pupils, <*> instructors free",
     lambda: f"Waitlist for {pick(PRODUCTS_SKI)} {day()}: {R.randrange(1, 30)} pupils, {pick([0, 0, 1, 2])} instructors free"),
    ("E13", 2, "Sync with ticketing API took <*> (<*> records, <*>)",
     lambda: f"Sync with ticketing API took {dur(R.uniform(0.4, 140))} ({R.randrange(1, 9000)} records, {size(R.randrange(3000, 40000000))})"),
]

SIZES = {"tram_depot_wash": 330, "cathedral_bells": 320, "vaccine_cold_chain": 340, "livestock_auction": 350,
         "bobsleigh_track": 310, "ski_school": 330}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
