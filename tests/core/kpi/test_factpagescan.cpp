// FactPageScan reads facts from the b-tree pages itself: on every table shape it takes on (page
// sizes, rows spilling onto overflow pages, columns added by ALTER TABLE, integer dimensions,
// NULLs, every time kind) its cube equals the one SQLite's path builds; what it does not take on
// is Unsupported and FactScan then still gives SQLite's answer; a damaged file is refused, never
// read past its end.

#include "kpi/factpagescan.h"
#include "kpi/factscan.h"
#include "util/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace urbis;

namespace {

/** Every cell as "day|dim…" -> rows, then per measure count, sum, min, max and distinct count. */
QMap<QString, QList<double>> summary(const FactCube &c)
{
    QMap<QString, QList<double>> out;
    for (int i = 0; i < c.cellCount(); ++i) {
        QString key = QString::number(c.day(i));
        for (int d = 0; d < c.dimCount(); ++d)
            key += QLatin1Char('|') + c.dimValue(d, c.dim(i, d));
        QList<double> v{double(c.rows(i))};
        for (int m = 0; m < c.measureCount(); ++m) {
            if (c.kind(m) == FactCube::MeasureKind::Distinct) {
                v << double(c.distinct(i, m).size());
                continue;
            }
            const FactCube::Acc &a = c.acc(i, m);
            v << double(a.count) << a.sum << a.min << a.max;
        }
        out.insert(key, v);
    }
    return out;
}

FactCube::MeasureKind numeric = FactCube::MeasureKind::Numeric;
FactCube::MeasureKind distinct = FactCube::MeasureKind::Distinct;

} // namespace

class TestFactPageScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    /** A new file holding `sql` (run after the page size is set). */
    QString make(const QString &sql, int pageSize = 4096)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1.gpkg").arg(++m_files));
        Result<Database> db = Database::open(path);
        if (!db || !db->exec(QStringLiteral("PRAGMA page_size=%1;").arg(pageSize) + sql))
            qFatal("cannot build %s", qPrintable(path));
        return path;
    }

    static FactScanSpec spec(const QString &path, const QStringList &dims, const QList<FactScanSpec::Measure> &measures,
                             const QString &time = QStringLiteral("t"), FactScanSpec::TimeKind kind = FactScanSpec::TimeKind::IsoText)
    {
        FactScanSpec s;
        s.path = path;
        s.table = QStringLiteral("data");
        s.timeColumn = time;
        s.timeKind = time.isEmpty() ? FactScanSpec::TimeKind::None : kind;
        s.dims = dims;
        s.measures = measures;
        return s;
    }

    /** The page reader takes `s` on, and its cube equals SQLite's with 1 and 3 workers. */
    static void samePagesAsSqlite(const FactScanSpec &s, qint64 rows)
    {
        Result<std::shared_ptr<FactCube>> reference = FactScan::runWithSqlite(s, nullptr, 1);
        QVERIFY2(reference, qPrintable(reference.error().toString()));
        QCOMPARE((*reference)->factRows, rows);
        for (int threads : {1, 3}) {
            Result<std::shared_ptr<FactCube>> pages = FactPageScan::run(s, nullptr, threads, 0, 100);
            QVERIFY2(pages, qPrintable(pages.error().toString()));
            QCOMPARE((*pages)->factRows, rows);
            QCOMPARE(summary(**pages), summary(**reference));
        }
    }

    /** The page reader declines `s`, and FactScan still answers as SQLite does. */
    static void declinedButAnswered(const FactScanSpec &s)
    {
        Result<std::shared_ptr<FactCube>> pages = FactPageScan::run(s, nullptr, 2, 0, 100);
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, Error::Code::Unsupported);
        Result<std::shared_ptr<FactCube>> any = FactScan::run(s, nullptr, 2);
        Result<std::shared_ptr<FactCube>> reference = FactScan::runWithSqlite(s, nullptr, 1);
        QVERIFY(any && reference);
        QCOMPARE(summary(**any), summary(**reference));
    }

    // Values in quarters are exact in a double, so sums agree whatever order workers add them in.
    static QString facts(int rows, const QString &city = QStringLiteral("'C' || (i % 7)"))
    {
        return QStringLiteral("CREATE TABLE data(fid INTEGER PRIMARY KEY, city TEXT, station INTEGER, t TEXT, v REAL, n INTEGER);"
                              "WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < %1)"
                              " INSERT INTO data SELECT NULL, CASE WHEN i % 13 = 0 THEN NULL ELSE %2 END, i % 29 - 9,"
                              " CASE WHEN i % 101 = 0 THEN 'not a date' ELSE strftime('%Y-%m-%dT%H:%M:%SZ', 1672531200 + i * 613, 'unixepoch') END,"
                              " CASE WHEN i % 11 = 0 THEN NULL ELSE (i % 1000) / 4.0 END, i * 1000003 - 70000000 FROM c;")
            .arg(rows - 1)
            .arg(city);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pageSizes_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("512") << 512;
        QTest::newRow("4096") << 4096;
        QTest::newRow("65536") << 65536;
    }
    void pageSizes()
    {
        QFETCH(int, pageSize);
        const QString path = make(facts(60'000), pageSize);
        const FactScanSpec s = spec(path, {QStringLiteral("city"), QStringLiteral("station")},
                                    {{QStringLiteral("\"v\""), {}, numeric}, {QStringLiteral("\"n\""), {}, numeric},
                                     {QStringLiteral("\"n\""), {}, distinct}, {QStringLiteral("\"city\""), {}, distinct}});
        Result<Database> db = Database::open(path, Database::Mode::ReadOnly);
        const qint64 dated = db->scalar(QStringLiteral("SELECT count(*) FROM data WHERE t <> 'not a date'"))->toLongLong();
        samePagesAsSqlite(s, dated);
    }

    void rowsOnOverflowPages()
    {
        // City names of 700–3,000 bytes on 1 KiB pages: most rows continue on overflow chains.
        const QString path = make(facts(3'000, QStringLiteral("replace(hex(zeroblob(350 + (i % 7) * 200)), '00', 'ab') || (i % 7)")), 1024);
        samePagesAsSqlite(spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}}), 3'000 - 30);
    }

    void timeKinds()
    {
        const QString path = make(QStringLiteral("CREATE TABLE data(y INTEGER, ym TEXT, city TEXT, v REAL);"
                                                 "INSERT INTO data VALUES (2020, '2020-03', 'A', 1), (2021, '2021-11', 'A', 2),"
                                                 " (NULL, NULL, 'B', 4), (20000, '20', 'B', 8), (2021, '2021-02-17', 'B', 16);"));
        samePagesAsSqlite(spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}}, QStringLiteral("y"),
                               FactScanSpec::TimeKind::Year),
                          3);
        samePagesAsSqlite(spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}}, QStringLiteral("ym"),
                               FactScanSpec::TimeKind::YearMonth),
                          3);
        samePagesAsSqlite(spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}}, QString()), 5);
    }

    void columnAddedLater()
    {
        const QString path = make(facts(5'000) + QStringLiteral("ALTER TABLE data ADD COLUMN w REAL;"
                                                              "UPDATE data SET w = fid WHERE fid % 2 = 0;"
                                                              "ALTER TABLE data ADD COLUMN k REAL DEFAULT 5;"));
        // Old rows lack w (NULL): read as such.
        samePagesAsSqlite(spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"w\""), {}, numeric}}), 5'000 - 50);
        // Old rows lack k, whose default only SQLite knows.
        declinedButAnswered(spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"k\""), {}, numeric}}));
    }

    void whatNeedsSqlite()
    {
        const QString path = make(facts(2'000) + QStringLiteral("UPDATE data SET v = 'n/a' WHERE fid = 7;"));
        // Text in a measure: SQLite's conversion decides what it counts as.
        declinedButAnswered(spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}}));
        const QString clean = make(facts(2'000));
        // A real as a dimension: SQLite's rendering of it.
        declinedButAnswered(spec(clean, {QStringLiteral("v")}, {{QStringLiteral("\"n\""), {}, numeric}}));
        // The INTEGER PRIMARY KEY is the rowid, not stored in the record.
        declinedButAnswered(spec(clean, {QStringLiteral("city")}, {{QStringLiteral("\"fid\""), {}, numeric}}));
        // Expressions and row conditions are SQL.
        declinedButAnswered(spec(clean, {QStringLiteral("city")}, {{QStringLiteral("(\"v\" * ?)"), {2}, numeric}}));
        FactScanSpec where = spec(clean, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}});
        where.where = QStringLiteral("\"station\" > ?");
        where.whereParams = {3};
        declinedButAnswered(where);
        // A real in a distinct count: SQLite renders it as text first.
        declinedButAnswered(spec(clean, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, distinct}}));
    }

    void wholeRealsAndNaNs()
    {
        // A REAL column keeps 3.0 on disk as the integer 3 and SQLite reads it back as a real, whose
        // text ("3.0") is what dimensions and distinct counts see: left to SQLite. Sums are the same.
        const QString path = make(QStringLiteral("CREATE TABLE data(t TEXT, w REAL, v REAL, m NUMERIC);"
                                                 "INSERT INTO data VALUES ('2024-01-01', 3, 1, 3), ('2024-01-02', 4, 12345.6789, 4),"
                                                 " ('2024-02-01', 3, 2, 3);"));
        declinedButAnswered(spec(path, {QStringLiteral("w")}, {{QStringLiteral("\"v\""), {}, numeric}}));
        declinedButAnswered(spec(path, {}, {{QStringLiteral("\"w\""), {}, distinct}}));
        samePagesAsSqlite(spec(path, {QStringLiteral("m")}, {{QStringLiteral("\"w\""), {}, numeric}}), 3);
        // A NaN written into a REAL cell (SQL cannot store one) reads as NULL in SQLite: skipped by both.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray all = f.readAll();
        QByteArray real(8, 0);
        const double v = 12345.6789;
        quint64 bits;
        std::memcpy(&bits, &v, 8);
        for (int i = 0; i < 8; ++i)
            real[i] = char(bits >> (56 - 8 * i));
        const qsizetype at = all.indexOf(real);
        QVERIFY(at > 0);
        QVERIFY(f.seek(at));
        QCOMPARE(f.write(QByteArray::fromHex("7ff8000000000000")), qint64(8));
        f.close();
        samePagesAsSqlite(spec(path, {QStringLiteral("m")}, {{QStringLiteral("\"v\""), {}, numeric}}), 3);
        Result<std::shared_ptr<FactCube>> pages = FactPageScan::run(spec(path, {}, {{QStringLiteral("\"v\""), {}, numeric}}), nullptr, 1, 0, 100);
        QVERIFY(pages);
        double sum = 0;
        for (int i = 0; i < (*pages)->cellCount(); ++i)
            sum += (*pages)->acc(i, 0).sum;
        QCOMPARE(sum, 3.0); // 1 + 2, the NaN skipped
    }

    void pageListedTwiceIsRefused()
    {
        // An interior page whose right-most child is also its first child: those rows would count twice.
        const QString path = make(facts(20'000), 4096);
        qint64 root = 0;
        {
            Result<Database> db = Database::open(path, Database::Mode::ReadOnly);
            root = db->scalar(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'data'"))->toLongLong();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 page = (root - 1) * 4096;
        QVERIFY(f.seek(page));
        const QByteArray header = f.read(14);
        QCOMPARE(int(quint8(header[0])), 0x05);
        const int firstCell = (quint8(header[12]) << 8) | quint8(header[13]);
        QVERIFY(f.seek(page + firstCell));
        const QByteArray firstChild = f.read(4);
        QVERIFY(f.seek(page + 8));
        QCOMPARE(f.write(firstChild), qint64(4));
        f.close();
        Result<std::shared_ptr<FactCube>> pages =
            FactPageScan::run(spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}}), nullptr, 1, 0, 100);
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, Error::Code::Unsupported);
    }

    void tablesItDoesNotRead()
    {
        const QString noRowid = make(QStringLiteral("CREATE TABLE data(t TEXT, city TEXT, v REAL, PRIMARY KEY(t, city)) WITHOUT ROWID;"
                                                    "INSERT INTO data VALUES ('2024-01-01', 'A', 1), ('2024-02-01', 'B', 2);"));
        const FactScanSpec s = spec(noRowid, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}});
        Result<std::shared_ptr<FactCube>> pages = FactPageScan::run(s, nullptr, 1, 0, 100);
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, Error::Code::Unsupported);
        // SQLite's path cuts the table by rowid, which such a table lacks (GeoPackage tables never do).
        Result<std::shared_ptr<FactCube>> any = FactScan::run(s, nullptr, 1);
        QVERIFY(!any);
        QCOMPARE(any.error().code, Error::Code::Database);
        const QString generated = make(QStringLiteral("CREATE TABLE data(t TEXT, city TEXT, v REAL, g REAL AS (v * 2));"
                                                      "INSERT INTO data(t, city, v) VALUES ('2024-01-01', 'A', 1), ('2024-02-01', 'B', 2);"));
        declinedButAnswered(spec(generated, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}}));
    }

    void walWithPagesIsLeftToSqlite()
    {
        const QString path = m_dir.filePath(QStringLiteral("wal.gpkg"));
        Result<Database> db = Database::open(path);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;") + facts(500)));
        QVERIFY(QFile(path + QStringLiteral("-wal")).size() > 0); // the rows are still in the log
        Result<std::shared_ptr<FactCube>> pages =
            FactPageScan::run(spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}}), nullptr, 1, 0, 100);
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, Error::Code::Unsupported);
    }

    void damagedPagesAreRefused_data()
    {
        QTest::addColumn<int>("offsetInPage");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("page type") << 0 << QByteArray("\x02", 1);
        QTest::newRow("cell count") << 3 << QByteArray("\xff\xff", 2);
        QTest::newRow("cell pointer") << 8 << QByteArray("\xff\xf0", 2);
        QTest::newRow("cell pointer into the header") << 8 << QByteArray("\x00\x02", 2);
        QTest::newRow("payload size") << -1 << QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 9);
    }
    void damagedPagesAreRefused()
    {
        QFETCH(int, offsetInPage);
        QFETCH(QByteArray, bytes);
        const QString path = make(facts(20'000), 4096);
        const FactScanSpec s = spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}});
        QVERIFY(FactPageScan::run(s, nullptr, 1, 0, 100)); // sound before the damage
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray all = f.readAll();
        // The last page is a leaf of the table (the rows were inserted last).
        const qint64 page = all.size() - 4096;
        QCOMPARE(int(quint8(all[page])), 0x0D);
        qint64 at = page + offsetInPage;
        if (offsetInPage < 0) // the first cell's payload size
            at = page + ((quint8(all[page + 8]) << 8) | quint8(all[page + 9]));
        QVERIFY(f.seek(at));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
        Result<std::shared_ptr<FactCube>> pages = FactPageScan::run(s, nullptr, 2, 0, 100);
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, Error::Code::Unsupported);
        // FactScan then leaves it to SQLite, which may read it or call it malformed; either way it returns.
        Result<std::shared_ptr<FactCube>> any = FactScan::run(s, nullptr, 2);
        QVERIFY(any || any.error().code == Error::Code::Database);
    }

    void truncatedFileIsRefused()
    {
        const QString path = make(facts(20'000), 4096);
        QVERIFY(QFile::resize(path, QFile(path).size() / 2));
        Result<std::shared_ptr<FactCube>> pages =
            FactPageScan::run(spec(path, {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}}), nullptr, 2, 0, 100);
        QVERIFY(!pages);
        QCOMPARE(pages.error().code, Error::Code::Unsupported);
    }

    void cancelAndProgress()
    {
        const FactScanSpec s = spec(make(facts(200'000)), {QStringLiteral("city")}, {{QStringLiteral("\"v\""), {}, numeric}});
        Feedback cancelled;
        cancelled.cancel();
        Result<std::shared_ptr<FactCube>> r = FactPageScan::run(s, &cancelled, 2, 0, 100);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        Feedback feedback;
        QVERIFY(FactPageScan::run(s, &feedback, 2, 40, 20));
        QCOMPARE(feedback.progress(), 60.0);
    }
};

QTEST_GUILESS_MAIN(TestFactPageScan)
#include "test_factpagescan.moc"
