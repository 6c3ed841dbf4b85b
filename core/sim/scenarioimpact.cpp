#include "scenarioimpact.h"

#include "scenariojson.h"

namespace urbis {

namespace {

using Kind = ImpactLayer::Kind;
constexpr Kind kKinds[] = {Kind::Assets, Kind::Roads, Kind::Population};

} // namespace

QString ScenarioImpact::kindName(ImpactLayer::Kind kind)
{
    switch (kind) {
    case Kind::Assets:
        return QStringLiteral("assets");
    case Kind::Roads:
        return QStringLiteral("roads");
    case Kind::Population:
        return QStringLiteral("population");
    }
    return {};
}

QJsonObject ScenarioImpact::toJson() const
{
    QJsonObject o{{QStringLiteral("dataset"), dataset}, {QStringLiteral("kind"), kindName(kind)}};
    if (!metric.isEmpty())
        o.insert(QStringLiteral("metric"), metric);
    if (!categoryField.isEmpty())
        o.insert(QStringLiteral("category"), categoryField);
    if (!populationField.isEmpty())
        o.insert(QStringLiteral("population"), populationField);
    return o;
}

Result<ScenarioImpact> ScenarioImpact::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return ScenarioJson::bad(path, tr("{\"dataset\": \"<vector dataset>\", \"kind\": \"assets\", \"roads\" or \"population\"}"));
    const QJsonObject o = v.toObject();
    const QStringList known{QStringLiteral("dataset"), QStringLiteral("kind"), QStringLiteral("metric"),
                            QStringLiteral("category"), QStringLiteral("population")};
    if (Result<void> k = ScenarioJson::onlyKnown(o, known, path); !k)
        return k.error();
    ScenarioImpact s;
    QString *texts[] = {&s.dataset, &s.metric, &s.categoryField, &s.populationField};
    const char *keys[] = {"dataset", "metric", "category", "population"};
    for (int i = 0; i < 4; ++i) {
        Result<QString> text = ScenarioJson::string(o, QLatin1String(keys[i]), path, QString());
        if (!text)
            return text.error();
        *texts[i] = text->trimmed();
    }
    if (s.dataset.isEmpty())
        return ScenarioJson::bad(ScenarioJson::join(path, QStringLiteral("dataset")), tr("the id or exact title of a vector dataset"));
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const auto *it = std::find_if(std::begin(kKinds), std::end(kKinds), [&](Kind k) { return kindName(k) == kind; });
    if (it == std::end(kKinds))
        return ScenarioJson::bad(ScenarioJson::join(path, QStringLiteral("kind")), tr("\"assets\", \"roads\" or \"population\""));
    s.kind = *it;
    if (s.kind == Kind::Population && s.populationField.isEmpty())
        return ScenarioJson::bad(ScenarioJson::join(path, QStringLiteral("population")),
                                 tr("the field that holds each district's population"));
    return s;
}

ImpactLayer ScenarioImpact::layer(const QString &path) const
{
    ImpactLayer l;
    l.kind = kind;
    l.path = path;
    l.metric = metric;
    l.categoryField = categoryField;
    l.populationField = populationField;
    return l;
}

} // namespace urbis
