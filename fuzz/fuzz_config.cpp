// Fuzz target over the configuration: the INI reader on its own, then the whole load of a
// configuration file (schema, typed values, named [channel.NAME] / [rule.NAME] sections,
// cross-key checks), and its rendering back to text. Lines of the input that start with "--set "
// are also applied as command-line overrides.
//
// Left out: the settings built from a loaded configuration (API, alerts, trading), which read the
// token and key files it names; a fuzzer naming /dev/stdin would wait for ever.
#include "FuzzSupport.h"

#include "base/config/Config.h"
#include "base/config/IniDocument.h"

using namespace virtuoso;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    const std::string_view text = fuzz::asText(data, size);
    const QByteArray content(text.data(), qsizetype(text.size()));

    const IniDocument ini = IniDocument::parse(content);
    for (const IniDocument::SyntaxError &error : ini.errors())
        VIRTUOSO_FUZZ_CHECK(error.line >= 0 && !error.message.isEmpty()); // 0: the whole file (not UTF-8)
    for (const IniDocument::Entry &entry : ini.entries())
        VIRTUOSO_FUZZ_CHECK(entry.line > 0 && !entry.key.isEmpty());

    const fuzz::MemoryFile file(text);
    if (!file.ok())
        return 0;
    Config::LoadOptions options;
    options.explicitFile = file.path();
    options.searchDefaultLocations = false;
    options.systemFile.clear();
    options.userConfigDir = QStringLiteral("/nonexistent");
    for (std::string_view line : fuzz::split(text, '\n', 64))
        if (line.substr(0, 6) == "--set ")
            options.overrides << QString::fromUtf8(line.substr(6).data(), qsizetype(line.size() - 6));

    const Config::LoadResult result = Config::load(options);
    for (const ConfigError &error : result.errors)
        VIRTUOSO_FUZZ_CHECK(!error.toString().isEmpty());
    if (!result.ok())
        return 0;
    (void)result.config.render(true);
    for (const QString &family : {QStringLiteral("channel"), QStringLiteral("rule")})
        for (const QString &name : result.config.namedSections(family))
            VIRTUOSO_FUZZ_CHECK(result.config.hasNamedSection(family, name));
    return 0;
}
