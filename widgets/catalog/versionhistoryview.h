#pragma once

#include "catalog/datasetrecord.h"
#include "catalog/historyentry.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace urbis {

/**
 * The details panel's "History" tab: the versions of the dataset (newest first), what changed in
 * the metadata between the selected version and the one before it (RecordDiff, computed in core),
 * and the change log of the shown version. Holds copies; no catalog access. GUI thread only.
 */
class VersionHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit VersionHistoryView(QWidget *parent = nullptr);

    /** `versions` oldest first (Catalog::versions); `currentId` is selected. */
    void setData(const QList<DatasetRecord> &versions, const QList<HistoryEntry> &history, const QString &currentId);
    /** Selects the version with this id and shows its diff. */
    void selectVersion(const QString &id);
    QTableWidget *diffTable() const { return m_diff; }
    QListWidget *versionList() const { return m_versions; }

signals:
    /** The user activated (double-click / Enter) another version: show it. */
    void versionActivated(const QString &id);

private:
    void showDiff();

    QList<DatasetRecord> m_records; ///< oldest first
    QListWidget *m_versions = nullptr;
    QLabel *m_diffTitle = nullptr;
    QTableWidget *m_diff = nullptr;
    QListWidget *m_history = nullptr;
};

} // namespace urbis
