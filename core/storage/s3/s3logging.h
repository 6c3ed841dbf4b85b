#pragma once

#include <QLoggingCategory>

// The S3 client's own category: QT_LOGGING_RULES="urbis.s3.debug=true" shows retries and transfers.
Q_DECLARE_LOGGING_CATEGORY(lcS3)
