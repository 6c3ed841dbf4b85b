#pragma once

#include <QSortFilterProxyModel>

namespace urbis {

/**
 * Sorts and filters a ReportErrorsModel: by error type (exact; empty = all) and by text found in
 * any column (case-insensitive). Sorting uses ReportErrorsModel::SortRole.
 */
class ReportErrorFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReportErrorFilter(QObject *parent = nullptr);

    void setErrorType(const QString &type);
    QString errorType() const { return m_type; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    QString m_text;
};

} // namespace urbis
