#pragma once

#include "remotelayout.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace urbis {

/**
 * The static STAC tree above the Items: one Collection per city and domain (the Items' parent),
 * one per city above those, and the root catalog.json. Built from the Items' summaries
 * (StacItemCodec::summary); documents() lists them in the order to write them (leaves first),
 * so every link in a document already written points at something that exists.
 */
class StacCatalogBuilder
{
public:
    explicit StacCatalogBuilder(RemoteLayout layout, QString title = {});

    /** `summaries`: Item id -> summary. */
    QList<std::pair<QString, QJsonObject>> documents(const QMap<QString, QJsonObject> &summaries) const;

private:
    static QJsonObject collection(const QString &id, const QString &title, const QString &description,
                                  const QList<QJsonObject> &summaries);

    RemoteLayout m_layout;
    QString m_title;
};

} // namespace urbis
