#include "geo/extent.h"
#include "geo/wkb.h"

#include <QDataStream>
#include <QIODevice>
#include <QTest>

#include <cmath>
#include <limits>

using namespace urbis;

namespace {
// Builds WKB by hand, independent of the code under test.
class WkbWriter
{
public:
    explicit WkbWriter(QDataStream::ByteOrder order) : m_stream(&m_data, QIODevice::WriteOnly)
    {
        m_stream.setByteOrder(order);
        m_stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
        m_little = order == QDataStream::LittleEndian;
    }
    WkbWriter &header(quint32 type)
    {
        m_stream << quint8(m_little ? 1 : 0) << type;
        return *this;
    }
    WkbWriter &count(quint32 n)
    {
        m_stream << n;
        return *this;
    }
    WkbWriter &coords(std::initializer_list<double> values)
    {
        for (double v : values)
            m_stream << v;
        return *this;
    }
    WkbWriter &raw(const QByteArray &bytes)
    {
        m_stream.writeRawData(bytes.constData(), int(bytes.size()));
        return *this;
    }
    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
    QDataStream m_stream;
    bool m_little = true;
};

QString describe(const Extent &e)
{
    return e.isValid() ? e.toString() : QStringLiteral("<invalid>");
}
} // namespace

namespace urbis {
// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(const Extent &e)
{
    return QTest::toString(describe(e));
}
} // namespace urbis

class TestExtent : public QObject
{
    Q_OBJECT
private slots:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Extent>("expected");
        QTest::newRow("plain") << "11.2,44.4,11.5,44.6" << Extent(11.2, 44.4, 11.5, 44.6);
        QTest::newRow("spaces") << " 11.2 , 44.4,11.5 ,44.6 " << Extent(11.2, 44.4, 11.5, 44.6);
        QTest::newRow("negative") << "-74.3,-40.5,-73.7,-40.1" << Extent(-74.3, -40.5, -73.7, -40.1);
        QTest::newRow("integers") << "1,2,3,4" << Extent(1, 2, 3, 4);
        QTest::newRow("exponent") << "1e1,2e0,3.5E1,4" << Extent(10, 2, 35, 4);
        QTest::newRow("whole world") << "-180,-90,180,90" << Extent(-180, -90, 180, 90);
        QTest::newRow("point") << "5,5,5,5" << Extent(5, 5, 5, 5);
        QTest::newRow("antimeridian") << "170,-20,-170,-10" << Extent(170, -20, -170, -10);
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(Extent, expected);
        const Result<Extent> r = Extent::parse(text);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(r->isValid());
        QCOMPARE(*r, expected);
        QCOMPARE(r->crossesAntimeridian(), expected.west > expected.east);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("three values") << "1,2,3";
        QTest::newRow("five values") << "1,2,3,4,5";
        QTest::newRow("trailing comma") << "1,2,3,4,";
        QTest::newRow("semicolons") << "1;2;3;4";
        QTest::newRow("word") << "1,2,east,4";
        QTest::newRow("empty field") << "1,,3,4";
        QTest::newRow("number with unit") << "1,2,3deg,4";
        QTest::newRow("west below -180") << "-180.5,0,10,10";
        QTest::newRow("east above 180") << "0,0,181,10";
        QTest::newRow("south below -90") << "0,-91,10,10";
        QTest::newRow("north above 90") << "0,0,10,90.0001";
        QTest::newRow("south > north") << "0,20,10,10";
        QTest::newRow("infinity") << "0,0,inf,10";
        QTest::newRow("not a number") << "nan,0,10,10";
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        const Result<Extent> r = Extent::parse(text);
        QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->toString() : QString()));
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        QVERIFY2(r.error().message.contains(text), qPrintable(r.error().message));
    }

    void defaultIsInvalid()
    {
        const Extent e;
        QVERIFY(!e.isValid());
        QVERIFY(!e.crossesAntimeridian());
        QVERIFY(e.toString().isEmpty());
        QVERIFY(!e.intersects(Extent(-180, -90, 180, 90)));
        QVERIFY(!Extent(-180, -90, 180, 90).intersects(e));
    }

    void intersects_data()
    {
        QTest::addColumn<Extent>("a");
        QTest::addColumn<Extent>("b");
        QTest::addColumn<bool>("expected");
        const Extent box(0, 0, 10, 10);
        QTest::newRow("overlap") << box << Extent(5, 5, 15, 15) << true;
        QTest::newRow("contained") << box << Extent(2, 2, 3, 3) << true;
        QTest::newRow("disjoint east") << box << Extent(11, 0, 20, 10) << false;
        QTest::newRow("disjoint north") << box << Extent(0, 10.5, 10, 20) << false;
        QTest::newRow("disjoint south") << box << Extent(0, -20, 10, -0.001) << false;
        QTest::newRow("same longitudes, other latitudes") << box << Extent(0, 20, 10, 30) << false;
        QTest::newRow("touching east edge") << box << Extent(10, 0, 20, 10) << true;
        QTest::newRow("touching north edge") << box << Extent(0, 10, 10, 20) << true;
        QTest::newRow("touching corner") << box << Extent(10, 10, 20, 20) << true;
        QTest::newRow("point on edge") << box << Extent(10, 5, 10, 5) << true;
        QTest::newRow("point outside") << box << Extent(10.01, 5, 10.01, 5) << false;

        const Extent dateline(170, -20, -170, 0); // crosses the antimeridian
        QTest::newRow("AM: box east of 170") << dateline << Extent(175, -10, 179, -5) << true;
        QTest::newRow("AM: box west of -170") << dateline << Extent(-179, -10, -175, -5) << true;
        QTest::newRow("AM: box on greenwich") << dateline << Extent(-10, -10, 10, -5) << false;
        QTest::newRow("AM: box between -170 and 170") << dateline << Extent(-160, -10, 160, -5) << false;
        QTest::newRow("AM: reversed operands") << Extent(-179, -10, -175, -5) << dateline << true;
        QTest::newRow("AM: touching west edge 170") << dateline << Extent(160, -10, 170, -5) << true;
        QTest::newRow("AM: touching east edge -170") << dateline << Extent(-170, -10, -160, -5) << true;
        QTest::newRow("AM: wrong latitudes") << dateline << Extent(175, 1, 179, 5) << false;
        QTest::newRow("AM: both cross") << dateline << Extent(179, -5, -179, 5) << true;
        QTest::newRow("AM: whole world") << dateline << Extent(-180, -90, 180, 90) << true;
        QTest::newRow("AM: ending at 180") << dateline << Extent(175, -10, 180, -5) << true;
        QTest::newRow("AM: starting at -180") << dateline << Extent(-180, -10, -175, -5) << true;
    }
    void intersects()
    {
        QFETCH(Extent, a);
        QFETCH(Extent, b);
        QFETCH(bool, expected);
        QCOMPARE(a.intersects(b), expected);
        QCOMPARE(b.intersects(a), expected); // symmetric
    }

    void expand_data()
    {
        QTest::addColumn<Extent>("start");
        QTest::addColumn<Extent>("other");
        QTest::addColumn<Extent>("expected");
        QTest::newRow("union") << Extent(0, 0, 1, 1) << Extent(5, -3, 6, 0.5) << Extent(0, -3, 6, 1);
        QTest::newRow("contained is no-op")
            << Extent(0, 0, 10, 10) << Extent(2, 2, 3, 3) << Extent(0, 0, 10, 10);
        QTest::newRow("invalid start takes other") << Extent() << Extent(1, 2, 3, 4) << Extent(1, 2, 3, 4);
        QTest::newRow("invalid other is ignored") << Extent(1, 2, 3, 4) << Extent() << Extent(1, 2, 3, 4);
        QTest::newRow("both invalid") << Extent() << Extent() << Extent();
        QTest::newRow("points") << Extent(1, 1, 1, 1) << Extent(-1, 3, -1, 3) << Extent(-1, 1, 1, 3);
    }
    void expand()
    {
        QFETCH(Extent, start);
        QFETCH(Extent, other);
        QFETCH(Extent, expected);
        Extent e = start;
        e.expand(other);
        QCOMPARE(e, expected);
        QCOMPARE(e.isValid(), expected.isValid());
    }

    void stringRoundTrip_data()
    {
        QTest::addColumn<Extent>("extent");
        QTest::newRow("simple") << Extent(11.25, 44.5, 11.75, 44.625);
        QTest::newRow("negative") << Extent(-74.25, -40.5, -73.75, -40.125);
        QTest::newRow("whole world") << Extent(-180, -90, 180, 90);
        QTest::newRow("antimeridian") << Extent(170, -20, -170, -10);
        QTest::newRow("city bbox") << Extent(11.2296, 44.4212, 11.4338, 44.5561);
        QTest::newRow("full double precision")
            << Extent(1.0 / 3, 44.123456789012345, 12.000000000000002, 45.1);
    }
    void stringRoundTrip()
    {
        QFETCH(Extent, extent);
        const QString text = extent.toString();
        QCOMPARE(text.count(QLatin1Char(',')), 3);
        const Result<Extent> back = Extent::parse(text);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(*back, extent);
        QCOMPARE(back->toString(), text);
    }

    void toStringFormat()
    {
        QCOMPARE(Extent(1, 2, 3, 4).toString(), QStringLiteral("1,2,3,4"));
        QCOMPARE(Extent(-0.5, -45.25, 170, 89.5).toString(), QStringLiteral("-0.5,-45.25,170,89.5"));
    }

    void polygonRoundTrip_data()
    {
        QTest::addColumn<Extent>("extent");
        QTest::newRow("city") << Extent(11.2296, 44.4212, 11.4338, 44.5561);
        QTest::newRow("southern hemisphere") << Extent(-74.25, -40.5, -73.75, -40.125);
        QTest::newRow("whole world") << Extent(-180, -90, 180, 90);
        QTest::newRow("degenerate point") << Extent(7, 7, 7, 7);
        QTest::newRow("full precision") << Extent(1.0 / 3, 2.0 / 3, 1.0, 1.0 + 1e-15);
    }
    void polygonRoundTrip()
    {
        QFETCH(Extent, extent);
        const QByteArray wkb = wkb::polygonFromExtent(extent);
        // byte order + type + ring count + point count + 5 points of 2 doubles
        QCOMPARE(wkb.size(), 1 + 4 + 4 + 4 + 5 * 16);
        QCOMPARE(quint8(wkb.at(0)), quint8(1));                     // little endian
        QCOMPARE(wkb.mid(1, 4), QByteArray("\x03\x00\x00\x00", 4)); // polygon
        const Extent back = wkb::envelope(wkb);
        QVERIFY(back.isValid());
        QCOMPARE(back, extent);
    }

    void polygonFromInvalidExtentIsEmpty()
    {
        QVERIFY(wkb::polygonFromExtent(Extent()).isEmpty());
        QVERIFY(!wkb::envelope(wkb::polygonFromExtent(Extent())).isValid());
    }

    void envelopeOfTruncatedWkb()
    {
        const QByteArray full = wkb::polygonFromExtent(Extent(11.2, 44.4, 11.5, 44.6));
        QVERIFY(wkb::envelope(full).isValid());
        // Every proper prefix: inside the header, the counts, a coordinate, and between points.
        for (qsizetype n = 0; n < full.size(); ++n) {
            const Extent e = wkb::envelope(full.left(n));
            QVERIFY2(!e.isValid(),
                     qPrintable(QStringLiteral("prefix of %1 bytes gave %2").arg(n).arg(describe(e))));
        }
    }

    void envelopeOfGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray(1, '\x01');
        QTest::newRow("text") << QByteArray("POLYGON((0 0,1 0,1 1,0 0))");
        QTest::newRow("unknown type")
            << WkbWriter(QDataStream::LittleEndian).header(99).coords({1, 2}).data();
        QTest::newRow("type zero") << WkbWriter(QDataStream::LittleEndian).header(0).coords({1, 2}).data();
        QTest::newRow("huge ring count")
            << WkbWriter(QDataStream::LittleEndian).header(3).count(0xffffffffu).data();
        QTest::newRow("huge point count") << WkbWriter(QDataStream::LittleEndian)
                                                 .header(3)
                                                 .count(1)
                                                 .count(0x7fffffffu)
                                                 .coords({1, 2, 3, 4})
                                                 .data();
        QTest::newRow("linestring count beyond data")
            << WkbWriter(QDataStream::LittleEndian).header(2).count(3).coords({1, 2, 3, 4}).data();
        QTest::newRow("multipolygon with truncated member")
            << WkbWriter(QDataStream::LittleEndian)
                   .header(6)
                   .count(2)
                   .raw(wkb::polygonFromExtent(Extent(0, 0, 1, 1)))
                   .header(3)
                   .count(1)
                   .count(5)
                   .coords({0, 0})
                   .data();
        QTest::newRow("collection nesting past the depth limit") << [] {
            WkbWriter w(QDataStream::LittleEndian);
            for (int i = 0; i < 50; ++i)
                w.header(7).count(1);
            return w.data();
        }();
        QTest::newRow("random bytes")
            << QByteArray::fromHex("01 06 00 00 00 ff ff ff 7f 00 01 02 03 04 05 06 07 08");
    }
    void envelopeOfGarbage()
    {
        QFETCH(QByteArray, bytes);
        const Extent e = wkb::envelope(bytes);
        QVERIFY2(!e.isValid(), qPrintable(describe(e)));
    }

    void envelopeOfPoints_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Extent>("expected");
        QTest::newRow("little-endian point")
            << WkbWriter(QDataStream::LittleEndian).header(1).coords({11.34, 44.49}).data()
            << Extent(11.34, 44.49, 11.34, 44.49);
        QTest::newRow("big-endian point")
            << WkbWriter(QDataStream::BigEndian).header(1).coords({-73.98, 40.75}).data()
            << Extent(-73.98, 40.75, -73.98, 40.75);
        // The same point, spelled out byte by byte: 00 | 00000001 | x | y.
        QTest::newRow("big-endian point, literal bytes")
            << QByteArray::fromHex("00 00000001 4026000000000000 c024000000000000")
            << Extent(11, -10, 11, -10);
        QTest::newRow("big-endian linestring")
            << WkbWriter(QDataStream::BigEndian).header(2).count(3).coords({1, 5, -2, 3, 4, 9}).data()
            << Extent(-2, 3, 4, 9);
        QTest::newRow("multipoint mixed byte order")
            << WkbWriter(QDataStream::LittleEndian)
                   .header(4)
                   .count(2)
                   .raw(WkbWriter(QDataStream::BigEndian).header(1).coords({3, 4}).data())
                   .raw(WkbWriter(QDataStream::LittleEndian).header(1).coords({-1, 8}).data())
                   .data()
            << Extent(-1, 4, 3, 8);
        QTest::newRow("multipolygon") << WkbWriter(QDataStream::LittleEndian)
                                             .header(6)
                                             .count(2)
                                             .raw(wkb::polygonFromExtent(Extent(0, 0, 1, 1)))
                                             .raw(wkb::polygonFromExtent(Extent(5, -2, 6, -1)))
                                             .data()
                                      << Extent(0, -2, 6, 1);
        QTest::newRow("polygon with hole") << WkbWriter(QDataStream::BigEndian)
                                                  .header(3)
                                                  .count(2)
                                                  .count(4)
                                                  .coords({0, 0, 10, 0, 0, 10, 0, 0})
                                                  .count(4)
                                                  .coords({1, 1, 2, 1, 1, 2, 1, 1})
                                                  .data()
                                           << Extent(0, 0, 10, 10);
        // ISO WKB "Polygon Z" (1003): x, y, z per vertex. The envelope is the X/Y box.
        QTest::newRow("polygon Z") << WkbWriter(QDataStream::LittleEndian)
                                          .header(1003)
                                          .count(1)
                                          .count(5)
                                          .coords({11, 44, 100, 12, 44, 100, 12, 45, 100, 11, 45, 100, 11, 44,
                                                   100})
                                          .data()
                                   << Extent(11, 44, 12, 45);
        QTest::newRow("point Z")
            << WkbWriter(QDataStream::LittleEndian).header(1001).coords({2, 3, 250}).data()
            << Extent(2, 3, 2, 3);
    }
    void envelopeOfPoints()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Extent, expected);
        const Extent e = wkb::envelope(bytes);
        QCOMPARE(e, expected);
    }
};

QTEST_GUILESS_MAIN(TestExtent)
#include "test_extent.moc"
