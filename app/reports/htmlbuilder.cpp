#include "app/reports/htmlbuilder.h"

#include "app/reports/document.h"

namespace tt::reports {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString figureHtml(int index)
{
    return QStringLiteral("<p align=\"center\"><img src=\"figure:%1\"></p>").arg(index);
}

// Headings as styled paragraphs: QTextDocument enlarges <h1>…<h3> by its own
// steps on top of any font size given, which makes them shout on paper.
void HtmlBuilder::h1(const QString &text)
{
    m_html += QStringLiteral("<p style=\"font-size:14pt; font-weight:bold; color:#14263d; "
                             "margin-top:0; margin-bottom:1pt;\">%1</p>")
                  .arg(escaped(text));
}

void HtmlBuilder::h2(const QString &text)
{
    m_html += QStringLiteral("<p style=\"font-size:11pt; font-weight:bold; color:#1f3a5f; "
                             "margin-top:11pt; margin-bottom:3pt;\">%1</p>")
                  .arg(escaped(text));
}

void HtmlBuilder::h3(const QString &text)
{
    m_html += QStringLiteral("<p style=\"font-size:9.5pt; font-weight:bold; margin-top:7pt; "
                             "margin-bottom:2pt;\">%1</p>")
                  .arg(escaped(text));
}

void HtmlBuilder::p(const QString &text, const QString &cssClass)
{
    m_html += cssClass.isEmpty()
                  ? QStringLiteral("<p>%1</p>").arg(escaped(text))
                  : QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, escaped(text));
}

void HtmlBuilder::beginTable(const QStringList &headers, const QList<bool> &numeric)
{
    m_numeric = numeric;
    m_html += QStringLiteral(
        "<table width=\"100%\" border=\"0.5\" cellspacing=\"0\" "
        "cellpadding=\"3\" style=\"border-color:#b5bfcc; border-collapse:collapse;\">"
        "<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        m_html += QStringLiteral("<th%1>%2</th>").arg(cls(i), escaped(headers[i]));
    m_html += QStringLiteral("</tr></thead><tbody>");
}

void HtmlBuilder::rowHtml(const QStringList &cells, const QString &rowClass)
{
    m_html += rowClass.isEmpty() ? QStringLiteral("<tr>")
                                 : QStringLiteral("<tr class=\"%1\">").arg(rowClass);
    for (qsizetype i = 0; i < cells.size(); ++i)
        m_html += QStringLiteral("<td%1>%2</td>").arg(cls(i), cells[i]);
    m_html += QStringLiteral("</tr>");
}

void HtmlBuilder::row(const QStringList &cells, const QString &rowClass)
{
    QStringList escapedCells;
    for (const QString &c : cells)
        escapedCells << escaped(c);
    rowHtml(escapedCells, rowClass);
}

void HtmlBuilder::groupRow(const QString &text, int columns)
{
    m_html += QStringLiteral("<tr class=\"group\"><td colspan=\"%1\">%2</td></tr>")
                  .arg(columns)
                  .arg(escaped(text));
}

void HtmlBuilder::facts(const QList<present::Fact> &facts)
{
    m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const present::Fact &f : facts) {
        QString value = escaped(f.value);
        switch (f.tone) {
        case present::Fact::Tone::Plain:
            break;
        case present::Fact::Tone::Strong:
            value = QStringLiteral("<b>%1</b>").arg(value);
            break;
        case present::Fact::Tone::Alert:
            value = QStringLiteral("<span class=\"overdue\">%1</span>").arg(value);
            break;
        case present::Fact::Tone::Warning:
            value = QStringLiteral("<span class=\"warning\">%1</span>").arg(value);
            break;
        }
        m_html += QStringLiteral("<tr><td class=\"muted\" width=\"30%\">%1</td><td>%2</td></tr>")
                      .arg(escaped(f.label), value);
    }
    m_html += QStringLiteral("</table>");
}

QString HtmlBuilder::html() const
{
    return QStringLiteral("<html><body>") + m_html + QStringLiteral("</body></html>");
}

QString HtmlBuilder::cls(qsizetype column) const
{
    return m_numeric.value(column) ? QStringLiteral(" class=\"num\"") : QString();
}

} // namespace tt::reports
