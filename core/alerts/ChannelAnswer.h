#pragma once

#include <QByteArray>
#include <QtGlobal>

// What a channel's HTTP answer says beyond its status code, read without trusting it: Discord,
// Slack, Telegram and webhook endpoints are other people's servers.
namespace virtuoso::alerts::channel_answer {

// A 429 asking for more than an hour gets an hour.
inline constexpr qint64 kMaxRetryAfterMs = 3'600'000;

// The delay a 429 asks for, in ms: the Retry-After header (seconds), or the JSON body's
// retry_after (Discord: seconds, fractional) or parameters.retry_after (Telegram). -1: none.
qint64 retryAfterMs(const QByteArray &retryAfterHeader, const QByteArray &body);

// Telegram's Bot API answers some refusals with 200 and {"ok": false, ...}: true only for "ok": true.
bool telegramAccepted(const QByteArray &body);

} // namespace virtuoso::alerts::channel_answer
