#include "ui/dialogs/importdialog.h"

#include "ui_importdialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>

namespace tt::ui {

namespace {

constexpr int previewRows = 20;

} // namespace

ImportDialog::ImportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ImportDialog>())
    , m_db(db)
    , m_preview(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->previewView->setModel(m_preview);
    m_ui->importButton->setEnabled(false);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::run(QWidget *parent, Database &db, const QString &path)
{
    ImportDialog dialog(db, parent);
    if (!dialog.setFile(path)) {
        QMessageBox::warning(parent, tr("Import"), dialog.errorText());
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

bool ImportDialog::setFile(const QString &path)
{
    auto format = io::formatOf(path);
    if (!format) {
        m_error = format.error().message;
        return false;
    }
    auto table = io::readTable(path, *format);
    if (!table) {
        m_error = table.error().fullText();
        return false;
    }
    m_table = std::move(*table);
    m_ui->fileLabel->setText(
        tr("%1: %n row(s)", "", static_cast<int>(m_table.rows.size()))
            .arg(QFileInfo(path).fileName()) +
        (m_table.encoding.isEmpty() ? QString() : QStringLiteral(", ") + m_table.encoding));
    m_preview->clear();
    m_preview->setHorizontalHeaderLabels(m_table.headers);
    for (qsizetype r = 0; r < m_table.rows.size() && r < previewRows; ++r) {
        QList<QStandardItem *> items;
        for (qsizetype c = 0; c < m_table.headers.size(); ++c)
            items << new QStandardItem(m_table.cell(r, c));
        m_preview->appendRow(items);
        m_preview->setVerticalHeaderItem(static_cast<int>(r),
                                         new QStandardItem(QString::number(m_table.lines[r])));
    }
    buildMapping(io::automaticMapping(m_table.headers));
    check();
    return true;
}

void ImportDialog::buildMapping(const io::Mapping &mapping)
{
    m_updating = true;
    while (m_ui->mappingLayout->rowCount() > 0)
        m_ui->mappingLayout->removeRow(0);
    m_boxes.clear();
    for (qsizetype c = 0; c < m_table.headers.size(); ++c) {
        auto *box = new QComboBox(m_ui->mappingHost);
        box->addItem(tr("(not imported)"), -1);
        for (io::Field f : io::allFields())
            box->addItem(io::fieldName(f) + QStringLiteral(" — ") + io::fieldDescription(f),
                         static_cast<int>(f));
        const int column = static_cast<int>(c);
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            if (it.value() == column)
                box->setCurrentIndex(box->findData(static_cast<int>(it.key())));
        }
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, column] { columnChanged(column); });
        m_ui->mappingLayout->addRow(m_table.headers[c], box);
        m_boxes << box;
    }
    m_updating = false;
}

void ImportDialog::columnChanged(int column)
{
    if (m_updating)
        return;
    // A field is read from one column: choosing it here frees the other.
    const int field = m_boxes[column]->currentData().toInt();
    m_updating = true;
    for (int c = 0; c < m_boxes.size(); ++c) {
        if (c != column && field >= 0 && m_boxes[c]->currentData().toInt() == field)
            m_boxes[c]->setCurrentIndex(0);
    }
    m_updating = false;
    check();
}

io::Mapping ImportDialog::mapping() const
{
    io::Mapping out;
    for (int c = 0; c < m_boxes.size(); ++c) {
        const int field = m_boxes[c]->currentData().toInt();
        if (field >= 0)
            out.insert(static_cast<io::Field>(field), c);
    }
    return out;
}

QComboBox *ImportDialog::columnBox(int column) const
{
    return m_boxes.value(column);
}

void ImportDialog::check()
{
    m_ui->importButton->setEnabled(false);
    m_report = {};
    const io::Mapping map = mapping();
    if (const QStringList missing = io::missingFields(map); !missing.isEmpty()) {
        m_ui->summaryLabel->setText(
            tr("Choose the columns that hold: %1.").arg(missing.join(QStringLiteral(", "))));
        m_ui->reportView->clear();
        return;
    }
    io::ImportOptions options;
    options.dryRun = true;
    auto report = io::importTable(m_db, m_table, map, options);
    if (!report) {
        m_ui->summaryLabel->setText(report.error().fullText());
        m_ui->reportView->clear();
        return;
    }
    m_report = *report;
    m_ui->summaryLabel->setText(m_report.summary());
    m_ui->reportView->setPlainText(m_report.details().join(u'\n'));
    m_ui->importButton->setEnabled(!m_db.isReadOnly() && m_report.added + m_report.updated > 0);
}

void ImportDialog::runImport()
{
    io::ImportOptions options;
    auto report = io::importTable(m_db, m_table, mapping(), options);
    if (!report) {
        m_ui->summaryLabel->setText(report.error().fullText());
        m_ui->importButton->setEnabled(false);
        return;
    }
    m_report = *report;
    emit imported(m_report);
    accept();
}

} // namespace tt::ui
