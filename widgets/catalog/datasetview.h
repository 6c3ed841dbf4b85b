#pragma once

#include "catalog/datasetrecord.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace urbis {

/**
 * Read-only presentation of one DatasetRecord's metadata: title, description and the metadata
 * form (the details panel shows fields and history in their own tabs). Holds copies; no catalog
 * access.
 * GUI thread only.
 */
class DatasetView : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetView(QWidget *parent = nullptr);

    void setRecord(const DatasetRecord &record);
    QString titleText() const;
    /** The value shown for a metadata row, by its untranslated key (e.g. "sha256"); for tests. */
    QString valueText(const QString &key) const;

private:
    QLabel *addRow(const QString &key, const QString &label);

    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_values;
};

} // namespace urbis
