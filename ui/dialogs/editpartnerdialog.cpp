#include "ui/dialogs/editpartnerdialog.h"

#include "app/core/catalog.h"
#include "app/core/names.h"
#include "ui_editpartnerdialog.h"

#include <QCollator>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace tt::ui {

namespace {

// An empty field is no coordinate; otherwise a number within ±limit.
std::optional<double> coordinate(const QString &text, double limit, bool *ok)
{
    *ok = true;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool parsed = false;
    double value = QLocale().toDouble(trimmed, &parsed);
    if (!parsed)
        value = QLocale::c().toDouble(trimmed, &parsed);
    if (!parsed || value < -limit || value > limit) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

} // namespace

EditPartnerDialog::EditPartnerDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditPartnerDialog>())
{
    m_ui->setupUi(this);
    QList<catalog::Country> countries = catalog::countries();
    QCollator collator;
    std::sort(countries.begin(), countries.end(),
              [&](const catalog::Country &a, const catalog::Country &b) {
                  return collator.compare(names::country(a.iso2), names::country(b.iso2)) < 0;
              });
    for (const catalog::Country &c : std::as_const(countries))
        m_ui->country->addItem(names::country(c.iso2) + QStringLiteral(" (") + c.iso2 + u')',
                               c.iso2);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_ui->name, m_ui->latitude, m_ui->longitude})
        connect(edit, &QLineEdit::textChanged, this, &EditPartnerDialog::validate);
    validate();
}

EditPartnerDialog::~EditPartnerDialog() = default;

void EditPartnerDialog::setMunicipality(const Municipality &municipality)
{
    m_record = municipality;
    m_ui->name->setText(municipality.name);
    m_ui->nameLocal->setText(municipality.nameLocal);
    m_ui->nameUk->setText(municipality.nameUk);
    m_ui->country->setCurrentIndex(m_ui->country->findData(municipality.countryIso));
    m_ui->region->setText(municipality.region);
    const QLocale locale;
    m_ui->latitude->setText(municipality.lat ? locale.toString(*municipality.lat, 'f', 5)
                                             : QString());
    m_ui->longitude->setText(municipality.lon ? locale.toString(*municipality.lon, 'f', 5)
                                              : QString());
    validate();
}

Municipality EditPartnerDialog::municipality() const
{
    Municipality m = m_record;
    m.name = m_ui->name->text().trimmed();
    m.nameLocal = m_ui->nameLocal->text().trimmed();
    m.nameUk = m_ui->nameUk->text().trimmed();
    m.countryIso = m_ui->country->currentData().toString();
    m.region = m_ui->region->text().trimmed();
    bool ok = false;
    m.lat = coordinate(m_ui->latitude->text(), 90, &ok);
    m.lon = coordinate(m_ui->longitude->text(), 180, &ok);
    return m;
}

void EditPartnerDialog::validate()
{
    bool latOk = false, lonOk = false;
    coordinate(m_ui->latitude->text(), 90, &latOk);
    coordinate(m_ui->longitude->text(), 180, &lonOk);
    QString problem;
    if (m_ui->name->text().trimmed().isEmpty())
        problem = tr("The place needs a name.");
    else if (!latOk)
        problem = tr("The latitude is a number from -90 to 90, or empty.");
    else if (!lonOk)
        problem = tr("The longitude is a number from -180 to 180, or empty.");
    m_ui->problem->setText(problem);
    m_ui->problem->setVisible(!problem.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace tt::ui
