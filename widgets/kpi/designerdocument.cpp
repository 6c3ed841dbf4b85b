#include "designerdocument.h"

#include "designercommand.h"

#include <QUndoStack>

namespace urbis {

DesignerDocument::DesignerDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

void DesignerDocument::reset(const Dashboard &dashboard)
{
    m_undo->clear();
    m_selected.clear();
    set(dashboard);
    m_undo->setClean();
    emit selectionChanged(m_selected);
}

bool DesignerDocument::apply(const Dashboard &after, const QString &text, int mergeId,
                             const QString &mergeKey)
{
    if (m_readOnly || after == m_dashboard)
        return false;
    m_undo->push(new DesignerCommand(this, m_dashboard, after, text, mergeId, mergeKey));
    return true;
}

bool DesignerDocument::isModified() const
{
    return !m_undo->isClean();
}

void DesignerDocument::markSaved()
{
    m_undo->setClean();
}

void DesignerDocument::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

void DesignerDocument::setSelectedPanel(const QString &id)
{
    const QString valid = m_dashboard.panel(id) ? id : QString();
    if (valid == m_selected)
        return;
    m_selected = valid;
    emit selectionChanged(m_selected);
}

void DesignerDocument::set(const Dashboard &dashboard)
{
    m_dashboard = dashboard;
    emit changed();
    if (!m_selected.isEmpty() && !m_dashboard.panel(m_selected)) { // undo of an add, or a removal
        m_selected.clear();
        emit selectionChanged(m_selected);
    }
}

} // namespace urbis
