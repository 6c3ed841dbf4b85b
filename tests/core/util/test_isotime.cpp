#include "util/isotime.h"

#include <QTest>

#include <ctime>

using namespace urbis;
using isotime::Bound;

class TestIsoTime : public QObject
{
    Q_OBJECT
private:
    QByteArray m_oldTz;
    bool m_hadTz = false;

private slots:
    void initTestCase()
    {
        // Run in a zone that is never UTC (CET/CEST), so "no zone means UTC" is really checked and not
        // hidden by a UTC build machine.
        m_hadTz = qEnvironmentVariableIsSet("TZ");
        m_oldTz = qgetenv("TZ");
        qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3"); // POSIX rule of Europe/Berlin: needs no tzdata
        tzset();
        const QDateTime probe(QDate(2023, 7, 1), QTime(12, 0), Qt::LocalTime);
        QCOMPARE(probe.offsetFromUtc(), 2 * 3600);
    }

    void cleanupTestCase()
    {
        if (m_hadTz)
            qputenv("TZ", m_oldTz);
        else
            qunsetenv("TZ");
        tzset();
    }

    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Bound>("bound");
        QTest::addColumn<QString>("expected"); // UTC, ISO with milliseconds

        QTest::newRow("year start") << "2023" << Bound::Start << "2023-01-01T00:00:00.000Z";
        QTest::newRow("year end") << "2023" << Bound::End << "2023-12-31T23:59:59.999Z";
        QTest::newRow("leap year end") << "2024" << Bound::End << "2024-12-31T23:59:59.999Z";
        QTest::newRow("month start") << "2023-02" << Bound::Start << "2023-02-01T00:00:00.000Z";
        QTest::newRow("month end") << "2023-02" << Bound::End << "2023-02-28T23:59:59.999Z";
        QTest::newRow("leap february end") << "2024-02" << Bound::End << "2024-02-29T23:59:59.999Z";
        QTest::newRow("december end") << "2023-12" << Bound::End << "2023-12-31T23:59:59.999Z";
        QTest::newRow("30-day month end") << "2023-04" << Bound::End << "2023-04-30T23:59:59.999Z";
        QTest::newRow("day start") << "2023-01-31" << Bound::Start << "2023-01-31T00:00:00.000Z";
        QTest::newRow("day end") << "2023-01-31" << Bound::End << "2023-01-31T23:59:59.999Z";
        QTest::newRow("leap day end") << "2024-02-29" << Bound::End << "2024-02-29T23:59:59.999Z";
        QTest::newRow("new year's eve end") << "2023-12-31" << Bound::End << "2023-12-31T23:59:59.999Z";
        QTest::newRow("instant Z start")
            << "2023-05-17T12:30:00Z" << Bound::Start << "2023-05-17T12:30:00.000Z";
        QTest::newRow("instant Z end") << "2023-05-17T12:30:00Z" << Bound::End << "2023-05-17T12:30:00.000Z";
        QTest::newRow("instant with ms")
            << "2023-05-17T12:30:00.250Z" << Bound::Start << "2023-05-17T12:30:00.250Z";
        QTest::newRow("offset +02:00")
            << "2023-05-17T00:30:00+02:00" << Bound::Start << "2023-05-16T22:30:00.000Z";
        QTest::newRow("offset -05:00 into next year")
            << "2023-12-31T20:00:00-05:00" << Bound::End << "2024-01-01T01:00:00.000Z";
        QTest::newRow("no zone is UTC (summer)")
            << "2023-07-01T12:00:00" << Bound::Start << "2023-07-01T12:00:00.000Z";
        QTest::newRow("no zone is UTC (winter)")
            << "2023-01-15T08:15:30" << Bound::Start << "2023-01-15T08:15:30.000Z";
        QTest::newRow("no zone in a local DST gap")
            << "2023-03-26T02:30:00" << Bound::Start << "2023-03-26T02:30:00.000Z";
        QTest::newRow("surrounding spaces") << " 2023-05 " << Bound::Start << "2023-05-01T00:00:00.000Z";
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(Bound, bound);
        QFETCH(QString, expected);
        const Result<QDateTime> r = isotime::parse(text, bound);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(r->isValid());
        QCOMPARE(r->timeSpec(), Qt::UTC);
        QCOMPARE(r->toString(Qt::ISODateWithMs), expected);
    }

    void startIsNotAfterEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("spanMs");
        QTest::newRow("year") << "2023" << qint64(365) * 86400000 - 1;
        QTest::newRow("leap year") << "2024" << qint64(366) * 86400000 - 1;
        QTest::newRow("month") << "2023-02" << qint64(28) * 86400000 - 1;
        QTest::newRow("day") << "2023-06-01" << qint64(86400000) - 1;
        QTest::newRow("instant") << "2023-06-01T10:00:00Z" << qint64(0);
    }
    void startIsNotAfterEnd()
    {
        QFETCH(QString, text);
        QFETCH(qint64, spanMs);
        const Result<QDateTime> start = isotime::parse(text, Bound::Start);
        const Result<QDateTime> end = isotime::parse(text, Bound::End);
        QVERIFY(start.ok() && end.ok());
        QCOMPARE(start->msecsTo(*end), spanMs);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "   ";
        QTest::newRow("month 13") << "2023-13";
        QTest::newRow("month 0") << "2023-00";
        QTest::newRow("word") << "yesterday";
        QTest::newRow("february 30") << "2023-02-30";
        QTest::newRow("february 29 in a common year") << "2023-02-29";
        QTest::newRow("hour 25") << "2023-05-17T25:00:00Z";
        QTest::newRow("one-digit month") << "2023-5";
        QTest::newRow("five-digit year") << "20231";
        QTest::newRow("trailing garbage") << "2023-05-17x";
        QTest::newRow("year zero") << "0000";
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        for (const Bound bound : {Bound::Start, Bound::End}) {
            const Result<QDateTime> r = isotime::parse(text, bound);
            QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->toString(Qt::ISODateWithMs) : QString()));
            QCOMPARE(r.error().code, Error::Code::InvalidArgument);
            QVERIFY2(r.error().message.contains(QLatin1Char('"') + text + QLatin1Char('"')),
                     qPrintable(r.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "test_isotime.moc"
