#include "datasetactionbar.h"

#include "catalog/datasetassets.h"

#include <QAction>
#include <QGridLayout>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace urbis {

DatasetActionBar::DatasetActionBar(QWidget *parent) : QWidget(parent)
{
    m_edit = makeAction(QStringLiteral("actionEditDataset"), tr("&Edit…"), QKeySequence(Qt::Key_F2),
                        tr("Change title, description, keywords, license and source"));
    m_exportData = makeAction(QStringLiteral("actionExportData"), tr("Export the &data…"),
                              QKeySequence(tr("Ctrl+Shift+E")), tr("Save the stored data (GeoPackage or GeoTIFF) as a file"));
    m_exportSource = makeAction(QStringLiteral("actionExportSource"), tr("Export the &original file…"), QKeySequence(),
                                tr("Save the file as it was imported"));
    m_exportReport = makeAction(QStringLiteral("actionExportReport"), tr("Export the validation &report…"), QKeySequence(),
                                tr("Save the validation report (JSON)"));
    m_newVersion = makeAction(QStringLiteral("actionNewVersion"), tr("Ne&w version…"), QKeySequence(tr("Ctrl+Shift+N")),
                              tr("Import a changed file as the next version of this dataset"));
    m_showOnMap = makeAction(QStringLiteral("actionShowOnMap"), tr("Show on m&ap"), QKeySequence(tr("Ctrl+Shift+M")),
                             tr("Zoom the map to this dataset"));
    m_delete = makeAction(QStringLiteral("actionDeleteDataset"), tr("Delete…"), QKeySequence(QKeySequence::Delete),
                          tr("Delete this version from the catalog (its history is kept)"));

    m_editButton = new QPushButton(m_edit->text(), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setToolTip(m_edit->toolTip());
    connect(m_editButton, &QPushButton::clicked, m_edit, &QAction::trigger);
    connect(m_edit, &QAction::changed, this, [this] { m_editButton->setEnabled(m_edit->isEnabled()); });

    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    menu->addActions({m_exportData, m_exportSource, m_exportReport});
    m_exportButton->setMenu(menu);

    // Two short rows: a dock is often narrow, and one long row would set the dock's minimum width.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editButton, 0, 0);
    layout->addWidget(m_exportButton, 0, 1);
    int column = 0;
    for (QAction *a : {m_newVersion, m_showOnMap, m_delete}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setFocusPolicy(Qt::StrongFocus); // tool buttons skip Tab by default
        b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        layout->addWidget(b, 1, column++);
    }
    m_fetchData = makeAction(QStringLiteral("actionFetchData"), tr("Download the &data"), QKeySequence(tr("Ctrl+Shift+D")),
                             tr("Bring this dataset's data from the remote it was synced with"));
    m_fetchButton = new QToolButton(this);
    m_fetchButton->setDefaultAction(m_fetchData);
    m_fetchButton->setObjectName(QStringLiteral("actionFetchDataButton"));
    m_fetchButton->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_fetchButton, 0, 2);
    m_exportButton->setFocusPolicy(Qt::StrongFocus);
    m_exportButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->setColumnStretch(3, 1);
    updateEnabled();
}

QAction *DatasetActionBar::makeAction(const QString &name, const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcut(shortcut);
    // Only while the focus is in the details panel: Delete in the catalog list must not delete.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    return a;
}

QList<QAction *> DatasetActionBar::allActions() const
{
    return {m_edit, m_exportData, m_exportSource, m_exportReport, m_newVersion, m_showOnMap, m_delete, m_fetchData};
}

void DatasetActionBar::setRecord(const DatasetRecord &record, bool hasStore, bool dataMissing)
{
    m_record = record;
    m_hasStore = hasStore;
    m_dataMissing = dataMissing;
    updateEnabled();
}

void DatasetActionBar::setEditing(bool editing)
{
    m_editing = editing;
    updateEnabled();
}

void DatasetActionBar::updateEnabled()
{
    const bool shown = !m_record.id.isEmpty() && !m_editing;
    m_edit->setEnabled(shown);
    m_exportData->setEnabled(shown && m_hasStore && !m_dataMissing && DatasetAssets::find(m_record, QStringLiteral("data")).has_value());
    m_exportSource->setEnabled(shown && m_hasStore && DatasetAssets::find(m_record, QStringLiteral("source")).has_value());
    m_exportReport->setEnabled(shown && m_hasStore && DatasetAssets::find(m_record, QStringLiteral("report")).has_value());
    m_exportButton->setEnabled(m_exportData->isEnabled() || m_exportSource->isEnabled() || m_exportReport->isEnabled());
    // Versions chain linearly: only the latest can get a successor.
    m_newVersion->setEnabled(shown && m_record.supersededBy.isEmpty());
    m_showOnMap->setEnabled(shown && m_record.bbox.isValid());
    m_delete->setEnabled(shown);
    m_editButton->setEnabled(m_edit->isEnabled());
    m_fetchData->setEnabled(shown && m_dataMissing);
    m_fetchButton->setVisible(shown && m_dataMissing);
}

} // namespace urbis
