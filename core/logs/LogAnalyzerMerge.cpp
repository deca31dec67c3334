// The workers' statistics merged into the result: their templates joined by one miner, counts,
// hours, units and codes summed per template, the earliest examples and each variable's values.
#include "logs/LogAnalyzerInternal.h"

#include <map>

namespace virtuoso::logs::analyzer_detail {

namespace {

void mergeCounts(LevelCounts &into, const LevelCounts &from)
{
    for (size_t i = 0; i < into.size(); ++i)
        into[i] += from[i];
}

QStringList splitTokens(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

void mergeWorkers(const std::vector<std::unique_ptr<Worker>> &workers, AnalysisResult &result)
{
    TemplateMiner global;
    std::vector<std::vector<int>> localToGlobal(workers.size());
    for (size_t w = 0; w < workers.size(); ++w)
        for (const TemplateMiner::Template &t : workers[w]->m_miner.templates())
            localToGlobal[w].push_back(global.addForId(t.text));
    // Templates that differ only in variables are one template (as `virtuoso logs templates`
    // groups them); the groups are numbered densely in order of their first template.
    global.consolidate();
    std::vector<int> dense(static_cast<size_t>(global.templateCount()), -1);
    std::vector<int> groupIds;
    for (int id = 0; id < global.templateCount(); ++id)
        if (global.groupOf(id) == id) {
            dense[static_cast<size_t>(id)] = static_cast<int>(groupIds.size());
            groupIds.push_back(id);
        }
    for (auto &ids : localToGlobal)
        for (int &id : ids)
            id = dense[static_cast<size_t>(global.groupOf(id))];

    const int templateCount = static_cast<int>(groupIds.size());
    result.templates.resize(static_cast<size_t>(templateCount));
    std::vector<std::vector<std::pair<size_t, size_t>>> keysOf(static_cast<size_t>(templateCount));
    std::vector<std::vector<Example>> examplesOf(static_cast<size_t>(templateCount));
    struct ErrorSecond
    {
        std::int64_t second;
        int gid;
        std::int64_t count;
    };
    std::vector<ErrorSecond> errorSeconds;
    for (size_t w = 0; w < workers.size(); ++w) {
        Worker &wk = *workers[w];
        result.entries += wk.m_entries;
        result.analysed += wk.m_analysed;
        result.unreadable += wk.m_unreadable;
        result.textOnlyErrors += wk.m_textOnlyErrors;
        result.binaryMessages += wk.m_binary;
        for (const auto &[input, p] : wk.m_problems)
            if (result.firstProblems.size() < 10)
                result.firstProblems.emplace_back(result.inputs[static_cast<size_t>(input)].name, p);
        if (wk.m_first && (!result.firstUs || wk.m_first < result.firstUs))
            result.firstUs = wk.m_first;
        result.lastUs = std::max(result.lastUs, wk.m_last);
        mergeCounts(result.byLevel, wk.m_byLevel);
        for (size_t u = 0; u < wk.m_units.size(); ++u)
            mergeCounts(
                result.byUnit[QString::fromUtf8(wk.m_units[u].data(), static_cast<qsizetype>(wk.m_units[u].size()))],
                wk.m_byUnit[u]);
        for (const auto &[hour, counts] : wk.m_byHour)
            mergeCounts(result.byHour[hour], counts);
        for (size_t k = 0; k < wk.m_keys.size(); ++k) {
            const KeyStats &key = wk.m_keys[k];
            const int gid = localToGlobal[w][static_cast<size_t>(key.localTemplate)];
            TemplateStats &t = result.templates[static_cast<size_t>(gid)];
            t.count += key.count;
            t.byLevel[static_cast<size_t>(key.level)] += key.count;
            if (key.first && (!t.firstUs || key.first < t.firstUs))
                t.firstUs = key.first;
            t.lastUs = std::max(t.lastUs, key.last);
            for (const auto &[hour, count] : key.hours)
                t.hourly[hour] += count;
            const QString unit =
                QString::fromUtf8(wk.m_units[static_cast<size_t>(key.unit)].data(),
                                  static_cast<qsizetype>(wk.m_units[static_cast<size_t>(key.unit)].size()));
            if (!unit.isEmpty() && !t.units.contains(unit))
                t.units << unit;
            const QString code = QString::fromUtf8(key.code.data(), static_cast<qsizetype>(key.code.size()));
            if (!code.isEmpty() && !t.codes.contains(code))
                t.codes << code;
            keysOf[static_cast<size_t>(gid)].emplace_back(w, k);
            for (const Example &e : key.examples)
                examplesOf[static_cast<size_t>(gid)].push_back(e);
        }
        for (const auto &[packed, count] : wk.m_errorSeconds) {
            const std::int64_t second = static_cast<std::int64_t>(packed >> 24);
            const size_t keyIndex = static_cast<size_t>(packed & 0xFFFFFF);
            if (keyIndex >= wk.m_keys.size())
                continue;
            const int gid = localToGlobal[w][static_cast<size_t>(wk.m_keys[keyIndex].localTemplate)];
            errorSeconds.push_back({second, gid, count});
        }
    }
    // In time order, then by template; one row per second and template.
    std::sort(errorSeconds.begin(), errorSeconds.end(), [](const ErrorSecond &a, const ErrorSecond &b) {
        return a.second != b.second ? a.second < b.second : a.gid < b.gid;
    });
    for (const ErrorSecond &e : errorSeconds) {
        if (!result.errorSeconds.empty() && result.errorSeconds.back().second == e.second &&
            result.errorSeconds.back().templateId == e.gid)
            result.errorSeconds.back().count += e.count;
        else
            result.errorSeconds.push_back({e.second, e.gid, e.count});
    }

    for (int gid = 0; gid < templateCount; ++gid) {
        TemplateStats &t = result.templates[static_cast<size_t>(gid)];
        t.id = gid;
        t.text = global.templateText(groupIds[static_cast<size_t>(gid)]);
        t.level = LevelInfo;
        for (int l = 0; l < 8; ++l)
            if (t.byLevel[static_cast<size_t>(l)] > 0) {
                t.level = l;
                break;
            }
        auto &ex = examplesOf[static_cast<size_t>(gid)];
        std::sort(ex.begin(), ex.end(), [](const Example &a, const Example &b) {
            return earlier(a.ts, a.input, a.offset, b.ts, b.input, b.offset);
        });
        for (size_t e = 0; e < ex.size() && e < static_cast<size_t>(ExamplesKept); ++e)
            t.examples.push_back({ex[e].ts, ex[e].offset,
                                  QString::fromUtf8(ex[e].text.data(), static_cast<qsizetype>(ex[e].text.size()))});

        // The values behind each <*>: digit-bearing tokens were collected per shape; the other
        // tokens are constant within a shape, so its first entry tells them.
        const QStringList tokens = splitTokens(t.text);
        for (int p = 0; p < tokens.size(); ++p) {
            if (!tokens[p].contains(TemplateMiner::wildcard()))
                continue;
            std::map<std::string, std::int64_t> values;
            bool more = false;
            bool known = false;
            for (const auto &[w, k] : keysOf[static_cast<size_t>(gid)]) {
                const KeyStats &key = workers[w]->m_keys[k];
                if (key.tokens.size() != static_cast<size_t>(tokens.size()))
                    continue;
                known = true;
                const auto slot = std::find_if(key.digitSlots.begin(), key.digitSlots.end(),
                                               [p](const DigitSlot &s) { return s.position == p; });
                if (slot != key.digitSlots.end()) {
                    for (const auto &[v, c] : slot->values)
                        values[v] += c;
                    more = more || slot->more;
                } else {
                    values[key.tokens[static_cast<size_t>(p)]] += key.count;
                }
            }
            if (!known)
                continue;
            TemplateVariable var;
            var.position = p;
            var.token = tokens[p];
            for (const auto &[v, c] : values)
                var.values.emplace_back(QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())), c);
            std::stable_sort(var.values.begin(), var.values.end(),
                             [](const auto &a, const auto &b) { return a.second > b.second; });
            if (var.values.size() > MaxValuesPerVariable) {
                var.values.resize(MaxValuesPerVariable);
                more = true;
            }
            var.more = more;
            t.variables.push_back(std::move(var));
        }
    }
}

} // namespace virtuoso::logs::analyzer_detail
