#pragma once

#include "../ingest/tableschema.h"

#include <QByteArray>
#include <QString>

namespace urbis {

/** One generated demo data file: its name, its bytes and the Table Schema it is imported with. */
struct DemoFile
{
    QString fileName;
    QByteArray bytes;
    TableSchema schema;

    /** A schema field with a unit and a description (empty unit for text and times). */
    static TableField field(const QString &name, const QString &type, const QString &unit = {},
                            const QString &description = {});
    /**
     * The random seed of a file, from its name (FNV-1a): each file's content is fixed whatever
     * else the generator produces, so adding a dataset does not change the others.
     */
    static quint32 seedFor(const QString &fileName);
    /** "Grenoble-Alpes" -> "grenoble-alpes": file names without spaces or capitals. */
    static QString slug(const QString &name);
};

} // namespace urbis
