#include "ui/views/welcomepage.h"

#include "app/core/serveraddress.h"
#include "app/core/settings.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace tt::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("welcomeMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto makeButton = [this](const char *name) {
        auto *button = new QCommandLinkButton(this);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    m_new = makeButton("welcomeNew");
    m_open = makeButton("welcomeOpen");
    m_demo = makeButton("welcomeDemo");
    m_import = makeButton("welcomeImport");
    m_server = makeButton("welcomeServer");
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newDatabaseRequested);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(QString()); });
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_server, &QPushButton::clicked, this, &WelcomePage::serverRequested);

    m_recentLabel = new QLabel(this);
    QFont headFont = m_recentLabel->font();
    headFont.setBold(true);
    m_recentLabel->setFont(headFont);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setMinimumWidth(320);
    m_recent->setUniformItemSizes(true);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recentLabel->setBuddy(m_recent);
    // A single click opens, as on a start page; Enter opens the current entry.
    connect(m_recent, &QListWidget::itemClicked, this, &WelcomePage::activate);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::activate);

    auto *actions = new QVBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_open);
    actions->addWidget(m_demo);
    actions->addWidget(m_import);
    actions->addWidget(m_server);
    actions->addStretch(1);
    auto *recent = new QVBoxLayout;
    recent->addWidget(m_recentLabel);
    recent->addWidget(m_recent, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(actions, 1);
    columns->addSpacing(24);
    columns->addLayout(recent, 1);

    auto *content = new QWidget(this);
    content->setMaximumWidth(980);
    auto *inner = new QVBoxLayout(content);
    auto *icon = new QLabel(content);
    // Drawn from the SVG at the screen's pixel ratio: sharp on high-DPI.
    icon->setPixmap(QIcon(QStringLiteral(":/icons/twinning-tracker.svg"))
                        .pixmap(QSize(48, 48), devicePixelRatioF()));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(icon);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_title, 1);
    inner->addLayout(titleRow);
    inner->addWidget(m_intro);
    inner->addWidget(m_message);
    inner->addSpacing(16);
    inner->addLayout(columns, 1);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(1);
    outer->addWidget(content, 8);
    outer->addStretch(1);

    setTabOrder(m_new, m_open);
    setTabOrder(m_open, m_demo);
    setTabOrder(m_demo, m_import);
    setTabOrder(m_import, m_server);
    setTabOrder(m_server, m_recent);
    retranslate();
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    const QStringList paths = settings::recentDatabases.value();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(m_recent);
        item->setData(Qt::UserRole, path);
        if (const auto server = ServerAddress::fromUrl(path)) {
            // No file to look for: whether the server answers shows on opening.
            item->setText(server->label() + QStringLiteral("\n") + tr("Server database"));
            item->setToolTip(server->url());
            continue;
        }
        const QFileInfo info(path);
        const QString folder = QDir::toNativeSeparators(info.absolutePath());
        if (info.exists()) {
            item->setText(info.fileName() + QStringLiteral("\n") + folder);
            item->setToolTip(QDir::toNativeSeparators(path));
        } else {
            item->setText(info.fileName() + QStringLiteral("\n") +
                          tr("Not found in %1").arg(folder));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No databases opened yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    } else {
        m_recent->setCurrentRow(0);
    }
}

void WelcomePage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void WelcomePage::activate(QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const QString path = item->data(Qt::UserRole).toString();
    if (!path.isEmpty())
        emit openRequested(path);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Twinning Tracker"));
    m_intro->setText(tr("Keep your community's international partnerships in one place: the "
                        "pairs, their areas of cooperation, milestones, contacts and projects. "
                        "Start with one of these:"));
    m_new->setText(tr("&New database"));
    m_new->setDescription(tr("An empty file for your office's partnerships"));
    m_open->setText(tr("&Open a database…"));
    m_open->setDescription(tr("A .twinning file made earlier or sent by a colleague"));
    m_demo->setText(tr("Try the &demo"));
    m_demo->setDescription(tr("Real pairs of Ukrainian cities with sample milestones, to look "
                              "around without risk"));
    m_import->setText(tr("&Import a spreadsheet…"));
    m_import->setDescription(tr("Start a new database from a CSV or Excel list of partnerships"));
    m_server->setText(tr("&Connect to a server…"));
    m_server->setDescription(tr("A shared database on a PostgreSQL server, such as the "
                                "ministry's"));
    m_recentLabel->setText(tr("&Recent databases"));
    m_recent->setAccessibleName(tr("Recent databases"));
}

} // namespace tt::ui
