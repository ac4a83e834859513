#pragma once

#include "app/core/entities.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace Ui {
class PartnershipDialog;
}

namespace tt {
class Editor;
}

namespace tt::ui {

// Creates a pair, or edits the kind, stage, dates and notes of one. The
// partner field completes from the partners already recorded and from the
// shipped gazetteer (Latin or Ukrainian spelling), and accepts a place the
// gazetteer does not know. Saving goes through the Editor, so it is undoable;
// a rule that fails is shown in the dialog, which stays open.
class PartnershipDialog : public QDialog
{
    Q_OBJECT
public:
    // pairId 0: a new pair (optionally for a given community).
    PartnershipDialog(Editor &editor, qint64 pairId, QWidget *parent = nullptr,
                      qint64 communityId = 0);
    ~PartnershipDialog() override;

    qint64 pairId() const { return m_pairId; }
    void accept() override;

private:
    void fillChoices();
    void load(const Partnership &pair);
    void completePartner(const QString &text);
    void partnerChosen(const QModelIndex &index);
    Partnership collect() const;

    std::unique_ptr<Ui::PartnershipDialog> m_ui;
    Editor &m_editor;
    qint64 m_pairId;
    Partnership m_original;
    QStandardItemModel *m_partnerChoices;
    QString m_typed; // the partner's name as typed, before a choice replaced it
    // What the user picked from the completion list.
    qint64 m_chosenMunicipality = 0;
    std::optional<double> m_lat;
    std::optional<double> m_lon;
    std::optional<qint64> m_geonameId;
};

} // namespace tt::ui
