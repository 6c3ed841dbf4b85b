#include "catalog/catalogresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace urbis;

class TestCatalogResultsModel : public QObject
{
    Q_OBJECT

    static DatasetRecord make(const QString &id, const QString &title, const QString &city)
    {
        DatasetRecord r;
        r.id = id;
        r.title = title;
        r.description = title + QStringLiteral(" description");
        r.city = city;
        r.domain = QStringLiteral("air");
        r.format = QStringLiteral("CSV");
        r.timeStart = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
        r.timeEnd = QDateTime(QDate(2023, 1, 31), QTime(23, 0), Qt::UTC);
        r.validation = DatasetRecord::Validation::Invalid;
        return r;
    }

private slots:
    void emptyModel()
    {
        CatalogResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CatalogResultsModel::ColumnCount));
        QCOMPARE(model.recordAt(0).id, QString());
        QCOMPARE(model.rowOf(QStringLiteral("x")), -1);
    }

    void showsRecords()
    {
        CatalogResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRecords({make(QStringLiteral("a"), QStringLiteral("Athens air"), QStringLiteral("Athens")),
                          make(QStringLiteral("b"), QStringLiteral("Sofia air"), QStringLiteral("Sofia"))});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, CatalogResultsModel::TitleColumn).data().toString(),
                 QStringLiteral("Sofia air"));
        QCOMPARE(model.index(1, CatalogResultsModel::CityColumn).data().toString(), QStringLiteral("Sofia"));
        QCOMPARE(model.index(0, CatalogResultsModel::DomainColumn).data().toString(), QStringLiteral("air"));
        QCOMPARE(model.index(0, CatalogResultsModel::FormatColumn).data().toString(), QStringLiteral("CSV"));
        const QString range = model.index(0, CatalogResultsModel::TimeColumn).data().toString();
        QVERIFY2(range.contains(QStringLiteral("2023-01-01")) && range.contains(QStringLiteral("2023-01-31")),
                 qPrintable(range));
        QCOMPARE(model.index(0, CatalogResultsModel::ValidationColumn).data().toString(),
                 QStringLiteral("invalid"));
        QVERIFY(model.index(0, CatalogResultsModel::ValidationColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, 0).data(CatalogResultsModel::IdRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Athens air description"));
        QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
        QCOMPARE(model.recordAt(1).title, QStringLiteral("Sofia air"));
    }

    void headers()
    {
        CatalogResultsModel model;
        QStringList names;
        for (int c = 0; c < model.columnCount(); ++c)
            names << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Title"), QStringLiteral("City"),
                                     QStringLiteral("Domain"), QStringLiteral("Format"),
                                     QStringLiteral("Time range"), QStringLiteral("Validation")}));
    }

    void openEndedTimeRange()
    {
        CatalogResultsModel model;
        DatasetRecord r = make(QStringLiteral("a"), QStringLiteral("t"), QString());
        r.timeEnd = QDateTime();
        DatasetRecord unknown = r;
        unknown.timeStart = QDateTime();
        model.setRecords({r, unknown});
        QVERIFY(model.index(0, CatalogResultsModel::TimeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("2023-01-01")));
        QCOMPARE(model.index(1, CatalogResultsModel::TimeColumn).data().toString(),
                 QStringLiteral("unknown"));
    }
};

QTEST_MAIN(TestCatalogResultsModel)
#include "test_catalogresultsmodel.moc"
