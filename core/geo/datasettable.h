#pragma once

#include "../util/feedback.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace urbis {

/**
 * Reads the rows of a stored GeoPackage (the data asset of a table or vector dataset) in batches,
 * for the details panel's data preview: attribute columns first, then the geometry as WKT (long
 * geometries shortened). Opened read-only; the file is never changed.
 *
 * Not thread-safe, but not bound to a thread either: one thread at a time may call it, so a GUI
 * model can read each batch on a worker. Move-only; closing happens in the destructor.
 */
class DatasetTable
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DatasetTable)
public:
    struct Column
    {
        QString name;
        QString type; ///< Table Schema type: integer, number, string, date, datetime, geometry, ...
    };
    using Row = QList<QVariant>; ///< qint64, double or QString per cell; invalid QVariant for null

    /** Opens the first layer of the GeoPackage at `path` (a content-addressed blob has no suffix). */
    static Result<DatasetTable> open(const QString &path);

    DatasetTable(DatasetTable &&) noexcept;
    DatasetTable &operator=(DatasetTable &&) noexcept;
    ~DatasetTable();

    const QList<Column> &columns() const;
    /** Rows in the layer as GeoPackage keeps it (no scan); -1 when unknown. */
    qint64 rowCount() const;
    /** True once a read has reached the last row. */
    bool atEnd() const;
    /** The next at most `max` rows; fewer (possibly none) at the end. Cancel stops between rows. */
    Result<QList<Row>> readRows(int max, Feedback *feedback = nullptr);

private:
    struct Private;
    explicit DatasetTable(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace urbis
