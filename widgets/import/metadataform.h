#pragma once

#include "catalog/datasetrecord.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace urbis {

/**
 * The dataset metadata the user gives an import: title (required), description, city, domain
 * (DatasetRecord::domains()), license and source. Reads and writes the matching DatasetRecord fields.
 */
class MetadataForm : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataForm(QWidget *parent = nullptr);

    /** Fills the form; fields already typed by the user are kept unless `overwrite`. */
    void setDefaults(const DatasetRecord &record, bool overwrite);
    DatasetRecord metadata() const;
    bool isComplete() const;
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *domainCombo() const { return m_domain; }

signals:
    void changed();

private:
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_domain = nullptr;
    QComboBox *m_license = nullptr;
    QLineEdit *m_source = nullptr;
};

} // namespace urbis
