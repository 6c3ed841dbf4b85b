#include "assetexport.h"

#include "../storage/objectstore.h"
#include "../util/functiontask.h"

#include <QFileInfo>

namespace urbis {

Task *AssetExport::makeTask(std::shared_ptr<const ObjectStore> store, const AssetInfo &asset, const QString &path)
{
    const QString description = tr("Export %1 to %2").arg(asset.name.isEmpty() ? asset.role : asset.name, QFileInfo(path).fileName());
    return new FunctionTask(description, [store = std::move(store), sha = asset.sha256, path](Feedback &feedback) -> Result<void> {
        if (!store)
            return Error(Error::Code::Internal, tr("No object store to export from"));
        return store->copyTo(sha, path, &feedback);
    });
}

} // namespace urbis
