#include "rejectedmessagesmodel.h"

#include <QFontDatabase>

namespace urbis {

namespace {
constexpr int kExcerptChars = 200;
}

RejectedMessagesModel::RejectedMessagesModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(capacity)
{
}

QString RejectedMessagesModel::excerptText(const QByteArray &excerpt)
{
    const QString text = QString::fromUtf8(excerpt.left(kExcerptChars * 4));
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), kExcerptChars + 1));
    for (const QChar c : text) {
        if (out.size() >= kExcerptChars) {
            out += QChar(0x2026);
            break;
        }
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void RejectedMessagesModel::add(const QString &stream, const QString &reason, const QByteArray &excerpt,
                                const QDateTime &when)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend({when, stream, reason, excerptText(excerpt)});
    endInsertRows();
    if (m_entries.size() > m_capacity) {
        beginRemoveRows(QModelIndex(), m_capacity, int(m_entries.size()) - 1);
        m_entries.resize(m_capacity);
        endRemoveRows();
    }
}

void RejectedMessagesModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int RejectedMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RejectedMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return e.when.toString(QStringLiteral("HH:mm:ss.zzz"));
        case StreamColumn:
            return e.stream;
        case ReasonColumn:
            return e.reason;
        case ExcerptColumn:
            return e.excerpt;
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == ExcerptColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant RejectedMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case StreamColumn:
        return tr("Stream");
    case ReasonColumn:
        return tr("Why it was dropped");
    case ExcerptColumn:
        return tr("Message (first bytes)");
    default:
        return {};
    }
}

} // namespace urbis
