// consolidate()'s joins of lines of fields: word columns that are fields, and key=values that
// complement one another (docs/logs.md, "Template mining").
#include "logs/TemplateMiner.h"

#include "logs/TemplateMinerInternal.h"
#include "logs/TemplateTokens.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace virtuoso::logs {

using detail::combineHash;
using detail::keyOfVariable;
using detail::keyValueSeparator;

namespace {

// A template as fields: each key=value with the tokens of its value, the other tokens one each. A
// value may run over several tokens ("furnace=E-Ofen <*> crown=<*>": the furnace is "E-Ofen 2")
// when it starts as a word, holds a digit or a variable, and the next field follows it.
using Unit = std::vector<QString>;
std::vector<Unit> fieldsOf(const std::vector<QString> &t, bool valuesOfWords)
{
    std::vector<Unit> units;
    for (size_t i = 0; i < t.size(); ++i) {
        units.push_back({t[i]});
        const qsizetype sep = keyValueSeparator(t[i]);
        if (!valuesOfWords || sep <= 0 || keyOfVariable(t[i]) > 0 || t[i].size() == sep + 1)
            continue;
        const size_t end =
            detail::nextKeyAfter(t, i, TemplateMiner::VaryingSpanMaxTokens, [](const QString &) { return true; });
        if (end == i)
            continue;
        bool valueLike = tokens::hasDigit(QStringView(t[i]).mid(sep + 1));
        for (size_t k = i + 1; k < end; ++k)
            valueLike = valueLike || tokens::hasDigit(t[k]) || t[k].contains(TemplateMiner::wildcard());
        if (!valueLike)
            continue;
        units.back().assign(t.begin() + static_cast<std::ptrdiff_t>(i), t.begin() + static_cast<std::ptrdiff_t>(end));
        i = end - 1;
    }
    return units;
}

// Whether two templates of one shape differ only in key=values where one of the two has the key
// with a variable and the other a value ("tag=<*> … result=CHARGED" and "tag=none … result=<*>").
// A key with nothing after it ("rhost=") says the field is unset: another case, not a value.
bool keyedComplements(const std::vector<Unit> &a, const std::vector<Unit> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i])
            continue;
        const bool aVaries = a[i].size() == 1 && keyOfVariable(a[i].front()) > 0;
        const bool bVaries = b[i].size() == 1 && keyOfVariable(b[i].front()) > 0;
        if (!aVaries && !bVaries)
            return false;
        const Unit &value = aVaries ? b[i] : a[i];
        if (value.size() == 1 && value.front().size() == keyValueSeparator(value.front()) + 1)
            return false;
    }
    return true;
}

} // namespace

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

int TemplateMiner::joinKeyedComplements()
{
    // A widening of joinKeyedValues' cover: a key=<*> stands for its key with any value.
    if (!m_options.joinKeyedComplements || !m_options.joinKeyedValues || tooManyToCompare())
        return 0;
    // Templates of one shape: their words equal, their key=values of the same keys.
    std::unordered_map<std::uint64_t, std::vector<size_t>> byShape;
    std::vector<std::uint64_t> order;
    std::vector<Cluster *> live;
    std::vector<std::vector<Unit>> fields;
    for (const auto &owned : m_clusters) {
        Cluster *c = owned.get();
        if (c->joined || c->tokens.size() < 2)
            continue;
        std::vector<Unit> units = fieldsOf(c->tokens, m_options.keyedValuesOfWords);
        std::uint64_t shape = combineHash(0x6b65ULL, units.size());
        bool keyed = false;
        for (const Unit &u : units) {
            const qsizetype sep = keyValueSeparator(u.front());
            keyed = keyed || sep > 0;
            shape = combineHash(shape, sep > 0 ? qHash(QStringView(u.front()).first(sep + 1)) : qHash(u.front()));
        }
        if (!keyed)
            continue;
        auto &group = byShape[shape];
        if (group.empty())
            order.push_back(shape);
        group.push_back(live.size());
        live.push_back(c);
        fields.push_back(std::move(units));
    }
    int joined = 0;
    for (std::uint64_t shape : order) {
        const std::vector<size_t> &group = byShape[shape];
        if (group.size() < 2)
            continue;
        std::vector<char> taken(group.size(), 0);
        for (size_t a = 0; a < group.size(); ++a) {
            if (taken[a])
                continue;
            std::vector<Unit> merged = fields[group[a]];
            std::vector<Cluster *> members{live[group[a]]};
            for (size_t b = a + 1; b < group.size(); ++b) {
                const std::vector<Unit> &other = fields[group[b]];
                if (taken[b] || !keyedComplements(merged, other))
                    continue;
                for (size_t i = 0; i < merged.size(); ++i)
                    if (merged[i] != other[i] && !(merged[i].size() == 1 && keyOfVariable(merged[i].front()) > 0))
                        merged[i] = other[i];
                members.push_back(live[group[b]]);
                taken[b] = 1;
            }
            if (members.size() < 2)
                continue;
            std::vector<QString> tokens;
            for (const Unit &u : merged)
                tokens.insert(tokens.end(), u.begin(), u.end());
            joined += joinInto(members, std::move(tokens));
        }
    }
    return joined;
}

} // namespace virtuoso::logs
