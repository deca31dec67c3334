#pragma once

#include "logs/LogAnalyzer.h"

#include <QJsonObject>
#include <QString>

namespace virtuoso::logs {

struct ReportOptions
{
    int incidentWindowSeconds = 10; // errors this close together belong to one incident
    int maxErrorPatterns = 25;
    int maxWarnings = 25;
    int maxIncidents = 15;
    int maxNoisiest = 10;
    // A warning template above this share of all lines, or this many lines an hour, is a flood when
    // it has at least floodMinLines lines (one warning is all of a one-line log, and no flood).
    double floodShare = 0.2;
    double floodPerHour = 120;
    int floodMinLines = 10;
};

// The report as an SRE would write it: a verdict, error patterns ranked by severity and frequency,
// incidents, expected and unexpected warnings, volume by level, unit and hour, the noisiest
// templates, and recommendations from a rule table. The JSON object is the model; md and html
// render it. Field reference: docs/logs.md.
QJsonObject buildLogReport(const AnalysisResult &result, const ReportOptions &options = {});

QString renderReportMarkdown(const QJsonObject &report);
QString renderReportHtml(const QJsonObject &report); // one self-contained page, charts as inline SVG

// What the report recognises in a template, for the rules and for the expected-warning mark.
enum class PatternKind {
    Other,
    HandlerTimeout,
    Connectivity,
    RateLimit,
    BulkFetchTimeout,
    ReconnectFailed,
    DataQuality
};
PatternKind classifyPattern(const QString &templateText, const QStringList &codes);
QString patternKindName(PatternKind kind);

} // namespace virtuoso::logs
