#pragma once

// Builds the HTML of a report piece by piece. Every text given to it is escaped
// unless a method says it takes HTML, so that a city named "<b>x</b>" prints as
// those characters.

#include "app/present/partnershipfacts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tt::reports {

QString escaped(const QString &text);

class HtmlBuilder
{
public:
    void h1(const QString &text);
    void h2(const QString &text);
    void h3(const QString &text);
    void p(const QString &text, const QString &cssClass = {});
    void raw(const QString &html) { m_html += html; }

    // A table whose header row repeats on every page (<thead>).
    void beginTable(const QStringList &headers, const QList<bool> &numeric = {});
    void row(const QStringList &cells, const QString &rowClass = {});
    void rowHtml(const QStringList &cells, const QString &rowClass = {}); // cells already HTML
    void groupRow(const QString &text, int columns);
    void endTable() { m_html += QStringLiteral("</tbody></table>"); }

    // A pair's facts (present/partnershipfacts.h) as a borderless two-column table
    // of label and value, with the screen's emphasis.
    void facts(const QList<present::Fact> &facts);

    QString html() const;

private:
    QString cls(qsizetype column) const;
    QString m_html;
    QList<bool> m_numeric;
};

} // namespace tt::reports
