// Held-out grouping accuracy of the template miner: how it groups logs nobody tuned it on.
//
// 1. Leave-one-dataset-out over the eight Loghub 2k sets in tests/data/loghub: for each set, the
//    miner's tunable parameters (tree depth, similarity threshold, adaptive threshold) are chosen on
//    the other seven from a fixed grid and the accuracy is measured on the eighth.
// 2. Labelled logs of other systems in tests/data/logs-heldout, written after the grouping rules
//    were frozen, measured with the default configuration.
// Both fail below the floors recorded here; docs/logs.md carries the table this test prints.
#include "LoghubCsv.h"
#include "logs/TemplateMiner.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace virtuoso;
using namespace virtuoso::logs;
using namespace virtuoso::test;

namespace {

struct LoghubSet
{
    const char *name;
    double drain; // published (Zhu et al., ICSE-SEIP 2019, Table 4), Drain tuned per dataset
};

const std::vector<LoghubSet> &loghubSets()
{
    static const std::vector<LoghubSet> all = {
        {"HDFS", 0.998}, {"Hadoop", 0.948}, {"Spark", 0.920},   {"Zookeeper", 0.967},
        {"BGL", 0.963},  {"Apache", 1.000}, {"OpenSSH", 0.788}, {"Linux", 0.690},
    };
    return all;
}

// The parameters a user could tune. The product's defaults come first, so on a tie they win.
std::vector<TemplateMiner::Options> grid()
{
    std::vector<TemplateMiner::Options> out;
    out.push_back(TemplateMiner::Options{});
    for (int depth : {4, 5, 6})
        for (double similarity : {0.5, 0.6, 0.7, 0.8})
            for (bool adaptive : {true, false}) {
                TemplateMiner::Options o;
                o.depth = depth;
                o.similarity = similarity;
                o.adaptiveSimilarity = adaptive;
                out.push_back(o);
            }
    return out;
}

QString describe(const TemplateMiner::Options &o)
{
    return QStringLiteral("depth %1, sim %2%3")
        .arg(o.depth)
        .arg(o.similarity)
        .arg(o.adaptiveSimilarity ? ", adapt" : "");
}

struct Evaluation
{
    std::vector<TemplateMiner::Options> configs;
    std::vector<std::vector<double>> accuracy; // [config][dataset]
    std::vector<double> tuned;                 // defaults, on every set (the rules were written on these)
    std::vector<double> heldOut;               // parameters chosen on the other seven
    std::vector<size_t> chosen;
};

const Evaluation &evaluation()
{
    static const Evaluation e = [] {
        Evaluation r;
        r.configs = grid();
        std::vector<LoghubDataset> data;
        for (const LoghubSet &s : loghubSets())
            data.push_back(
                loadLabelled(QStringLiteral("loghub/%1/%1_2k.log_structured.csv").arg(QLatin1String(s.name))));
        for (const TemplateMiner::Options &o : r.configs) {
            std::vector<double> row;
            for (const LoghubDataset &d : data)
                row.push_back(minerAccuracy(d, o));
            r.accuracy.push_back(row);
        }
        const size_t n = data.size();
        for (size_t held = 0; held < n; ++held) {
            size_t best = 0;
            double bestMean = -1;
            for (size_t c = 0; c < r.configs.size(); ++c) {
                double sum = 0;
                for (size_t d = 0; d < n; ++d)
                    if (d != held)
                        sum += r.accuracy[c][d];
                if (sum > bestMean + 1e-12) {
                    bestMean = sum;
                    best = c;
                }
            }
            r.chosen.push_back(best);
            r.heldOut.push_back(r.accuracy[best][held]);
            r.tuned.push_back(r.accuracy[0][held]);
        }
        return r;
    }();
    return e;
}

double mean(const std::vector<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.empty() ? 0 : sum / static_cast<double>(v.size());
}

// Recorded floor: the figure measured with the rules of now (0.9841), less 0.004.
constexpr double LeaveOneOutAverageFloor = 0.980;

} // namespace

// The template a line is shown under is what an operator reads: each of these sets' lines fits its
// template, each <*> standing for some text. (Over all labelled and Loghub sets, 0.46 % of the lines
// do not yet; docs/logs.md.)
TEST(TemplateMinerHeldOut, EveryLineFitsTheTemplateItIsShownUnder)
{
    for (const char *name :
         {"brewery", "nurse_call", "car_wash", "tram_onboard", "zoo_enclosures", "radio_automation"}) {
        const LoghubDataset data = loadLabelled(QStringLiteral("logs-heldout/%1.csv").arg(QLatin1String(name)));
        TemplateMiner miner;
        std::vector<int> ids;
        for (const QString &line : data.contents)
            ids.push_back(miner.addForId(line));
        miner.consolidate();
        int unfit = 0;
        for (size_t i = 0; i < ids.size(); ++i)
            unfit += TemplateMiner::extractVariables(miner.templateText(ids[i]), data.contents[qsizetype(i)]) ? 0 : 1;
        EXPECT_EQ(unfit, 0) << name;
    }
}

TEST(TemplateMinerHeldOut, LeaveOneDatasetOut)
{
    const Evaluation &e = evaluation();
    std::printf("%-10s %7s %9s %9s  %s\n", "dataset", "Drain", "defaults", "held-out", "chosen on the other seven");
    for (size_t i = 0; i < loghubSets().size(); ++i) {
        const LoghubSet &s = loghubSets()[i];
        std::printf("%-10s %7.3f %9.4f %9.4f  %s\n", s.name, s.drain, e.tuned[i], e.heldOut[i],
                    qPrintable(describe(e.configs[e.chosen[i]])));
        // Acceptance: no set more than 0.02 below Drain tuned on that very set.
        EXPECT_GE(e.heldOut[i], s.drain - 0.02) << s.name;
    }
    std::printf("%-10s %7s %9.4f %9.4f\n", "average", "", mean(e.tuned), mean(e.heldOut));
    if (qEnvironmentVariableIsSet("VIRTUOSO_PRINT_GRID"))
        for (size_t c = 0; c < e.configs.size(); ++c) {
            std::printf("%-26s", qPrintable(describe(e.configs[c])));
            for (double a : e.accuracy[c])
                std::printf(" %6.4f", a);
            std::printf("  %6.4f\n", mean(e.accuracy[c]));
        }
    EXPECT_GE(mean(e.heldOut), LeaveOneOutAverageFloor);
}

// Logs of systems unlike the eight in tests/data/logs-heldout, labelled by generators written for
// this repository (one event per log statement; everything its arguments fill in is a variable).
// Batch 1 was written after the rules were frozen at commit 3689e17, batch 2 after 5d922a0, batch 3
// after ae3ba16, batch 4 after 96dceda, batch 5 after 2c48f80, batch 6 (blind to the rules) on top of
// the same rules, batch 7 (blind too) on top of them again, batch 8 (blind) after the freeze at
// c3071e2. Each batch was measured once when written; the rules were then changed while measuring
// batches 1-4 (batch 3 showed stack frames, sudo's command and quoted messages; batch 4 brackets lost
// where two tokens differ, values glued behind a word, and templates split by the order of lines)
// and batches 6-7 (names that split their statement in the search tree), so only batch 8 counts as
// held out for the rules of now (and batches 5-8 for those of 2c48f80).
// Floors: the figures measured at the last freeze, less 0.01 (postgresql and go_logfmt: measured
// after it, with partly masked tokens counted as variables in consolidation). They are low where
// variables are plain words that vary in fewer than three templates or at the end of a line, and
// where a value spans more than six words outside quotes (SQL statements, user agents, an error
// message ending a line).
namespace {

struct OwnSet
{
    const char *name;
    int batch;
    double floor;
};

// Drain as a user would run it on logs it was never tuned for: its tree at the published defaults
// (depth 4, similarity 0.5), none of our additions, and the one regular expression (an IPv4 address
// with an optional port) it is given for most Loghub sets. Printed beside our figure for reference.
TemplateMiner::Options drainOnUnseenLogs()
{
    TemplateMiner::Options o;
    o.depth = 4;
    o.similarity = 0.5;
    o.maskedTokensAreWords = true;
    o.adaptiveSimilarity = false;
    o.routeNamesThroughWildcard = false;
    o.masks = TemplateMasks::none();
    o.masks.extraMasks.emplace_back(QStringLiteral(R"((\d+\.){3}\d+(:\d+)?)"));
    return o;
}

void measureOwnSets(int batch)
{
    const OwnSet sets[] = {
        {"systemd_kernel", 1, 0.74},
        {"postgresql", 1, 0.65},
        {"android", 1, 0.86},
        {"windows_events", 1, 0.80},
        {"virtuoso_journal", 1, 0.85},
        {"nginx", 2, 0.39},
        {"proxy_client", 2, 0.99},
        {"redis", 2, 0.99},
        {"kubernetes", 2, 0.86},
        {"mysql", 3, 0.75},
        {"haproxy", 3, 0.88},
        {"docker", 3, 0.83},
        {"syslog_auth", 3, 0.71},
        {"java_app", 3, 0.51},
        {"go_logfmt", 3, 0.93},
        {"hpc_ras", 4, 0.99},
        {"cloud_api", 4, 0.33},
        {"desktop_os", 4, 0.45},
        {"fitness_app", 4, 0.76},
        {"windows_cbs", 4, 0.76},
        {"broker", 4, 0.92},
        {"mail_mta", 4, 0.64},
        {"game_server", 5, 0.69},
        {"ci_runner", 5, 0.90},
        {"mqtt_gateway", 5, 0.60},
        {"kerberos_ldap", 5, 0.77},
        {"vpn_daemon", 5, 0.91},
        {"backup_tool", 5, 0.87},
        {"dns_server", 6, 0.33},
        {"payment_gateway", 6, 0.55},
        {"video_transcoder", 6, 0.30},
        {"cdn_edge", 6, 0.28},
        {"blockchain_node", 6, 0.96},
        {"llm_inference", 6, 0.53},
        {"print_server", 7, 0.85},
        {"search_node", 7, 0.73},
        {"file_sync", 7, 0.89},
        {"scada_historian", 7, 0.64},
        {"git_hosting", 7, 0.26},
        {"voip_pbx", 7, 0.39},
        {"mail_delivery", 8, 0.42},
        {"stream_processor", 8, 0.37},
        {"router_firewall", 8, 0.19},
        {"storage_pool", 8, 0.81},
        {"hl7_interface", 8, 0.23},
        {"pos_terminal", 8, 0.78},
        {"php_app", 9, 0.66},
        {"erlang_node", 9, 0.44},
        {"network_switch", 9, 0.68},
        {"license_server", 9, 0.05},
        {"workflow_engine", 9, 0.63},
        {"car_ecu", 9, 0.73},
        {"browser_console", 10, 0.44},
        {"task_scheduler", 10, 0.07},
        {"atm_journal", 10, 0.81},
        {"spam_filter", 10, 0.19},
        {"printer_farm", 10, 0.44},
        {"ground_station", 10, 0.27},
        {"door_locks", 11, 0.11},
        {"weather_network", 11, 0.32},
        {"departure_control", 11, 0.0},
        {"ev_charging", 11, 0.38},
        {"infusion_pumps", 11, 0.40},
        {"interlocking", 11, 0.29},
        {"job_scheduler", 12, 0.26},
        {"object_gateway", 12, 0.19},
        {"music_player", 12, 0.54},
        {"mass_spec", 12, 0.53},
        {"build_system", 12, 0.13},
        {"sso_idp", 12, 0.25},
        {"parking_garage", 13, 0.48},
        {"ski_gates", 13, 0.18},
        {"dental_imaging", 13, 0.47},
        {"engine_room", 13, 0.45},
        {"greenhouse", 13, 0.19},
        {"elevator_group", 13, 0.37},
        {"cluster_nodes", 14, 0.79},
        {"laptop_power", 14, 0.33},
        {"library_kiosk", 14, 0.67},
        {"hydro_turbine", 14, 0.71},
        {"call_center", 14, 0.46},
        {"baggage_handling", 14, 0.36},
        {"vending_telemetry", 15, 0.62},
        {"smart_meter", 15, 0.78},
        {"playout_server", 15, 0.76},
        {"nurse_call", 15, 0.80},
        {"tram_onboard", 15, 0.30},
        {"robot_fleet", 15, 0.87},
        {"wind_farm", 16, 0.65},
        {"brewery", 16, 0.50},
        {"lottery_terminals", 16, 0.85},
        {"cnc_shop", 16, 0.11},
        {"openstack_agents", 16, 0.83},
        {"seismic_network", 16, 0.38},
        {"fabric_manager", 17, 0.11},
        {"ride_control", 17, 0.16},
        {"postal_sorting", 17, 0.36},
        {"hotel_pms", 17, 0.83},
        {"mapreduce_tasks", 17, 0.91},
        {"nomad_scheduler", 17, 0.90},
        {"milking_robots", 18, 0.77},
        {"telescope_control", 18, 0.83},
        {"ferry_boarding", 18, 0.45},
        {"base_stations", 18, 0.58},
        {"traffic_signals", 18, 0.79},
        {"museum_monitor", 18, 0.61},
        {"snowmaking", 19, 0.37},
        {"bike_docks", 19, 0.55},
        {"pharmacy_robot", 19, 0.48},
        {"dc_cooling", 19, 0.77},
        {"port_cranes", 19, 0.07},
        {"school_doors", 19, 0.53},
        {"water_treatment", 20, 0.49},
        {"bakery_ovens", 20, 0.79},
        {"car_wash", 20, 0.59},
        {"road_tunnel", 20, 0.76},
        {"fab_tools", 20, 0.67},
        {"auction_engine", 20, 0.84},
        {"lab_middleware", 21, 0.80},
        {"stadium_gates", 21, 0.42},
        {"scooter_fleet", 21, 0.51},
        {"radio_automation", 21, 0.83},
        {"mine_conveyor", 21, 0.60},
        {"ski_jump", 21, 0.76},
        {"zoo_enclosures", 22, 0.41},
        {"ballast_water", 22, 0.52},
        {"cinema_booking", 22, 0.63},
        {"truck_telematics", 22, 0.24},
        {"fish_farm", 22, 0.64},
        {"exam_proctoring", 22, 0.44},
        {"print_rip", 23, 0.49},
        {"casino_slots", 23, 0.45},
        {"blood_bank", 23, 0.05},
        {"bus_depot", 23, 0.76},
        {"race_telemetry", 23, 0.64},
        {"stage_machinery", 23, 0.15},
        {"interlibrary_loan", 24, 0.20},
        {"vineyard_irrigation", 24, 0.40},
        {"swimming_pool", 24, 0.44},
        {"marina", 24, 0.41},
        {"labelling_queue", 24, 0.50},
        {"jet_bridge", 24, 0.29},
        {"vet_clinic", 25, 0.25},
        {"quarry_weighbridge", 25, 0.32},
        {"planetarium", 25, 0.61},
        {"cheese_ripening", 25, 0.31},
        {"lighthouse_network", 25, 0.40},
        {"tyre_curing", 25, 0.34},
        {"court_cases", 26, 0.19},
        {"beehive_monitor", 26, 0.64},
        {"tv_studio", 26, 0.44},
        {"recycling_sorting", 26, 0.45},
        {"ski_rental", 26, 0.67},
        {"paper_mill", 26, 0.78},
        {"wind_tunnel", 27, 0.75},
        {"seed_bank", 27, 0.47},
        {"pipe_organ", 27, 0.24},
        {"bowling_lanes", 27, 0.49},
        {"customs_declarations", 27, 0.10},
        {"parking_meters", 27, 0.33},
        {"steel_ladles", 28, 0.24},
        {"ice_rink", 28, 0.40},
        {"rowing_club", 28, 0.07},
        {"mountain_hut", 28, 0.78},
        {"radio_correlator", 28, 0.88},
        {"fire_station", 28, 0.00},
        {"coffee_roastery", 29, 0.49},
        {"escape_rooms", 29, 0.00},
        {"textile_looms", 29, 0.56},
        {"theatre_box_office", 29, 0.10},
        {"room_service", 29, 0.37},
        {"pumping_stations", 29, 0.43},
        {"sawmill_scanner", 30, 0.68},
        {"lecture_capture", 30, 0.59},
        {"golf_course", 30, 0.38},
        {"aquarium_lss", 30, 0.69},
        {"potting_line", 30, 0.77},
        {"plate_room", 30, 0.31},
        {"climbing_gym", 31, 0.06},
        {"music_library", 31, 0.36},
        {"laundry_tunnel", 31, 0.08},
        {"ropeway_cabins", 31, 0.68},
        {"egg_grading", 31, 0.83},
        {"blood_donation", 31, 0.34},
        {"dog_kennel", 32, 0.10},
        {"wheel_truing", 32, 0.14},
        {"cable_landing", 32, 0.43},
        {"opera_flys", 32, 0.01},
        {"salt_mine_vent", 32, 0.36},
        {"chocolate_tempering", 32, 0.53},
        {"crematorium", 33, 0.46},
        {"sugar_centrifuges", 33, 0.29},
        {"canal_locks", 33, 0.22},
        {"film_scanning", 33, 0.60},
        {"lifeboat_station", 33, 0.28},
        {"clean_room", 33, 0.38},
        {"dialysis_unit", 34, 0.39},
        {"toll_gantries", 34, 0.58},
        {"flour_mill", 34, 0.12},
        {"racing_tote", 34, 0.47},
        {"recording_studio", 34, 0.06},
        {"isotope_lab", 34, 0.51},
        {"piano_regulation", 35, 0.69},
        {"mushroom_rooms", 35, 0.16},
        {"harbour_pilots", 35, 0.03},
        {"beamline", 35, 0.77},
        {"bell_foundry", 35, 0.50},
        {"hearing_fitting", 35, 0.25},
        {"balloon_flights", 36, 0.50},
        {"fencing_scoring", 36, 0.20},
        {"snow_ploughs", 36, 0.50},
        {"rally_timing", 36, 0.47},
        {"glass_furnace", 36, 0.56},
        {"stamp_perforation", 36, 0.52},
        {"tram_depot_wash", 37, 0.08},
        {"cathedral_bells", 37, 0.22},
        {"vaccine_cold_chain", 37, 0.66},
        {"livestock_auction", 37, 0.52},
        {"bobsleigh_track", 37, 0.10},
        {"ski_school", 37, 0.10},
        {"drone_delivery_hub", 38, 0.58},
        {"tidal_barrage", 38, 0.49},
        {"paragliding_winch", 38, 0.14},
        {"cocoa_fumigation", 38, 0.12},
        {"kitchen_display", 38, 0.33},
        {"lifeguard_radio", 38, 0.38},
        {"district_heating", 39, 0.20},
        {"cryo_em", 39, 0.24},
        {"hump_yard", 39, 0.16},
        {"trampoline_park", 39, 0.17},
        {"galvanizing_line", 39, 0.12},
        {"feature_flags", 39, 0.57},
        {"gas_grid", 40, 0.04},
        {"sequencing_core", 40, 0.49},
        {"taxi_dispatch", 40, 0.34},
        {"karaoke_bar", 40, 0.14},
        {"injection_moulding", 40, 0.37},
        {"web_crawler", 40, 0.35},
    };
    double sum = 0;
    double drainSum = 0;
    int count = 0;
    std::printf("%-17s %11s  %6s  %6s\n", "set", "", "ours", "Drain");
    for (const OwnSet &s : sets) {
        if (s.batch != batch)
            continue;
        const LoghubDataset data = loadLabelled(QStringLiteral("logs-heldout/%1.csv").arg(QLatin1String(s.name)));
        ASSERT_GE(data.contents.size(), 200) << s.name;
        const double accuracy = minerAccuracy(data, TemplateMiner::Options{});
        const double drain = minerAccuracy(data, drainOnUnseenLogs(), false);
        std::printf("%-17s %5lld lines  %.4f  %.4f\n", s.name, static_cast<long long>(data.contents.size()), accuracy,
                    drain);
        EXPECT_GE(accuracy, s.floor) << s.name;
        sum += accuracy;
        drainSum += drain;
        ++count;
    }
    std::printf("%-17s %11s  %.4f  %.4f\n", "average", "", sum / count, drainSum / count);
}

} // namespace

TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsFirstBatch)
{
    measureOwnSets(1);
}

TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsSecondBatch)
{
    measureOwnSets(2);
}

// Written after the freeze at ae3ba16 and measured once (0.5252); the rules were changed after it.
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirdBatch)
{
    measureOwnSets(3);
}

// Written after the freeze at 96dceda and measured once (0.6459); the rules were changed after it.
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsFourthBatch)
{
    measureOwnSets(4);
}

// Written after the freeze at 2c48f80 and measured once; the rules were not changed after it.
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsFifthBatch)
{
    measureOwnSets(5);
}

// Written blind to the rules of 2c48f80 and measured once (0.3941); no rule was changed after it.
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsSixthBatch)
{
    measureOwnSets(6);
}

// Written blind to the rules of 2c48f80 and measured once (0.5734); the sixth freeze (c3071e2)
// came after looking at batches 6 and 7 (0.5758 through it).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsSeventhBatch)
{
    measureOwnSets(7);
}

// Written blind to the rules on top of a11ea21 and measured once through those frozen at c3071e2
// (0.3614; the same through the rules of 2c48f80); no rule was changed after it.
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsEighthBatch)
{
    measureOwnSets(8);
}

// Written blind to the rules on top of 7def2c5 and measured once through those frozen at c3071e2
// (0.5338; plain Drain 0.5042). The seventh freeze came after: one rule written before this batch
// was read, one drawn from it (0.5473 through both).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsNinthBatch)
{
    measureOwnSets(9);
}

// Written blind to the rules on top of 7def2c5 and measured once through those frozen at c3071e2
// (0.3246; plain Drain 0.3578), then through the seventh freeze, held out for both of its rules
// (0.3460); its lines were not studied.
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTenthBatch)
{
    measureOwnSets(10);
}

// Written blind to the rules on top of c99516c and measured once through those frozen at 099aa7c
// (0.1420; 0.1317 through the seventh freeze; plain Drain 0.2045).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsEleventhBatch)
{
    measureOwnSets(11);
}

// Written blind to the rules on top of 995733f and measured once through those frozen at 0dd36b6
// (0.2952, the same through the seventh and eighth freezes; plain Drain 0.2520).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwelfthBatch)
{
    measureOwnSets(12);
}

// Written blind to the rules on top of 7452c6d and measured once through them (0.2963; 0.2573
// through the seventh freeze; plain Drain 0.2768).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirteenthBatch)
{
    measureOwnSets(13);
}

// Written blind to the rules on top of b9a756c and measured once through those frozen at ac01bf6
// (0.5166; 0.4610 through the ninth freeze, b9a756c; plain Drain 0.2801).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsFourteenthBatch)
{
    measureOwnSets(14);
}

// Written blind to the rules on top of batch 14 and measured once through those frozen at f500ef7
// (0.3662, the same through the ninth and tenth freezes; plain Drain 0.2153).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsFifteenthBatch)
{
    measureOwnSets(15);
}

// Written blind to the rules on top of c950b5c and measured once through those frozen at a7b400c
// (0.5459; 0.5198 through the eleventh freeze, 0.4262 through the ninth; plain Drain 0.3293).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsSixteenthBatch)
{
    measureOwnSets(16);
}

// Written blind to the rules on top of 345e21c and measured once through those frozen at a7b400c
// (0.4846; 0.4799 through the ninth freeze; plain Drain 0.4249).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsSeventeenthBatch)
{
    measureOwnSets(17);
}

// Written blind to the rules on top of 1d56b51 and measured once through those frozen at a7b400c
// (0.6289; 0.4413 through the ninth freeze; plain Drain 0.2239).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsEighteenthBatch)
{
    measureOwnSets(18);
}

// Written blind to the rules on top of 9de3a58 and measured once through those frozen at a7b400c
// (0.3335; 0.2830 through the ninth freeze; plain Drain 0.1985).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsNineteenthBatch)
{
    measureOwnSets(19);
}

// Written blind to the rules on top of c257420 and measured once through those frozen at 89b52d8
// (0.5595, the same through the twelfth freeze, c257420; plain Drain 0.2903).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwentiethBatch)
{
    measureOwnSets(20);
}

// Written blind to the rules on top of 3bef9b8 and measured once through those frozen at 02fc7d0
// (0.5098; 0.4813 through the thirteenth freeze, 0.4702 through the twelfth; plain Drain 0.1881).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwentyFirstBatch)
{
    measureOwnSets(21);
}

// Written blind to the rules on top of 89fca42 and measured once through those frozen at 8636a2e
// (0.5169; 0.4543 through the fourteenth freeze, 0.4325 through the twelfth; plain Drain 0.1646).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwentySecondBatch)
{
    measureOwnSets(22);
}

// Written blind to the rules on top of cdd5ee3 and measured once through those frozen at 8636a2e
// (0.3821; 0.3787 through the twelfth freeze; plain Drain 0.1545).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwentyThirdBatch)
{
    measureOwnSets(23);
}

// Written blind to the rules on top of 88cf53e and measured once through those frozen at 44dd3e5
// (0.3425; 0.3307 through the fifteenth freeze, 0.3098 through the twelfth; plain Drain 0.2869).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwentyFourthBatch)
{
    measureOwnSets(24);
}

// Written blind to the rules on top of 7599578 and measured once through those frozen at c0c54f6
// (0.3865, the same through the sixteenth freeze; 0.2503 through the twelfth; plain Drain 0.2230).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwentyFifthBatch)
{
    measureOwnSets(25);
}

// Written blind to the rules on top of 232fef5 and measured once through those frozen at 4414b44
// (0.5158, the same through the seventeenth freeze; 0.3929 through the twelfth; plain Drain 0.1664).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwentySixthBatch)
{
    measureOwnSets(26);
}

// Written blind to the rules on top of e2c61ef and measured once through those frozen at 4414b44
// (0.3646, the same through the twelfth freeze; plain Drain 0.2561).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwentySeventhBatch)
{
    measureOwnSets(27);
}

// Written blind to the rules on top of f7eadb0 and measured once through those frozen at cdb792e
// (0.3864; 0.3521 through the eighteenth freeze, 0.3773 through the twelfth; plain Drain 0.1495).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwentyEighthBatch)
{
    measureOwnSets(28);
}

// Written blind to the rules on top of 8f30a0a and measured once through them (0.3446;
// 0.2977 through the twelfth freeze; plain Drain 0.0704).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsTwentyNinthBatch)
{
    measureOwnSets(29);
}

// Written blind to the rules on top of ccf091b and measured once through them (0.5819;
// 0.5172 through the twelfth freeze; plain Drain 0.1653).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirtiethBatch)
{
    measureOwnSets(30);
}

// Written blind to the rules on top of a50438a (the twentieth freeze) and measured once through them
// (0.2704, the same as through the nineteenth freeze; plain Drain 0.1027).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirtyFirstBatch)
{
    measureOwnSets(31);
}

// Written blind to the rules on top of a707164 (the twenty-first freeze) and measured once through them
// (0.2748; 0.2486 through the nineteenth and twentieth freezes; plain Drain 0.1081).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirtySecondBatch)
{
    measureOwnSets(32);
}

// Written blind to the rules on top of 3661aac (the twenty-second freeze) and measured once through them
// (0.3295, the same as through the nineteenth freeze; plain Drain 0.0798).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirtyThirdBatch)
{
    measureOwnSets(33);
}

TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirtyFourthBatch)
{
    measureOwnSets(34);
}

TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirtyFifthBatch)
{
    measureOwnSets(35);
}

TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirtySixthBatch)
{
    measureOwnSets(36);
}

TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirtySeventhBatch)
{
    measureOwnSets(37);
}

TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirtyEighthBatch)
{
    measureOwnSets(38);
}

// Written blind to the rules while the twenty-sixth freeze was made, merged after it was committed and
// measured once through it (0.2575; 0.1931 through the twenty-fifth freeze; plain Drain 0.1571).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsThirtyNinthBatch)
{
    measureOwnSets(39);
}

// Written blind to the rules on top of 684b314 (the twenty-seventh freeze) and measured once through
// them (0.3025, the same through the twenty-fifth and twenty-sixth freezes; plain Drain 0.0770).
TEST(TemplateMinerHeldOut, LabelledLogsOfOtherSystemsFortiethBatch)
{
    measureOwnSets(40);
}
