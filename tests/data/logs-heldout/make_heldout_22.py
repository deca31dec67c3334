#!/usr/bin/env python3
"""Writes the twenty-second batch of labelled held-out logs of this folder (see README.md), written
blind to the grouping rules (neither they nor the miner's output on these lines were looked at) on top
of commit 89fca42. Same columns and labelling as make_heldout.py: one event per log statement,
everything its arguments fill in is a variable however many words it spans, text the statement prints
itself (units glued to a number, `=`, brackets, quotes, `0x`, fixed words) stays literal. Fixed seed.

    python3 make_heldout_22.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(22222)


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def hm():
    return f"{R.randrange(0, 24):02d}:{R.randrange(0, 60):02d}"


def mixed(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"):
    return "".join(pick(alphabet) for _ in range(n))


def dur(short=False):
    """A duration as Go-like programs print it: 42s, 1m32.5s, 2h03m, 17m."""
    s = R.randrange(1, 600 if short else 14000)
    if s < 60:
        return pick([f"{s}s", f"{s}.{R.randrange(0, 10)}s"])
    if s < 3600:
        return pick([f"{s // 60}m{s % 60}s", f"{s // 60}m{s % 60}.{R.randrange(0, 10)}s", f"{s // 60}m"])
    return pick([f"{s // 3600}h{(s % 3600) // 60:02d}m", f"{s // 3600}h{(s % 3600) // 60}m{s % 60}s"])


def hmdur():
    return f"{R.randrange(0, 10)}h{R.randrange(0, 60):02d}m"


def iso(day=None):
    return f"2026-12-{day or R.randrange(1, 8):02d}T{clock()}Z"


SETS = {}

# A zoo's enclosure sensors and keeper system: climate readings per enclosure (names of one to three
# words; water printed as a reading with its unit or n/a), keeper doors with a badge and a keeper of two
# or three words, RFID sightings of animals with a name and a species, band alarms and their
# acknowledgements with a free-text comment, feeding records, life-support pumps, keeper-zone cameras,
# pool water quality, LoRa gateways, medical holds, sensor batteries.
ENCLOSURES = ["Giraffe House", "Penguin Coast", "Reptile House R2", "Lemur Island", "Big Cat Ridge", "Aquarium", "Okapi Forest",
              "Sloth Canopy Dome", "Nocturnal House", "Flamingo Lagoon"]
POOLS = ["Penguin Coast main", "Sea Lion Bay", "Aquarium tank A4", "Otter Creek", "Hippo Pool"]
KEEPERS = [("3F2A91", "Maria Okonkwo-Reyes"), ("0B77E2", "Tom Baptiste"), ("5C19A0", "Jana van der Berg"),
           ("3F2A0C", "Kwame Mensah"), ("71D4B3", "Lucy Ng"), ("0B7811", "Pieter de Wit Jr")]
DOORS = ["KD-01", "KD-02", "KD-07", "KD-14a", "KD-14b", "KD-22", "KD-29"]
ANIMALS = [("Tembo", "African elephant"), ("Kibo", "Reticulated giraffe"), ("Nala", "Lion"), ("Pingu", "Humboldt penguin"),
           ("Mbali", "Okapi"), ("Rocky", "Southern rockhopper penguin"), ("Zuri", "Ring-tailed lemur"), ("Sid", "Two-toed sloth")]
VETS = ["Ames", "Halvorsen", "K. Mbeki", "Ruiz-Salazar"]


def rfid_tag():
    return f"985112{R.randrange(0, 10 ** 9):09d}"


def clip_name():
    return f"{iso().replace(':', '')}_{hexs(6)}"


def zoo_sensor():
    water = pick([f"{R.uniform(3, 28):.1f}C", f"{R.uniform(3, 28):.1f}C", "n/a"])
    return (f"sensor {pick(ENCLOSURES)}: air={R.uniform(8, 34):.1f}C rh={R.randrange(30, 96)}% water={water} "
            f"lux={pick([R.randrange(0, 40), R.randrange(100, 9000), R.randrange(10000, 60000)])}")


def zoo_alarm():
    lo = R.uniform(2, 20)
    hi = lo + R.uniform(4, 10)
    val = pick([lo - R.uniform(0.1, 3), hi + R.uniform(0.1, 3)])
    return (f"ALARM [{pick(['HIGH', 'HIGH', 'LOW', 'CRIT'])}] {pick(ENCLOSURES)}: {pick(['water temp', 'air temp', 'humidity', 'CO2', 'UVB index'])} "
            f"{val:.1f} outside band [{lo:.1f}..{hi:.1f}] for {dur(True)}")


def zoo_feeding():
    diet = pick(["horse meat, bone-in", "sprat", "capelin and herring", "browse (acacia)", "hay", "mixed fruit", "crickets",
                 "Mazuri primate pellets"])
    return (f"Feeding logged: enclosure=\"{pick(ENCLOSURES)}\" diet=\"{diet}\" qty={R.randrange(1, 400) / 10}kg "
            f"keeper={pick(['mok', 'tba', 'jvb', 'kme', 'lng'])} refused={pick(['no', 'no', 'no', 'partial', 'yes'])}")


def zoo_wq():
    return (f"WQ {pick(POOLS)}: pH {R.uniform(6.8, 8.4):.2f} ORP {R.randrange(180, 780)}mV NH3 {R.uniform(0, 0.5):.3f}mg/l "
            f"salinity {pick([f'{R.uniform(28, 35):.1f}', '0.0', '0.2'])}ppt -> {pick(['OK', 'OK', 'OK', 'DOSE', 'CHECK'])}")


SETS["zoo_enclosures"] = [
    ("E1", 30, "sensor <*>: air=<*>C rh=<*>% water=<*> lux=<*>", zoo_sensor),
    ("E2", 12, "Keeper door <*> <*> by badge 0x<*> (<*>) shift=<*>",
     lambda: (lambda k: f"Keeper door {pick(DOORS)} {pick(['opened', 'opened', 'closed', 'held open'])} by badge 0x{k[0]} ({k[1]}) shift={pick(['AM', 'AM', 'PM', 'NIGHT'])}")(pick(KEEPERS))),
    ("E3", 10, "RFID tag <*> (<*>, <*>) seen at gate \"<*>\" rssi=<*>dBm",
     lambda: (lambda a: f"RFID tag {rfid_tag()} ({a[0]}, {a[1]}) seen at gate \"{pick(['Night Barn West', 'Yard 2', 'Crush', 'Pool Gate', 'Inner Den 3'])}\" rssi={R.randrange(-92, -40)}dBm")(pick(ANIMALS))),
    ("E4", 6, "ALARM [<*>] <*>: <*> <*> outside band [<*>..<*>] for <*>", zoo_alarm),
    ("E5", 4, "alarm #<*> acked by <*> after <*>: \"<*>\"",
     lambda: f"alarm #{R.randrange(10000, 99999)} acked by {pick(KEEPERS)[1]} after {dur(True)}: \"{pick(['heater reset', 'door left ajar by contractor, closed', 'sensor in direct sun - moving it tomorrow', 'ok', 'chiller restarted, watching'])}\""),
    ("E6", 8, "Feeding logged: enclosure=\"<*>\" diet=\"<*>\" qty=<*>kg keeper=<*> refused=<*>", zoo_feeding),
    ("E7", 3, "LSS pump P-<*> on <*> tripped: <*>; standby P-<*> started",
     lambda: f"LSS pump P-{R.randrange(1, 12):02d} on {pick(POOLS)} tripped: {pick(['motor overload', 'dry run', 'VFD fault F0021', 'suction pressure low (-0.42 bar)'])}; standby P-{R.randrange(1, 12):02d}{pick(['', 'B'])} started"),
    ("E8", 3, "Camera <*> motion in keeper-only zone <*> (confidence <*>), clip <*>.mp4",
     lambda: f"Camera {pick(['cam-07', 'cam-12b', 'CAM_NOC_3', 'cam-21'])} motion in keeper-only zone {pick(['Z4', 'Z4 service yard', 'Z11'])} (confidence {R.uniform(0.5, 1):.2f}), clip {clip_name()}.mp4"),
    ("E9", 7, "WQ <*>: pH <*> ORP <*>mV NH3 <*>mg/l salinity <*>ppt -> <*>", zoo_wq),
    ("E10", 2, "LoRa gateway <*> lost (last seen <*> ago), <*> sensors orphaned",
     lambda: f"LoRa gateway {pick(['gw-north', 'gw-aquarium', 'GW03'])} lost (last seen {dur()} ago), {R.randrange(1, 40)} sensors orphaned"),
    ("E11", 2, "Medical hold placed on <*> (<*>) by Dr. <*>: <*>",
     lambda: (lambda a: f"Medical hold placed on {a[0]} ({a[1]}) by Dr. {pick(VETS)}: {pick(['limping left hind, keep off rocks', 'post-op', 'weight loss 6% in 3 weeks, daily weigh-in', 'eye discharge'])}")(pick(ANIMALS))),
    ("E12", 2, "Sensor <*> battery <*>% (<*>V), replace within <*> days",
     lambda: f"Sensor {hexs(8).upper()} battery {R.randrange(2, 20)}% ({R.uniform(2.9, 3.4):.2f}V), replace within {pick([3, 7, 14])} days"),
]

# A ship's ballast water management system: UV treatment lines with flow, UV transmittance and dose and
# a bracketed lamp list, tank levels with a tank of one to four words and signed trim and heel, ballast
# operations started at a place of two to five words by an officer and completed with treated and
# bypassed volumes, filter backflushes triggered by one or two words, alarms with a code and a
# free-text message, bypass valves, position checks with a discharge verdict of one to five words,
# samples, lamp drivers and record book exports.
TANKS = ["No.3 WBT (P)", "No.3 WBT (S)", "Fore Peak", "After Peak Tank", "DB 2 S", "DB 2 P", "No.1 TST (C)"]
OFFICERS = ["C/O A. Petrov", "2/O M. Santos", "C/E H. Lindqvist", "3/O J. dela Cruz"]
PLACES = ["Rotterdam Maasvlakte", "Singapore Eastern Anchorage", "Lat 51 57.3N Lon 003 58.1E", "Santos Berth 12", "Fujairah OPL"]


def bw_op():
    return f"BW-{R.randrange(2026000, 2026400)}"


BWRB_PATHS = ["/data/bwrb/2026-12.pdf", "E:\\BWRB\\export_2026Q4.xml", "/mnt/usb0/bwrb_MV_Nordic_Star.csv"]


def bwrb_entry():
    return f"{R.randrange(1, 999):03d}/26"


def sample_id():
    return f"S{R.randrange(1, 999):04d}-{mixed(3)}"


def bw_flow():
    lamps = " ".join(f"{i}:{pick(['ON', 'ON', 'ON', 'ON', 'DEGR', 'OFF'])}" for i in range(1, pick([4, 6, 6]) + 1))
    return (f"BWTS flow: line={pick(['A', 'A', 'B'])} mode={pick(['BALLAST', 'BALLAST', 'DEBALLAST', 'STRIPPING'])} "
            f"flow={R.randrange(80, 1500)} m3/h UV-T={R.uniform(40, 98):.1f}% dose={R.uniform(180, 900):.0f} mJ/cm2 lamp[{lamps}]")


def bw_tank():
    return (f"Tank {pick(TANKS)} level {R.randrange(0, 101)}% ({R.uniform(0, 2200):.1f} m3) sounding {R.uniform(0, 14):.2f} m, "
            f"trim {R.uniform(-2.5, 3.5):+.2f} m heel {R.uniform(-3, 3):+.1f}deg")


def bw_alarm():
    code, text = pick([("2F1A", f"UV intensity low on reactor R{R.randrange(1, 3)} ({R.uniform(20, 35):.1f} W/m2 < 35.0)"),
                       ("0104", "Filter differential pressure high"), ("31C0", f"Lamp {R.randrange(1, 7)} failed to ignite"),
                       ("0220", "Flow below minimum treatment rate"), ("4A00", "CIP cleaning overdue by 2 cycles")])
    return f"ALM 0x{code} [{pick(['A', 'A', 'W', 'C'])}] {text}"


SETS["ballast_water"] = [
    ("E1", 26, "BWTS flow: line=<*> mode=<*> flow=<*> m3/h UV-T=<*>% dose=<*> mJ/cm2 lamp[<*>]", bw_flow),
    ("E2", 12, "Tank <*> level <*>% (<*> m3) sounding <*> m, trim <*> m heel <*>deg", bw_tank),
    ("E3", 4, "Ballast operation <*> started: <*> at <*> by <*>",
     lambda: f"Ballast operation {bw_op()} started: {pick(['BALLAST', 'DEBALLAST', 'INTERNAL TRANSFER', 'BWE sequential'])} at {pick(PLACES)} by {pick(OFFICERS)}"),
    ("E4", 4, "Ballast operation <*> completed in <*>: <*> m3 treated, <*> m3 bypassed, BWRB entry <*>",
     lambda: f"Ballast operation {bw_op()} completed in {dur()}: {R.uniform(100, 9000):.1f} m3 treated, {pick(['0.0', '0.0', '0.0', f'{R.uniform(1, 300):.1f}'])} m3 bypassed, BWRB entry {bwrb_entry()}"),
    ("E5", 5, "Filter F<*> backflush #<*> triggered by <*> (dP=<*> bar), duration <*>s",
     lambda: f"Filter F{R.randrange(1, 3)} backflush #{R.randrange(1, 9000)} triggered by {pick(['dP high', 'dP high', 'timer', 'manual', 'startup'])} (dP={R.uniform(0.05, 0.9):.2f} bar), duration {R.randrange(20, 95)}s"),
    ("E6", 4, "ALM 0x<*> [<*>] <*>", bw_alarm),
    ("E7", 2, "BYPASS valve <*> <*> - reason: \"<*>\" (authorised: <*>)",
     lambda: f"BYPASS valve {pick(['BV-101', 'BV-102', 'V17'])} {pick(['OPENED', 'CLOSED'])} - reason: \"{pick(['emergency - list correction', 'BWTS failure, flag state notified', 'gravity drain', 'test'])}\" (authorised: {pick(OFFICERS)})"),
    ("E8", 5, "Position <*> <*> in zone <*>: discharge <*>",
     lambda: f"Position {R.uniform(-60, 60):.4f} {R.uniform(-180, 180):.4f} in zone {pick(['NSEA-ECA', 'US-VGP', 'EEZ-BR', 'open ocean >200nm', 'Port limits SGSIN'])}: discharge {pick(['PERMITTED', 'PERMITTED', 'PROHIBITED', 'RESTRICTED (D-1 exchange only)', 'PERMITTED with port notification'])}"),
    ("E9", 5, "Sample <*> taken from <*>: salinity=<*>PSU temp=<*>C turbidity=<*>NTU",
     lambda: f"Sample {sample_id()} taken from {pick(['sample point SP1 (after filter)', 'SP2', 'overboard line', 'No.3 WBT (P) sounding pipe'])}: salinity={R.uniform(0.5, 36):.1f}PSU temp={R.uniform(2, 31):.1f}C turbidity={R.uniform(0.1, 60):.1f}NTU"),
    ("E10", 2, "Lamp driver LD<*> fault code E<*>, lamp hours <*>h",
     lambda: f"Lamp driver LD{R.randrange(1, 7)} fault code E{R.randrange(1, 60):02d}, lamp hours {R.randrange(50, 12000)}h"),
    ("E11", 2, "BWRB export: <*> entries written to <*> (<*>KiB)",
     lambda: f"BWRB export: {R.randrange(1, 400)} entries written to {pick(BWRB_PATHS)} ({R.uniform(3, 900):.1f}KiB)"),
]

# A cinema's projection and booking: bookings confirmed with a mixed-case reference, a quoted film title
# of one to six words, a bracketed seat list, a currency and a channel of one or two words; bookings
# cancelled by someone of one to three words with a reason; screen playlists with a long CPL title, a
# state and a timecode; KDMs with a validity window and rejected KDMs; projector laser status; ticket
# scans with a verdict of one to five words; concession sales with an item list; sound faders; delayed
# shows; schedule imports; DCP ingests with a size and rate.
FILMS = ["The Long Winter", "Paddington in Peru", "Nosferatu", "Wicked", "Anora", "The Wild Robot", "Dune: Part Two",
         "Kinds of Kindness (OV)", "Flow", "Der Spitzname"]
CPLS = ["LONGWINTER_FTR-2_F_EN-XX_51_4K_WR_20261114_SMPTE_OV", "PADDINGTONPERU_FTR_S_EN-DE_DE_51_2K_SPC_20261108_IOP_VF",
        "NOSFERATU_FTR-1_F-239_EN-XX_71-HI-VI_4K_UNI_20261201_SMPTE_OV", "ADV_PEARL_30s_F_DE-XX_51_2K_20261125_SMPTE",
        "FLOW_FTR_F_XX-DE_51_2K_20261020_SMPTE_OV"]
SCREENS = [f"{n:02d}" for n in range(1, 9)]


def show_id():
    return f"S{pick(SCREENS)}-1207-{hm().replace(':', '')}"


def booking_ref():
    return mixed(6).upper() if R.random() < 0.5 else mixed(8)


def seats():
    row = pick("ABCDEFGHJK")
    start = R.randrange(1, 18)
    return ",".join(f"{row}{start + i}" for i in range(pick([1, 2, 2, 2, 3, 4, 6])))


def timecode():
    return f"{R.randrange(0, 3):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 24):02d}"


def cin_playlist():
    return (f"[Screen {pick(SCREENS)}] playlist \"{pick(CPLS)}\" state {pick(['PLAYING', 'PLAYING', 'PAUSED', 'STOPPED', 'LOADED'])} "
            f"at {timecode()} (reel {R.randrange(1, 7)}/{pick([6, 6, 7])})")


def cin_pos():
    items = ", ".join(f"{pick(['popcorn L', 'popcorn M sweet', 'nachos', 'cola 0.5l', 'water', 'M&Ms', 'beer 0.33l'])} x{pick([1, 1, 2, 3])}"
                      for _ in range(pick([1, 2, 2, 3, 4])))
    return f"POS {pick(['BAR1', 'BAR2', 'KIOSK-3'])} sale #{R.randrange(100000, 999999)}: {items} = {R.uniform(3, 48):.2f}"


SETS["cinema_booking"] = [
    ("E1", 26, "booking <*> confirmed: show=<*> \"<*>\" seats=[<*>] total=<*> <*> via <*>",
     lambda: f"booking {booking_ref()} confirmed: show={show_id()} \"{pick(FILMS)}\" seats=[{seats()}] total={R.uniform(7, 80):.2f} {pick(['EUR', 'EUR', 'EUR', 'CHF'])} via {pick(['web', 'web', 'app', 'kiosk', 'box office'])}"),
    ("E2", 6, "booking <*> cancelled by <*> (<*>)",
     lambda: f"booking {booking_ref()} cancelled by {pick(['customer', 'customer', 'staff J. Weber', 'system'])} ({pick(['refund to card', 'voucher issued', 'show cancelled', 'payment timeout after 15 min'])})"),
    ("E3", 12, "[Screen <*>] playlist \"<*>\" state <*> at <*> (reel <*>/<*>)", cin_playlist),
    ("E4", 4, "KDM for CPL urn:uuid:<*> valid <*> .. <*> on server <*>",
     lambda: f"KDM for CPL urn:uuid:{uuid()} valid {iso(R.randrange(1, 8))} .. {iso(R.randrange(8, 29))} on server {pick(['IMS3000-', 'DCP2K4-', 'ICMP-'])}{R.randrange(100000, 999999)}"),
    ("E5", 2, "KDM rejected for \"<*>\": <*>",
     lambda: f"KDM rejected for \"{pick(CPLS)}\": {pick(['certificate thumbprint does not match server', 'not yet valid', 'expired 2026-12-06T23:59:00Z', 'signature check failed'])}"),
    ("E6", 5, "Projector <*>: laser <*>% output <*> ft-L, runtime <*>h, exhaust <*>C",
     lambda: f"Projector {pick(['S01-CP4440', 'S02-CP4440', 'S05-SRX-R815', 'S08-NC1503L'])}: laser {R.randrange(60, 101)}% output {R.uniform(11, 16):.1f} ft-L, runtime {R.randrange(200, 40000)}h, exhaust {R.uniform(30, 58):.1f}C"),
    ("E7", 8, "Ticket <*> scanned at <*> for show <*>: <*>",
     lambda: f"Ticket {pick([booking_ref() + '-' + str(R.randrange(1, 7)), str(R.randrange(10 ** 11, 10 ** 12))])} scanned at {pick(['door 1', 'door 2', 'VIP', 'usher-handheld-4'])} for show {show_id()}: {pick(['OK', 'OK', 'OK', 'ALREADY USED', 'WRONG SCREEN', 'SHOW STARTED 25 min ago'])}"),
    ("E8", 5, "POS <*> sale #<*>: <*> = <*>", cin_pos),
    ("E9", 2, "Sound <*>: fader <*> -> <*> by <*>",
     lambda: f"Sound {pick(SCREENS)}: fader {pick(['7.0', '6.5', '5.5'])} -> {pick(['7.0', '6.0', '4.5'])} by {pick(['macro PRESHOW', 'TMS schedule', 'projectionist'])}"),
    ("E10", 2, "Show <*> start delayed <*>: <*>",
     lambda: f"Show {show_id()} start delayed {dur(True)}: {pick(['KDM missing', 'previous show overran', 'server reboot', 'queue at bar'])}"),
    ("E11", 2, "Schedule import week <*>: <*> shows, <*> conflicts, <*> KDMs missing",
     lambda: f"Schedule import week {R.randrange(49, 53)}: {R.randrange(80, 220)} shows, {pick([0, 0, 1, 3])} conflicts, {pick([0, 0, 2, 5])} KDMs missing"),
    ("E12", 2, "Ingest of DCP <*> finished: <*>GiB in <*> (<*> MB/s), hash <*>",
     lambda: f"Ingest of DCP {pick(CPLS)} finished: {R.uniform(0.2, 400):.1f}GiB in {dur()} ({R.randrange(20, 600)} MB/s), hash {pick(['OK', 'OK', 'MISMATCH'])}"),
]

# A logistics company's truck telematics: positions in key=value form with a plate of two shapes and a
# driver card, tachograph activities with a closed-set state and drive times like `4h12m`, harsh-driving
# events mixing key=value and key: value with a quoted address, geofence crossings with a quoted name of
# one to three words, reefer units with signed temperatures and a mode of one or two words, engine DTCs
# with an SPN description of two to five words, deliveries with a quoted consignee of one to four words,
# fuel drops, modem reconnects, configuration pushes, driver logins.
PLATES = ["WX 4417K", "DO-TR 831", "B-LG 2290", "NL 62-BKT-8", "KR 7H21P", "GD 991AC"]
DRIVERS = [("DEU0000417736291", "Jan Kowalczyk"), ("POL1000288450012", "Piotr Zielinski"), ("NLD0000099128870", "Sanne de Vries"),
           ("DEU0000600143305", "Murat Yilmaz"), ("ROU0000023410987", "Andrei Popescu")]


def trip_id():
    return f"T{R.randrange(10 ** 6, 10 ** 7)}-{mixed(2).upper()}"


def version():
    return f"{R.randrange(2, 5)}.{R.randrange(0, 20)}.{R.randrange(0, 9)}"


def truck_pos():
    d = pick(DRIVERS)[0] if R.random() < 0.9 else "-"
    return (f"pos veh={pick(PLATES).replace(' ', '_')} drv={d} lat={R.uniform(47, 55):.5f} lon={R.uniform(5, 23):.5f} "
            f"spd={pick([0, R.randrange(1, 90), R.randrange(60, 90)])}km/h hdg={R.randrange(0, 360)} odo={R.randrange(100000, 1400000)}km "
            f"ign={pick(['on', 'on', 'on', 'off'])}")


def truck_tacho():
    return (f"tacho {pick(PLATES)}: driver {pick(DRIVERS)[0]} {pick(['DRIVING', 'DRIVING', 'REST', 'WORK', 'AVAILABLE'])} since {hm()}, "
            f"daily drive {hmdur()}, remaining {hmdur()}")


def truck_reefer():
    sp = pick([-25.0, -18.0, -18.0, 2.0, 5.0, 12.0])
    return (f"Reefer {pick(['TK-SLXi-300', 'CT-Vector1550', 'TK-SLXe-400'])}/{R.randrange(1000000, 9999999)} on trailer {pick(['TR-0412', 'TR-0877', 'KR 33Z90'])}: "
            f"setpoint {sp:.1f}C return {sp + R.uniform(-1, 4):.1f}C supply {sp + R.uniform(-3, 1):.1f}C mode {pick(['CONTINUOUS', 'CYCLE-SENTRY', 'DEFROST', 'ALARM SHUTDOWN'])} fuel {R.randrange(5, 100)}%")


SETS["truck_telematics"] = [
    ("E1", 32, "pos veh=<*> drv=<*> lat=<*> lon=<*> spd=<*>km/h hdg=<*> odo=<*>km ign=<*>", truck_pos),
    ("E2", 10, "tacho <*>: driver <*> <*> since <*>, daily drive <*>, remaining <*>", truck_tacho),
    ("E3", 5, "event=<*> veh=<*> g=<*> speed: <*> km/h location: \"<*>\"",
     lambda: f"event={pick(['HARSH_BRAKING', 'HARSH_BRAKING', 'HARSH_ACCEL', 'CORNERING', 'OVERSPEED'])} veh={pick(PLATES).replace(' ', '_')} g={R.uniform(0.25, 0.9):.2f} speed: {R.randrange(10, 95)} km/h location: \"{pick(['A2 km 312, Hannover-Ost', 'Ul. Marywilska 44, Warszawa', 'Europaweg 3, 3199 LC Rotterdam', 'E40 near Liege'])}\""),
    ("E4", 6, "Geofence \"<*>\" <*> by <*> at <*> (dwell <*>)",
     lambda: f"Geofence \"{pick(['DC Venlo', 'Hub Poznan North', 'Customer Lidl Kerpen', 'Border PL-DE Swiecko'])}\" {pick(['ENTER', 'EXIT', 'EXIT'])} by {pick(PLATES)} at {iso()} (dwell {dur()})"),
    ("E5", 5, "Reefer <*>/<*> on trailer <*>: setpoint <*>C return <*>C supply <*>C mode <*> fuel <*>%", truck_reefer),
    ("E6", 3, "DTC <*> SPN <*> FMI <*> OC <*> (<*>) lamp=<*>",
     lambda: (lambda s: f"DTC {pick(PLATES)} SPN {s[0]} FMI {s[1]} OC {R.randrange(1, 127)} ({s[2]}) lamp={pick(['AMBER', 'AMBER', 'RED', 'MIL'])}")(
         pick([(3226, 4, "Aftertreatment NOx outlet"), (1569, 31, "Engine derate"), (168, 1, "Battery potential low"), (5246, 0, "SCR operator inducement severity"),
               (110, 16, "Coolant temp")]))),
    ("E7", 7, "Stop <*>/<*> of trip <*> delivered: consignee \"<*>\", pallets <*>, signed by <*>",
     lambda: (lambda n: f"Stop {R.randrange(1, n + 1)}/{n} of trip {trip_id()} delivered: consignee \"{pick(['REWE Markt GmbH', 'Jumbo DC Nieuwegein', 'Castorama', 'IKEA Distribution Services Dortmund'])}\", pallets {R.randrange(1, 33)}, signed by {pick(['M. Braun', 'k.jansen', 'NO SIGNATURE', 'Agnieszka W.'])}")(pick([3, 5, 8, 12]))),
    ("E8", 2, "Fuel level drop <*> l in <*> while parked at <*> - possible theft",
     lambda: f"Fuel level drop {R.randrange(40, 400)} l in {dur(True)} while parked at {pick(['P+R Autohof Wuerzburg', 'Lat 52.1731 Lon 14.6020', 'rest area Bad Hersfeld'])} - possible theft"),
    ("E9", 3, "Modem <*>: reconnected after <*> offline, buffered <*> records, rssi <*> dBm, <*>",
     lambda: f"Modem {R.randrange(10 ** 14, 10 ** 15)}: reconnected after {dur()} offline, buffered {R.randrange(1, 9000)} records, rssi {R.randrange(-113, -60)} dBm, {pick(['LTE', 'LTE', '3G', '2G', 'LTE-M'])}"),
    ("E10", 1, "OTA config v<*> pushed to <*> units (<*> failed)",
     lambda: f"OTA config v{version()} pushed to {R.randrange(10, 900)} units ({pick([0, 0, 1, 7])} failed)"),
    ("E11", 2, "Driver <*> logged in on <*> with card <*> (<*>)",
     lambda: (lambda d: f"Driver {d[1]} logged in on {pick(PLATES)} with card {d[0]} ({d[0][:3]})")(pick(DRIVERS))),
]

# A fish farm's feeding and oxygen control: cage oxygen readings with saturation and depth, feed cycles
# with a pellet of two or three words and an appetite verdict of one to four words, oxygen cones
# switched, low-oxygen alarms, plankton alerts with a species of one or two words, feed silos with a
# boat name, pellet cameras with a rate decision, sea-lice counts with a quoted action, mortality with
# a free-text cause, weather buoys, barge generators, ROV net inspections.
CAGES = [f"C{n:02d}" for n in range(1, 13)]
PELLETS = ["Optiline 9mm", "Rapid 12mm", "Supreme-20 Plus 4mm", "Ecolife Pearl 6mm"]


def fish_do():
    do = R.uniform(4.5, 11)
    return f"Cage {pick(CAGES)} DO={do:.2f}mg/l ({do * 10.5:.0f}% sat) temp={R.uniform(4, 16):.1f}C depth={pick([3, 5, 5, 10, 15])}m"


def fish_feed():
    return (f"Feed cycle {R.randrange(1, 12)} cage {pick(CAGES)}: {R.uniform(20, 1800):.1f} kg of {pick(PELLETS)} spread in {dur(True)} "
            f"(appetite {pick(['good', 'good', 'moderate', 'poor', 'stopped by camera', 'stopped: low oxygen'])})")


SETS["fish_farm"] = [
    ("E1", 26, "Cage <*> DO=<*>mg/l (<*>% sat) temp=<*>C depth=<*>m", fish_do),
    ("E2", 14, "Feed cycle <*> cage <*>: <*> kg of <*> spread in <*> (appetite <*>)", fish_feed),
    ("E3", 5, "Oxygen cone OC<*> <*> for cage <*> (DO <*> mg/l, threshold <*>)",
     lambda: f"Oxygen cone OC{R.randrange(1, 5)} {pick(['ON', 'OFF'])} for cage {pick(CAGES)} (DO {R.uniform(4, 9):.2f} mg/l, threshold {pick(['6.0', '6.5', '7.0'])})"),
    ("E4", 3, "!! LOW OXYGEN cage <*>: <*> mg/l at <*> m, feeding halted",
     lambda: f"!! LOW OXYGEN cage {pick(CAGES)}: {R.uniform(3, 5.5):.2f} mg/l at {pick([5, 10, 15])} m, feeding halted"),
    ("E5", 2, "Plankton alert <*> from <*>: <*> <*> cells/l",
     lambda: f"Plankton alert {pick(['AMBER', 'RED'])} from {pick(['lab sample', 'buoy FB-2 fluorometer', 'authority bulletin'])}: {pick(['Karenia mikimotoi', 'Chrysochromulina', 'Pseudo-nitzschia spp.'])} {R.randrange(1000, 900000)} cells/l"),
    ("E6", 4, "Silo <*> level <*> t (<*>%), next delivery <*> by <*>",
     lambda: f"Silo {pick(['S1', 'S2', 'S3', 'S4'])} level {R.uniform(2, 60):.1f} t ({R.randrange(3, 100)}%), next delivery {iso(R.randrange(8, 20))[:10]} by {pick(['MV Feedmaster', 'Skagerak Frakt', 'Nordlys II'])}"),
    ("E7", 7, "Camera <*>-<*> pellet count <*>/min waste ratio <*>% -> <*> rate",
     lambda: f"Camera {pick(CAGES)}-{pick(['UW1', 'UW2'])} pellet count {R.randrange(0, 600)}/min waste ratio {R.uniform(0, 25):.1f}% -> {pick(['hold', 'hold', 'decrease', 'increase'])} rate"),
    ("E8", 3, "Lice count cage <*>: <*> adult female per fish (<*> fish sampled), action \"<*>\"",
     lambda: f"Lice count cage {pick(CAGES)}: {R.uniform(0, 1.2):.2f} adult female per fish ({pick([10, 20, 20])} fish sampled), action \"{pick(['none', 'cleaner fish top-up', 'thermal delousing booked', 'report to authority'])}\""),
    ("E9", 2, "Mortality cage <*>: <*> fish removed by <*>, cause <*>",
     lambda: f"Mortality cage {pick(CAGES)}: {R.randrange(1, 800)} fish removed by {pick(['lift-up', 'diver', 'lift-up'])}, cause {pick(['unknown', 'winter ulcer suspected', 'handling after delousing', 'jellyfish'])}"),
    ("E10", 3, "Buoy <*>: wind <*> m/s <*>, wave Hs <*> m, current <*> cm/s",
     lambda: f"Buoy {pick(['FB-1', 'FB-2'])}: wind {R.uniform(0, 24):.1f} m/s {pick(['N', 'NE', 'SW', 'WSW', 'S'])}, wave Hs {R.uniform(0.1, 4):.1f} m, current {R.randrange(2, 80)} cm/s"),
    ("E11", 2, "Feed barge generator <*> <*> (load <*>kW, fuel <*>%)",
     lambda: f"Feed barge generator {pick([1, 2])} {pick(['started', 'stopped'])} (load {R.randrange(0, 320)}kW, fuel {R.randrange(10, 100)}%)"),
    ("E12", 1, "Net inspection ROV dive <*>: <*> holes found, <*>",
     lambda: f"Net inspection ROV dive {R.randrange(100, 999)}: {pick([0, 0, 1, 2])} holes found, {pick(['net clean', 'fouling on bottom ring', 'repaired by divers', 'seal damage at 8m'])}"),
]

# A university's exam proctoring system: session heartbeats in key=value form with webcam state, face
# and tab counts and latency; flags with a bracketed severity, a rule of one to three words and free
# text with an elapsed time; exam starts with a student of two or three words, a quoted title and an
# id check; submissions with a size and lateness of one to four words; proctor reviews with a verdict
# and a quoted note; reconnects; rooms; accommodations; LMS sync failures; lockdown browsers; closes.
STUDENTS = [("s2419077", "Lea Hoffmann"), ("s2380114", "Arjun Nair"), ("s2501236", "Chloe Dubois-Martin"), ("s2377902", "Wei Zhang"),
            ("s2466001", "Oluwaseun Adeyemi"), ("s2512880", "Maja Nowak")]
EXAMS = [("MATH1011", "Linear Algebra I"), ("CS2040", "Data Structures and Algorithms"), ("ECON3105", "Econometrics"),
         ("BIO1002", "Cell Biology"), ("LAW2210", "Contract Law (resit)")]


def exam_sid():
    return f"ps_{mixed(10)}"


def exam_heartbeat():
    return (f"session {exam_sid()} student={pick(STUDENTS)[0]} exam={pick(EXAMS)[0]} webcam={pick(['ok', 'ok', 'ok', 'ok', 'blocked', 'dark'])} "
            f"faces={pick([1, 1, 1, 1, 1, 0, 2])} tabs={pick([1, 1, 1, 2])} net={R.randrange(12, 900)}ms")


def exam_flag():
    rule, detail = pick([("second face", "2 faces visible for 14 s"), ("audio", "speech detected, 3 voices"),
                         ("focus lost", f"window focus lost {R.randrange(1, 9)} times"), ("phone detected", "object class phone score 0.81"),
                         ("gaze", "looking off-screen > 30 s"), ("copy paste", "paste of 412 chars into answer 7")])
    return f"FLAG {exam_sid()} [{pick(['LOW', 'LOW', 'MED', 'HIGH'])}] {rule}: {detail} (t+{R.randrange(0, 180):02d}:{R.randrange(0, 60):02d})"


SETS["exam_proctoring"] = [
    ("E1", 28, "session <*> student=<*> exam=<*> webcam=<*> faces=<*> tabs=<*> net=<*>ms", exam_heartbeat),
    ("E2", 9, "FLAG <*> [<*>] <*>: <*> (t+<*>:<*>)", exam_flag),
    ("E3", 6, "Student <*> (<*>) started \"<*>\" in room <*> at <*>, id check <*>",
     lambda: (lambda s, e: f"Student {s[1]} ({s[0]}) started \"{e[1]}\" in room {pick(['remote', 'remote', 'HS 1', 'Audimax', 'B-204'])} at {hm()}, id check {pick(['passed', 'passed', 'manual', 'failed'])}")(pick(STUDENTS), pick(EXAMS))),
    ("E4", 7, "Submission <*> for <*> by <*>: <*> answers, <*>KiB, <*>",
     lambda: f"Submission {uuid()} for {pick(EXAMS)[0]} by {pick(STUDENTS)[0]}: {R.randrange(0, 41)} answers, {R.uniform(1, 4000):.1f}KiB, {pick(['on time', 'on time', 'on time', 'late by ' + dur(True), 'auto-submitted at deadline'])}"),
    ("E5", 4, "Proctor <*> reviewed flag #<*> on <*>: <*> - \"<*>\"",
     lambda: f"Proctor {pick(['dr.kaiser', 'T. Okafor', 'proctor-pool-3'])} reviewed flag #{R.randrange(1000, 99999)} on {exam_sid()}: {pick(['dismissed', 'dismissed', 'confirmed', 'escalated'])} - \"{pick(['sibling walked in', 'clear', 'reading from notes', 'lighting change'])}\""),
    ("E6", 3, "Connection lost for <*> at <*>; reconnected after <*> (<*> answers autosaved)",
     lambda: f"Connection lost for {exam_sid()} at {clock()}; reconnected after {dur(True)} ({R.randrange(0, 40)} answers autosaved)"),
    ("E7", 3, "Room <*>: <*>/<*> seats occupied, invigilator <*>, doors <*>",
     lambda: f"Room {pick(['HS 1', 'Audimax', 'B-204'])}: {R.randrange(10, 200)}/{pick([80, 200, 450])} seats occupied, invigilator {pick(['M. Schulz', 'A. Rossi', 'n/a'])}, doors {pick(['locked', 'open'])}"),
    ("E8", 2, "Accommodation applied for <*>: <*>",
     lambda: f"Accommodation applied for {pick(STUDENTS)[0]}: {pick(['extra time +25%', 'separate room', 'screen reader', 'rest breaks 10 min/h'])}"),
    ("E9", 2, "LMS sync to <*> failed: HTTP <*> <*>, retry in <*>s",
     lambda: (lambda h: f"LMS sync to {pick(['https://lms.uni.example/webservice/rest', 'moodle-exam.uni.example'])} failed: HTTP {h[0]} {h[1]}, retry in {pick([30, 60, 120])}s")(
         pick([(502, "Bad Gateway"), (503, "Service Unavailable"), (503, "Service Unavailable"), (429, "Too Many Requests")]))),
    ("E10", 3, "Browser lockdown v<*> on <*>: blocked process \"<*>\" (pid <*>)",
     lambda: f"Browser lockdown v{pick(['3.2.1', '3.2.4', '3.3.0'])} on {pick(['Windows 11 23H2', 'macOS 14.6', 'Windows 10'])}: blocked process \"{pick(['Discord.exe', 'TeamViewer', 'obs64.exe', 'Microsoft Teams'])}\" (pid {R.randrange(300, 60000)})"),
    ("E11", 1, "Exam <*> closed: <*> submitted, <*> missing, <*> flagged, median time <*>",
     lambda: f"Exam {pick(EXAMS)[0]} closed: {R.randrange(20, 400)} submitted, {pick([0, 1, 3])} missing, {R.randrange(0, 30)} flagged, median time {dur()}"),
]

SIZES = {"zoo_enclosures": 330, "ballast_water": 310, "cinema_booking": 340, "truck_telematics": 350, "fish_farm": 320,
         "exam_proctoring": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
