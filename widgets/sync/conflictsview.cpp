#include "conflictsview.h"

#include "conflictlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace urbis {

ConflictsView::ConflictsView(QWidget *parent)
    : QWidget(parent), m_model(new ConflictListModel(this)), m_view(new QTableView(this)),
      m_empty(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("conflictList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Conflicts"));
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_empty->setText(tr("No conflicts: nothing changed here and on the remote at the same time."));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton(tr("Keep &mine"),
                                 tr("The remote gets this copy; theirs stays in the remote's blobs"),
                                 "keepMineButton", ConflictResolution::KeepMine));
    buttons->addWidget(addButton(tr("Keep &theirs"),
                                 tr("This catalog gets the remote's copy; your edits stay in the history"),
                                 "keepTheirsButton", ConflictResolution::KeepTheirs));
    buttons->addWidget(addButton(tr("Keep &both"),
                                 tr("Take the remote's versions and add your changes on top as new versions"),
                                 "keepBothButton", ConflictResolution::KeepBoth));
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsView::updateButtons);
    updateButtons();
}

QPushButton *ConflictsView::addButton(const QString &text, const QString &tip, const char *objectName,
                                      ConflictResolution how)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setToolTip(tip);
    connect(button, &QPushButton::clicked, this, [this, how] {
        const QString lineage = selectedLineage();
        if (!lineage.isEmpty())
            emit resolveRequested(lineage, how);
    });
    m_buttons << button;
    return button;
}

void ConflictsView::setConflicts(QList<SyncConflict> conflicts)
{
    const QString selected = selectedLineage();
    m_model->setConflicts(std::move(conflicts));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(ConflictListModel::LineageRole).toString() == selected)
            m_view->selectRow(row);
    }
    m_view->resizeColumnToContents(ConflictListModel::TitleColumn);
    updateButtons();
}

void ConflictsView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

int ConflictsView::count() const
{
    return m_model->rowCount();
}

QString ConflictsView::selectedLineage() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ConflictListModel::LineageRole).toString();
}

void ConflictsView::updateButtons()
{
    const bool selected = !selectedLineage().isEmpty();
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(selected && !m_busy);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
}

} // namespace urbis
