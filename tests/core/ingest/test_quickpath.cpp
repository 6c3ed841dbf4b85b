// The validation fast path must give exactly what the full path gives: SimplePattern against PCRE,
// the number fast path against from_chars, and TableChecker + CityChecker with the quick path on
// against the same with it off, on rows mixing clean, broken, missing, ragged and blank cells.
#include "ingest/cellparse.h"
#include "ingest/citychecker.h"
#include "ingest/simplepattern.h"
#include "ingest/tablechecker.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <charconv>
#include <cmath>
#include <cstring>

using namespace urbis;

namespace {

QString describe(const QList<ValidationError> &errors)
{
    QStringList out;
    for (const ValidationError &e : errors)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(e.rowNumber ? QString::number(*e.rowNumber) : QStringLiteral("-"),
                        e.fieldNumber ? QString::number(*e.fieldNumber) : QStringLiteral("-"), e.type, e.message,
                        e.cell, e.note);
    return out.join(QLatin1Char('\n'));
}

// NaN never equals itself, so values compare by type and text.
QString describe(const QList<QVariant> &values)
{
    QStringList out;
    for (const QVariant &v : values) {
        QString text = v.toString();
        if (v.typeId() == QMetaType::Double)
            text = QString::number(v.toDouble(), 'g', 17) + QLatin1Char(std::signbit(v.toDouble()) ? '-' : '+');
        out << QStringLiteral("%1:%2").arg(QString::fromLatin1(v.typeName() ? v.typeName() : "null"), text);
    }
    return out.join(QLatin1Char(' '));
}

// Reference: the decimal through from_chars, as cellparse did before its fast path.
std::optional<double> referenceNumber(const QString &s)
{
    const QByteArray a = s.toLatin1();
    const char *begin = a.constData();
    double sign = 1;
    if (*begin == '-' || *begin == '+') {
        sign = *begin == '-' ? -1 : 1;
        ++begin;
    }
    double v = 0;
    const auto [end, ec] = std::from_chars(begin, a.constData() + a.size(), v);
    if (ec != std::errc() || end != a.constData() + a.size())
        return std::nullopt;
    return sign * v;
}

const char *kSchema = R"({
  "missingValues": ["", "NA"],
  "fields": [
    {"name": "station", "type": "string", "constraints": {"required": true, "pattern": "[A-Z]{2}-\\d{3}"}},
    {"name": "kind", "type": "string", "constraints": {"enum": ["urban", "rural"]}},
    {"name": "label", "type": "string", "constraints": {"minLength": 2, "maxLength": 5}},
    {"name": "lat", "type": "number", "constraints": {"minimum": -90, "maximum": 90}},
    {"name": "lon", "type": "number", "constraints": {"minimum": -180, "maximum": 180}},
    {"name": "pm10", "type": "number", "constraints": {"minimum": 0}},
    {"name": "count", "type": "integer", "constraints": {"minimum": 0, "maximum": 1000}},
    {"name": "level", "type": "integer", "constraints": {"enum": [1, 2, 3]}},
    {"name": "ok", "type": "boolean"},
    {"name": "day", "type": "date", "constraints": {"minimum": "2020-01-01"}},
    {"name": "timeRecorded", "type": "datetime", "constraints": {"required": true}},
    {"name": "year", "type": "year"},
    {"name": "at", "type": "time"},
    {"name": "where", "type": "geopoint"},
    {"name": "price", "type": "number", "groupChar": ","},
    {"name": "mail", "type": "string", "format": "email"},
    {"name": "note", "type": "any"}
  ]
})";

// Per field: cells that pass and cells that fail in every way the checks know.
const QList<QStringList> kCells = {
    {"AB-123", "XY-999", "ab-123", "AB-12", "AB-1234", "", "NA", "ÄB-123", "AB-١٢٣"},
    {"urban", "rural", "Urban", "", "NA", "suburban"},
    {"ab", "abcde", "a", "abcdef", "", "ñañá", "NA"},
    {"45.5", "-90", "90", "90.0001", "-91", "1e1", " 12.5 ", "NaN", "inf", "abc", "", "+3.", ".5", "-0"},
    {"7.25", "-180", "181", "0.0000000001", "12345678901234567", "1,5", "", "NA", "1E400"},
    {"0", "12.345", "-0.1", "-0", "3e-2", "nan", "", "00012.50"},
    {"0", "1000", "1001", "-1", "12.0", " 42 ", "+7", "", "99999999999999999999"},
    {"1", "2", "3", "4", "", "x"},
    {"true", "false", "True", "yes", "1", "", "NA"},
    {"2020-01-01", "2019-12-31", "2021-02-29", "2020-1-5", "", "2020-13-01"},
    {"2023-05-01T10:00:00Z", "2023-05-01T09:00:00Z", "2023-05-01T10:00:00+02:00", "2023-05-01 10:00:00",
     "2023-05-01T24:00:00", "2023-05-01", "", "2099-01-01T00:00:00Z", "2023-05-01T10:00:00.250Z"},
    {"2020", "0999", "20200", "", "abcd"},
    {"10:00:00", "25:00:00", "10:00", ""},
    {"23.7,37.9", "200,10", "a,b", ""},
    {"1,234.5", "1234", "1.2.3", ""},
    {"a@b.eu", "not-mail", ""},
    {"x", "", "NA", "1"},
};

} // namespace

class TestQuickPath : public QObject
{
    Q_OBJECT

private slots:
    void simplePatternAgreesWithPcre()
    {
        const QStringList patterns{"[A-Z]{2}",     "\\d{5}",       "[a-z0-9_-]+", "EU-\\d+",   "a*a*b",
                                   "[^0-9]+",      ".x?",          "\\w+@\\w+\\.e", "[A-Za-z]{2,4}", "x{0,}",
                                   "\\s*\\S+",     "[]a]+",        "[a\\-z]*",     "\\.\\d{1,3}", "ab?c*d+e{2}",
                                   "[\\d.]+",      "\\D\\W?",      "b{2,}a"};
        const QString alphabet = QStringLiteral("aAbBcdexyzZ09-_.@ \t]");
        QRandomGenerator rng(42);
        int compared = 0;
        for (const QString &p : patterns) {
            const std::optional<SimplePattern> simple = SimplePattern::compile(p);
            QVERIFY2(simple, qPrintable(p));
            const QRegularExpression re(QRegularExpression::anchoredPattern(p),
                                        QRegularExpression::UseUnicodePropertiesOption);
            QVERIFY(re.isValid());
            for (int k = 0; k < 3000; ++k) {
                QString cell;
                const int n = int(rng.bounded(9));
                for (int i = 0; i < n; ++i)
                    cell += alphabet.at(int(rng.bounded(alphabet.size())));
                const std::optional<bool> got = simple->match(cell);
                QVERIFY(got);
                QVERIFY2(*got == re.match(cell).hasMatch(), qPrintable(p + QStringLiteral(" on \"") + cell + u'"'));
                ++compared;
            }
        }
        QCOMPARE(compared, int(patterns.size()) * 3000);
        // Non-ASCII cells and line breaks are left to PCRE (Python's \d knows other digits).
        QVERIFY(!SimplePattern::compile(u"\\d+")->match(u"١٢"));
        QVERIFY(!SimplePattern::compile(u".+")->match(u"a\nb"));
    }

    void simplePatternRefusesWhatItCannotMatch()
    {
        for (const char *p : {"(ab)+", "a|b", "^a", "a$", "\\bx", "é+", "[[:alpha:]]", "a{2", "a**", "a+?", "\\p{L}",
                              "\\1", "[a-\\d]", "[z-a]", "+a", "a{3,2}"})
            QVERIFY2(!SimplePattern::compile(QString::fromUtf8(p)), p);
    }

    void numberFastPathMatchesFromChars()
    {
        QRandomGenerator rng(7);
        int fast = 0;
        for (int k = 0; k < 200000; ++k) {
            QString s;
            const quint32 shape = rng.bounded(3);
            if (shape == 1)
                s += u'-';
            const int intDigits = int(rng.bounded(10)), fracDigits = int(rng.bounded(12));
            for (int i = 0; i < intDigits; ++i)
                s += QChar(u'0' + rng.bounded(10));
            if (fracDigits > 0 || rng.bounded(2)) {
                s += u'.';
                for (int i = 0; i < fracDigits; ++i)
                    s += QChar(u'0' + rng.bounded(10));
            }
            const std::optional<double> want = referenceNumber(s), got = cellparse::number(s);
            QCOMPARE(bool(got), bool(want));
            if (!got)
                continue;
            fast += intDigits + fracDigits <= 15 ? 1 : 0;
            QVERIFY2(std::memcmp(&*got, &*want, sizeof(double)) == 0,
                     qPrintable(s + QStringLiteral(": %1 vs %2").arg(*got, 0, 'g', 17).arg(*want, 0, 'g', 17)));
        }
        QVERIFY(fast > 100000);
        for (const char *s : {"0.1", "0.30000000000000004", "123456789012345", "1234567890123456", "9007199254740993",
                              "0.000000000000001", "999999999999999.9"}) {
            const std::optional<double> got = cellparse::number(QString::fromLatin1(s));
            QVERIFY(got);
            QCOMPARE(*got, *referenceNumber(QString::fromLatin1(s)));
        }
    }

    void quickRowsMatchFullRows()
    {
        const Result<TableSchema> schema = TableSchema::fromJson(QJsonDocument::fromJson(kSchema).object());
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().toString()));
        TableChecker quick(*schema, false, false), full(*schema, false, false);
        full.setQuickPath(false);
        QStringList labels;
        for (const TableField &f : schema->fields)
            labels << f.name;
        QCOMPARE(describe(quick.checkHeader(labels)), describe(full.checkHeader(labels)));
        CityChecker::Options co;
        co.now = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        CityChecker cityQuick(*schema, co), cityFull(*schema, co);

        QRandomGenerator rng(1234);
        int quickRows = 0, fullRows = 0;
        for (qint64 row = 2; row < 40000; ++row) {
            QStringList cells;
            // Mostly the first (clean) choices, so that quick rows and findings both occur often.
            for (const QStringList &choices : kCells)
                cells << (rng.bounded(8) ? choices.at(int(rng.bounded(2))) : choices.at(int(rng.bounded(choices.size()))));
            const quint32 shape = rng.bounded(200);
            if (shape == 0)
                cells.removeLast();
            else if (shape == 1)
                cells << QStringLiteral("extra");
            else if (shape == 2)
                cells.fill(QString());
            const QString a = describe(quick.checkRow(row, cells)), b = describe(full.checkRow(row, cells));
            QVERIFY2(a == b, qPrintable(QStringLiteral("row %1: %2\n--- quick ---\n%3\n--- full ---\n%4")
                                            .arg(row).arg(cells.join(u'|'), a, b)));
            QCOMPARE(describe(quick.values().variants()), describe(full.values().variants()));
            QVERIFY(!full.values().isQuick());
            (quick.values().isQuick() ? quickRows : fullRows) += 1;
            const QString ca = describe(cityQuick.checkRow(row, quick.values(), {}));
            const QString cb = describe(cityFull.checkRow(row, full.values(), {}));
            QVERIFY2(ca == cb, qPrintable(QStringLiteral("row %1 city: %2\n--- quick ---\n%3\n--- full ---\n%4")
                                              .arg(row).arg(cells.join(u'|'), ca, cb)));
        }
        // Both ways were exercised, the quick one on most rows.
        QVERIFY2(quickRows > 1000 && fullRows > 1000, qPrintable(QStringLiteral("%1 quick, %2 full").arg(quickRows).arg(fullRows)));
        QCOMPARE(describe(quick.finish()), describe(full.finish()));
    }

    void keyedTablesGoTheFullWay()
    {
        const Result<TableSchema> schema = TableSchema::fromJson(QJsonDocument::fromJson(R"({
            "fields": [{"name": "id", "type": "integer"}, {"name": "v", "type": "number"}],
            "primaryKey": ["id"]})").object());
        QVERIFY(schema);
        TableChecker checker(*schema, false, false);
        QVERIFY(checker.checkHeader({"id", "v"}).isEmpty());
        QVERIFY(checker.checkRow(2, {"1", "2.5"}).isEmpty());
        QVERIFY(!checker.values().isQuick());
        QCOMPARE(checker.checkRow(3, {"1", "3"}).size(), 1); // the key index saw row 2
        TableChecker unkeyed(std::nullopt, false, false);
        unkeyed.checkHeader({"a", "b"});
        QVERIFY(unkeyed.checkRow(2, {"x", "y"}).isEmpty());
        QVERIFY(unkeyed.values().isQuick());
        QCOMPARE(unkeyed.values().value(1).toString(), QStringLiteral("y"));
    }
};

QTEST_GUILESS_MAIN(TestQuickPath)
#include "test_quickpath.moc"
