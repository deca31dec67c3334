// consolidate()'s join of templates whose names of words vary in several places at once
// (docs/logs.md, "Template mining").
#include "logs/TemplateMiner.h"

#include "logs/TemplateMinerInternal.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace virtuoso::logs {

using detail::combineHash;
using detail::distinctValues;
using detail::isPlainNamePart;

namespace {

// The longest common subsequence of two templates' tokens: for each token of `a`, the token of `b`
// it pairs with, or -1.
std::vector<int> commonTokens(const std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b,
                              const std::vector<QString> &ta, const std::vector<QString> &tb)
{
    const size_t na = a.size();
    const size_t nb = b.size();
    std::vector<std::uint16_t> best((na + 1) * (nb + 1), 0);
    const auto at = [nb](size_t i, size_t j) { return i * (nb + 1) + j; };
    for (size_t i = na; i-- > 0;)
        for (size_t j = nb; j-- > 0;)
            best[at(i, j)] = a[i] == b[j] && ta[i] == tb[j] ? static_cast<std::uint16_t>(best[at(i + 1, j + 1)] + 1)
                                                            : std::max(best[at(i + 1, j)], best[at(i, j + 1)]);
    std::vector<int> pair(na, -1);
    for (size_t i = 0, j = 0; i < na && j < nb;) {
        if (a[i] == b[j] && ta[i] == tb[j]) {
            pair[i] = static_cast<int>(j);
            ++i;
            ++j;
        } else if (best[at(i + 1, j)] >= best[at(i, j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return pair;
}

// A gap between two anchors may hold a name: up to `maxTokens` tokens without punctuation that ends
// a clause or opens a value.
bool nameGap(const std::vector<QString> &t, size_t begin, size_t end, size_t maxTokens)
{
    if (end - begin > maxTokens)
        return false;
    for (size_t i = begin; i < end; ++i)
        if (!isPlainNamePart(t[i]))
            return false;
    return true;
}

} // namespace

int TemplateMiner::joinAlignedGaps()
{
    if (!m_options.joinAlignedGaps)
        return 0;
    if (tooManyToCompare())
        return 0;
    // Templates are compared within groups of one first word (a variable first token is no group).
    std::unordered_map<std::uint64_t, std::vector<Cluster *>> byFirst;
    std::vector<std::uint64_t> order;
    for (const auto &c : m_clusters) {
        if (c->joined || c->tokens.size() < 3 || c->tokens.size() > AlignedMaxTokens || c->variable.front())
            continue;
        const std::uint64_t key = qHash(c->tokens.front());
        auto &group = byFirst[key];
        if (group.empty())
            order.push_back(key);
        group.push_back(c.get());
    }
    const size_t maxGap = VaryingSpanMaxTokens;
    int joined = 0;
    for (std::uint64_t key : order) {
        const std::vector<Cluster *> &group = byFirst[key];
        if (group.size() < VaryingSpanMinValues || group.size() > AlignedNamesMaxGroup)
            continue;
        // Each template's tokens with an end mark, which always pairs: a name may end the line.
        static const QString end = QStringLiteral("\n");
        std::vector<std::vector<QString>> marked;
        std::vector<std::vector<std::uint32_t>> hashes;
        for (const Cluster *c : group) {
            marked.push_back(c->tokens);
            marked.back().push_back(end);
            std::vector<std::uint32_t> h;
            for (const QString &t : marked.back())
                h.push_back(static_cast<std::uint32_t>(qHash(t)));
            hashes.push_back(std::move(h));
        }
        std::vector<char> taken(group.size(), 0);
        for (size_t a = 0; a < group.size(); ++a) {
            if (taken[a] || group[a]->joined)
                continue;
            const std::vector<QString> &ta = marked[a];
            const size_t na = ta.size();
            // The members: templates whose tokens pair with a's everywhere but in gaps of names.
            std::vector<size_t> members{a};
            std::vector<std::vector<int>> pairs{std::vector<int>(na)};
            for (size_t i = 0; i < na; ++i)
                pairs[0][i] = static_cast<int>(i);
            for (size_t b = a + 1; b < group.size(); ++b) {
                if (taken[b] || group[b]->joined)
                    continue;
                const std::vector<QString> &tb = marked[b];
                if ((na > tb.size() ? na - tb.size() : tb.size() - na) > maxGap)
                    continue;
                std::vector<int> pair = commonTokens(hashes[a], hashes[b], ta, tb);
                if (pair.front() != 0 || pair.back() != static_cast<int>(tb.size()) - 1)
                    continue;
                bool fits = true;
                for (size_t i = 0; i < na && fits; ++i) {
                    if (pair[i] < 0 || i == 0)
                        continue;
                    size_t prev = i - 1;
                    while (pair[prev] < 0)
                        --prev;
                    fits = nameGap(ta, prev + 1, i, maxGap) &&
                           nameGap(tb, static_cast<size_t>(pair[prev]) + 1, static_cast<size_t>(pair[i]), maxGap);
                }
                if (!fits)
                    continue;
                members.push_back(b);
                pairs.push_back(std::move(pair));
            }
            if (members.size() < VaryingSpanMinValues)
                continue;
            // The anchors: a's tokens that every member pairs; mostly wording.
            std::vector<size_t> anchors;
            size_t words = 0;
            for (size_t i = 0; i < na; ++i)
                if (std::all_of(pairs.begin(), pairs.end(), [i](const std::vector<int> &p) { return p[i] >= 0; })) {
                    anchors.push_back(i);
                    words += i + 1 < na && !group[a]->variable[i] ? 1 : 0; // not the end mark
                }
            const size_t gaps = anchors.size() - 1;
            if (words < 2 || 2 * words < na - 1 || gaps == 0)
                continue;
            // Each member's gaps between the anchors, and what each gap holds.
            struct Gap
            {
                size_t begin, end;
                std::uint64_t content;
                bool phrase; // words and a variable ("invalid user <*>")
                bool oneWord;
            };
            std::vector<std::vector<Gap>> gapsOf;
            std::vector<size_t> kept;
            for (size_t m = 0; m < members.size(); ++m) {
                const Cluster *c = group[members[m]];
                std::vector<Gap> g;
                bool ok = true;
                for (size_t k = 0; k < gaps && ok; ++k) {
                    const size_t begin = static_cast<size_t>(pairs[m][anchors[k]]) + 1;
                    const size_t stop = static_cast<size_t>(pairs[m][anchors[k + 1]]);
                    ok = nameGap(c->tokens, begin, stop, maxGap);
                    std::uint64_t content = 0x6a09e667ULL;
                    bool word = false, variable = false;
                    for (size_t i = begin; i < stop; ++i) {
                        content = combineHash(content, qHash(c->tokens[i]));
                        (c->variable[i] ? variable : word) = true;
                    }
                    g.push_back(
                        Gap{begin, stop, content, stop - begin > 1 && word && variable, stop - begin == 1 && word});
                }
                if (ok) {
                    gapsOf.push_back(std::move(g));
                    kept.push_back(m);
                }
            }
            if (kept.size() < VaryingSpanMinValues)
                continue;
            // A gap varies where it takes VaryingSpanMinValues contents or more, none of them empty;
            // beside words around a variable, single words count as one (as in joinVaryingSpans()).
            std::vector<char> varies(gaps, 0);
            size_t varying = 0;
            for (size_t k = 0; k < gaps; ++k) {
                bool phrase = false, empty = false;
                for (const auto &g : gapsOf) {
                    phrase = phrase || g[k].phrase;
                    empty = empty || g[k].begin == g[k].end;
                }
                const size_t distinct = distinctValues(
                    gapsOf, [&](const std::vector<Gap> &g) { return phrase && g[k].oneWord ? 0x1ULL : g[k].content; });
                // What ends the line is as often a state the event names: the last gap never varies.
                varies[k] = !empty && k + 1 < gaps && distinct >= VaryingSpanMinValues;
                varying += varies[k] ? 1 : 0;
            }
            if (varying == 0)
                continue;
            // Members equal in the gaps that do not vary are one template.
            std::unordered_map<std::uint64_t, std::vector<size_t>> byRest;
            std::vector<std::uint64_t> restOrder;
            for (size_t g = 0; g < kept.size(); ++g) {
                std::uint64_t rest = 0x3c6ef372ULL;
                for (size_t k = 0; k < gaps; ++k)
                    rest = combineHash(rest, varies[k] ? 0x1ULL : gapsOf[g][k].content);
                auto &same = byRest[rest];
                if (same.empty())
                    restOrder.push_back(rest);
                same.push_back(g);
            }
            for (std::uint64_t rest : restOrder) {
                const std::vector<size_t> &same = byRest[rest];
                if (same.size() < 2)
                    continue;
                const size_t first = same.front();
                const std::vector<QString> &tf = group[members[kept[first]]]->tokens;
                std::vector<QString> tokens;
                for (size_t k = 0; k < gaps; ++k) {
                    const Gap &g = gapsOf[first][k];
                    if (k == 0)
                        tokens.push_back(tf[g.begin - 1]);
                    if (varies[k])
                        tokens.push_back(wildcard());
                    else
                        tokens.insert(tokens.end(), tf.begin() + static_cast<std::ptrdiff_t>(g.begin),
                                      tf.begin() + static_cast<std::ptrdiff_t>(g.end));
                    if (g.end < tf.size())
                        tokens.push_back(tf[g.end]);
                }
                std::vector<Cluster *> clusters;
                for (size_t g : same) {
                    clusters.push_back(group[members[kept[g]]]);
                    taken[members[kept[g]]] = 1;
                }
                joined += joinInto(clusters, std::move(tokens));
            }
        }
    }
    return joined;
}

} // namespace virtuoso::logs
