#include "ui/dialogs/settingsdialog.h"

#include "app/commands/editor.h"
#include "app/core/rollingbackup.h"
#include "app/core/settings.h"
#include "ui_settingsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace tt::ui {

SettingsDialog::SettingsDialog(Editor *editor, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_editor(editor)
{
    m_ui->setupUi(this);
    m_ui->officeNameEdit->setMaxLength(OfficeSettings::maxNameLength);
    m_ui->dormancySpin->setRange(OfficeSettings::minDormancyMonths,
                                 OfficeSettings::maxDormancyMonths);
    m_ui->dormancySpin->setSuffix(tr(" months without activity"));
    m_ui->keepDaysSpin->setRange(1, backups::maxKeepDays);
    m_ui->keepDaysSpin->setSuffix(tr(" days"));
    // Names of languages in their own language, as in the Language menu.
    m_ui->reportLanguageBox->addItem(tr("The window's language"), QString());
    m_ui->reportLanguageBox->addItem(QStringLiteral("Українська"), QStringLiteral("uk"));
    m_ui->reportLanguageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->reportLanguageBox->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));

    // The office's part.
    QString why;
    if (!m_editor) {
        why = tr("Open a database to set the office's name and dormancy rule.");
    } else if (auto stored = OfficeSettingsRepository(m_editor->database()).load(); !stored) {
        why = stored.error().message;
    } else {
        m_stored = *stored;
        why = m_editor->permissions().whyNotEditOffice();
        if (why.isEmpty() && m_editor->database().schemaVersion() < OfficeSettings::firstFormat)
            why = tr("This database is of an older format and open read-only.");
    }
    m_officeEditable = m_editor && why.isEmpty();
    m_ui->officeNameEdit->setText(m_stored.officeName);
    m_ui->dormancySpin->setValue(m_stored.dormancyMonths);
    m_ui->officeNameHint->setText(tr("Heads every page of every report; empty: "
                                     "“Twinning Tracker”."));
    // The name earlier versions kept per user is offered, not moved: it is
    // stored for the office only when the dialog is confirmed.
    const QString earlier = settings::officeName.value().trimmed();
    if (m_officeEditable && m_stored.officeName.isEmpty() && !earlier.isEmpty()) {
        m_ui->officeNameEdit->setText(earlier);
        m_ui->officeNameHint->setText(tr("Offered from this computer's earlier setting; press "
                                         "OK to keep it for the office."));
    }
    m_ui->officeNameEdit->setEnabled(m_officeEditable);
    m_ui->dormancySpin->setEnabled(m_officeEditable);
    m_ui->officeNote->setText(m_officeEditable ? tr("Changing them can be undone with Edit › Undo.")
                                               : why);
    m_ui->officeNote->setVisible(!m_ui->officeNote->text().isEmpty());
    if (!m_officeEditable) {
        m_ui->officeNameEdit->setToolTip(why);
        m_ui->dormancySpin->setToolTip(why);
    }

    // The person's part.
    m_ui->backupFolderEdit->setText(QDir::toNativeSeparators(settings::backupFolder.value()));
    m_ui->keepDaysSpin->setValue(settings::backupKeepDays.value());
    const int language = m_ui->reportLanguageBox->findData(settings::reportLanguage.value());
    m_ui->reportLanguageBox->setCurrentIndex(language >= 0 ? language : 0);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &SettingsDialog::chooseFolder);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_officeEditable ? static_cast<QWidget *>(m_ui->officeNameEdit) : m_ui->backupFolderEdit)
        ->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

OfficeSettings SettingsDialog::officeSettings() const
{
    OfficeSettings s;
    s.officeName = m_ui->officeNameEdit->text().trimmed();
    s.dormancyMonths = m_ui->dormancySpin->value();
    return s;
}

QString SettingsDialog::problem() const
{
    if (m_officeEditable) {
        if (QString why = validationProblem(officeSettings()); !why.isEmpty())
            return why;
    }
    const QString folder = m_ui->backupFolderEdit->text().trimmed();
    if (!folder.isEmpty()) {
        if (QDir::isRelativePath(folder))
            return tr("Give the backup folder as a full path, or leave it empty to keep the "
                      "copies beside the database.");
        const QFileInfo info(folder);
        if (info.exists() && !info.isDir())
            return tr("“%1” is a file, not a folder.").arg(QDir::toNativeSeparators(folder));
    }
    return {};
}

void SettingsDialog::accept()
{
    if (QString why = problem(); !why.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), why);
        return;
    }
    if (m_officeEditable && officeSettings() != m_stored) {
        if (auto s = m_editor->setOfficeSettings(officeSettings()); !s) {
            QMessageBox::warning(this, windowTitle(), s.error().message);
            return;
        }
    }
    const QString folder = QDir::fromNativeSeparators(m_ui->backupFolderEdit->text().trimmed());
    if (folder.isEmpty())
        settings::backupFolder.reset();
    else
        settings::backupFolder.set(QDir::cleanPath(folder));
    settings::backupKeepDays.set(m_ui->keepDaysSpin->value());
    const QString language = m_ui->reportLanguageBox->currentData().toString();
    if (language.isEmpty())
        settings::reportLanguage.reset();
    else
        settings::reportLanguage.set(language);
    QDialog::accept();
}

void SettingsDialog::chooseFolder()
{
    const QString start = m_ui->backupFolderEdit->text().trimmed();
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for backup copies"), start.isEmpty() ? QDir::homePath() : start);
    if (!folder.isEmpty())
        m_ui->backupFolderEdit->setText(QDir::toNativeSeparators(folder));
}

} // namespace tt::ui
