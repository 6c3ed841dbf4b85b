#pragma once

#include "../util/result.h"

#include <QString>

namespace urbis {

/**
 * What the person at this workspace may do with dashboards and KPIs: a viewer filters and exports,
 * an editor also changes definitions and layouts. Kept in `<dataDir>/workspace.json`
 * ({"role": "viewer"|"editor"}); a workspace without the file is the user's own: editor.
 * This is a guard against accidental edits on shared laptops, not a security boundary.
 */
class WorkspaceRole
{
public:
    enum class Role { Viewer, Editor };

    static Role read(const QString &dataDir);
    static Result<void> write(const QString &dataDir, Role role);
    static QString name(Role role); ///< "viewer" / "editor"
};

} // namespace urbis
