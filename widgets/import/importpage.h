#pragma once

#include "ingest/importoutcome.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;

namespace urbis {

class TaskProgressWidget;

/**
 * Last page: runs ImportJob for the current file as a Task (progress, Cancel) with the schema,
 * metadata and choices of the earlier pages, then shows the outcome: the new dataset's id, a
 * duplicate of an existing dataset, or a refusal with its reason. When more files wait in the list,
 * "Import next file" starts over with the next one.
 */
class ImportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isImporting() const;
    /** The outcome of the last import; empty while importing or after a failure. */
    const std::optional<ImportOutcome> &outcome() const { return m_outcome; }
    QLabel *resultLabel() const { return m_result; }
    TaskProgressWidget *progress() const { return m_progress; }

signals:
    void imported(const QString &id);

private:
    void start();
    void showOutcome();

    std::optional<ImportOutcome> m_outcome;
    bool m_done = false;
    TaskProgressWidget *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace urbis
