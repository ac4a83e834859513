#include "ui/views/reportsview.h"

#include "app/core/language.h"
#include "app/core/names.h"
#include "app/core/settings.h"
#include "app/models/portfoliostore.h"
#include "app/reports/monitoring.h"
#include "ui_reportsview.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QCollator>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace tt::ui {

namespace {

// Texts and names are taken in the report's language while a report is
// built; the window gets its own back right after.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString &language)
        : m_previous(language::current())
        , m_changed(language != m_previous)
    {
        if (m_changed)
            language::apply(language);
    }
    ~ReportLanguage()
    {
        if (m_changed)
            language::apply(m_previous);
    }
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

private:
    QString m_previous;
    bool m_changed;
};

} // namespace

// The pairs that pass the filter, by name, for the dossier's choice. A list
// model over ids rather than items: a national portfolio has 100,000 of them.
class PartnershipListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void reset(const Portfolio &portfolio, const QList<qsizetype> &selection)
    {
        struct Keyed
        {
            QCollatorSortKey key;
            qint64 id;
            QString label;
        };
        const QCollator collator;
        std::vector<Keyed> keyed;
        keyed.reserve(static_cast<size_t>(selection.size()));
        for (qsizetype i : selection) {
            const PartnershipSummary &p = portfolio.pairs()[i];
            QString label = names::pair(p);
            keyed.push_back({collator.sortKey(label), p.id, std::move(label)});
        }
        std::sort(keyed.begin(), keyed.end(),
                  [](const Keyed &a, const Keyed &b) { return a.key.compare(b.key) < 0; });
        beginResetModel();
        m_ids.clear();
        m_labels.clear();
        m_ids.reserve(static_cast<qsizetype>(keyed.size()));
        m_labels.reserve(static_cast<qsizetype>(keyed.size()));
        for (Keyed &k : keyed) {
            m_ids << k.id;
            m_labels << std::move(k.label);
        }
        endResetModel();
    }

    int rowOf(qint64 id) const { return static_cast<int>(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_ids.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_labels[index.row()];
        if (role == Qt::UserRole)
            return m_ids[index.row()];
        return {};
    }

private:
    QList<qint64> m_ids;
    QStringList m_labels;
};

ReportsView::ReportsView(PortfolioStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_ui(std::make_unique<::Ui::ReportsPanel>())
    , m_pairs(new PartnershipListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_preview(new QPrintPreviewWidget(m_printer.get(), m_stack))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("reportsView"));
    auto *panel = new QWidget(this);
    m_ui->setupUi(panel);
    panel->setMaximumWidth(320);
    for (const reports::ReportKind &kind : reports::reportKinds())
        m_ui->typeBox->addItem(QString(), static_cast<int>(kind.type));
    // Names of languages in their own language, as in the Settings menu.
    m_ui->languageBox->addItem(QStringLiteral("Українська"), QStringLiteral("uk"));
    m_ui->languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageBox->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const QString preferred = settings::reportLanguage.value();
    setLanguage(preferred.isEmpty() ? language::current() : preferred);
    m_ui->pairBox->setModel(m_pairs);
    if (auto *list = qobject_cast<QListView *>(m_ui->pairBox->view()))
        list->setUniformItemSizes(true);
    const QDate today = m_store->today().isValid() ? m_store->today() : QDate::currentDate();
    m_ui->fromEdit->setDate(today);
    m_ui->toEdit->setDate(today.addMonths(3));

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setObjectName(QStringLiteral("reportPlaceholder"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_preview);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(panel);
    layout->addWidget(m_stack, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &ReportsView::autoUpdate);
    // No progress dialog here: it would let the preview repaint the pages it
    // is recording. A busy cursor says that it works.
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!m_report)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_totalPages = 0;
        reports::paint(*m_report, m_decor, *printer, [this](int page, int pages) {
            m_totalPages = pages;
            return page < previewPageLimit;
        });
        QApplication::restoreOverrideCursor();
    });
    const auto changed = [this] {
        m_report.reset();
        updateControls();
        scheduleUpdate();
    };
    connect(m_ui->typeBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->pairBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->languageBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ReportsView::updatePreview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportsView::print);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReportsView::exportWithDialog);
    connect(m_ui->workbookButton, &QPushButton::clicked, this,
            &ReportsView::exportWorkbookWithDialog);
    const auto dataChanged = [this, changed] {
        m_pairsDirty = true;
        changed();
    };
    connect(m_store, &PortfolioStore::filterChanged, this, dataChanged);
    connect(m_store, &PortfolioStore::reset, this, dataChanged);
    connect(m_store, &PortfolioStore::pairChanged, this, dataChanged);
    // The dossier follows the pair chosen elsewhere (the table, the map).
    connect(m_store, &PortfolioStore::currentPairChanged, this, [this](qint64 id) {
        if (id > 0 && !m_pairsDirty && m_pairs->rowOf(id) >= 0)
            m_ui->pairBox->setCurrentIndex(m_pairs->rowOf(id));
    });
    retranslate();
    updateControls();
}

ReportsView::~ReportsView() = default;

reports::Type ReportsView::type() const
{
    return static_cast<reports::Type>(m_ui->typeBox->currentData().toInt());
}

void ReportsView::setType(reports::Type type)
{
    m_ui->typeBox->setCurrentIndex(m_ui->typeBox->findData(static_cast<int>(type)));
}

void ReportsView::setLanguage(const QString &language)
{
    const int i = m_ui->languageBox->findData(language);
    m_ui->languageBox->setCurrentIndex(i >= 0 ? i : 1);
}

void ReportsView::setPeriod(const QDate &from, const QDate &to)
{
    m_ui->fromEdit->setDate(from);
    m_ui->toEdit->setDate(to);
}

void ReportsView::showDossier(qint64 partnershipId)
{
    fillPairs();
    int row = m_pairs->rowOf(partnershipId);
    if (row < 0 && m_store->portfolio().indexOf(partnershipId) >= 0) {
        // Not in the filter: the pair asked for is shown all the same.
        m_pairs->reset(m_store->portfolio(), QList<qsizetype>(m_store->filtered())
                                                 << m_store->portfolio().indexOf(partnershipId));
        row = m_pairs->rowOf(partnershipId);
    }
    setType(reports::Type::Dossier);
    m_ui->pairBox->setCurrentIndex(row);
    m_report.reset();
    updatePreview();
}

void ReportsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(m_ui->typeBox->parentWidget());
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty || m_pairsDirty)
        scheduleUpdate();
}

void ReportsView::retranslate()
{
    // Item texts only: changing them emits nothing, so that a change of
    // language (also the report's own, while it is built) rebuilds nothing.
    for (int i = 0; i < m_ui->typeBox->count(); ++i)
        m_ui->typeBox->setItemText(i, reports::reportKinds()[i].translatedTitle());
    m_ui->typeBox->setToolTip(
        tr("The summary, the agenda, the monitoring and the list of pairs follow the filter "
           "above"));
    updateControls();
}

void ReportsView::updateControls()
{
    const reports::ReportKind &kind = reports::reportKind(type());
    const bool pair = kind.inputs & reports::PartnershipInput;
    const bool period = kind.inputs & reports::PeriodInput;
    const bool date = kind.inputs & reports::DateInput;
    m_ui->pairLabel->setVisible(pair);
    m_ui->pairBox->setVisible(pair);
    m_ui->fromLabel->setVisible(period);
    m_ui->fromEdit->setVisible(period);
    // A report as of one date has it in the "to" field.
    m_ui->toLabel->setText(date ? tr("As &of") : tr("&To"));
    m_ui->toLabel->setVisible(period || date);
    m_ui->toEdit->setVisible(period || date);
    m_ui->workbookButton->setVisible(kind.writeWorkbook != nullptr);
    m_ui->scopeLabel->setText(kind.scope({m_store->portfolio(), m_store->filter(),
                                          static_cast<int>(m_store->portfolio().pairs().size()),
                                          static_cast<int>(m_store->filtered().size()),
                                          static_cast<int>(m_pairs->rowCount())}));
    const bool previewing = m_report && m_stack->currentWidget() == m_preview;
    const int previewed = previewing ? m_preview->pageCount() : 0;
    if (!previewing)
        m_ui->pagesLabel->clear();
    else if (m_totalPages > previewed)
        m_ui->pagesLabel->setText(
            tr("The preview shows the first %1 of %n pages; Print and Export PDF give them all.",
               "", m_totalPages)
                .arg(previewed));
    else
        m_ui->pagesLabel->setText(tr("%n page(s)", "", previewed));
}

void ReportsView::fillPairs()
{
    if (!m_pairsDirty)
        return;
    const qint64 current = m_ui->pairBox->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->pairBox);
    m_pairs->reset(m_store->portfolio(), m_store->filtered());
    int row = m_pairs->rowOf(current > 0 ? current : m_store->currentPair());
    if (row < 0)
        row = m_pairs->rowOf(m_store->currentPair());
    m_ui->pairBox->setCurrentIndex(row >= 0 ? row : 0);
    m_pairsDirty = false;
}

void ReportsView::scheduleUpdate()
{
    m_dirty = true;
    if (isVisible())
        m_timer->start();
}

void ReportsView::autoUpdate()
{
    if (!isVisible())
        return;
    fillPairs();
    updateControls();
    const qsizetype pairs = m_store->filtered().size();
    if (reports::reportKind(type()).growsWithFilter && pairs > autoPreviewLimit && !m_report) {
        m_placeholder->setText(
            tr("The summary of %n pairs runs to many pages. Press “Show preview” to build it, "
               "or narrow the filter.",
               "", static_cast<int>(pairs)));
        m_stack->setCurrentWidget(m_placeholder);
        m_dirty = false;
        updateControls();
        return;
    }
    updatePreview();
}

reports::Request ReportsView::request(const reports::Context &context) const
{
    reports::Request r;
    r.partnershipId = m_ui->pairBox->currentData().toLongLong();
    r.from = m_ui->fromEdit->date();
    r.to = m_ui->toEdit->date();
    r.asOf = m_ui->toEdit->date();
    r.filter = m_store->filter();
    r.context = context;
    return r;
}

Result<reports::Report> ReportsView::build()
{
    if (!m_store->database())
        return Error::make(Error::Code::Invalid, tr("No database is open."));
    // Every report counts milestones: on a large file they may still be
    // loading in the background.
    m_store->waitForMilestones();
    const QString lang = m_ui->languageBox->currentData().toString();
    const ReportLanguage inReportLanguage(lang);
    reports::Context context;
    context.today = m_store->today().isValid() ? m_store->today() : QDate::currentDate();
    context.locale = reports::localeFor(lang);
    auto report = reports::reportKind(type()).build(*m_store->database(), m_store->portfolio(),
                                                    request(context));
    const QString office = reports::officeHeading(*m_store->database());
    if (report)
        m_decor = {office, report->title,
                   context.locale.toString(context.today, QLocale::LongFormat)};
    return report;
}

bool ReportsView::ensureReport()
{
    if (m_report)
        return true;
    fillPairs();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = build();
    QApplication::restoreOverrideCursor();
    if (!built) {
        m_placeholder->setText(built.error().message);
        m_stack->setCurrentWidget(m_placeholder);
        return false;
    }
    m_report = std::move(built.value());
    return true;
}

void ReportsView::invalidate()
{
    m_report.reset();
    scheduleUpdate();
}

void ReportsView::updatePreview()
{
    m_timer->stop();
    m_dirty = false;
    if (!ensureReport()) {
        updateControls();
        return;
    }
    reports::preparePage(*m_printer, *m_report);
    m_printer->setFullPage(true);
    m_stack->setCurrentWidget(m_preview);
    m_preview->updatePreview();
    updateControls();
}

int ReportsView::previewPageCount() const
{
    return m_stack->currentWidget() == m_preview ? m_preview->pageCount() : 0;
}

bool ReportsView::previewShown() const
{
    return m_stack->currentWidget() == m_preview;
}

int ReportsView::paintWithProgress(QPagedPaintDevice &device, const QString &what)
{
    QProgressDialog progress(what, tr("Stop"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(800);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages =
        reports::paint(*m_report, m_decor, device, [&progress](int page, int pageCount) {
            progress.setMaximum(pageCount);
            progress.setValue(page);
            return !progress.wasCanceled();
        });
    QApplication::restoreOverrideCursor();
    return pages;
}

Status ReportsView::exportPdf(const QString &path)
{
    if (!ensureReport())
        return Error::make(Error::Code::Invalid, m_placeholder->text());
    QProgressDialog progress(tr("Writing the PDF…"), tr("Stop"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(800);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written =
        reports::writePdf(*m_report, m_decor, path, {}, [&progress](int page, int pages) {
            progress.setMaximum(pages);
            progress.setValue(page);
            return !progress.wasCanceled();
        });
    QApplication::restoreOverrideCursor();
    if (!written)
        return written.error();
    m_ui->pagesLabel->setText(
        tr("%n page(s) written to %1", "", *written).arg(QDir::toNativeSeparators(path)));
    return {};
}

void ReportsView::exportWithDialog()
{
    if (!ensureReport())
        return;
    QString name = m_report->title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), QDir::home().filePath(name.simplified() + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    if (const Status written = exportPdf(path); !written)
        QMessageBox::warning(this, tr("Export PDF"), written.error().message);
}

Status ReportsView::exportWorkbook(const QString &path)
{
    if (!m_store->database())
        return Error::make(Error::Code::Invalid, tr("No database is open."));
    const QString lang = m_ui->languageBox->currentData().toString();
    Status written;
    {
        const ReportLanguage inReportLanguage(lang);
        reports::Context context;
        context.today = m_store->today().isValid() ? m_store->today() : QDate::currentDate();
        context.locale = reports::localeFor(lang);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const reports::ReportKind &kind = reports::reportKind(type());
        written = kind.writeWorkbook
                      ? kind.writeWorkbook(*m_store->database(), m_store->portfolio(),
                                           request(context), path)
                      : Error::make(Error::Code::Invalid,
                                    tr("This report is not written as a workbook."));
        QApplication::restoreOverrideCursor();
    }
    if (written)
        m_ui->pagesLabel->setText(tr("Workbook written to %1").arg(QDir::toNativeSeparators(path)));
    return written;
}

void ReportsView::exportWorkbookWithDialog()
{
    const QString name = tr("Monitoring %1").arg(m_ui->toEdit->date().toString(Qt::ISODate)) +
                         QStringLiteral(".xlsx");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export workbook"), QDir::home().filePath(name), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QLatin1String(".xlsx");
    if (const Status written = exportWorkbook(path); !written)
        QMessageBox::warning(this, tr("Export workbook"), written.error().message);
}

void ReportsView::print()
{
    if (!ensureReport())
        return;
    QPrinter printer(QPrinter::HighResolution);
    reports::preparePage(printer, *m_report);
    printer.setFullPage(true);
    printer.setDocName(m_report->title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (paintWithProgress(printer, tr("Printing…")) < 0)
        QMessageBox::warning(this, tr("Print"), tr("The report was not printed completely."));
}

} // namespace tt::ui
