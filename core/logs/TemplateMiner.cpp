#include "logs/TemplateMiner.h"

#include "logs/TemplateMinerInternal.h"
#include "logs/TemplateTokens.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <unordered_map>

namespace virtuoso::logs {

using detail::generalized;
using detail::keyValueSeparator;
using tokens::hasDigit;

namespace {

struct ViewHash
{
    using is_transparent = void;
    size_t operator()(QStringView v) const { return qHash(v); }
};

struct ViewEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const { return a == b; }
};

bool isSymbol(QStringView t)
{
    // Exchange tickers: upper case letters and digits ending in a quote currency.
    if (t.size() < 6 || t.size() > 20)
        return false;
    for (QChar c : t)
        if (!(tokens::isDigit(c) || (c.unicode() >= 'A' && c.unicode() <= 'Z')))
            return false;
    static constexpr QStringView quotes[] = {u"USDT", u"USDC", u"USD", u"PERP", u"BTC", u"ETH"};
    for (QStringView q : quotes) {
        if (t.endsWith(q) && t.size() > q.size() + 1)
            return true;
    }
    return false;
}

// Units written as their own token after a number ("5.2 KB", "30 s"): part of the value.
bool isUnitWord(QStringView t)
{
    static constexpr QStringView units[] = {u"B",    u"KB",  u"MB",   u"GB", u"TB",  u"PB",  u"kB",  u"KiB",
                                            u"MiB",  u"GiB", u"TiB",  u"ms", u"us",  u"ns",  u"s",   u"sec",
                                            u"secs", u"min", u"mins", u"h",  u"Hz",  u"kHz", u"MHz", u"GHz",
                                            u"°C",   u"°F",  u"mV",   u"mA", u"rpm", u"RPM", u"dBm"};
    for (QStringView u : units)
        if (t == u)
            return true;
    return false;
}

bool isOpening(QChar c)
{
    return c == u'(' || c == u'[' || c == u'{' || c == u'\'' || c == u'"' || c == u'<';
}

bool pairs(QChar open, QChar close)
{
    return (open == u'(' && close == u')') || (open == u'[' && close == u']') || (open == u'{' && close == u'}') ||
           (open == u'<' && close == u'>') || (open == u'\'' && close == u'\'') || (open == u'"' && close == u'"');
}

// "/Dec/": a common log format date may be in the line (the regular expression costs more).
bool hasMonthBetweenSlashes(QStringView line)
{
    for (qsizetype i = line.indexOf(u'/'); i >= 0 && i + 4 < line.size(); i = line.indexOf(u'/', i + 1))
        if (line[i + 4] == u'/' && line[i + 1].isUpper() && line[i + 2].isLower() && line[i + 3].isLower())
            return true;
    return false;
}

// "Sun, ": what an Internet date starts with, found without a regular expression.
bool hasWeekdayComma(QStringView line)
{
    static constexpr QStringView days[] = {u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};
    for (qsizetype i = line.indexOf(u','); i >= 0; i = line.indexOf(u',', i + 1)) {
        if (i < 3 || i + 1 >= line.size() || line[i + 1] != u' ')
            continue;
        const QStringView day = line.mid(i - 3, 3);
        for (QStringView d : days)
            if (day == d)
                return true;
    }
    return false;
}

bool isClosing(QChar c)
{
    return c == u')' || c == u']' || c == u'}' || c == u'\'' || c == u'"' || c == u',' || c == u';' || c == u':' ||
           c == u'.' || c == u'>';
}

} // namespace

namespace detail {

// Two different tokens at one position become a variable; key=value tokens with the same key keep
// it ("user=alice", "user=bob" → "user=<*>"), and the brackets, quotes and punctuation both tokens
// have around the value stay around the variable ("(reason:" and "(cause:" → "(<*>:", "a," and
// "b," → "<*>,"), so that a bracketed or quoted value still opens and closes in the template.
QString generalized(const QString &a, QStringView b)
{
    const QString &w = TemplateMiner::wildcard();
    QStringView x(a);
    QString key;
    const qsizetype sep = keyValueSeparator(a);
    if (sep > 0 && b.size() > sep && b[sep] == u'=' && x.first(sep) == b.first(sep) && !x.first(sep).contains(w)) {
        key = a.first(sep + 1);
        x = x.mid(sep + 1);
        b = b.mid(sep + 1);
    }
    qsizetype open = 0;
    while (open < x.size() && open < b.size() && x[open] == b[open] && isOpening(x[open]) &&
           !x.mid(open).startsWith(w) && !b.mid(open).startsWith(w))
        ++open;
    qsizetype close = 0;
    while (close < x.size() - open && close < b.size() - open && x[x.size() - 1 - close] == b[b.size() - 1 - close] &&
           isClosing(x[x.size() - 1 - close]) && !x.first(x.size() - close).endsWith(w) &&
           !b.first(b.size() - close).endsWith(w))
        ++close;
    // A name before a bracket that both have the same ("root(uid=<*>)", "alice(uid=<*>)";
    // "Photos(<*>)", "Notes(<*>)"): the name varies, the bracket stays.
    qsizetype same = 0;
    while (same < x.size() - open && same < b.size() - open && x[x.size() - 1 - same] == b[b.size() - 1 - same])
        ++same;
    for (qsizetype k = x.size() - same; k < x.size(); ++k)
        if ((x[k] == u'(' || x[k] == u'[') && k > open && x.size() - k > close) {
            close = x.size() - k;
            break;
        }
    if (open + close >= x.size() || open + close >= b.size())
        return key + w; // one of them is nothing but punctuation
    return key + x.first(open).toString() + w + x.last(close).toString();
}

} // namespace detail

TemplateMasks TemplateMasks::none()
{
    TemplateMasks m;
    m.numbers = m.hex = m.uuids = m.ips = m.paths = m.ids = m.symbols = m.dates = false;
    return m;
}

const QString &TemplateMiner::wildcard()
{
    static const QString w = QStringLiteral("<*>");
    return w;
}

struct TemplateMiner::Node
{
    std::unordered_map<QString, std::unique_ptr<Node>, ViewHash, ViewEqual> children;
    std::vector<Cluster *> clusters; // at leaves
    // Of a leaf of LeafIndex::MinTemplates or more, made by the first search that meets it.
    mutable std::unique_ptr<LeafIndex> index;
};

struct TemplateMiner::Tokens
{
    QString line;                 // after the line-wide masks
    std::deque<QString> replaced; // storage for tokens that a mask rewrote (stable addresses)
    std::vector<QStringView> views;
};

TemplateMiner::TemplateMiner()
    : TemplateMiner(Options{})
{}

TemplateMiner::TemplateMiner(Options options)
    : m_options(std::move(options))
    , m_root(std::make_unique<Node>())
{
    if (m_options.depth < 3)
        m_options.depth = 3;
    if (m_options.maxChildren < 2)
        m_options.maxChildren = 2;
}

TemplateMiner::~TemplateMiner() = default;
TemplateMiner::TemplateMiner(TemplateMiner &&) noexcept = default;
TemplateMiner &TemplateMiner::operator=(TemplateMiner &&) noexcept = default;

void TemplateMiner::tokenize(QStringView line, Tokens &out) const
{
    const TemplateMasks &m = m_options.masks;
    out.line = line.toString();
    if (m.dates) {
        // One instance per thread: miners on several threads never share a matcher.
        thread_local const QRegularExpression dateRe(
            QStringLiteral(R"(\b((Mon|Tue|Wed|Thu|Fri|Sat|Sun) +)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +)"
                           R"(\d{1,2} +\d{2}:\d{2}(:\d{2})?( +\d{4})?\b)"));
        // The common log format's time (web servers, proxies): "06/Dec/2026:09:43:12 +0000".
        thread_local const QRegularExpression clfRe(
            QStringLiteral(R"(\b\d{1,2}/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\d{4}:\d{2}:\d{2}:\d{2})"
                           R"(( [+-]\d{4})?)"));
        // Internet mail and HTTP's date (RFC 5322, RFC 9110): "Sun, 06 Dec 2026 14:02:11 GMT".
        thread_local const QRegularExpression internetRe(
            QStringLiteral(R"(\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), +\d{1,2} +(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|)"
                           R"(Nov|Dec) +\d{4} +\d{2}:\d{2}(:\d{2})?( +(GMT|UTC|UT|Z|[+-]\d{4}))?\b)"));
        if (out.line.contains(QLatin1Char(':'))) {
            if (hasWeekdayComma(out.line))
                out.line.replace(internetRe, wildcard());
            out.line.replace(dateRe, wildcard());
            if (hasMonthBetweenSlashes(out.line))
                out.line.replace(clfRe, wildcard());
        }
    }
    for (const QRegularExpression &re : m.extraMasks)
        out.line.replace(re, wildcard());
    out.views.clear();
    out.replaced.clear();

    auto isValue = [&m](QStringView v, bool number) {
        // One pass tells which classes can match at all; most words match none.
        bool digit = false, dot = false, colon = false, slash = false;
        for (QChar c : v) {
            const char16_t u = c.unicode();
            digit = digit || (u >= '0' && u <= '9');
            dot = dot || u == '.';
            colon = colon || u == ':';
            slash = slash || u == '/' || u == '\\' || u == '~';
        }
        if (!digit && !dot && !colon && !slash)
            return m.symbols && isSymbol(v);
        if (number)
            return true;
        if (digit && ((m.uuids && v.size() == 36 && tokens::isUuid(v)) || (m.hex && tokens::isHex(v)) ||
                      (m.numbers && (tokens::isVersion(v) || tokens::isTimeOrDate(v))) ||
                      (m.ips && ((dot && tokens::isIpv4(v)) || (colon && tokens::isIpv6OrMac(v))))))
            return true;
        if (m.paths && (((slash || colon) && tokens::isPathOrUrl(v)) || (dot && tokens::isFileName(v)) ||
                        (digit && dot && colon && tokens::isCodeLocation(v))))
            return true;
        return (m.ips && dot && (tokens::isHost(v) || tokens::isEmail(v))) || (m.symbols && isSymbol(v));
    };
    const QStringView all(out.line);
    bool previousWasNumber = false;
    // A line of key=value fields whose last value runs on to the end of the line in words without
    // '=' ("USER=root ; COMMAND=/usr/bin/apt upgrade -y"): that value is free text, one variable.
    int fields = 0;
    size_t lastField = 0;
    QStringView lastFieldKey;
    bool equalsAfterLastField = false;
    const bool hasEquals = m.ids && out.line.contains(QLatin1Char('='));
    qsizetype i = 0;
    while (i < all.size()) {
        while (i < all.size() && all[i].isSpace())
            ++i;
        qsizetype j = i;
        while (j < all.size() && !all[j].isSpace())
            ++j;
        if (j == i)
            break;
        QStringView token = all.mid(i, j - i);
        i = j;

        // Masks look at the token without surrounding brackets and punctuation, and keep those.
        qsizetype b = 0;
        qsizetype e = token.size();
        while (b < e && isOpening(token[b]))
            ++b;
        while (e > b && isClosing(token[e - 1]))
            --e;
        const QStringView core = token.mid(b, e - b);
        if (hasEquals && core.contains(u'=')) {
            const qsizetype sep = keyValueSeparator(core);
            if (sep > 0 && sep + 1 < core.size() && !isOpening(core[sep + 1])) {
                ++fields;
                lastField = out.views.size();
                lastFieldKey = token.first(b + sep + 1);
                equalsAfterLastField = false;
            } else {
                equalsAfterLastField = true;
            }
        }
        const bool afterNumber = previousWasNumber;
        previousWasNumber = m.numbers && !core.isEmpty() && tokens::isNumber(core);
        if (afterNumber && isUnitWord(core)) {
            out.replaced.push_back(token.first(b).toString() + wildcard() + token.mid(e).toString());
            out.views.push_back(out.replaced.back());
            continue;
        }
        // An empty pair of brackets or quotes is an empty value: "()" is "(<*>)".
        const bool emptyPair = core.isEmpty() && b > 0 && e < token.size() && pairs(token[b - 1], token[e]);
        if (emptyPair || (!core.isEmpty() && core != wildcard() && isValue(core, previousWasNumber))) {
            out.replaced.push_back(token.first(b).toString() + wildcard() + token.mid(e).toString());
            out.views.push_back(out.replaced.back());
            continue;
        }
        // key=value with a value of one of the classes: the key stays, the value goes.
        if (const qsizetype sep = keyValueSeparator(core, true); sep > 0) {
            QStringView value = core.mid(sep + 1);
            qsizetype vb = 0;
            qsizetype ve = value.size();
            while (vb < ve && isOpening(value[vb]))
                ++vb;
            while (ve > vb && isClosing(value[ve - 1]))
                --ve;
            value = value.mid(vb, ve - vb);
            // Or, with the id mask, any value with a digit after '=': the key names what its value
            // is, so sel=C1, ward=7C-Onko or fw=2.1.0-rc2 are values however they are spelled
            // (not after ':', where "libssl3:amd64" is one name).
            if (!value.isEmpty() && value != wildcard() &&
                (isValue(value, m.numbers && tokens::isNumber(value)) ||
                 (m.ids && core[sep] == u'=' && hasDigit(value)))) {
                out.replaced.push_back(token.first(b + sep + 1 + vb).toString() + wildcard() +
                                       token.mid(b + sep + 1 + vb + value.size()).toString());
                out.views.push_back(out.replaced.back());
                continue;
            }
        }
        if (m.ids && core.size() >= 10 && hasDigit(core)) {
            // A value glued behind a word: req-<uuid>, instance-0000a1b2.
            if (const qsizetype start = tokens::gluedValueStart(core); start > 0) {
                out.replaced.push_back(token.first(b + start).toString() + wildcard() + token.mid(e).toString());
                out.views.push_back(out.replaced.back());
                continue;
            }
        }
        if (m.ids && hasDigit(token)) {
            bool changed = false;
            QString masked = tokens::maskDigitRuns(token, wildcard(), &changed);
            if (changed) {
                out.replaced.push_back(std::move(masked));
                out.views.push_back(out.replaced.back());
                continue;
            }
        }
        out.views.push_back(token);
    }
    if (fields >= 2 && lastField + 1 < out.views.size() && !equalsAfterLastField) {
        out.replaced.push_back(lastFieldKey.toString() + wildcard());
        out.views.resize(lastField);
        out.views.push_back(out.replaced.back());
    }
}

TemplateMiner::Cluster *TemplateMiner::fastMatch(const Node &leaf, const Tokens &tokens) const
{
    const std::vector<Cluster *> &clusters = leaf.clusters;
    const size_t n = tokens.views.size();
    double threshold = m_options.similarity;
    if (m_options.adaptiveSimilarity && n > 0) {
        size_t masked = 0;
        for (QStringView v : tokens.views)
            if (v.contains(wildcard()))
                ++masked;
        threshold *= static_cast<double>(n - masked) / static_cast<double>(n);
    }
    // The fewest equal tokens that reach the threshold, as the scan below compares them.
    size_t minSame = 0;
    while (n > 0 && minSame <= n && static_cast<double>(minSame) / static_cast<double>(n) < threshold)
        ++minSame;
    // A leaf of many templates is searched through its index (LeafIndex); the same result as the scan,
    // where a template of no equal token cannot be the answer (minSame > 0).
    if (m_options.indexLeaves && clusters.size() >= LeafIndex::MinTemplates && n > 0 && minSame > 0) {
        if (!leaf.index || leaf.index->epoch != m_epoch)
            leaf.index = std::make_unique<LeafIndex>(m_epoch, n, m_options.maskedTokensAreWords);
        if (leaf.index->width == n) // a leaf holds lines of one length
            return leaf.index->find(clusters, tokens.views, minSame);
    }
    Cluster *best = nullptr;
    double bestSim = -1;
    int bestParams = -1;
    for (Cluster *c : clusters) {
        if (c->tokens.size() != n)
            continue;
        int same = 0;
        int params = 0;
        bool covered = true; // the template already describes the line: nothing to learn
        for (size_t i = 0; i < n; ++i) {
            const bool wild = c->wild[i];
            const bool equal = !wild && c->tokens[i] == tokens.views[i];
            covered = covered && (wild || equal);
            if (wild || (!m_options.maskedTokensAreWords && c->variable[i]))
                ++params;
            else if (equal)
                ++same;
        }
        if (covered)
            return c;
        const double sim = n == 0 ? 1.0 : static_cast<double>(same) / static_cast<double>(n);
        if (sim > bestSim || (sim == bestSim && params > bestParams)) {
            best = c;
            bestSim = sim;
            bestParams = params;
        }
    }
    return best && bestSim >= threshold ? best : nullptr;
}

namespace {
// A token that joins letters or digits with punctuation inside it (example.com/IN:, user@host,
// pam_unix(sshd:auth):) names something — a host, a path, an address — rather than being wording.
bool joinsWords(QStringView t)
{
    auto alnum = [](QChar c) { return c.isLetterOrNumber(); };
    for (qsizetype i = 1; i + 1 < t.size(); ++i) {
        const QChar c = t[i];
        if ((c == u'.' || c == u'/' || c == u':' || c == u'@' || c == u'(' || c == u'=' || c == u'\\') &&
            alnum(t[i - 1]) && alnum(t[i + 1]))
            return true;
    }
    return false;
}
} // namespace

TemplateMiner::Cluster *TemplateMiner::treeSearch(const Tokens &tokens) const
{
    const QString lengthKey = QString::number(tokens.views.size());
    auto it = m_root->children.find(QStringView(lengthKey));
    if (it == m_root->children.end())
        return nullptr;
    const Node *node = it->second.get();
    const size_t tokenLayers = static_cast<size_t>(m_options.depth - 2);
    for (size_t depth = 1; depth < tokenLayers && depth <= tokens.views.size(); ++depth) {
        const QStringView token = tokens.views[depth - 1];
        auto child = node->children.find(token);
        if (child == node->children.end())
            child = node->children.find(QStringView(wildcard()));
        if (child == node->children.end())
            return nullptr;
        node = child->second.get();
    }
    return fastMatch(*node, tokens);
}

void TemplateMiner::addToTree(Cluster *cluster)
{
    const QString lengthKey = QString::number(cluster->tokens.size());
    std::unique_ptr<Node> &first = m_root->children[lengthKey];
    if (!first)
        first = std::make_unique<Node>();
    Node *node = first.get();
    const size_t tokenLayers = static_cast<size_t>(m_options.depth - 2);
    const size_t maxChildren = static_cast<size_t>(m_options.maxChildren);
    for (size_t depth = 1; depth < tokenLayers && depth <= cluster->tokens.size(); ++depth) {
        const QString &token = cluster->tokens[depth - 1];
        auto child = node->children.find(QStringView(token));
        if (child != node->children.end()) {
            node = child->second.get();
            continue;
        }
        const bool hasWild = node->children.count(wildcard()) > 0;
        auto descend = [&node](const QString &key) {
            std::unique_ptr<Node> &next = node->children[key];
            if (!next)
                next = std::make_unique<Node>();
            node = next.get();
        };
        // Tokens with digits are likely variables: route them through <*> (as Drain does), names
        // too (Options::routeNamesThroughWildcard), and stop a node from growing past
        // maxChildren distinct tokens.
        if (hasDigit(token) || (m_options.routeNamesThroughWildcard && joinsWords(token)) ||
            (hasWild && node->children.size() >= maxChildren) || (!hasWild && node->children.size() + 1 >= maxChildren))
            descend(wildcard());
        else
            descend(token);
    }
    // Drain leaves single-token lines out of every leaf; keeping them makes them match again.
    cluster->leaf = node;
    cluster->slot = static_cast<std::uint32_t>(node->clusters.size());
    node->clusters.push_back(cluster);
}

int TemplateMiner::learn(const Tokens &tokens, bool *created)
{
    Cluster *cluster = treeSearch(tokens);
    if (!cluster) {
        auto fresh = std::make_unique<Cluster>();
        fresh->id = static_cast<int>(m_clusters.size());
        fresh->tokens.reserve(tokens.views.size());
        for (QStringView v : tokens.views)
            fresh->tokens.push_back(v.toString());
        fresh->refreshText();
        fresh->count = 1;
        cluster = fresh.get();
        m_clusters.push_back(std::move(fresh));
        addToTree(cluster);
        *created = true;
        return cluster->id;
    }
    std::vector<size_t> changed; // positions that learned a variable
    for (size_t i = 0; i < cluster->tokens.size(); ++i) {
        if (cluster->tokens[i] != tokens.views[i] && cluster->tokens[i] != wildcard()) {
            // A variable with brackets ("(<*>)") stays as it is for every line it covers.
            const QString &t = cluster->tokens[i];
            const QStringView v = tokens.views[i];
            if (cluster->variable[i]) {
                const qsizetype at = t.indexOf(wildcard());
                const qsizetype after = t.size() - at - wildcard().size();
                if (t.indexOf(wildcard(), at + 1) < 0 && v.size() > at + after &&
                    v.startsWith(QStringView(t).first(at)) && v.endsWith(QStringView(t).last(after)))
                    continue;
            }
            QString g = generalized(t, v);
            if (g != cluster->tokens[i]) {
                cluster->tokens[i] = std::move(g);
                changed.push_back(i);
            }
        }
    }
    if (!changed.empty()) {
        cluster->refreshText();
        const LeafIndex *index = cluster->leaf ? cluster->leaf->index.get() : nullptr;
        if (index && index->epoch == m_epoch && cluster->slot < index->indexed)
            cluster->leaf->index->changed(*cluster, changed);
    }
    while (cluster->joined)
        cluster = cluster->joined;
    ++cluster->count;
    *created = false;
    return cluster->id;
}

int TemplateMiner::addForId(QStringView line)
{
    Tokens tokens;
    tokenize(line, tokens);
    bool created = false;
    return learn(tokens, &created);
}

TemplateMiner::Match TemplateMiner::add(QStringView line)
{
    Tokens tokens;
    tokenize(line, tokens);
    Match match;
    match.templateId = learn(tokens, &match.newTemplate);
    match.templateText = m_clusters[static_cast<size_t>(match.templateId)]->text;
    match.variables = extractVariables(match.templateText, line).value_or(QStringList{});
    return match;
}

TemplateMiner::Match TemplateMiner::match(QStringView line) const
{
    Tokens tokens;
    tokenize(line, tokens);
    Match match;
    if (const Cluster *c = treeSearch(tokens)) {
        while (c->joined)
            c = c->joined;
        match.templateId = c->id;
        match.templateText = c->text;
        match.variables = extractVariables(c->text, line).value_or(QStringList{});
    }
    return match;
}

int TemplateMiner::templateCount() const
{
    return static_cast<int>(m_clusters.size());
}

QString TemplateMiner::templateText(int templateId) const
{
    if (templateId < 0 || templateId >= templateCount())
        return {};
    const Cluster *c = m_clusters[static_cast<size_t>(templateId)].get();
    while (c->joined)
        c = c->joined;
    return c->text;
}

int TemplateMiner::groupOf(int templateId) const
{
    if (templateId < 0 || templateId >= templateCount())
        return -1;
    const Cluster *c = m_clusters[static_cast<size_t>(templateId)].get();
    while (c->joined)
        c = c->joined;
    return c->id;
}

std::vector<TemplateMiner::Template> TemplateMiner::templates() const
{
    std::vector<Template> out;
    out.reserve(m_clusters.size());
    for (const auto &c : m_clusters)
        if (!c->joined)
            out.push_back(Template{c->id, c->text, c->count});
    return out;
}

QString TemplateMiner::masked(QStringView line) const
{
    Tokens tokens;
    tokenize(line, tokens);
    QString out;
    for (size_t i = 0; i < tokens.views.size(); ++i) {
        if (i)
            out += QLatin1Char(' ');
        out += tokens.views[i];
    }
    return out;
}

std::optional<QStringList> TemplateMiner::extractVariables(const QString &templateText, QStringView line)
{
    const QString text = line.toString().simplified();
    const QStringList pieces = templateText.split(wildcard());
    if (!text.startsWith(pieces.front()))
        return std::nullopt;
    QStringList variables;
    qsizetype pos = pieces.front().size();
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QString &piece = pieces[i];
        qsizetype at = 0;
        if (i == pieces.size() - 1) {
            // The last literal anchors at the end of the line.
            if (!text.endsWith(piece) || text.size() - piece.size() < pos)
                return std::nullopt;
            at = text.size() - piece.size();
        } else if (piece.isEmpty()) {
            at = pos; // two wildcards in a row: the first takes nothing it can prove
        } else {
            at = text.indexOf(piece, pos);
            if (at < 0)
                return std::nullopt;
        }
        variables << text.mid(pos, at - pos);
        pos = at + piece.size();
    }
    if (pieces.size() == 1 && pos != text.size())
        return std::nullopt;
    return variables;
}

} // namespace virtuoso::logs
