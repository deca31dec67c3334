#pragma once

#include "model/outcomes/OutcomeTypes.h"
#include "model/outcomes/Scorecard.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace virtuoso::ui::outcome_reader {

// A daemon's signal outcomes read back from its API (docs/api.md, "Signal outcomes"): the inverse of
// Outcome::toJson and of the /api/v1/signals/scorecard document. A daemon is not trusted: every field
// must have the type and range the API documents, collections are bounded, and the first violation
// is the error (naming the field), so the view shows why rather than half-read numbers.

constexpr int kMaxOutcomes = 5000;          // the route's largest `limit`
constexpr int kMaxRows = 10'000;            // rows of one breakdown (symbols, buckets, …)
constexpr int kMaxCalibrations = 16;        // forward horizons
constexpr int kMaxCalibrationRows = 100;    // score buckets of one horizon
constexpr int kMaxEquityPoints = 2'000'000; // closed outcomes on the equity curve
constexpr int kMaxText = 64;                // ids, symbols, keys, names

struct ScorecardDocument
{
    QString run;
    qint64 computedMs = 0; // when the daemon computed it (its clock, epoch ms)
    outcomes::Scorecard card;
};

// GET /api/v1/signals/scorecard → `out`; false with `error` naming the field that is wrong.
bool readScorecard(const QJsonObject &document, ScorecardDocument &out, QString &error);
// GET /api/v1/signals/outcomes → `out` (oldest first, as sent); false with `error`.
bool readOutcomes(const QJsonObject &document, std::vector<outcomes::Outcome> &out, QString &error);
// One outcome object as Outcome::toJson writes it.
bool readOutcome(const QJsonObject &object, outcomes::Outcome &out, QString &error);

} // namespace virtuoso::ui::outcome_reader
