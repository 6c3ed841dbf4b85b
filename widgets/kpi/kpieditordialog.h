#pragma once

#include "kpi/kpidefinition.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;

namespace urbis {

class KpiCache;
class KpiEditor;
class TaskManager;

/**
 * A dialog around KpiEditor for adding or editing one KPI: OK (Ctrl+Return) is enabled only while
 * the definition is acceptable. The caller reads definition() after accept and decides what to do
 * with it (the designer pushes an undo command). GUI thread.
 */
class KpiEditorDialog : public QDialog
{
    Q_OBJECT
public:
    KpiEditorDialog(QString dataDir, TaskManager *tasks, std::shared_ptr<KpiCache> cache,
                    QWidget *parent = nullptr);

    void setDefinition(const KpiDefinition &kpi);
    KpiDefinition definition() const;
    void setTakenIds(const QStringList &ids);
    KpiEditor *editor() const { return m_editor; }

private:
    void updateOk();

    KpiEditor *m_editor = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace urbis
