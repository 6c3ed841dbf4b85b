// FormulaEdit: completion lists the sources' fields, the functions and the keywords; FormulaCheck's
// diagnostics become wavy underlines over their exact range and go away once the text is fixed.
#include "kpi/formulaedit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace urbis;

namespace {

FormulaEdit::FieldMap sampleFields()
{
    FormulaEdit::FieldMap fields;
    fields.insert(QString(),
                  {FieldInfo{QStringLiteral("pm10"), QStringLiteral("number"), QStringLiteral("ug/m3"), {}},
                   FieldInfo{QStringLiteral("station"), QStringLiteral("string"), {}, {}},
                   FieldInfo{QStringLiteral("time"), QStringLiteral("datetime"), {}, {}}});
    fields.insert(QStringLiteral("pop"),
                  {FieldInfo{QStringLiteral("population"), QStringLiteral("integer"), {}, {}}});
    return fields;
}

} // namespace

class TestFormulaEdit : public QObject
{
    Q_OBJECT
private slots:
    void completionOffersFieldsFunctionsAndKeywords()
    {
        FormulaEdit edit;
        edit.setFields(sampleFields());
        const QStringList entries = edit.completionEntries();
        QVERIFY(entries.contains(QStringLiteral("pm10")));
        QVERIFY(entries.contains(QStringLiteral("station")));
        QVERIFY2(entries.contains(QStringLiteral("pop.population")),
                 "a non-default source's field is alias.field");
        for (const FormulaCheck::FunctionHelp &fn : FormulaCheck::functions())
            QVERIFY2(entries.contains(fn.name), qPrintable(fn.name));
        QVERIFY(entries.contains(QStringLiteral("where")));
    }

    void typingOpensThePopupAndInsertsTheSignature()
    {
        FormulaEdit edit;
        edit.setFields(sampleFields());
        edit.resize(400, 120);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setFocus();
        QTest::keyClicks(&edit, QStringLiteral("su"));
        QCOMPARE(edit.completer()->completionPrefix(), QStringLiteral("su"));
        QTRY_VERIFY_WITH_TIMEOUT(edit.completer()->popup()->isVisible(), 2000);
        QAbstractItemModel *offered = edit.completer()->completionModel();
        QModelIndex sum;
        for (int row = 0; row < offered->rowCount(); ++row)
            if (offered->index(row, 0).data().toString() == u"sum")
                sum = offered->index(row, 0);
        QVERIFY(sum.isValid());
        emit edit.completer()->activated(sum);
        QCOMPARE(edit.formula(), QStringLiteral("sum(field)"));
        // The placeholder argument is selected, so typing a field name replaces it.
        QCOMPARE(edit.textCursor().selectedText(), QStringLiteral("field"));
        QTest::keyClicks(&edit, QStringLiteral("pm10"));
        edit.completer()->popup()->hide();
        QCOMPARE(edit.formula(), QStringLiteral("sum(pm10)"));

        // Fields are offered by prefix too, with the alias for other sources.
        edit.setPlainText(QString());
        QTest::keyClicks(&edit, QStringLiteral("pop.po"));
        edit.complete();
        QVERIFY(edit.completer()->completionCount() >= 1);
        QCOMPARE(edit.completer()->currentCompletion(), QStringLiteral("pop.population"));
    }

    void unknownFieldIsUnderlinedOverItsRange()
    {
        FormulaEdit edit;
        edit.setFields(sampleFields());
        QSignalSpy checked(&edit, &FormulaEdit::checked);
        edit.setPlainText(QStringLiteral("avg(pm11)"));
        edit.checkNow();
        QVERIFY(!checked.isEmpty());
        QCOMPARE(checked.last().at(0).toInt(), 1);
        QVERIFY(edit.hasErrors());
        const QList<QTextEdit::ExtraSelection> marks = edit.extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectionStart(), 4);
        QCOMPARE(marks.first().cursor.selectionEnd(), 8);
        QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("pm11"));
        QCOMPARE(marks.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(marks.first().format.underlineColor(), QColor(0xd0, 0x21, 0x2b));
        QVERIFY(marks.first().format.toolTip().contains(QStringLiteral("pm11")));
        QVERIFY2(edit.statusText().contains(QStringLiteral("pm11")), qPrintable(edit.statusText()));

        // Hovering the mark shows the message.
        edit.resize(400, 120);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTextCursor at(edit.document());
        at.setPosition(6);
        const QPoint pos = edit.cursorRect(at).center();
        QHelpEvent hover(QEvent::ToolTip, pos, edit.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(edit.viewport(), &hover);
        QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 2000);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("pm11")), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // Fixing the text clears the mark after the debounce, without an explicit check.
        QTextCursor c(edit.document());
        c.setPosition(7);
        c.setPosition(8, QTextCursor::KeepAnchor);
        c.insertText(QStringLiteral("0"));
        QCOMPARE(edit.formula(), QStringLiteral("avg(pm10)"));
        QTRY_VERIFY_WITH_TIMEOUT(edit.extraSelections().isEmpty(), 3000);
        QVERIFY(!edit.hasErrors());
        QVERIFY(edit.statusText().contains(QStringLiteral("OK")));
    }

    void unitMismatchIsAnAmberWarning()
    {
        FormulaEdit edit;
        edit.setFields(sampleFields());
        edit.setFormula(QStringLiteral("avg(pm10)"));
        edit.setDeclaredUnit(QStringLiteral("kWh"));
        edit.checkNow();
        QVERIFY(!edit.hasErrors());
        const QList<QTextEdit::ExtraSelection> marks = edit.extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().format.underlineColor(), QColor(0xe0, 0x8a, 0x00));
        QCOMPARE(edit.diagnostics().first().severity, FormulaDiagnostic::Severity::Warning);
    }

    void syntaxErrorAtAPositionMarksOneCharacter()
    {
        FormulaEdit edit;
        edit.setFields(sampleFields());
        edit.setFormula(QStringLiteral("avg(pm10"));
        edit.checkNow();
        QVERIFY(edit.hasErrors());
        const QList<QTextEdit::ExtraSelection> marks = edit.extraSelections();
        QVERIFY(!marks.isEmpty());
        QVERIFY(marks.first().cursor.hasSelection()); // a zero-length diagnostic is still visible
    }

    void singleLineIgnoresReturn()
    {
        FormulaEdit edit;
        edit.setMultiLine(false);
        edit.setFormula(QStringLiteral("count()"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.formula(), QStringLiteral("count()"));
        QVERIFY(edit.sizeHint().height() < FormulaEdit().sizeHint().height());
    }
};

QTEST_MAIN(TestFormulaEdit)
#include "test_formulaedit.moc"
