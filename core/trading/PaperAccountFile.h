#pragma once

#include "model/trading/MatchingEngine.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

namespace virtuoso::trading {

// The paper account on disk: one JSON document holding an AccountImage (docs/trading.md, "The paper
// account"). Written whole to a temporary file, flushed to the disk and renamed over the old one, so
// a crash at any moment leaves either the old account or the new one, never a mix. 64-bit integers
// (ticks, lots, notionals, counters) are written as decimal strings so that no reader rounds them.
namespace paper_file {

QByteArray toJson(const AccountImage &image, qint64 savedMs);
// Nothing, with the reason, when the text is not a paper account of a version this build reads or
// any field is missing, of the wrong type or out of range.
std::optional<AccountImage> fromJson(const QByteArray &json, std::string *error);

// Atomically replaces `path` (owner read/write only); false with the reason.
bool save(const QString &path, const AccountImage &image, qint64 savedMs, std::string *error);
// Nothing and no error when the file does not exist; nothing and the reason when it cannot be read.
std::optional<AccountImage> load(const QString &path, std::string *error);

} // namespace paper_file

} // namespace virtuoso::trading
