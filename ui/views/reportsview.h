#pragma once

#include "app/core/result.h"
#include "app/reports/catalogue.h"
#include "app/reports/pagedprinter.h"
#include "app/reports/reports.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QStackedWidget;
class QTimer;

namespace Ui {
class ReportsPanel;
}

namespace tt {
class PortfolioStore;
}

namespace tt::ui {

class PartnershipListModel;

// "Reports": the dossier of a pair, the summary of the pairs that pass the
// shared filter, or the milestone agenda of a period, in a language of its
// own; a print preview of the very pages the PDF gets, Print and Export PDF.
// A summary of many pairs is built only when asked (Show preview), with a
// progress dialog, so that the window never hangs on a change of filter.
class ReportsView : public QWidget
{
    Q_OBJECT
public:
    // Summaries of more pairs than this wait for "Show preview".
    static constexpr int autoPreviewLimit = 3000;
    // The preview holds every page it shows in memory: a long report is
    // previewed by its first pages; Print and Export PDF give them all.
    static constexpr int previewPageLimit = 60;

    explicit ReportsView(PortfolioStore *store, QWidget *parent = nullptr);
    ~ReportsView() override;

    reports::Type type() const;
    void setType(reports::Type type);
    // Shows the dossier of this pair.
    void showDossier(qint64 partnershipId);
    void setLanguage(const QString &language); // "uk", "en", "de"
    void setPeriod(const QDate &from, const QDate &to);

    // Builds the report and its preview now, whatever its size.
    void updatePreview();
    // Builds it again when next shown (the office's name or rules changed).
    void invalidate();
    int previewPageCount() const;
    bool previewShown() const;

    // Writes the current report as PDF; the error says why not.
    Status exportPdf(const QString &path);
    // Asks for a file and writes the PDF, or for a printer and prints.
    void exportWithDialog();
    // The monitoring's tables as an XLSX workbook, as of the chosen date.
    Status exportWorkbook(const QString &path);
    void exportWorkbookWithDialog();
    void print();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The report's input as the panel has it.
    reports::Request request(const reports::Context &context) const;
    void retranslate();
    void updateControls();
    void fillPairs();
    void scheduleUpdate();
    void autoUpdate();
    Result<reports::Report> build();
    bool ensureReport();
    int paintWithProgress(QPagedPaintDevice &device, const QString &what);

    PortfolioStore *m_store;
    std::unique_ptr<::Ui::ReportsPanel> m_ui;
    PartnershipListModel *m_pairs;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview;
    QTimer *m_timer;
    std::optional<reports::Report> m_report;
    reports::PageDecor m_decor;
    int m_totalPages = 0;
    bool m_dirty = true;
    bool m_pairsDirty = true;
};

} // namespace tt::ui
