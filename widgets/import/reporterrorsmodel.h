#pragma once

#include "ingest/validationreport.h"

#include <QAbstractTableModel>

namespace urbis {

/**
 * Table model over the findings of a ValidationReport: its errors, then its notices (advisory
 * findings such as unit-missing, shown in amber): row, field, type, cell, message. Sorting uses
 * SortRole (numbers for row and field, so row 10 sorts after row 9). GUI thread only.
 */
class ReportErrorsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, FieldColumn, TypeColumn, CellColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RowNumberRole, TypeRole, NoticeRole };

    explicit ReportErrorsModel(QObject *parent = nullptr);

    void setReport(ValidationReport report);
    void clear() { setReport({}); }
    const ValidationReport &report() const { return m_report; }
    /** The finding shown in `row` (errors first, then notices). */
    const ValidationError &at(int row) const;
    bool isNotice(int row) const { return row >= m_report.errors.size(); }
    /** Distinct types (errors and notices) in order of first appearance, with their counts. */
    QList<QPair<QString, int>> typeCounts() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ValidationReport m_report;
};

} // namespace urbis
