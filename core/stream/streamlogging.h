#pragma once

#include <QLoggingCategory>

// The live feeds' own category: QT_LOGGING_RULES="urbis.stream.debug=true" shows connects and drops.
Q_DECLARE_LOGGING_CATEGORY(lcStream)
