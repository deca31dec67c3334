// The fast paths for journalctl -o json, which prints compact JSON with every value a string (or
// null). First one pass over a line, 64 bytes at a time (AVX2 where the processor has it, else SSE2),
// finds its end and its unescaped quotes; when they fall exactly as {"key":"value",…} the line is
// proved well-formed and only the kept keys are looked at. A line of another shape (a null value) is
// walked from quote to quote, 16 bytes at a time. Anything else (byte arrays, repeated fields,
// spaces, a cut-off or malformed object) goes to the full parser.
#include "logs/LogFormatsInternal.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define VIRTUOSO_LOGS_AVX2 1
#endif

namespace virtuoso::logs::reader_detail {

namespace {

constexpr size_t npos = std::string_view::npos;

// The first '"' or '\' at or after `from`, npos when there is none before `n`.
inline size_t findQuoteOrBackslash(const char *p, size_t from, size_t n)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (from + 16 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + from));
        const unsigned mask = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash))));
        if (mask)
            return from + static_cast<size_t>(__builtin_ctz(mask));
        from += 16;
    }
#endif
    for (; from < n; ++from)
        if (p[from] == '"' || p[from] == '\\')
            return from;
    return npos;
}

// The closing quote of a string whose contents start at `from`; npos when it is not closed.
// `escaped` is set when the contents hold a backslash escape.
inline size_t stringEnd(const char *p, size_t from, size_t n, bool &escaped)
{
    while (true) {
        const size_t q = findQuoteOrBackslash(p, from, n);
        if (q == npos || p[q] == '"')
            return q;
        escaped = true;
        from = q + 2; // the escaped character, whatever it is, cannot end the string
    }
}

// Where the quotes of one line are: up to MaxQuotes of them (64 fields), and whether it holds a
// backslash at all.
struct LineQuotes
{
    static constexpr size_t MaxQuotes = 256;
    std::uint32_t at[MaxQuotes];
    size_t count = 0;
    bool overflow = false;
    bool backslash = false;

    void add(std::uint64_t bits, size_t base)
    {
        size_t c = count;
        if (c + static_cast<size_t>(__builtin_popcountll(bits)) > MaxQuotes) {
            overflow = true;
            return;
        }
        while (bits) {
            at[c++] = static_cast<std::uint32_t>(base + static_cast<size_t>(__builtin_ctzll(bits)));
            bits &= bits - 1;
        }
        count = c;
    }
};

// Bit i of each mask: byte i of the 64 at p is a quote, a backslash, a newline.
inline void masks64(const char *p, std::uint64_t &quote, std::uint64_t &backslash, std::uint64_t &newline)
{
#if defined(__SSE2__)
    const __m128i q = _mm_set1_epi8('"');
    const __m128i b = _mm_set1_epi8('\\');
    const __m128i l = _mm_set1_epi8('\n');
    quote = backslash = newline = 0;
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
        const int shift = 16 * k;
        quote |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, q))))
                 << shift;
        backslash |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, b))))
                     << shift;
        newline |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, l))))
                   << shift;
    }
#else
    quote = backslash = newline = 0;
    for (int i = 0; i < 64; ++i) {
        quote |= static_cast<std::uint64_t>(p[i] == '"') << i;
        backslash |= static_cast<std::uint64_t>(p[i] == '\\') << i;
        newline |= static_cast<std::uint64_t>(p[i] == '\n') << i;
    }
#endif
}

// The bytes a run of backslashes escapes in a 64-byte block: each unescaped backslash escapes the
// byte after it (which, when it is a backslash, escapes nothing). `carry` says the block's first
// byte is escaped, and receives whether the next block's is.
std::uint64_t escapedBytes(std::uint64_t backslash, bool &carry)
{
    std::uint64_t escaped = 0;
    if (carry) {
        escaped |= 1;
        backslash &= ~std::uint64_t(1);
    }
    carry = false;
    while (backslash) {
        const int i = __builtin_ctzll(backslash);
        backslash &= backslash - 1;
        if (i == 63) {
            carry = true;
            break;
        }
        escaped |= std::uint64_t(1) << (i + 1);
        backslash &= ~(std::uint64_t(1) << (i + 1));
    }
    return escaped;
}

#if defined(VIRTUOSO_LOGS_AVX2)
__attribute__((target("avx2"), always_inline)) inline void masks64Avx2(const char *p, std::uint64_t &quote,
                                                                       std::uint64_t &backslash, std::uint64_t &newline)
{
    const __m256i q = _mm256_set1_epi8('"');
    const __m256i b = _mm256_set1_epi8('\\');
    const __m256i l = _mm256_set1_epi8('\n');
    const __m256i lo = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
    const __m256i hi = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 32));
    const auto bits = [](int lower, int upper) {
        return static_cast<std::uint64_t>(static_cast<std::uint32_t>(lower)) |
               (static_cast<std::uint64_t>(static_cast<std::uint32_t>(upper)) << 32);
    };
    quote = bits(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, q)), _mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, q)));
    backslash = bits(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, b)), _mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, b)));
    newline = bits(_mm256_movemask_epi8(_mm256_cmpeq_epi8(lo, l)), _mm256_movemask_epi8(_mm256_cmpeq_epi8(hi, l)));
}
#endif

// The line starting at `pos`: returns where it ends (its newline, or n) and collects the positions
// of its unescaped quotes, relative to `pos`, 64 bytes at a time. One body for each instruction set.
#define VIRTUOSO_SCAN_LINE_BODY(MASKS)                                                                                 \
    out.count = 0;                                                                                                     \
    out.overflow = out.backslash = false;                                                                              \
    bool carry = false;                                                                                                \
    size_t i = pos;                                                                                                    \
    while (i + 64 <= n) {                                                                                              \
        std::uint64_t quote = 0, backslash = 0, newline = 0;                                                           \
        MASKS(p + i, quote, backslash, newline);                                                                       \
        const std::uint64_t before = newline ? (newline & (~newline + 1)) - 1 : ~std::uint64_t(0);                     \
        backslash &= before;                                                                                           \
        if (backslash || carry) {                                                                                      \
            out.backslash = true;                                                                                      \
            quote &= ~escapedBytes(backslash, carry);                                                                  \
        }                                                                                                              \
        out.add(quote &before, i - pos);                                                                               \
        if (newline)                                                                                                   \
            return i + static_cast<size_t>(__builtin_ctzll(newline));                                                  \
        i += 64;                                                                                                       \
    }                                                                                                                  \
    return scanTail(p, i, pos, n, carry, out);

// The last bytes of the input, fewer than 64, one at a time.
size_t scanTail(const char *p, size_t i, size_t pos, size_t n, bool carry, LineQuotes &out)
{
    for (; i < n; ++i) {
        const char c = p[i];
        if (c == '\n')
            return i;
        if (carry) {
            carry = false;
            continue;
        }
        if (c == '"') {
            out.add(1, i - pos);
        } else if (c == '\\') {
            out.backslash = true;
            carry = true;
        }
    }
    return n;
}

size_t scanLineBaseline(const char *p, size_t pos, size_t n, LineQuotes &out)
{
    VIRTUOSO_SCAN_LINE_BODY(masks64)
}

#if defined(VIRTUOSO_LOGS_AVX2)
__attribute__((target("avx2"))) size_t scanLineAvx2(const char *p, size_t pos, size_t n, LineQuotes &out)
{
    VIRTUOSO_SCAN_LINE_BODY(masks64Avx2)
}
#endif

#undef VIRTUOSO_SCAN_LINE_BODY

using ScanLine = size_t (*)(const char *, size_t, size_t, LineQuotes &);

// 32 bytes a compare where the processor has AVX2, else 16 (SSE2, every x86-64) or one.
ScanLine pickScanLine()
{
#if defined(VIRTUOSO_LOGS_AVX2)
    if (__builtin_cpu_supports("avx2"))
        return scanLineAvx2;
#endif
    return scanLineBaseline;
}

// A line whose unescaped quotes fall exactly as `{"key":"value",…,"key":"value"}`: the structure
// is proved by the quote positions alone, and only the kept keys are looked at. A kept value with
// escapes is MESSAGE (decoded by the caller) or sends the line to the full parser.
bool fieldsFromQuotes(std::string_view line, const LineQuotes &q, EntryFields &out)
{
    // The lengths of the names fieldOf() knows: 4, 7, 8, 13, 17, 20, 26.
    constexpr std::uint32_t keptLengths =
        (1u << 4) | (1u << 7) | (1u << 8) | (1u << 13) | (1u << 17) | (1u << 20) | (1u << 26);
    const char *p = line.data();
    const size_t n = line.size();
    const size_t m = q.count;
    if (q.overflow || n < 2 || p[0] != '{' || p[n - 1] != '}')
        return false;
    if (m == 0)
        return n == 2;
    if (m % 4 != 0 || q.at[0] != 1 || q.at[m - 1] != n - 2)
        return false;
    for (size_t i = 0; i < m; i += 4) {
        const size_t k0 = q.at[i], k1 = q.at[i + 1], v0 = q.at[i + 2], v1 = q.at[i + 3];
        if (v0 != k1 + 2 || p[k1 + 1] != ':' || (i + 4 < m && (q.at[i + 4] != v1 + 2 || p[v1 + 1] != ',')))
            return false;
        const size_t length = k1 - k0 - 1;
        if (length >= 32 || !((keptLengths >> length) & 1u))
            continue;
        const Field field = fieldOf(line.substr(k0 + 1, length));
        if (field == Field::Other)
            continue;
        const std::string_view value = line.substr(v0 + 1, v1 - v0 - 1);
        const bool escaped = q.backslash && std::memchr(value.data(), '\\', value.size()) != nullptr;
        if (field == Field::Message)
            out.messageEscaped = escaped;
        else if (escaped)
            return false;
        out.set(field, value);
    }
    return true;
}

} // namespace

void parseJsonChunk(std::string_view chunk, std::int64_t baseOffset, int year, RecordSink &sink, std::string &scratch)
{
    static const ScanLine scanLine = pickScanLine();
    LineQuotes quotes;
    const char *p = chunk.data();
    const size_t n = chunk.size();
    size_t pos = 0;
    while (pos < n) {
        const size_t end = scanLine(p, pos, n, quotes);
        std::string_view line = chunk.substr(pos, end - pos);
        while (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const std::int64_t offset = baseOffset + static_cast<std::int64_t>(pos);
        pos = end + 1;
        EntryFields e;
        if (fieldsFromQuotes(line, quotes, e) && (!e.messageEscaped || unescapeJson(e.message, scratch))) {
            if (e.messageEscaped)
                e.message = scratch;
            emitJsonEntry(e, offset, year, sink);
        } else {
            parseJsonLine(line, offset, year, sink, scratch);
        }
    }
}

bool scanCompactJson(std::string_view line, EntryFields &out)
{
    const char *p = line.data();
    const size_t n = line.size();
    if (n < 2 || p[0] != '{' || p[n - 1] != '}')
        return false;
    size_t pos = 1;
    if (p[pos] == '}')
        return n == 2;
    while (true) {
        if (p[pos] != '"')
            return false;
        bool keyEscaped = false;
        const size_t keyEnd = stringEnd(p, pos + 1, n, keyEscaped);
        if (keyEnd == npos || keyEnd + 2 >= n || p[keyEnd + 1] != ':')
            return false;
        // An escaped key is none of the names kept, exactly as the full parser sees it.
        const Field field = fieldOf(line.substr(pos + 1, keyEnd - pos - 1));
        const size_t v = keyEnd + 2;
        std::string_view value;
        if (p[v] == '"') {
            bool escaped = false;
            const size_t end = stringEnd(p, v + 1, n, escaped);
            if (end == npos)
                return false;
            value = line.substr(v + 1, end - v - 1);
            if (field == Field::Message)
                out.messageEscaped = escaped;
            else if (escaped && field != Field::Other)
                return false; // a kept small field with escapes: rare, the full parser decodes it
            pos = end + 1;
        } else if (n - v >= 4 && std::memcmp(p + v, "null", 4) == 0) {
            if (field == Field::Message)
                out.messageEscaped = false;
            pos = v + 4; // journalctl's stand-in for a value of 4096 bytes or more
        } else {
            return false; // an array (bytes, a repeated field) or anything else
        }
        out.set(field, value);
        if (pos >= n)
            return false;
        if (p[pos] == '}')
            return pos + 1 == n;
        if (p[pos] != ',')
            return false;
        ++pos;
    }
}

} // namespace virtuoso::logs::reader_detail
