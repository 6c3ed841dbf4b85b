#pragma once

#include "catalog/datasetrecord.h"
#include "catalog/recordvalidator.h"

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
 * (DatasetDetailsWidget) checks it with core's RecordValidator (title, description, license and
 * source are required) and saves it through the Catalog. Refusals are shown inline: showProblems()
 * marks the fields and focuses the first one, showError() shows the catalog's message. GUI thread only.
 */
class DatasetEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetEditor(QWidget *parent = nullptr);

    void setRecord(const DatasetRecord &record);
    DatasetRecord editedRecord() const;
    void showError(const QString &message);
    /** Lists `problems` under the form, marks their fields and focuses the first. */
    void showProblems(const QList<RecordValidator::Problem> &problems);
    QString errorText() const;

    QLineEdit *titleEdit() const { return m_title; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void saveRequested();
    void cancelled();

private:
    QWidget *fieldWidget(const QString &field) const;
    void clearMarks();

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
