// consolidate(): joins templates after mining (docs/logs.md, "Template mining").
#include "logs/TemplateMiner.h"

#include "logs/TemplateMinerInternal.h"
#include "logs/TemplateTokens.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <unordered_map>

namespace virtuoso::logs {

using detail::combineHash;
using detail::distinctValues;
using detail::generalized;
using detail::isPlainNamePart;
using detail::keyOfVariable;
using detail::keyValueSeparator;
using detail::variableRunsJoined;

namespace {

// Whether a token is only variables and punctuation: <*>, <*>:<*>, (<*>).
bool onlyVariable(const QString &t)
{
    if (!t.contains(TemplateMiner::wildcard()))
        return false;
    QString rest = t;
    rest.remove(TemplateMiner::wildcard());
    return std::none_of(rest.begin(), rest.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// A token of which a mask rewrote a part (AES-<*>-GCM) as a value: <*>, or key=<*> when its key
// stayed (a key=value whose value the mask left whole stays as it is).
QString partlyMaskedKey(const QString &t)
{
    const qsizetype sep = keyValueSeparator(t);
    if (sep <= 0)
        return TemplateMiner::wildcard();
    if (QStringView(t).mid(sep + 1).contains(TemplateMiner::wildcard()))
        return t.first(sep + 1) + TemplateMiner::wildcard();
    return t;
}

// A token as joinManyValuedColumns() compares it: a variable is <*>, a partly masked token its value.
QString valueKey(const QString &t)
{
    if (!t.contains(TemplateMiner::wildcard()))
        return t;
    return onlyVariable(t) ? TemplateMiner::wildcard() : partlyMaskedKey(t);
}

// Whether a token of a general template stands for a token of a specific one: it is the same, or a
// variable, or with `keyed` a key=<*> and the other the same key with any value ("mode=<*>" and
// "mode=auto").
bool tokenCovers(const QString &general, const QString &specific, bool keyed)
{
    if (general == TemplateMiner::wildcard() || general == specific)
        return true;
    const qsizetype key = keyed ? keyOfVariable(general) : 0;
    return key > 0 && specific.size() > key && QStringView(specific).first(key) == QStringView(general).first(key);
}

// Whether `general` matches `specific` token by token, its variables standing for a word or a
// variable each. (A variable standing for several words would join "Failed password for <*>"
// with "Failed password for invalid user <*>", which are different events.)
bool covers(const std::vector<QString> &general, const std::vector<QString> &specific, bool keyed)
{
    if (general.size() != specific.size())
        return false;
    for (size_t i = 0; i < general.size(); ++i)
        if (!tokenCovers(general[i], specific[i], keyed))
            return false;
    return true;
}

// Whether two templates of the same length differ only where one or the other has a variable
// ("<*>: link state changed to DOWN" and "en0: link state changed to <*>"): the order in which
// lines came made each learn a different position; together they are one event.
bool complements(const std::vector<QString> &a, const std::vector<QString> &b)
{
    if (a.size() != b.size())
        return false;
    size_t words = 0; // of the two together, which must still be mostly wording
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i] && a[i] != TemplateMiner::wildcard() && b[i] != TemplateMiner::wildcard())
            return false;
        words += a[i] == b[i] && !a[i].contains(TemplateMiner::wildcard()) ? 1 : 0;
    }
    return words >= 2 && 2 * words >= a.size();
}

// Words of a template; with `keyed`, a key=<*> counts as one: its key must be matched.
size_t wordCount(const std::vector<QString> &tokens, bool keyed = false)
{
    size_t words = 0;
    for (const QString &t : tokens)
        words += !t.contains(TemplateMiner::wildcard()) || (keyed && keyOfVariable(t) > 0) ? 1 : 0;
    return words;
}

// Two words at least, and half the tokens: what a template needs to cover others.
bool mostlyWords(const std::vector<QString> &tokens, bool keyed = false)
{
    const size_t words = wordCount(tokens, keyed);
    return words >= 2 && 2 * words >= tokens.size();
}

} // namespace

namespace detail {

// A template as consolidate() compares it: tokens that are only variables and punctuation are one
// variable, and a run of variables is one variable. With `partlyMasked`, a token of which a mask
// rewrote a part is a variable too, one position of its own (partlyMaskedKey): the mask found a
// value in it, and the same value in another line may be a word the mask leaves whole; what
// surrounds it does not move.
std::vector<QString> variableRunsJoined(const std::vector<QString> &tokens, bool partlyMasked)
{
    std::vector<QString> out;
    bool runOpen = false; // the last token is a variable that the next variable joins
    for (const QString &t : tokens) {
        const bool variable = onlyVariable(t);
        if (!variable && partlyMasked && t.contains(TemplateMiner::wildcard())) {
            out.push_back(partlyMaskedKey(t));
            runOpen = false;
            continue;
        }
        if (!variable)
            out.push_back(t);
        else if (!runOpen)
            out.push_back(TemplateMiner::wildcard());
        runOpen = variable;
    }
    return out;
}

// A token that can be part of a name of several words: no ':' ',' ';' '=' quote or bracket.
bool isPlainNamePart(const QString &t)
{
    static constexpr QStringView ends = u":;,=\"'()[]{}";
    return std::none_of(t.begin(), t.end(), [](QChar ch) { return ends.contains(ch); });
}

} // namespace detail

namespace {

// Which templates of a length hold a token at a position: the candidates a template can cover or
// complement, so that joinCovered() compares a template with those that share its words, not with
// every other (free text has tens of thousands of templates). A hash collision only adds a candidate.
class PositionIndex
{
public:
    void add(const std::vector<QString> &tokens, std::uint32_t item)
    {
        for (size_t k = 0; k < tokens.size(); ++k)
            if (tokens[k] != TemplateMiner::wildcard())
                m_items[key(tokens.size(), k, tokens[k])].push_back(item);
    }
    const std::vector<std::uint32_t> &at(size_t length, size_t position, const QString &token) const
    {
        static const std::vector<std::uint32_t> none;
        const auto it = m_items.find(key(length, position, token));
        return it == m_items.end() ? none : it->second;
    }

private:
    static std::uint64_t key(size_t length, size_t position, const QString &token)
    {
        return (static_cast<std::uint64_t>(qHash(token)) << 20) ^ (static_cast<std::uint64_t>(length) << 10) ^
               static_cast<std::uint64_t>(position) ^ (static_cast<std::uint64_t>(length) * 0x9e3779b97f4a7c15ULL);
    }
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> m_items;
};

} // namespace

int TemplateMiner::joinCovered()
{
    std::vector<Cluster *> live;
    std::vector<std::vector<QString>> keys;
    for (const auto &c : m_clusters)
        if (!c->joined) {
            live.push_back(c.get());
            keys.push_back(variableRunsJoined(c->tokens, m_options.joinPartlyMasked));
        }
    const bool keyed = m_options.joinKeyedValues;
    PositionIndex byKey;
    PositionIndex byToken;
    PositionIndex byField; // the key= of each key=value token, for a key=<*> that covers any value
    for (size_t i = 0; i < live.size(); ++i) {
        byKey.add(keys[i], static_cast<std::uint32_t>(i));
        byToken.add(live[i]->tokens, static_cast<std::uint32_t>(i));
        if (keyed) {
            std::vector<QString> fields;
            for (const QString &t : live[i]->tokens) {
                const qsizetype sep = keyValueSeparator(t);
                fields.push_back(sep > 0 ? t.first(sep + 1) : wildcard());
            }
            byField.add(fields, static_cast<std::uint32_t>(i));
        }
    }
    // Every template that can cover, equal or complement template i as it is now (a superset, in
    // order). Each shares its words at m of the positions where i has a word (m = two, and half the
    // tokens; all of them to be covered), so it is in the lists of any |words| - m + 1 of those
    // positions: the shortest are taken. To be covered token by token it shares every word of i's
    // tokens, and a key=<*>'s key: the shortest list of one does (a template of fields whose every
    // value is a variable has no word but its keys, and covers through them).
    const auto candidates = [&](size_t i) {
        const std::vector<QString> &key = keys[i];
        std::vector<const std::vector<std::uint32_t> *> lists;
        for (size_t k = 0; k < key.size(); ++k)
            if (!key[k].contains(wildcard()))
                lists.push_back(&byKey.at(key.size(), k, key[k]));
        const size_t m = std::max<size_t>(2, (key.size() + 1) / 2);
        std::sort(lists.begin(), lists.end(), [](const auto *a, const auto *b) { return a->size() < b->size(); });
        lists.resize(lists.size() >= m ? lists.size() - m + 1 : 0);
        const std::vector<QString> &tokens = live[i]->tokens;
        const std::vector<std::uint32_t> *shortest = nullptr;
        for (size_t k = 0; k < tokens.size(); ++k)
            if (tokens[k] != wildcard()) {
                const qsizetype field = keyed ? keyOfVariable(tokens[k]) : 0;
                const std::vector<std::uint32_t> &at = field > 0 ? byField.at(tokens.size(), k, tokens[k].first(field))
                                                                 : byToken.at(tokens.size(), k, tokens[k]);
                if (!shortest || at.size() < shortest->size())
                    shortest = &at;
            }
        if (shortest)
            lists.push_back(shortest);
        std::vector<std::uint32_t> out;
        for (const auto *l : lists)
            out.insert(out.end(), l->begin(), l->end());
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    };
    auto join = [](Cluster *from, Cluster *into) {
        from->joined = into;
        into->count += from->count;
        if (from->tokens.size() == into->tokens.size()) {
            bool changed = false;
            for (size_t i = 0; i < into->tokens.size(); ++i)
                if (into->tokens[i] != from->tokens[i] && into->tokens[i] != wildcard()) {
                    into->tokens[i] = generalized(into->tokens[i], from->tokens[i]);
                    changed = true;
                }
            if (changed)
                into->refreshText();
        }
    };
    int joined = 0;
    // A template joins an earlier one that covers it: the same words, with variables where it
    // has words or variables. The covering template must keep at least two words and half its
    // tokens as words, so that mostly-variable templates do not swallow others.
    for (size_t i = 0; i < live.size(); ++i) {
        if (live[i]->joined)
            continue;
        if (!mostlyWords(keys[i], keyed))
            continue;
        const auto tokensMayCover = [&] {
            return mostlyWords(variableRunsJoined(live[i]->tokens, m_options.joinPartlyMasked), keyed);
        };
        bool tokensCover = tokensMayCover();
        std::vector<std::uint32_t> others = candidates(i);
        for (size_t at = 0; at < others.size(); ++at) {
            const size_t j = others[at];
            if (j == i || live[j]->joined)
                continue;
            // Either as consolidate() compares templates, or token by token: "on <*> (<*>)" covers
            // "on vty4 (<*>)", though joining the run of variables makes the one shorter. Token by
            // token, too, the covering template keeps two words and half its tokens (what it joined
            // may have made its tokens variables where its key still has words).
            const bool covered = keys[j] == keys[i]
                                     ? j > i
                                     : covers(keys[i], keys[j], keyed) ||
                                           (tokensCover && covers(live[i]->tokens, live[j]->tokens, keyed));
            if (covered) {
                join(live[j], live[i]);
                ++joined;
                // Its tokens may be wider now: the templates after j that it covers.
                tokensCover = tokensMayCover();
                others = candidates(i);
                at = static_cast<size_t>(std::upper_bound(others.begin(), others.end(), j) - others.begin()) - 1;
            } else if (live[i]->tokens.size() == live[j]->tokens.size() && complements(keys[i], keys[j])) {
                // Together they have a variable wherever either has one. Of one length only: join()
                // makes the joined template's tokens variables there one by one; of two lengths it
                // could not, and the other's lines would be shown this one's words.
                for (size_t k = 0; k < keys[i].size(); ++k)
                    if (keys[j][k] == wildcard())
                        keys[i][k] = wildcard();
                join(live[j], live[i]);
                ++joined;
                tokensCover = tokensMayCover();
                others = candidates(i); // the wider template may now cover templates passed over
                at = static_cast<size_t>(-1);
            }
        }
    }
    return joined;
}

bool TemplateMiner::tooManyToCompare() const
{
    const auto live = std::count_if(m_clusters.begin(), m_clusters.end(), [](const auto &c) { return !c->joined; });
    return live > static_cast<std::ptrdiff_t>(VaryingSpanMaxTemplates);
}

int TemplateMiner::consolidate()
{
    int joined = joinCovered();
    for (int round = 0; round < 4; ++round) {
        const int spans = joinFreeColumns() + joinVaryingSpans() + joinManyValuedColumns() + joinAlignedNames() +
                          joinDelimitedColumns() + joinAlignedGaps() + joinKeyedComplements();
        if (spans == 0)
            break;
        joined += spans + joinCovered();
    }
    // Joins that take fewer values run last, each in a pass of its own with its flag set, so that
    // they take no template a join of more values would have joined with others.
    const auto lastPass = [&](bool enabled, bool &now, int (TemplateMiner::*join)()) {
        if (!enabled)
            return;
        now = true;
        const int n = (this->*join)();
        now = false;
        if (n > 0)
            joined += n + joinCovered();
    };
    // Spans of two unit names (Options::joinTwoUnitNames); then a field of one key=word column:
    // before, a second field varying with it may have joined the same templates on both
    // (Options::joinKeyedFields).
    lastPass(m_options.joinTwoUnitNames, m_twoUnitNamesNow, &TemplateMiner::joinVaryingSpans);
    lastPass(m_options.joinKeyedFields, m_keyedFieldsNow, &TemplateMiner::joinFreeColumns);
    // The joins changed templates of the tree in place: the leaves' indexes are made again.
    ++m_epoch;
    return joined;
}

namespace {

// Tokens outside [begin, end), a run of values counting as one (unitsBefore counts them so).
size_t unitsAround(const std::vector<size_t> &unitsBefore, const std::vector<char> &wordish, size_t begin, size_t end)
{
    const size_t n = wordish.size();
    size_t units = unitsBefore[begin] + (unitsBefore[n] - unitsBefore[end]);
    if (end < n && !wordish[end] && end > 0 && !wordish[end - 1])
        ++units; // the run after the span starts a value of its own
    return units;
}

} // namespace

int TemplateMiner::joinVaryingSpans()
{
    // Longest span of plain words taken as one value (a service name of several words).
    constexpr size_t MaxSpan = VaryingSpanMaxTokens;
    struct Candidate
    {
        Cluster *cluster;
        size_t begin, length;
        std::uint64_t span; // hash of the span's tokens
        qsizetype key;      // what stays of the first token (a key=, an opening quote); else 0
        qsizetype tail;     // where what stays of the last token starts (a closing quote); else its size
        bool delimited;     // a quoted or bracketed value
        bool atEnd = false; // one token that ends the line
    };
    std::unordered_map<std::uint64_t, std::vector<Candidate>> bySignature;
    const bool mixed = m_options.joinMixedSpans;
    if (tooManyToCompare())
        return 0;
    // A quoted or bracketed value, of any number of words and variables: key="a b c", (a b), "a".
    // Its quotes bound it, so it may end the line, and its words may recur in every value.
    const auto addDelimited = [&bySignature](Cluster *c, size_t b, const std::vector<std::uint64_t> &tokenHash,
                                             const std::vector<std::uint64_t> &prefix,
                                             const std::vector<std::uint64_t> &suffix,
                                             const std::vector<size_t> &wordsBefore,
                                             const std::vector<size_t> &unitsBefore, const std::vector<char> &wordish) {
        const std::vector<QString> &t = c->tokens;
        const size_t n = t.size();
        const std::optional<detail::DelimitedValue> value = detail::delimitedValue(t, b, VaryingDelimitedMaxTokens);
        if (!value)
            return;
        const size_t e = value->end;
        const qsizetype open = value->head - 1;
        const qsizetype close = value->close;
        const QString &token = t[e];
        std::uint64_t span = 0x3c6ef3ULL;
        for (size_t i = b; i <= e; ++i)
            span = combineHash(span, tokenHash[i]);
        if (e == b && close == open + 1)
            return; // an empty value: already one
        const size_t len = e - b + 1;
        const size_t around = n - len;
        const size_t words = wordsBefore[b] + (wordsBefore[n] - wordsBefore[e + 1]);
        if (words >= 2 && 2 * words >= unitsAround(unitsBefore, wordish, b, e + 1) + 1) {
            std::uint64_t signature = combineHash(combineHash(prefix[b], 0xD311ULL + b), suffix[e + 1]);
            signature = combineHash(signature, qHash(QStringView(t[b]).first(open + 1)));
            signature = combineHash(signature, qHash(QStringView(token).mid(close)));
            bySignature[combineHash(signature, around)].push_back(Candidate{c, b, len, span, open + 1, close, true});
        }
    };
    // A clause between a word that ends in ':' and a token that ends in ',' or ';' ("upload failed:
    // no network, retry in", "failed: HTTP 503, retry in"): punctuation bounds it as quotes do, so
    // it may mix words and values; up to VaryingSpanMaxTokens tokens.
    const auto addClause = [&bySignature](Cluster *c, size_t b, const std::vector<std::uint64_t> &tokenHash,
                                          const std::vector<std::uint64_t> &prefix,
                                          const std::vector<std::uint64_t> &suffix,
                                          const std::vector<size_t> &wordsBefore,
                                          const std::vector<size_t> &unitsBefore, const std::vector<char> &wordish) {
        const std::vector<QString> &t = c->tokens;
        const size_t n = t.size();
        if (b == 0 || !wordish[b - 1] || !t[b - 1].endsWith(u':') || c->variable[b - 1])
            return;
        std::uint64_t span = 0x9b05688cULL;
        for (size_t e = b; e < n && e < b + MaxSpan; ++e) {
            const QString &token = t[e];
            span = combineHash(span, tokenHash[e]);
            if (token.endsWith(u':') || token.size() < 2)
                return;
            const QChar last = token.back();
            if (last != u',' && last != u';')
                continue;
            if (e + 1 == n || !wordish[e + 1])
                return; // wording after it, as for any span
            const size_t len = e - b + 1;
            const size_t around = n - len;
            const size_t words = wordsBefore[b] + (wordsBefore[n] - wordsBefore[e + 1]);
            if (words >= 2 && 2 * words >= unitsAround(unitsBefore, wordish, b, e + 1) + 1) {
                std::uint64_t signature = combineHash(combineHash(prefix[b], 0xC1A05EULL + b), suffix[e + 1]);
                signature = combineHash(signature, last.unicode());
                bySignature[combineHash(signature, around)].push_back(
                    Candidate{c, b, len, span, 0, token.size() - 1, true});
            }
            return;
        }
    };
    for (const auto &owned : m_clusters) {
        Cluster *c = owned.get();
        if (c->joined)
            continue;
        const std::vector<QString> &t = c->tokens;
        const size_t n = t.size();
        std::vector<std::uint64_t> tokenHash(n);
        std::vector<size_t> wordsBefore(n + 1, 0);
        std::vector<char> wordish(n);
        std::vector<size_t> unitsBefore(n + 1, 0);
        std::vector<size_t> plainBefore(n + 1, 0); // tokens without punctuation that ends a name
        for (size_t i = 0; i < n; ++i) {
            tokenHash[i] = qHash(t[i]);
            plainBefore[i + 1] = plainBefore[i] + (isPlainNamePart(t[i]) ? 1 : 0);
            wordish[i] = !c->variable[i] || keyValueSeparator(t[i], true) > 0; // key=<*>: its key is wording
            wordsBefore[i + 1] = wordsBefore[i] + (wordish[i] ? 1 : 0);
            // A run of values ("<*> <*>": a number and its unit) is one value.
            unitsBefore[i + 1] = unitsBefore[i] + (wordish[i] || i == 0 || wordish[i - 1] ? 1 : 0);
        }
        std::vector<std::uint64_t> prefix(n + 1, 0x51ed27ULL), suffix(n + 1, 0x2545f4ULL);
        for (size_t i = 0; i < n; ++i)
            prefix[i + 1] = combineHash(prefix[i], tokenHash[i]);
        for (size_t i = n; i-- > 0;)
            suffix[i] = combineHash(suffix[i + 1], tokenHash[i]);
        for (size_t b = 0; b < n; ++b) {
            // A key=value token whose value varies: the key is wording enough on its own.
            const qsizetype sep = keyValueSeparator(t[b]);
            std::uint64_t span = 0x7f4a7cULL;
            for (size_t len = 1; len <= MaxSpan && b + len <= n; ++len) {
                const size_t last = b + len - 1;
                // The span: plain words, or variables only (a run of them is one), or with
                // Options::joinMixedSpans a name of plain words and variables ("Magic carpet <*>").
                if (len > 1 && c->variable[last] && !c->wild[last])
                    break;
                if (len > 1 && c->variable[last] != c->variable[b] &&
                    !(mixed && plainBefore[last + 1] - plainBefore[b] == len))
                    break;
                span = combineHash(span, tokenHash[last]);
                // A word next to it (the start of the message counts; its end does not: a last
                // word that varies is as often a state the event names), and most of the template
                // as wording around it: two words at least, and half of its tokens.
                const bool keyed = len == 1 && sep > 0;
                const bool wordBefore = b == 0 || wordish[b - 1];
                const bool wordAfter = b + len < n && wordish[b + len];
                const bool bounded = b + len < n && (wordBefore || wordAfter);
                const size_t around = n - len;
                const size_t words = wordsBefore[b] + (wordsBefore[n] - wordsBefore[b + len]);
                // One token that ends the line after a word: a value only where its values are
                // names (below), not states.
                const bool atEnd = m_options.joinNamesAtEnd && len == 1 && b + 1 == n && wordBefore && !keyed;
                if ((bounded || atEnd) && words >= 2 &&
                    2 * words >= unitsAround(unitsBefore, wordish, b, b + len) + 1) {
                    std::uint64_t signature = combineHash(combineHash(prefix[b], 0xA11CEULL + b), suffix[b + len]);
                    if (keyed)
                        signature = combineHash(signature, qHash(QStringView(t[b]).first(sep)));
                    bySignature[combineHash(signature, around)].push_back(
                        Candidate{c, b, len, span, keyed ? sep + 1 : 0, t[last].size(), false, atEnd});
                }
                if (c->variable[last] && !c->wild[last])
                    break;
            }
            addDelimited(c, b, tokenHash, prefix, suffix, wordsBefore, unitsBefore, wordish);
            addClause(c, b, tokenHash, prefix, suffix, wordsBefore, unitsBefore, wordish);
        }
    }
    // Largest groups first; a template joins one group a round.
    std::vector<std::vector<Candidate> *> groups;
    // Where a span of words around a variable is among the values ("invalid user <*>" beside "root"
    // and "uucp"), the single words count as one value: the tree joins them into one variable or
    // not depending on the similarity, and what joins after it must not. Too few values so, the
    // single words may still join among themselves, as the tree would have joined them.
    const auto wordsWithVariable = [](const Candidate &m) {
        const auto v = m.cluster->variable.begin() + static_cast<std::ptrdiff_t>(m.begin);
        const auto e = v + static_cast<std::ptrdiff_t>(m.length);
        return m.length > 1 && !m.delimited && std::find(v, e, 1) != e && std::find(v, e, 0) != e;
    };
    const auto oneWord = [](const Candidate &m) {
        return m.length == 1 && !m.delimited && m.key == 0 && !m.cluster->variable[m.begin];
    };
    const auto values = [&](const std::vector<Candidate> &members, bool phrase) {
        return distinctValues(members, [&](const Candidate &m) { return phrase && oneWord(m) ? 0x1ULL : m.span; });
    };
    // Two values suffice where each is one token with a digit, not at the end of the line: names
    // of units ("Press P1:", "Press P2:"), which masks leave as words.
    const auto enoughValues = [&](const std::vector<Candidate> &members) {
        const size_t n = values(members, false);
        if (n >= VaryingSpanMinValues)
            return true;
        return m_twoUnitNamesNow && n == 2 && std::all_of(members.begin(), members.end(), [](const Candidate &m) {
                   return m.length == 1 && !m.atEnd && !m.delimited && m.key == 0 && !m.cluster->variable[m.begin] &&
                          tokens::hasDigit(m.cluster->tokens[m.begin]);
               });
    };
    for (auto &[signature, members] : bySignature) {
        const bool phrase = mixed && std::any_of(members.begin(), members.end(), wordsWithVariable);
        if (phrase && values(members, true) < VaryingSpanMinValues)
            members.erase(
                std::remove_if(members.begin(), members.end(), [&](const Candidate &m) { return !oneWord(m); }),
                members.end());
        if (enoughValues(members))
            groups.push_back(&members);
    }
    std::sort(groups.begin(), groups.end(), [](const auto *a, const auto *b) {
        if (a->size() != b->size())
            return a->size() > b->size();
        return a->front().cluster->id < b->front().cluster->id; // deterministic
    });
    // Options::joinedSpansKeepKeys: spans of two tokens or more, of one length, each token a
    // key=value of the same key in every member ("role=db state=up", "role=web state=down"): the
    // keys stay, each value a variable ("role=<*> state=<*>"). Nothing otherwise.
    const auto keyedSpan = [](const std::vector<Candidate> &members) {
        std::vector<QString> out;
        const Candidate &first = members.front();
        if (first.length < 2 || first.delimited || std::any_of(members.begin(), members.end(), [&](const Candidate &m) {
                return m.length != first.length || m.delimited;
            }))
            return out;
        for (size_t j = 0; j < first.length; ++j) {
            QString token = first.cluster->tokens[first.begin + j];
            const qsizetype sep = keyValueSeparator(token);
            if (sep <= 0)
                return std::vector<QString>{};
            for (const Candidate &m : members) {
                const QString &other = m.cluster->tokens[m.begin + j];
                if (QStringView(other).first(std::min(other.size(), sep + 1)) != QStringView(token).first(sep + 1))
                    return std::vector<QString>{};
                if (other != token && token != wildcard())
                    token = generalized(token, other);
            }
            out.push_back(std::move(token));
        }
        return out;
    };
    int joined = 0;
    for (std::vector<Candidate> *members : groups) {
        std::vector<Candidate> free;
        for (const Candidate &m : *members)
            if (!m.cluster->joined)
                free.push_back(m);
        if (!enoughValues(free))
            continue;
        // A last word that varies is as often a state the event names ("from NEW to RUNNING"). It
        // is a value where its values are names: a third of them, two at least, with a digit
        // (A6-EGO, 9V-SMQ beside PH-EZX) or already a variable.
        if (free.front().atEnd) {
            std::vector<Candidate> named;
            std::copy_if(free.begin(), free.end(), std::back_inserter(named), [](const Candidate &m) {
                return m.cluster->variable[m.begin] || tokens::hasDigit(m.cluster->tokens[m.begin]);
            });
            const size_t names = values(named, false);
            if (names < 2 || 3 * names < values(free, false))
                continue;
        }
        // A word in every span is wording, not part of a value ("password for root", "none for
        // invalid user bob"; "The Print Spooler", "The Netlogon"): a narrower span, or none, fits.
        const auto spanOf = [](const Candidate &m) {
            return std::vector<QString>(m.cluster->tokens.begin() + static_cast<std::ptrdiff_t>(m.begin),
                                        m.cluster->tokens.begin() + static_cast<std::ptrdiff_t>(m.begin + m.length));
        };
        bool sharedWord = false;
        for (const QString &word : free.front().delimited ? std::vector<QString>{} : spanOf(free.front())) {
            if (word.contains(wildcard()))
                continue;
            sharedWord = std::all_of(free.begin() + 1, free.end(), [&](const Candidate &m) {
                const std::vector<QString> span = spanOf(m);
                return std::find(span.begin(), span.end(), word) != span.end();
            });
            if (sharedWord)
                break;
        }
        if (sharedWord)
            continue;
        const Candidate &first = free.front();
        auto merged = std::make_unique<Cluster>();
        merged->id = static_cast<int>(m_clusters.size());
        const std::vector<QString> &t = first.cluster->tokens;
        merged->tokens.assign(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(first.begin));
        std::vector<QString> keyed = m_options.joinedSpansKeepKeys ? keyedSpan(free) : std::vector<QString>{};
        const size_t spanTokens = keyed.empty() ? 1 : keyed.size();
        if (keyed.empty())
            merged->tokens.push_back(t[first.begin].first(first.key) + wildcard() +
                                     t[first.begin + first.length - 1].mid(first.tail));
        else
            std::move(keyed.begin(), keyed.end(), std::back_inserter(merged->tokens));
        merged->tokens.insert(merged->tokens.end(), t.begin() + static_cast<std::ptrdiff_t>(first.begin + first.length),
                              t.end());
        merged->refreshText();
        for (const Candidate &m : free) {
            // Equal hashes, equal wording: checked, so that a collision cannot join two events.
            const std::vector<QString> &mt = m.cluster->tokens;
            const bool same =
                std::equal(mt.begin(), mt.begin() + static_cast<std::ptrdiff_t>(m.begin), merged->tokens.begin(),
                           merged->tokens.begin() + static_cast<std::ptrdiff_t>(first.begin)) &&
                std::equal(mt.begin() + static_cast<std::ptrdiff_t>(m.begin + m.length), mt.end(),
                           merged->tokens.begin() + static_cast<std::ptrdiff_t>(first.begin + spanTokens),
                           merged->tokens.end());
            if (!same || m.begin != first.begin)
                continue;
            m.cluster->joined = merged.get();
            merged->count += m.cluster->count;
            ++joined;
        }
        m_clusters.push_back(std::move(merged));
    }
    return joined;
}

int TemplateMiner::joinManyValuedColumns()
{
    if (tooManyToCompare())
        return 0;
    // Templates equal but for one word, which takes many spellings across them: "upgrade
    // libcap2:amd64 <*> <*>", "upgrade curl:amd64 <*> <*>", … for every package; "Start <*>:
    // Config.UnknownSectionIsAnError", … for every test. A word that names an event has a few
    // spellings (a state, a verb); one with FreeColumnManyValues or more, each in a template that is
    // otherwise the same, with another word in it, is a value. Values a mask rewrote in part
    // (<*>.<*>-<*>+deb12u1) compare as values.
    std::unordered_map<std::uint64_t, std::vector<Cluster *>> byRest;
    std::vector<std::pair<std::uint64_t, size_t>> order; // first appearance, for a stable result
    for (const auto &owned : m_clusters) {
        Cluster *c = owned.get();
        if (c->joined)
            continue;
        const size_t n = c->tokens.size();
        // Beside the column, a word at least: "<name> <*>" alone says nothing of which is the value.
        const auto words = std::count(c->variable.begin(), c->variable.end(), char(0));
        if (n < 2 || words < 2)
            continue;
        // The tokens before and after each column, hashed once (a line may have thousands).
        std::vector<std::uint64_t> before(n + 1, 0x51ed27ULL), after(n + 1, 0x2545f4ULL);
        for (size_t i = 0; i < n; ++i)
            before[i + 1] = combineHash(before[i], qHash(c->variable[i] ? valueKey(c->tokens[i]) : c->tokens[i]));
        for (size_t i = n; i-- > 0;)
            after[i] = combineHash(after[i + 1], qHash(c->variable[i] ? valueKey(c->tokens[i]) : c->tokens[i]));
        for (size_t column = 0; column < n; ++column) {
            if (c->variable[column])
                continue;
            const std::uint64_t h = combineHash(combineHash(combineHash(0x7a11ULL, n), column),
                                                combineHash(before[column], after[column + 1]));
            auto &members = byRest[h];
            if (members.empty())
                order.emplace_back(h, column);
            members.push_back(c);
        }
    }
    int joined = 0;
    for (const auto &[h, column] : order) {
        std::vector<Cluster *> free;
        for (Cluster *c : byRest[h])
            if (!c->joined)
                free.push_back(c);
        // A key=value column whose key stays names a value already: fewer spellings do.
        const size_t many = m_options.joinKeyedValues ? KeyedColumnManyValues : FreeColumnManyValues;
        if (free.size() < many)
            continue;
        // Equal hashes, equal tokens: checked, so that a collision cannot join two events.
        const Cluster *first = free.front();
        const size_t n = first->tokens.size();
        std::vector<Cluster *> same;
        std::vector<QStringView> spellings;
        for (Cluster *c : free) {
            bool equal = true;
            for (size_t i = 0; i < n && equal; ++i)
                equal = i == column || (c->variable[i] == first->variable[i] &&
                                        (c->variable[i] ? valueKey(c->tokens[i]) == valueKey(first->tokens[i])
                                                        : c->tokens[i] == first->tokens[i]));
            if (!equal)
                continue;
            same.push_back(c);
            if (std::find(spellings.begin(), spellings.end(), QStringView(c->tokens[column])) == spellings.end())
                spellings.push_back(c->tokens[column]);
        }
        if (spellings.empty())
            continue; // not reached: the first template is equal to itself
        const qsizetype key = keyValueSeparator(spellings.front());
        const bool keyedColumn = key > 0 && std::all_of(spellings.begin(), spellings.end(), [&](QStringView t) {
                                     return t.size() > key && t.first(key + 1) == spellings.front().first(key + 1);
                                 });
        if (spellings.size() < (keyedColumn ? many : FreeColumnManyValues))
            continue;
        joined += joinAsOne(same);
    }
    return joined;
}

int TemplateMiner::joinAsOne(const std::vector<Cluster *> &members)
{
    // A new template of the members' length; where they differ, the first one's token generalizes.
    std::vector<QString> tokens = members.front()->tokens;
    for (size_t i = 0; i < tokens.size(); ++i)
        for (const Cluster *c : members)
            if (c->tokens[i] != tokens[i] && tokens[i] != wildcard())
                tokens[i] = generalized(tokens[i], c->tokens[i]);
    return joinInto(members, std::move(tokens));
}

int TemplateMiner::joinInto(const std::vector<Cluster *> &members, std::vector<QString> tokens)
{
    auto merged = std::make_unique<Cluster>();
    merged->id = static_cast<int>(m_clusters.size());
    merged->tokens = std::move(tokens);
    merged->refreshText();
    for (Cluster *c : members) {
        c->joined = merged.get();
        merged->count += c->count;
    }
    m_clusters.push_back(std::move(merged));
    return static_cast<int>(members.size());
}

} // namespace virtuoso::logs
