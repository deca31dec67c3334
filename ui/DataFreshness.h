#pragma once

#include "model/snapshot/SnapshotPublisher.h"

#include <QColor>
#include <QString>

#include <map>

namespace virtuoso::ui {

// How fresh the data of one symbol is, read from the topic statuses of its connection: the age of
// its freshest watched topic (books, tickers, candles), the shortest stale threshold among them, and
// whether any of them is stale or its connection is not streaming.
struct SymbolFreshness
{
    qint64 ageMs = -1;       // -1: nothing received yet
    qint64 staleAfterMs = 0; // 0: no watched topic
    bool stale = false;
    QString connId;
};

// Ages are fresh within the threshold, late (amber) beyond it and stale (red) beyond three times it.
enum class AgeLevel { Fresh, Late, Stale };

AgeLevel ageLevel(qint64 ageMs, qint64 staleAfterMs);
// The text colour of an age at `level`; invalid (the view's own) when fresh.
QColor ageColor(AgeLevel level);
// The grey of rows whose data is stale or whose source is down.
QColor staleRowColor();

// Symbol → freshness for every symbol with a topic in the snapshot.
std::map<QString, SymbolFreshness> symbolFreshness(const CoreSnapshot &snapshot);

// The stale connections and symbols of `snapshot`: "stale connections: 1, stale symbols: 2"; empty
// when none is stale.
QString stalenessSummary(const CoreSnapshot &snapshot);

} // namespace virtuoso::ui
