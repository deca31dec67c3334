#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

// Token classes of the template miner: shapes of values that mean the same thing in every system's
// logs. Each works on one token with its surrounding brackets and punctuation already taken off.
namespace virtuoso::logs::tokens {

inline bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

inline bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isDigit(c) || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool hasDigit(QStringView t);

// 42, -7, 3.14, 1,024, 1.5e-3, numbers with a unit of time, size or a physical quantity (250ms, 12.5s,
// 64KB, 3GiB, 99%, 41C, 12.1V, 3600rpm, and any unit isUnitSuffix takes: 1.1kPa, 647ppm, 12km/h).
// Also a compound duration (below).
bool isNumber(QStringView t);
// A unit glued to a number, of any name: one to three letters, a power, a "per" (kPa, kg, m2, km/h).
bool isUnitSuffix(QStringView u);
// A duration in groups of a number and a unit of time, largest first: 4m6s, 1h2m3.5s, 2d3h.
bool isCompoundDuration(QStringView t);
// Dotted numbers: 6.1.7601.23505, v2.4.1.
bool isVersion(QStringView t);
// 0x1f, deadbeefcafe (8+ hex digits with at least one digit), 9f4ef63 (6-7 hex digits, digits and letters).
bool isHex(QStringView t);
// 123e4567-e89b-12d3-a456-426614174000.
bool isUuid(QStringView t);
// IPv4 with an optional port: 10.0.0.1, 10.0.0.1:8080.
bool isIpv4(QStringView t);
// IPv6 and MAC addresses: fe80::1, 2001:db8::8a2e:370:7334, [::1]:8080, 00:1a:2b:3c:4d:5e.
bool isIpv6OrMac(QStringView t);
// Host names with a top-level domain (db1.example.com, MSRA-SA-39.corp.example.net) and
// host:port (proxy.example.org:5070, localhost:8080). Reverse-domain names such as Java
// packages (org.example.Foo) are not hosts.
bool isHost(QStringView t);
// user@example.com: an e-mail address (a local part, @, a host name with a top-level domain).
bool isEmail(QStringView t);
// Unix paths (/var/log/x, ~/x, and / itself), Windows paths (C:\Windows\x.dll, \\server\share) and URLs
// (https://example.com/x?y=1, file:///tmp/x).
bool isPathOrUrl(QStringView t);
// File and unit names with a common extension: chrome.exe, kernel32.dll, nginx.service, app.log.
bool isFileName(QStringView t);
// Source code locations: a source file with a line (and column) number, Http.go:88,
// ib_sweep.c:1831:7, and a stack frame, com.example.OrderService.place(OrderService.java:292 (the
// closing bracket is punctuation), java.base/java.lang.Thread.run(Thread.java:432.
bool isCodeLocation(QStringView t);
// Times and dates: 04:03:01, 00:01, 04:03:01.123, 2016-09-28, 2016-09-28T04:30:30Z, 2016/09/28.
bool isTimeOrDate(QStringView t);

// A value glued behind a word and '-', '_' or ':' (req-43842eed-2d10-4f3e-a9b2-77bbf8dcc7f3,
// instance-0000a1b2, vol_ab12cd34): where the value starts, else -1. The value is a UUID or runs of
// hex digits joined by '-' (8 digits at least, one of them a decimal digit), or a run of letters and
// digits of 12 characters or more with 3 digits at least (a generated id).
qsizetype gluedValueStart(QStringView t);

// Digit runs not glued to letters become <*>: conn_6 → conn_<*>, attempt_14_0020_m_2 →
// attempt_<*>_<*>_m_<*>, id=-42 → id=<*>. Words with digits glued to letters (sha256, v5) stay.
QString maskDigitRuns(QStringView t, const QString &wildcard, bool *changed);

} // namespace virtuoso::logs::tokens
