#include "stylesuggestion.h"

#include "../geo/vectorreader.h"

#include <QSet>

#include <algorithm>

namespace urbis {

namespace {

bool isCoordinate(const QString &name)
{
    static const QStringList names{QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("lon"),
                                   QStringLiteral("lng"), QStringLiteral("longitude"), QStringLiteral("x"),
                                   QStringLiteral("y"), QStringLiteral("fid"), QStringLiteral("id")};
    return names.contains(name.toLower());
}

// A qualitative palette that stays readable on the light basemap (ColorBrewer "Set2"-like).
const QList<QColor> &palette()
{
    static const QList<QColor> colors{QColor(102, 194, 165), QColor(252, 141, 98), QColor(141, 160, 203),
                                      QColor(231, 138, 195), QColor(166, 216, 84), QColor(255, 217, 47),
                                      QColor(229, 196, 148), QColor(179, 179, 179)};
    return colors;
}

} // namespace

std::pair<QString, bool> StyleSuggestion::fieldFor(const DatasetRecord &record)
{
    for (const FieldInfo &f : record.fields)
        if ((f.type == u"number" || f.type == u"integer") && !isCoordinate(f.name))
            return {f.name, true};
    for (const FieldInfo &f : record.fields)
        if (f.type == u"string" && !isCoordinate(f.name))
            return {f.name, false};
    return {};
}

Result<VectorStyle> StyleSuggestion::forField(const QString &path, const QString &field, bool numeric, int maxFeatures)
{
    Result<VectorReader> reader = VectorReader::open(path);
    if (!reader)
        return reader.error();
    const int index = reader->fieldIndex(field);
    if (index < 0)
        return VectorStyle();
    QList<double> numbers;
    QStringList texts;
    QSet<QString> distinct;
    int seen = 0;
    const QRectF world(QPointF(-2.1e7, -2.1e7), QPointF(2.1e7, 2.1e7));
    Result<void> read = reader->read(world, {index}, [&](const MercatorFeature &f) {
        const QVariant v = f.values.value(0);
        if (numeric) {
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (ok && std::isfinite(d))
                numbers << d;
        } else if (!v.toString().isEmpty() && distinct.size() <= palette().size()) {
            if (!distinct.contains(v.toString()))
                texts << v.toString();
            distinct.insert(v.toString());
        }
        return ++seen < maxFeatures;
    });
    if (!read)
        return read.error();
    if (numeric && numbers.size() >= 2) {
        std::sort(numbers.begin(), numbers.end());
        QList<double> breaks;
        for (int k = 1; k < 5; ++k) {
            const double b = numbers.at(qsizetype(k) * (numbers.size() - 1) / 5);
            if (breaks.isEmpty() || b > breaks.constLast())
                breaks << b;
        }
        return VectorStyle::graduated(field, breaks,
                                      VectorStyle::interpolated(QColor(255, 237, 160), QColor(189, 0, 38), int(breaks.size()) + 1));
    }
    if (!numeric && !texts.isEmpty() && distinct.size() <= palette().size()) {
        QHash<QString, QColor> categories;
        for (int i = 0; i < texts.size(); ++i)
            categories.insert(texts.at(i), palette().at(i));
        return VectorStyle::categorised(field, categories);
    }
    return VectorStyle();
}

Result<VectorStyle> StyleSuggestion::forAnyField(const QString &path, const QString &field)
{
    Result<VectorStyle> graduated = forField(path, field, true);
    if (!graduated || graduated->usesField())
        return graduated;
    return forField(path, field, false);
}

} // namespace urbis
