#pragma once

#include <QCoreApplication>
#include "../util/feedback.h"
#include "workspace.h"

namespace urbis {

/**
 * Fills a workspace with small synthetic city datasets (air quality per city, energy, waste and
 * traffic for some) so a first start shows something real to browse. Generation is deterministic
 * (fixed seed). Datasets already present (same title) are left alone, so running it twice is safe.
 */
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DemoWorkspace)

public:
    struct Summary
    {
        QStringList created;  ///< ids of new datasets
        QStringList existing; ///< ids of demo datasets that were there already
    };

    static Result<Summary> create(Workspace &workspace, Feedback *feedback = nullptr);
};

} // namespace urbis
