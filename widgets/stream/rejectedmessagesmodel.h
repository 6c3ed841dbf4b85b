#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

namespace urbis {

/**
 * The newest messages the streams dropped (malformed, oversized, unmappable), so they are shown
 * rather than hidden: receive time, stream, reason and the first bytes, newest first, at most
 * `capacity`. GUI thread only.
 */
class RejectedMessagesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, StreamColumn, ReasonColumn, ExcerptColumn, ColumnCount };

    explicit RejectedMessagesModel(int capacity = 100, QObject *parent = nullptr);

    void add(const QString &stream, const QString &reason, const QByteArray &excerpt,
             const QDateTime &when = QDateTime::currentDateTime());
    void clear();
    int capacity() const { return m_capacity; }
    /** The excerpt as shown: UTF-8 with control characters escaped, at most 200 characters. */
    static QString excerptText(const QByteArray &excerpt);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QDateTime when;
        QString stream;
        QString reason;
        QString excerpt;
    };
    int m_capacity;
    QList<Entry> m_entries;
};

} // namespace urbis
