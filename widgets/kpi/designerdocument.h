#pragma once

#include "kpi/dashboard.h"

#include <QObject>

class QUndoStack;

namespace urbis {

/**
 * The dashboard being designed, shared by the designer's views (grid, palette, property panels):
 * the current Dashboard value, the selected panel and the undo stack every change goes through.
 *
 * A change is a whole new Dashboard value pushed with apply(); the DesignerCommand keeps the value
 * before and after, so undo restores the exact previous dashboard. Read-only documents refuse
 * changes. Owns its QUndoStack. GUI thread only.
 */
class DesignerDocument : public QObject
{
    Q_OBJECT
public:
    /** Ids for QUndoCommand merging: consecutive edits of one text field become one undo step. */
    enum MergeId { NoMerge = -1, PropertyMerge = 1 };

    explicit DesignerDocument(QObject *parent = nullptr);

    const Dashboard &dashboard() const { return m_dashboard; }
    /** Starts over with `dashboard`: clears the undo history and marks it unmodified. */
    void reset(const Dashboard &dashboard);
    /**
     * Records the change from the current dashboard to `after` as one undo step named `text`.
     * False (nothing recorded) when read-only or when `after` equals the current dashboard.
     * Commands with the same `mergeId` (not NoMerge) and `mergeKey` in a row merge into one.
     */
    bool apply(const Dashboard &after, const QString &text, int mergeId = NoMerge,
               const QString &mergeKey = {});

    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;
    /** Call after a successful save. */
    void markSaved();

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QString selectedPanel() const { return m_selected; }
    void setSelectedPanel(const QString &id);

signals:
    /** The dashboard value changed (an edit, an undo or redo, or a reset). */
    void changed();
    void selectionChanged(const QString &panelId);
    void readOnlyChanged(bool readOnly);

private:
    friend class DesignerCommand;
    /** Sets the value without recording (the command's redo/undo). */
    void set(const Dashboard &dashboard);

    Dashboard m_dashboard;
    QString m_selected;
    bool m_readOnly = false;
    QUndoStack *m_undo = nullptr;
};

} // namespace urbis
