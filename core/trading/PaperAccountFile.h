#pragma once

#include "model/trading/MatchingEngine.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>
#include <string>

namespace virtuoso::trading {

// The paper account on disk (docs/trading.md, "The paper account"): a JSON document holding an
// AccountImage, `PATH`, and the changes since it was written, `PATH.changes`, one compact JSON line
// each (an AccountImage of what changed: orders, new executions, positions, counters), appended and
// flushed to the disk before the request that made them is answered. Reading applies the changes to
// the document in order — upserts, so reading one twice changes nothing. Writing the document
// (atomically: a temporary file, flushed and renamed) then removing the changes compacts them; a
// crash between the two leaves changes that the document already holds, which is harmless. 64-bit
// integers (ticks, lots, notionals, counters) are written as decimal strings so no reader rounds them.
namespace paper_file {

QByteArray toJson(const AccountImage &image, qint64 savedMs);
// Nothing, with the reason, when the text is not a paper account of a version this build reads or
// any field is missing, of the wrong type or out of range.
std::optional<AccountImage> fromJson(const QByteArray &json, std::string *error);

// One change as its line (with the line break), and read back (without it).
QByteArray changeLine(const AccountImage &change, qint64 savedMs);
std::optional<AccountImage> changeFromJson(const QByteArray &line, std::string *error);
// Applies a change to an account: orders by orderId (an open one keeps its place, an ended one goes
// to the end of the finished ones), positions and instruments by symbol, executions by execId,
// counters to the larger; then keeps the newest `keepFinished` and `keepExecutions`.
void merge(AccountImage &into, const AccountImage &change, std::size_t keepFinished, std::size_t keepExecutions);

// Atomically replaces `path` (owner read/write only) and removes its changes; false with the reason.
bool save(const QString &path, const AccountImage &image, qint64 savedMs, std::string *error);
// The account of `path` with its changes applied. Nothing and no error when neither file exists;
// nothing and the reason when one cannot be read. A last change cut off by a crash is left out,
// with a warning: it was never answered.
std::optional<AccountImage> load(const QString &path, std::size_t keepFinished, std::size_t keepExecutions,
                                 std::string *error, std::string *warning);

// `PATH.changes`, open for appending.
class ChangeLog
{
public:
    bool open(const QString &accountPath, std::string *error);
    // Appends one line and waits until it is on the disk (fdatasync).
    bool append(const QByteArray &line, std::string *error);
    // Lines appended since open().
    std::size_t lines() const { return m_lines; }

private:
    QFile m_file;
    std::size_t m_lines = 0;
};

} // namespace paper_file

} // namespace virtuoso::trading
