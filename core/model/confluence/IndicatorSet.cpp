#include "model/confluence/IndicatorSet.h"

#include "base/JsonText.h"

#include <array>
#include <cmath>

namespace virtuoso::confluence {

namespace {

struct GroupName
{
    const char *name;
    std::uint32_t bit;
};

constexpr std::array<GroupName, 15> kGroups = {{
    {"sma", IndicatorSet::GroupSma},
    {"ema", IndicatorSet::GroupEma},
    {"rsi", IndicatorSet::GroupRsi},
    {"macd", IndicatorSet::GroupMacd},
    {"cci", IndicatorSet::GroupCci},
    {"willr", IndicatorSet::GroupWillr},
    {"atr", IndicatorSet::GroupAtr},
    {"adx", IndicatorSet::GroupAdx},
    {"obv", IndicatorSet::GroupObv},
    {"ad", IndicatorSet::GroupAd},
    {"cmf", IndicatorSet::GroupCmf},
    {"relvol", IndicatorSet::GroupRelvol},
    {"vwap", IndicatorSet::GroupVwap},
    {"ao", IndicatorSet::GroupAo},
    {"volume_profile", IndicatorSet::GroupVolumeProfile},
}};

void put(std::string &out, bool &first, const char *key, bool ready, double value)
{
    json::appendKey(out, key, first);
    json::appendNumber(out, ready ? value : NAN);
}

} // namespace

QStringList IndicatorSet::groupNames()
{
    QStringList names;
    for (const auto &g : kGroups)
        names << QString::fromLatin1(g.name);
    return names;
}

std::optional<std::uint32_t> IndicatorSet::parseGroups(const QString &list, QString *error)
{
    std::uint32_t mask = 0;
    for (const QString &raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        bool found = false;
        for (const auto &g : kGroups) {
            if (name == QLatin1String(g.name)) {
                mask |= g.bit;
                found = true;
            }
        }
        if (!found) {
            if (error)
                *error = QStringLiteral("unknown indicator '%1'; known: %2")
                             .arg(raw.trimmed(), groupNames().join(QLatin1Char(',')));
            return std::nullopt;
        }
    }
    if (mask == 0) {
        if (error)
            *error = QStringLiteral("--only needs at least one indicator name");
        return std::nullopt;
    }
    return mask;
}

IndicatorSet::IndicatorSet(int profilePeriod)
    : m_profilePeriod(profilePeriod)
{}

double IndicatorSet::profileBinFor(double price)
{
    if (!(price > 0) || !std::isfinite(price))
        return 1.0;
    return std::pow(10.0, std::floor(std::log10(price)) - 3);
}

void IndicatorSet::update(const Candle &c)
{
    ++m_candles;
    m_last = c;
    sma20.update(c.close);
    ema20.update(c.close);
    ema50.update(c.close);
    rsi14.update(c.close);
    macd.update(c.close);
    cci20.update(c);
    willr14.update(c);
    atr14.update(c);
    dmi14.update(c);
    obv.update(c);
    ad.update(c);
    cmf20.update(c);
    relvol20.update(c);
    vwapSession.update(c);
    vwapRolling.update(c);
    ao.update(c);
    if (!profile)
        profile.emplace(m_profilePeriod, profileBinFor(c.close));
    profile->update(c);
}

std::string IndicatorSet::jsonLine(std::uint32_t groups) const
{
    std::string out;
    out.reserve(512);
    out += '{';
    bool first = true;
    json::appendKey(out, "t", first);
    json::appendInteger(out, m_last.openTimeMs);
    if (groups & GroupSma)
        put(out, first, "sma20", sma20.warmup().ready(), sma20.value());
    if (groups & GroupEma) {
        put(out, first, "ema20", ema20.ready(), ema20.value());
        put(out, first, "ema50", ema50.ready(), ema50.value());
    }
    if (groups & GroupRsi)
        put(out, first, "rsi14", rsi14.warmup().ready(), rsi14.value());
    if (groups & GroupMacd) {
        const bool ready = macd.warmup().ready();
        put(out, first, "macd", ready, macd.macd());
        put(out, first, "macd_signal", ready, macd.signal());
        put(out, first, "macd_hist", ready, macd.histogram());
    }
    if (groups & GroupCci)
        put(out, first, "cci20", cci20.warmup().ready(), cci20.value());
    if (groups & GroupWillr)
        put(out, first, "willr14", willr14.warmup().ready(), willr14.value());
    if (groups & GroupAtr)
        put(out, first, "atr14", atr14.warmup().ready(), atr14.value());
    if (groups & GroupAdx) {
        put(out, first, "plus_di14", dmi14.diWarmup().ready(), dmi14.plusDi());
        put(out, first, "minus_di14", dmi14.diWarmup().ready(), dmi14.minusDi());
        put(out, first, "adx14", dmi14.warmup().ready(), dmi14.adx());
    }
    if (groups & GroupObv)
        put(out, first, "obv", obv.warmup().ready(), obv.value());
    if (groups & GroupAd)
        put(out, first, "ad", ad.warmup().ready(), ad.value());
    if (groups & GroupCmf)
        put(out, first, "cmf20", cmf20.warmup().ready(), cmf20.value());
    if (groups & GroupRelvol)
        put(out, first, "relvol20", relvol20.warmup().ready(), relvol20.value());
    if (groups & GroupVwap) {
        put(out, first, "vwap_session", vwapSession.warmup().ready(), vwapSession.value());
        put(out, first, "vwap20", vwapRolling.warmup().ready(), vwapRolling.value());
    }
    if (groups & GroupAo)
        put(out, first, "ao", ao.warmup().ready(), ao.value());
    if (groups & GroupVolumeProfile) {
        const bool ready = profile && profile->ready();
        const ValueArea area = ready ? profile->profile().valueArea() : ValueArea{NAN, NAN, NAN};
        put(out, first, "vp_poc", ready, area.poc);
        put(out, first, "vp_val", ready, area.low);
        put(out, first, "vp_vah", ready, area.high);
    }
    out += '}';
    return out;
}

} // namespace virtuoso::confluence
