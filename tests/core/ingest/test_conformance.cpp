// Runs the Frictionless peer cases from ../shared/conformance/frictionless (read-only, in place):
// every case must give exactly the expected (rowNumber, fieldNumber, type) list, in order.
#include "ingest/validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace urbis;

namespace {
const QString kDir = QStringLiteral(URBIS_CONFORMANCE_DIR "/frictionless");

QJsonArray manifest()
{
    QFile f(kDir + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

QString flatten(const QList<ValidationError> &errors)
{
    QStringList out;
    for (const ValidationError &e : errors)
        out << QStringLiteral("[%1, %2, %3]")
                   .arg(e.rowNumber ? QString::number(*e.rowNumber) : QStringLiteral("null"),
                        e.fieldNumber ? QString::number(*e.fieldNumber) : QStringLiteral("null"), e.type);
    return out.join(QStringLiteral(", "));
}

QString flatten(const QJsonArray &expected)
{
    QStringList out;
    for (const QJsonValue &v : expected) {
        const QJsonArray t = v.toArray();
        auto num = [](const QJsonValue &x) { return x.isNull() ? QStringLiteral("null") : QString::number(x.toInteger()); };
        out << QStringLiteral("[%1, %2, %3]").arg(num(t.at(0)), num(t.at(1)), t.at(2).toString());
    }
    return out.join(QStringLiteral(", "));
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}
} // namespace

class TestConformance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(manifest().size() >= 30, qPrintable(kDir + QStringLiteral(" has no manifest"))); }

    void fileCases_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        for (const QJsonValue &c : manifest())
            QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("id")).toString())) << c.toObject();
    }
    void fileCases()
    {
        QFETCH(QJsonObject, testCase);
        ValidationOptions o;
        const QJsonObject opts = testCase.value(QStringLiteral("options")).toObject();
        o.limitErrors = opts.value(QStringLiteral("limit_errors")).toInt(0);
        o.pickErrors = strings(opts.value(QStringLiteral("pick_errors")));
        o.skipErrors = strings(opts.value(QStringLiteral("skip_errors")));
        for (const QJsonValue &check : opts.value(QStringLiteral("checks")).toArray())
            o.extraChecks << check.toObject().value(QStringLiteral("type")).toString();
        const QJsonObject dialect = opts.value(QStringLiteral("dialect")).toObject();
        if (dialect.contains(QStringLiteral("header")))
            o.header = dialect.value(QStringLiteral("header")).toBool();
        o.schemaSync = opts.value(QStringLiteral("detector")).toObject().value(QStringLiteral("schema_sync")).toBool();
        // The peer cases are the Frictionless baseline; Urbis' city-data checks are tested on their own.
        o.cityChecks = false;

        std::optional<TableSchema> schema;
        const QJsonValue schemaPath = testCase.value(QStringLiteral("schema"));
        if (schemaPath.isString()) {
            Result<TableSchema> s = TableSchema::load(kDir + QStringLiteral("/data/") + schemaPath.toString());
            QVERIFY2(s.ok(), qPrintable(s.error().toString()));
            schema = *s;
        }
        const Validator validator(schema, o);
        Result<ValidationReport> report = validator.validateFile(kDir + QStringLiteral("/data/") + testCase.value(QStringLiteral("data")).toString());
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(flatten(report->errors), flatten(testCase.value(QStringLiteral("expected")).toArray()));
        QCOMPARE(report->valid(), testCase.value(QStringLiteral("expected")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "test_conformance.moc"
