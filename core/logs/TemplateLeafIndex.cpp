// The index of a leaf of many templates (TemplateMiner::LeafIndex, in TemplateMinerInternal.h).
#include "logs/TemplateMinerInternal.h"

#include <algorithm>
#include <numeric>

namespace virtuoso::logs {

using detail::combineHash;

namespace {

std::uint64_t tokenHash(QStringView t)
{
    return qHash(t);
}

std::uint64_t wordKey(size_t position, std::uint64_t tokenHash)
{
    return combineHash(position + 1, tokenHash);
}

// A token's hash in a template's row: never 0, which marks a position that shares no wording.
std::uint32_t rowHash(std::uint64_t tokenHash)
{
    return static_cast<std::uint32_t>(tokenHash ^ (tokenHash >> 32)) | 1U;
}

} // namespace

TemplateMiner::LeafIndex::LeafIndex(std::uint64_t epoch, size_t width, bool maskedTokensAreWords)
    : epoch(epoch)
    , width(width)
    , m_maskedTokensAreWords(maskedTokensAreWords)
{}

bool TemplateMiner::LeafIndex::countsAsWord(const Cluster &c, size_t i) const
{
    return !c.wild[i] && (m_maskedTokensAreWords || !c.variable[i]);
}

void TemplateMiner::LeafIndex::add(SlotsByKey &map, std::uint64_t key, std::uint32_t slot)
{
    auto [it, fresh] = map.try_emplace(key, Slots{slot});
    if (fresh)
        return;
    if (it->second.more == Slots::NoMore) {
        it->second.more = static_cast<std::uint32_t>(m_lists.size());
        m_lists.emplace_back();
    }
    m_lists[it->second.more].push_back(slot);
}

void TemplateMiner::LeafIndex::addShape(const Cluster &c)
{
    std::string pattern(c.wild.begin(), c.wild.end());
    auto [it, fresh] = m_shapeOfPattern.try_emplace(std::move(pattern), static_cast<std::uint32_t>(m_shapes.size()));
    if (fresh) {
        Shape shape;
        for (size_t i = 0; i < c.wild.size(); ++i)
            if (!c.wild[i])
                shape.words.push_back(static_cast<std::uint32_t>(i));
        m_shapes.push_back(std::move(shape));
    }
    Shape &shape = m_shapes[it->second];
    std::uint64_t h = 0;
    for (std::uint32_t i : shape.words)
        h = combineHash(h, tokenHash(c.tokens[i]));
    add(shape.byWords, h, c.slot);
}

void TemplateMiner::LeafIndex::addWord(const Cluster &c, size_t position)
{
    add(m_words, wordKey(position, tokenHash(c.tokens[position])), c.slot);
}

void TemplateMiner::LeafIndex::writeRow(const Cluster &c)
{
    std::uint32_t *row = m_rows.data() + static_cast<size_t>(c.slot) * width;
    std::uint32_t params = 0;
    for (size_t i = 0; i < width; ++i) {
        const bool word = countsAsWord(c, i);
        row[i] = word ? rowHash(tokenHash(c.tokens[i])) : 0;
        params += c.wild[i] || (!m_maskedTokensAreWords && c.variable[i]);
    }
    m_params[c.slot] = params;
}

void TemplateMiner::LeafIndex::catchUp(const std::vector<Cluster *> &clusters)
{
    m_rows.resize(clusters.size() * width, 0);
    m_params.resize(clusters.size(), 0);
    m_seen.resize(clusters.size(), m_generation);
    for (; indexed < clusters.size(); ++indexed) {
        const Cluster &c = *clusters[indexed];
        if (c.tokens.size() != width) // never the answer: the scan passes it too
            continue;
        addShape(c);
        for (size_t i = 0; i < width; ++i)
            if (countsAsWord(c, i))
                addWord(c, i);
        writeRow(c);
    }
}

void TemplateMiner::LeafIndex::changed(const Cluster &c, const std::vector<size_t> &positions)
{
    if (c.tokens.size() != width)
        return;
    addShape(c);
    for (size_t i : positions)
        if (countsAsWord(c, i))
            addWord(c, i);
    writeRow(c);
}

TemplateMiner::Cluster *TemplateMiner::LeafIndex::find(const std::vector<Cluster *> &clusters,
                                                       const std::vector<QStringView> &views, size_t minSame)
{
    catchUp(clusters);
    const size_t n = views.size();
    m_lineHashes.resize(n);
    m_lineRow.resize(n);
    for (size_t i = 0; i < n; ++i) {
        m_lineHashes[i] = tokenHash(views[i]);
        m_lineRow[i] = rowHash(m_lineHashes[i]);
    }
    if (Cluster *c = firstCovering(clusters, views))
        return c;
    return mostSimilar(clusters, views, minSame);
}

TemplateMiner::Cluster *TemplateMiner::LeafIndex::firstCovering(const std::vector<Cluster *> &clusters,
                                                                const std::vector<QStringView> &views)
{
    const size_t n = views.size();
    std::uint32_t first = static_cast<std::uint32_t>(clusters.size());
    for (const Shape &shape : m_shapes) {
        std::uint64_t h = 0;
        for (std::uint32_t i : shape.words)
            h = i < n ? combineHash(h, m_lineHashes[i]) : h;
        const auto it = shape.byWords.find(h);
        if (it == shape.byWords.end())
            continue;
        forEach(it->second, [&](std::uint32_t slot) {
            if (slot >= first)
                return;
            // The hash found it; the tokens decide (a collision, or an entry from before a change).
            const Cluster &c = *clusters[slot];
            bool covers = c.tokens.size() == n;
            for (size_t i = 0; covers && i < n; ++i)
                covers = c.wild[i] || c.tokens[i] == views[i];
            if (covers)
                first = slot;
        });
    }
    return first < clusters.size() ? clusters[first] : nullptr;
}

TemplateMiner::Cluster *TemplateMiner::LeafIndex::mostSimilar(const std::vector<Cluster *> &clusters,
                                                              const std::vector<QStringView> &views, size_t minSame)
{
    const size_t n = views.size();
    if (minSame == 0 || minSame > n || n != width)
        return nullptr;
    // The line's positions by how many templates share its token there, rarest first.
    std::vector<const Slots *> lists(n, nullptr);
    std::vector<size_t> sizes(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const auto it = m_words.find(wordKey(i, m_lineHashes[i]));
        lists[i] = it == m_words.end() ? nullptr : &it->second;
        sizes[i] = lists[i] ? sizeOf(*lists[i]) : 0;
    }
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    const size_t needed = n - minSame + 1;
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(needed), order.end(),
                      [&](size_t a, size_t b) { return sizes[a] < sizes[b]; });

    if (++m_generation == 0) { // the stamps wrapped: none may look seen
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_generation = 1;
    }
    Cluster *best = nullptr;
    size_t bestSame = 0;
    size_t bestParams = 0;
    std::uint32_t bestSlot = 0;
    // fastMatch()'s order: more equal tokens, then more variables, then the earlier template.
    auto better = [&](size_t same, size_t params, std::uint32_t slot) {
        return !best || same > bestSame || (same == bestSame && params > bestParams) ||
               (same == bestSame && params == bestParams && slot < bestSlot);
    };
    const std::uint32_t *line = m_lineRow.data();
    for (size_t k = 0; k < needed; ++k) {
        const Slots *list = lists[order[k]];
        if (!list)
            continue;
        forEach(*list, [&](std::uint32_t slot) {
            if (m_seen[slot] == m_generation)
                return;
            m_seen[slot] = m_generation;
            const std::uint32_t *row = m_rows.data() + static_cast<size_t>(slot) * width;
            size_t same = 0;
            for (size_t i = 0; i < n; ++i)
                same += row[i] == line[i];
            const size_t params = m_params[slot];
            // Equal hashes are at least every equal token: a candidate that cannot win by them is out.
            if (same < minSame || !better(same, params, slot))
                return;
            Cluster *c = clusters[slot];
            same = 0;
            for (size_t i = 0; i < n; ++i)
                same += row[i] != 0 && c->tokens[i] == views[i];
            if (same >= minSame && better(same, params, slot)) {
                best = c;
                bestSame = same;
                bestParams = params;
                bestSlot = slot;
            }
        });
    }
    return best;
}

} // namespace virtuoso::logs
