#pragma once

#include <vector>

// The tables behind CoreTexts, one file per part of the core whose English they know. Private to
// CoreTexts*.cpp.
namespace virtuoso::ui::core_texts {

// One English sentence of the core: its pattern (anchored when compiled), its translatable source
// text (context "CoreTexts"), and which captures are themselves core texts, translated through.
struct Sentence
{
    const char *pattern;
    const char *source;
    unsigned nested = 0; // bit i: capture i+1 is a core text
};

// Bits of Sentence::nested, by capture.
inline constexpr unsigned N1 = 1u << 0;
inline constexpr unsigned N2 = 1u << 1;
inline constexpr unsigned N3 = 1u << 2;
inline constexpr unsigned N4 = 1u << 3;

// Alert titles, the values alert fields carry, the kill switch's and the private stream's reasons
// (core/model/alerts, core/engine/AlertSources, core/trading); CoreTextsAlerts.cpp.
std::vector<Sentence> alertSentences();
// The names of alert fields ("Level", "Down for"), as source texts; CoreTextsAlerts.cpp.
const std::vector<const char *> &alertFieldNames();
// The messages of warnings and errors the core logs (VLOG Warning and worse, the timeout journal),
// which the Warnings view shows; CoreTextsLog.cpp.
std::vector<Sentence> logSentences();

} // namespace virtuoso::ui::core_texts
