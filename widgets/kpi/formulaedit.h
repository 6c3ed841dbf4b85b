#pragma once

#include "catalog/fieldinfo.h"
#include "kpi/formulacheck.h"

#include <QMap>
#include <QPlainTextEdit>

class QCompleter;
class QLabel;
class QStandardItemModel;
class QTimer;

namespace urbis {

/**
 * The formula box of the KPI editor: a plain-text editor that completes field names (`alias.field`
 * for non-default sources), function names (inserting their call template) and keywords, and marks
 * what FormulaCheck reports inline — a red wavy underline for errors, amber for warnings, the
 * message as tooltip — with a one-line status under the text.
 *
 * The check runs on a short debounce after each edit, on the GUI thread: it only parses the text
 * against the field lists it was given (no I/O). Fields come from the owner (KpiEditor loads them
 * off the GUI thread). GUI thread only; owns its completer, its model and its status label.
 */
class FormulaEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit FormulaEdit(QWidget *parent = nullptr);

    using FieldMap = QMap<QString, QList<FieldInfo>>;

    QString formula() const { return toPlainText(); }
    void setFormula(const QString &formula);

    /** The sources' fields (alias -> fields; "" is the default source). Re-checks and refills completion. */
    void setFields(const FieldMap &fields);
    const FieldMap &fields() const { return m_fields; }
    /** The KPI's declared unit; a differing result unit becomes a warning. */
    void setDeclaredUnit(const QString &unit);

    /** One line (height of a line edit, Return does not break the line) or several. */
    void setMultiLine(bool multiLine);
    bool isMultiLine() const { return m_multiLine; }

    QList<FormulaDiagnostic> diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;
    QString statusText() const;
    QCompleter *completer() const { return m_completer; }
    /** Every completion entry's text as shown in the popup (fields, functions, keywords). */
    QStringList completionEntries() const;

    /** Runs the check now instead of waiting for the debounce (tests, and before saving). */
    void checkNow();
    /** Opens the completion popup for the word before the cursor (also Ctrl+Space). */
    void complete();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** After each check; `errors` counts Error diagnostics. */
    void checked(int errors, int warnings);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuildCompletion();
    void insertCompletion(const QModelIndex &index);
    QString wordBeforeCursor() const;
    void showDiagnostics();
    void placeStatus();
    int lineHeight() const;

    FieldMap m_fields;
    QString m_declaredUnit;
    bool m_multiLine = true;
    QList<FormulaDiagnostic> m_diagnostics;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace urbis
