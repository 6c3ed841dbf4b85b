#pragma once

#include "stream/fieldmapping.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace urbis {

/**
 * Edits a FieldMapping: the time key and format, the station / entity key, lat / lon keys, the
 * measures with their units (a table) and the text attributes; or leaves the mapping to be inferred
 * from the first record. Starts with the Annex B mapping. GUI thread only.
 */
class FieldMappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FieldMappingEditor(QWidget *parent = nullptr);

    /** An empty mapping sets "infer from the first record". */
    void setMapping(const FieldMapping &mapping);
    /** Empty when inferring. Measure rows without a key are left out. */
    FieldMapping mapping() const;
    bool isInferred() const;
    void setInferred(bool inferred);

    QTableWidget *measuresTable() const { return m_measures; }

signals:
    void changed();

private:
    void addMeasureRow(const QString &key, const QString &unit);
    void updateEnabled();

    QCheckBox *m_infer;
    QLineEdit *m_timeKey;
    QComboBox *m_timeFormat;
    QLineEdit *m_entityKey;
    QLineEdit *m_latKey;
    QLineEdit *m_lonKey;
    QTableWidget *m_measures;
    QPushButton *m_addMeasure;
    QPushButton *m_removeMeasure;
    QPushButton *m_annexB;
    QLineEdit *m_attributes;
};

} // namespace urbis
