#pragma once

#include "catalog/datasetrecord.h"

#include <QAbstractTableModel>

namespace urbis {

/**
 * Table model over the records of one catalog search page (urbis::SearchResult::records):
 * title, city, domain, format, time range, validation. One row can be highlighted (BackgroundRole)
 * to mirror the footprint under the mouse on the map.
 *
 * A plain value holder: it never queries the catalog itself, the search widget hands it records.
 * GUI thread only.
 */
class CatalogResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        CityColumn,
        DomainColumn,
        FormatColumn,
        TimeColumn,
        ValidationColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit CatalogResultsModel(QObject *parent = nullptr);

    void setRecords(QList<DatasetRecord> records);
    const QList<DatasetRecord> &records() const { return m_records; }
    /** The record at `row`; an empty record when out of range. */
    DatasetRecord recordAt(int row) const;
    /** Row of the dataset `id`, or -1. */
    int rowOf(const QString &id) const;
    /** The row of `id` is drawn highlighted (hover sync with the map); empty for none. */
    void setHighlightedId(const QString &id);
    QString highlightedId() const { return m_highlighted; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DatasetRecord> m_records;
    QString m_highlighted;
};

} // namespace urbis
