#include "ingest/tableschema.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointF>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

const QString kFrictionless = QStringLiteral(URBIS_CONFORMANCE_DIR "/frictionless");

QJsonValue readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}


} // namespace

class TestTableSchema : public QObject
{
    Q_OBJECT

private slots:
    // Peer cases from frictionless-py's field constraint tests: one row per case.
    void cellCases_data()
    {
        QTest::addColumn<QJsonObject>("descriptor");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        const QJsonArray cases = readJson(kFrictionless + QStringLiteral("/cell_cases.json")).toArray();
        QCOMPARE(cases.size(), 36);
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            const QJsonObject descriptor = c.value(QLatin1String("field")).toObject();
            QStringList expected;
            for (const QJsonValue v : c.value(QLatin1String("expected_violations")).toArray())
                expected.append(v.toString());
            const QString name =
                QStringLiteral("%1 %2").arg(i).arg(descriptor.value(QLatin1String("type")).toString());
            QTest::newRow(qPrintable(name))
                << descriptor << c.value(QLatin1String("value")).toString() << expected;
        }
    }
    void cellCases()
    {
        QFETCH(QJsonObject, descriptor);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        const Result<TableField> f = TableField::fromJson(descriptor);
        QVERIFY2(f.ok(), qPrintable(f.error().toString()));
        const TableField::Cell cell = f->read(value);
        QVERIFY(!cell.typeError);
        QCOMPARE(cell.violations, expected);
    }

    // Every schema the peer's table cases use parses.
    void peerSchemas_data()
    {
        QTest::addColumn<QString>("path");
        const QJsonArray manifest = readJson(kFrictionless + QStringLiteral("/manifest.json")).toArray();
        QVERIFY(!manifest.isEmpty());
        QSet<QString> seen;
        for (const QJsonValue c : manifest) {
            const QString schema = c.toObject().value(QLatin1String("schema")).toString();
            if (schema.isEmpty() || seen.contains(schema))
                continue;
            seen.insert(schema);
            QTest::newRow(qPrintable(schema)) << kFrictionless + QStringLiteral("/data/") + schema;
        }
        QVERIFY(seen.size() >= 10);
    }
    void peerSchemas()
    {
        QFETCH(QString, path);
        if (!QFile::exists(path))
            QSKIP(qPrintable(QStringLiteral("not in the conformance set: ") + path));
        const Result<TableSchema> s = TableSchema::load(path);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QVERIFY(!s->fields.isEmpty());
        const Result<TableSchema> again = TableSchema::fromJson(s->toJson());
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(again->toJson(), s->toJson());
    }

    void peerSchemaDetails()
    {
        const Result<TableSchema> pk =
            TableSchema::load(kFrictionless + "/data/transcribed/composite-primary-key.schema.json");
        QVERIFY2(pk.ok(), qPrintable(pk.error().toString()));
        QCOMPARE(pk->primaryKey, (QStringList{"id", "name"}));
        QCOMPARE(pk->fieldNames(), (QStringList{"id", "name"}));
        QCOMPARE(pk->indexOf("name"), 1);
        QCOMPARE(pk->indexOf("nope"), -1);
        const Result<TableSchema> one = TableSchema::load(kFrictionless + "/data/invalid/data.schema.json");
        QVERIFY2(one.ok(), qPrintable(one.error().toString()));
        QCOMPARE(one->primaryKey, QStringList{"id"});
        const Result<TableSchema> self =
            TableSchema::load(kFrictionless + "/data/transcribed/self-foreign-key.schema.json");
        QVERIFY2(self.ok(), qPrintable(self.error().toString()));
        QCOMPARE(self->foreignKeys.size(), 1);
        QCOMPARE(self->foreignKeys[0].fields, QStringList{"cat"});
        QCOMPARE(self->foreignKeys[0].resource, QString());
        QCOMPARE(self->foreignKeys[0].referenceFields, QStringList{"id"});
        const Result<TableSchema> wide = TableSchema::load(kFrictionless + "/data/issue-277.json");
        QVERIFY2(wide.ok(), qPrintable(wide.error().toString()));
        QCOMPARE(wide->fields.constFirst().extra.value("title").toString(), QStringLiteral("Trench"));
    }

    void packageForeignKey()
    {
        const QJsonObject package = readJson(kFrictionless + "/data/invalid/datapackage.json").toObject();
        const QJsonObject schema =
            package.value("resources").toArray().at(1).toObject().value("schema").toObject();
        const Result<TableSchema> s = TableSchema::fromJson(schema);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(s->foreignKeys.size(), 1);
        QCOMPARE(s->foreignKeys[0].resource, QStringLiteral("data"));
        QCOMPARE(s->foreignKeys[0].referenceFields, QStringList{"id"}); // another resource: not checked here
    }

    // Each type with good and bad cells.
    void schemaErrors_data()
    {
        QTest::addColumn<QString>("descriptor");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no fields") << R"({"primaryKey":"id"})"
                                   << "fields";
        QTest::newRow("field without name") << R"({"fields":[{"name":"a"},{"type":"string"}]})"
                                            << "Field 2";
        QTest::newRow("field error names the field") << R"({"fields":[{"name":"speed","type":"velocity"}]})"
                                                     << "speed";
        QTest::newRow("duplicate names") << R"({"fields":[{"name":"a"},{"name":"a"}]})"
                                         << "\"a\"";
        QTest::newRow("primary key unknown") << R"({"fields":[{"name":"a"}],"primaryKey":["a","b"]})"
                                             << "\"b\"";
        QTest::newRow("primary key number") << R"({"fields":[{"name":"a"}],"primaryKey":1})"
                                            << "primaryKey";
        QTest::newRow("foreign key unknown field")
            << R"({"fields":[{"name":"a"}],"foreignKeys":[{"fields":"x","reference":{"resource":"","fields":"a"}}]})"
            << "\"x\"";
        QTest::newRow("self reference unknown field")
            << R"({"fields":[{"name":"a"}],"foreignKeys":[{"fields":"a","reference":{"resource":"","fields":"z"}}]})"
            << "\"z\"";
        QTest::newRow("foreign key without reference")
            << R"({"fields":[{"name":"a"}],"foreignKeys":[{"fields":"a"}]})"
            << "reference";
        QTest::newRow("foreign key count mismatch") << R"({"fields":[{"name":"a"},{"name":"b"}],
                   "foreignKeys":[{"fields":["a","b"],"reference":{"resource":"other","fields":"id"}}]})"
                                                    << "2";
        QTest::newRow("missingValues not a list") << R"({"fields":[],"missingValues":""})"
                                                  << "missingValues";
    }
    void schemaErrors()
    {
        QFETCH(QString, descriptor);
        QFETCH(QString, mentions);
        const Result<TableSchema> s =
            TableSchema::fromJson(QJsonDocument::fromJson(descriptor.toUtf8()).object());
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::InvalidData);
        QVERIFY2(s.error().toString().contains(mentions), qPrintable(s.error().toString()));
    }

    void roundTrip()
    {
        const QJsonObject in = parseObject(R"({
            "fields": [
                {"name": "id", "type": "integer", "constraints": {"required": true, "unique": true, "minimum": 1}},
                {"name": "when", "type": "date", "format": "%d/%m/%Y", "title": "When", "unit": "d",
                 "description": "Day of the reading"},
                {"name": "level", "type": "number", "decimalChar": ",", "missingValues": ["-"],
                 "constraints": {"enum": ["1,5", "2"]}},
                {"name": "code", "type": "string", "constraints": {"pattern": "[A-Z]{3}", "minLength": 3, "maxLength": 3}}
            ],
            "primaryKey": "id",
            "foreignKeys": [{"fields": ["code"], "reference": {"resource": "codes", "fields": ["code"]}}],
            "crs": "EPSG:4326", "timeZone": "Europe/Ljubljana"})");
        const Result<TableSchema> s = TableSchema::fromJson(in);
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(s->fields[1].unit, QStringLiteral("d"));
        QCOMPARE(s->fields[1].description, QStringLiteral("Day of the reading"));
        QCOMPARE(s->fields[2].extra.value("decimalChar").toString(), QStringLiteral(","));
        QCOMPARE(s->crs, QStringLiteral("EPSG:4326"));
        QCOMPARE(s->timeZone, QStringLiteral("Europe/Ljubljana"));
        const QJsonObject out = s->toJson();
        QCOMPARE(out.value("primaryKey").toString(), QStringLiteral("id"));
        QCOMPARE(out.value("fields").toArray(), in.value("fields").toArray());
        const Result<TableSchema> again = TableSchema::fromJson(out);
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(again->toJson(), out);
    }

    void loadErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath("nope.schema.json");
        const Result<TableSchema> none = TableSchema::load(missing);
        QCOMPARE(none.error().code, Error::Code::Io);
        QVERIFY(none.error().message.contains(missing));

        const QString broken = dir.filePath("broken.schema.json");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"fields\": [");
        f.close();
        const Result<TableSchema> bad = TableSchema::load(broken);
        QCOMPARE(bad.error().code, Error::Code::InvalidData);
        QVERIFY(bad.error().message.contains(broken));

        const QString wrong = dir.filePath("wrong.schema.json");
        QFile w(wrong);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(R"({"fields": [{"name": "a", "type": "velocity"}]})");
        w.close();
        const Result<TableSchema> invalid = TableSchema::load(wrong);
        QCOMPARE(invalid.error().code, Error::Code::InvalidData);
        QVERIFY(invalid.error().message.contains(wrong));
        QVERIFY(invalid.error().message.contains("velocity"));
    }

};

QTEST_GUILESS_MAIN(TestTableSchema)
#include "test_tableschema.moc"
