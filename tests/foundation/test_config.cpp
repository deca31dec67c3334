#include "base/config/Config.h"
#include "base/config/ConfigKeys.h"
#include "base/config/ConfigSchema.h"
#include "base/config/IniDocument.h"

#include "TestSupport.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <type_traits>

#include <gtest/gtest.h>

using namespace virtuoso;
using virtuoso::test::writeFile;

namespace {

Config::LoadResult loadText(const QTemporaryDir &dir, const QByteArray &text, const QStringList &overrides = {})
{
    Config::LoadOptions options;
    options.explicitFile = writeFile(dir, QStringLiteral("virtuoso.conf"), text);
    options.overrides = overrides;
    return Config::load(options);
}

} // namespace

TEST(ConfigSchema, EveryDefaultParsesAndEveryKeyHasHelp)
{
    for (const ConfigKey &k : ConfigSchema::instance().keys()) {
        EXPECT_TRUE(ConfigSchema::parse(k, k.defaultValue).ok()) << k.qualifiedName().toStdString();
        EXPECT_FALSE(k.help.isEmpty()) << k.qualifiedName().toStdString();
    }
}

TEST(ConfigSchema, ContractKeysExist)
{
    // Keys that operators and scripts rely on (docs/architecture.md, Configuration).
    for (const char *k :
         {"exchange.source", "exchange.rest_url", "exchange.ws_public_url", "exchange.ws_private_url",
          "exchange.symbols", "api.listen", "api.token_file", "api.tls_cert", "api.tls_key", "trading.venue",
          "trading.allow_live", "trading.token_file", "risk.max_order_notional", "risk.daily_loss_limit"})
        EXPECT_NE(ConfigSchema::instance().find(QLatin1String(k)), nullptr) << k;
    EXPECT_EQ(ConfigSchema::instance().sections(),
              (QStringList{QStringLiteral("exchange"), QStringLiteral("connection"), QStringLiteral("rest"),
                           QStringLiteral("confluence"), QStringLiteral("api"), QStringLiteral("store"),
                           QStringLiteral("logging"), QStringLiteral("trading"), QStringLiteral("risk"),
                           QStringLiteral("alerts")}));
}

TEST(ConfigKeys, EveryConstantIsASchemaKeyOfItsTypeAndEveryKeyHasAConstant)
{
    // A constant without a schema entry would have no value to read, and one whose C++ type does not
    // fit the schema's type would read a converted value. The schema names its keys through the
    // constants, so both lists must hold the same keys, in the same order.
    QStringList constants;
    forEachConfigKey([&constants](auto k) {
        using Value = typename decltype(k)::Value;
        const QString name = k.qualifiedName();
        constants << name;
        const ConfigKey *schemaKey = ConfigSchema::instance().find(name);
        ASSERT_NE(schemaKey, nullptr) << name.toStdString() << " has a constant but no schema entry";
        EXPECT_TRUE(readsAs<Value>(schemaKey->type))
            << name.toStdString() << ": the constant's C++ type does not fit the schema's type";
    });
    QStringList schemaKeys;
    for (const ConfigKey &k : ConfigSchema::instance().keys())
        schemaKeys << k.qualifiedName();
    // Compared as lines of text, so that a failure shows the differing keys as a diff.
    EXPECT_EQ(constants.join(u'\n').toStdString(), schemaKeys.join(u'\n').toStdString())
        << "ConfigKeys.h and ConfigSchema.cpp must list the same keys in the same order";
    EXPECT_EQ(QSet<QString>(schemaKeys.begin(), schemaKeys.end()).size(), schemaKeys.size()) << "a key is listed twice";

    // The type rule itself: what Config::get returns for each kind of value.
    static_assert(readsAs<qint64>(ConfigType::Int) && !readsAs<int>(ConfigType::Int));
    static_assert(readsAs<double>(ConfigType::Double) && readsAs<bool>(ConfigType::Bool));
    static_assert(readsAs<QStringList>(ConfigType::Symbols) && readsAs<QList<double>>(ConfigType::DoubleList));
    static_assert(readsAs<QString>(ConfigType::Enum) && readsAs<QString>(ConfigType::Path));
    static_assert(!readsAs<QString>(ConfigType::Int) && !readsAs<double>(ConfigType::DoubleList));
    static_assert(std::is_same_v<decltype(Config().get(key::ConnectionMaxArgsChars)), qint64>);
    static_assert(std::is_same_v<decltype(Config().get(key::ConfluenceTimeframeWeights)), QList<double>>);
}

TEST(ConfigSchema, ExampleFileMatchesSchema)
{
    QFile f(QStringLiteral(VIRTUOSO_SOURCE_DIR "/resources/virtuoso.example.conf"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString onDisk = QString::fromUtf8(f.readAll());
    EXPECT_EQ(onDisk, ConfigSchema::instance().renderExample())
        << "resources/virtuoso.example.conf drifted from the schema; regenerate it with:\n"
           "  build/bin/virtuoso check-config --example > resources/virtuoso.example.conf";

    // And the example, loaded as a config, is exactly the defaults.
    Config::LoadOptions options;
    options.explicitFile = f.fileName();
    const auto loaded = Config::load(options);
    ASSERT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
    const Config defaults;
    for (const ConfigKey &k : ConfigSchema::instance().keys())
        EXPECT_EQ(loaded.config.value(k.qualifiedName()), defaults.value(k.qualifiedName()))
            << k.qualifiedName().toStdString();
}

TEST(Config, MisspelledKeyNamesFileLineAndSuggestion)
{
    QTemporaryDir dir;
    const auto r = loadText(dir, "[exchange]\nsource = sim\n\nsymbls = BTCUSDT\n");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].line, 4);
    EXPECT_EQ(r.errors[0].key, QStringLiteral("exchange.symbls"));
    const QString text = r.errors[0].toString();
    EXPECT_TRUE(text.contains(QStringLiteral("virtuoso.conf:4:"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("did you mean exchange.symbols"))) << text.toStdString();
}

TEST(Config, AFileLargerThanOneMebibyteIsRefusedWithoutReadingItAll)
{
    // Before: check-config /dev/zero grew to 1.6 GB.
    Config::LoadOptions options;
    options.explicitFile = QStringLiteral("/dev/zero");
    const auto zero = Config::load(options);
    EXPECT_FALSE(zero.ok());
    EXPECT_TRUE(zero.errorText().contains(QStringLiteral("larger than 1 MiB"))) << zero.errorText().toStdString();

    QTemporaryDir dir;
    const auto big = loadText(dir, "[api]\n# " + QByteArray(2 * 1024 * 1024, 'x') + "\n");
    EXPECT_FALSE(big.ok());
    EXPECT_TRUE(big.errorText().contains(QStringLiteral("larger than 1 MiB")));
}

TEST(Config, UnknownSectionIsAnError)
{
    QTemporaryDir dir;
    const auto r = loadText(dir, "[exchnage]\nsource = sim\n");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_TRUE(r.errors[0].message.contains(QStringLiteral("unknown section"))) << r.errorText().toStdString();
    EXPECT_TRUE(r.errors[0].message.contains(QStringLiteral("exchange.source")));
}

TEST(Config, WrongTypesAndRangesSayWhatIsAllowed)
{
    QTemporaryDir dir;
    const auto r = loadText(dir, "[connection]\n"
                                 "ping_interval_s = often\n"
                                 "pong_timeout_s = 500\n"
                                 "orderbook_depth = 500\n"
                                 "stale_factor = nan\n"
                                 "[api]\n"
                                 "listen = localhost\n"
                                 "[exchange]\n"
                                 "symbols = BTCUSDT, eth-usdt\n"
                                 "rest_url = ftp://example.org\n");
    ASSERT_EQ(r.errors.size(), 7u) << r.errorText().toStdString();
    EXPECT_TRUE(r.errors[0].message.contains(QStringLiteral("a whole number from 5 to 60")));
    EXPECT_EQ(r.errors[1].line, 3);
    EXPECT_TRUE(r.errors[2].message.contains(QStringLiteral("one of: 1, 50, 200, 1000")));
    EXPECT_TRUE(r.errors[4].message.contains(QStringLiteral("host:port")));
    EXPECT_TRUE(r.errors[5].message.contains(QStringLiteral("'eth-usdt' is not a symbol")));
    EXPECT_TRUE(r.errors[6].message.contains(QStringLiteral("http:// or https://")));
}

TEST(Config, SyntaxErrorsAndDuplicates)
{
    QTemporaryDir dir;
    const auto r = loadText(dir, "orphan = 1\n[exchange\n[exchange]\nsource = sim\nsource = bybit\njust text\n");
    ASSERT_EQ(r.errors.size(), 4u) << r.errorText().toStdString();
    EXPECT_EQ(r.errors[0].line, 2); // syntax errors first, then entries
    EXPECT_EQ(r.errors[1].line, 6);
    EXPECT_TRUE(r.errors[2].message.contains(QStringLiteral("outside any section")));
    EXPECT_TRUE(r.errors[3].message.contains(QStringLiteral("set twice (first on line 4)")));
}

TEST(Config, TypedValuesAndOrigins)
{
    QTemporaryDir dir;
    const auto r = loadText(dir, "[exchange]\nsymbols = BTCUSDT,ETHUSDT,BTCUSDT\n[connection]\nstale_factor = 2.5\n",
                            {QStringLiteral("connection.ping_interval_s=15")});
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r.config.get(key::ExchangeSymbols), (QStringList{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")}));
    EXPECT_DOUBLE_EQ(r.config.get(key::ConnectionStaleFactor), 2.5);
    EXPECT_EQ(r.config.get(key::ConnectionPingIntervalS), 15);
    EXPECT_EQ(r.config.origin(key::ExchangeSymbols).line, 2);
    EXPECT_EQ(r.config.origin(key::ConnectionPingIntervalS).kind, Config::Origin::Kind::Override);
    EXPECT_EQ(r.config.origin(key::RestTimeoutMs).kind, Config::Origin::Kind::Default);
    EXPECT_EQ(r.config.get(key::ConfluenceTimeframeWeights), (QList<double>{0.4, 0.3, 0.2, 0.1}));
}

TEST(Config, OverridesAreValidatedToo)
{
    const auto r = Config::load({.explicitFile = {},
                                 .overrides = {QStringLiteral("connection.ping_interval_s=1"),
                                               QStringLiteral("nonsense"), QStringLiteral("api.lisen=1.2.3.4:1")},
                                 .userConfigDir = {},
                                 .systemFile = {},
                                 .searchDefaultLocations = false});
    ASSERT_EQ(r.errors.size(), 3u);
    EXPECT_EQ(r.errors[0].file, QStringLiteral("--set"));
    EXPECT_TRUE(r.errors[2].message.contains(QStringLiteral("did you mean api.listen")));
}

TEST(Config, UrlsImplyBybitAndContradictionsAreErrors)
{
    QTemporaryDir dir;
    auto r = loadText(
        dir, "[exchange]\nrest_url = http://127.0.0.1:9000\nws_public_url = ws://127.0.0.1:9000/v5/public/linear\n");
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r.config.get(key::ExchangeSource), QStringLiteral("bybit"));

    r = loadText(dir, "[exchange]\nsource = sim\nrest_url = http://127.0.0.1:9000\n");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].key, key::ExchangeSource.qualifiedName());

    r = loadText(dir, "[confluence]\nlong_threshold = 50\nshort_threshold = 50\ntimeframe_weights = 0.5,0.5\n");
    EXPECT_EQ(r.errors.size(), 2u) << r.errorText().toStdString();
}

TEST(Config, SecretsAreMaskedAndNeedOwnerOnlyFile)
{
    QTemporaryDir dir;
    const QByteArray text = "[exchange]\napi_key = KEY123\napi_secret = s3cr3t-value\n";
    auto r = loadText(dir, text);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    const QString rendered = r.config.render();
    EXPECT_FALSE(rendered.contains(QStringLiteral("s3cr3t-value")));
    EXPECT_FALSE(rendered.contains(QStringLiteral("KEY123")));
    EXPECT_TRUE(rendered.contains(QStringLiteral("api_secret = ********")));

    Config::LoadOptions options;
    options.explicitFile = writeFile(dir, QStringLiteral("shared.conf"), text,
                                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    r = Config::load(options);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_TRUE(r.errors[0].message.contains(QStringLiteral("chmod 600"))) << r.errorText().toStdString();
    EXPECT_FALSE(r.errorText().contains(QStringLiteral("s3cr3t-value")));
}

TEST(Config, SearchOrder)
{
    QTemporaryDir dir;
    const QString system = writeFile(dir, QStringLiteral("etc/virtuoso.conf"), "[rest]\ntimeout_ms = 7000\n");
    Config::LoadOptions options;
    options.userConfigDir = dir.filePath(QStringLiteral("user"));
    options.systemFile = system;
    EXPECT_EQ(Config::locate(options), system);
    EXPECT_EQ(Config::load(options).config.get(key::RestTimeoutMs), 7000);

    const QString user = writeFile(dir, QStringLiteral("user/virtuoso/virtuoso.conf"), "[rest]\ntimeout_ms = 8000\n");
    EXPECT_EQ(Config::locate(options), user);
    EXPECT_EQ(Config::load(options).config.get(key::RestTimeoutMs), 8000);

    options.explicitFile = writeFile(dir, QStringLiteral("explicit.conf"), "[rest]\ntimeout_ms = 9000\n");
    EXPECT_EQ(Config::load(options).config.get(key::RestTimeoutMs), 9000);

    options.explicitFile = dir.filePath(QStringLiteral("missing.conf"));
    const auto missing = Config::load(options);
    ASSERT_EQ(missing.errors.size(), 1u);
    EXPECT_TRUE(missing.errorText().contains(QStringLiteral("no such file")));

    options = {};
    options.userConfigDir = dir.filePath(QStringLiteral("nowhere"));
    options.systemFile = dir.filePath(QStringLiteral("nowhere.conf"));
    EXPECT_TRUE(Config::locate(options).isEmpty());
    EXPECT_TRUE(Config::load(options).ok());
}

TEST(IniDocument, QuotedValuesAndBinaryInput)
{
    auto doc = IniDocument::parse("[a]\nk = \"x = \\\"y\\\"\"\nbad = \"open\n");
    ASSERT_EQ(doc.entries().size(), 1u);
    EXPECT_EQ(doc.entries()[0].value, QStringLiteral("x = \"y\""));
    ASSERT_EQ(doc.errors().size(), 1u);
    EXPECT_EQ(doc.errors()[0].line, 3);

    doc = IniDocument::parse(QByteArray("\xff\xfe\x00garbage", 10));
    EXPECT_EQ(doc.errors().size(), 1u);
}

// Named sections: [channel.NAME] and [rule.NAME] are checked like every other key.
TEST(ConfigFamilies, ChannelsAndRulesAreReadWithTheirTypesAndDefaults)
{
    QTemporaryDir dir;
    const QString urlFile = writeFile(dir, QStringLiteral("discord.url"), "https://discord.com/api/webhooks/1/x\n");
    const auto r =
        loadText(dir, QStringLiteral("[channel.ops]\ntype = discord\nurl_file = %1\n"
                                     "[channel.phone]\ntype = telegram\nurl = https://api.telegram.org/botT\n"
                                     "chat_id = 42\n"
                                     "[rule.whales]\nsource = whale\nsymbols = BTCUSDT,ETHUSDT\n"
                                     "min_notional = 1000000\nchannels = ops, phone\nquiet_hours = 22:00-07:00\n")
                          .arg(urlFile)
                          .toUtf8());
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r.config.namedSections(QStringLiteral("channel")),
              (QStringList{QStringLiteral("ops"), QStringLiteral("phone")}));
    EXPECT_EQ(r.config.namedValue(QStringLiteral("rule"), QStringLiteral("whales"), QStringLiteral("min_notional"))
                  .toDouble(),
              1e6);
    EXPECT_EQ(r.config.namedValue(QStringLiteral("rule"), QStringLiteral("whales"), QStringLiteral("cooldown_s"))
                  .toLongLong(),
              300)
        << "the default";
    EXPECT_EQ(
        r.config.namedValue(QStringLiteral("rule"), QStringLiteral("whales"), QStringLiteral("symbols")).toStringList(),
        (QStringList{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")}));
    const QString shown = r.config.render(true);
    EXPECT_TRUE(shown.contains(QStringLiteral("[channel.phone]")));
    EXPECT_FALSE(shown.contains(QStringLiteral("botT"))) << "the URL holds the bot token: masked";
    EXPECT_TRUE(r.config.render(false).contains(QStringLiteral("https://api.telegram.org/botT")));
}

TEST(ConfigFamilies, UnknownKeysWrongTypesAndUnknownChannelsAreErrorsWithLines)
{
    QTemporaryDir dir;
    const auto r = loadText(dir, "[channel.ops]\n"            // 1
                                 "type = slak\n"              // 2
                                 "ulr = https://x\n"          // 3
                                 "[rule.r1]\n"                // 4
                                 "source = whale\n"           // 5
                                 "min_notional = lots\n"      // 6
                                 "channels = opz\n"           // 7
                                 "quiet_hours = late\n"       // 8
                                 "levels = 100\n"             // 9
                                 "[chanel.x]\ntype = slack\n" // 10, 11
                                 "[rule.bad name]\nsource = whale\n");
    ASSERT_FALSE(r.ok());
    const QString text = r.errorText();
    EXPECT_TRUE(text.contains(QStringLiteral(":2: channel.ops.type: 'slak' is not allowed"))) << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral(":3: channel.ops.ulr: unknown key of a [channel.NAME] section (did you mean "
                                     "channel.ops.url?)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(":6: rule.r1.min_notional: 'lots' is not allowed"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(":7: rule.r1.channels: unknown channel 'opz' (did you mean ops?)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(":8: rule.r1.quiet_hours: 'late' is not a time range")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(":9: rule.r1.levels: applies to source = price only")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("unknown section [chanel.x] (did you mean [channel.x]?)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("'bad name' cannot name a [rule.NAME] section"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("channel.ops.type: is required"))) << "the bad type left it unset";
}

TEST(ConfigFamilies, SecretsMustBeInPrivateFiles)
{
    QTemporaryDir dir;
    const QString open = writeFile(dir, QStringLiteral("open.url"), "https://hooks.slack.com/services/x\n",
                                   QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    auto r = loadText(dir, QStringLiteral("[channel.s]\ntype = slack\nurl_file = %1\n").arg(open).toUtf8());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("chmod 600"))) << r.errorText().toStdString();

    // A URL written into the config file makes the file itself secret: 0600 or an error.
    Config::LoadOptions options;
    options.explicitFile = writeFile(dir, QStringLiteral("shared.conf"),
                                     "[channel.s]\ntype = slack\nurl = https://hooks.slack.com/services/x\n",
                                     QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    r = Config::load(options);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("chmod 600"))) << r.errorText().toStdString();
    EXPECT_FALSE(r.errorText().contains(QStringLiteral("hooks.slack.com"))) << "the URL is never shown";

    r = loadText(dir, "[channel.t]\ntype = telegram\nurl = https://api.telegram.org/botX\n"
                      "[channel.w]\ntype = webhook\n[channel.d]\ntype = desktop\nurl = https://x.test\n");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("channel.t.chat_id: a telegram channel needs chat_id")))
        << r.errorText().toStdString();
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("a webhook channel needs url_file (or url)")));
    EXPECT_TRUE(r.errorText().contains(QStringLiteral("a desktop channel takes no URL")));
}

TEST(ConfigFamilies, OverridesReachNamedSectionsAndEveryFamilyDefaultParses)
{
    QTemporaryDir dir;
    const auto r = loadText(dir, "[channel.d]\ntype = desktop\n[rule.p]\nsource = price\nlevels = 100\nchannels = d\n",
                            {QStringLiteral("rule.p.cooldown_s=5"), QStringLiteral("rule.p.max_per_hour=-1")});
    ASSERT_EQ(r.errors.size(), 1u) << r.errorText().toStdString();
    EXPECT_EQ(r.errors[0].key, QStringLiteral("rule.p.max_per_hour"));
    EXPECT_EQ(
        r.config.namedValue(QStringLiteral("rule"), QStringLiteral("p"), QStringLiteral("cooldown_s")).toLongLong(), 5);
    for (const ConfigFamily &f : ConfigSchema::instance().families()) {
        for (const ConfigKey &k : f.keys) {
            EXPECT_FALSE(k.help.isEmpty()) << k.name.toStdString();
            if (!k.defaultValue.isEmpty()) {
                EXPECT_TRUE(ConfigSchema::parse(k, k.defaultValue).ok())
                    << f.prefix.toStdString() << "." << k.name.toStdString();
            }
        }
    }
}
