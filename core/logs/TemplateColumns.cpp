// consolidate()'s joins of lines of fields: word columns that are fields, and key=values that
// complement one another (docs/logs.md, "Template mining").
#include "logs/TemplateMiner.h"

#include "logs/TemplateMinerInternal.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace virtuoso::logs {

using detail::combineHash;
using detail::keyValueSeparator;

int TemplateMiner::joinFreeColumns()
{
    if (tooManyToCompare())
        return 0;
    // Templates of one shape: the same length and the same variables at the same places.
    std::unordered_map<std::uint64_t, std::vector<Cluster *>> byShape;
    for (const auto &owned : m_clusters) {
        Cluster *c = owned.get();
        if (c->joined)
            continue;
        // A line of fields: most of its tokens are values.
        const auto values = std::count(c->variable.begin(), c->variable.end(), char(1));
        if (c->tokens.empty() || 2 * static_cast<size_t>(values) < c->tokens.size())
            continue;
        std::uint64_t shape = combineHash(0x5eedULL, c->tokens.size());
        for (size_t i = 0; i < c->tokens.size(); ++i)
            shape = combineHash(shape, c->variable[i] ? qHash(c->tokens[i]) : 0x3a3aULL);
        byShape[shape].push_back(c);
    }
    int joined = 0;
    std::vector<std::vector<Cluster *> *> shapes;
    for (auto &[shape, members] : byShape)
        if (members.size() >= VaryingSpanMinValues)
            shapes.push_back(&members);
    std::sort(shapes.begin(), shapes.end(),
              [](const auto *a, const auto *b) { return a->front()->id < b->front()->id; });
    for (std::vector<Cluster *> *members : shapes) {
        const Cluster *first = members->front();
        const size_t n = first->tokens.size();
        // Equal hashes, equal shape: checked, so that a collision cannot join two events.
        std::vector<Cluster *> group;
        for (Cluster *c : *members) {
            bool same = true;
            for (size_t i = 0; i < n && same; ++i)
                same = c->variable[i] == first->variable[i] && (!c->variable[i] || c->tokens[i] == first->tokens[i]);
            if (same)
                group.push_back(c);
        }
        if (group.size() < VaryingSpanMinValues)
            continue;
        // A column of words with three values or more is a field, when two such fields vary
        // independently: more combinations of their values than values in any one of them. Words
        // that name the event vary together (one event, one spelling), fields do not.
        std::vector<size_t> fields;
        size_t mostValues = 0;
        bool keyedField = false;
        for (size_t i = 0; i < n; ++i) {
            if (first->variable[i])
                continue;
            std::vector<QStringView> values;
            for (const Cluster *c : group)
                if (std::find(values.begin(), values.end(), QStringView(c->tokens[i])) == values.end())
                    values.push_back(c->tokens[i]);
            if (values.size() >= VaryingSpanMinValues) {
                fields.push_back(i);
                mostValues = std::max(mostValues, values.size());
                // key=word with one key in every template: the key names the field, the word is its value.
                const qsizetype sep = keyValueSeparator(first->tokens[i]);
                keyedField = keyedField || (sep > 0 && std::all_of(group.begin(), group.end(), [&](const Cluster *c) {
                                                return keyValueSeparator(c->tokens[i]) == sep &&
                                                       QStringView(c->tokens[i]).first(sep + 1) ==
                                                           QStringView(first->tokens[i]).first(sep + 1);
                                            }));
            }
        }
        if (fields.empty() || (fields.size() < 2 && !(m_keyedFieldsNow && keyedField)))
            continue;
        std::vector<std::uint64_t> combinations;
        for (const Cluster *c : group) {
            std::uint64_t h = 0x1234ULL;
            for (size_t i : fields)
                h = combineHash(h, qHash(c->tokens[i]));
            if (std::find(combinations.begin(), combinations.end(), h) == combinations.end())
                combinations.push_back(h);
        }
        if (fields.size() >= 2 && combinations.size() <= mostValues)
            continue;
        // Templates equal outside the fields are one.
        std::unordered_map<std::uint64_t, std::vector<Cluster *>> rest;
        for (Cluster *c : group) {
            std::uint64_t h = 0x4321ULL;
            for (size_t i = 0; i < n; ++i)
                if (std::find(fields.begin(), fields.end(), i) == fields.end())
                    h = combineHash(h, qHash(c->tokens[i]));
            rest[h].push_back(c);
        }
        for (auto &[h, same] : rest) {
            if (same.size() < 2)
                continue;
            joined += joinAsOne(same); // equal outside the fields: only they generalize
        }
    }
    return joined;
}

} // namespace virtuoso::logs
