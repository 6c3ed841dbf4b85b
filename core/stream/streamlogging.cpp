#include "streamlogging.h"

Q_LOGGING_CATEGORY(lcStream, "urbis.stream", QtInfoMsg)
