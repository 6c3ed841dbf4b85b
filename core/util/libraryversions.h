#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace urbis {

/** Name/version pairs of the libraries Urbis runs on (Qt, GDAL, SQLite), for About and --version. */
QList<QPair<QString, QString>> libraryVersions();

} // namespace urbis
