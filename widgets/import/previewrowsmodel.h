#pragma once

#include "ingest/fieldguess.h"
#include "ingest/sourcerow.h"

#include <QAbstractTableModel>

namespace urbis {

/**
 * Table model over the first rows of a file (ImportPreview::rows). Lazy: rows are handed to the
 * view in batches through canFetchMore()/fetchMore(), so a 1,000-row preview of a wide file costs
 * the view only what is scrolled into sight. Column headers show the label and the detected type;
 * the vertical header shows the Frictionless row number (header = row 1), the number validation
 * errors refer to. A value holder: the wizard's preview Task reads the file. GUI thread only.
 */
class PreviewRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RowNumberRole = Qt::UserRole + 1, TypeRole };
    static constexpr int BatchSize = 200;

    explicit PreviewRowsModel(QObject *parent = nullptr);

    void setPreview(QStringList labels, QList<SourceRow> rows, QList<FieldGuess> guesses);
    void clear();
    /** The detected (or edited) Table Schema type of column `column`; empty when unknown. */
    QString typeOf(int column) const;
    void setTypes(const QStringList &types);
    /** Model row of the record with Frictionless row number `rowNumber`, fetching batches as needed; -1 if absent. */
    int rowForNumber(qint64 rowNumber);
    int loadedRowCount() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QStringList m_labels;
    QStringList m_types;
    QList<FieldGuess> m_guesses;
    QList<SourceRow> m_rows;
    int m_shown = 0;
};

} // namespace urbis
