// A child process for the fault tests (tst_crash, tst_twowriters): it edits a
// database through the repositories, as the program does, until it is killed or
// has made its edits.
//
//   tt_faulthelper batches FILE COUNT SIZE
//       COUNT transactions, each inserting SIZE partner places and setting the
//       counter place's notes to the number of the batch. Killed at any moment,
//       the file must hold whole batches only, and the counter must name the
//       last whole one.
//   tt_faulthelper edits FILE COUNT TAG
//       COUNT edits, each one transaction that inserts the place "TAG i" and adds
//       one to the counter place's notes (read and written inside the
//       transaction). Two of these at once on one file must lose nothing.
//
// Exit code 0 when every edit was made, 1 on the first failure (its message on
// stderr), 2 on wrong usage.

#include "app/core/database.h"
#include "app/core/repositories.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace tt;

namespace {

constexpr auto counterName = "counter";

Result<qint64> counterId(Database &db)
{
    MunicipalityRepository places(db);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto found = places.byName(QLatin1String(counterName), QStringLiteral("DE"));
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return found->first().id;
    Municipality counter;
    counter.name = QLatin1String(counterName);
    counter.countryIso = QStringLiteral("DE");
    counter.notes = QStringLiteral("0");
    auto id = places.insert(counter);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status addToCounter(Database &db, qint64 id, qint64 delta, std::optional<qint64> setTo)
{
    MunicipalityRepository places(db);
    auto counter = places.get(id);
    if (!counter)
        return counter.error();
    counter->notes = QString::number(setTo ? *setTo : counter->notes.toLongLong() + delta);
    return places.update(*counter);
}

int fail(const Error &e)
{
    QTextStream(stderr) << e.fullText() << '\n';
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5 || (args[1] != u"batches" && args[1] != u"edits")) {
        QTextStream(stderr) << "usage: tt_faulthelper batches|edits FILE COUNT SIZE|TAG\n";
        return 2;
    }
    const bool batches = args[1] == u"batches";
    const int count = args[3].toInt();
    auto opened = Database::open(args[2]);
    if (!opened)
        return fail(opened.error());
    Database &db = **opened;
    auto counter = counterId(db);
    if (!counter)
        return fail(counter.error());
    MunicipalityRepository places(db);

    if (batches) {
        const int size = args[4].toInt();
        for (int b = 0; b < count; ++b) {
            Transaction tx(db);
            if (!tx.isActive())
                return fail(tx.error());
            auto before = places.get(*counter);
            if (!before)
                return fail(before.error());
            const qint64 batch = before->notes.toLongLong() + 1;
            for (int i = 0; i < size; ++i) {
                Municipality m;
                m.name = QStringLiteral("Batch %1 place %2").arg(batch).arg(i);
                m.countryIso = QStringLiteral("PL");
                m.notes = QString::number(batch);
                if (auto id = places.insert(m); !id)
                    return fail(id.error());
            }
            if (auto s = addToCounter(db, *counter, 0, batch); !s)
                return fail(s.error());
            if (auto s = tx.commit(); !s)
                return fail(s.error());
        }
        return 0;
    }

    const QString tag = args[4];
    for (int i = 0; i < count; ++i) {
        Transaction tx(db);
        if (!tx.isActive())
            return fail(tx.error());
        Municipality m;
        m.name = QStringLiteral("%1 %2").arg(tag).arg(i);
        m.countryIso = QStringLiteral("FR");
        if (auto id = places.insert(m); !id)
            return fail(id.error());
        if (auto s = addToCounter(db, *counter, 1, std::nullopt); !s)
            return fail(s.error());
        if (auto s = tx.commit(); !s)
            return fail(s.error());
    }
    return 0;
}
