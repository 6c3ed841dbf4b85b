// KpiEditor: a definition survives the form unchanged, validation errors show inline, and the live
// preview fills from a real KpiEvaluationTask over a tiny imported workspace.
#include "ingest/importjob.h"
#include "kpi/formulaedit.h"
#include "kpi/kpicache.h"
#include "kpi/kpieditor.h"
#include "kpi/kpieditordialog.h"
#include "kpi/kpipreviewmodel.h"
#include "kpi/kpipreviewpane.h"
#include "kpi/kpipreviewsparkline.h"
#include "util/taskmanager.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

Q_DECLARE_METATYPE(urbis::KpiDefinition)

namespace {

const QString kTitle = QStringLiteral("Tiny air quality");

KpiDefinition fullDefinition()
{
    KpiDefinition k;
    k.id = QStringLiteral("pm10-monthly");
    k.name = QStringLiteral("PM10 monthly mean");
    k.description = QStringLiteral("Mean PM10 at the Athens stations.\nSecond line.");
    k.domain = QStringLiteral("air");
    k.category = QStringLiteral("SC5");
    k.unit = QStringLiteral("ug/m3");
    k.formula = QStringLiteral("avg(pm10) where station = 'ATH-01'");
    KpiSource facts;
    facts.datasets = {kTitle, QStringLiteral("Other air table")};
    facts.timeField = QStringLiteral("date");
    KpiSource pop;
    pop.alias = QStringLiteral("pop");
    pop.domain = QStringLiteral("climate");
    pop.city = QStringLiteral("Athens");
    pop.requiredFields = {QStringLiteral("population"), QStringLiteral("year")};
    pop.timeField = QStringLiteral("year");
    k.sources = {facts, pop};
    k.grain = TimeGrain::Week;
    k.dimensions = {QStringLiteral("station"), QStringLiteral("cityName")};
    k.target = 40;
    k.targetDate = QDate(2030, 12, 31);
    k.baseline = 55.25;
    k.baselineYear = 2019;
    k.direction = KpiDefinition::Direction::LowerIsBetter;
    k.thresholds = {40, 50};
    k.frequency = QStringLiteral("monthly");
    k.divisionByZero = KpiDefinition::DivisionByZero::Error;
    return k;
}

KpiDefinition minimalDefinition()
{
    KpiDefinition k;
    k.id = QStringLiteral("rows");
    k.formula = QStringLiteral("count()");
    k.sources = {KpiSource{}};
    k.sources[0].datasets = {kTitle};
    k.direction = KpiDefinition::Direction::HigherIsBetter;
    k.thresholds = {12.5}; // one band only
    return k;
}

/** Three months, two stations; ATH-01's PM10 is 10, 20, 30 in January, February, March. */
QString writeCsv(const QString &dir)
{
    const QString path = dir + QStringLiteral("/tiny-air.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray csv = "date,station,pm10\n";
    for (int m = 1; m <= 3; ++m)
        for (int day : {3, 17}) {
            csv += QStringLiteral("2023-%1-%2,ATH-01,%3\n")
                       .arg(m, 2, 10, QLatin1Char('0'))
                       .arg(day, 2, 10, QLatin1Char('0'))
                       .arg(m * 10)
                       .toUtf8();
            csv += QStringLiteral("2023-%1-%2,ATH-02,%3\n")
                       .arg(m, 2, 10, QLatin1Char('0'))
                       .arg(day, 2, 10, QLatin1Char('0'))
                       .arg(m * 10 + 4)
                       .toUtf8();
        }
    f.write(csv);
    return path;
}

} // namespace

class TestKpiEditor : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<KpiDefinition>("kpi");
        QTest::newRow("full") << fullDefinition();
        QTest::newRow("minimal") << minimalDefinition();
        KpiDefinition unknownDomain = minimalDefinition();
        unknownDomain.domain = QStringLiteral("noise"); // a domain from a newer file is kept
        QTest::newRow("unknown domain") << unknownDomain;
    }

    void roundTrip()
    {
        QFETCH(KpiDefinition, kpi);
        QTemporaryDir dir;
        TaskManager tasks;
        KpiEditor editor(dir.path(), &tasks, std::make_shared<KpiCache>());
        editor.setDefinition(kpi);
        const KpiDefinition back = editor.definition();
        QCOMPARE(back.toJson(), kpi.toJson());
        QVERIFY(back == kpi);
        editor.previewPane()->cancel();
        tasks.cancelAll();
        QVERIFY(tasks.waitForDone(10000));
    }

    void invalidIdShowsInlineError()
    {
        QTemporaryDir dir;
        TaskManager tasks;
        KpiEditor editor(dir.path(), &tasks, std::make_shared<KpiCache>());
        editor.show();
        KpiDefinition kpi = minimalDefinition();
        editor.setDefinition(kpi);
        QVERIFY(editor.validationMessage().isEmpty() ||
                editor.validationMessage().startsWith(QStringLiteral("Formula")));

        auto *id = editor.findChild<QLineEdit *>(QStringLiteral("kpiId"));
        QVERIFY(id);
        QSignalSpy changed(&editor, &KpiEditor::changed);
        id->clear();
        QTest::keyClicks(id, QStringLiteral("bad id!"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(!editor.isAcceptable());
        QVERIFY(editor.validationLabel()->isVisible());
        QVERIFY(!editor.validationLabel()->text().isEmpty());
        QCOMPARE(editor.validationLabel()->text(), editor.validationMessage());

        // A clash with another KPI of the dashboard is an error too.
        editor.setDefinition(kpi);
        editor.setTakenIds({kpi.id});
        QVERIFY(editor.validationLabel()->text().contains(kpi.id));
        editor.setTakenIds({});

        // The dialog's OK follows the editor.
        KpiEditorDialog dialog(dir.path(), &tasks, std::make_shared<KpiCache>());
        KpiDefinition bad = kpi;
        bad.id = QStringLiteral("no spaces allowed");
        dialog.setDefinition(bad);
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        tasks.cancelAll();
        QVERIFY(tasks.waitForDone(10000));
    }

    void livePreviewFillsFromARealEvaluation()
    {
        QTemporaryDir dir;
        {
            Result<Workspace> ws = Workspace::open(dir.path());
            QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));
            ImportRequest request;
            request.path = writeCsv(dir.path());
            request.metadata.title = kTitle;
            request.metadata.domain = QStringLiteral("air");
            request.metadata.city = QStringLiteral("Athens");
            ImportJob job(ws->catalog(), ws->store(), ws->workDir());
            Result<ImportOutcome> imported = job.run(request);
            QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
            QCOMPARE(imported->status, ImportOutcome::Status::Imported);
        }

        TaskManager tasks;
        KpiEditor editor(dir.path(), &tasks, std::make_shared<KpiCache>());
        editor.resize(1000, 700);
        editor.show();
        KpiDefinition kpi;
        kpi.id = QStringLiteral("pm10-ath01");
        kpi.name = QStringLiteral("PM10 at ATH-01");
        kpi.unit = QString();
        kpi.formula = QStringLiteral("avg(pm10) where station = 'ATH-01'");
        kpi.sources = {KpiSource{}};
        kpi.sources[0].datasets = {kTitle};
        kpi.grain = TimeGrain::Month;
        QSignalSpy evaluated(editor.previewPane(), &KpiPreviewPane::evaluated);
        editor.setDefinition(kpi);

        // The sources' fields arrive from the catalog (off the GUI thread) and feed completion and
        // dimensions.
        QTRY_VERIFY_WITH_TIMEOUT(editor.formulaEdit()->completionEntries().contains(QStringLiteral("pm10")),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(editor.dimensionsList()->count() >= 3, 5000);
        QVERIFY(!editor.formulaEdit()->hasErrors());

        QTRY_VERIFY_WITH_TIMEOUT(!evaluated.isEmpty(), 30000);
        QVERIFY2(evaluated.last().at(0).toBool(), qPrintable(evaluated.last().at(1).toString()));
        KpiPreviewModel *model = editor.previewPane()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, KpiPreviewModel::PeriodColumn).data().toString(), QStringLiteral("2023-01"));
        QCOMPARE(model->result().values.at(0).value, std::optional<double>(10));
        QCOMPARE(model->result().values.at(2).value, std::optional<double>(30));
        QCOMPARE(editor.previewPane()->sparkline()->values().size(), 3);

        // An edit re-evaluates after the debounce.
        evaluated.clear();
        editor.formulaEdit()->setPlainText(QStringLiteral("max(pm10)"));
        QTRY_VERIFY_WITH_TIMEOUT(!evaluated.isEmpty(), 30000);
        QVERIFY(evaluated.last().at(0).toBool());
        QCOMPARE(model->result().values.at(0).value, std::optional<double>(14));

        // Checking a dimension groups the preview by it.
        evaluated.clear();
        const QList<QListWidgetItem *> station =
            editor.dimensionsList()->findItems(QStringLiteral("station"), Qt::MatchExactly);
        QCOMPARE(station.size(), 1);
        station.first()->setCheckState(Qt::Checked);
        QCOMPARE(editor.definition().dimensions, QStringList{QStringLiteral("station")});
        QTRY_VERIFY_WITH_TIMEOUT(!evaluated.isEmpty(), 30000);
        QCOMPARE(model->rowCount(), 6);
        const QString shot = qEnvironmentVariable("URBIS_EDITOR_SCREENSHOT");
        if (!shot.isEmpty())
            QVERIFY(editor.grab().save(shot));
        QVERIFY(tasks.waitForDone(10000));
    }
};

QTEST_MAIN(TestKpiEditor)
#include "test_kpieditor.moc"
