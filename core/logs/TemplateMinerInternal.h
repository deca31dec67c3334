#pragma once

// What the template miner's sources share: the template record, the key=value helpers, quoted values
// and a hash combiner. Not part of the miner's interface.
#include "logs/TemplateMiner.h"
#include "logs/TemplateTokens.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace virtuoso::logs {

namespace detail {

// Where a key=value token splits: the first '=' after a key of letters, digits, '_', '-' or '.'
// (or the first ':' too, when `colon`: "total-vm:6227462kB").
inline qsizetype keyValueSeparator(QStringView t, bool colon = false)
{
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == u'=' || (colon && c == u':' && i > 0))
            return i;
        if (!(tokens::isAsciiLetter(c) || tokens::isDigit(c) || c == u'_' || c == u'-' || c == u'.'))
            return -1;
    }
    return -1;
}

// The length of key= in a key=<*> token, or 0.
inline qsizetype keyOfVariable(const QString &t)
{
    const QString &w = TemplateMiner::wildcard();
    if (!t.endsWith(w))
        return 0;
    const qsizetype sep = keyValueSeparator(t);
    return sep > 0 && sep + 1 + w.size() == t.size() ? sep + 1 : 0;
}

// Where the value of the key=value token at i ends when it runs over the tokens after it ("room=Cat
// Room vet=…"): the next key= token, when each token before it is `part` and it is at most
// maxTokens after i; otherwise i (the value is the token alone).
template<typename Part>
size_t nextKeyAfter(const std::vector<QString> &t, size_t i, size_t maxTokens, Part part)
{
    size_t next = i + 1;
    while (next < t.size() && next - i <= maxTokens && keyValueSeparator(t[next]) <= 0 && part(t[next]))
        ++next;
    return next > i + 1 && next < t.size() && next - i <= maxTokens && keyValueSeparator(t[next]) > 0 ? next : i;
}

inline std::uint64_t combineHash(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdULL;
}

// How many different values `valueOf` gives over `items` (a column's spellings, a span's values).
template<typename Items, typename ValueOf>
size_t distinctValues(const Items &items, ValueOf valueOf)
{
    std::vector<std::uint64_t> seen;
    for (const auto &item : items) {
        const std::uint64_t v = valueOf(item);
        if (std::find(seen.begin(), seen.end(), v) == seen.end())
            seen.push_back(v);
    }
    return seen.size();
}

// A quoted or bracketed value opening at a token (after a key=, if any): key="a b c", (a b), [x].
struct DelimitedValue
{
    size_t end = 0;      // its last token
    qsizetype head = 0;  // the length of what stays of the first token (key=", [)
    qsizetype close = 0; // where what stays of the last token starts (", ]:)
};
// The value that opens at token b and closes within maxTokens tokens, only punctuation after its
// closing quote; brackets may nest. Nothing when there is none.
std::optional<DelimitedValue> delimitedValue(const std::vector<QString> &t, size_t b, size_t maxTokens);

// A template as consolidate() compares it: a token of only variables and punctuation is <*>, a run of
// variables is one, and with `partlyMasked` a token a mask rewrote in part is a variable too.
std::vector<QString> variableRunsJoined(const std::vector<QString> &tokens, bool partlyMasked);
// A token that can be part of a name of several words: no ':' ',' ';' '=' quote or bracket.
bool isPlainNamePart(const QString &t);

// Two different tokens at one position become a variable; key=value tokens with the same key keep
// it ("user=alice", "user=bob" → "user=<*>").
QString generalized(const QString &a, QStringView b);

} // namespace detail

struct TemplateMiner::Cluster
{
    int id = 0;
    Cluster *joined = nullptr; // set when consolidate() joined this template into another
    std::vector<QString> tokens;
    std::vector<char> wild;     // per token: exactly <*>
    std::vector<char> variable; // per token: holds <*> (a masked token such as conn_<*>)
    QString text;
    qint64 count = 0;

    // After any change of tokens.
    void refreshText()
    {
        wild.resize(tokens.size());
        variable.resize(tokens.size());
        for (size_t i = 0; i < tokens.size(); ++i) {
            wild[i] = tokens[i] == TemplateMiner::wildcard();
            variable[i] = wild[i] || tokens[i].contains(TemplateMiner::wildcard());
        }
        text.clear();
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (i)
                text += QLatin1Char(' ');
            text += tokens[i];
        }
    }
};

} // namespace virtuoso::logs
