#include "connector/RequestSigner.h"

#include <gtest/gtest.h>

using virtuoso::exchange::RequestSigner;

// The vectors of Bybit's v5 documentation, secret "test_secret".
TEST(RequestSignerTest, RestVectorFromTheDocumentation)
{
    const RequestSigner signer("XXXXXXXXXX", "test_secret");
    EXPECT_EQ(signer.signRest(1658384314791, 5000, "category=option&symbol=BTC-29JUL22-25000-C"),
              "2c42d015234a3fc985e5294b2665235b3f51cf59dfbbde6be0097d0bc33256bf");
    EXPECT_TRUE(signer.hasCredentials());
}

TEST(RequestSignerTest, WebSocketAuthVector)
{
    const RequestSigner signer("any-key", "test_secret");
    EXPECT_EQ(signer.signWebSocketAuth(1662350400000),
              "dad2d67a66c9ee401d2e6e7bf26ebd10eb1026db8a703bf3139c6950ce11a5c6");
}

TEST(RequestSignerTest, Rfc4231HmacVector)
{
    // RFC 4231 test case 2.
    EXPECT_EQ(RequestSigner::hmacSha256Hex("Jefe", "what do ya want for nothing?"),
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(RequestSignerTest, DifferentInputsGiveDifferentSignatures)
{
    const RequestSigner signer("k", "s");
    const std::string a = signer.signRest(1, 5000, "a=1");
    EXPECT_EQ(a.size(), 64u);
    EXPECT_NE(a, signer.signRest(2, 5000, "a=1"));
    EXPECT_NE(a, signer.signRest(1, 5001, "a=1"));
    EXPECT_NE(a, signer.signRest(1, 5000, "a=2"));
    EXPECT_FALSE(RequestSigner("", "").hasCredentials());
    EXPECT_EQ(RequestSigner::hmacSha256Hex("", "").size(), 64u);
}

TEST(RequestSignerTest, WipeClearsSecretCopies)
{
    std::string secret = "hunter2";
    virtuoso::exchange::wipeSecret(secret);
    EXPECT_TRUE(secret.empty());
    QByteArray bytes("hunter2");
    virtuoso::exchange::wipeSecret(bytes);
    EXPECT_TRUE(bytes.isEmpty());
}
