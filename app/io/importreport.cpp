#include "importer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tt::io {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Import", text, disambiguation, n);
}

using Action = RowOutcome::Action;

} // namespace

QString ImportReport::summary() const
{
    QString text = tr("%1: %n pair(s) added", "", added).arg(QFileInfo(fileName).fileName()) +
                   QStringLiteral(", ") + tr("%n updated", "", updated) + QStringLiteral(", ") +
                   tr("%n unchanged", "", unchanged) + QStringLiteral(", ") +
                   tr("%n rejected", "", rejected) + QStringLiteral("; ") +
                   tr("%n new partner place(s)", "", partnersCreated) + QStringLiteral(", ") +
                   tr("%n community(ies) added by hand", "", communitiesCreated) + u'.';
    if (dryRun)
        text += u' ' + tr("Dry run: nothing was written.");
    else if (!written)
        text += u' ' + tr("Nothing was written.");
    return text;
}

QStringList ImportReport::details(bool includeAdded) const
{
    QStringList out;
    for (const RowOutcome &r : rows) {
        if (r.action == Action::Added && !includeAdded && !r.notable)
            continue;
        QString action;
        switch (r.action) {
        case Action::Added:
            action = tr("added");
            break;
        case Action::Updated:
            action = tr("updated");
            break;
        case Action::Unchanged:
            action = tr("unchanged");
            break;
        case Action::Rejected:
            action = tr("rejected");
            break;
        }
        QString line = tr("line %1: %2: %3").arg(r.line).arg(action, r.pair);
        if (!r.message.isEmpty())
            line += QStringLiteral(": ") + r.message;
        out << line;
    }
    return out;
}

} // namespace tt::io
