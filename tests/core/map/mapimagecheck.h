#pragma once

// Control-image comparison for the map rendering tests (header-only, test code).

#include <QDir>
#include <QImage>
#include <QString>
#include <QtGlobal>

#include <cstdlib>

namespace urbis::test {

/** Where the fixtures and control images are (tests/data/map). */
inline QString mapDataDir()
{
    return QStringLiteral(URBIS_MAP_TEST_DATA);
}

/**
 * Compares `rendered` with the control image `name`.png: pixels differing by more than
 * `channelTolerance` in any channel count as different, and at most `maxDifferentFraction` of them
 * may differ (antialiasing varies a little between Qt builds). With URBIS_UPDATE_CONTROL_IMAGES=1
 * the control image is written instead. On failure the rendered image and a difference mask are
 * saved next to the test binary, and `why` says how far off it was.
 */
inline bool matchesControl(const QImage &rendered, const QString &name, QString *why, int channelTolerance = 8,
                           double maxDifferentFraction = 0.005)
{
    const QString controlPath = mapDataDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    const QImage actual = rendered.convertToFormat(QImage::Format_ARGB32);
    if (qEnvironmentVariableIntValue("URBIS_UPDATE_CONTROL_IMAGES") == 1) {
        actual.save(controlPath);
        return true;
    }
    const QImage control = QImage(controlPath).convertToFormat(QImage::Format_ARGB32);
    if (control.isNull()) {
        *why = QStringLiteral("no control image %1 (run with URBIS_UPDATE_CONTROL_IMAGES=1)").arg(controlPath);
        return false;
    }
    if (control.size() != actual.size()) {
        *why = QStringLiteral("size %1x%2, control %3x%4")
                   .arg(actual.width()).arg(actual.height()).arg(control.width()).arg(control.height());
        return false;
    }
    QImage mask(actual.size(), QImage::Format_ARGB32);
    mask.fill(Qt::white);
    qint64 different = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const auto *c = reinterpret_cast<const QRgb *>(control.constScanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int d = std::max({std::abs(qRed(a[x]) - qRed(c[x])), std::abs(qGreen(a[x]) - qGreen(c[x])),
                                    std::abs(qBlue(a[x]) - qBlue(c[x])), std::abs(qAlpha(a[x]) - qAlpha(c[x]))});
            if (d > channelTolerance) {
                ++different;
                mask.setPixel(x, y, qRgb(255, 0, 0));
            }
        }
    }
    const double fraction = double(different) / (double(actual.width()) * actual.height());
    if (fraction <= maxDifferentFraction)
        return true;
    actual.save(QDir::current().filePath(name + QStringLiteral(".rendered.png")));
    mask.save(QDir::current().filePath(name + QStringLiteral(".diff.png")));
    *why = QStringLiteral("%1 pixels (%2 %) differ from %3; see %4.rendered.png / .diff.png in %5")
               .arg(different).arg(fraction * 100, 0, 'f', 2).arg(controlPath, name, QDir::currentPath());
    return false;
}

} // namespace urbis::test
