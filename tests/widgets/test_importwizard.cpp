// The import wizard driven end to end on the offscreen platform with a real CSV that has errors.
#include "catalog/catalog.h"
#include "import/importpage.h"
#include "import/importwizard.h"
#include "import/previewpage.h"
#include "import/previewrowsmodel.h"
#include "import/reporterrorfilter.h"
#include "import/reporterrorsmodel.h"
#include "import/reportpage.h"
#include "import/schemafieldsmodel.h"
#include "import/schemapage.h"
#include "import/metadataform.h"
#include "util/taskmanager.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace urbis;

namespace {

constexpr int Timeout = 30000; // bounded waits: a stuck Task fails the test instead of hanging it

// Annex B-like air quality: 20 rows; row 5 has pm10 "n/a", row 9 a latitude of 123, row 14 pm25 "bad".
QByteArray airQualityCsv()
{
    QByteArray csv = "source,cityName,lat,lon,pm10,pm25,timeRecorded\n";
    for (int i = 0; i < 20; ++i) {
        const int rowNumber = i + 2;
        const QByteArray lat = rowNumber == 9 ? "123" : QByteArray::number(37.97 + i * 0.001, 'f', 3);
        const QByteArray pm10 = rowNumber == 5 ? "n/a" : QByteArray::number(20.5 + i, 'f', 1);
        const QByteArray pm25 = rowNumber == 14 ? "bad" : QByteArray::number(10.25 + i, 'f', 2);
        csv += "station-" + QByteArray::number(i % 4) + ",Athens," + lat + ",23.72," + pm10 + ',' + pm25 + ",2023-05-01T"
               + QByteArray::number(i).rightJustified(2, '0') + ":00:00Z\n";
    }
    return csv;
}

int columnOf(const QAbstractItemModel *m, const QString &label)
{
    for (int c = 0; c < m->columnCount(); ++c) {
        if (m->headerData(c, Qt::Horizontal).toString().section(QLatin1Char('\n'), 0, 0) == label)
            return c;
    }
    return -1;
}

int countOf(const ReportErrorsModel *m, const QString &type)
{
    int n = 0;
    for (const ValidationError &e : m->report().errors)
        n += e.type == type ? 1 : 0;
    return n;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_csv;
    std::optional<Workspace> m_ws;
    std::unique_ptr<TaskManager> m_tasks;

    std::unique_ptr<ImportWizard> newWizard()
    {
        auto w = std::make_unique<ImportWizard>(*m_ws, m_tasks.get());
        w->addFiles({m_csv});
        w->show();
        return w;
    }

    // Files -> preview (waits for the read) -> schema.
    bool toSchema(ImportWizard &w)
    {
        w.next();
        if (w.currentId() != ImportWizard::PreviewPageId)
            return false;
        if (!QTest::qWaitFor([&] { return w.previewPage()->isComplete(); }, Timeout))
            return false;
        w.next();
        return w.currentId() == ImportWizard::SchemaPageId;
    }

    bool toReport(ImportWizard &w)
    {
        w.next();
        return w.currentId() == ImportWizard::ReportPageId
            && QTest::qWaitFor([&] { return w.reportPage()->isComplete(); }, Timeout);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_csv = m_tmp.filePath(QStringLiteral("athens-air.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(airQualityCsv());
        f.close();
        Result<Workspace> ws = Workspace::open(m_tmp.filePath(QStringLiteral("data")), QStringLiteral("test"));
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        m_ws.emplace(std::move(*ws));
        m_tasks = std::make_unique<TaskManager>();
    }

    void cleanupTestCase()
    {
        m_tasks->cancelAll();
        m_tasks->waitForDone(Timeout);
    }

    void previewShowsRowsAndTypes()
    {
        auto w = newWizard();
        QCOMPARE(w->currentId(), int(ImportWizard::FilePageId));
        QCOMPARE(w->currentFile(), QFileInfo(m_csv).absoluteFilePath());
        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::PreviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w->previewPage()->isComplete(), Timeout);
        const PreviewRowsModel *m = w->previewPage()->model();
        QCOMPARE(m->columnCount(), 7);
        QCOMPARE(w->preview()->rows.size(), 20);
        QCOMPARE(m->rowCount(), 20);
        QCOMPARE(m->headerData(0, Qt::Vertical).toLongLong(), 2); // Frictionless numbering: header is row 1
        QCOMPARE(m->index(3, columnOf(m, QStringLiteral("pm10"))).data().toString(), QStringLiteral("n/a"));
        // Headers show the detected type under the name.
        QCOMPARE(m->headerData(columnOf(m, QStringLiteral("lat")), Qt::Horizontal).toString(), QStringLiteral("lat\nnumber"));
        QCOMPARE(m->typeOf(columnOf(m, QStringLiteral("pm10"))), QStringLiteral("number"));
        QCOMPARE(m->typeOf(columnOf(m, QStringLiteral("cityName"))), QStringLiteral("string"));
        QCOMPARE(m->typeOf(columnOf(m, QStringLiteral("timeRecorded"))), QStringLiteral("datetime"));
    }

    void reportListsErrorsAndFilters()
    {
        auto w = newWizard();
        QVERIFY(toSchema(*w));
        // The schema page shows the inference's hints and the metadata defaults.
        const SchemaFieldsModel *schema = w->schemaPage()->model();
        QCOMPARE(schema->rowCount(), 7);
        QVERIFY(!schema->index(4, SchemaFieldsModel::ConfidenceColumn).data().toString().isEmpty());
        QVERIFY(schema->index(4, SchemaFieldsModel::TypeColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Examples")));
        QCOMPARE(w->metadata().title, QStringLiteral("athens-air"));
        QVERIFY(toReport(*w));

        ReportPage *page = w->reportPage();
        const ReportErrorsModel *errors = page->model();
        QCOMPARE(countOf(errors, QStringLiteral("type-error")), 2);
        QCOMPARE(countOf(errors, QStringLiteral("coordinate-out-of-range")), 1);
        QVERIFY(page->verdictLabel()->text().contains(QStringLiteral("Not valid")));
        const int total = errors->rowCount(); // errors and notices
        QCOMPARE(page->filter()->rowCount(), total);

        // Filter by type.
        const int typeErrorItem = page->typeCombo()->findData(QStringLiteral("type-error"));
        QVERIFY(typeErrorItem > 0);
        page->typeCombo()->setCurrentIndex(typeErrorItem);
        QCOMPARE(page->filter()->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(page->filter()->index(r, ReportErrorsModel::TypeColumn).data().toString(), QStringLiteral("type-error"));
        // Search on top of the type filter.
        page->searchEdit()->setText(QStringLiteral("pm25"));
        QCOMPARE(page->filter()->rowCount(), 1);
        QCOMPARE(page->filter()->index(0, ReportErrorsModel::RowColumn).data(ReportErrorsModel::RowNumberRole).toLongLong(), 14);
        page->searchEdit()->clear();
        page->typeCombo()->setCurrentIndex(0);
        QCOMPARE(page->filter()->rowCount(), total);

        // Sorting by row, descending: row numbers compare as numbers.
        page->table()->sortByColumn(ReportErrorsModel::RowColumn, Qt::DescendingOrder);
        QCOMPARE(page->filter()->index(0, ReportErrorsModel::RowColumn).data(ReportErrorsModel::RowNumberRole).toLongLong(), 14);

        // Export.
        const QString exported = m_tmp.filePath(QStringLiteral("report.json"));
        QVERIFY(page->exportTo(exported));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!json.isEmpty());

        // Double-click on the coordinate error jumps to its row in the preview.
        page->typeCombo()->setCurrentIndex(page->typeCombo()->findData(QStringLiteral("coordinate-out-of-range")));
        QCOMPARE(page->filter()->rowCount(), 1);
        QTableView *table = page->table();
        const QRect cell = table->visualRect(page->filter()->index(0, ReportErrorsModel::MessageColumn));
        QVERIFY(cell.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(w->currentId(), int(ImportWizard::PreviewPageId));
        const QModelIndex current = w->previewPage()->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(PreviewRowsModel::RowNumberRole).toLongLong(), 9);
        QVERIFY(w->previewPage()->table()->selectionModel()->isRowSelected(current.row(), {}));
        QCOMPARE(current.siblingAtColumn(columnOf(w->previewPage()->model(), QStringLiteral("lat"))).data().toString(),
                 QStringLiteral("123"));
    }

    void schemaEditChangesValidation()
    {
        auto w = newWizard();
        QVERIFY(toSchema(*w));
        SchemaFieldsModel *schema = w->schemaPage()->model();
        const int pm10 = schema->schema().indexOf(QStringLiteral("pm10"));
        QVERIFY(pm10 >= 0);
        QCOMPARE(schema->schema().fields.at(pm10).type, QStringLiteral("number"));
        // pm10 as text: "n/a" is no longer a type error; a unit and a maximum go into the schema too.
        QVERIFY(schema->setData(schema->index(pm10, SchemaFieldsModel::TypeColumn), QStringLiteral("string")));
        QVERIFY(schema->setData(schema->index(pm10, SchemaFieldsModel::UnitColumn), QStringLiteral("ug/m3")));
        const int pm25 = schema->schema().indexOf(QStringLiteral("pm25"));
        QVERIFY(schema->setData(schema->index(pm25, SchemaFieldsModel::MaximumColumn), QStringLiteral("25")));
        QCOMPARE(w->schema().fields.at(pm10).type, QStringLiteral("string"));
        QCOMPARE(w->schema().fields.at(pm10).unit, QStringLiteral("ug/m3"));
        QCOMPARE(w->schema().fields.at(pm25).constraints.maximum.toDouble(), 25.0);
        // The preview's header follows the edit.
        const PreviewRowsModel *preview = w->previewPage()->model();
        QCOMPARE(preview->typeOf(columnOf(preview, QStringLiteral("pm10"))), QStringLiteral("string"));

        QVERIFY(toReport(*w));
        const ReportErrorsModel *errors = w->reportPage()->model();
        QCOMPARE(countOf(errors, QStringLiteral("type-error")), 1); // only pm25 "bad" left
        for (const ValidationError &e : errors->report().errors)
            QVERIFY2(!(e.type == u"type-error" && e.fieldName == u"pm10"), qPrintable(e.message));
        // pm25 10.25 + i exceeds 25 from row 17 (i = 15) on: rows 17..21.
        int overMax = 0;
        for (const ValidationError &e : errors->report().errors)
            overMax += e.type == u"constraint-error" && e.fieldName == u"pm25" ? 1 : 0;
        QCOMPARE(overMax, 5);
    }

    void importRefusedThenAllowed()
    {
        auto w = newWizard();
        QVERIFY(toSchema(*w));
        MetadataForm *form = w->schemaPage()->metadataForm();
        form->titleEdit()->setText(QStringLiteral("Athens air quality 2023"));
        form->domainCombo()->setCurrentIndex(form->domainCombo()->findData(QStringLiteral("air")));
        QCOMPARE(w->metadata().domain, QStringLiteral("air"));
        QVERIFY(toReport(*w));
        QVERIFY(!w->reportPage()->allowInvalid());
        QVERIFY(w->reportPage()->newVersionBox()->isHidden()); // no dataset with that title yet

        w->next();
        QCOMPARE(w->currentId(), int(ImportWizard::ImportPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w->importPage()->isComplete(), Timeout);
        QVERIFY(w->importPage()->outcome());
        QCOMPARE(w->importPage()->outcome()->status, ImportOutcome::Status::Refused);
        QVERIFY(w->importPage()->resultLabel()->text().contains(QStringLiteral("Not imported")));
        QCOMPARE(*m_ws->catalog().count(), 0);

        w->back();
        QCOMPARE(w->currentId(), int(ImportWizard::ReportPageId));
        QTRY_VERIFY_WITH_TIMEOUT(w->reportPage()->isComplete(), Timeout);
        w->reportPage()->allowInvalidBox()->setChecked(true);
        QSignalSpy imported(w.get(), &ImportWizard::datasetImported);
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->importPage()->isComplete(), Timeout);
        QVERIFY2(w->importPage()->outcome(), qPrintable(w->importPage()->resultLabel()->text()));
        QCOMPARE(w->importPage()->outcome()->status, ImportOutcome::Status::Imported);
        QCOMPARE(imported.size(), 1);
        const QString id = imported.at(0).at(0).toString();
        QCOMPARE(w->importPage()->outcome()->record.id, id);

        // The dataset is in the catalog, seen through a fresh connection on the data dir.
        Result<Catalog> catalog = Catalog::open(m_ws->catalogPath());
        QVERIFY(catalog);
        Result<DatasetRecord> record = catalog->get(id);
        QVERIFY2(record, qPrintable(record ? QString() : record.error().toString()));
        QCOMPARE(record->title, QStringLiteral("Athens air quality 2023"));
        QCOMPARE(record->validation, DatasetRecord::Validation::Invalid);
        QCOMPARE(record->domain, QStringLiteral("air"));
        QCOMPARE(record->featureCount, 20);

        // Same title again with other bytes: the report page offers a new version.
        w.reset();
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::Append));
        f.write("station-9,Athens,37.99,23.72,30.0,11.0,2023-05-01T23:00:00Z\n");
        f.close();
        auto again = newWizard();
        QVERIFY(toSchema(*again));
        again->schemaPage()->metadataForm()->titleEdit()->setText(QStringLiteral("Athens air quality 2023"));
        QVERIFY(toReport(*again));
        QVERIFY(!again->reportPage()->newVersionBox()->isHidden());
        again->reportPage()->newVersionBox()->setChecked(true);
        again->reportPage()->allowInvalidBox()->setChecked(true);
        QCOMPARE(again->reportPage()->newVersionOf(), id);
        again->next();
        QTRY_VERIFY_WITH_TIMEOUT(again->importPage()->isComplete(), Timeout);
        QVERIFY(again->importPage()->outcome());
        QCOMPARE(again->importPage()->outcome()->status, ImportOutcome::Status::Imported);
        QCOMPARE(again->importPage()->outcome()->record.previousVersion, id);
    }
};

QTEST_MAIN(TestImportWizard)
#include "test_importwizard.moc"
