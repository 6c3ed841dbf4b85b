#pragma once

#include <QLoggingCategory>

// One category per module, so `QT_LOGGING_RULES="urbis.catalog.debug=true"` turns on just one.
Q_DECLARE_LOGGING_CATEGORY(lcTask)
Q_DECLARE_LOGGING_CATEGORY(lcSqlite)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcIngest)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
