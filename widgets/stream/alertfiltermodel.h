#pragma once

#include "stream/alertrule.h"

#include <QSortFilterProxyModel>

namespace urbis {

/**
 * Filters an AlertListModel: words typed (all must occur in some column, case-insensitive),
 * raised events only, and a minimum severity. GUI thread only.
 */
class AlertFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setRaisedOnly(bool raisedOnly);
    void setMinimumSeverity(AlertRule::Severity severity);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    bool m_raisedOnly = false;
    AlertRule::Severity m_minimum = AlertRule::Severity::Info;
};

} // namespace urbis
