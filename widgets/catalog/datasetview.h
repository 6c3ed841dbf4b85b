#pragma once

#include "catalog/datasetrecord.h"
#include "catalog/historyentry.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QTableWidget;

namespace urbis {

/**
 * Read-only presentation of one full DatasetRecord: title, description, metadata form, the fields
 * table (name, type, unit, description) and the change history. Holds copies; no catalog access.
 * GUI thread only.
 */
class DatasetView : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetView(QWidget *parent = nullptr);

    void setRecord(const DatasetRecord &record, const QList<HistoryEntry> &history);
    QString titleText() const;
    /** The value shown for a metadata row, by its untranslated key (e.g. "sha256"); for tests. */
    QString valueText(const QString &key) const;

private:
    QLabel *addRow(const QString &key, const QString &label);

    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_values;
    QTableWidget *m_fields = nullptr;
    QListWidget *m_history = nullptr;
};

} // namespace urbis
