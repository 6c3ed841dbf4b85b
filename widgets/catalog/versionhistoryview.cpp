#include "versionhistoryview.h"

#include "catalog/recorddiff.h"
#include "recordtext.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace urbis {

VersionHistoryView::VersionHistoryView(QWidget *parent) : QWidget(parent)
{
    m_versions = new QListWidget(this);
    m_versions->setObjectName(QStringLiteral("detailsVersions"));
    m_versions->setToolTip(tr("Select a version to see what changed since the one before; double-click to open it"));
    m_diffTitle = new QLabel(this);
    m_diffTitle->setObjectName(QStringLiteral("diffTitle"));
    m_diffTitle->setWordWrap(true);
    m_diff = new QTableWidget(0, 3, this);
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_diff->verticalHeader()->setVisible(false);
    m_diff->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setWordWrap(true);
    m_diff->setTabKeyNavigation(false);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("detailsHistory"));

    auto *versionsBox = new QGroupBox(tr("Versions"), this);
    (new QVBoxLayout(versionsBox))->addWidget(m_versions);
    auto *diffBox = new QGroupBox(tr("Changes in the metadata"), this);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff, 1);
    auto *logBox = new QGroupBox(tr("Change log of this version"), this);
    (new QVBoxLayout(logBox))->addWidget(m_history);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(versionsBox);
    splitter->addWidget(diffBox);
    splitter->addWidget(logBox);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_versions, &QListWidget::currentRowChanged, this, &VersionHistoryView::showDiff);
    connect(m_versions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit versionActivated(item->data(Qt::UserRole).toString()); });
}

void VersionHistoryView::setData(const QList<DatasetRecord> &versions, const QList<HistoryEntry> &history,
                                 const QString &currentId)
{
    m_records = versions;
    {
        const QSignalBlocker block(m_versions);
        m_versions->clear();
        // Newest first, like the change log: the latest is what people look for.
        for (auto it = m_records.crbegin(); it != m_records.crend(); ++it) {
            auto *item = new QListWidgetItem(
                tr("Version %1 · %2 · %3").arg(it->version).arg(RecordText::dateTime(it->created), it->title), m_versions);
            item->setData(Qt::UserRole, it->id);
        }
    }
    m_history->clear();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        auto *item = new QListWidgetItem(RecordText::historyLine(*it), m_history);
        item->setToolTip(RecordText::historyDetails(*it));
    }
    selectVersion(currentId);
}

void VersionHistoryView::selectVersion(const QString &id)
{
    for (int i = 0; i < m_versions->count(); ++i) {
        if (m_versions->item(i)->data(Qt::UserRole).toString() == id) {
            m_versions->setCurrentRow(i);
            showDiff(); // also when the row did not change but the records did
            return;
        }
    }
    showDiff();
}

void VersionHistoryView::showDiff()
{
    m_diff->setRowCount(0);
    const int row = m_versions->currentRow();
    // The list is newest first; m_records oldest first.
    const int index = row < 0 ? -1 : int(m_records.size()) - 1 - row;
    if (index < 0 || index >= m_records.size()) {
        m_diffTitle->setText(QString());
        return;
    }
    const DatasetRecord &newer = m_records.at(index);
    if (index == 0) {
        m_diffTitle->setText(tr("Version %1 is the first version: nothing to compare it with.").arg(newer.version));
        return;
    }
    const DatasetRecord &older = m_records.at(index - 1);
    const QList<RecordDiff::Change> changes = RecordDiff::between(older, newer);
    m_diffTitle->setText(changes.isEmpty()
                             ? tr("No metadata changed between version %1 and version %2.").arg(older.version).arg(newer.version)
                             : tr("Version %1 compared with version %2:").arg(newer.version).arg(older.version));
    m_diff->setRowCount(int(changes.size()));
    for (int i = 0; i < changes.size(); ++i) {
        const RecordDiff::Change &c = changes.at(i);
        const QStringList cells{RecordText::fieldLabel(c.field), c.before.isEmpty() ? tr("(none)") : c.before,
                                c.after.isEmpty() ? tr("(none)") : c.after};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (col == 0)
                item->setData(Qt::UserRole, c.field);
            m_diff->setItem(i, col, item);
        }
    }
    m_diff->resizeRowsToContents();
}

} // namespace urbis
