#include "logs/TemplateTokens.h"

#include <algorithm>
#include <iterator>

namespace virtuoso::logs::tokens {

namespace {

// Reads digits from i; returns how many.
qsizetype digitsAt(QStringView t, qsizetype &i)
{
    const qsizetype start = i;
    while (i < t.size() && isDigit(t[i]))
        ++i;
    return i - start;
}

bool isLowerAlpha(QStringView t)
{
    if (t.isEmpty())
        return false;
    for (QChar c : t)
        if (c.unicode() < 'a' || c.unicode() > 'z')
            return false;
    return true;
}

// Generic top-level domains: the first label of a reverse-domain name (org.example.Foo).
bool isGenericTopLevelDomain(QStringView label)
{
    static constexpr QStringView tlds[] = {u"com",   u"net", u"org",      u"edu",         u"gov",  u"mil",  u"int",
                                           u"local", u"lan", u"internal", u"localdomain", u"arpa", u"corp", u"home"};
    for (QStringView tld : tlds)
        if (label == tld)
            return true;
    return false;
}

// Generic top-level domains and two-letter country codes.
bool isTopLevelDomain(QStringView label)
{
    return (label.size() == 2 && isLowerAlpha(label)) || isGenericTopLevelDomain(label);
}

bool isPort(QStringView t)
{
    if (t.isEmpty() || t.size() > 5)
        return false;
    for (QChar c : t)
        if (!isDigit(c))
            return false;
    return true;
}

} // namespace

bool hasDigit(QStringView t)
{
    for (QChar c : t)
        if (isDigit(c))
            return true;
    return false;
}

// A unit of measure glued to a number, of the shape units are written in: one to three letters,
// perhaps a power (m2, m3), perhaps "per" another such unit (kPa, ppm, kg, bar, km/h, m/s, W/m2,
// mol/m2). Any unit, not a list: a log of a system not seen before has its own.
bool isUnitSuffix(QStringView u)
{
    const auto part = [&u](qsizetype &i) {
        const qsizetype start = i;
        while (i < u.size() && i - start < 4 && isAsciiLetter(u[i]))
            ++i;
        if (i == start || i - start > 3)
            return false;
        if (i < u.size() && (u[i] == u'2' || u[i] == u'3') && (i + 1 == u.size() || u[i + 1] == u'/'))
            ++i; // a square or a cube: m2, m3
        return true;
    };
    qsizetype i = 0;
    if (!part(i))
        return false;
    if (i < u.size() && u[i] == u'/') {
        ++i;
        if (!part(i))
            return false;
    }
    // Capitals alone name a thing more often than a unit (3DS, 2FA); the capital units are listed.
    return i == u.size() && std::any_of(u.begin(), u.end(), [](QChar c) { return c.isLower(); });
}

bool isNumber(QStringView t)
{
    qsizetype i = 0;
    if (i < t.size() && (t[i] == u'-' || t[i] == u'+'))
        ++i;
    const qsizetype digitsStart = i;
    bool dot = false;
    while (i < t.size()) {
        if (isDigit(t[i])) {
            ++i;
        } else if (t[i] == u'.' && !dot) {
            dot = true;
            ++i;
        } else if (t[i] == u',' && i > digitsStart && i + 3 < t.size() && isDigit(t[i + 1]) && isDigit(t[i + 2]) &&
                   isDigit(t[i + 3]) && (i + 4 == t.size() || !isDigit(t[i + 4]))) {
            i += 1; // a thousands separator: 1,024
        } else {
            break;
        }
    }
    if (i == digitsStart || !isDigit(t[i - 1]))
        return false;
    // An exponent: 1.5e-3, 6.02E+23.
    if (i + 1 < t.size() && (t[i] == u'e' || t[i] == u'E')) {
        qsizetype k = i + 1;
        if (t[k] == u'-' || t[k] == u'+')
            ++k;
        if (digitsAt(t, k) > 0)
            i = k;
    }
    // A unit right after the number is part of the value: any isUnitSuffix() takes (ms, s, min, kB,
    // MiB, Hz, rpm, dBm, kPa…), and those it does not: capitals alone, longer names, signs.
    const QStringView unit = t.mid(i);
    static constexpr QStringView units[] = {u"",   u"%",  u"µs", u"°C", u"°F", u"secs", u"kbps", u"Mbps", u"Gbps", u"B",
                                            u"KB", u"MB", u"GB", u"TB", u"K",  u"M",    u"G",    u"T",    u"C",    u"F",
                                            u"V",  u"W",  u"MW", u"GW", u"VA", u"MVA",  u"A",    u"RPM"};
    for (QStringView u : units)
        if (unit == u)
            return true;
    return isUnitSuffix(unit) || isCompoundDuration(t);
}

bool isCompoundDuration(QStringView t)
{
    // Groups of a number and a unit of time, largest first, as Go and many tools print a duration:
    // 4m6s, 1h2m3.5s, 55h52m4s, 2d3h. Only the last group may have a fraction.
    static constexpr QStringView units[] = {u"d", u"h", u"m", u"s", u"ms", u"us", u"µs", u"ns"};
    qsizetype i = 0;
    int groups = 0;
    int lastUnit = -1;
    while (i < t.size()) {
        const qsizetype start = i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
        if (i == start)
            return false;
        bool fraction = false;
        if (i + 1 < t.size() && t[i] == u'.' && isDigit(t[i + 1])) {
            fraction = true;
            ++i;
            while (i < t.size() && isDigit(t[i]))
                ++i;
        }
        qsizetype end = i;
        while (end < t.size() && !isDigit(t[end]))
            ++end;
        const QStringView unit = t.mid(i, end - i);
        int index = -1;
        for (int k = 0; k < static_cast<int>(std::size(units)); ++k)
            if (unit == units[k])
                index = k;
        // Each unit smaller than the one before it ("1m2h" is no duration).
        if (index <= lastUnit || (fraction && end != t.size()))
            return false;
        lastUnit = index;
        ++groups;
        i = end;
    }
    return groups >= 2;
}

bool isVersion(QStringView t)
{
    qsizetype i = 0;
    if (i < t.size() && (t[i] == u'v' || t[i] == u'V'))
        ++i;
    int groups = 0;
    while (i < t.size()) {
        if (digitsAt(t, i) == 0)
            return false;
        ++groups;
        if (i == t.size())
            break;
        if (t[i] != u'.')
            return false;
        ++i;
    }
    return groups >= 2 && !t.endsWith(u'.');
}

bool isHex(QStringView t)
{
    if (t.size() > 2 && t[0] == u'0' && (t[1] == u'x' || t[1] == u'X')) {
        for (qsizetype i = 2; i < t.size(); ++i)
            if (!isHexDigit(t[i]))
                return false;
        return true;
    }
    if (t.size() < 6)
        return false;
    bool digit = false;
    bool letter = false;
    for (QChar c : t) {
        if (!isHexDigit(c))
            return false;
        digit = digit || isDigit(c);
        letter = letter || !isDigit(c);
    }
    // Shorter than 8: an object's hash as Java prints it (9f4ef63), digits and letters mixed.
    return digit && (t.size() >= 8 || letter);
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

bool isIpv4(QStringView t)
{
    qsizetype i = 0;
    for (int part = 0; part < 4; ++part) {
        const qsizetype n = digitsAt(t, i);
        if (n == 0 || n > 3)
            return false;
        if (part < 3) {
            if (i == t.size() || t[i] != u'.')
                return false;
            ++i;
        }
    }
    return i == t.size() || (t[i] == u':' && isPort(t.mid(i + 1)));
}

bool isIpv6OrMac(QStringView t)
{
    if (t.startsWith(u'['))
        t = t.mid(1);
    if (const qsizetype close = t.indexOf(u']'); close >= 0) {
        if (close + 1 < t.size() && !(t[close + 1] == u':' && isPort(t.mid(close + 2))))
            return false;
        t = t.first(close);
    }
    if (const qsizetype zone = t.indexOf(u'%'); zone > 0)
        t = t.first(zone);
    int colons = 0;
    int group = 0;
    bool digit = false;
    for (QChar c : t) {
        if (c == u':') {
            ++colons;
            group = 0;
        } else if (isHexDigit(c)) {
            if (++group > 4)
                return false;
            digit = digit || isDigit(c);
        } else if (c != u'.') {
            return false;
        }
    }
    return colons >= 2 && digit;
}

bool isEmail(QStringView t)
{
    const qsizetype at = t.indexOf(u'@');
    if (at <= 0 || at != t.lastIndexOf(u'@'))
        return false;
    for (QChar c : t.first(at))
        if (!(isAsciiLetter(c) || isDigit(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-'))
            return false;
    // The domain: two labels or more of letters, digits and '-', the last a top-level domain.
    const QStringView domain = t.mid(at + 1);
    int labels = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i < domain.size() && domain[i] != u'.') {
            if (!(isAsciiLetter(domain[i]) || isDigit(domain[i]) || domain[i] == u'-'))
                return false;
            continue;
        }
        if (i == start)
            return false;
        ++labels;
        if (i == domain.size())
            return labels >= 2 && isTopLevelDomain(domain.mid(start));
        start = i + 1;
    }
    return false;
}

bool isHost(QStringView t)
{
    qsizetype end = t.size();
    bool port = false;
    if (const qsizetype colon = t.lastIndexOf(u':'); colon > 0 && isPort(t.mid(colon + 1))) {
        end = colon;
        port = true;
    }
    const QStringView host = t.first(end);
    if (port && host == u"localhost")
        return true;
    int labels = 0;
    qsizetype labelStart = 0;
    QStringView first;
    QStringView last;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i == host.size() || host[i] == u'.') {
            const QStringView label = host.mid(labelStart, i - labelStart);
            if (label.isEmpty() || label.startsWith(u'-') || label.endsWith(u'-'))
                return false;
            if (labels == 0)
                first = label;
            last = label;
            ++labels;
            labelStart = i + 1;
        } else if (!(isAsciiLetter(host[i]) || isDigit(host[i]) || host[i] == u'-')) {
            return false;
        }
    }
    if (labels < 2 || !isTopLevelDomain(last) || isGenericTopLevelDomain(first))
        return false;
    // Two labels only with a port (example.com:80): a bare "a.io" is as often a file or a field.
    return labels >= 3 || port;
}

bool isPathOrUrl(QStringView t)
{
    if (t == u"/")
        return true; // the root
    if (t.size() > 1 && t[0] == u'/' && t[1] != u'/')
        return true;
    if (t.size() > 2 && t[0] == u'~' && t[1] == u'/')
        return true;
    if (t.size() > 3 && isAsciiLetter(t[0]) && t[1] == u':' && t[2] == u'\\')
        return true; // C:\Windows\x
    if (t.size() > 2 && t[0] == u'\\' && t[1] == u'\\')
        return true; // \\server\share
    const qsizetype scheme = t.indexOf(u':');
    if (scheme > 0 && scheme + 2 < t.size() && t[scheme + 1] == u'/' && t[scheme + 2] == u'/') {
        for (qsizetype i = 0; i < scheme; ++i)
            if (!(isAsciiLetter(t[i]) || isDigit(t[i]) || t[i] == u'+' || t[i] == u'-' || t[i] == u'.'))
                return false;
        return isAsciiLetter(t[0]);
    }
    return false;
}

bool isFileName(QStringView t)
{
    const qsizetype dot = t.lastIndexOf(u'.');
    if (dot <= 0 || dot + 1 == t.size())
        return false;
    for (qsizetype i = 0; i < dot; ++i)
        if (!(isAsciiLetter(t[i]) || isDigit(t[i]) || t[i] == u'_' || t[i] == u'-' || t[i] == u'.' || t[i] == u'@'))
            return false;
    const QStringView ext = t.mid(dot + 1);
    if (ext.size() > 7)
        return false;
    static constexpr QStringView extensions[] = {
        u"exe",     u"dll",    u"sys",   u"so",    u"dylib",  u"log",    u"txt",   u"json",   u"xml",  u"yaml", u"yml",
        u"toml",    u"conf",   u"cfg",   u"ini",   u"py",     u"js",     u"jar",   u"sh",     u"bat",  u"ps1",  u"gz",
        u"zip",     u"tar",    u"tgz",   u"xz",    u"db",     u"sqlite", u"pid",   u"sock",   u"lock", u"tmp",  u"bin",
        u"dat",     u"csv",    u"html",  u"htm",   u"php",    u"png",    u"jpg",   u"gif",    u"pdf",  u"msi",  u"cab",
        u"service", u"socket", u"timer", u"mount", u"target", u"scope",  u"slice", u"device", u"swap", u"path", u"img",
        u"iso",     u"deb",    u"rpm",   u"pem",   u"crt",    u"key"};
    for (QStringView e : extensions)
        if (ext.compare(e, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isCodeLocation(QStringView t)
{
    // From the end: a line number, maybe a column, after a ':' (most tokens fail here at once).
    qsizetype i = t.size();
    while (i > 0 && isDigit(t[i - 1]))
        --i;
    if (i == t.size() || i < 3 || t[i - 1] != u':')
        return false;
    qsizetype colon = i - 1;
    qsizetype j = colon;
    while (j > 0 && isDigit(t[j - 1]))
        --j;
    if (j < colon && j > 0 && t[j - 1] == u':')
        colon = j - 1; // file:line:column
    // A stack frame: a qualified function name, '(', then the location.
    qsizetype start = 0;
    if (const qsizetype open = t.lastIndexOf(u'(', colon); open >= 0) {
        if (open == 0)
            return false;
        for (qsizetype k = 0; k < open; ++k) {
            const QChar c = t[k];
            if (!(isAsciiLetter(c) || isDigit(c) || c == u'.' || c == u'_' || c == u'$' || c == u'/' || c == u'<' ||
                  c == u'>' || c == u'-'))
                return false;
        }
        start = open + 1;
    }
    const QStringView file = t.mid(start, colon - start);
    const qsizetype dot = file.lastIndexOf(u'.');
    if (dot <= 0)
        return false;
    for (qsizetype k = 0; k < dot; ++k)
        if (!(isAsciiLetter(file[k]) || isDigit(file[k]) || file[k] == u'_' || file[k] == u'-' || file[k] == u'.' ||
              file[k] == u'/'))
            return false;
    static constexpr QStringView sources[] = {
        u"c",     u"h",      u"cc", u"cpp", u"cxx", u"hpp", u"hh",  u"m",   u"mm",  u"java", u"kt", u"kts",
        u"scala", u"groovy", u"go", u"rs",  u"py",  u"rb",  u"js",  u"mjs", u"ts",  u"cs",   u"fs", u"swift",
        u"php",   u"pl",     u"pm", u"lua", u"ex",  u"exs", u"erl", u"hs",  u"clj", u"dart", u"zig"};
    const QStringView ext = file.mid(dot + 1);
    for (QStringView e : sources)
        if (ext == e)
            return true;
    return false;
}

bool isTimeOrDate(QStringView t)
{
    qsizetype i = 0;
    const qsizetype first = digitsAt(t, i);
    if (first == 0 || i == t.size())
        return false;
    if (first == 4 && (t[i] == u'-' || t[i] == u'/')) {
        // 2016-09-28, 2016/09/28, optionally followed by T or _ and a time.
        const QChar sep = t[i];
        ++i;
        if (digitsAt(t, i) != 2 || i == t.size() || t[i] != sep)
            return false;
        ++i;
        if (digitsAt(t, i) != 2)
            return false;
        if (i == t.size())
            return true;
        if (t[i] != u'T' && t[i] != u'_' && t[i] != u'-')
            return false;
        return isTimeOrDate(t.mid(i + 1));
    }
    if (first > 2 || t[i] != u':')
        return false;
    ++i;
    if (digitsAt(t, i) != 2)
        return false;
    if (i < t.size() && t[i] == u':') {
        ++i;
        if (digitsAt(t, i) != 2)
            return false;
    }
    if (i < t.size() && (t[i] == u'.' || t[i] == u',')) {
        ++i;
        if (digitsAt(t, i) == 0)
            return false;
    }
    // A zone: Z, +02:00, +0200.
    if (i < t.size() && t[i] == u'Z')
        ++i;
    else if (i < t.size() && (t[i] == u'+' || t[i] == u'-')) {
        ++i;
        digitsAt(t, i);
        if (i < t.size() && t[i] == u':') {
            ++i;
            digitsAt(t, i);
        }
    }
    return i == t.size();
}

qsizetype gluedValueStart(QStringView t)
{
    qsizetype sep = 0;
    while (sep < t.size() && isAsciiLetter(t[sep]))
        ++sep;
    if (sep < 2 || sep + 8 > t.size() || !(t[sep] == u'-' || t[sep] == u'_' || t[sep] == u':'))
        return -1;
    const QStringView value = t.mid(sep + 1);
    // Hex groups joined by '-' (a UUID among them).
    int hexDigits = 0;
    bool decimal = false;
    bool hexOnly = true;
    for (qsizetype i = 0; i < value.size() && hexOnly; ++i) {
        if (isHexDigit(value[i])) {
            ++hexDigits;
            decimal = decimal || isDigit(value[i]);
        } else if (value[i] != u'-' || i == 0 || value[i - 1] == u'-' || i + 1 == value.size()) {
            hexOnly = false;
        }
    }
    if (hexOnly && hexDigits >= 8 && decimal)
        return sep + 1;
    // A generated id of letters and digits.
    if (value.size() < 12)
        return -1;
    int digits = 0;
    for (QChar c : value) {
        if (isDigit(c))
            ++digits;
        else if (!isAsciiLetter(c))
            return -1;
    }
    return digits >= 3 ? sep + 1 : -1;
}

QString maskDigitRuns(QStringView t, const QString &wildcard, bool *changed)
{
    QString out;
    out.reserve(t.size() + 4);
    *changed = false;
    qsizetype i = 0;
    while (i < t.size()) {
        // A hex number inside the token (@0x7fed806eb5d, Token{9f4ef63}): not glued to letters or
        // digits on either side.
        if (isHexDigit(t[i]) && (i == 0 || !(isAsciiLetter(t[i - 1]) || isDigit(t[i - 1])))) {
            const bool prefixed =
                t[i] == u'0' && i + 2 < t.size() && (t[i + 1] == u'x' || t[i + 1] == u'X') && isHexDigit(t[i + 2]);
            qsizetype j = prefixed ? i + 2 : i;
            bool digit = false;
            bool letter = false;
            for (; j < t.size() && isHexDigit(t[j]); ++j) {
                const bool d = isDigit(t[j]);
                digit = digit || d;
                letter = letter || !d;
            }
            const bool bounded = j == t.size() || !(isAsciiLetter(t[j]) || isDigit(t[j]));
            if (bounded && (prefixed || (digit && letter && j - i >= 6))) {
                out += wildcard;
                *changed = true;
                i = j;
                continue;
            }
            if (!prefixed && !letter) {
                // Decimal digits only: a value unless glued to the letters after it.
                if (bounded) {
                    out += wildcard;
                    *changed = true;
                } else {
                    out += t.mid(i, j - i);
                }
                i = j;
                continue;
            }
        }
        const bool signedRun = t[i] == u'-' && i + 1 < t.size() && isDigit(t[i + 1]) && i > 0 &&
                               !isAsciiLetter(t[i - 1]) && !isDigit(t[i - 1]);
        if (isDigit(t[i]) || signedRun) {
            qsizetype j = i + (signedRun ? 1 : 0);
            while (j < t.size() && isDigit(t[j]))
                ++j;
            const bool gluedBefore = i > 0 && isAsciiLetter(t[i - 1]);
            const bool gluedAfter = j < t.size() && isAsciiLetter(t[j]);
            if (!gluedBefore && !gluedAfter) {
                out += wildcard;
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

} // namespace virtuoso::logs::tokens
