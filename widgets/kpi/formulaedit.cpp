#include "formulaedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace urbis {

namespace {

constexpr int kDebounceMs = 250;
constexpr int kMinPrefix = 2; // one letter opens too many popups while typing numbers and operators

enum Role { InsertRole = Qt::UserRole + 1, KindRole };
enum class Kind { Field, Function, Keyword };

const QColor kErrorColor(0xd0, 0x21, 0x2b);
const QColor kWarningColor(0xe0, 0x8a, 0x00);

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.';
}

// Field names are as in the dataset; those that are not plain identifiers need quotes.
QString fieldToken(const QString &alias, const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QString quoted = plain.match(name).hasMatch() ? name : u'"' + name + u'"';
    return alias.isEmpty() ? quoted : alias + u'.' + quoted;
}

QStandardItem *entry(const QString &text, const QString &insert, const QString &tip, Kind kind)
{
    auto *item = new QStandardItem(text);
    item->setData(insert, InsertRole);
    item->setData(static_cast<int>(kind), KindRole);
    item->setToolTip(tip);
    item->setEditable(false);
    return item;
}

} // namespace

FormulaEdit::FormulaEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_completer(new QCompleter(this)), m_model(new QStandardItemModel(this)),
      m_status(new QLabel(this)), m_debounce(new QTimer(this))
{
    setTabChangesFocus(true); // Tab accepts a completion when the popup is open, else leaves the field
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono = font();
    mono.setFamilies({QStringLiteral("Monospace"), QStringLiteral("DejaVu Sans Mono")});
    mono.setStyleHint(QFont::Monospace);
    document()->setDefaultFont(mono);
    setPlaceholderText(tr("e.g. sum(recycled) / sum(collected)  —  Ctrl+Space completes"));
    setAccessibleName(tr("Formula"));

    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(4, 0, 4, 0);
    m_status->setAutoFillBackground(true);
    m_status->setAccessibleName(tr("Formula check"));
    setViewportMargins(0, 0, 0, m_status->sizeHint().height());

    m_completer->setModel(m_model);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &FormulaEdit::insertCompletion);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FormulaEdit::checkNow);
    connect(this, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    rebuildCompletion();
    checkNow();
}

void FormulaEdit::setFormula(const QString &formula)
{
    if (formula == toPlainText())
        return;
    setPlainText(formula);
    checkNow();
}

void FormulaEdit::setFields(const FieldMap &fields)
{
    if (fields == m_fields)
        return;
    m_fields = fields;
    rebuildCompletion();
    checkNow();
}

void FormulaEdit::setDeclaredUnit(const QString &unit)
{
    if (unit == m_declaredUnit)
        return;
    m_declaredUnit = unit;
    m_debounce->start();
}

void FormulaEdit::setMultiLine(bool multiLine)
{
    m_multiLine = multiLine;
    setLineWrapMode(multiLine ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    setVerticalScrollBarPolicy(multiLine ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, multiLine ? QSizePolicy::Expanding : QSizePolicy::Fixed);
    updateGeometry();
}

bool FormulaEdit::hasErrors() const
{
    return std::any_of(m_diagnostics.cbegin(), m_diagnostics.cend(), [](const FormulaDiagnostic &d) {
        return d.severity == FormulaDiagnostic::Severity::Error;
    });
}

QString FormulaEdit::statusText() const
{
    return m_status->text();
}

QStringList FormulaEdit::completionEntries() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out << m_model->item(row)->text();
    return out;
}

void FormulaEdit::rebuildCompletion()
{
    m_model->clear();
    QList<QStandardItem *> items;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        for (const FieldInfo &f : it.value()) {
            const QString token = fieldToken(it.key(), f.name);
            QString tip = f.type;
            if (!f.unit.isEmpty())
                tip += QStringLiteral(", ") + f.unit;
            if (!f.description.isEmpty())
                tip += QStringLiteral(" — ") + f.description;
            items << entry(token, token, tip, Kind::Field);
        }
    }
    for (const FormulaCheck::FunctionHelp &fn : FormulaCheck::functions())
        items << entry(fn.name, fn.signature, fn.signature + QStringLiteral(" — ") + fn.description,
                       Kind::Function);
    for (const QString &kw : FormulaCheck::keywords())
        items << entry(kw, kw, tr("keyword"), Kind::Keyword);
    // The completer is told the model is sorted case-insensitively, so it can binary-search it.
    std::stable_sort(items.begin(), items.end(), [](const QStandardItem *a, const QStandardItem *b) {
        return a->text().compare(b->text(), Qt::CaseInsensitive) < 0;
    });
    for (QStandardItem *item : std::as_const(items))
        m_model->appendRow(item);
}

QString FormulaEdit::wordBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    int pos = cursor.positionInBlock();
    const int end = pos;
    while (pos > 0 && isWordChar(line.at(pos - 1)))
        --pos;
    return line.mid(pos, end - pos);
}

void FormulaEdit::complete()
{
    const QString prefix = wordBeforeCursor();
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect r = cursorRect();
    r.setWidth(m_completer->popup()->sizeHintForColumn(0) +
               m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(r);
}

void FormulaEdit::insertCompletion(const QModelIndex &index)
{
    const QString insert = index.data(InsertRole).toString();
    const bool function = index.data(KindRole).toInt() == static_cast<int>(Kind::Function);
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(wordBeforeCursor().size()));
    cursor.insertText(insert);
    // A function's template has its first argument selected, so typing replaces the placeholder.
    const qsizetype open = insert.indexOf(u'(');
    if (function && open >= 0) {
        qsizetype close = insert.indexOf(u',', open);
        if (close < 0)
            close = insert.indexOf(u')', open);
        if (close > open) {
            const int base = cursor.position() - int(insert.size());
            cursor.setPosition(base + int(open) + 1);
            cursor.setPosition(base + int(close), QTextCursor::KeepAnchor);
        }
    }
    setTextCursor(cursor);
}

void FormulaEdit::keyPressEvent(QKeyEvent *event)
{
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer handles these while its popup is open
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        complete();
        return;
    }
    if (!m_multiLine && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->ignore(); // a one-line formula lets the dialog's default button have Return
        return;
    }
    QPlainTextEdit::keyPressEvent(event);

    const QString typed = event->text();
    const QString prefix = wordBeforeCursor();
    if (!typed.isEmpty() && isWordChar(typed.back()) && prefix.size() >= kMinPrefix &&
        !prefix.front().isDigit())
        complete();
    else if (popup->isVisible() && (prefix.isEmpty() || (!typed.isEmpty() && !isWordChar(typed.back()))))
        popup->hide();
    else if (popup->isVisible())
        complete(); // Backspace: follow the shorter prefix
}

void FormulaEdit::checkNow()
{
    m_debounce->stop();
    const QString text = toPlainText();
    m_diagnostics = text.trimmed().isEmpty() ? QList<FormulaDiagnostic>()
                                             : FormulaCheck::check(text, m_fields, m_declaredUnit);
    showDiagnostics();
}

void FormulaEdit::showDiagnostics()
{
    QList<QTextEdit::ExtraSelection> marks;
    int errors = 0;
    int warnings = 0;
    const int textLength = document()->characterCount() - 1;
    for (const FormulaDiagnostic &d : std::as_const(m_diagnostics)) {
        const bool error = d.severity == FormulaDiagnostic::Severity::Error;
        error ? ++errors : ++warnings;
        // A diagnostic at a position (length 0) marks the character there, or the last one at the end.
        int start = std::clamp(d.start, 0, std::max(textLength, 0));
        int end = std::min(start + std::max(d.length, 1), textLength);
        if (start >= end && start > 0)
            start = end - 1;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(start);
        mark.cursor.setPosition(std::max(start, end), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(error ? kErrorColor : kWarningColor);
        mark.format.setToolTip(d.message);
        marks << mark;
    }
    setExtraSelections(marks);

    QPalette pal = m_status->palette();
    pal.setColor(QPalette::Window, palette().color(QPalette::AlternateBase));
    if (m_diagnostics.isEmpty()) {
        const QString unit =
            toPlainText().trimmed().isEmpty() ? QString() : FormulaCheck::resultUnit(toPlainText(), m_fields);
        m_status->setText(toPlainText().trimmed().isEmpty()
                              ? tr("Type a formula; Ctrl+Space lists fields and functions.")
                          : unit.isEmpty() ? tr("Formula OK")
                                           : tr("Formula OK — result unit: %1").arg(unit));
        pal.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    } else {
        const FormulaDiagnostic &first = m_diagnostics.constFirst();
        const QString counts =
            errors > 0 ? tr("%n error(s)", nullptr, errors) : tr("%n warning(s)", nullptr, warnings);
        m_status->setText(tr("%1 — %2").arg(counts, first.message));
        pal.setColor(QPalette::WindowText, errors > 0 ? kErrorColor : kWarningColor.darker(130));
    }
    m_status->setPalette(pal);
    m_status->setToolTip(m_status->text());
    emit checked(errors, warnings);
}

bool FormulaEdit::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QPlainTextEdit::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int pos = cursorForPosition(help->pos()).position();
    QStringList messages;
    for (const FormulaDiagnostic &d : std::as_const(m_diagnostics))
        if (pos >= d.start && pos <= d.start + std::max(d.length, 1))
            messages << d.message;
    if (messages.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), messages.join(u'\n'), viewport());
    return true;
}

void FormulaEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placeStatus();
}

void FormulaEdit::placeStatus()
{
    // The status line lives in the bottom viewport margin, like a code editor's line-number gutter.
    const QRect cr = contentsRect();
    const int h = m_status->sizeHint().height();
    m_status->setGeometry(cr.left(), cr.bottom() - h + 1, cr.width(), h);
}

int FormulaEdit::lineHeight() const
{
    return QFontMetrics(document()->defaultFont()).lineSpacing();
}

QSize FormulaEdit::sizeHint() const
{
    const int frame = 2 * frameWidth() + int(2 * document()->documentMargin());
    const int lines = m_multiLine ? 4 : 1;
    return {QPlainTextEdit::sizeHint().width(), frame + lines * lineHeight() + m_status->sizeHint().height()};
}

QSize FormulaEdit::minimumSizeHint() const
{
    const int frame = 2 * frameWidth() + int(2 * document()->documentMargin());
    // Several lines stay visible in a squeezed form: a formula with a where clause needs them.
    return {120, frame + (m_multiLine ? 3 : 1) * lineHeight() + m_status->sizeHint().height()};
}

} // namespace urbis
