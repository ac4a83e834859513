// The partner matcher at import scale: 100,000 lookups of partner towns.
//   latinLookups     the import's usual case: Latin names, through the curated
//                    table and the gazetteer's own comparison, beside
//                    Gazetteer::find alone (what the importer does today)
//   cyrillicLookups  Cyrillic names in the partner countries of a typical
//                    portfolio: a third spelt as the key reads, a third one
//                    letter off, a third of places the country lacks (the
//                    slowest: every near key of the country is measured)
//   firstUse         the keys of every country built from scratch
//   completion       10,000 Cyrillic prefixes completed across all countries
//   build/tests/bench/bench_placematcher

#include "app/core/transcription.h"
#include "app/geo/placematcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace tt;
using namespace tt::geo;
using namespace Qt::Literals::StringLiterals;

namespace {

// Cyrillic letters that read back as the key's letters.
QString cyrillicOf(const QByteArray &key)
{
    static const QHash<char, QChar> letters = {
        {'a', u'а'}, {'b', u'б'}, {'c', u'ц'}, {'d', u'д'}, {'e', u'е'}, {'f', u'ф'},
        {'h', u'г'}, {'i', u'і'}, {'k', u'к'}, {'l', u'л'}, {'m', u'м'}, {'n', u'н'},
        {'o', u'о'}, {'p', u'п'}, {'r', u'р'}, {'s', u'с'}, {'t', u'т'}, {'u', u'у'},
        {'v', u'в'}, {'z', u'з'}, {'C', u'ч'}, {'S', u'ш'}, {'Z', u'ж'}, {' ', u' '}};
    QString out;
    for (char c : key)
        out += letters.value(c, u'о');
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

struct Lookup
{
    QString name;
    QString country;
};

} // namespace

class BenchPlaceMatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void latinLookups();
    void cyrillicLookups();
    void firstUse();
    void completion();

private:
    QList<Lookup> m_latin;
    QList<Lookup> m_cyrillic;
};

void BenchPlaceMatcher::initTestCase()
{
    const QList<Place> &places = Gazetteer::shipped().places();
    const QList<QString> countries = {u"PL"_s, u"DE"_s, u"FR"_s, u"IT"_s, u"US"_s,
                                      u"GB"_s, u"CZ"_s, u"LT"_s, u"RO"_s, u"SK"_s,
                                      u"HU"_s, u"GE"_s, u"BG"_s, u"ES"_s, u"SE"_s};
    QHash<QString, QList<const Place *>> byCountry;
    for (const Place &p : places) {
        if (countries.contains(p.countryIso))
            byCountry[p.countryIso] << &p;
    }
    QRandomGenerator rng(21);
    for (int n = 0; n < 100000; ++n) {
        const QString &iso = countries[rng.bounded(int(countries.size()))];
        const QList<const Place *> &in = byCountry[iso];
        const Place *p = in[rng.bounded(int(in.size()))];
        m_latin << Lookup{p->name, iso};
        QByteArray key = transcription::latinKeys(p->name, iso).value(0);
        switch (n % 3) {
        case 0:
            break;
        case 1: // one letter off
            if (key.size() > 4)
                key[key.size() / 2] = key[key.size() / 2] == 'o' ? 'a' : 'o';
            break;
        default: // no such place: the key of a place of another country
            key = transcription::latinKeys(places[rng.bounded(int(places.size()))].name, u"xx")
                      .value(0) +
                  "ovo";
            break;
        }
        m_cyrillic << Lookup{cyrillicOf(key), iso};
    }
    // Build the keys of those countries before measuring lookups.
    for (const QString &iso : countries)
        PlaceMatcher::shipped().match(u"Київ"_s, iso);
}

void BenchPlaceMatcher::latinLookups()
{
    const PlaceMatcher &matcher = PlaceMatcher::shipped();
    qint64 found = 0;
    QElapsedTimer timer;
    QBENCHMARK_ONCE
    {
        timer.start();
        for (const Lookup &l : std::as_const(m_latin))
            found += matcher.match(l.name, l.country).place != nullptr;
    }
    const qint64 matcherNs = timer.nsecsElapsed();
    timer.start();
    qint64 plain = 0;
    for (const Lookup &l : std::as_const(m_latin))
        plain += Gazetteer::shipped().find(l.name, l.country).size();
    const qint64 gazetteerNs = timer.nsecsElapsed();
    qInfo("100,000 Latin lookups: matcher %.1f ms (%lld found), Gazetteer::find alone %.1f ms",
          matcherNs / 1e6, found, gazetteerNs / 1e6);
    QVERIFY(found > 90000 && plain > 0);
}

void BenchPlaceMatcher::cyrillicLookups()
{
    const PlaceMatcher &matcher = PlaceMatcher::shipped();
    qint64 byKind[5] = {};
    QElapsedTimer timer;
    qint64 slowest = 0;
    QBENCHMARK_ONCE
    {
        timer.start();
        for (const Lookup &l : std::as_const(m_cyrillic)) {
            const qint64 before = timer.nsecsElapsed();
            const PlaceMatch m = matcher.match(l.name, l.country);
            slowest = std::max(slowest, timer.nsecsElapsed() - before);
            ++byKind[int(m.kind)];
        }
    }
    const qint64 ns = timer.nsecsElapsed();
    qInfo("100,000 Cyrillic lookups: %.1f ms, %.1f µs each, slowest %.1f µs; none %lld, "
          "transcription %lld, near spelling %lld, name %lld",
          ns / 1e6, ns / 1e5 / 1e3, slowest / 1e3, byKind[0], byKind[3], byKind[4], byKind[2]);
    QVERIFY(byKind[3] > 20000 && byKind[4] > 10000);
}

void BenchPlaceMatcher::firstUse()
{
    QFile file(QStringLiteral(":/data/exonyms-uk.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exonyms = file.readAll();
    QElapsedTimer timer;
    QBENCHMARK_ONCE
    {
        timer.start();
        const PlaceMatcher fresh(Gazetteer::shipped(), exonyms);
        QVERIFY(!fresh.complete(u"Ка"_s).isEmpty()); // every country's keys
    }
    qInfo("keys of every country from scratch: %.1f ms", timer.nsecsElapsed() / 1e6);
}

void BenchPlaceMatcher::completion()
{
    const PlaceMatcher &matcher = PlaceMatcher::shipped();
    matcher.complete(u"Ка"_s); // every country's keys
    qint64 offered = 0;
    QElapsedTimer timer;
    QBENCHMARK_ONCE
    {
        timer.start();
        for (int n = 0; n < 10000; ++n) {
            const QString &name = m_cyrillic[n].name;
            offered += matcher.complete(name.left(3 + n % 5)).size();
        }
    }
    qInfo("10,000 completions across all countries: %.1f ms, %.1f µs each",
          timer.nsecsElapsed() / 1e6, timer.nsecsElapsed() / 1e4 / 1e3);
    QVERIFY(offered > 0);
}

QTEST_GUILESS_MAIN(BenchPlaceMatcher)
#include "bench_placematcher.moc"
