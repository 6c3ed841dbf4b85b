#include "logging.h"

Q_LOGGING_CATEGORY(lcTask, "urbis.task", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSqlite, "urbis.sqlite", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "urbis.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "urbis.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "urbis.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIngest, "urbis.ingest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "urbis.app", QtInfoMsg)
