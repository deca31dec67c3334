#!/usr/bin/env python3
"""Writes the twenty-sixth batch of labelled held-out logs of this folder (see README.md), written blind
to the grouping rules (neither they nor the miner's output on these lines were looked at). Same columns
and labelling as make_heldout.py: one event per log statement, everything its arguments fill in is a
variable however many words it spans, text the statement prints itself (units glued to a number, `=`,
brackets, quotes, `0x`, currency signs) stays literal. Fixed seed.

    python3 make_heldout_26.py OUT_DIR
"""
import sys

from heldout_common import R, hexs, pick, seed, uuid, write_sets  # noqa: F401 (used by the statements)

seed(26262)


def mixed(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"):
    return "".join(pick(alphabet) for _ in range(n))


def upper(n):
    return mixed(n, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


def clock(hours=24):
    return f"{R.randrange(0, hours):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}"


def hm():
    return f"{R.randrange(7, 20):02d}:{pick(['00', '15', '30', '45'])}"


def day(month=12, lo=1, hi=31):
    return f"2026-{month:02d}-{R.randrange(lo, hi + 1):02d}"


def dur():
    """A duration as a Go-like formatter prints it: 48.3s, 4m08.1s, 1h12m."""
    s = R.random()
    if s < 0.35:
        return f"{R.randrange(1, 60)}.{R.randrange(10)}s"
    if s < 0.8:
        return f"{R.randrange(1, 60)}m{R.randrange(0, 60):02d}.{R.randrange(10)}s"
    return f"{R.randrange(1, 4)}h{R.randrange(0, 60):02d}m"


def mins(lo=2, hi=25):
    return f"{R.randrange(lo, hi)}m{R.randrange(0, 60):02d}.{R.randrange(10)}s"


def short_dur():
    return pick([f"{R.randrange(20, 59)}s", f"{R.randrange(1, 59)}m{R.randrange(0, 60):02d}s", f"{R.randrange(1, 3)}h{R.randrange(0, 60)}m"])


def thousands(lo, hi):
    return f"{R.randrange(lo, hi):,}"


SETS = {}

# A court's case management system: filings, listings, hearings and their outcomes, documents,
# video links to prisons, jury panels, access control on sealed cases, fees, orders, deadlines.
CASE_PREFIX = ["CV", "CV", "CV", "CR", "CR", "FAM", "EMP"]
COURTROOMS = ["1", "2", "3", "4B", "7", "12A", "Annex 2"]
JUDGES = ["Judge Amara Okafor", "District Judge Lee", "HHJ Patel", "Recorder M. Brennan", "Judge Ines de la Cruz",
          "Deputy District Judge Fairweather-Hughes", "Magistrates (bench of 3)"]
FIRMS = ["Harlow & Pike LLP", "Smith Legal Ltd", "litigant in person", "Crown Prosecution Service", "O'Neill Solicitors",
         "Baxter, Quill and Ramsden", "Citizens Advice (duty scheme)"]
CLERKS = ["k.mensah", "r.tanaka", "J.Oyelaran", "anne-marie.colin", "dlewis2", "P.Szabo"]
ROLES = ["Clerk", "Clerk", "Listing Officer", "Judge", "Usher", "Legal Adviser", "BailiffSupervisor"]


def case():
    p = pick(CASE_PREFIX)
    return f"{p}-2026-{R.randrange(1, 20000):0{4 if p == 'CR' else 6}d}"


def court_filed():
    ctype = pick(["claim", "claim", "appeal", "application", "petition", "small claim"])
    court = pick(["Civil Division", "Civil Division", "Crown Court", "Family Court", "Employment Tribunal", "County Court at Leeds"])
    fee = pick(["35.00", "332.00", "455.00", "10,000.00", "115.00", "0.00"])
    return f"CASE FILED case={case()} court=\"{court}\" type={ctype} parties={pick([2, 2, 2, 3, 4, 7])} filed_by=\"{pick(FIRMS)}\" fee=£{fee}"


def court_hearing():
    return (f"Hearing scheduled for {case()} in Courtroom {pick(COURTROOMS)} on {day(12, 8, 23)} {hm()} before {pick(JUDGES)} "
            f"(est. {pick(['30m', '1h', '2h15m', '45m', '3d', '1h30m'])})")


def court_doc():
    title = pick(["Witness statement of J. Doe (exhibit JD-3).pdf", "Particulars of claim.pdf", "Bundle vol 2 [pp 201-488].pdf",
                  "Skeleton argument - defendant.docx", "CCTV still 04.jpg", "Expert report (Dr R. Ahmed) final v3.pdf", "N244.pdf"])
    return f"doc upload: [{case()}] \"{title}\" {R.randrange(1, 900) / 10:.1f}MiB pages={R.randrange(1, 600)} sha256={hexs(16)}"


def court_outcome():
    out = pick(["adjourned", "adjourned", "order made", "judgment reserved", "dismissed", "consent order approved", "part heard"])
    return f"Hearing H-{R.randrange(10000, 99999)} concluded: outcome={out} duration={pick(['12m', '47m', '1h05m', '2h40m', '3h'])}"


def court_av():
    dest = pick(["HMP Wandsworth", "HMP Leeds", "YOI Feltham", "Police Station (Bethnal Green)", "remote witness"])
    return (f"AV [Courtroom {pick(COURTROOMS)}] CVP link to {dest} dropped after {dur()}, reconnecting "
            f"(attempt {R.randrange(1, 4)}/{pick([3, 5])})")


def court_jury():
    ex = R.randrange(0, 4)
    reasons = ", ".join(pick(["medical", "childcare", "travel", "knows defendant", "language"]) for _ in range(ex)) or "none"
    return f"Jury panel JP-{R.randrange(1201, 1231)}-{R.randrange(1, 6):02d} summoned: {R.randrange(12, 19)} jurors, {ex} excused (reasons: {reasons})"


def court_deadline():
    what = pick(["defence", "witness statements", "skeleton argument", "disclosure", "costs budget"])
    return f"WARN deadline: {what} due {day(12, 8, 20)} for {case()} ({R.randrange(1, 8)} days left)"


SETS["court_cases"] = [
    ("E1", 14, "CASE FILED case=<*> court=\"<*>\" type=<*> parties=<*> filed_by=\"<*>\" fee=£<*>", court_filed),
    ("E2", 24, "Hearing scheduled for <*> in Courtroom <*> on <*> <*> before <*> (est. <*>)", court_hearing),
    ("E3", 13, "doc upload: [<*>] \"<*>\" <*>MiB pages=<*> sha256=<*>", court_doc),
    ("E4", 10, "Hearing <*> concluded: outcome=<*> duration=<*>", court_outcome),
    ("E5", 5, "AV [Courtroom <*>] CVP link to <*> dropped after <*>, reconnecting (attempt <*>/<*>)", court_av),
    ("E6", 4, "Jury panel <*> summoned: <*> jurors, <*> excused (reasons: <*>)", court_jury),
    ("E7", 12, "user <*> role=<*> opened case <*> (sealed: <*>)",
     lambda: f"user {pick(CLERKS)} role={pick(ROLES)} opened case {case()} (sealed: {pick(['no', 'no', 'no', 'yes'])})"),
    ("E8", 3, "ACCESS DENIED user=<*> role=<*> case=<*> reason=\"<*>\"",
     lambda: f"ACCESS DENIED user={pick(CLERKS)} role={pick(['Usher', 'Clerk', 'Listing Officer'])} case=FAM-2026-{R.randrange(1, 2000):06d} "
             f"reason=\"{pick(['restricted family proceedings', 'sealed by order', 'not assigned', 'reporting restriction s.45'])}\""),
    ("E9", 6, "Payment received: £<*> ref <*> for <*> via <*>",
     lambda: f"Payment received: £{pick(['35.00', '55.00', '332.00', '1,313.00', '275.00'])} ref PAY-{upper(6)} for {case()} "
             f"via {pick(['card', 'card', 'PBA account', 'cheque', 'Help with Fees remission'])}"),
    ("E10", 4, "Order <*> sealed and served on <*> parties by <*>",
     lambda: f"Order ORD/2026/{R.randrange(10000, 30000)} sealed and served on {pick([1, 2, 2, 3])} parties by "
             f"{pick(['email', 'email', 'first class post', 'personal service', 'document exchange'])}"),
    ("E11", 2, "WARN deadline: <*> due <*> for <*> (<*> days left)", court_deadline),
    ("E12", 2, "Transcript requested: hearing <*> audio <*> by \"<*>\" turnaround=<*>",
     lambda: f"Transcript requested: hearing H-{R.randrange(10000, 99999)} audio {clock(4)} by \"{pick(FIRMS)}\" "
             f"turnaround={pick(['7 day', '7 day', '48 hour', 'same day'])}"),
    ("E13", 1, "ERROR e-filing gateway: HTTP <*> from <*> (retry in <*>s)",
     lambda: f"ERROR e-filing gateway: HTTP {pick([502, 503, 504])} from https://efile.example.gov.uk/api/v2/"
             f"{pick(['submissions', 'submissions/' + uuid(), 'fees'])} (retry in {pick([30, 60, 120])}s)"),
    ("E14", 3, "Listing moved: <*> from Courtroom <*> to Courtroom <*> (<*>)",
     lambda: f"Listing moved: {case()} from Courtroom {pick(COURTROOMS)} to Courtroom {pick(COURTROOMS)} "
             f"({pick(['judge unavailable', 'interpreter required', 'accessibility', 'overrun in previous hearing', 'AV fault'])})"),
]

# A beehive monitoring network: LoRa scale nodes under each hive, acoustic analysis, swarm and tamper
# alarms, keepers' inspections, varroa counts, feeders, harvests, apiary weather, firmware updates.
APIARIES = ["Orchard Row", "Meadow Gate", "Churchyard", "Roof (Library)", "Heath Lane North", "Allotments"]
HIVES = [f"H-{n:03d}" for n in (3, 4, 9, 12, 17, 21, 26, 30, 41)]
NODES = [f"70B3D5499{hexs(7).upper()}" for _ in range(9)]
KEEPERS = ["Marta Nowak", "Ben", "J. Achterberg", "Siobhan O'Reilly", "Kwame A.", "volunteer team"]


def hive():
    return pick(HIVES)


def bee_telemetry():
    return (f"hive={hive()} apiary=\"{pick(APIARIES)}\" weight={R.randrange(1800, 7200) / 100:.2f}kg "
            f"dW={pick(['-', '', '+'])}{R.randrange(0, 90) / 100:.2f}kg temp_brood={R.randrange(310, 362) / 10:.1f}C "
            f"rh={R.randrange(40, 85)}% batt={R.randrange(330, 420) / 100:.2f}V rssi=-{R.randrange(70, 122)}dBm")


def bee_acoustic():
    state = pick(["normal", "normal", "normal", "queenright", "queenless?", "pre-swarm piping", "fanning"])
    return f"[{hive()}] acoustic: dominant {R.randrange(180, 520)}Hz, level {R.randrange(250, 620) / 10:.1f} dB, state={state}"


def bee_inspection():
    note = pick(["capped queen cells on frame 4", "all good", "chalkbrood seen, 3 cells", "added super",
                 "very defensive today, two stings", "eggs present, queen not marked", "low stores - fed fondant"])
    return (f"Inspection logged by {pick(KEEPERS)} for {hive()}: frames_brood={R.randrange(0, 10)}, queen seen: "
            f"{pick(['yes', 'yes', 'no', 'eggs only'])}, temperament: {pick(['calm', 'calm', 'nervous', 'runny', 'aggressive'])}, notes: \"{note}\"")


SETS["beehive_monitor"] = [
    ("E1", 28, "hive=<*> apiary=\"<*>\" weight=<*>kg dW=<*>kg temp_brood=<*>C rh=<*>% batt=<*>V rssi=<*>dBm", bee_telemetry),
    ("E2", 14, "[<*>] acoustic: dominant <*>Hz, level <*> dB, state=<*>", bee_acoustic),
    ("E3", 3, "SWARM ALERT hive <*> (<*>): weight drop <*>kg in <*>, brood temp <*>C",
     lambda: f"SWARM ALERT hive {hive()} ({pick(APIARIES)}): weight drop {R.randrange(120, 380) / 100:.2f}kg in {mins(1, 20)}, "
             f"brood temp {R.randrange(340, 375) / 10:.1f}C"),
    ("E4", 11, "gw <*>: uplink from node <*> SF<*> BW125 snr=<*> fcnt=<*>",
     lambda: f"gw {pick(['lora-gw-01', 'lora-gw-03', 'LoRaGW_Roof'])}: uplink from node {pick(NODES)} SF{pick([7, 9, 9, 10, 12])} BW125 "
             f"snr={R.randrange(-150, 100) / 10:.1f} fcnt={R.randrange(100, 40000)}"),
    ("E5", 7, "Inspection logged by <*> for <*>: frames_brood=<*>, queen seen: <*>, temperament: <*>, notes: \"<*>\"", bee_inspection),
    ("E6", 5, "Varroa count <*>: <*> mites/24h on sticky board (threshold <*>) -> <*>",
     lambda: (lambda n: f"Varroa count {hive()}: {n} mites/24h on sticky board (threshold 10) -> "
                        f"{'treat' if n > 10 else pick(['monitor', 'ok'])}")(R.randrange(0, 30))),
    ("E7", 5, "Feeder <*> topped up with <*>L syrup (<*>) - remaining <*>L",
     lambda: f"Feeder {hive()} topped up with {pick(['1.0', '2.5', '2.5', '4.0'])}L syrup ({pick(['1:1', '2:1'])}) - remaining {R.randrange(0, 15) / 10:.1f}L"),
    ("E8", 3, "node <*> (hive <*>) missed <*> uplinks, last seen <*> ago",
     lambda: f"node {pick(NODES)} (hive {hive()}) missed {R.randrange(3, 40)} uplinks, last seen {short_dur()} ago"),
    ("E9", 3, "Harvest <*> super #<*>: <*>kg honey, moisture <*>%, batch <*> \"<*>\"",
     lambda: f"Harvest {hive()} super #{R.randrange(1, 4)}: {R.randrange(40, 190) / 10:.1f}kg honey, moisture {R.randrange(155, 205) / 10:.1f}%, "
             f"batch HNY-26-{R.randrange(1, 300):04d} \"{pick(['Lime & clover', 'Heather', 'Spring blossom', 'Wildflower (late)', 'Borage'])}\""),
    ("E10", 2, "TAMPER hive <*> tilt <*>deg accel=<*>g lid=<*>",
     lambda: f"TAMPER hive {hive()} tilt {R.randrange(50, 900) / 10:.1f}deg accel={R.randrange(80, 400) / 100:.2f}g lid={pick(['closed', 'open'])}"),
    ("E11", 5, "weather apiary=\"<*>\": <*>C wind <*>m/s <*>, rain <*>mm, forage index <*>",
     lambda: f"weather apiary=\"{pick(APIARIES)}\": {R.randrange(-30, 280) / 10:.1f}C wind {R.randrange(0, 140) / 10:.1f}m/s "
             f"{pick(['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW', 'WSW'])}, rain {R.randrange(0, 80) / 10:.1f}mm, forage index {R.randrange(0, 100) / 100:.2f}"),
    ("E12", 2, "OTA node <*>: firmware <*> -> <*> <*>",
     lambda: f"OTA node {pick(NODES)}: firmware 1.4.2 -> {pick(['1.5.0', '1.5.0-rc2'])} "
             f"{pick(['ok', 'ok', 'failed: CRC mismatch', 'failed: battery below 3.50V', 'deferred'])}"),
    ("E13", 3, "battery low on <*>: <*>V, solar <*>mA, est. <*> days left",
     lambda: f"battery low on {hive()}: {R.randrange(320, 345) / 100:.2f}V, solar {R.randrange(0, 40)}mA, est. {R.randrange(1, 9)} days left"),
]

# A TV studio's tally, intercom and signal monitoring: camera tally states from the vision mixer,
# intercom talk keys, router takes, wireless beltpacks, rundown timing, signal alarms, sync, ISO
# recorders, IFB mix-minus, panel logins, loudness, PTP grandmaster changes.
CAMS = [("CAM1", "Studio A / Cam 1 (ped)"), ("CAM2", "Studio A / Cam 2 (ped)"), ("CAM3", "Studio A / Cam 3 (jib)"),
        ("CAM5", "Studio A / Cam 5 [robo, wide]"), ("RF1", "Steadicam RF \"Floor\""), ("PTZ7", "Gallery PTZ 7")]
IC_CHANNELS = ["PL Production", "PL Production", "PL Camera", "Lighting", "Sound", "Floor", "IFB Presenter 1"]
ROUTER_SRCS = ["EVS XT-3 Ch.B", "CAM 2", "Remote OB \"Stadium North\"", "GFX Fill", "Clock", "Satellite RX 4"]
IC_USERS = ["Floor Mgr 2", "Director", "Vision Eng.", "Cam 3 op", "Sound Supervisor", "PA", "Lighting Dir (LD)"]


def ic_device():
    return pick([f"Beltpack BP-{R.randrange(1, 30):02d}", f"Panel KP-{R.randrange(1, 12):02d}", f"Wireless FS-{R.randrange(1, 9)}"])


def tc():
    return f"{R.randrange(9, 22):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 60):02d}:{R.randrange(0, 25):02d}"


def tv_tally():
    cam, src = pick(CAMS)
    return f"TALLY cam={cam} src=\"{src}\" state={pick(['PGM', 'PGM', 'PVW', 'PVW', 'OFF', 'ISO'])} bus={pick(['ME1', 'ME1', 'ME2', 'AUX3'])} ts={tc()}"


def tv_rec_start():
    cam = pick(["ISO-CAM1", "ISO-CAM2", "ISO-CAM3", "PGM-CLEAN", "PGM-DIRTY"])
    return (f"REC [{cam}] started clip \"NAS6_1207_{cam.split('-')[-1]}_{R.randrange(1, 40):03d}.mxf\" codec "
            f"{pick(['XAVC-I 4:2:2 10bit', 'DNxHD 120', 'ProRes 422 HQ'])}, free {R.randrange(100, 900) / 100:.2f}TiB")


SETS["tv_studio"] = [
    ("E1", 26, "TALLY cam=<*> src=\"<*>\" state=<*> bus=<*> ts=<*>", tv_tally),
    ("E2", 16, "IC key [<*> \"<*>\"] -> channel \"<*>\" talk=<*>",
     lambda: f"IC key [{ic_device()} \"{pick(IC_USERS)}\"] -> channel \"{pick(IC_CHANNELS)}\" talk={pick(['on', 'off', 'latched'])}"),
    ("E3", 8, "Router take: dst <*> (lvl <*>) <- src \"<*>\", by panel <*>",
     lambda: f"Router take: dst {pick(['MON-PGM-2', 'MV-IN-14', 'TX-1', 'REC-ISO3', 'GALLERY-Q'])} (lvl {pick(['V+A1-8', 'V', 'A1-2', 'V+A1-16'])}) "
             f"<- src \"{pick(ROUTER_SRCS)}\", by panel RCP-{R.randrange(1, 9)}"),
    ("E4", 6, "WBP <*> (<*>): RSSI <*>dBm, battery <*>%, link=<*>",
     lambda: f"WBP {R.randrange(1, 20):02d} ({pick(IC_USERS)}): RSSI -{R.randrange(45, 95)}dBm, battery {R.randrange(4, 100)}%, "
             f"link={pick(['good', 'good', 'marginal', 'lost'])}"),
    ("E5", 5, "Rundown \"<*>\" item <*> \"<*>\" on air <*> <*> by <*>s",
     lambda: f"Rundown \"{pick(['News at Six', 'Morning Live', 'Sport Tonight (late)'])}\" item {R.randrange(1, 30)} "
             f"\"{pick(['Weather - Sarah K.', 'Headlines', 'VT: flood report', 'Interview (2-way)', 'Sport'])}\" on air "
             f"00:{R.randrange(0, 6):02d}:{R.randrange(0, 60):02d} {pick(['over', 'under'])} by {R.randrange(1, 40)}s"),
    ("E6", 4, "ALARM input <*> (<*>): <*> for <*>s",
     lambda: f"ALARM input SDI-{R.randrange(1, 48):02d} ({pick(['Remote OB Stadium North', 'Sat RX 4', 'CAM 5', 'Studio B return'])}): "
             f"{pick(['loss of signal', 'frozen frame', 'black detected', 'audio silence on ch 1-2'])} for {R.randrange(5, 300) / 10:.1f}s"),
    ("E7", 3, "Sync: reference <*> <*> on frame sync <*>, phase offset <*> lines",
     lambda: f"Sync: reference {pick(['Tri-Level 1080i50', 'Black Burst'])} {pick(['locked', 'locked', 'unlocked'])} on frame sync FS-{R.randrange(1, 9):02d}, "
             f"phase offset {pick(['+', '-'])}{R.randrange(0, 6)} lines"),
    ("E8", 4, "REC [<*>] started clip \"<*>\" codec <*>, free <*>TiB", tv_rec_start),
    ("E9", 3, "REC [<*>] stopped after <*>, <*>GiB written, dropped frames: <*>",
     lambda: f"REC [{pick(['ISO-CAM1', 'ISO-CAM2', 'ISO-CAM3', 'PGM-CLEAN'])}] stopped after {dur()}, {R.randrange(10, 4000) / 10:.1f}GiB written, "
             f"dropped frames: {pick([0, 0, 0, 2, 17])}"),
    ("E10", 2, "IFB mix-minus for \"<*>\" rebuilt: <*> sources, level <*>dBFS",
     lambda: f"IFB mix-minus for \"{pick(['Guest 2 (remote, Berlin)', 'Presenter 1', 'Reporter - flood site'])}\" rebuilt: "
             f"{R.randrange(3, 12)} sources, level -{R.randrange(120, 240) / 10:.1f}dBFS"),
    ("E11", 3, "panel login <*> user=<*> role: <*>",
     lambda: f"panel login RCP-{R.randrange(1, 9)} user={pick(['j.okonkwo', 'LRuiz', 'vision2', 'm.hart'])} "
             f"role: {pick(['vision engineer', 'director', 'sound', 'technical manager (TM)'])}"),
    ("E12", 2, "Loudness <*>: integrated <*> LUFS, true peak <*> dBTP (limit <*>) <*>",
     lambda: f"Loudness {pick(['PGM', 'TX-1', 'AUX 3'])}: integrated -{R.randrange(200, 260) / 10:.1f} LUFS, true peak -{R.randrange(0, 40) / 10:.1f} dBTP "
             f"(limit -1.0) {pick(['OK', 'WARN'])}"),
    ("E13", 1, "PTP grandmaster changed: <*> -> <*> (priority1 <*>, class <*>)",
     lambda: f"PTP grandmaster changed: 00-1D-C1-FF-FE-{hexs(2).upper()}-{hexs(2).upper()}-{hexs(2).upper()} -> "
             f"00-1D-C1-FF-FE-{hexs(2).upper()}-{hexs(2).upper()}-{hexs(2).upper()} (priority1 {pick([127, 128])}, class {pick([6, 7, 248])})"),
]

# A recycling centre's sorting line (MRF): optical sorters, infeed tickets, balers, conveyor jams,
# the eddy current separator, contamination and thermal alarms, picking cabins, outbound loads,
# picking robots, shift summaries, PLC faults.
OPERATORS = ["Tomasz W.", "Ana L.", "Dev", "Grace Mbeki", "shift lead B", "K. O'Donnell"]
MATERIALS = ["Aluminium cans", "PET clear", "PET coloured", "HDPE natural", "OCC cardboard", "Mixed paper", "Steel cans"]


def rc_optical():
    pet, hdpe, pp, rej = R.randrange(200, 500) / 10, R.randrange(50, 250) / 10, R.randrange(20, 150) / 10, R.randrange(5, 80) / 10
    return (f"{pick(['NIR-1', 'NIR-2', 'NIR-2', 'NIR-3', 'Colour-1'])} ejected {R.randrange(300, 2400)} objects/min: PET={pet}% HDPE={hdpe}% "
            f"PP={pp}% reject={rej}% purity {R.randrange(880, 995) / 10:.1f}%")


def rc_jam():
    return (f"JAM conveyor C-{R.randrange(1, 15):02d} ({pick(['screen to ballistic', 'infeed', 'paper line', 'container line'])}) at {clock()}, "
            f"motor current {R.randrange(150, 420) / 10:.1f}A, cleared by {pick(OPERATORS)} after {short_dur()}")


SETS["recycling_sorting"] = [
    ("E1", 24, "<*> ejected <*> objects/min: PET=<*>% HDPE=<*>% PP=<*>% reject=<*>% purity <*>%", rc_optical),
    ("E2", 12, "Infeed ticket <*>: <*> kg from \"<*>\" (<*>)",
     lambda: f"Infeed ticket T-26-{R.randrange(100000, 130000)}: {thousands(2000, 14000)} kg from "
             f"\"{pick(['Westfield Council kerbside', 'Retail park (Bay 3)', 'HWRC Northgate', 'Commercial - Q&R Ltd'])}\" "
             f"({pick(['mixed dry recyclables', 'mixed dry recyclables', 'fibre only', 'containers', 'glass excluded'])})"),
    ("E3", 10, "Baler <*> bale #<*> material=<*> weight=<*>kg wires=<*> -> bay <*>",
     lambda: f"Baler {pick(['B1', 'B1', 'B2'])} bale #{R.randrange(1, 9999):06d} material={pick(MATERIALS)} weight={R.randrange(280, 520)}kg "
             f"wires={pick([4, 5, 5, 6])} -> bay {pick(['A', 'B', 'C3', 'D'])}"),
    ("E4", 6, "JAM conveyor <*> (<*>) at <*>, motor current <*>A, cleared by <*> after <*>", rc_jam),
    ("E5", 5, "ECS rotor speed <*>rpm, belt <*>m/s, non-ferrous yield <*>kg/h",
     lambda: f"ECS rotor speed {R.randrange(2400, 3200)}rpm, belt {R.randrange(12, 25) / 10:.1f}m/s, non-ferrous yield {R.randrange(80, 300)}kg/h"),
    ("E6", 4, "Contamination alert: <*> detected by <*> on <*> [confidence <*>], line <*>",
     lambda: f"Contamination alert: {pick(['lithium battery', 'lithium battery', 'gas cylinder', 'needle/sharps', 'vape pen'])} detected by "
             f"{pick(['X-ray', 'camera AI', 'picker'])} on C-{R.randrange(1, 15):02d} [confidence {R.randrange(60, 100) / 100:.2f}], "
             f"line {pick(['stopped', 'slowed', 'running'])}"),
    ("E7", 8, "Picking cabin <*> station <*>: operator \"<*>\" picked <*> items in <*> (<*>)",
     lambda: f"Picking cabin PC-{R.randrange(1, 4)} station {R.randrange(1, 9)}: operator \"{pick(OPERATORS)}\" picked {R.randrange(40, 600)} items "
             f"in {pick(['30m', '30m', '1h', '15m'])} ({', '.join(sorted(set(pick(['film', 'textiles', 'wood', 'cables', 'hoses', 'nappies']) for _ in range(R.randrange(1, 4)))))})"),
    ("E8", 2, "THERMAL cam <*> hotspot <*>C at zone \"<*>\" -> deluge <*>",
     lambda: f"THERMAL cam TC-{R.randrange(1, 5)} hotspot {R.randrange(600, 1800) / 10:.1f}C at zone "
             f"\"{pick(['Tipping floor NE', 'Bunker 2', 'Residual conveyor'])}\" -> deluge {pick(['armed', 'armed', 'triggered'])}"),
    ("E9", 4, "Outbound load <*> to \"<*>\": <*> bales, <*>t, grade <*>",
     lambda: f"Outbound load LD-{R.randrange(7000, 8000)} to \"{pick(['Cascade Paper Mill, Kent', 'Novelis (Warrington)', 'PolyLoop BV'])}\": "
             f"{R.randrange(16, 30)} bales, {R.randrange(1200, 2400) / 100:.2f}t, grade {pick(['1.05', '1.02.00', 'A', 'PET-C-98'])}"),
    ("E10", 2, "robot <*> pick rate <*>/min success <*>% model=<*> top_miss: \"<*>\"",
     lambda: f"robot AMP-{R.randrange(1, 4)} pick rate {R.randrange(40, 80)}/min success {R.randrange(850, 990) / 10:.1f}% "
             f"model={pick(['cortex-v7.2:mrf-eu', 'cortex@7.3-beta'])} top_miss: \"{pick(['black PP trays', 'crushed cans', 'wet cardboard'])}\""),
    ("E11", 2, "Shift <*> ended: throughput <*>t/h, downtime <*>, availability <*>%",
     lambda: f"Shift {pick(['A', 'B', 'Night'])} ended: throughput {R.randrange(90, 180) / 10:.1f}t/h, downtime {short_dur()}, "
             f"availability {R.randrange(700, 990) / 10:.1f}%"),
    ("E12", 1, "PLC <*> fault 0x<*> on module \"<*>\" rack <*> slot <*>",
     lambda: f"PLC {pick(['S7-1500', 'CPU 1516-3 PN/DP'])} fault 0x{hexs(4).upper()} on module \"{pick(['DI 32x24VDC HF', 'AQ 8xU/I HS'])}\" "
             f"rack 0 slot {R.randrange(1, 12)}"),
]

# A ski rental shop's fitting and returns: rentals out with skis, boots and binding settings, DIN
# calculations, returns and damage charges, the tuning workshop, binding release checks, boot dryers,
# online bookings, RFID gates, overdue rentals, payments, waivers.
SKIS = ["Atomic Redster Q7", "Rossignol Experience 78", "Head Shape e-V8", "Volkl Deacon 76", "Elan Ripstick 88 W", "Fischer RC4 Jr"]
BOOTS = ["Salomon S/Pro", "Head Edge LYT 80", "Tecnica Mach1 MV", "Nordica Sportmachine 3 (rental)", "Atomic Hawx Prime"]
CUSTOMERS = ["Lena Hofmann", "Tom", "Jean-Luc Perrin", "Akiko Sato", "Van der Berg, Pieter", "family Kowalczyk", "M. O'Brien"]


def rental():
    return f"R26-{R.randrange(3000, 5000):05d}"


def ski_out():
    return (f"RENTAL OUT #{rental()} customer=\"{pick(CUSTOMERS)}\" skis={pick(SKIS)} {pick([140, 150, 158, 163, 170, 177])}cm "
            f"boots={pick(BOOTS)} mondo {pick(['22.5', '24.5', '26', '26.5', '28', '29.5'])} DIN={pick(['3', '4.5', '5.5', '6.5', '7', '8.5'])} "
            f"days={pick([1, 1, 2, 3, 6, 7])}")


def ski_din():
    return (f"DIN calc: weight {R.randrange(25, 110)}kg height {R.randrange(120, 198)}cm age {R.randrange(6, 75)} skier type "
            f"{pick(['1', '2', '2', '3', '-1', '3+'])} boot sole {R.randrange(240, 340)}mm -> {pick(['2.5', '4', '5.5', '6.5', '7.5', '9'])}")


SETS["ski_rental"] = [
    ("E1", 20, "RENTAL OUT #<*> customer=\"<*>\" skis=<*> <*>cm boots=<*> mondo <*> DIN=<*> days=<*>", ski_out),
    ("E2", 16, "DIN calc: weight <*>kg height <*>cm age <*> skier type <*> boot sole <*>mm -> <*>", ski_din),
    ("E3", 14, "RETURN #<*> condition: <*> late=<*>h",
     lambda: f"RETURN #{rental()} condition: {pick(['ok', 'ok', 'ok', 'base scratch', 'edge damage', 'core shot', 'binding loose'])} "
             f"late={pick([0, 0, 0, 0, 1, 3, 24])}h"),
    ("E4", 5, "Damage charge #<*>: €<*> (<*>)",
     lambda: f"Damage charge #{rental()}: €{pick(['25.00', '45.00', '45.00', '120.00', '399.00'])} "
             f"({pick(['edge damage, ski tip', 'core shot', 'lost pole', 'binding broken (toe piece)', 'helmet cracked'])})"),
    ("E5", 7, "Workshop: <*> job <*> \"<*>\" on <*> pairs, <*>",
     lambda: f"Workshop: {pick(['Wintersteiger Mercury', 'Montana Crystal', 'hand bench 2'])} job W-{R.randrange(2000, 2500)} "
             f"\"{pick(['Stone grind + wax', 'Hot wax', 'Edge 88 deg', 'Base repair (P-tex)', 'Full service'])}\" on {R.randrange(1, 12)} pairs, {mins(1, 40)}"),
    ("E6", 5, "Release check binding <*> (pair <*>): torque twist <*>Nm forward <*>Nm -> <*>",
     lambda: f"Release check binding {pick(['Marker Griffon 13 ID', 'Tyrolia PRD 12', 'Look SPX 12 GW', 'Salomon L10'])} (pair {R.randrange(1, 2000):04d}): "
             f"torque twist {R.randrange(20, 90)}Nm forward {R.randrange(80, 300)}Nm -> {pick(['PASS', 'PASS', 'PASS', 'FAIL'])}"),
    ("E7", 4, "Boot dryer rack <*> slot <*> temp <*>C humidity <*>% cycle <*>",
     lambda: f"Boot dryer rack D{R.randrange(1, 5)} slot {R.randrange(1, 41)} temp {R.randrange(30, 48)}C humidity {R.randrange(10, 70)}% "
             f"cycle {pick(['done', 'done', 'running', 'aborted'])}"),
    ("E8", 5, "Online booking <*> synced: <*> adults, <*> child, pickup <*>, pkg \"<*>\"",
     lambda: f"Online booking BK-{mixed(6)} synced: {R.randrange(1, 5)} adults, {R.randrange(0, 4)} child, pickup {day(12, 8, 31)}, "
             f"pkg \"{pick(['Premium Carving', 'Economy', 'Kids (under 12)', 'Freeride + helmet'])}\""),
    ("E9", 2, "RFID gate: pair <*> left store without checkout (tag <*>)",
     lambda: f"RFID gate: pair {R.randrange(1, 2000):04d} left store without checkout (tag E28011606000{hexs(12).upper()})"),
    ("E10", 2, "OVERDUE #<*> customer=\"<*>\" due <*> <*>, phone <*>, reminder sent via <*>",
     lambda: f"OVERDUE #{rental()} customer=\"{pick(CUSTOMERS)}\" due {day(12, 1, 6)} {pick(['17:00', '18:30'])}, "
             f"phone +{pick(['43 664', '49 171', '44 7700'])} {R.randrange(1000000, 9999999)}, reminder sent via {pick(['SMS', 'email'])}"),
    ("E11", 4, "Payment #<*>: €<*> card=<*> ****<*> auth <*> deposit €<*> hold",
     lambda: f"Payment #{rental()}: €{R.randrange(2500, 60000) / 100:.2f} card={pick(['VISA', 'MC', 'AMEX', 'Maestro'])} ****{R.randrange(0, 10000):04d} "
             f"auth {hexs(6).upper()} deposit €{pick([100, 200, 200, 300])} hold"),
    ("E12", 1, "Waiver missing for customer=\"<*>\" (minor, age <*>): guardian signature required",
     lambda: f"Waiver missing for customer=\"{pick(['Emil Hofmann', 'Yuki Sato', 'Kowalczyk, Zofia'])}\" (minor, age {R.randrange(5, 18)}): guardian signature required"),
]

# A paper mill's paper machine end and reel winder: reel turn-ups, winder sets, quality scans, web
# breaks, roll labels, slitter knives, splices, web inspection defects, dryer steam, grade changes,
# drive faults, the roll wrapper.
GRADES = ["Fluting 112gsm", "Testliner 2 140gsm", "Testliner 3 (white top) 125gsm", "Kraftliner 175gsm", "Wellenstoff 90gsm"]


def reel():
    return f"PM{pick([2, 2, 3])}-261207-{R.randrange(1, 30):02d}"


def pm_winder():
    rolls = ", ".join(f"{pick([1250, 1250, 1680, 2100, 950, 1400])}mm" for _ in range(R.randrange(2, 6)))
    return (f"Winder set {R.randrange(1, 30)}/{R.randrange(1, 6)} done: rolls [{rolls}] trim {R.randrange(20, 90)}mm, "
            f"length {thousands(9000, 24000)}m, {mins(3, 14)}")


def pm_break():
    cause = pick(["edge crack at front side", "felt hole", "sheet stuck on dryer cylinder 14", "unknown", "lump in headbox, operator notified",
                  "doctor blade"])
    return (f"WEB BREAK at {pick(['press section', 'dryer group 3', 'reel', 'size press', 'calender'])} speed {R.randrange(900, 1300)}m/min, "
            f"downtime {short_dur()}, cause: \"{cause}\"")


SETS["paper_mill"] = [
    ("E1", 22, "Turn-up reel <*>: grade \"<*>\" speed <*> m/min, dia <*>m, weight <*>t",
     lambda: f"Turn-up reel {reel()}: grade \"{pick(GRADES)}\" speed {R.randrange(900, 1300)} m/min, dia {R.randrange(250, 320) / 100:.2f}m, "
             f"weight {R.randrange(200, 400) / 10:.1f}t"),
    ("E2", 18, "Winder set <*>/<*> done: rolls [<*>] trim <*>mm, length <*>m, <*>", pm_winder),
    ("E3", 12, "QCS scan MD <*> basis weight <*> g/m2 (2σ <*>) moisture <*>% caliper <*>µm",
     lambda: f"QCS scan MD {clock()} basis weight {R.randrange(880, 1800) / 10:.1f} g/m2 (2σ {R.randrange(3, 25) / 10:.1f}) "
             f"moisture {R.randrange(60, 95) / 10:.1f}% caliper {R.randrange(130, 260)}µm"),
    ("E4", 4, "WEB BREAK at <*> speed <*>m/min, downtime <*>, cause: \"<*>\"", pm_break),
    ("E5", 6, "Roll <*> labelled: customer <*> / order <*>, <*>mm x <*>t, core <*>mm",
     lambda: f"Roll {reel()[4:]}-{R.randrange(1, 6):02d}-{pick(['A', 'B', 'C'])} labelled: customer "
             f"{pick(['Smurfit DE', 'DS Smith (Kemsley)', 'Mondi', 'Box & Co. Sp. z o.o.'])} / order SO-{R.randrange(440000, 460000)}, "
             f"{pick([950, 1250, 1680, 2100])}mm x {R.randrange(80, 300) / 100:.2f}t, core {pick([76, 150, 150])}mm"),
    ("E6", 4, "Slitter knife <*> position <*>mm (target <*>mm) deviation <*>mm - <*>",
     lambda: (lambda t, d: f"Slitter knife K{R.randrange(1, 9)} position {t + d / 10:.1f}mm (target {t:.1f}mm) deviation {d / 10:+.1f}mm - "
                           f"{'ok' if abs(d) < 5 else 'recalibrating'}")(R.randrange(500, 5000), R.randrange(-9, 10))),
    ("E7", 3, "Splice on unwind: <*> splice <*>, tension <*>kN/m",
     lambda: f"Splice on unwind: {pick(['flying', 'flying', 'manual'])} splice {pick(['ok', 'ok', 'failed'])}, tension {R.randrange(5, 25) / 10:.1f}kN/m"),
    ("E8", 4, "WIS defect: <*> <*>mm at CD <*>mm, MD <*>m in reel <*> [severity: <*>]",
     lambda: f"WIS defect: {pick(['hole', 'hole', 'spot', 'wrinkle', 'edge tear', 'dark streak'])} {R.randrange(2, 40)}x{R.randrange(2, 40)}mm at CD "
             f"{R.randrange(0, 7000)}mm, MD {thousands(10, 30000)}m in reel {reel()} [severity: {pick(['minor', 'minor', 'major', 'critical'])}]"),
    ("E9", 3, "Dryer section <*>: steam <*>bar, condensate dp <*>bar, cylinder <*>C",
     lambda: f"Dryer section DG{R.randrange(1, 7)}: steam {R.randrange(10, 50) / 10:.1f}bar, condensate dp {R.randrange(10, 80) / 100:.2f}bar, "
             f"cylinder {R.randrange(80, 140)}C"),
    ("E10", 2, "Grade change \"<*>\" -> \"<*>\" started by operator <*>, expected <*>",
     lambda: f"Grade change \"{pick(GRADES)}\" -> \"{pick(GRADES)}\" started by operator {pick(['Jukka V.', 'Heikki', 'A. Lindqvist', 'shift 3 (Mäkinen)'])}, "
             f"expected {short_dur()}"),
    ("E11", 1, "Drive fault 0x<*> on \"<*>\" (<*>): <*>",
     lambda: f"Drive fault 0x{hexs(4).upper()} on \"{pick(['Winder rear drum', 'Unwind stand', 'Reel spool'])}\" "
             f"({pick(['ABB ACS880', 'Siemens S120'])}): {pick(['overcurrent, trip', 'DC link undervoltage', 'encoder lost'])}"),
    ("E12", 3, "Wrapper: roll <*> wrapped in <*> layers, end heads <*>",
     lambda: f"Wrapper: roll {reel()[4:]}-{R.randrange(1, 6):02d}-{pick(['A', 'B'])} wrapped in {pick([1, 2, 2, 3])} layers, "
             f"end heads {pick(['applied', 'applied', 'skipped (export spec)', 'missing'])}"),
]

SIZES = {"court_cases": 340, "beehive_monitor": 350, "tv_studio": 320, "recycling_sorting": 330, "ski_rental": 310,
         "paper_mill": 300}


def main(out):
    write_sets(out, SETS, SIZES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
