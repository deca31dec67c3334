#pragma once

// What the template miner's sources share: the template record, the key=value helpers, quoted values
// and a hash combiner. Not part of the miner's interface.
#include "logs/TemplateMiner.h"
#include "logs/TemplateTokens.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
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
    Node *leaf = nullptr;   // the tree's leaf that holds it (none for a template consolidate() made)
    std::uint32_t slot = 0; // its place among the leaf's templates

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

// What fastMatch() finds by comparing a line with every template of a leaf, found in a leaf of many
// templates without comparing it with each: lines of key=value words from a few dozen values each
// make tens of thousands of templates in one leaf, and a scan of them per line made the miner's cost
// grow with the square of the lines. The index is of the leaf's order (`slot`) and its one length:
// - by shape: the templates of one pattern of <*> positions, by a hash of their other tokens. A
//   line's hash under each shape finds the templates that cover it; the first in the leaf wins.
// - by word: (position, token) → templates with that token there, counted as shared wording. A
//   template with `minSame` tokens equal to the line's shares at least one of any n − minSame + 1 of
//   its positions, so the lists of the line's rarest positions hold every template similar enough.
// - a row of token hashes per template, so that a candidate is compared with the line in one array;
//   its tokens are compared only when it would become the answer.
// Shape and word entries are only added: a template that learns a variable is added again under its
// new shape and words, and its old entries stay as candidates that its row and tokens turn down.
// consolidate() changes templates in place and starts a new epoch, in which each index is rebuilt.
struct TemplateMiner::LeafIndex
{
    static constexpr size_t MinTemplates = 32; // a smaller leaf is scanned

    LeafIndex(std::uint64_t epoch, size_t width, bool maskedTokensAreWords);

    const std::uint64_t epoch;
    const size_t width; // the leaf's length, in tokens
    size_t indexed = 0; // the leaf's templates in the index, from the first

    // What fastMatch()'s scan of `clusters` (the leaf's templates, which the index first catches up
    // with) finds for the line: the first template that covers it, else the one with the most tokens
    // equal to the line's (then the most variables, then the first) among those with at least
    // minSame (> 0); nullptr when none has.
    Cluster *find(const std::vector<Cluster *> &clusters, const std::vector<QStringView> &views, size_t minSame);
    // After the template learned variables at `positions`.
    void changed(const Cluster &c, const std::vector<size_t> &positions);

private:
    void catchUp(const std::vector<Cluster *> &clusters);
    // Both after the line's hashes are taken (find()).
    Cluster *firstCovering(const std::vector<Cluster *> &clusters, const std::vector<QStringView> &views);
    Cluster *mostSimilar(const std::vector<Cluster *> &clusters, const std::vector<QStringView> &views, size_t minSame);

    // The slots under one key: most keys of free text hold one, kept without a list of its own.
    struct Slots
    {
        std::uint32_t first = 0;
        std::uint32_t more = NoMore; // in m_lists
        static constexpr std::uint32_t NoMore = ~std::uint32_t{0};
    };
    using SlotsByKey = std::unordered_map<std::uint64_t, Slots>;
    struct Shape
    {
        std::vector<std::uint32_t> words; // positions that are not <*>
        SlotsByKey byWords;
    };
    void add(SlotsByKey &map, std::uint64_t key, std::uint32_t slot);
    size_t sizeOf(const Slots &s) const { return s.more == Slots::NoMore ? 1 : 1 + m_lists[s.more].size(); }
    template<typename Visit>
    void forEach(const Slots &s, Visit visit) const
    {
        visit(s.first);
        if (s.more != Slots::NoMore)
            for (std::uint32_t slot : m_lists[s.more])
                visit(slot);
    }
    // Shared wording at a position, as fastMatch() counts it.
    bool countsAsWord(const Cluster &c, size_t i) const;
    void addShape(const Cluster &c);
    void addWord(const Cluster &c, size_t position);
    void writeRow(const Cluster &c);

    const bool m_maskedTokensAreWords;
    std::vector<Shape> m_shapes;
    std::unordered_map<std::string, std::uint32_t> m_shapeOfPattern;
    SlotsByKey m_words;
    std::vector<std::vector<std::uint32_t>> m_lists; // the slots after the first, of keys with more
    std::vector<std::uint32_t> m_rows;               // per slot, `width` hashes of words; 0 where none counts
    std::vector<std::uint16_t> m_params;             // per slot, its variables as fastMatch() counts them
    // One query's scratch.
    std::vector<std::uint64_t> m_lineHashes;
    std::vector<std::uint32_t> m_lineRow;
    std::vector<std::uint32_t> m_seen;
    std::uint32_t m_generation = 0;
};

} // namespace virtuoso::logs
