#pragma once

// Adds or edits an agreement: the pairs it binds, its areas and
// signatories. Saves through the Editor (undoable) and shows a rule
// that fails inside the dialog, which stays open.

#include "app/core/entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AgreementDialog;
}

namespace tt {
class Editor;
}

namespace tt::ui {

class AgreementDialog : public QDialog
{
    Q_OBJECT
public:
    // A pair the agreement may bind, with its label.
    struct Candidate
    {
        qint64 partnershipId = 0;
        QString label;
    };

    // agreementId 0: a new agreement binding `partnershipId`. `candidates`: the
    // pairs that may be bound with it (those of the same community); pairs the
    // agreement binds already are always listed.
    AgreementDialog(Editor &editor, qint64 partnershipId, qint64 agreementId,
                    const QList<Candidate> &candidates, QWidget *parent = nullptr);
    ~AgreementDialog() override;
    void accept() override;
    qint64 agreementId() const { return m_record.agreement.id; }

private:
    void addSignatoryRow(const Signatory &signatory);

    std::unique_ptr<Ui::AgreementDialog> m_ui;
    Editor &m_editor;
    AgreementRecord m_record;
    AgreementRecord m_loaded; // as read: what "Keep mine" compares with
};

} // namespace tt::ui
