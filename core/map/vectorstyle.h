#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace urbis {

/**
 * How a VectorLayer draws its features: one colour, a colour per category of a field, or a
 * colour per class of a numeric field (graduated); stroke, point size, and optional labels.
 * A plain value.
 */
struct VectorStyle
{
    enum class Mode { Single, Categorised, Graduated };

    QColor fill{86, 140, 196, 160};
    QColor stroke{40, 60, 90};
    double strokeWidth = 1.0; ///< logical pixels; 0 = no outline
    double pointSize = 6.0;   ///< diameter of point symbols in logical pixels

    Mode mode = Mode::Single;
    QString field; ///< the field categorised / graduated colours read
    /** Categorised: field value (as text) -> colour; other values use `fill`. */
    QHash<QString, QColor> categories;
    /** Graduated: ascending class breaks b0 < b1 < ... (n values) and n + 1 colours. */
    QList<double> breaks;
    QList<QColor> classColors;

    QString labelField; ///< empty = no labels
    double labelMinZoom = 0; ///< labels only from this zoom on
    QColor labelColor{30, 30, 30};
    int labelPixelSize = 11;

    double minZoom = 0; ///< the layer is drawn only within minZoom..maxZoom
    double maxZoom = 24;

    /** The fill (polygons, points) or line colour for a feature whose `field` holds `value`. */
    QColor colorFor(const QVariant &value) const;
    bool usesField() const { return mode != Mode::Single && !field.isEmpty(); }

    static VectorStyle categorised(const QString &field, const QHash<QString, QColor> &categories);
    /** `colors` must have breaks.size() + 1 entries. */
    static VectorStyle graduated(const QString &field, const QList<double> &breaks, const QList<QColor> &colors);
    /** `count` colours from `from` to `to`, evenly interpolated (for graduated classes). */
    static QList<QColor> interpolated(const QColor &from, const QColor &to, int count);
};

} // namespace urbis
