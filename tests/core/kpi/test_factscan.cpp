// FactScan: the parallel scan (rowid pieces taken by several workers, cubes merged) gives exactly
// what one worker gives; cancel stops it; a bad table is an error, not a crash.

#include "kpi/factscan.h"
#include "kpi/periodcalendar.h"
#include "util/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

constexpr int kRows = 300'000; // above the size at which the scan starts more than one worker

/** cell key "day|city|station" -> {rows, count, sum, min, max, distinct} */
QMap<QString, QList<double>> summary(const FactCube &c)
{
    QMap<QString, QList<double>> out;
    for (int i = 0; i < c.cellCount(); ++i) {
        const QString key = QStringLiteral("%1|%2").arg(c.day(i)).arg(c.dimValue(0, c.dim(i, 0)));
        const FactCube::Acc &a = c.acc(i, 0);
        out.insert(key, {double(c.rows(i)), double(a.count), a.sum, a.min, a.max, double(c.distinct(i, 1).size())});
    }
    return out;
}

} // namespace

class TestFactScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FactScanSpec m_spec;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec.path = m_dir.filePath(QStringLiteral("facts.gpkg"));
        Result<Database> db = Database::open(m_spec.path);
        QVERIFY(db);
        // Integer-valued readings, so sums are exact whatever order the pieces are added in.
        QVERIFY(db->exec(QStringLiteral(
            "CREATE TABLE gpkg_contents(table_name TEXT PRIMARY KEY, data_type TEXT);"
            "INSERT INTO gpkg_contents VALUES('data', 'attributes');"
            "CREATE TABLE data(fid INTEGER PRIMARY KEY, city TEXT, station TEXT, t TEXT, v REAL);"
            "WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < %1)"
            " INSERT INTO data SELECT NULL, 'C' || (i % 5), 'S' || (i % 17),"
            " strftime('%Y-%m-%dT%H:%M:%SZ', 1672531200 + i * 97, 'unixepoch'),"
            " CASE WHEN i % 11 = 0 THEN NULL ELSE i % 1000 END FROM c;")
                             .arg(kRows - 1)));
        m_spec.table = QStringLiteral("data");
        m_spec.timeColumn = QStringLiteral("t");
        m_spec.timeKind = FactScanSpec::TimeKind::IsoText;
        m_spec.dims = {QStringLiteral("city")};
        m_spec.measures = {{QStringLiteral("\"v\""), {}, FactCube::MeasureKind::Numeric},
                           {QStringLiteral("\"station\""), {}, FactCube::MeasureKind::Distinct}};
    }

    void parallelEqualsSerial_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("8") << 8;
    }
    void parallelEqualsSerial()
    {
        QFETCH(int, threads);
        Result<std::shared_ptr<FactCube>> one = FactScan::run(m_spec, nullptr, 1);
        Result<std::shared_ptr<FactCube>> many = FactScan::run(m_spec, nullptr, threads);
        QVERIFY(one && many);
        QCOMPARE((*one)->factRows, kRows);
        QCOMPARE((*many)->factRows, kRows);
        QCOMPARE(summary(**many), summary(**one));
        // And against SQLite's own totals.
        Result<Database> db = Database::open(m_spec.path, Database::Mode::ReadOnly);
        const double sum = db->scalar(QStringLiteral("SELECT sum(v) FROM data"))->toDouble();
        double cubeSum = 0;
        for (int i = 0; i < (*many)->cellCount(); ++i)
            cubeSum += (*many)->acc(i, 0).sum;
        QCOMPARE(cubeSum, sum);
    }

    void cancelStops()
    {
        Feedback feedback;
        feedback.cancel();
        Result<std::shared_ptr<FactCube>> r = FactScan::run(m_spec, &feedback, 2);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
    }

    void progressReachesTheWindow()
    {
        Feedback feedback;
        Result<std::shared_ptr<FactCube>> r = FactScan::run(m_spec, &feedback, 2, 40, 20);
        QVERIFY(r);
        QCOMPARE(feedback.progress(), 60.0);
    }

    void badTableIsAnError()
    {
        FactScanSpec bad = m_spec;
        bad.table = QStringLiteral("no such table\"; DROP TABLE data; --");
        Result<std::shared_ptr<FactCube>> r = FactScan::run(bad, nullptr, 2);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Database);
        Result<QStringList> cols = FactScan::columns(m_spec.path, QStringLiteral("data"));
        QVERIFY(cols);
        QCOMPARE(*cols, (QStringList{"fid", "city", "station", "t", "v"})); // the table is still there
    }
};

QTEST_GUILESS_MAIN(TestFactScan)
#include "test_factscan.moc"
