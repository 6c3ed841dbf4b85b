#pragma once

#include "kpi/dashboard.h"

#include <QPointer>
#include <QUndoCommand>

namespace urbis {

class DesignerDocument;

/**
 * One undo step of the dashboard designer — adding, moving, resizing or removing a panel, a
 * property change, adding, editing or removing a KPI — stored as the dashboard before and after.
 * Dashboards are small (tens of KPIs and panels), so whole values cost little and make undo exact
 * by construction: there is no inverse operation to get wrong.
 *
 * Owned by the document's QUndoStack; holds a QPointer to the document it changes.
 */
class DesignerCommand : public QUndoCommand
{
public:
    DesignerCommand(DesignerDocument *document, Dashboard before, Dashboard after, const QString &text,
                    int mergeId, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    const Dashboard &before() const { return m_before; }
    const Dashboard &after() const { return m_after; }

private:
    QPointer<DesignerDocument> m_document;
    Dashboard m_before;
    Dashboard m_after;
    int m_mergeId;
    QString m_mergeKey;
};

} // namespace urbis
