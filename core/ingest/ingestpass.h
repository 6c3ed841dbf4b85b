#pragma once

#include "../util/feedback.h"
#include "citychecker.h"
#include "recordsource.h"
#include "tableschema.h"
#include "validationoptions.h"
#include "validationreport.h"

#include <QCoreApplication>

#include <optional>

namespace urbis {

class GpkgWriter;

/**
 * One streaming pass over a RecordSource: the Frictionless baseline checks (TableChecker), the
 * city-data and optional checks (CityChecker) and, when a writer is set, the GeoPackage load from
 * the same cast values, so an import reads and casts each cell once. `urbis validate` is this pass
 * without a writer. Progress and cancel through Feedback; memory bounded as the checkers document.
 */
class IngestPass
{
    Q_DECLARE_TR_FUNCTIONS(urbis::IngestPass)

public:
    struct Settings
    {
        std::optional<TableSchema> schema;
        ValidationOptions validation;
        CityChecker::Options city;
        bool cityChecks = true;
    };

    explicit IngestPass(Settings settings);

    /** Rows are written to `writer` as they are checked (even invalid ones: the import decides later). */
    void setWriter(GpkgWriter *writer) { m_writer = writer; }

    /**
     * Problems of the data go into the report; an Error means the pass could not run (cancelled,
     * the writer failed). A source that breaks mid-way ends the pass with a source-error in the report.
     */
    Result<ValidationReport> run(RecordSource &source, Feedback *feedback = nullptr);

    /** The report of a source that could not even be opened (InvalidData from SourceOpener). */
    static ValidationReport unreadable(const Error &openError);

private:
    Settings m_settings;
    GpkgWriter *m_writer = nullptr;
};

} // namespace urbis
