#include "ui/dialogs/erasepersondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tt::ui {

ErasePersonDialog::ErasePersonDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_expected(name.trimmed())
    , m_name(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Erase person"));
    auto *text = new QLabel(
        tr("<p>The name, phone, e-mail, languages and notes of <b>%1</b> will be erased "
           "everywhere in the database, the history of changes included. Where this pair's "
           "records name the person (the responsible officer, a milestone, a signatory of an "
           "agreement), the name goes too. The contact keeps its role and organisation, and its "
           "name becomes a dated note that the details were erased.</p>"
           "<p><b>This cannot be undone</b>, not even with Ctrl+Z, and the list of changes to "
           "undo is emptied. Copies made earlier (backups, exported files) are not "
           "touched.</p><p>Type the person's name to confirm:</p>")
            .arg(m_expected.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_name->setObjectName(QStringLiteral("confirmName"));
    m_name->setPlaceholderText(m_expected);
    QPushButton *erase = m_buttons->addButton(tr("Erase"), QDialogButtonBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("erase"));
    erase->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_name);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, [this, erase](const QString &typed) {
        erase->setEnabled(typed.trimmed() == m_expected);
    });
    connect(erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

} // namespace tt::ui
