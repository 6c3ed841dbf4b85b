#pragma once

#include "../util/feedback.h"
#include "../util/result.h"
#include "gpkglayout.h"

#include <QCoreApplication>
#include <QVariant>

#include <memory>

namespace urbis {

/**
 * Writes one table as a GeoPackage layer through GDAL, row by row in one transaction, with typed
 * columns (integer, real, boolean, date, time, datetime, text, JSON). The R*Tree spatial index is
 * built once after the bulk load (finish()), which is several times faster than maintaining it per
 * row. The file is a work file: the caller moves it into the object store when finish() succeeds.
 */
class GpkgWriter
{
    Q_DECLARE_TR_FUNCTIONS(urbis::GpkgWriter)

public:
    /** Creates `path` (which must not exist). Io when it cannot be created, InvalidArgument for a bad layout. */
    static Result<GpkgWriter> create(const QString &path, const GpkgLayout &layout);

    GpkgWriter(GpkgWriter &&) noexcept;
    GpkgWriter &operator=(GpkgWriter &&) noexcept;
    ~GpkgWriter(); ///< without finish(): rolls back and deletes the file

    /**
     * One row: `values` in field order as TableChecker casts them (invalid = null), `wkb` the
     * record's own geometry for Geometry::Source. A row whose geometry cannot be built is stored
     * without one (the validation report says why).
     */
    Result<void> write(const QList<QVariant> &values, const QByteArray &wkb = {});
    /** Commits, builds the spatial index, closes. */
    Result<void> finish(Feedback *feedback = nullptr);

    qint64 rowsWritten() const;

private:
    struct Impl;
    explicit GpkgWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace urbis
