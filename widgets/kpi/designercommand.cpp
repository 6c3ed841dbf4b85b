#include "designercommand.h"

#include "designerdocument.h"

namespace urbis {

DesignerCommand::DesignerCommand(DesignerDocument *document, Dashboard before, Dashboard after,
                                 const QString &text, int mergeId, QString mergeKey)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeId(mergeId), m_mergeKey(std::move(mergeKey))
{}

void DesignerCommand::undo()
{
    if (m_document)
        m_document->set(m_before);
}

void DesignerCommand::redo()
{
    if (m_document)
        m_document->set(m_after);
}

bool DesignerCommand::mergeWith(const QUndoCommand *other)
{
    // Same id is checked by QUndoStack; the key narrows it to the same field of the same panel.
    const auto *next = static_cast<const DesignerCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // typed and deleted again: no step left to undo
    return true;
}

} // namespace urbis
