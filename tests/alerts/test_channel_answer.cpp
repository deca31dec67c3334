// What a channel's endpoint answers besides its status: the delay of a 429 and Telegram's verdict.
// Endpoints are other people's servers; whatever they send gives a delay within the cap, or none.
#include "alerts/ChannelAnswer.h"

#include <gtest/gtest.h>

using namespace virtuoso::alerts;

TEST(ChannelAnswer, ReadsTheDelayFromTheHeaderOrTheBody)
{
    EXPECT_EQ(channel_answer::retryAfterMs(" 2 ", {}), 2000);
    EXPECT_EQ(channel_answer::retryAfterMs("1.5", "{}"), 1500);
    EXPECT_EQ(channel_answer::retryAfterMs({}, R"({"message":"You are being rate limited.","retry_after":0.646})"),
              646);
    EXPECT_EQ(channel_answer::retryAfterMs({}, R"({"ok":false,"parameters":{"retry_after":35}})"), 35'000);
    EXPECT_EQ(channel_answer::retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", "rate limited"), -1);
    EXPECT_EQ(channel_answer::retryAfterMs("-5", R"({"retry_after":-1})"), -1);
}

// Found by fuzz_alert_answers: a delay too large for 64 bits was converted before it was capped.
TEST(ChannelAnswer, AnAbsurdDelayIsCappedNotConverted)
{
    const qint64 cap = channel_answer::kMaxRetryAfterMs;
    EXPECT_EQ(channel_answer::retryAfterMs("6666666666666666666", {}), cap);
    EXPECT_EQ(channel_answer::retryAfterMs("1e300", {}), cap);
    EXPECT_EQ(channel_answer::retryAfterMs("inf", {}), cap);
    EXPECT_EQ(channel_answer::retryAfterMs("nan", R"({"retry_after":3})"), 3000);
    EXPECT_EQ(channel_answer::retryAfterMs({}, R"({"retry_after":1e300})"), cap);
    EXPECT_EQ(channel_answer::retryAfterMs({}, R"({"parameters":{"retry_after":9.3e18}})"), cap);
    EXPECT_EQ(channel_answer::retryAfterMs("3600", {}), cap);
    EXPECT_EQ(channel_answer::retryAfterMs("3599.9991", {}), cap);
    EXPECT_EQ(channel_answer::retryAfterMs("3599.998", {}), cap - 2);
}

TEST(ChannelAnswer, TelegramAcceptsOnlyAnExplicitOk)
{
    EXPECT_TRUE(channel_answer::telegramAccepted(R"({"ok":true,"result":{"message_id":1}})"));
    EXPECT_FALSE(channel_answer::telegramAccepted(R"({"ok":false,"error_code":400})"));
    EXPECT_FALSE(channel_answer::telegramAccepted(R"({"ok":"true"})"));
    EXPECT_FALSE(channel_answer::telegramAccepted("<html>Bad Gateway</html>"));
    EXPECT_FALSE(channel_answer::telegramAccepted({}));
}
