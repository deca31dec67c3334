// Fuzz target over what an alert channel's endpoint answers: the delay a 429 asks for (the
// Retry-After header, Discord's retry_after, Telegram's parameters.retry_after) and Telegram's
// {"ok": ...} verdict. The first line of the input is the Retry-After header, the rest the body.
#include "FuzzSupport.h"

#include "alerts/ChannelAnswer.h"

using namespace virtuoso::alerts;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    virtuoso::fuzz::ensureApplication();
    const std::string_view in = virtuoso::fuzz::asText(data, size);
    const std::size_t newline = in.find('\n');
    const std::string_view header = in.substr(0, newline);
    const std::string_view body = newline == std::string_view::npos ? std::string_view() : in.substr(newline + 1);
    const QByteArray headerBytes(header.data(), qsizetype(header.size()));
    const QByteArray bodyBytes(body.data(), qsizetype(body.size()));

    const qint64 wait = channel_answer::retryAfterMs(headerBytes, bodyBytes);
    VIRTUOSO_FUZZ_CHECK(wait >= -1 && wait <= channel_answer::kMaxRetryAfterMs);
    const qint64 bodyOnly = channel_answer::retryAfterMs(QByteArray(), bodyBytes);
    VIRTUOSO_FUZZ_CHECK(bodyOnly >= -1 && bodyOnly <= channel_answer::kMaxRetryAfterMs);
    (void)channel_answer::telegramAccepted(bodyBytes);
    return 0;
}
