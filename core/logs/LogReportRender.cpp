// Markdown and HTML renderings of the report object built in LogReport.cpp.
#include "logs/LogReport.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace virtuoso::logs {

namespace {

QString num(const QJsonValue &v)
{
    return QLocale::c().toString(static_cast<qlonglong>(v.toDouble()));
}

QString pct(double share)
{
    return QString::number(share * 100.0, 'f', share < 0.01 ? 2 : 1) + QLatin1Char('%');
}

// Template text inside a Markdown table cell or code span.
QString mdCode(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('`'), QLatin1Char('\''));
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QLatin1Char('`') + t + QLatin1Char('`');
}

QString variablesText(const QJsonObject &t)
{
    QStringList parts;
    for (const QJsonValue &v : t.value(QStringLiteral("variables")).toArray()) {
        const QJsonObject var = v.toObject();
        const QJsonArray values = var.value(QStringLiteral("values")).toArray();
        if (values.size() < 2 && !var.value(QStringLiteral("more")).toBool())
            continue;
        QStringList shown;
        for (int i = 0; i < values.size() && i < 8; ++i)
            shown << QStringLiteral("%1 ×%2").arg(values[i].toObject().value(QStringLiteral("value")).toString(),
                                                  num(values[i].toObject().value(QStringLiteral("count"))));
        if (values.size() > 8 || var.value(QStringLiteral("more")).toBool())
            shown << QStringLiteral("…");
        parts << QStringLiteral("%1: %2").arg(var.value(QStringLiteral("token")).toString(),
                                              shown.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QString idsText(const QJsonObject &t)
{
    const QJsonObject ids = t.value(QStringLiteral("ids")).toObject();
    QStringList parts;
    for (const char *k : {"connections", "symbols", "hosts", "paths"}) {
        const QJsonArray a = ids.value(QLatin1String(k)).toArray();
        if (a.isEmpty())
            continue;
        QStringList l;
        for (const QJsonValue &v : a)
            l << v.toString();
        parts << QStringLiteral("%1: %2").arg(QLatin1String(k), l.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

void mdTemplateDetail(QString &out, const QJsonObject &t)
{
    out += QStringLiteral("- **%1** ×%2 (%3), %4 → %5\n")
               .arg(mdCode(t.value(QStringLiteral("template")).toString()), num(t.value(QStringLiteral("count"))),
                    t.value(QStringLiteral("level")).toString(), t.value(QStringLiteral("first_seen")).toString(),
                    t.value(QStringLiteral("last_seen")).toString());
    const QString ids = idsText(t);
    if (!ids.isEmpty())
        out += QStringLiteral("  - ids: %1\n").arg(ids);
    const QString vars = variablesText(t);
    if (!vars.isEmpty())
        out += QStringLiteral("  - values: %1\n").arg(vars);
    for (const QJsonValue &e : t.value(QStringLiteral("examples")).toArray()) {
        const QJsonObject ex = e.toObject();
        out += QStringLiteral("  - `%1` %2\n")
                   .arg(ex.value(QStringLiteral("ts")).toString(), mdCode(ex.value(QStringLiteral("text")).toString()));
    }
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Bars for a series of (label, value[, second value]) as inline SVG; the second value is drawn
// over the first in the accent colour (errors over all lines).
QString svgBars(const std::vector<std::tuple<QString, double, double>> &rows, const QString &title)
{
    if (rows.empty())
        return {};
    const int w = 720;
    const int h = 160;
    double max = 1;
    for (const auto &[l, a, b] : rows)
        max = std::max(max, std::max(a, b));
    const double bw = static_cast<double>(w - 40) / static_cast<double>(rows.size());
    QString s = QStringLiteral("<svg viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" role=\"img\"><title>%3</title>")
                    .arg(w)
                    .arg(h + 20)
                    .arg(esc(title));
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto &[label, a, b] = rows[i];
        const double x = 30 + static_cast<double>(i) * bw;
        const double ha = a / max * h;
        const double hb = b / max * h;
        s += QStringLiteral(
                 "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#8aa4c8\"><title>%5: %6</title></rect>")
                 .arg(x, 0, 'f', 1)
                 .arg(h - ha, 0, 'f', 1)
                 .arg(std::max(1.0, bw - 1), 0, 'f', 1)
                 .arg(ha, 0, 'f', 1)
                 .arg(esc(label))
                 .arg(a, 0, 'f', 0);
        if (b > 0)
            s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#d9534f\"><title>%5: %6 "
                                "errors</title></rect>")
                     .arg(x, 0, 'f', 1)
                     .arg(h - hb, 0, 'f', 1)
                     .arg(std::max(1.0, bw - 1), 0, 'f', 1)
                     .arg(hb, 0, 'f', 1)
                     .arg(esc(label))
                     .arg(b, 0, 'f', 0);
    }
    s += QStringLiteral("<text x=\"0\" y=\"12\" font-size=\"10\">%1</text>").arg(max, 0, 'f', 0);
    s += QStringLiteral("<text x=\"30\" y=\"%1\" font-size=\"10\">%2</text>")
             .arg(h + 14)
             .arg(esc(std::get<0>(rows.front())));
    s += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" text-anchor=\"end\">%3</text>")
             .arg(w)
             .arg(h + 14)
             .arg(esc(std::get<0>(rows.back())));
    return s + QStringLiteral("</svg>");
}

QString htmlTemplateRow(const QJsonObject &t, bool expectedColumn)
{
    QString ex;
    for (const QJsonValue &e : t.value(QStringLiteral("examples")).toArray())
        ex += QStringLiteral("<div class=ex><time>%1</time> %2</div>")
                  .arg(esc(e.toObject().value(QStringLiteral("ts")).toString()),
                       esc(e.toObject().value(QStringLiteral("text")).toString()));
    std::vector<std::tuple<QString, double, double>> spark;
    for (const QJsonValue &h : t.value(QStringLiteral("hourly")).toArray())
        spark.emplace_back(h.toObject().value(QStringLiteral("hour")).toString(),
                           h.toObject().value(QStringLiteral("count")).toDouble(), 0.0);
    QString sparkSvg;
    if (spark.size() > 1) {
        double max = 1;
        for (const auto &[l, a, b] : spark)
            max = std::max(max, a);
        sparkSvg = QStringLiteral("<svg width=\"120\" height=\"24\" viewBox=\"0 0 120 24\">");
        const double bw = 120.0 / static_cast<double>(spark.size());
        for (size_t i = 0; i < spark.size(); ++i) {
            const double hh = std::get<1>(spark[i]) / max * 22;
            sparkSvg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#5b7bb5\"/>")
                            .arg(static_cast<double>(i) * bw, 0, 'f', 1)
                            .arg(24 - hh, 0, 'f', 1)
                            .arg(std::max(0.5, bw - 0.5), 0, 'f', 1)
                            .arg(hh, 0, 'f', 1);
        }
        sparkSvg += QStringLiteral("</svg>");
    }
    QString row =
        QStringLiteral("<tr><td><code>%1</code>%2%3%4</td><td>%5</td><td class=n>%6</td><td>%7<br>%8</td><td>%9</td>")
            .arg(esc(t.value(QStringLiteral("template")).toString()))
            .arg(idsText(t).isEmpty() ? QString() : QStringLiteral("<div class=ids>%1</div>").arg(esc(idsText(t))))
            .arg(variablesText(t).isEmpty() ? QString()
                                            : QStringLiteral("<div class=ids>%1</div>").arg(esc(variablesText(t))))
            .arg(ex)
            .arg(esc(t.value(QStringLiteral("level")).toString()))
            .arg(num(t.value(QStringLiteral("count"))))
            .arg(esc(t.value(QStringLiteral("first_seen")).toString()))
            .arg(esc(t.value(QStringLiteral("last_seen")).toString()))
            .arg(sparkSvg);
    if (expectedColumn)
        row +=
            QStringLiteral("<td>%1</td>")
                .arg(t.value(QStringLiteral("expected")).toBool() ? QStringLiteral("expected") : QStringLiteral("—"));
    return row + QStringLiteral("</tr>\n");
}

} // namespace

QString renderReportMarkdown(const QJsonObject &report)
{
    const QJsonObject s = report.value(QStringLiteral("summary")).toObject();
    QString out;
    out += QStringLiteral("# Log analysis\n\n**%1**\n\n").arg(s.value(QStringLiteral("verdict")).toString());
    QStringList inputs;
    for (const QJsonValue &v : s.value(QStringLiteral("inputs")).toArray()) {
        const QJsonObject in = v.toObject();
        inputs << QStringLiteral("%1 (%2%3, %4 bytes)%5")
                      .arg(in.value(QStringLiteral("name")).toString(), in.value(QStringLiteral("format")).toString(),
                           in.value(QStringLiteral("compressed")).toBool() ? QStringLiteral(", gzip") : QString(),
                           num(in.value(QStringLiteral("bytes"))),
                           in.contains(QStringLiteral("error"))
                               ? QStringLiteral(" — %1").arg(in.value(QStringLiteral("error")).toString())
                               : QString());
    }
    out += QStringLiteral("Inputs: %1. %2 entries read, %3 unreadable, %4 analysed in %5 s.\n")
               .arg(inputs.join(QStringLiteral("; ")), num(s.value(QStringLiteral("entries_read"))),
                    num(s.value(QStringLiteral("unreadable"))), num(s.value(QStringLiteral("lines"))))
               .arg(s.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 2);
    for (const QJsonValue &p : s.value(QStringLiteral("problems")).toArray())
        out += QStringLiteral("- unreadable: %1 at byte %2: %3\n")
                   .arg(p.toObject().value(QStringLiteral("input")).toString(),
                        num(p.toObject().value(QStringLiteral("offset"))),
                        p.toObject().value(QStringLiteral("reason")).toString());

    out += QStringLiteral("\n## Recommendations\n\n");
    const QJsonArray recs = report.value(QStringLiteral("recommendations")).toArray();
    if (recs.isEmpty())
        out += QStringLiteral("None.\n");
    for (const QJsonValue &r : recs)
        out += QStringLiteral("- %1 *(rule %2)*\n")
                   .arg(r.toObject().value(QStringLiteral("text")).toString(),
                        r.toObject().value(QStringLiteral("rule")).toString());

    out += QStringLiteral("\n## Error patterns\n\n");
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    if (errors.isEmpty())
        out += QStringLiteral("None.\n");
    for (const QJsonValue &e : errors)
        mdTemplateDetail(out, e.toObject());

    out += QStringLiteral("\n## Incidents (errors of different patterns within seconds)\n\n");
    const QJsonArray incidents = report.value(QStringLiteral("incidents")).toArray();
    if (incidents.isEmpty())
        out += QStringLiteral("None.\n");
    for (const QJsonValue &v : incidents) {
        const QJsonObject i = v.toObject();
        out += QStringLiteral("- %1 → %2 (%3 s, %4 lines): %5\n")
                   .arg(i.value(QStringLiteral("start")).toString(), i.value(QStringLiteral("end")).toString(),
                        num(i.value(QStringLiteral("seconds"))), num(i.value(QStringLiteral("lines"))))
                   .arg(i.value(QStringLiteral("kinds")).toVariant().toStringList().join(QStringLiteral(", ")));
        for (const QJsonValue &m : i.value(QStringLiteral("templates")).toArray())
            out += QStringLiteral("  - ×%1 %2\n")
                       .arg(num(m.toObject().value(QStringLiteral("count"))),
                            mdCode(m.toObject().value(QStringLiteral("template")).toString()));
    }

    const QJsonObject warnings = report.value(QStringLiteral("warnings")).toObject();
    out += QStringLiteral("\n## Warnings\n\n");
    const QJsonArray unexpected = warnings.value(QStringLiteral("unexpected")).toArray();
    if (unexpected.isEmpty())
        out += QStringLiteral("No unexpected warnings.\n");
    for (const QJsonValue &w : unexpected)
        mdTemplateDetail(out, w.toObject());
    const QJsonArray expected = warnings.value(QStringLiteral("expected")).toArray();
    if (!expected.isEmpty()) {
        out += QStringLiteral("\n### Informational, expected (this product's data-quality codes)\n\n");
        for (const QJsonValue &w : expected) {
            const QJsonObject t = w.toObject();
            out += QStringLiteral("- expected: %1 ×%2, %3 → %4\n")
                       .arg(mdCode(t.value(QStringLiteral("template")).toString()),
                            num(t.value(QStringLiteral("count"))), t.value(QStringLiteral("first_seen")).toString(),
                            t.value(QStringLiteral("last_seen")).toString());
        }
    }

    const QJsonObject volume = report.value(QStringLiteral("volume")).toObject();
    out += QStringLiteral("\n## Volume\n\nBy level: ");
    QStringList levels;
    const QJsonObject byLevel = volume.value(QStringLiteral("by_level")).toObject();
    for (auto it = byLevel.begin(); it != byLevel.end(); ++it)
        levels << QStringLiteral("%1 %2").arg(it.key(), num(it.value()));
    out += levels.join(QStringLiteral(", ")) + QStringLiteral("\n\n| unit | lines |\n|---|---:|\n");
    for (const QJsonValue &u : volume.value(QStringLiteral("by_unit")).toArray())
        out += QStringLiteral("| %1 | %2 |\n")
                   .arg(u.toObject().value(QStringLiteral("unit")).toString(),
                        num(u.toObject().value(QStringLiteral("lines"))));
    out += QStringLiteral("\n| hour (UTC) | lines | errors | warnings |\n|---|---:|---:|---:|\n");
    for (const QJsonValue &h : volume.value(QStringLiteral("by_hour")).toArray()) {
        const QJsonObject o = h.toObject();
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(o.value(QStringLiteral("hour")).toString(), num(o.value(QStringLiteral("lines"))),
                        num(o.value(QStringLiteral("errors"))), num(o.value(QStringLiteral("warnings"))));
    }
    out += QStringLiteral("\n## Noisiest templates\n\n| share | lines | level | template |\n|---:|---:|---|---|\n");
    for (const QJsonValue &n : report.value(QStringLiteral("noisiest")).toArray()) {
        const QJsonObject t = n.toObject();
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(pct(t.value(QStringLiteral("share")).toDouble()), num(t.value(QStringLiteral("count"))),
                        t.value(QStringLiteral("level")).toString(),
                        mdCode(t.value(QStringLiteral("template")).toString()));
    }
    return out;
}

QString renderReportHtml(const QJsonObject &report)
{
    const QJsonObject s = report.value(QStringLiteral("summary")).toObject();
    QString out =
        QStringLiteral("<!doctype html><html lang=en><head><meta charset=utf-8><title>Log analysis</title><style>"
                       "body{font:14px system-ui,sans-serif;margin:2em;color:#222;max-width:1100px}"
                       "h1{font-size:1.5em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}"
                       ".verdict{padding:.8em;border-radius:6px;background:#eef}.unhealthy{background:#fbe3e3}"
                       ".degraded{background:#fff4d6}.healthy{background:#e3f6e3}"
                       "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid "
                       "#eee;padding:4px;vertical-align:top;text-align:left}"
                       "td.n{text-align:right}code{background:#f4f4f4;padding:0 2px}.ex{color:#555;font-size:12px}"
                       ".ids{color:#375;font-size:12px}time{color:#888}</style></head><body>\n");
    out +=
        QStringLiteral("<h1>Log analysis</h1><p class=\"verdict %1\">%2</p>\n")
            .arg(esc(s.value(QStringLiteral("state")).toString()), esc(s.value(QStringLiteral("verdict")).toString()));
    out += QStringLiteral("<p>%1 entries read, %2 unreadable, %3 analysed in %4 s.</p>")
               .arg(num(s.value(QStringLiteral("entries_read"))), num(s.value(QStringLiteral("unreadable"))),
                    num(s.value(QStringLiteral("lines"))))
               .arg(s.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 2);
    for (const QJsonValue &p : s.value(QStringLiteral("problems")).toArray())
        out += QStringLiteral("<p class=ex>unreadable: %1 at byte %2: %3</p>")
                   .arg(esc(p.toObject().value(QStringLiteral("input")).toString()),
                        num(p.toObject().value(QStringLiteral("offset"))),
                        esc(p.toObject().value(QStringLiteral("reason")).toString()));

    out += QStringLiteral("<h2>Recommendations</h2><ul>");
    for (const QJsonValue &r : report.value(QStringLiteral("recommendations")).toArray())
        out += QStringLiteral("<li>%1</li>").arg(esc(r.toObject().value(QStringLiteral("text")).toString()));
    out += QStringLiteral("</ul>");

    const QJsonObject volume = report.value(QStringLiteral("volume")).toObject();
    std::vector<std::tuple<QString, double, double>> hours;
    for (const QJsonValue &h : volume.value(QStringLiteral("by_hour")).toArray())
        hours.emplace_back(h.toObject().value(QStringLiteral("hour")).toString(),
                           h.toObject().value(QStringLiteral("lines")).toDouble(),
                           h.toObject().value(QStringLiteral("errors")).toDouble());
    out +=
        QStringLiteral("<h2>Volume by hour</h2>") + svgBars(hours, QStringLiteral("lines and errors per hour (UTC)"));

    const QString head = QStringLiteral(
        "<table><tr><th>template</th><th>level</th><th>lines</th><th>first / last</th><th>per hour</th>");
    out += QStringLiteral("<h2>Error patterns</h2>") + head + QStringLiteral("</tr>\n");
    for (const QJsonValue &e : report.value(QStringLiteral("errors")).toArray())
        out += htmlTemplateRow(e.toObject(), false);
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>Incidents</h2><table><tr><th>from</th><th>to</th><th>lines</th><th>patterns</th></tr>");
    for (const QJsonValue &v : report.value(QStringLiteral("incidents")).toArray()) {
        const QJsonObject i = v.toObject();
        QString members;
        for (const QJsonValue &m : i.value(QStringLiteral("templates")).toArray())
            members += QStringLiteral("<div>×%1 <code>%2</code></div>")
                           .arg(num(m.toObject().value(QStringLiteral("count"))),
                                esc(m.toObject().value(QStringLiteral("template")).toString()));
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=n>%3</td><td>%4</td></tr>")
                   .arg(esc(i.value(QStringLiteral("start")).toString()),
                        esc(i.value(QStringLiteral("end")).toString()), num(i.value(QStringLiteral("lines"))), members);
    }
    out += QStringLiteral("</table>");

    const QJsonObject warnings = report.value(QStringLiteral("warnings")).toObject();
    out += QStringLiteral("<h2>Warnings</h2>") + head + QStringLiteral("<th>expected</th></tr>\n");
    for (const char *group : {"unexpected", "expected"})
        for (const QJsonValue &w : warnings.value(QLatin1String(group)).toArray())
            out += htmlTemplateRow(w.toObject(), true);
    out += QStringLiteral("</table>");

    std::vector<std::tuple<QString, double, double>> units;
    out += QStringLiteral("<h2>Volume by unit and level</h2><table><tr><th>unit</th><th>lines</th></tr>");
    for (const QJsonValue &u : volume.value(QStringLiteral("by_unit")).toArray())
        out += QStringLiteral("<tr><td>%1</td><td class=n>%2</td></tr>")
                   .arg(esc(u.toObject().value(QStringLiteral("unit")).toString()),
                        num(u.toObject().value(QStringLiteral("lines"))));
    out += QStringLiteral("</table><p>");
    const QJsonObject byLevel = volume.value(QStringLiteral("by_level")).toObject();
    for (auto it = byLevel.begin(); it != byLevel.end(); ++it)
        out += QStringLiteral("%1: %2 &nbsp; ").arg(esc(it.key()), num(it.value()));
    out += QStringLiteral("</p>");

    out += QStringLiteral("<h2>Noisiest templates</h2><table><tr><th>share</th><th>lines</th><th>template</th></tr>");
    for (const QJsonValue &n : report.value(QStringLiteral("noisiest")).toArray()) {
        const QJsonObject t = n.toObject();
        const double share = t.value(QStringLiteral("share")).toDouble();
        out += QStringLiteral("<tr><td><svg width=\"100\" height=\"10\"><rect width=\"%1\" height=\"10\" "
                              "fill=\"#8aa4c8\"/></svg> %2</td>"
                              "<td class=n>%3</td><td><code>%4</code></td></tr>")
                   .arg(std::max(1.0, share * 100), 0, 'f', 1)
                   .arg(pct(share), num(t.value(QStringLiteral("count"))),
                        esc(t.value(QStringLiteral("template")).toString()));
    }
    out += QStringLiteral("</table></body></html>\n");
    return out;
}

} // namespace virtuoso::logs
