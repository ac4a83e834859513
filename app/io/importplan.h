#pragma once

// What the import's steps hand on: planning (importplanner.h) turns the rows
// into PlannedPartnerships and new places, and hands them to writing (planwriter.h) in
// Batches. The files of the import, in the order a row passes them:
//
//   importer.h       the entry points: importFile(), importTable()
//   csvreader.h, xlsxreader.h, table.h   reading a file into rows
//   rowvalues.h      reading a row's cells by field
//   municipalityfinder.h   finding the community and the partner a row names
//   importplanner.h  planning a row: add, update, leave or reject
//   planwriter.h     writing a plan in one transaction
//   importpipeline.h the threads that read, plan and write at the same time

#include "app/core/entities.h"

#include <QCoreApplication>

namespace tt::io {

// The messages of the import, under the context that lupdate records for them.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// A place that exists (id > 0) or is to be created by this import (id < 0, the
// -1-based index into the plan's new places).
using MunicipalityId = qint64;

struct PlannedPartnership
{
    int line = 0;
    Partnership pair;
    QList<qint64> areaIds;
    bool isNew = true;
    QStringList updatedFields; // of an existing pair
};

// What planning hands to writing, in the order it was planned: the places that
// the batch's rows create, then the pairs, which may name those places by
// their negative ids.
struct Batch
{
    QList<Community> communities;
    QList<Municipality> partners;
    QList<PlannedPartnership> pairs;
};

} // namespace tt::io
