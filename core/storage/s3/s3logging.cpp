#include "s3logging.h"

Q_LOGGING_CATEGORY(lcS3, "urbis.s3", QtInfoMsg)
