#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace virtuoso::exchange {

// An instrument name ("BTCUSDT", "1000000BABYDOGEUSDT") stored inline so that decoding a message
// and keying per-symbol state never allocates. Longer names than kMaxLength are not instruments.
class Symbol
{
public:
    static constexpr std::size_t kMaxLength = 31;

    Symbol() = default;

    // The name, or nothing when it is empty or longer than kMaxLength.
    static std::optional<Symbol> from(std::string_view name)
    {
        if (name.empty() || name.size() > kMaxLength)
            return std::nullopt;
        Symbol s;
        std::memcpy(s.m_chars.data(), name.data(), name.size());
        s.m_length = static_cast<std::uint8_t>(name.size());
        return s;
    }
    static std::optional<Symbol> from(const char *name) { return from(std::string_view(name)); }
    static std::optional<Symbol> from(const std::string &name) { return from(std::string_view(name)); }
    static std::optional<Symbol> from(const QString &name) { return from(std::string_view(name.toStdString())); }

    std::string_view view() const { return {m_chars.data(), m_length}; }
    std::string toStdString() const { return std::string(view()); }
    QString toQString() const { return QString::fromLatin1(m_chars.data(), m_length); }
    bool empty() const { return m_length == 0; }
    std::size_t size() const { return m_length; }

    friend bool operator==(const Symbol &a, const Symbol &b)
    {
        return a.m_length == b.m_length && std::memcmp(a.m_chars.data(), b.m_chars.data(), a.m_length) == 0;
    }
    friend bool operator<(const Symbol &a, const Symbol &b) { return a.view() < b.view(); }

private:
    std::array<char, kMaxLength> m_chars{};
    std::uint8_t m_length = 0;
};

} // namespace virtuoso::exchange

template<>
struct std::hash<virtuoso::exchange::Symbol>
{
    std::size_t operator()(const virtuoso::exchange::Symbol &s) const noexcept
    {
        return std::hash<std::string_view>{}(s.view());
    }
};
