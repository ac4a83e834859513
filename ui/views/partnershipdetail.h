#pragma once

#include "app/models/agreementmodels.h"
#include "app/models/partnershipdetailmodels.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace tt {
class Editor;
class PortfolioStore;
} // namespace tt

namespace tt::ui {

class RecordTab;

// Everything about the current pair, in tabs: overview, areas, milestones,
// agreements, the approval track, aid, contacts, projects, documents and
// history. Changes go through the Editor.
class PartnershipDetail : public QWidget
{
    Q_OBJECT
public:
    enum Tab {
        OverviewTab,
        AreasTab,
        MilestonesTab,
        AgreementsTab,
        ApprovalTab,
        AidTab,
        ContactsTab,
        ProjectsTab,
        DocumentsTab,
        HistoryTab
    };

    PartnershipDetail(PortfolioStore *store, Editor *editor, QWidget *parent = nullptr);

    qint64 pairId() const { return m_pairId; }
    void setPair(qint64 id);
    QTabWidget *tabs() const { return m_tabs; }
    RecordTab *tab(Tab which) const;
    void editPair();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePermissions();
    void showOverview();
    void reportError(const Status &status);
    bool confirm(const QString &question);
    void erasePerson(qint64 contactId);
    void attachDocument();
    void openDocument(qint64 id);
    void saveDocument(qint64 id);
    void openAgreement(qint64 id);
    void recordApprovalStep();

    PortfolioStore *m_store;
    Editor *m_editor;
    qint64 m_pairId = 0;
    QLabel *m_title;
    QPushButton *m_edit;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    AreaListModel *m_areas;
    MilestoneListModel *m_milestones;
    ContactListModel *m_contacts;
    ProjectListModel *m_projects;
    DocumentListModel *m_documents;
    HistoryModel *m_history;
    AgreementListModel *m_agreements;
    ApprovalTrackModel *m_approval;
    AidListModel *m_aid;
    RecordTab *m_areaTab;
    RecordTab *m_milestoneTab;
    RecordTab *m_contactTab;
    RecordTab *m_projectTab;
    RecordTab *m_documentTab;
    RecordTab *m_agreementTab;
    RecordTab *m_approvalTab;
    RecordTab *m_aidTab;
    QTableView *m_historyView;
    QPushButton *m_markDone = nullptr;
    QPushButton *m_erasePerson = nullptr;
    QPushButton *m_openDocument = nullptr;
    QPushButton *m_saveDocument = nullptr;
};

} // namespace tt::ui
