// consolidate()'s join of templates whose quoted or bracketed values vary in several places at once
// (docs/logs.md, "Template mining").
#include "logs/TemplateMiner.h"

#include "logs/TemplateMinerInternal.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace virtuoso::logs {

using detail::combineHash;
using detail::distinctValues;

namespace detail {

std::optional<DelimitedValue> delimitedValue(const std::vector<QString> &t, size_t b, size_t maxTokens)
{
    const qsizetype sep = keyValueSeparator(t[b]);
    const qsizetype open = sep > 0 ? sep + 1 : 0;
    if (open >= t[b].size())
        return std::nullopt;
    const QChar opening = t[b][open];
    QChar closing;
    if (opening == u'"' || opening == u'\'')
        closing = opening;
    else if (opening == u'(')
        closing = u')';
    else if (opening == u'[')
        closing = u']';
    else
        return std::nullopt;
    int depth = 0;
    for (size_t e = b; e < t.size() && e < b + maxTokens; ++e) {
        const QString &token = t[e];
        qsizetype close = -1;
        for (qsizetype k = e == b ? open + 1 : 0; k < token.size() && close < 0; ++k) {
            if (opening == closing && token[k] == closing) {
                // A quote inside the quoted value opens a quote of its own where a word starts after
                // it ("Team "Pin Pals" #3"), and closes one where none does.
                const bool startsWord = k == 0 && k + 1 < token.size() && token[k + 1].isLetterOrNumber();
                if (startsWord)
                    ++depth;
                else if (depth > 0)
                    --depth;
                else
                    close = k;
            } else if (token[k] == closing) {
                if (depth == 0)
                    close = k;
                else
                    --depth;
            } else if (token[k] == opening) {
                ++depth; // a bracket inside the bracketed value
            }
        }
        if (close < 0)
            continue;
        // Only punctuation may follow the closing quote in its token.
        for (qsizetype k = close + 1; k < token.size(); ++k)
            if (token[k].isLetterOrNumber() || token[k] == u'"' || token[k] == u'\'' || token[k] == u'<')
                return std::nullopt;
        return DelimitedValue{e, open + 1, close};
    }
    return std::nullopt;
}

} // namespace detail

namespace {

// A quoted or bracketed value in a template: tokens [begin, end], the first token's text up to and
// with its opening quote (key=", [) and the last token's from its closing quote on (", ]:).
struct Delimited
{
    size_t begin = 0, end = 0;
    qsizetype head = 0;  // length of what stays of the first token
    qsizetype close = 0; // where what stays of the last token starts
    std::uint64_t content = 0;
    bool keyed = false;    // the value of a key=value token (begin == end)
    bool variable = false; // … which is a variable already (key=<*>)
};

// The value that opens at token b, if one does, with a hash of its tokens.
bool delimitedAt(const std::vector<QString> &t, size_t b, size_t maxTokens, Delimited *out)
{
    const std::optional<detail::DelimitedValue> value = detail::delimitedValue(t, b, maxTokens);
    if (!value)
        return false;
    out->begin = b;
    out->end = value->end;
    out->head = value->head;
    out->close = value->close;
    std::uint64_t content = 0x5bd1e995ULL;
    for (size_t i = b; i <= value->end; ++i)
        content = combineHash(content, qHash(t[i]));
    out->content = content;
    return true;
}

// A template seen as its wording with each quoted or bracketed value as one column.
struct Columns
{
    std::uint64_t shape = 0; // the wording, and each value's quotes
    std::vector<Delimited> values;
    size_t words = 0; // tokens outside the values that are not variables
};

Columns columnsOf(const std::vector<QString> &t, const std::vector<char> &variable, size_t maxTokens, bool keyed)
{
    Columns c;
    c.shape = combineHash(0xde11ULL, t.size() > 0 ? 1 : 0);
    for (size_t i = 0; i < t.size();) {
        Delimited d;
        if (delimitedAt(t, i, maxTokens, &d)) {
            c.shape =
                combineHash(combineHash(combineHash(c.shape, 0xc01ULL), qHash(QStringView(t[d.begin]).first(d.head))),
                            qHash(QStringView(t[d.end]).mid(d.close)));
            c.values.push_back(d);
            i = d.end + 1;
            continue;
        }
        // The value of a key=value token is a column too; the key is its wording.
        const qsizetype sep = detail::keyValueSeparator(t[i]);
        if (keyed && sep > 0 && sep + 1 < t[i].size() && t[i][sep] == u'=') {
            // Up to the next key=, plain words go on with the value ("room=Cat Room vet=…").
            const size_t next =
                detail::nextKeyAfter(t, i, TemplateMiner::VaryingSpanMaxTokens, detail::isPlainNamePart);
            const size_t last = next > i ? next - 1 : i;
            std::uint64_t content = qHash(QStringView(t[i]).mid(sep + 1));
            for (size_t k = i + 1; k <= last; ++k)
                content = combineHash(content, qHash(t[k]));
            const bool onlyVariable = last == i && QStringView(t[i]).mid(sep + 1) == TemplateMiner::wildcard();
            c.shape = combineHash(combineHash(c.shape, 0xc02ULL), qHash(QStringView(t[i]).first(sep + 1)));
            c.values.push_back(Delimited{i, last, sep + 1, t[last].size(), content, true, onlyVariable});
            i = last + 1;
            continue;
        }
        c.shape = combineHash(c.shape, qHash(t[i]));
        c.words += variable[i] ? 0 : 1;
        ++i;
    }
    c.shape = combineHash(c.shape, c.values.size());
    return c;
}

// Whether two templates of one shape have the same wording and quotes (a hash collision must not
// join two events).
bool sameShape(const std::vector<QString> &a, const Columns &ca, const std::vector<QString> &b, const Columns &cb)
{
    if (ca.values.size() != cb.values.size())
        return false;
    size_t i = 0, j = 0;
    for (size_t k = 0; k <= ca.values.size(); ++k) {
        const size_t ie = k < ca.values.size() ? ca.values[k].begin : a.size();
        const size_t je = k < cb.values.size() ? cb.values[k].begin : b.size();
        if (ie - i != je - j ||
            !std::equal(a.begin() + static_cast<std::ptrdiff_t>(i), a.begin() + static_cast<std::ptrdiff_t>(ie),
                        b.begin() + static_cast<std::ptrdiff_t>(j)))
            return false;
        if (k == ca.values.size())
            break;
        const Delimited &x = ca.values[k];
        const Delimited &y = cb.values[k];
        if (QStringView(a[x.begin]).first(x.head) != QStringView(b[y.begin]).first(y.head) ||
            QStringView(a[x.end]).mid(x.close) != QStringView(b[y.end]).mid(y.close))
            return false;
        i = x.end + 1;
        j = y.end + 1;
    }
    return true;
}

} // namespace

int TemplateMiner::joinDelimitedColumns()
{
    if (!m_options.joinDelimitedColumns)
        return 0;
    if (tooManyToCompare())
        return 0;
    std::vector<Cluster *> live;
    std::vector<Columns> columns;
    std::unordered_map<std::uint64_t, std::vector<size_t>> byShape;
    std::vector<std::uint64_t> order;
    for (const auto &owned : m_clusters) {
        if (owned->joined)
            continue;
        Columns c = columnsOf(owned->tokens, owned->variable, VaryingDelimitedMaxTokens, m_options.joinKeyedValues);
        // Two words of wording at least, and two values: one varying value is joinVaryingSpans()'s.
        if (c.words < 2 || c.values.size() < 2)
            continue;
        auto &members = byShape[c.shape];
        if (members.empty())
            order.push_back(c.shape);
        members.push_back(live.size());
        live.push_back(owned.get());
        columns.push_back(std::move(c));
    }
    int joined = 0;
    for (std::uint64_t shape : order) {
        std::vector<size_t> group;
        for (size_t m : byShape[shape])
            if (sameShape(live[m]->tokens, columns[m], live[byShape[shape].front()]->tokens,
                          columns[byShape[shape].front()]))
                group.push_back(m);
        if (group.size() < VaryingSpanMinValues)
            continue;
        // A column whose values take VaryingSpanMinValues spellings or more across the group varies.
        const size_t n = columns[group.front()].values.size();
        std::vector<char> varies(n, 0);
        size_t varying = 0;
        for (size_t k = 0; k < n; ++k) {
            const size_t distinct = distinctValues(group, [&](size_t m) { return columns[m].values[k].content; });
            const bool variable =
                std::any_of(group.begin(), group.end(), [&](size_t m) { return columns[m].values[k].variable; });
            // A key's value needs the spellings a key column needs, or a variable already beside it.
            const bool keyed = columns[group.front()].values[k].keyed;
            varies[k] = keyed ? distinct >= KeyedColumnManyValues || (variable && distinct >= 2)
                              : distinct >= VaryingSpanMinValues;
            varying += varies[k] ? 1 : 0;
        }
        if (varying < 2)
            continue;
        // Templates equal in the columns that do not vary are one.
        std::unordered_map<std::uint64_t, std::vector<size_t>> byRest;
        std::vector<std::uint64_t> restOrder;
        for (size_t m : group) {
            std::uint64_t rest = 0x7e57ULL;
            for (size_t k = 0; k < n; ++k)
                rest = combineHash(rest, varies[k] ? 0x1ULL : columns[m].values[k].content);
            auto &same = byRest[rest];
            if (same.empty())
                restOrder.push_back(rest);
            same.push_back(m);
        }
        for (std::uint64_t rest : restOrder) {
            const std::vector<size_t> &same = byRest[rest];
            if (same.size() < 2)
                continue;
            const std::vector<QString> &t = live[same.front()]->tokens;
            const Columns &c = columns[same.front()];
            std::vector<QString> tokens;
            size_t i = 0;
            for (size_t k = 0; k < n; ++k) {
                const Delimited &d = c.values[k];
                tokens.insert(tokens.end(), t.begin() + static_cast<std::ptrdiff_t>(i),
                              t.begin() + static_cast<std::ptrdiff_t>(varies[k] ? d.begin : d.end + 1));
                if (varies[k])
                    tokens.push_back(t[d.begin].first(d.head) + wildcard() + t[d.end].mid(d.close));
                i = d.end + 1;
            }
            tokens.insert(tokens.end(), t.begin() + static_cast<std::ptrdiff_t>(i), t.end());
            std::vector<Cluster *> clusters;
            for (size_t m : same)
                clusters.push_back(live[m]);
            joined += joinInto(clusters, std::move(tokens));
        }
    }
    return joined;
}

} // namespace virtuoso::logs
