#include "ui/window/languagemenu.h"

#include "app/core/language.h"
#include "app/core/settings.h"

#include <QActionGroup>
#include <QEvent>

namespace tt::ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    // Each language is named in itself, so that anyone can find their own.
    const std::pair<const char *, QString> entries[] = {
        {"uk", QStringLiteral("Українська")},
        {"en", QStringLiteral("English")},
        {"de", QStringLiteral("Deutsch")},
    };
    for (const auto &[code, name] : entries) {
        const QString lang = QLatin1String(code);
        QAction *a = addAction(name);
        a->setObjectName(QStringLiteral("language_") + lang);
        a->setData(lang);
        a->setCheckable(true);
        a->setChecked(lang == language::current());
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] { choose(lang); });
    }
    retranslate();
}

QAction *LanguageMenu::action(const QString &language) const
{
    for (QAction *a : m_group->actions()) {
        if (a->data().toString() == language)
            return a;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString &lang)
{
    if (QAction *a = action(lang))
        a->setChecked(true);
    settings::language.set(lang);
    if (lang == language::current())
        return;
    language::apply(lang);
    emit languageChanged(lang);
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    if (QAction *a = action(language::current()))
        a->setChecked(true);
}

} // namespace tt::ui
