#include "app/core/language.h"

#include "app/core/names.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace tt::language {

namespace {

struct Translators
{
    QTranslator *program = nullptr;
    QTranslator *qt = nullptr;
    QString language = QStringLiteral("en");
};

Translators &state()
{
    static Translators t;
    return t;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("uk"), QStringLiteral("en"), QStringLiteral("de")};
}

QString normalized(const QString &code)
{
    const QString lang = code.trimmed().left(2).toLower();
    return available().contains(lang) ? lang : QString();
}

QString systemLanguage()
{
    // uiLanguages() honours LANGUAGE as well as LANG / LC_ALL.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString lang = normalized(ui);
        if (!lang.isEmpty())
            return lang;
        if (ui.startsWith(QLatin1Char('C')) || ui.isEmpty())
            break;
    }
    const QString lang = normalized(QLocale::system().name());
    return lang.isEmpty() ? QStringLiteral("en") : lang;
}

QString choose(const QString &requested, const QString &saved)
{
    for (const QString &candidate : {requested, saved}) {
        const QString lang = normalized(candidate);
        if (!lang.isEmpty())
            return lang;
    }
    return systemLanguage();
}

QString localeName(const QString &language)
{
    if (language == QLatin1String("uk"))
        return QStringLiteral("uk_UA");
    if (language == QLatin1String("de"))
        return QStringLiteral("de_DE");
    return QStringLiteral("en_GB");
}

bool apply(const QString &requested)
{
    QString lang = normalized(requested);
    if (lang.isEmpty())
        lang = QStringLiteral("en");
    Translators &t = state();
    for (QTranslator **slot : {&t.program, &t.qt}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    QLocale::setDefault(QLocale(localeName(lang)));
    names::setLanguage(lang);
    t.language = lang;

    bool ok = true;
    auto *program = new QTranslator;
    if (program->load(QStringLiteral(":/i18n/twinning_%1.qm").arg(lang))) {
        t.program = program;
    } else {
        delete program;
        ok = lang == QLatin1String("en");
    }
    if (lang != QLatin1String("en")) {
        auto *qt = new QTranslator;
        if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            t.qt = qt;
        else
            delete qt;
    }
    // Installing sends QEvent::LanguageChange to every widget. Qt's own goes
    // first so that ours wins where both know a text.
    if (t.qt)
        QCoreApplication::installTranslator(t.qt);
    if (t.program)
        QCoreApplication::installTranslator(t.program);
    return ok;
}

QString current()
{
    return state().language;
}

QString translate(const QString &language, const char *context, const char *source)
{
    // Loaded once and never installed: only read from here on, by any thread.
    static const QHash<QString, std::shared_ptr<const QTranslator>> translators = [] {
        QHash<QString, std::shared_ptr<const QTranslator>> out;
        for (const QString &lang : available()) {
            auto t = std::make_shared<QTranslator>();
            if (t->load(QStringLiteral(":/i18n/twinning_%1.qm").arg(lang)))
                out.insert(lang, std::move(t));
        }
        return out;
    }();
    const auto it = translators.constFind(language);
    if (it != translators.constEnd()) {
        const QString text = it.value()->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

namespace {

bool isLanguageOption(const char *arg)
{
    return std::strcmp(arg, "--lang") == 0 || std::strcmp(arg, "-lang") == 0;
}

} // namespace

QString languageOption(int argc, char **argv)
{
    QString value;
    for (int i = 1; i < argc; ++i) {
        if (isLanguageOption(argv[i]) && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[++i]);
        else if (std::strncmp(argv[i], "--lang=", 7) == 0)
            value = QString::fromLocal8Bit(argv[i] + 7);
    }
    return value;
}

const char *firstArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (isLanguageOption(argv[i]) && i + 1 < argc)
            ++i;
        else if (std::strncmp(argv[i], "--lang=", 7) != 0)
            return argv[i];
    }
    return nullptr;
}

QStringList withoutLanguageOption(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i > 0 && (arg == u"--lang" || arg == u"-lang") && i + 1 < arguments.size())
            ++i;
        else if (i == 0 || !arg.startsWith(u"--lang="))
            out << arg;
    }
    return out;
}

} // namespace tt::language
