#include "map/maprenderjob.h"
#include "map/tilecache.h"
#include "map/tiledownloader.h"
#include "map/xyztilelayer.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

// Noise compresses badly, so every tile has about the same, known size on disk.
QByteArray noisePng(quint32 seed)
{
    QImage img(64, 64, QImage::Format_RGB32);
    QRandomGenerator rng(seed);
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            img.setPixel(x, y, rng.generate() | 0xff000000u);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

QByteArray solidPng(const QColor &color)
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

void age(const QString &path, int secondsAgo)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo), QFileDevice::FileModificationTime));
}

} // namespace

class TestTileCache : public QObject
{
    Q_OBJECT

private slots:
    void memoryIsLeastRecentlyUsed()
    {
        const qint64 tileBytes = 64 * 64 * 4;
        TileCache cache(QString(), 3 * tileBytes);
        for (int i = 0; i < 3; ++i)
            QVERIFY(cache.insert(TileId{i, 0, 5}, noisePng(quint32(i))));
        QCOMPARE(cache.memoryCount(), 3);
        QVERIFY(!cache.image(TileId{0, 0, 5}).isNull()); // 0 is now the most recent
        QVERIFY(cache.insert(TileId{3, 0, 5}, noisePng(3)));
        QCOMPARE(cache.memoryCount(), 3);
        QVERIFY(cache.memoryBytes() <= 3 * tileBytes);
        QVERIFY(!cache.image(TileId{0, 0, 5}).isNull());
        QVERIFY(cache.image(TileId{1, 0, 5}).isNull()); // the least recently used went
        QVERIFY(!cache.image(TileId{3, 0, 5}).isNull());
        QVERIFY(!cache.insert(TileId{9, 9, 9}, QByteArray("not an image")));
    }

    void diskIsBoundedAndKeepsRecentTiles()
    {
        QTemporaryDir dir;
        const qint64 size = noisePng(0).size();
        TileCache cache(dir.path(), 1 << 20, 3 * size + size / 2);
        const TileId t0{0, 0, 3}, t1{1, 0, 3}, t2{2, 0, 3}, t3{3, 0, 3};
        QVERIFY(cache.insert(t0, noisePng(0)));
        QVERIFY(cache.insert(t1, noisePng(1)));
        QVERIFY(cache.insert(t2, noisePng(2)));
        const QString p0 = dir.filePath(QStringLiteral("3/0/0.tile"));
        const QString p1 = dir.filePath(QStringLiteral("3/1/0.tile"));
        const QString p2 = dir.filePath(QStringLiteral("3/2/0.tile"));
        QVERIFY(QFileInfo::exists(p0));
        age(p0, 300);
        age(p1, 200);
        age(p2, 100);
        // Reading t0 from disk makes it the most recently used file.
        cache.clearMemory();
        QVERIFY(!cache.image(t0).isNull());
        QVERIFY(cache.insert(t3, noisePng(3)));
        QVERIFY2(cache.diskBytes() <= cache.diskLimit(), qPrintable(QString::number(cache.diskBytes())));
        QVERIFY(!QFileInfo::exists(p1)); // oldest after the read of t0
        QVERIFY(QFileInfo::exists(p0));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("3/3/0.tile"))));

        // A new cache on the same folder finds what is there.
        TileCache again(dir.path(), 1 << 20, 3 * size + size / 2);
        QCOMPARE(again.diskBytes(), cache.diskBytes());
        QCOMPARE(again.memoryCount(), 0);
        QVERIFY(again.contains(t3));
        QVERIFY(!again.image(t3).isNull());
        QCOMPARE(again.memoryCount(), 1);
    }

    void offlineLayerDrawsOnlyTheCacheWithPlaceholders()
    {
        QTemporaryDir dir;
        auto cache = std::make_shared<TileCache>(dir.path());
        QVERIFY(cache->insert(TileId{0, 0, 0}, solidPng(Qt::darkGreen)));
        QVERIFY(cache->insert(TileId{0, 0, 1}, solidPng(Qt::red)));
        auto layer = std::make_shared<XyzTileLayer>(QStringLiteral("OSM"), QStringLiteral("https://tile.invalid/{z}/{x}/{y}.png"),
                                                    cache);
        QVERIFY(!layer->isNetworkEnabled()); // off unless asked for
        MapSettings s;
        s.setSize(QSize(512, 512));
        s.setZoom(1);
        const std::atomic<bool> never{false};
        QImage img = MapRenderJob::render(s, MapRenderJob::snapshot({layer}), never);
        QCOMPARE(img.pixelColor(100, 100), QColor(Qt::red));          // the cached z1 tile
        QCOMPARE(img.pixelColor(400, 400), QColor(Qt::darkGreen));    // z0 scaled up while z1 is missing
        QCOMPARE(layer->requestCount(), 0);

        // Network allowed but offline mode on: still nothing is asked for.
        layer->setNetworkEnabled(true);
        layer->setOffline(true);
        img = MapRenderJob::render(s, MapRenderJob::snapshot({layer}), never);
        QCOMPARE(img.pixelColor(400, 400), QColor(Qt::darkGreen));
        QCOMPARE(layer->requestCount(), 0);
        layer->setNetworkEnabled(false);
        QVERIFY(!layer->isNetworkEnabled());
    }

    void urlTemplate()
    {
        QCOMPARE(TileDownloader::urlFor(QStringLiteral("https://{s}.tile.example/{z}/{x}/{y}.png"), TileId{550, 335, 10}),
                 QStringLiteral("https://a.tile.example/10/550/335.png"));
    }
};

QTEST_MAIN(TestTileCache)
#include "test_tilecache.moc"
