#include "catalog/recordvalidator.h"
#include "catalogfixtures.h"

#include <QTest>

using namespace urbis;

class TestRecordValidator : public QObject
{
    Q_OBJECT
private slots:
    void completeRecordPasses()
    {
        const DatasetRecord r = fixtures::record(QStringLiteral("Athens air"));
        QVERIFY(RecordValidator::problems(r).isEmpty());
        QVERIFY(RecordValidator::check(r).ok());
    }

    void missing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        for (const QString &f : RecordValidator::requiredFields()) {
            QTest::newRow(qPrintable(f + QStringLiteral(" empty"))) << f << QString();
            QTest::newRow(qPrintable(f + QStringLiteral(" blank"))) << f << QStringLiteral("  \t\n");
        }
    }
    void missing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        DatasetRecord r = fixtures::record(QStringLiteral("Athens air"));
        if (field == QLatin1String("title"))
            r.title = value;
        else if (field == QLatin1String("description"))
            r.description = value;
        else if (field == QLatin1String("license"))
            r.license = value;
        else if (field == QLatin1String("source"))
            r.source = value;
        const QList<RecordValidator::Problem> p = RecordValidator::problems(r);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().field, field);
        QVERIFY(!p.first().message.isEmpty());
        const Result<void> c = RecordValidator::check(r);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, Error::Code::InvalidData);
        QCOMPARE(c.error().message, p.first().message);
    }

    void allMissingInFormOrder()
    {
        DatasetRecord r;
        QStringList fields;
        for (const RecordValidator::Problem &p : RecordValidator::problems(r))
            fields << p.field;
        QCOMPARE(fields, RecordValidator::requiredFields());
        QCOMPARE(RecordValidator::check(r).error().message.count(QLatin1Char('\n')), 3);
    }
};

QTEST_GUILESS_MAIN(TestRecordValidator)
#include "test_recordvalidator.moc"
