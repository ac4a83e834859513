#pragma once

// The dialogs that add or edit one record of a pair: a milestone, a contact, a
// joint project, a cooperation area. Each saves through the Editor (undoable)
// and shows a rule that fails inside the dialog, which then stays open.

#include "core/entities.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MilestoneDialog;
class ContactDialog;
class ProjectDialog;
class AreaDialog;
} // namespace Ui

namespace tt {
class Editor;
}

namespace tt::ui {

class MilestoneDialog : public QDialog
{
    Q_OBJECT
public:
    // recordId 0: a new milestone of the pair (of `kind` when given: a step of
    // the approval track).
    MilestoneDialog(Editor &editor, qint64 partnershipId, qint64 recordId,
                    QWidget *parent = nullptr, std::optional<MilestoneKind> kind = std::nullopt);
    ~MilestoneDialog() override;
    void accept() override;
    qint64 recordId() const { return m_record.id; }

private:
    std::unique_ptr<Ui::MilestoneDialog> m_ui;
    Editor &m_editor;
    Milestone m_record;
    Milestone m_loaded; // as read: what "Keep mine" compares with
};

class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    ContactDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent = nullptr);
    ~ContactDialog() override;
    void accept() override;

private:
    std::unique_ptr<Ui::ContactDialog> m_ui;
    Editor &m_editor;
    Contact m_record;
    Contact m_loaded; // as read: what "Keep mine" compares with
};

class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent = nullptr);
    ~ProjectDialog() override;
    void accept() override;

private:
    std::unique_ptr<Ui::ProjectDialog> m_ui;
    Editor &m_editor;
    Project m_record;
    Project m_loaded; // as read: what "Keep mine" compares with
};

class AreaDialog : public QDialog
{
    Q_OBJECT
public:
    AreaDialog(Editor &editor, qint64 partnershipId, qint64 recordId, QWidget *parent = nullptr);
    ~AreaDialog() override;
    void accept() override;

private:
    std::unique_ptr<Ui::AreaDialog> m_ui;
    Editor &m_editor;
    PartnershipArea m_record;
    PartnershipArea m_loaded; // as read: what "Keep mine" compares with
};

} // namespace tt::ui
