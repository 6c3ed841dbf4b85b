#pragma once

#include "../util/statement.h"
#include "datasetrecord.h"

namespace urbis::recordcolumns {

/** Columns of `datasets` in the order read() expects (prefix each with "d." when joining). */
QString selectList(const QString &alias = QStringLiteral("d"));
/** INSERT statement text with one ? per column of bindAll(). */
QString insertSql();
/** UPDATE ... WHERE pk = ? with the same column order as bindAll() and pk last. */
QString updateSql();
/** Binds every column of the record to 1..N; returns N. */
int bindAll(Statement &st, const DatasetRecord &r);
/** Reads a record from a row selected with selectList(); returns its pk through `pk`. */
DatasetRecord read(const Statement &st, qint64 *pk = nullptr);

} // namespace urbis::recordcolumns
