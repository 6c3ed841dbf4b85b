#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace urbis {

class ReportErrorFilter;
class ReportErrorsModel;
class TaskProgressWidget;

/**
 * Fourth page: validates the whole file against the edited schema (IngestPass, no writing) as a
 * Task with progress and Cancel, then lists the errors: sortable, filtered by error type and by
 * text; a double-click jumps to the row in the preview. "Export report…" saves the Frictionless
 * JSON. Holds the import choices: import even with errors, add as a new version of a dataset with
 * the same title.
 */
class ReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReportPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    ReportErrorsModel *model() const { return m_model; }
    ReportErrorFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *typeCombo() const { return m_typeCombo; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *allowInvalidBox() const { return m_allowInvalid; }
    QCheckBox *newVersionBox() const { return m_newVersion; }
    QLabel *verdictLabel() const { return m_verdict; }
    TaskProgressWidget *progress() const { return m_progress; }

    bool isValidating() const;
    bool hasReport() const { return m_hasReport; }
    bool allowInvalid() const;
    /** Id of the dataset the import becomes a new version of; empty for a new dataset. */
    QString newVersionOf() const;
    /** Writes the report as Frictionless JSON to `path`; false (and a message) on failure. */
    bool exportTo(const QString &path);
    /** Starts the validation again (after a cancel or a schema change). */
    void validate();

private:
    void showReport();
    void exportReport();
    void checkSameTitle();

    bool m_hasReport = false;
    QString m_sameTitleId;
    ReportErrorsModel *m_model = nullptr;
    ReportErrorFilter *m_filter = nullptr;
    TaskProgressWidget *m_progress = nullptr;
    QLabel *m_verdict = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_rerun = nullptr;
    QCheckBox *m_allowInvalid = nullptr;
    QCheckBox *m_newVersion = nullptr;
};

} // namespace urbis
