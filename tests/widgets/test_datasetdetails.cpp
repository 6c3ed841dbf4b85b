#include "catalog/datapreviewtab.h"
#include "catalog/datasetactionbar.h"
#include "catalog/datasetassets.h"
#include "catalog/datasetdetailswidget.h"
#include "catalog/dataseteditor.h"
#include "catalog/datasettablemodel.h"
#include "catalog/reportreader.h"
#include "catalog/reporttab.h"
#include "catalog/schematable.h"
#include "catalog/versionhistoryview.h"
#include "import/reporterrorsmodel.h"
#include "util/task.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace urbis;

/** The details panel on a real demo workspace: editor rules, tabs, preview, report, history, actions. */
class TestDatasetDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QList<DatasetRecord> m_all;

    std::unique_ptr<DatasetDetailsWidget> details()
    {
        auto w = std::make_unique<DatasetDetailsWidget>(m_ws->catalog());
        w->setObjectStore(m_ws->sharedStore());
        return w;
    }
    // The table dataset with the most rows (more than one preview batch in the demo).
    DatasetRecord biggestTable() const
    {
        DatasetRecord best;
        for (const DatasetRecord &r : m_all)
            if (DatasetAssets::hasTable(r) && r.featureCount > best.featureCount)
                best = r;
        return best;
    }
    DatasetRecord byTitle(const QString &part) const
    {
        for (const DatasetRecord &r : m_all)
            if (r.title.contains(part))
                return r;
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<Workspace> ws = Workspace::open(m_dir.path());
        QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));
        m_ws = std::make_unique<Workspace>(std::move(*ws));
        Result<DemoWorkspace::Summary> demo = DemoWorkspace::create(*m_ws);
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
        CatalogQuery all;
        all.limit = 0;
        Result<SearchResult> r = m_ws->catalog().search(all);
        QVERIFY(r.ok());
        for (const DatasetRecord &rec : r->records)
            m_all << *m_ws->catalog().get(rec.id); // with fields and assets
    }

    void editorRefusesRecordWithoutTitle()
    {
        auto w = details();
        w->show();
        const DatasetRecord r = byTitle(QStringLiteral("Sofia"));
        w->showDataset(r.id);
        QTest::mouseClick(w->editButton(), Qt::LeftButton);
        QVERIFY(w->isEditing());
        w->editor()->titleEdit()->clear();
        QTest::mouseClick(w->editor()->saveButton(), Qt::LeftButton);
        QVERIFY(w->isEditing()); // still editing, input kept
        QVERIFY2(w->errorText().contains(QStringLiteral("title"), Qt::CaseInsensitive), qPrintable(w->errorText()));
        QVERIFY(w->editor()->findChild<QLabel *>(QStringLiteral("editError"))->isVisible());
        QVERIFY(w->editor()->titleEdit()->property("invalid").toBool());
        QCOMPARE(m_ws->catalog().get(r.id)->title, r.title);
    }

    void editorRequires_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("word");
        QTest::newRow("description") << "editDescription" << "description";
        QTest::newRow("license") << "editLicense" << "license";
        QTest::newRow("source") << "editSource" << "source";
    }
    void editorRequires()
    {
        QFETCH(QString, widget);
        QFETCH(QString, word);
        auto w = details();
        const DatasetRecord r = byTitle(QStringLiteral("Torino"));
        w->showDataset(r.id);
        w->startEditing();
        if (auto *line = w->editor()->findChild<QLineEdit *>(widget))
            line->setText(QStringLiteral("  "));
        else
            w->editor()->findChild<QPlainTextEdit *>(widget)->setPlainText(QString());
        w->editor()->saveButton()->click();
        QVERIFY(w->isEditing());
        QVERIFY2(w->errorText().contains(word, Qt::CaseInsensitive), qPrintable(w->errorText()));
        const Result<DatasetRecord> stored = m_ws->catalog().get(r.id);
        QCOMPARE(stored->modified, r.modified);
    }

    void editorSavesCompleteRecord()
    {
        auto w = details();
        const DatasetRecord r = byTitle(QStringLiteral("Torino"));
        w->showDataset(r.id);
        QSignalSpy changed(w.get(), &DatasetDetailsWidget::datasetChanged);
        w->startEditing();
        w->editor()->findChild<QPlainTextEdit *>(QStringLiteral("editDescription"))->setPlainText(QStringLiteral("Checked by the curator"));
        w->editor()->saveButton()->click();
        QVERIFY2(!w->isEditing(), qPrintable(w->errorText()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_ws->catalog().get(r.id)->description, QStringLiteral("Checked by the curator"));
        m_all.clear();
        initTestCaseRefresh();
    }

    void schemaTabListsFieldsWithUnits()
    {
        auto w = details();
        const DatasetRecord r = biggestTable();
        QVERIFY(!r.fields.isEmpty());
        w->showDataset(r.id);
        SchemaTable *t = w->schemaTable();
        QCOMPARE(t->rowCount(), int(r.fields.size()));
        bool anyUnit = false;
        for (int i = 0; i < r.fields.size(); ++i) {
            QCOMPARE(t->item(i, 0)->text(), r.fields.at(i).name);
            QCOMPARE(t->item(i, 1)->text(), r.fields.at(i).type);
            QCOMPARE(t->item(i, 2)->text(), r.fields.at(i).unit);
            anyUnit = anyUnit || !r.fields.at(i).unit.isEmpty();
        }
        QVERIFY2(anyUnit, "demo schemas carry units");
        QVERIFY(w->tabs()->tabText(DatasetDetailsWidget::SchemaTab).contains(QString::number(r.fields.size())));
    }

    void previewShowsFirstRowsOfImportedData()
    {
        auto w = details();
        w->resize(600, 700);
        w->show();
        const DatasetRecord r = biggestTable();
        QVERIFY(r.featureCount > 0);
        w->showDataset(r.id);
        w->setCurrentTab(DatasetDetailsWidget::PreviewTab); // loads when shown
        DatasetTableModel *m = w->previewTab()->model();
        QTRY_VERIFY(m->rowCount() > 0);
        const int first = int(std::min<qint64>(r.featureCount, DatasetTableModel::kBatchRows));
        QCOMPARE(m->rowCount(), first);
        QCOMPARE(m->totalRows(), r.featureCount);
        // The stored table has the catalog's fields (plus the geometry).
        QStringList columns;
        for (const DatasetTable::Column &c : m->columns())
            columns << c.name;
        for (const FieldInfo &f : r.fields)
            QVERIFY2(columns.contains(f.name), qPrintable(f.name + QStringLiteral(" not in ") + columns.join(u',')));
        const int col = int(columns.indexOf(r.fields.first().name));
        QVERIFY(!m->index(0, col).data().toString().isEmpty());
        QVERIFY2(w->previewTab()->statusText().contains(QLocale().toString(r.featureCount)), qPrintable(w->previewTab()->statusText()));

        // More rows come only when asked for (the view asks when scrolled to the end).
        QVERIFY2(r.featureCount > DatasetTableModel::kBatchRows, "the demo has tables of more than one batch");
        QVERIFY(m->canFetchMore(QModelIndex()));
        m->fetchMore(QModelIndex());
        QTRY_COMPARE(m->rowCount(), int(std::min<qint64>(r.featureCount, 2 * DatasetTableModel::kBatchRows)));
    }

    void previewExplainsRasters()
    {
        DatasetRecord raster = byTitle(QStringLiteral("Sofia"));
        raster.id.clear();
        raster.title = QStringLiteral("Sofia heat map");
        raster.format = QStringLiteral("GTiff");
        raster.mediaType = QStringLiteral("image/tiff; application=geotiff");
        raster.assets = {AssetInfo{QStringLiteral("data"), QStringLiteral("heat.tif"), raster.mediaType, raster.sha256, 10}};
        Result<DatasetRecord> stored = m_ws->catalog().insert(raster);
        QVERIFY(stored.ok());
        auto w = details();
        w->showDataset(stored->id);
        w->previewTab()->ensureLoaded();
        QVERIFY2(w->previewTab()->statusText().contains(QStringLiteral("raster")), qPrintable(w->previewTab()->statusText()));
        QCOMPARE(w->previewTab()->model()->rowCount(), 0);
        QVERIFY(m_ws->catalog().remove(stored->id).ok());
    }

    void reportTabShowsStoredReport()
    {
        auto w = details();
        const DatasetRecord r = biggestTable();
        w->showDataset(r.id);
        QSignalSpy loaded(w->reportTab(), &ReportTab::loaded);
        w->reportTab()->ensureLoaded();
        QTRY_COMPARE(loaded.count(), 1);
        const Result<ValidationReport> report = ReportReader::load(r, m_ws->store());
        QVERIFY(report.ok());
        QCOMPARE(w->reportTab()->model()->rowCount(), int(report->errors.size() + report->notices.size()));
        QVERIFY(!w->reportTab()->summaryText().isEmpty());
        QVERIFY2(w->reportTab()->summaryText().contains(QLocale().toString(report->rows)), qPrintable(w->reportTab()->summaryText()));
    }

    void historyShowsDiffBetweenVersions()
    {
        const DatasetRecord v1 = byTitle(QStringLiteral("Sofia"));
        DatasetRecord next = v1;
        next.license = QStringLiteral("ODbL-1.0");
        next.keywords << QStringLiteral("revised");
        Result<DatasetRecord> v2 = m_ws->catalog().addVersion(v1.id, next);
        QVERIFY2(v2.ok(), qPrintable(v2.error().toString()));
        auto w = details();
        w->showDataset(v2->id);
        VersionHistoryView *h = w->historyView();
        QCOMPARE(h->versionList()->count(), 2);
        QCOMPARE(h->versionList()->currentRow(), 0); // newest first, the shown one selected
        QStringList fields;
        for (int i = 0; i < h->diffTable()->rowCount(); ++i)
            fields << h->diffTable()->item(i, 0)->data(Qt::UserRole).toString();
        QCOMPARE(fields, (QStringList{QStringLiteral("keywords"), QStringLiteral("license")}));
        QCOMPARE(h->diffTable()->item(1, 1)->text(), v1.license);
        QCOMPARE(h->diffTable()->item(1, 2)->text(), QStringLiteral("ODbL-1.0"));
        h->versionList()->setCurrentRow(1); // the first version: nothing before it
        QCOMPARE(h->diffTable()->rowCount(), 0);
        QVERIFY(w->findChild<QListWidget *>(QStringLiteral("detailsHistory"))->count() >= 1);
        // Only the latest version can get a successor.
        QVERIFY(w->actionBar()->newVersionAction()->isEnabled());
        w->showDataset(v1.id);
        QVERIFY(!w->actionBar()->newVersionAction()->isEnabled());
        QVERIFY(m_ws->catalog().remove(v2->id).ok());
    }

    void exportCopiesTheAssetAsTask()
    {
        auto w = details();
        const DatasetRecord r = biggestTable();
        w->showDataset(r.id);
        QTemporaryDir out;
        for (const char *role : {"data", "source"}) {
            const std::optional<AssetInfo> asset = DatasetAssets::find(r, QLatin1String(role));
            QVERIFY(asset);
            const QString path = out.filePath(DatasetAssets::exportFileName(r, *asset));
            Task *task = w->exportAsset(QLatin1String(role), path);
            QVERIFY(task);
            QTRY_VERIFY(task->isDone());
            QCOMPARE(task->state(), Task::State::Succeeded);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()), asset->sha256);
            QTRY_VERIFY(w->statusText().startsWith(QStringLiteral("Exported")));
        }
    }

    void actionsEmitSignals()
    {
        auto w = details();
        const DatasetRecord r = byTitle(QStringLiteral("Torino"));
        w->showDataset(r.id);
        QSignalSpy newVersion(w.get(), &DatasetDetailsWidget::newVersionRequested);
        QSignalSpy showOnMap(w.get(), &DatasetDetailsWidget::showOnMapRequested);
        w->actionBar()->newVersionAction()->trigger();
        w->actionBar()->showOnMapAction()->trigger();
        QCOMPARE(newVersion.count(), 1);
        QCOMPARE(newVersion.at(0).at(0).toString(), r.id);
        QCOMPARE(showOnMap.count(), 1);
        QCOMPARE(showOnMap.at(0).at(0).toString(), r.id);
    }

    // A pulled dataset whose data stayed on the remote (selective sync) offers to download it.
    void missingDataOffersDownload()
    {
        auto w = details();
        w->show();
        const DatasetRecord here = byTitle(QStringLiteral("Torino"));
        w->showDataset(here.id);
        QVERIFY(!w->actionBar()->fetchDataAction()->isEnabled());
        DatasetRecord pulled = here;
        pulled.id.clear();
        pulled.title = QStringLiteral("Pulled, data still remote");
        pulled.sha256 = QString(64, u'e'); // no such blob here
        pulled.assets = {AssetInfo{QStringLiteral("data"), QStringLiteral("remote.gpkg"), here.mediaType, pulled.sha256, 10}};
        Result<DatasetRecord> stored = m_ws->catalog().insert(pulled);
        QVERIFY(stored);
        w->showDataset(stored->id);
        QVERIFY(w->actionBar()->fetchDataAction()->isEnabled());
        QVERIFY(w->findChild<QToolButton *>(QStringLiteral("actionFetchDataButton"))->isVisible());
        QVERIFY(!w->actionBar()->exportDataAction()->isEnabled());
        QSignalSpy fetch(w.get(), &DatasetDetailsWidget::fetchDataRequested);
        w->actionBar()->fetchDataAction()->trigger();
        QCOMPARE(fetch.count(), 1);
        QCOMPARE(fetch.at(0).at(0).toString(), stored->id);
        QVERIFY(m_ws->catalog().remove(stored->id));
    }

    void keyboardReachesEveryAction()
    {
        auto w = details();
        w->show();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->showDataset(byTitle(QStringLiteral("Torino")).id);
        for (QAction *a : w->actionBar()->allActions()) {
            // Either a shortcut, or an entry of the Export menu whose button takes Tab focus.
            const bool inMenu = a->objectName().startsWith(QLatin1String("actionExport"));
            QVERIFY2(!a->shortcut().isEmpty() || inMenu, qPrintable(a->objectName()));
            QCOMPARE(a->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        }
        QVERIFY(w->findChild<QWidget *>(QStringLiteral("exportButton"))->focusPolicy() & Qt::TabFocus);
        w->tabs()->setFocus();
        QTest::keyClick(w->tabs(), Qt::Key_F2);
        QVERIFY(w->isEditing());
        QVERIFY(!w->actionBar()->deleteAction()->isEnabled()); // no Delete while typing in the form
        QTest::keyClick(w->editor()->cancelButton(), Qt::Key_Space);
        QVERIFY(!w->isEditing());
    }

    void deleteRemovesTheVersion()
    {
        DatasetRecord extra = byTitle(QStringLiteral("Torino"));
        extra.id.clear();
        extra.title = QStringLiteral("To be deleted");
        Result<DatasetRecord> stored = m_ws->catalog().insert(extra);
        QVERIFY(stored.ok());
        auto w = details();
        w->showDataset(stored->id);
        QSignalSpy deleted(w.get(), &DatasetDetailsWidget::datasetDeleted);
        QSignalSpy changed(w.get(), &DatasetDetailsWidget::datasetChanged);
        QVERIFY(w->deleteDataset(false));
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted.at(0).at(0).toString(), stored->id);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(w->datasetId(), QString());
        QCOMPARE(m_ws->catalog().get(stored->id).error().code, Error::Code::NotFound);
    }

private:
    void initTestCaseRefresh()
    {
        CatalogQuery all;
        all.limit = 0;
        Result<SearchResult> r = m_ws->catalog().search(all);
        for (const DatasetRecord &rec : r->records)
            m_all << *m_ws->catalog().get(rec.id);
    }
};

QTEST_MAIN(TestDatasetDetails)
#include "test_datasetdetails.moc"
