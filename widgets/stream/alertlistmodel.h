#pragma once

#include "stream/alertevent.h"

#include <QAbstractTableModel>
#include <QColor>

namespace urbis {

/**
 * Alert events of all watched streams, newest first, at most `capacity` (older ones fall off; the
 * AlertLog file keeps them all): time, severity (coloured), stream, station, rule, message, and
 * whether it was raised or cleared. GUI thread only.
 */
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, SeverityColumn, StreamColumn, StationColumn, RuleColumn, MessageColumn, StateColumn, ColumnCount };
    enum Role { RaisedRole = Qt::UserRole + 1, SeverityRole };

    struct Entry
    {
        QString stream;
        AlertEvent event;
    };

    explicit AlertListModel(int capacity = 1'000, QObject *parent = nullptr);

    void add(const QString &stream, const AlertEvent &event);
    /** Older events (e.g. read from the alert log), newest first; put below what is there. */
    void appendOlder(const QList<Entry> &entries);
    void clear();
    const Entry &entry(int row) const { return m_entries.at(row); }

    static QColor severityColor(AlertRule::Severity severity);
    static QString severityText(AlertRule::Severity severity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Entry &e, int column) const;

    int m_capacity;
    QList<Entry> m_entries;
};

} // namespace urbis
