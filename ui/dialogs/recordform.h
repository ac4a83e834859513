#pragma once

// What the dialogs of a pair's records share: filling their combo boxes from
// the enums and the areas, loading a record (or a new one of the pair), and
// saving it through the Editor (undoable), showing a rule that fails in the
// dialog, which then stays open.

#include "app/commands/editor.h"
#include "app/core/repositories.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>

#include <optional>

namespace tt::ui::form {

template<class E>
void fillEnum(QComboBox *combo)
{
    for (E value : EnumTraits<E>::values())
        combo->addItem(toLabel(value), toCode(value));
}

template<class E>
E enumOf(const QComboBox *combo, E fallback)
{
    return fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

void select(QComboBox *combo, const QVariant &data);

void fillAreas(Editor &editor, QComboBox *combo, bool allowNone);

std::optional<qint64> areaOf(const QComboBox *combo);

// Loads the record when editing; a new one belongs to the pair.
template<class T>
T loadRecord(Editor &editor, qint64 partnershipId, qint64 recordId)
{
    if (recordId > 0) {
        if (auto row = typename RepositoryFor<T>::type(editor.database()).get(recordId))
            return *row;
    }
    T row;
    row.partnershipId = partnershipId;
    return row;
}

// Saves through the editor; shows why not in `error`. True when saved.
template<class T>
bool save(Editor &editor, T &row, const T &loaded, const QString &addText, const QString &editText,
          QLabel *error)
{
    if (row.id > 0) {
        if (auto s = editor.update(row, editText, std::optional<T>(loaded)); !s) {
            error->setText(s.error().message);
            return false;
        }
        return true;
    }
    auto id = editor.insert(row, addText);
    if (!id) {
        error->setText(id.error().message);
        return false;
    }
    row.id = *id;
    return true;
}

template<class Form>
void connectButtons(QDialog *dialog, Form *ui)
{
    QObject::connect(ui->buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(ui->buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

} // namespace tt::ui::form
