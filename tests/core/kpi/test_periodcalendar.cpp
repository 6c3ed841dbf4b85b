// Calendar arithmetic the engine keys facts by, checked against QDate.

#include "kpi/periodcalendar.h"

#include <QTest>

using namespace urbis;

class TestPeriodCalendar : public QObject
{
    Q_OBJECT
private slots:
    void dayNumbersMatchQDate()
    {
        for (QDate d(1899, 12, 25); d < QDate(2101, 1, 10); d = d.addDays(13)) {
            const qint32 n = PeriodCalendar::dayOf(d);
            QCOMPARE(qint64(n), QDate(1970, 1, 1).daysTo(d));
            QCOMPARE(PeriodCalendar::dateOf(n), d);
        }
    }

    void parsesIsoText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("date") << QByteArray("2023-01-31") << QDate(2023, 1, 31);
        QTest::newRow("datetime") << QByteArray("2024-02-29T23:59:59.999Z") << QDate(2024, 2, 29);
        QTest::newRow("space") << QByteArray("2023-07-01 00:00:00") << QDate(2023, 7, 1);
        QTest::newRow("month out of range") << QByteArray("2023-13-01") << QDate();
        QTest::newRow("short") << QByteArray("2023-01") << QDate();
        QTest::newRow("letters") << QByteArray("20x3-01-01") << QDate();
    }
    void parsesIsoText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDate, date);
        const auto d = PeriodCalendar::dayFromIso(text.constData(), int(text.size()));
        QCOMPARE(d.has_value(), date.isValid());
        if (d)
            QCOMPARE(PeriodCalendar::dateOf(*d), date);
    }

    void periods_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("grain");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("lastYear");
        const int day = int(TimeGrain::Day), week = int(TimeGrain::Week), month = int(TimeGrain::Month), year = int(TimeGrain::Year);
        QTest::newRow("day") << QDate(2023, 3, 1) << day << "2023-03-01" << QDate(2023, 3, 1) << QDate(2023, 3, 1) << "2023-02-28" << "2022-03-01";
        QTest::newRow("leap day has no last year") << QDate(2024, 2, 29) << day << "2024-02-29" << QDate(2024, 2, 29) << QDate(2024, 2, 29) << "2024-02-28" << "";
        QTest::newRow("month") << QDate(2023, 1, 31) << month << "2023-01" << QDate(2023, 1, 1) << QDate(2023, 1, 31) << "2022-12" << "2022-01";
        QTest::newRow("february leap") << QDate(2024, 2, 10) << month << "2024-02" << QDate(2024, 2, 1) << QDate(2024, 2, 29) << "2024-01" << "2023-02";
        QTest::newRow("year") << QDate(2023, 6, 6) << year << "2023" << QDate(2023, 1, 1) << QDate(2023, 12, 31) << "2022" << "2022";
        // 2021-01-03 is a Sunday in ISO week 53 of 2020; 2019 had no week 53.
        QTest::newRow("week 53") << QDate(2021, 1, 3) << week << "2020-W53" << QDate(2020, 12, 28) << QDate(2021, 1, 3) << "2020-W52" << "";
        QTest::newRow("week 1 in the old year") << QDate(2024, 12, 31) << week << "2025-W01" << QDate(2024, 12, 30) << QDate(2025, 1, 5) << "2024-W52" << "2024-W01";
        QTest::newRow("week 5") << QDate(2023, 2, 1) << week << "2023-W05" << QDate(2023, 1, 30) << QDate(2023, 2, 5) << "2023-W04" << "2022-W05";
    }
    void periods()
    {
        QFETCH(QDate, day);
        QFETCH(int, grain);
        QFETCH(QString, label);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QString, previous);
        QFETCH(QString, lastYear);
        const TimeGrain g = TimeGrain(grain);
        const qint32 s = PeriodCalendar::periodStart(PeriodCalendar::dayOf(day), g);
        QCOMPARE(PeriodCalendar::dateOf(s), start);
        QCOMPARE(PeriodCalendar::dateOf(PeriodCalendar::periodEnd(s, g)), end);
        QCOMPARE(PeriodCalendar::label(s, g), label);
        QCOMPARE(PeriodCalendar::label(PeriodCalendar::previous(s, g), g), previous);
        const auto ly = PeriodCalendar::sameLastYear(s, g);
        QCOMPARE(ly ? PeriodCalendar::label(*ly, g) : QString(), lastYear);
    }
};

QTEST_GUILESS_MAIN(TestPeriodCalendar)
#include "test_periodcalendar.moc"
