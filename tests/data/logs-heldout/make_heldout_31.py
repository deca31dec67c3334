#!/usr/bin/env python3
"""Writes the thirty-first batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at) on top of
commit a5295a0. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement
prints itself (units glued to a number, `=`, brackets, quotes, `0x`, masks) stays literal. Fixed seed.

    python3 make_heldout_31.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(31313)

SETS = {}


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def hm():
    return f"{R.randrange(6, 23):02d}:{pick(['00', '15', '30', '45', str(R.randrange(0, 60)).zfill(2)])}"


def day(month=12):
    return f"2026-{month:02d}-{R.randrange(1, 29):02d}"


def mixed(n):
    return "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n))


def dur(max_s=600, min_s=0.4):
    """A duration as the programs' formatters print it: 42.1s, 1m32.5s, 2h07m."""
    s = R.uniform(min_s, max_s)
    if s < 60:
        return f"{s:.1f}s"
    if s < 3600:
        return f"{int(s // 60)}m{s % 60:04.1f}s"
    return f"{int(s // 3600)}h{int(s % 3600 // 60):02d}m"


def size():
    b = R.uniform(0.2, 4000)
    if b < 1:
        return f"{b * 1024:.0f}KiB"
    if b < 1024:
        return f"{b:.1f}MiB"
    return f"{b / 1024:.2f}GiB"


def person(n_max=3):
    first = ["Lena", "Tomás", "Aiko", "Priya", "Jonas", "Mara", "Olu", "Sven", "Chloé", "Dariusz", "Ines", "Kwame"]
    last = ["Hoffmann", "O'Neill", "Nakamura", "van der Berg", "Okafor", "Lindqvist", "Moreau", "Kowalczyk", "Sánchez",
            "Brandt", "Achterberg"]
    n = R.randrange(1, n_max + 1)
    if n == 1:
        return pick(first)
    if n == 2:
        return f"{pick(first)} {pick(last)}"
    return f"{pick(first)} {pick(['J.', 'M.', 'de', 'A.'])} {pick(last)}"


# A climbing gym's auto-belays and door access: card reads at doors and turnstiles with the member's
# plan, auto-belay descent cycles with speeds glued to m/s, inspections, lock-outs with free text,
# check-ins with waiver and belay certificate, routes set with quoted names and a bracketed hold list,
# occupancy, fire doors, payments, turnstile reboots, failed belay checks, blocked cards.
DOORS = ["Main Entrance", "Main Entrance", "Bouldering Hall", "Staff Door (rear)", "Turnstile 2", "Kids' Area"]
WALLS = [("AB-01", "Wall 1 left"), ("AB-02", "Wall 1 right"), ("AB-07", "Slab"), ("ab12", "Overhang \"The Cave\""),
         ("AB-15", "Speed Wall (lane B)"), ("AB-16", "Speed Wall (lane A)")]
MEMBERS = [(f"m_{mixed(6)}", person(3)) for _ in range(14)]
CARDS = [":".join(hexs(2).upper() for _ in range(pick([4, 7]))) for _ in range(10)]


def plan():
    return pick(["Monthly", "Monthly", "Annual (student)", f"10-visit ({R.randrange(0, 10)} left)", "Day pass",
                 "Staff", "Off-peak monthly"])


def gym_access():
    result = pick(["GRANTED"] * 8 + ["DENIED", "DENIED_EXPIRED", "GRANTED_OVERRIDE"])
    m = pick(MEMBERS)
    return f"ACCESS door=\"{pick(DOORS)}\" card={pick(CARDS)} member=\"{m[1]}\" result={result} plan={plan()}"


def gym_cycle():
    ab, wall = pick(WALLS)
    h = R.uniform(7.5, 15.8)
    return (f"autobelay[{ab} \"{wall}\"] cycle #{R.randrange(900, 48000)} descent={R.uniform(0.9, 2.1):.2f}m/s "
            f"peak={R.uniform(1.5, 2.6):.1f}m/s height={h:.1f}m")


def route_name():
    return pick(["Crimp Shrimp", "Don't Look Down (Again)", "Sloper Opera", "The \"Mantle\" Piece", "Project X",
                 "Granny's Ladder", "The Long Goodbye to Jugs", "Pinch Me I'm Dreaming", "Volume 11"])


SETS["climbing_gym"] = [
    ("E1", 30, "ACCESS door=\"<*>\" card=<*> member=\"<*>\" result=<*> plan=<*>", gym_access),
    ("E2", 22, "autobelay[<*> \"<*>\"] cycle #<*> descent=<*>m/s peak=<*>m/s height=<*>m", gym_cycle),
    ("E3", 6, "<*>: daily inspection <*> by <*> (lanyard wear: <*>, retraction: <*>)",
     lambda: f"{pick(WALLS)[0]}: daily inspection {pick(['passed', 'passed', 'passed', 'failed'])} by {person(2)} (lanyard wear: {pick(['ok', 'ok', 'light', 'replace soon'])}, retraction: {pick(['ok', 'ok', 'slow', 'jerky at top'])})"),
    ("E4", 12, "Check-in: member <*> (<*>) waiver <*>, belay cert: <*>",
     lambda: (lambda m: f"Check-in: member {m[0]} ({m[1]}) waiver {pick(['valid until ' + day(R.randrange(1, 13)).replace('2026', '2027'), 'valid until ' + day(R.randrange(1, 13)).replace('2026', '2027'), 'EXPIRED', 'missing'])}, belay cert: {pick(['top-rope', 'lead', 'lead', 'none', 'auto-belay only'])}")(pick(MEMBERS))),
    ("E5", 4, "Door \"<*>\" held open for <*>s, alarm raised",
     lambda: f"Door \"{pick(DOORS)}\" held open for {pick([30, 45, 60, R.randrange(61, 900)])}s, alarm raised"),
    ("E6", 3, "Auto-belay <*> locked out: <*>",
     lambda: f"Auto-belay {pick(WALLS)[0]} locked out: {pick(['gate not closed', 'webbing frayed near carabiner', 'descent too fast on 3 consecutive cycles', 'annual service overdue', 'staff request'])}"),
    ("E7", 5, "Route set: \"<*>\" grade <*> on <*> by <*> [<*>]",
     lambda: f"Route set: \"{route_name()}\" grade {pick(['6a', '6b+', '7a', '5c', 'V2', 'V4', 'V7'])} on {pick(WALLS)[1]} by {person(3)} [{', '.join(R.sample(['yellow', 'volume x2', 'macro (blue)', 'crimps', 'dual-tex', 'pink tape'], R.randrange(1, 5)))}]"),
    ("E8", 4, "Occupancy <*>/<*> (<*>%) - <*>",
     lambda: (lambda n, cap: f"Occupancy {n}/{cap} ({100 * n // cap}%) - {'entry paused' if n >= cap else pick(['ok', 'ok', 'near capacity'])}")(R.randrange(20, 181), pick([150, 180]))),
    ("E9", 2, "Fire door \"<*>\" opened from inside at <*>",
     lambda: f"Fire door \"{pick(['FD-3 (yard)', 'FD-1', 'Emergency Exit North'])}\" opened from inside at {clock()}"),
    ("E10", 5, "Payment for member <*>: <*> EUR via <*> -> <*>",
     lambda: f"Payment for member {pick(MEMBERS)[0]}: {R.uniform(4, 90):.2f} EUR via {pick(['card', 'card', 'SEPA', 'app wallet'])} -> {pick(['ok', 'ok', 'ok', 'declined (51)', 'pending'])}"),
    ("E11", 2, "Turnstile <*> firmware <*> rebooted (uptime <*>)",
     lambda: f"Turnstile {pick(['T1', 'T2'])} firmware {pick(['v2.14.3', 'v2.15.0-rc1'])} rebooted (uptime {R.randrange(0, 40)}d{R.randrange(0, 24):02d}h{R.randrange(0, 60):02d}m)"),
    ("E12", 3, "Belay check failed for <*>: <*> (staff: <*>)",
     lambda: f"Belay check failed for {pick(MEMBERS)[0]}: {pick(['hand off brake strand', 'knot not finished', 'wrong carabiner orientation', 'no partner check'])} (staff: {person(2)})"),
    ("E13", 1, "Lost card reported: <*> blocked by <*>",
     lambda: f"Lost card reported: {pick(CARDS)} blocked by {pick(['front desk', 'app', person(1)])}"),
]

# An orchestra's music library: part loans with a quoted work that may hold commas and a quoted part,
# returns with their condition and pencil markings, overdue parts, bowing revisions of a concertmaster
# copy with a bracketed part list, scans with sizes, publisher rental invoices, missing parts, concert
# folders with a running order, copyright checks, unknown barcodes, withdrawn sets, librarian sessions.
WORKS = [("ORC-0412", "Symphony No. 5 in C minor, Op. 67", "Beethoven"),
         ("ORC-1170", "The Lark Ascending", "Ralph Vaughan Williams"),
         ("ORC-0093", "Pictures at an Exhibition (orch. Ravel)", "Mussorgsky"),
         ("R-2026-17", "Concerto for Orchestra", "Bartók"),
         ("ORC-0888", "Ma mère l'Oye", "Ravel"),
         ("ORC-2231", "Short Ride in a Fast Machine", "John Adams"),
         ("ORC-0004", "Nimrod, from \"Enigma\" Variations", "Elgar")]
PARTS = ["Violin I", "Violin II", "Viola", "Violoncello", "Contrabass", "Flute 1", "Oboe 2", "Clarinet in B♭ 1",
         "Horn 3 in F", "Trumpet 1 in C", "Timpani", "Percussion 2 (xylophone, glock)", "Harp", "Celesta"]
PLAYERS = ["Nadia Kowalczyk", "R. Osei", "Hanne", "sub: J. Park", "Viktor Ilyich Sorokin", "desk 4 outside", "Mei"]


def lib_copy():
    n = pick([1, 2, 4, 6, 8, 10])
    return f"{R.randrange(1, n + 1)}/{n}"


SETS["music_library"] = [
    ("E1", 26, "LOAN set=<*> work=\"<*>\" composer=<*> part=\"<*>\" copy=<*> player=<*> due=<*>",
     lambda: (lambda w: f"LOAN set={w[0]} work=\"{w[1]}\" composer={w[2]} part=\"{pick(PARTS)}\" copy={lib_copy()} player={pick(PLAYERS)} due={day()}")(pick(WORKS))),
    ("E2", 18, "RETURN set=<*> part=\"<*>\" copy=<*> from <*> condition: <*>, markings: <*>",
     lambda: f"RETURN set={pick(WORKS)[0]} part=\"{pick(PARTS)}\" copy={lib_copy()} from {pick(PLAYERS)} condition: {pick(['good', 'good', 'good', 'worn spine', 'pages loose', 'water damage (p. 3-4)'])}, markings: {pick(['pencil only', 'pencil only', 'none', 'ink (flag for cleaning)', 'highlighter!'])}"),
    ("E3", 6, "Overdue: <*> part(s) of \"<*>\" held by <*> (<*> days)",
     lambda: f"Overdue: {pick([1, 1, 2, 3])} part(s) of \"{pick(WORKS)[1]}\" held by {pick(PLAYERS)} ({R.randrange(1, 120)} days)"),
    ("E4", 7, "Bowing sync: concertmaster copy of \"<*>\" rev <*> -> <*>, <*> parts to update [<*>]",
     lambda: (lambda rev, ps: f"Bowing sync: concertmaster copy of \"{pick(WORKS)[1]}\" rev {rev} -> {rev + 1}, {len(ps)} parts to update [{', '.join(ps)}]")(R.randrange(1, 9), R.sample(PARTS[:5], R.randrange(1, 6)))),
    ("E5", 5, "Scan uploaded: <*> (<*> pages, <*>) for set <*>",
     lambda: (lambda w: f"Scan uploaded: {w[0].lower()}_{pick(['vln1', 'vla', 'hn3', 'timp', 'score'])}_{mixed(4)}.pdf ({R.randrange(2, 240)} pages, {size()}) for set {w[0]}")(pick(WORKS))),
    ("E6", 4, "Rental invoice from <*> for \"<*>\": <*> EUR, perf. dates <*>",
     lambda: f"Rental invoice from {pick(['Boosey & Hawkes', 'Bärenreiter', 'Schott Music', 'Hal Leonard (rental dept.)'])} for \"{pick(WORKS)[1]}\": {R.uniform(120, 2400):.2f} EUR, perf. dates {', '.join(sorted(day() for _ in range(R.randrange(1, 4))))}"),
    ("E7", 3, "Missing part detected: set <*> lacks <*> (<*>)",
     lambda: f"Missing part detected: set {pick(WORKS)[0]} lacks {pick(PARTS)} ({pick(['last loaned to ' + pick(PLAYERS), 'never received from publisher', 'found in wrong folder?'])})"),
    ("E8", 9, "Folder <*> prepared for <*>: <*> works, <*> pages, order [<*>]",
     lambda: (lambda ws: f"Folder {pick(['VLN1-', 'VLA-', 'HN-', 'PERC-'])}{R.randrange(1, 9)}{pick(['', '-inside', '-outside'])} prepared for {pick(['Subscription 4', 'Family Concert 12/20', 'New Year Gala', 'Tour: Vienna/Prague'])}: {len(ws)} works, {R.randrange(8, 140)} pages, order [{'; '.join(ws)}]")(R.sample([w[2] for w in WORKS], R.randrange(1, 5)))),
    ("E9", 2, "Copyright check for \"<*>\": <*>",
     lambda: f"Copyright check for \"{pick(WORKS)[1]}\": {pick(['public domain (d. 1827)', 'rental only - do not copy', 'licence PRS-778231 valid until 2027-06-30'])}"),
    ("E10", 3, "Barcode <*> not found in catalogue (scanner <*>)",
     lambda: f"Barcode {pick(['97801', 'LIB', '0'])}{R.randrange(10 ** 6, 10 ** 8)} not found in catalogue (scanner {pick(['desk-1', 'desk-2', 'handheld ' + mixed(3)])})"),
    ("E11", 2, "Set <*> withdrawn: <*>",
     lambda: f"Set {pick(WORKS)[0]} withdrawn: {pick(['replaced by new critical edition', 'mould', 'returned to publisher after tour'])}"),
    ("E12", 4, "Session: <*> signed <*> at terminal <*>",
     lambda: f"Session: {pick(['librarian', 'asst. librarian', person(2)])} signed {pick(['in', 'in', 'out'])} at terminal {pick(['LIB-PC1', 'LIB-PC2', 'tablet-backstage'])}"),
]

# A laundry plant's tunnel washers: compartment readings as a key=value run with kg, C glued, presses
# with bar and %, dryers with quoted programmes, dosing pumps with ml glued, overweight slings,
# shuttles between machines, water recovery in L/kg, alarms with free text, rewashes, tunnel stops,
# customer reports, RFID gates, low steam pressure.
TUNNELS = ["TW1", "TW2", "tw-3"]
CUSTOMERS = ["St. Mary's Hospital", "Hotel Adler", "Grand Palace Hotel & Spa", "CareHome 12", "Kantine Nord", "SMH"]
ARTICLES = ["sheets", "duvet covers", "towels (white)", "bathrobes", "theatre gowns", "mop heads", "tablecloths",
            "pillowcases"]
PROGRAMS = ["Cotton 80", "Cotton 80", "Towels - high", "Poly/cotton 60", "\"Gentle\" robes", "Mops (no finish)"]


def cake():
    return pick([f"K{R.randrange(0, 10 ** 6):06d}", f"{R.randrange(1, 4)}-{R.randrange(1000, 9999)}", mixed(7)])


def tw_reading():
    n = pick([13, 16])
    return (f"{pick(TUNNELS)} batch={cake()} cust={pick(CUSTOMERS)} article={pick(ARTICLES)} weight={R.uniform(30, 62):.1f}kg "
            f"compartment={R.randrange(1, n + 1)}/{n} temp={R.randrange(28, 91)}C pH={R.uniform(6.2, 11.8):.1f}")


SETS["laundry_tunnel"] = [
    ("E1", 32, "<*> batch=<*> cust=<*> article=<*> weight=<*>kg compartment=<*>/<*> temp=<*>C pH=<*>", tw_reading),
    ("E2", 14, "Press <*>: cake <*> pressed in <*> at <*>bar, residual moisture <*>%",
     lambda: f"Press {pick(['P1', 'P2'])}: cake {cake()} pressed in {dur(240)} at {R.randrange(18, 56)}bar, residual moisture {R.uniform(38, 58):.1f}%"),
    ("E3", 11, "Dryer <*> loaded cake <*> program \"<*>\" target <*>C",
     lambda: f"Dryer {pick(['D1', 'D2', 'D3', 'D4', 'd5 (old)'])} loaded cake {cake()} program \"{pick(PROGRAMS)}\" target {pick([60, 75, 80, 110])}C"),
    ("E4", 9, "Dosing pump <*>: <*> <*>ml into C<*>",
     lambda: f"Dosing pump {R.randrange(1, 9)}: {pick(['Alkali booster', 'Detergent (enzymatic)', 'Peracetic acid', 'Softener', 'Sour'])} {R.randrange(40, 2200)}ml into C{R.randrange(1, 17)}"),
    ("E5", 4, "Sling <*> weighed <*>kg exceeds limit <*>kg, routed to <*>",
     lambda: f"Sling {R.randrange(1, 400):03d} weighed {R.uniform(56, 80):.1f}kg exceeds limit {pick([55, 60])}kg, routed to {pick(['manual split', 'buffer rail 3', 'reject lane'])}"),
    ("E6", 7, "Shuttle <*> -> <*> carrying cake <*> (<*>)",
     lambda: f"Shuttle {pick(['P1', 'P2', 'buffer'])} -> {pick(['D1', 'D2', 'D3', 'D4', 'stack 2'])} carrying cake {cake()} ({pick(['ok', 'ok', 'ok', 'waited 42s for dryer', 'cake broken'])})"),
    ("E7", 3, "Water recovery tank level <*>%, reuse=<*>L/kg, fresh=<*>L/kg",
     lambda: f"Water recovery tank level {R.randrange(5, 100)}%, reuse={R.uniform(2, 6):.1f}L/kg, fresh={R.uniform(1.5, 5):.1f}L/kg"),
    ("E8", 2, "Alarm <*> on <*>: <*>",
     lambda: f"Alarm {pick(['A-217', 'A-031', 'E14'])} on {pick(TUNNELS + ['P1', 'D3'])}: {pick(['drum drive overcurrent', 'level sensor C7 stuck high', 'door interlock open during cycle', 'steam valve did not close within 5 s'])}"),
    ("E9", 4, "Batch <*> rewash ordered by <*>: <*>",
     lambda: f"Batch {cake()} rewash ordered by {person(2)}: {pick(['stains', 'grey', 'blood stains on 4 sheets', 'smell after drying', 'customer complaint #8812'])}"),
    ("E10", 2, "Tunnel <*> stopped: <*> after <*>",
     lambda: f"Tunnel {pick(TUNNELS)} stopped: {pick(['emergency stop', 'no water', 'operator request', 'transfer blocked at C9'])} after {dur(9000)}"),
    ("E11", 3, "Customer report <*>: <*> items, <*>kg, loss rate <*>%",
     lambda: f"Customer report {pick(CUSTOMERS)}: {R.randrange(200, 12000)} items, {R.randrange(100, 4000)}kg, loss rate {R.uniform(0, 4):.2f}%"),
    ("E12", 3, "RFID gate <*> read <*> tags in <*>ms (<*> unknown)",
     lambda: f"RFID gate {pick(['G1', 'G2', 'soil-in'])} read {R.randrange(20, 400)} tags in {R.randrange(80, 4000)}ms ({pick([0, 0, 0, 1, 3, 12])} unknown)"),
    ("E13", 1, "Steam pressure low: <*>bar (min <*>bar), heating paused on <*>",
     lambda: f"Steam pressure low: {R.uniform(3, 6):.1f}bar (min {pick(['6.0', '6.5'])}bar), heating paused on {pick(TUNNELS)}"),
]

# A ropeway's cabin telemetry: cabin readings as a key=value run with m, m/s, kN glued and closed-set
# door states, station passages with a door cycle that may be slow, wind readings with a resulting
# action of one to five words, speed changes, grip force test failures, rope inspections, cabin
# batteries, evacuation drills, intercom calls with a quoted transcript, passenger counts, sheave
# bearings, emergency stops, garaged cabins as a bracketed list.
CABINS = [f"C{n:02d}" for n in range(1, 25)] + ["Kabine 7", "VIP1"]
STATIONS = ["Valley", "Mid (Alpe)", "Summit", "Angle station"]
TOWERS = [f"T{n}" for n in range(1, 15)] + ["T7a", "Summit"]


def cab_reading():
    cap = pick([8, 10, 10])
    return (f"cabin={pick(CABINS)} pos={R.uniform(0, 3480):.1f}m speed={R.uniform(0, 6):.2f}m/s grip={R.uniform(42, 61):.1f}kN "
            f"doors={pick(['CLOSED'] * 6 + ['LOCKED', 'OPEN', 'FAULT'])} load={R.randrange(0, cap + 1)}/{cap}")


SETS["ropeway_cabins"] = [
    ("E1", 30, "cabin=<*> pos=<*>m speed=<*>m/s grip=<*>kN doors=<*> load=<*>/<*>", cab_reading),
    ("E2", 14, "[<*>] cabin <*> entered station, grip released after <*>s, door cycle <*>",
     lambda: f"[{pick(STATIONS)}] cabin {pick(CABINS)} entered station, grip released after {R.uniform(0.2, 1.4):.2f}s, door cycle {pick(['ok', 'ok', 'ok', 'slow (' + str(R.randrange(25, 60) / 10) + 's)', 'repeated'])}"),
    ("E3", 9, "Wind at <*>: avg=<*>m/s gust=<*>m/s dir=<*>° -> <*>",
     lambda: (lambda v: f"Wind at {pick(TOWERS)}: avg={v:.1f}m/s gust={v + R.uniform(0.5, 11):.1f}m/s dir={R.randrange(0, 360):03d}° -> {pick(['normal', 'normal', 'normal', 'reduce speed to 4.0 m/s', 'hold', 'close line after last cabin'])}")(R.uniform(1, 18))),
    ("E4", 5, "Line speed changed <*> -> <*> m/s by <*> (<*>)",
     lambda: (lambda ab: f"Line speed changed {ab[0]} -> {ab[1]} m/s by {pick(['operator ' + person(1), 'wind automatic', 'summit desk'])} ({pick(['wind', 'boarding assistance', 'evening schedule', 'ice on rope'])})")(R.sample(['6.0', '5.0', '4.0', '2.5', '0.5'], 2))),
    ("E5", 3, "Grip force test FAILED for cabin <*>: <*>kN < <*>kN, cabin parked at <*>",
     lambda: f"Grip force test FAILED for cabin {pick(CABINS)}: {R.uniform(30, 41):.1f}kN < {pick(['42.0', '44.5'])}kN, cabin parked at {pick(['garage track 2', 'Valley siding', 'Summit workshop'])}"),
    ("E6", 3, "Rope inspection: <*> km run since last, <*> wire breaks found (<*>)",
     lambda: f"Rope inspection: {R.randrange(200, 9000)} km run since last, {pick([0, 0, 0, 1, 2])} wire breaks found ({pick(['MRT scan', 'visual', 'MRT scan + visual'])})"),
    ("E7", 5, "Cabin <*> battery <*>% (<*>V), heating <*>",
     lambda: f"Cabin {pick(CABINS)} battery {R.randrange(8, 101)}% ({R.uniform(22, 28.8):.1f}V), heating {pick(['on', 'off', 'off', 'eco'])}"),
    ("E8", 1, "Evacuation drill <*> started by <*>: <*>",
     lambda: f"Evacuation drill {pick(['#12', '#13'])} started by {person(2)}: {pick(['towers T4-T6, 3 cabins', 'vertical rope descent at span 7'])}"),
    ("E9", 3, "Intercom call from cabin <*>: \"<*>\" answered by <*> in <*>",
     lambda: f"Intercom call from cabin {pick(CABINS)}: \"{pick(['why did we stop?', 'child feels sick', 'door rattles', 'test', 'is the summit restaurant open today?'])}\" answered by {pick(['Valley desk', 'Summit desk', person(1)])} in {dur(40)}"),
    ("E10", 6, "Passenger count <*>: up=<*> down=<*> in last <*>",
     lambda: f"Passenger count {pick(STATIONS)}: up={R.randrange(0, 900)} down={R.randrange(0, 900)} in last {pick(['15m', '15m', '1h', '30m'])}"),
    ("E11", 2, "Sheave <*> bearing temp <*>C exceeds <*>C",
     lambda: f"Sheave {pick(TOWERS)}/{R.randrange(1, 13)} bearing temp {R.randrange(61, 90)}C exceeds {pick([60, 65])}C"),
    ("E12", 1, "Emergency stop pressed at <*> (<*>), restart after <*>",
     lambda: f"Emergency stop pressed at {pick(STATIONS)} ({pick(['platform button', 'cabin ' + pick(CABINS), 'control desk'])}), restart after {dur(1800)}"),
    ("E13", 3, "Garage: cabins [<*>] stored, <*> on line",
     lambda: (lambda cs: f"Garage: cabins [{', '.join(cs)}] stored, {len(CABINS) - len(cs)} on line")(R.sample(CABINS, R.randrange(1, 7)))),
]

# A poultry farm's egg grading line: every egg as a key=value run with g glued and closed-set grade,
# shell and crack verdicts, packers closing trays with a quoted stamp code, flock intakes, blood spot
# rejects, egg printers, line stops with a duration, candling calibration, customer orders, the washer
# in C and ppm, dirty eggs, salmonella samples, shift summaries in %.
FLOCKS = ["F26-03", "F26-04", "F25-11", "Ranch B"]
EGG_BUYERS = ["Bäckerei Müller", "FreshMart #12", "Hofladen \"Zum Hahn\""]


def egg_weight_grade():
    w = R.uniform(43, 78)
    g = "S" if w < 53 else "M" if w < 63 else "L" if w < 73 else "XL"
    return w, g


def egg():
    w, g = egg_weight_grade()
    return (f"lane={R.randrange(1, 9)} egg={R.randrange(0, 10 ** 7):07d} weight={w:.1f}g grade={g} "
            f"shell={pick(['brown', 'brown', 'white', 'tinted'])} crack={pick(['none'] * 8 + ['hairline', 'star', 'leaker'])} "
            f"dest={pick(['packer 1', 'packer 2', 'packer 3', 'packer 4', 'industry', 'reject'])}")


def stamp():
    return f"{pick(['0', '1', '1', '2', '3'])}-DE-{R.randrange(100000, 999999)}{R.randrange(1, 10)}"


SETS["egg_grading"] = [
    ("E1", 34, "lane=<*> egg=<*> weight=<*>g grade=<*> shell=<*> crack=<*> dest=<*>", egg),
    ("E2", 12, "Packer <*>: tray <*> closed, <*> eggs, size <*>, stamp \"<*>\"",
     lambda: f"Packer {R.randrange(1, 5)}: tray {mixed(2)}{R.randrange(0, 10 ** 5):05d} closed, {pick([6, 10, 10, 30, 30, 180])} eggs, size {pick(['S', 'M', 'L', 'XL', 'M/L mixed'])}, stamp \"{stamp()}\""),
    ("E3", 7, "Flock <*> (house <*>) intake: <*> eggs in <*> trays, avg <*>g",
     lambda: f"Flock {pick(FLOCKS)} (house {pick([1, 2, 3, '4 (mobile)'])}) intake: {R.randrange(5000, 60000)} eggs in {R.randrange(150, 2000)} trays, avg {R.uniform(55, 67):.1f}g"),
    ("E4", 6, "Blood spot detector rejected <*> on lane <*> (score <*>)",
     lambda: f"Blood spot detector rejected {R.randrange(0, 10 ** 7):07d} on lane {R.randrange(1, 9)} (score {R.uniform(0.5, 1):.3f})"),
    ("E5", 4, "Printer <*> ink <*>%, <*>",
     lambda: f"Printer {pick(['IJ1', 'IJ2'])} ink {R.randrange(1, 100)}%, {pick(['ok', 'ok', 'nozzle 3 clogged', 'cleaning cycle started'])}"),
    ("E6", 3, "Line stop: <*> at <*> for <*>",
     lambda: f"Line stop: {pick(['jam', 'broken egg on rollers', 'packer 2 out of trays', 'operator'])} at {pick(['infeed', 'candling', 'accumulator', 'packer 2'])} for {dur(900)}"),
    ("E7", 4, "Candling camera <*> calibrated: white=<*> brown=<*>",
     lambda: f"Candling camera {pick(['CC1', 'CC2'])} calibrated: white={R.randrange(180, 255)} brown={R.randrange(90, 180)}"),
    ("E8", 2, "Customer order <*> for \"<*>\": <*> x <*> (<*>)",
     lambda: f"Customer order {pick(['SO', 'ord'])}-{R.randrange(1000, 99999)} for \"{pick(EGG_BUYERS)}\": {R.randrange(10, 400)} x {pick(['10-pack M', '6-pack L', '30-tray XL', '10-pack M/L'])} ({pick(['free range', 'organic', 'barn'])})"),
    ("E9", 6, "Washer temp <*>C, chlorine <*>ppm, belt <*> eggs/h",
     lambda: f"Washer temp {R.uniform(38, 46):.1f}C, chlorine {R.randrange(50, 200)}ppm, belt {R.randrange(20000, 120000)} eggs/h"),
    ("E10", 3, "Dirt grade <*> eggs diverted to <*>",
     lambda: f"Dirt grade {pick(['2', '3', '3+'])} eggs diverted to {pick(['industry', 'washer', 'reject'])}"),
    ("E11", 2, "Salmonella sample <*> taken from flock <*> by <*>",
     lambda: f"Salmonella sample {pick(['S', 'boot-'])}{R.randrange(100, 9999)} taken from flock {pick(FLOCKS)} by {person(2)}"),
    ("E12", 3, "Shift <*> summary: <*> graded, <*>% first grade, <*>% cracks, <*>% rejects",
     lambda: f"Shift {pick(['early', 'late', 'A', 'B'])} summary: {R.randrange(40000, 300000)} graded, {R.uniform(88, 97):.1f}% first grade, {R.uniform(0.5, 6):.1f}% cracks, {R.uniform(0.1, 2):.1f}% rejects"),
]

# A blood donation service's sessions: donations as a key=value run with mL glued and a duration
# like 8m12.4s, screenings with g/dL, BP and an outcome that may be a parenthesised deferral, quoted
# session venues, deferrals with free text and a date, adverse events, cold boxes, sessions opened and
# closed, labels, scales, SMS reminder batches, flagged questionnaires with a bracketed answer list,
# sync failures.
VENUES = ["Town Hall, Room 2", "St. Luke's Church Hall", "Mobile Unit 3 @ Tech Park", "Donor Centre (Main St.)",
          "University Sports Hall"]


def donor():
    return pick([f"D{R.randrange(0, 10 ** 7):07d}", f"{mixed(3).upper()}-{R.randrange(1000, 9999)}", str(R.randrange(10 ** 8, 10 ** 9))])


def bag():
    return f"=W{R.randrange(1000, 9999)} 26 {R.randrange(0, 10 ** 6):06d} {pick('0123456789')}"


def donation():
    outcome = pick(["complete", "complete", "complete", "complete", "partial", "stopped (vein)", "stopped (donor request)"])
    ml = R.randrange(440, 481) if outcome == "complete" else R.randrange(60, 440)
    return (f"DONATION donor={donor()} session={session()} bag={bag()} type={pick(['O+', 'O+', 'A+', 'A-', 'B+', 'O-', 'AB+', 'unknown'])} "
            f"volume={ml}mL duration={dur(1100, 240) if outcome == 'complete' else dur(700, 60)} outcome={outcome}")


def session():
    return f"S{R.randrange(26000, 26999)}-{pick(['am', 'pm', 'eve'])}"


SETS["blood_donation"] = [
    ("E1", 24, "DONATION donor=<*> session=<*> bag=<*> type=<*> volume=<*>mL duration=<*> outcome=<*>",
     donation),
    ("E2", 16, "Screening <*>: Hb <*> g/dL, BP <*>/<*>, pulse <*>, temp <*>C -> <*>",
     lambda: f"Screening {donor()}: Hb {R.uniform(11.5, 17.5):.1f} g/dL, BP {R.randrange(95, 175)}/{R.randrange(55, 105)}, pulse {R.randrange(48, 110)}, temp {R.uniform(35.8, 37.9):.1f}C -> {pick(['eligible', 'eligible', 'eligible', 'deferred (low Hb)', 'deferred (BP high)', 'refer to doctor'])}"),
    ("E3", 10, "Check-in at \"<*>\": donor <*> (<*>) appointment <*>",
     lambda: f"Check-in at \"{pick(VENUES)}\": donor {donor()} ({pick(['new', 'returning', 'returning', 'returning, 27th donation'])}) appointment {pick([hm(), hm(), 'walk-in'])}"),
    ("E4", 6, "Deferral recorded for <*>: <*> until <*>",
     lambda: f"Deferral recorded for {donor()}: {pick(['low haemoglobin', 'recent tattoo', 'travel to malaria area', 'antibiotics in last 7 days', 'fainted at last donation'])} until {pick([day(), day(3).replace('2026', '2027'), 'permanent'])}"),
    ("E5", 3, "Adverse event <*> for donation <*>: <*>, treated by <*>",
     lambda: f"Adverse event {pick(['AE-1', 'AE-2', 'VVR'])} for donation {bag()}: {pick(['fainted', 'haematoma', 'nausea after 5 min', 'citrate reaction (tingling)'])}, treated by {person(2)}"),
    ("E6", 6, "Cold box <*> sealed with <*> units, temp <*>C, courier <*>",
     lambda: f"Cold box {pick(['CB', 'cb-'])}{R.randrange(1, 60):02d} sealed with {R.randrange(4, 40)} units, temp {R.uniform(18, 24):.1f}C, courier {pick(['BikeMed', 'van 2', person(1)])}"),
    ("E7", 3, "Session \"<*>\" opened by <*> with <*> beds, <*> appointments booked",
     lambda: f"Session \"{pick(VENUES)}\" opened by {person(2)} with {R.randrange(4, 13)} beds, {R.randrange(20, 90)} appointments booked"),
    ("E8", 2, "Session \"<*>\" closed: <*> donors, <*> units, <*> deferrals, <*> no-shows",
     lambda: (lambda n: f"Session \"{pick(VENUES)}\" closed: {n} donors, {n - R.randrange(0, 4)} units, {R.randrange(0, 12)} deferrals, {R.randrange(0, 20)} no-shows")(R.randrange(20, 90))),
    ("E9", 5, "Label printed for bag <*> (<*>)",
     lambda: f"Label printed for bag {bag()} ({pick(['whole blood', 'whole blood', 'plasma (apheresis)', 'platelets', 'sample tubes x3'])})"),
    ("E10", 2, "Scale <*> drift <*>g, recalibration <*>",
     lambda: f"Scale {pick(['BS-04', 'BS-11', 'bs7'])} drift {pick(['+', '-'])}{R.uniform(0.5, 9):.1f}g, recalibration {pick(['done', 'required', 'scheduled for ' + day()])}"),
    ("E11", 2, "SMS reminder batch <*>: <*> sent, <*> failed (<*>)",
     lambda: f"SMS reminder batch {hexs(8)}: {R.randrange(40, 900)} sent, {R.randrange(0, 30)} failed ({pick(['invalid number', 'opted out', 'gateway timeout'])})"),
    ("E12", 4, "Questionnaire <*> flagged: [<*>]",
     lambda: f"Questionnaire {donor()} flagged: [{', '.join(R.sample(['travel: Brazil 2026-10', 'new tattoo', 'dental work (3 days ago)', 'medication: isotretinoin', 'pregnant in last 6 months'], R.randrange(1, 4)))}]"),
    ("E13", 1, "Sync with blood establishment <*> failed: <*>",
     lambda: f"Sync with blood establishment {pick(['eProgesa', 'BEC-North'])} failed: {pick(['HTTP 503', 'certificate expired', 'timeout after 30s'])}"),
]

SIZES = {"climbing_gym": 330, "music_library": 310, "laundry_tunnel": 340, "ropeway_cabins": 320, "egg_grading": 350,
         "blood_donation": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
