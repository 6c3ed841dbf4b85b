#pragma once

#include "streamstatus.h"

#include <QAbstractTableModel>
#include <QColor>

namespace urbis {

/**
 * The watched streams of the monitor, one row each: name, URL, link state (coloured), msg/s,
 * samples, malformed and oversized messages, reconnects, rows recorded. Fed snapshots
 * (StreamStatus) on each update; rows keep their place so the selection stays. GUI thread only.
 */
class StreamListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        UrlColumn,
        StateColumn,
        RateColumn,
        SamplesColumn,
        MalformedColumn,
        OversizedColumn,
        ReconnectsColumn,
        RecordingColumn,
        ColumnCount
    };
    enum Role { NameRole = Qt::UserRole + 1 };

    explicit StreamListModel(QObject *parent = nullptr);

    /** Same names in the same order: updated in place (dataChanged); otherwise reset. */
    void setStatuses(QList<StreamStatus> statuses);
    const QList<StreamStatus> &statuses() const { return m_rows; }
    int rowOf(const QString &name) const;

    static QString stateText(StreamSource::State state);
    static QColor stateColor(StreamSource::State state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const StreamStatus &s, int column) const;

    QList<StreamStatus> m_rows;
};

} // namespace urbis
