#include "map/maprenderjob.h"
#include "map/mbtileslayer.h"
#include "util/database.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

QByteArray png(const QColor &color)
{
    QImage img(256, 256, QImage::Format_ARGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

// An MBTiles file as the spec describes it: metadata + tiles with TMS rows.
void writeMbtiles(const QString &path, const QList<std::tuple<int, int, int, QColor>> &tiles, int maxZoom)
{
    auto db = Database::open(path);
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT);"
                                    "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                                    "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);")));
    const QList<QPair<QString, QString>> meta = {{QStringLiteral("name"), QStringLiteral("Test tiles")},
                                                 {QStringLiteral("format"), QStringLiteral("png")},
                                                 {QStringLiteral("minzoom"), QStringLiteral("0")},
                                                 {QStringLiteral("maxzoom"), QString::number(maxZoom)},
                                                 {QStringLiteral("bounds"), QStringLiteral("-180,-85,180,85")}};
    for (const auto &[k, v] : meta) {
        auto st = db->prepare(QStringLiteral("INSERT INTO metadata VALUES (?1, ?2)"));
        QVERIFY(st);
        QVERIFY(st->bind(1, k).bind(2, v).exec());
    }
    for (const auto &[z, x, y, color] : tiles) {
        auto st = db->prepare(QStringLiteral("INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)"));
        QVERIFY(st);
        const int tmsRow = (1 << z) - 1 - y;
        QVERIFY(st->bind(1, z).bind(2, x).bind(3, tmsRow).bind(4, png(color)).exec());
    }
}

QImage render(const MapSettings &s, const std::shared_ptr<MapLayer> &layer)
{
    const std::atomic<bool> never{false};
    return MapRenderJob::render(s, MapRenderJob::snapshot({layer}), never);
}

MapSettings world(double zoom, int size)
{
    MapSettings s;
    s.setSize(QSize(size, size));
    s.setCenterLonLat(0, 0);
    s.setZoom(zoom);
    return s;
}

} // namespace

class TestMBTilesLayer : public QObject
{
    Q_OBJECT

private slots:
    void readsMetadataAndTiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.mbtiles"));
        // z1: north-west red, north-east green, south-west blue, south-east yellow (XYZ rows).
        writeMbtiles(path, {{0, 0, 0, Qt::gray}, {1, 0, 0, Qt::red}, {1, 1, 0, Qt::green}, {1, 0, 1, Qt::blue}, {1, 1, 1, Qt::yellow}}, 1);
        auto layer = MBTilesLayer::open(path);
        QVERIFY2(layer, qPrintable(layer.error().toString()));
        QCOMPARE((*layer)->name(), QStringLiteral("Test tiles"));
        QCOMPARE((*layer)->metadata().value(QStringLiteral("format")), QStringLiteral("png"));
        QCOMPARE((*layer)->minZoom(), 0);
        QCOMPARE((*layer)->maxZoom(), 1);
        QVERIFY((*layer)->extent().isValid());

        const QImage img = render(world(1, 512), *layer);
        // TMS rows are flipped on reading: red is at the top left, as in XYZ.
        QCOMPARE(img.pixelColor(100, 100), QColor(Qt::red));
        QCOMPARE(img.pixelColor(400, 100), QColor(Qt::green));
        QCOMPARE(img.pixelColor(100, 400), QColor(Qt::blue));
        QCOMPARE(img.pixelColor(400, 400), QColor(Qt::yellow));
        // At z0 the single gray tile.
        QCOMPARE(render(world(0, 256), *layer).pixelColor(128, 128), QColor(Qt::gray));
    }

    void overzoomAndPlaceholders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.mbtiles"));
        // z1 has only the north-west tile: the others fall back to the z0 tile, scaled.
        writeMbtiles(path, {{0, 0, 0, Qt::gray}, {1, 0, 0, Qt::red}}, 1);
        auto layer = MBTilesLayer::open(path);
        QVERIFY(layer);
        const QImage img = render(world(1, 512), *layer);
        QCOMPARE(img.pixelColor(100, 100), QColor(Qt::red));
        QCOMPARE(img.pixelColor(400, 400), QColor(Qt::gray));
        // Beyond maxzoom the z1 tiles are scaled up.
        MapSettings deep = world(3, 256);
        deep.setCenterLonLat(-90, 45);
        QCOMPARE(render(deep, *layer).pixelColor(128, 128), QColor(Qt::red));
    }

    void refusesOtherFiles()
    {
        QTemporaryDir dir;
        QVERIFY(!MBTilesLayer::open(dir.filePath(QStringLiteral("missing.mbtiles"))));
        const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
        {
            auto db = Database::open(plain);
            QVERIFY(db && db->exec(QStringLiteral("CREATE TABLE x (a)")));
        }
        auto layer = MBTilesLayer::open(plain);
        QVERIFY(!layer);
        QCOMPARE(layer.error().code, Error::Code::InvalidData);
    }
};

QTEST_MAIN(TestMBTilesLayer)
#include "test_mbtileslayer.moc"
