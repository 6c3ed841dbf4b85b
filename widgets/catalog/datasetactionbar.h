#pragma once

#include "catalog/datasetrecord.h"

#include <QWidget>

class QAction;
class QPushButton;
class QToolButton;

namespace urbis {

/**
 * The details panel's action row: Edit, Export (data, original file, report), New version, Show on
 * map and Delete, each a QAction with a shortcut (the owner adds them to itself so they work while
 * the focus is anywhere in the panel) and a button reachable with Tab. Enables what fits the shown
 * record; does nothing itself, the owner connects `triggered`. GUI thread only.
 */
class DatasetActionBar : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetActionBar(QWidget *parent = nullptr);

    /** Enables the actions that make sense for `record`; `hasStore` gates the exports. */
    void setRecord(const DatasetRecord &record, bool hasStore, bool dataMissing = false);
    /** While the editor is open only its own Save / Cancel apply. */
    void setEditing(bool editing);
    QList<QAction *> allActions() const;

    QAction *editAction() const { return m_edit; }
    QAction *exportDataAction() const { return m_exportData; }
    QAction *exportSourceAction() const { return m_exportSource; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *newVersionAction() const { return m_newVersion; }
    QAction *showOnMapAction() const { return m_showOnMap; }
    QAction *deleteAction() const { return m_delete; }
    /** Shown only for a pulled dataset whose data is not on this computer yet (selective sync). */
    QAction *fetchDataAction() const { return m_fetchData; }
    QPushButton *editButton() const { return m_editButton; }

private:
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut, const QString &tip);
    void updateEnabled();

    QAction *m_edit = nullptr;
    QAction *m_exportData = nullptr;
    QAction *m_exportSource = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_newVersion = nullptr;
    QAction *m_showOnMap = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_fetchData = nullptr;
    QToolButton *m_fetchButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    DatasetRecord m_record;
    bool m_hasStore = false;
    bool m_dataMissing = false;
    bool m_editing = false;
};

} // namespace urbis
