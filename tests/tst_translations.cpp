// The .ts files of the source tree are complete: no unfinished, vanished or
// obsolete message, every message of twinning_en.ts in uk and de, the right
// number of plural forms, the placeholders kept, and (when lupdate is at
// hand) no message of the sources missing from them.

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // of <translation>: "", "unfinished", "vanished", "obsolete"
    QString text;
    QStringList forms;

    QString key() const { return context + QLatin1Char('\x1f') + source; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.text = xml.readElementText();
            }
            out << current;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

QString tsPath(const QString &lang)
{
    return QStringLiteral(TT_TRANSLATIONS_DIR "/twinning_%1.ts").arg(lang);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[0-9n]"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

int formsFor(const QString &lang)
{
    return lang == QLatin1String("uk") ? 3 : 2;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void sameMessagesInEveryLanguage();
    void noSourceMessageMissing();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"uk", "en", "de"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestTranslations::complete()
{
    QFETCH(QString, lang);
    QString error;
    const QList<Message> messages = readTs(tsPath(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(" — ") + where;
            continue;
        }
        if (m.numerus) {
            if (m.forms.size() != formsFor(lang))
                problems << QStringLiteral("%1 plural forms, not %2 — ")
                                    .arg(m.forms.size())
                                    .arg(formsFor(lang)) +
                                where;
            for (const QString &form : m.forms) {
                if (form.isEmpty() ||
                    (m.source.contains(QLatin1String("%n")) && !form.contains(QLatin1String("%n"))))
                    problems << QStringLiteral("plural form without %n — ") + where;
            }
        } else if (m.text.isEmpty() && !m.source.isEmpty()) {
            problems << QStringLiteral("empty — ") + where;
        } else if (placeholders(m.text) != placeholders(m.source)) {
            problems << QStringLiteral("placeholders differ — ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::sameMessagesInEveryLanguage()
{
    QString error;
    QSet<QString> english;
    for (const Message &m : readTs(tsPath(QStringLiteral("en")), &error))
        english.insert(m.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &lang : {QStringLiteral("uk"), QStringLiteral("de")}) {
        QSet<QString> other;
        for (const Message &m : readTs(tsPath(lang), &error))
            other.insert(m.key());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const QString &key : english) {
            if (!other.contains(key))
                missing << QString(key).replace(QLatin1Char('\x1f'), QStringLiteral(": "));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(lang + QStringLiteral(" lacks:\n") + missing.join(QLatin1Char('\n'))));
        QCOMPARE(other.size(), english.size());
    }
}

// Runs lupdate over the sources into a scratch file: a message of the code
// that twinning_en.ts lacks means `update_translations` was not run.
void TestTranslations::noSourceMessageMissing()
{
    const QString lupdate = QStringLiteral(TT_LUPDATE);
    if (lupdate.isEmpty() || !QFile::exists(lupdate))
        QSKIP("lupdate is not available");
#ifdef Q_OS_WIN
    QSKIP("lupdate is a program of the machine that builds, not of Windows");
#endif
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString list = QStringLiteral(TT_SOURCE_LIST);
    QVERIFY2(QFile::exists(list), qPrintable(list));
    const QString scratch = dir.filePath(QStringLiteral("scratch.ts"));
    QProcess p;
    p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                      QStringLiteral("-locations"), QStringLiteral("none"), QLatin1Char('@') + list,
                      QStringLiteral("-ts"), scratch});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);

    QString error;
    QSet<QString> inSources;
    for (const Message &m : readTs(scratch, &error))
        inSources.insert(m.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> english;
    for (const Message &m : readTs(tsPath(QStringLiteral("en")), &error))
        english.insert(m.key());
    QStringList missing, vanished;
    for (const QString &key : inSources) {
        if (!english.contains(key))
            missing << QString(key).replace(QLatin1Char('\x1f'), QStringLiteral(": "));
    }
    for (const QString &key : english) {
        if (!inSources.contains(key))
            vanished << QString(key).replace(QLatin1Char('\x1f'), QStringLiteral(": "));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the .ts files (run update_translations):\n") +
                        missing.join(QLatin1Char('\n'))));
    QVERIFY2(vanished.isEmpty(), qPrintable(QStringLiteral("no longer in the sources:\n") +
                                            vanished.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
