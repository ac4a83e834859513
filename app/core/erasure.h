#pragma once

// Erasing a person: the right the Law of Ukraine on Personal Data Protection
// gives a contact to have their details removed. One operation, in one
// transaction, on a file as on a server:
//
// * the contact keeps its place in the pair (side, role, organisation: the
//   office, not the person) and its name becomes a dated note ("Erased on
//   2026-12-06"); its e-mail, phone, languages and notes are emptied;
// * in the same pair, a copy of the name (or phone, e-mail) typed elsewhere
//   goes too: the pair's responsible officer and reviewer, a milestone's
//   responsible person (emptied), a signatory of an agreement binding the
//   pair (the note instead);
// * the history forgets them: in the contact's own rows those fields become
//   null, and in every row of the database a value equal to the name, phone
//   or e-mail becomes null; the keys and the shape of each row stay;
// * one history row says that a person's details were erased, by whom and
//   when, without them.
//
// It cannot be undone: that is its point. On a server it runs as the function
// twinning_erase_person (serverschema.cpp), which only twinning_admin may
// call; the history is the server's and no login may change it otherwise.

#include "app/core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace tt {

class Database;

// The contact's fields that describe the person and are emptied.
QStringList erasedContactFields();

// The name an erased contact keeps, in the language of the program.
QString erasureNote(const QDate &on);

Status erasePerson(Database &db, qint64 contactId, const QDate &on = QDate::currentDate());

} // namespace tt
