#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace virtuoso::logs {

// Which variable parts are replaced by <*> before a line is matched. Each mask works on one
// whitespace-separated token without its surrounding brackets and punctuation (those stay), or on
// the value of a key=value token; `extraMasks` (regular expressions over the whole line) run first,
// for formats whose variables span or hide inside tokens. An empty pair of brackets or quotes is an
// empty value ("()" → "(<*>)"). The classes are in logs/TemplateTokens.h.
struct TemplateMasks
{
    bool numbers =
        true; // 42, -7, 1,024, 3.14, 0.5s, 250ms, 1h2m3.5s, 64KB, "5.2 KB", 6.1.7601, 04:03:01, 2016-09-28T04:30Z
    bool hex = true;   // 0x1f, deadbeefcafe (8+ hex digits with a digit)
    bool uuids = true; // 123e4567-e89b-12d3-a456-426614174000
    bool ips = true;   // 10.0.0.1:8080, fe80::1, 00:1a:2b:3c:4d:5e, db1.example.com, proxy.example.org:5070
    bool paths = true; // /var/log/x.log, ~/x, C:\Windows\x.dll, \\server\share, https://x/y, chrome.exe, nginx.service,
                       // Http.go:88, at com.x.Y.m(Y.java:12)
    bool ids = true; // conn_6 → conn_<*>, worker-12 → worker-<*>, id=-42 → id=<*>; key=<value of a class above>,
                     // key=<any value with a digit> (sel=C1, ward=7C-Onko);
                     // the last of several key=value fields running to the end of the line
    bool symbols = false; // BTCUSDT, ETHUSDC, 1000PEPEUSDT → <*>
    bool dates = true;    // "Sun Jul 10 04:03:01 2005", "Jul 10 04:03:01", "Sun, 06 Dec 2026 14:02:11 GMT" → one <*>
    std::vector<QRegularExpression> extraMasks;

    // No token masks at all: only extraMasks and the tree's own handling of tokens with digits.
    static TemplateMasks none();
};

// Groups log lines into templates with the Drain method (He et al., ICWS 2017): lines are routed
// through a fixed-depth tree by token count and their first tokens, then joined to the most similar
// template in the leaf if at least `similarity` of the tokens agree; differing tokens become <*>.
// Not thread-safe: one miner per thread, or a lock around it.
class TemplateMiner
{
public:
    // The defaults are one configuration for every kind of log: similarity 0.6 without the adaptive
    // threshold is what seven of the eight Loghub datasets choose for the eighth, for each of the
    // eight (leave-one-dataset-out, tests/logs/test_template_miner_heldout.cpp; docs/logs.md).
    // Drain's own behaviour: depth 4, similarity 0.5, maskedTokensAreWords, no adaptiveSimilarity.
    struct Options
    {
        int depth = 5;           // as in Drain: root, length layer, depth-3 token layers, leaf
        double similarity = 0.6; // share of equal tokens needed to join a template (or one covers the line)
        int maxChildren = 100;   // per tree node; beyond it new tokens route through <*>
        // Drain counts an equal masked token such as "<*>:" as shared wording. Off, such tokens
        // count like <*> (variables), so two lines agree only on their real words.
        bool maskedTokensAreWords = false;
        // The threshold shrinks with the share of the line's tokens that masks rewrote: a line that
        // is mostly values joins on its few real words (0.7 × 3/6 for six tokens, three masked).
        // Off by default: chosen on seven Loghub datasets it lost on every fold.
        bool adaptiveSimilarity = false;
        // Tokens that join words with punctuation inside them (example.com/IN:, user@host) route
        // through the tree's <*> branch like tokens with digits: they name things, and as a branch
        // of their own each name would keep its lines from ever meeting the statement's others.
        // Off, the tree routes as Drain's does (digits only).
        bool routeNamesThroughWildcard = true;
        // consolidate(): a token that a mask rewrote in part (AES-<*>-GCM, cam-<*>, SHA256:<*>) counts
        // as a variable of its own where templates are compared, so the lines whose value the mask
        // left whole (CHACHA20-POLY1305, gateway, RSA) meet it; a key=value token keeps its key.
        bool joinPartlyMasked = true;
        // consolidate(): the span in which templates differ may mix plain words and variables, a
        // name with a number or of several words ("cabin <*>", "Magic carpet <*>", "bridge"). Only
        // tokens without ':' ',' ';' '=', quotes or brackets: a clause stays wording.
        bool joinMixedSpans = true;
        // consolidate(): templates of different lengths are one where a variable of one stands for
        // a name of plain words in the other and the rest pairs up, each side's variables taking a
        // word of the other ("pax <*> class Y" and "pax DE LA CRUZ/MARIA MS class <*>"). A run with
        // a variable in it is no name: "for <*> from" and "for invalid user <*> from" stay apart.
        bool joinAlignedNames = true;
        // consolidate(): a key=<*> covers the same key with a literal value, so "mode=<*>" takes in
        // the template "mode=auto" that lines of one value made on their own.
        bool joinKeyedValues = true;
        // consolidate(): templates of the same wording whose quoted or bracketed values vary in two
        // places or more at once are one where each such value takes three spellings or more across
        // them ([Altona/B03] … prog="Express Dry" and [Bad Homburg/B05] … prog="Winter Salt Off").
        bool joinDelimitedColumns = true;
        // consolidate(): templates of one first and last word whose other words pair up but for gaps
        // of names (up to VaryingSpanMaxTokens plain tokens) are one where each such gap takes three
        // spellings or more across them ("Temp Platelet Agitator A <*> (range" and "Temp Fridge <*>
        // <*> (range", the unit and the ward varying together).
        bool joinAlignedGaps = true;
        // consolidate(): one token that ends the line after a word varies as a value, as a span
        // inside the line does, where a third of its values, two at least, hold a digit or are
        // variables ("to PH-EZX", "to A6-EGO", "to 9V-SMQ": names); where they are words ("to
        // RUNNING", "to FAILED") the event names a state and they stay apart.
        bool joinNamesAtEnd = true;
        // consolidate(): two values are enough for a span of one token where both hold a digit
        // and it does not end the line: "Press P1: cake …" and "Press P2: cake …" name two units
        // of one statement (three values are needed otherwise). In a pass of its own after every
        // other join, so that it takes no template a join of more values would have taken.
        bool joinTwoUnitNames = true;
        // consolidate(): in a line of fields, one key=word column with three spellings or more across
        // templates otherwise the same is a field of its own ("… energy=<*> state=Charging", "…
        // state=Finishing", "… state=SuspendedEV"): the key names it, the word is its value. Without
        // a key such a column needs a second one varying independently (joinFreeColumns()). In a
        // pass of its own after every other join, so that two fields varying together join first.
        bool joinKeyedFields = true;
        // consolidate(): templates whose words are equal and whose key=values differ only where one
        // of the two has the key with a variable are one ("tag=<*> … result=CHARGED" and "tag=none …
        // result=<*>"): each field varies in the other's lines. With joinKeyedValues only, whose
        // cover of one template by another it widens to a cover of each by the other in part.
        bool joinKeyedComplements = true;
        // joinKeyedComplements(): a key's value may be a name of several tokens up to the next
        // key=, where it starts as a word and holds a digit or a variable ("furnace=E-Ofen <*>
        // crown=<*>" beside "furnace=<*> crown=<*>"); a key=<*> stands for it.
        bool keyedValuesOfWords = true;
        // consolidate(): a span of key=value tokens that varies across templates keeps its keys where
        // every template has the same keys there ("node=<*> role=<*> state=<*> zone=<*>", not "node=<*>
        // <*> zone=<*>"): the keys are the statement's wording, only their values vary.
        bool joinedSpansKeepKeys = true;
        // A leaf of many templates is searched through an index instead of compared with each
        // template (the same result; off only to check that, and to measure what it saves).
        bool indexLeaves = true;
        TemplateMasks masks;
    };

    struct Match
    {
        int templateId = -1; // stable for the miner's life; -1 when nothing matched
        QString templateText;
        QStringList variables; // the text the template's <*> stand for, in order
        bool newTemplate = false;
    };

    struct Template
    {
        int id = 0;
        QString text;
        qint64 count = 0;
    };

    TemplateMiner();
    explicit TemplateMiner(Options options);
    ~TemplateMiner();
    TemplateMiner(TemplateMiner &&) noexcept;
    TemplateMiner &operator=(TemplateMiner &&) noexcept;

    // Learns from the line and returns its template (which may have just become more general).
    Match add(QStringView line);
    // Like add() without the variables: the fast path for grouping large logs.
    int addForId(QStringView line);
    // Finds the template of a line without learning; templateId -1 when none is similar enough.
    Match match(QStringView line) const;

    // Joins templates that differ only where one of them has variables: "a <*> c" and "a b c",
    // "<*> closed, <*> bytes" and "<*> closed, <*> <*> bytes" (a run of variables is one). Drain's result depends on
    // the order lines arrive in; this removes the splits that order caused. Then joins templates that
    // differ in one span (up to VaryingSpanMaxTokens plain words, or variables, or both: Options::joinMixedSpans) with
    // the same wording around it, when at least VaryingSpanMinValues templates have each their own span there: "The
    // Print Spooler service entered the <*> state.", "The Windows Update service …" and "The Netlogon
    // service …" become "The <*> service entered the <*> state.". The span needs a word next to it (the
    // start of the line counts, its end does not), no word may be in every span, and the wording around
    // it must be two words and half the tokens at least; a key=value token keeps its key ("user=<*>").
    // So "Failed password for root" and "Failed password for invalid user bob" stay apart, as do states
    // that end a line ("Transitioned from NEW to SCHEDULED"). A quoted or bracketed value (err="a b c")
    // is one span of any length. Lines of fields (most tokens values, the same shape) whose columns
    // of words vary independently (more combinations than values in any column) are one template:
    // an access log's method, frontend and server. Where templates are compared, a token of which a
    // mask rewrote a part (AES-<*>-GCM) counts as a variable (Options::joinPartlyMasked). Joined ids
    // keep working: they stand for the template they joined. Returns how many templates were joined.
    int consolidate();
    static constexpr size_t VaryingSpanMaxTokens = 6;
    static constexpr size_t VaryingSpanMinValues = 3;
    // A word in lines of fields with this many spellings, the rest equal, is a value (consolidate()).
    static constexpr size_t FreeColumnManyValues = 8;
    // The same for the value of a key=value whose key stays the same (Options::joinKeyedValues).
    static constexpr size_t KeyedColumnManyValues = 4;
    static constexpr size_t VaryingDelimitedMaxTokens = 40;   // a quoted or bracketed span: key="a b c"
    static constexpr size_t VaryingSpanMaxTemplates = 20'000; // beyond it only the first step runs
    static constexpr size_t AlignedNamesMaxGroup = 256;       // templates of one first token compared pairwise
    // Longer templates are not aligned: the alignment's table grows with the product of two lengths.
    static constexpr size_t AlignedMaxTokens = 128;
    // The id a template's lines are counted under after consolidate() (itself before).
    int groupOf(int templateId) const;

    const Options &options() const { return m_options; }
    int templateCount() const; // every id ever given, joined ones included
    QString templateText(int templateId) const;
    std::vector<Template> templates() const; // by id, without joined ones

    // The line with masks applied, as the tree sees it (tokens joined by single spaces).
    QString masked(QStringView line) const;
    // The text standing for each <*> of `templateText` in `line`; empty when the line does not fit.
    static std::optional<QStringList> extractVariables(const QString &templateText, QStringView line);

    static const QString &wildcard();

private:
    struct Cluster;
    struct Node;
    struct Tokens;
    struct LeafIndex;

    void tokenize(QStringView line, Tokens &out) const;
    Cluster *treeSearch(const Tokens &tokens) const;
    Cluster *fastMatch(const Node &leaf, const Tokens &tokens) const;
    void addToTree(Cluster *cluster);
    int learn(const Tokens &tokens, bool *created);
    int joinCovered();
    int joinVaryingSpans();
    int joinFreeColumns();
    int joinKeyedComplements();
    int joinManyValuedColumns();
    int joinAlignedNames();
    int joinDelimitedColumns();
    int joinAlignedGaps();
    // Free text without repeats, above VaryingSpanMaxTemplates live templates: the joins after the
    // first would cost more than they find, and skip.
    bool tooManyToCompare() const;
    // Joins `members` (one length) into a new template; returns how many joined.
    int joinAsOne(const std::vector<Cluster *> &members);
    // Joins `members` into a new template of the given tokens; returns how many joined.
    int joinInto(const std::vector<Cluster *> &members, std::vector<QString> tokens);

    Options m_options;
    bool m_twoUnitNamesNow = false; // consolidate()'s last pass: Options::joinTwoUnitNames applies
    bool m_keyedFieldsNow = false;  // and after it, Options::joinKeyedFields
    std::unique_ptr<Node> m_root;
    std::vector<std::unique_ptr<Cluster>> m_clusters; // index = template id
    quint64 m_epoch = 0; // a new one each time consolidate() changes templates in place (LeafIndex)
};

} // namespace virtuoso::logs
