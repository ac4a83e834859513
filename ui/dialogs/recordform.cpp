#include "ui/dialogs/recordform.h"

#include "app/core/names.h"

#include <QCoreApplication>

namespace tt::ui::form {

void select(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

void fillAreas(Editor &editor, QComboBox *combo, bool allowNone)
{
    if (allowNone)
        combo->addItem(QCoreApplication::translate("RecordDialog", "(none)"));
    if (auto areas = CooperationAreaRepository(editor.database()).all()) {
        for (const CooperationArea &a : *areas) {
            if (!a.archived)
                combo->addItem(names::area(a), a.id);
        }
    }
}

std::optional<qint64> areaOf(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

} // namespace tt::ui::form
