#include "logs/TemplateMiner.h"

#include <deque>
#include <unordered_map>

namespace virtuoso::logs {

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

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isDigit(c) || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool hasDigit(QStringView t)
{
    for (QChar c : t)
        if (isDigit(c))
            return true;
    return false;
}

bool isNumber(QStringView t)
{
    qsizetype i = 0;
    if (i < t.size() && (t[i] == u'-' || t[i] == u'+'))
        ++i;
    const qsizetype digitsStart = i;
    bool dot = false;
    while (i < t.size() && (isDigit(t[i]) || (t[i] == u'.' && !dot))) {
        dot = dot || t[i] == u'.';
        ++i;
    }
    if (i == digitsStart || !isDigit(t[i - 1]))
        return false;
    // A unit right after the number is part of the value: 250ms, 12.5s, 64KB, 99%.
    const QStringView unit = t.mid(i);
    static const char16_t *const units[] = {u"",   u"ms", u"s",  u"us", u"ns", u"m", u"h", u"%", u"b", u"B",
                                            u"KB", u"MB", u"GB", u"kB", u"k",  u"K", u"M", u"G", u"x"};
    for (const char16_t *u : units)
        if (unit == QStringView(u))
            return true;
    return false;
}

bool isHex(QStringView t)
{
    if (t.size() > 2 && t[0] == u'0' && (t[1] == u'x' || t[1] == u'X')) {
        for (qsizetype i = 2; i < t.size(); ++i)
            if (!isHexDigit(t[i]))
                return false;
        return true;
    }
    if (t.size() < 8)
        return false;
    bool digit = false;
    for (QChar c : t) {
        if (!isHexDigit(c))
            return false;
        digit = digit || isDigit(c);
    }
    return digit;
}

bool isUuid(QStringView t)
{
    if (t.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? t[i] != u'-' : !isHexDigit(t[i]))
            return false;
    }
    return true;
}

bool isIp(QStringView t)
{
    int parts = 0;
    int digits = 0;
    qsizetype i = 0;
    for (; i < t.size(); ++i) {
        if (isDigit(t[i])) {
            if (++digits > 3)
                return false;
        } else if (t[i] == u'.' && digits > 0 && parts < 3) {
            ++parts;
            digits = 0;
        } else {
            break;
        }
    }
    if (parts != 3 || digits == 0)
        return false;
    if (i == t.size())
        return true;
    if (t[i] != u':' || i + 1 == t.size())
        return false;
    for (++i; i < t.size(); ++i)
        if (!isDigit(t[i]))
            return false;
    return true;
}

bool isPath(QStringView t)
{
    if (t.size() > 1 && t[0] == u'/' && t[1] != u'/')
        return true;
    return t.size() > 2 && t[0] == u'~' && t[1] == u'/';
}

bool isSymbol(QStringView t)
{
    // Exchange tickers: upper case letters and digits ending in a quote currency.
    if (t.size() < 6 || t.size() > 20)
        return false;
    for (QChar c : t)
        if (!(isDigit(c) || (c.unicode() >= 'A' && c.unicode() <= 'Z')))
            return false;
    for (const char16_t *quote : {u"USDT", u"USDC", u"USD", u"PERP", u"BTC", u"ETH"}) {
        const QStringView q(quote);
        if (t.endsWith(q) && t.size() > q.size() + 1)
            return true;
    }
    return false;
}

// conn_6 → conn_<*>, attempt_14_0020_m_2 → attempt_<*>_<*>_m_<*>: digit runs not glued to letters.
QString maskDigitRuns(QStringView t, bool *changed)
{
    QString out;
    out.reserve(t.size() + 4);
    *changed = false;
    qsizetype i = 0;
    while (i < t.size()) {
        const bool signedRun = t[i] == u'-' && i + 1 < t.size() && isDigit(t[i + 1]) && i > 0 &&
                               !isAsciiLetter(t[i - 1]) && !isDigit(t[i - 1]);
        if (isDigit(t[i]) || signedRun) {
            qsizetype j = i + (signedRun ? 1 : 0);
            while (j < t.size() && isDigit(t[j]))
                ++j;
            const bool gluedBefore = i > 0 && isAsciiLetter(t[i - 1]);
            const bool gluedAfter = j < t.size() && isAsciiLetter(t[j]);
            if (!gluedBefore && !gluedAfter) {
                out += TemplateMiner::wildcard();
                *changed = true;
            } else {
                out += t.mid(i, j - i);
            }
            i = j;
        } else {
            out += t[i];
            ++i;
        }
    }
    return out;
}

bool isOpening(QChar c)
{
    return c == u'(' || c == u'[' || c == u'{' || c == u'\'' || c == u'"' || c == u'<';
}

bool isClosing(QChar c)
{
    return c == u')' || c == u']' || c == u'}' || c == u'\'' || c == u'"' || c == u',' || c == u';' || c == u':' ||
           c == u'.' || c == u'>';
}

} // namespace

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

struct TemplateMiner::Cluster
{
    int id = 0;
    std::vector<QString> tokens;
    QString text;
    qint64 count = 0;

    void refreshText()
    {
        text.clear();
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (i)
                text += QLatin1Char(' ');
            text += tokens[i];
        }
    }
};

struct TemplateMiner::Node
{
    std::unordered_map<QString, std::unique_ptr<Node>, ViewHash, ViewEqual> children;
    std::vector<Cluster *> clusters; // at leaves
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
        if (out.line.contains(QLatin1Char(':')))
            out.line.replace(dateRe, wildcard());
    }
    for (const QRegularExpression &re : m.extraMasks)
        out.line.replace(re, wildcard());
    out.views.clear();
    out.replaced.clear();

    const QStringView all(out.line);
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
        bool whole = false;
        if (!core.isEmpty() && core != wildcard()) {
            whole = (m.uuids && isUuid(core)) || (m.ips && isIp(core)) || (m.hex && isHex(core)) ||
                    (m.paths && isPath(core)) || (m.numbers && isNumber(core)) || (m.symbols && isSymbol(core));
        }
        if (whole) {
            out.replaced.push_back(token.first(b).toString() + wildcard() + token.mid(e).toString());
            out.views.push_back(out.replaced.back());
            continue;
        }
        if (m.ids && hasDigit(token)) {
            bool changed = false;
            QString masked = maskDigitRuns(token, &changed);
            if (changed) {
                out.replaced.push_back(std::move(masked));
                out.views.push_back(out.replaced.back());
                continue;
            }
        }
        out.views.push_back(token);
    }
}

TemplateMiner::Cluster *TemplateMiner::fastMatch(const std::vector<Cluster *> &clusters, const Tokens &tokens) const
{
    Cluster *best = nullptr;
    double bestSim = -1;
    int bestParams = -1;
    const size_t n = tokens.views.size();
    for (Cluster *c : clusters) {
        if (c->tokens.size() != n)
            continue;
        int same = 0;
        int params = 0;
        for (size_t i = 0; i < n; ++i) {
            const QString &t = c->tokens[i];
            if (t == wildcard() || (!m_options.maskedTokensAreWords && t.contains(wildcard())))
                ++params;
            else if (t == tokens.views[i])
                ++same;
        }
        const double sim = n == 0 ? 1.0 : static_cast<double>(same) / static_cast<double>(n);
        if (sim > bestSim || (sim == bestSim && params > bestParams)) {
            best = c;
            bestSim = sim;
            bestParams = params;
        }
    }
    double threshold = m_options.similarity;
    if (m_options.adaptiveSimilarity && n > 0) {
        size_t masked = 0;
        for (QStringView v : tokens.views)
            if (v.contains(wildcard()))
                ++masked;
        threshold *= static_cast<double>(n - masked) / static_cast<double>(n);
    }
    return best && bestSim >= threshold ? best : nullptr;
}

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
    return fastMatch(node->clusters, tokens);
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
        // Tokens with digits are likely variables: route them through <*> (as Drain does), and
        // stop a node from growing past maxChildren distinct tokens.
        if (hasDigit(token) || (hasWild && node->children.size() >= maxChildren) ||
            (!hasWild && node->children.size() + 1 >= maxChildren))
            descend(wildcard());
        else
            descend(token);
    }
    // Drain leaves single-token lines out of every leaf; keeping them makes them match again.
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
    bool changed = false;
    for (size_t i = 0; i < cluster->tokens.size(); ++i) {
        if (cluster->tokens[i] != tokens.views[i] && cluster->tokens[i] != wildcard()) {
            cluster->tokens[i] = wildcard();
            changed = true;
        }
    }
    if (changed)
        cluster->refreshText();
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
    return m_clusters[static_cast<size_t>(templateId)]->text;
}

std::vector<TemplateMiner::Template> TemplateMiner::templates() const
{
    std::vector<Template> out;
    out.reserve(m_clusters.size());
    for (const auto &c : m_clusters)
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
