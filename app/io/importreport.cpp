#include "app/io/importer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tt::io {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

using Action = RowOutcome::Action;

} // namespace

QString ImportReport::summary() const
{
    QString text =
        ImportText::tr("%1: %n pair(s) added", "", added).arg(QFileInfo(fileName).fileName()) +
        QStringLiteral(", ") + ImportText::tr("%n updated", "", updated) + QStringLiteral(", ") +
        ImportText::tr("%n unchanged", "", unchanged) + QStringLiteral(", ") +
        ImportText::tr("%n rejected", "", rejected) + QStringLiteral("; ") +
        ImportText::tr("%n new partner place(s)", "", partnersCreated) + QStringLiteral(", ") +
        ImportText::tr("%n community(ies) added by hand", "", communitiesCreated) + u'.';
    if (dryRun)
        text += u' ' + ImportText::tr("Dry run: nothing was written.");
    else if (!written)
        text += u' ' + ImportText::tr("Nothing was written.");
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
            action = ImportText::tr("added");
            break;
        case Action::Updated:
            action = ImportText::tr("updated");
            break;
        case Action::Unchanged:
            action = ImportText::tr("unchanged");
            break;
        case Action::Rejected:
            action = ImportText::tr("rejected");
            break;
        }
        QString line = ImportText::tr("line %1: %2: %3").arg(r.line).arg(action, r.pair());
        if (!r.message.isEmpty())
            line += QStringLiteral(": ") + r.message;
        out << line;
    }
    return out;
}

} // namespace tt::io
