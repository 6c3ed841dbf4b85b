#pragma once

#include "catalog/datasetrecord.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace urbis {

/**
 * Form for the hand-curated metadata of one record: title, description, keywords, license, source.
 *
 * Only edits a copy: editedRecord() returns the loaded record with the form's values, and the owner
 * (DatasetDetailsWidget) saves it through the Catalog, which decides what is valid; its refusal is
 * shown inline with showError(). GUI thread only.
 */
class DatasetEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetEditor(QWidget *parent = nullptr);

    void setRecord(const DatasetRecord &record);
    DatasetRecord editedRecord() const;
    void showError(const QString &message);
    QString errorText() const;

    QLineEdit *titleEdit() const { return m_title; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void saveRequested();
    void cancelled();

private:
    DatasetRecord m_record;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_keywords = nullptr;
    QLineEdit *m_license = nullptr;
    QLineEdit *m_source = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace urbis
