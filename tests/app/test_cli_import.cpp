// `urbis import` and `urbis validate` as CLI.md promises them, run through the real binary.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QStringList ids() const
    {
        static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QStringList found;
        for (const QByteArray &l : out.split('\n'))
            if (uuid.match(QString::fromLatin1(l.trimmed())).hasMatch())
                found << QString::fromLatin1(l.trimmed());
        return found;
    }
    QByteArray what() const { return "exit " + QByteArray::number(code) + "\nstdout: " + out + "\nstderr: " + err; }
};

// Readings of four stations, one a minute; `seed` changes the values (and so the bytes); `badRow` gets "n/a" as pm10.
QByteArray airCsv(int rows, quint32 seed, int badRow = -1)
{
    QRandomGenerator rng(seed);
    // A reading a minute, in time order per station (no time-not-monotonic findings).
    const QDateTime start(QDate(2023, 3, 1), QTime(10, 0), Qt::UTC);
    QByteArray csv = "id,station,lat,lon,pm10,measured\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray pm = i == badRow ? QByteArray("n/a") : QByteArray::number(5.25 + rng.bounded(4000) / 100.0, 'f', 2);
        csv += QByteArray::number(i + 1) + ",ATH-0" + QByteArray::number(i % 4) + ','
               + QByteArray::number(37.9 + rng.bounded(1000) / 10000.0, 'f', 4) + ','
               + QByteArray::number(23.65 + rng.bounded(1000) / 10000.0, 'f', 4) + ',' + pm + ','
               + start.addSecs(60LL * i).toString(Qt::ISODate).toLatin1() + '\n';
    }
    return csv;
}

QByteArray geoJson(int features)
{
    QJsonArray fs;
    for (int i = 0; i < features; ++i)
        fs.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                              {QStringLiteral("properties"), QJsonObject{{QStringLiteral("name"), QStringLiteral("site %1").arg(i)},
                                                                         {QStringLiteral("depth"), 0.5 + i}}},
                              {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                                       {QStringLiteral("coordinates"), QJsonArray{20.85 + i * 0.01, 39.66}}}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")}, {QStringLiteral("features"), fs}})
        .toJson();
}

QByteArray ndjson(int records)
{
    QByteArray out;
    for (int i = 0; i < records; ++i)
        out += QJsonDocument(QJsonObject{{QStringLiteral("sensor"), QStringLiteral("S%1").arg(i % 3)},
                                         {QStringLiteral("lat"), 42.69 + i * 0.001},
                                         {QStringLiteral("lon"), 23.32},
                                         {QStringLiteral("no2"), 10 + i}})
                   .toJson(QJsonDocument::Compact)
               + '\n';
    return out;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;

    Run urbis(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QStringLiteral(URBIS_EXE));
        p.setArguments(QStringList{QStringLiteral("--data-dir"), m_data} + args);
        p.start();
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            p.kill();
        p.waitForFinished(5000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("in/") + name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    QJsonObject show(const QString &id)
    {
        return urbis({QStringLiteral("catalog"), QStringLiteral("show"), id, QStringLiteral("--json")}).json();
    }
    int total()
    {
        const Run r = urbis({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
        return r.code == 0 ? r.json().value(QStringLiteral("total")).toInt(-1) : -1;
    }
    int blobs() const
    {
        int n = 0;
        QDirIterator it(QDir(m_data).filePath(QStringLiteral("objects")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            if (it.fileName().size() == 64)
                ++n;
        }
        return n;
    }
    QString role(const QJsonObject &record, const char *r)
    {
        for (const QJsonValue &a : record.value(QStringLiteral("assets")).toArray())
            if (a.toObject().value(QStringLiteral("role")).toString() == QLatin1String(r))
                return a.toObject().value(QStringLiteral("sha256")).toString();
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("in"))));
        m_data = m_dir.filePath(QStringLiteral("data"));
    }

    void importPrintsIdAndKeepsMetadata()
    {
        const QByteArray csv = airCsv(120, 1);
        const QString path = write(QStringLiteral("athens-air.csv"), csv);
        const int before = total();
        const Run r = urbis({QStringLiteral("import"), path, QStringLiteral("--title"), QStringLiteral("Athens air 2023"),
                             QStringLiteral("--city"), QStringLiteral("Athens"), QStringLiteral("--domain"), QStringLiteral("air")});
        QVERIFY2(r.code == 0, r.what());
        QCOMPARE(r.ids().size(), 1);
        QCOMPARE(QString::fromLatin1(r.out.trimmed()), r.ids().first()); // stdout holds the id and nothing else
        QCOMPARE(total(), before + 1);
        const QJsonObject rec = show(r.ids().first());
        QCOMPARE(rec.value(QStringLiteral("id")).toString(), r.ids().first());
        QCOMPARE(rec.value(QStringLiteral("title")).toString(), QStringLiteral("Athens air 2023"));
        QCOMPARE(rec.value(QStringLiteral("city")).toString(), QStringLiteral("Athens"));
        QCOMPARE(rec.value(QStringLiteral("domain")).toString(), QStringLiteral("air"));
        QCOMPARE(rec.value(QStringLiteral("format")).toString(), QStringLiteral("CSV"));
        QCOMPARE(rec.value(QStringLiteral("featureCount")).toInt(), 120);
        QCOMPARE(rec.value(QStringLiteral("fields")).toArray().size(), 6);
        QCOMPARE(rec.value(QStringLiteral("bbox")).toArray().size(), 4);
        QVERIFY(rec.value(QStringLiteral("validation")).toString() != u"invalid");
        QCOMPARE(role(rec, "source"), QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!role(rec, "data").isEmpty());
        QVERIFY(!role(rec, "report").isEmpty());
        QCOMPARE(role(rec, "data"), rec.value(QStringLiteral("sha256")).toString());
    }

    void reimportPrintsTheSameIdAndStoresNothing()
    {
        const QString path = write(QStringLiteral("again.csv"), airCsv(60, 2));
        const Run first = urbis({QStringLiteral("import"), path});
        QVERIFY2(first.code == 0 && first.ids().size() == 1, first.what());
        const int before = total();
        const int stored = blobs();
        const Run again = urbis({QStringLiteral("import"), path});
        QVERIFY2(again.code == 0, again.what());
        QCOMPARE(again.ids(), first.ids());
        QCOMPARE(total(), before);
        QCOMPARE(blobs(), stored);
        const Run json = urbis({QStringLiteral("import"), path, QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject o = json.json().value(QStringLiteral("imports")).toArray().first().toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(o.value(QStringLiteral("id")).toString(), first.ids().first());
        QCOMPARE(blobs(), stored);
    }

    void invalidFileIsRefused()
    {
        const QByteArray csv = airCsv(50, 3, /*badRow*/ 4);
        const QString path = write(QStringLiteral("bad.csv"), csv);
        // A schema makes pm10 a number whatever the inference would make of one bad cell.
        const QString schema = write(QStringLiteral("air.schema.json"), R"({"fields":[
            {"name":"id","type":"integer"},{"name":"station","type":"string"},{"name":"lat","type":"number"},
            {"name":"lon","type":"number"},{"name":"pm10","type":"number"},{"name":"measured","type":"datetime"}]})");
        const int before = total();
        const Run r = urbis({QStringLiteral("import"), path, QStringLiteral("--schema"), schema});
        QVERIFY2(r.code == 1, r.what());
        QVERIFY(r.ids().isEmpty());
        QVERIFY2(r.err.contains("type-error") && r.err.contains("row 6"), r.err.constData()); // names the row (header = row 1)
        QCOMPARE(total(), before);

        const Run json = urbis({QStringLiteral("import"), path, QStringLiteral("--schema"), schema, QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        const QJsonObject o = json.json().value(QStringLiteral("imports")).toArray().first().toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QVERIFY(o.value(QStringLiteral("id")).isNull());
        const QJsonObject report = o.value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonObject err = report.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(err.value(QStringLiteral("type")).toString(), QStringLiteral("type-error"));
        QCOMPARE(err.value(QStringLiteral("rowNumber")).toInt(), 6);
        QCOMPARE(err.value(QStringLiteral("fieldNumber")).toInt(), 5);
        QCOMPARE(err.value(QStringLiteral("fieldName")).toString(), QStringLiteral("pm10"));
        QCOMPARE(err.value(QStringLiteral("cell")).toString(), QStringLiteral("n/a"));
        QCOMPARE(total(), before);

        const Run allowed = urbis({QStringLiteral("import"), path, QStringLiteral("--schema"), schema, QStringLiteral("--allow-invalid")});
        QVERIFY2(allowed.code == 0, allowed.what());
        QCOMPARE(allowed.ids().size(), 1);
        QCOMPARE(total(), before + 1);
        const QJsonObject rec = show(allowed.ids().first());
        QCOMPARE(rec.value(QStringLiteral("validation")).toString(), QStringLiteral("invalid"));
        QCOMPARE(rec.value(QStringLiteral("featureCount")).toInt(), 50);
        QVERIFY(!role(rec, "report").isEmpty());
    }

    void usageErrors()
    {
        const QString path = write(QStringLiteral("fine.csv"), airCsv(10, 4));
        const int before = total();
        Run r = urbis({QStringLiteral("import"), path, QStringLiteral("--domain"), QStringLiteral("astrology")});
        QVERIFY2(r.code == 2, r.what());
        QVERIFY(r.ids().isEmpty());
        r = urbis({QStringLiteral("import"), m_dir.filePath(QStringLiteral("in/no-such-file.csv"))});
        QVERIFY2(r.code == 2, r.what());
        QVERIFY(r.err.contains("no-such-file.csv"));
        r = urbis({QStringLiteral("import")});
        QVERIFY2(r.code == 2, r.what());
        // A missing file among good ones: nothing is half-imported.
        r = urbis({QStringLiteral("import"), path, m_dir.filePath(QStringLiteral("in/gone.csv"))});
        QVERIFY2(r.code == 2, r.what());
        QCOMPARE(total(), before);
        // An empty file is unreadable input.
        r = urbis({QStringLiteral("import"), write(QStringLiteral("empty.csv"), {})});
        QVERIFY2(r.code == 2, r.what());
        QCOMPARE(total(), before);
    }

    void jsonShape()
    {
        const QString path = write(QStringLiteral("shape.csv"), airCsv(30, 5));
        const Run r = urbis({QStringLiteral("import"), path, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.what());
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, r.out.constData()); // stdout is JSON only
        const QJsonArray imports = doc.object().value(QStringLiteral("imports")).toArray();
        QCOMPARE(imports.size(), 1);
        const QJsonObject o = imports.first().toObject();
        QCOMPARE(o.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        const QString id = o.value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), 36);
        QCOMPARE(show(id).value(QStringLiteral("id")).toString(), id);
        const QJsonObject report = o.value(QStringLiteral("report")).toObject();
        QVERIFY(report.value(QStringLiteral("valid")).isBool());
        QVERIFY(report.value(QStringLiteral("errors")).isArray());
        const QJsonObject stats = report.value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats.value(QStringLiteral("rows")).toInt(), 30);
        QCOMPARE(stats.value(QStringLiteral("fields")).toInt(), 6);
        QCOMPARE(stats.value(QStringLiteral("sha256")).toString(), role(show(id), "source"));
    }

    void newVersion()
    {
        const QString v1 = write(QStringLiteral("series-v1.csv"), airCsv(20, 6));
        const QString v2 = write(QStringLiteral("series-v2.csv"), airCsv(25, 7));
        const Run a = urbis({QStringLiteral("import"), v1, QStringLiteral("--title"), QStringLiteral("Sofia series")});
        QVERIFY2(a.code == 0 && a.ids().size() == 1, a.what());
        const Run b = urbis({QStringLiteral("import"), v2, QStringLiteral("--title"), QStringLiteral("Sofia series"),
                             QStringLiteral("--new-version")});
        QVERIFY2(b.code == 0 && b.ids().size() == 1, b.what());
        QVERIFY(b.ids() != a.ids());
        const QJsonObject rec = show(b.ids().first());
        QCOMPARE(rec.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(rec.value(QStringLiteral("previousVersion")).toString(), a.ids().first());
        QCOMPARE(rec.value(QStringLiteral("featureCount")).toInt(), 25);
        QCOMPARE(show(a.ids().first()).value(QStringLiteral("supersededBy")).toString(), b.ids().first());
    }

    void severalFilesInOneCall()
    {
        const QString csv = write(QStringLiteral("multi.csv"), airCsv(15, 8));
        const QString gj = write(QStringLiteral("multi.geojson"), geoJson(6));
        const QString nd = write(QStringLiteral("multi.ndjson"), ndjson(9));
        const int before = total();
        const Run r = urbis({QStringLiteral("import"), csv, gj, nd, QStringLiteral("--city"), QStringLiteral("Ioannina")});
        QVERIFY2(r.code == 0, r.what());
        const QStringList ids = r.ids();
        QCOMPARE(ids.size(), 3);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 3);
        QCOMPARE(total(), before + 3);
        const QList<std::pair<QString, int>> want{{QStringLiteral("CSV"), 15}, {QStringLiteral("GeoJSON"), 6}, {QStringLiteral("NDJSON"), 9}};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject rec = show(ids.at(i));
            QCOMPARE(rec.value(QStringLiteral("format")).toString(), want.at(i).first);
            QCOMPARE(rec.value(QStringLiteral("featureCount")).toInt(), want.at(i).second);
            QCOMPARE(rec.value(QStringLiteral("city")).toString(), QStringLiteral("Ioannina"));
        }
    }

    void validateGeoJsonAndNdjson_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("fields");
        QTest::newRow("geojson") << QStringLiteral("check.geojson") << geoJson(7) << 7 << 2;
        QTest::newRow("ndjson") << QStringLiteral("check.ndjson") << ndjson(11) << 11 << 4;
    }
    void validateGeoJsonAndNdjson()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, rows);
        QFETCH(int, fields);
        const QString path = write(name, bytes);
        const int before = total();
        const Run r = urbis({QStringLiteral("validate"), path, QStringLiteral("--json")});
        const QJsonObject rep = r.json();
        QVERIFY2(r.code == 0, r.what());
        QCOMPARE(rep.value(QStringLiteral("valid")).toBool(false), true);
        QCOMPARE(rep.value(QStringLiteral("errors")).toArray().size(), 0);
        const QJsonObject stats = rep.value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats.value(QStringLiteral("rows")).toInt(), rows);
        QCOMPARE(stats.value(QStringLiteral("fields")).toInt(), fields);
        QCOMPARE(stats.value(QStringLiteral("bytes")).toInteger(), bytes.size());
        QCOMPARE(stats.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(total(), before); // validate never imports
    }

    void validateBrokenNdjsonNamesTheRow()
    {
        QByteArray bytes = ndjson(5);
        bytes += "{\"sensor\": \"S9\", \"lat\": 42.7,\n";
        const QString path = write(QStringLiteral("broken.ndjson"), bytes);
        const Run r = urbis({QStringLiteral("validate"), path, QStringLiteral("--json")});
        QVERIFY2(r.code == 1, r.what());
        const QJsonArray errors = r.json().value(QStringLiteral("errors")).toArray();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.last().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("source-error"));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
