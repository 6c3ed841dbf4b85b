#include "demoworkspace.h"

#include "../ingest/importjob.h"
#include "demoairquality.h"
#include "democity.h"
#include "demodistricts.h"
#include "demomonthlytable.h"
#include "demoterrain.h"
#include "demotrafficcounts.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <functional>
#include <optional>

namespace urbis {

namespace {

const QString kSource = QStringLiteral("Urbis demo generator (synthetic data)");

struct Spec
{
    const DemoCity *city;
    QString title, description, domain;
    QStringList keywords;
    std::function<DemoFile()> make; ///< generated only when the dataset is not there yet
};

TableField measure(const QString &name, const QString &unit, const QString &description)
{
    TableField f = DemoFile::field(name, QStringLiteral("number"), unit, description);
    f.constraints.minimum = 0;
    return f;
}

double noise(QRandomGenerator &rng, double spread)
{
    return 1 - spread + rng.bounded(2 * spread);
}

QList<Spec> specs()
{
    using T = DemoMonthlyTable;
    const auto city = [](const char *name) { return DemoCity::byName(QLatin1String(name)); };
    QList<Spec> out;
    for (const DemoCity &c : DemoCity::all()) {
        out.append({&c, DemoWorkspace::tr("%1 air quality, January 2023").arg(c.name),
                    DemoWorkspace::tr("Hourly PM10, PM2.5, NO2, CO, temperature, humidity, pressure and wind speed at three "
                                      "stations in %1 (synthetic demo data in the CLIMABOROUGH Annex B shape).")
                        .arg(c.name),
                    QStringLiteral("air"),
                    {QStringLiteral("air quality"), QStringLiteral("pm10"), QStringLiteral("no2"), QStringLiteral("demo")},
                    [&c] { return DemoAirQuality::generate(c); }});
    }
    const DemoCity *athens = city("Athens");
    out.append({athens, DemoWorkspace::tr("Athens building energy consumption 2019-2023"),
                DemoWorkspace::tr("Monthly electricity consumption of municipal buildings per district, in kWh (synthetic)."),
                QStringLiteral("energy"), {QStringLiteral("energy"), QStringLiteral("buildings"), QStringLiteral("demo")},
                [athens] {
                    // Two peaks a year: heating in January, cooling in July.
                    return T::generate(*athens, QStringLiteral("athens-energy-2019-2023.csv"),
                                       {measure(QStringLiteral("consumption"), QStringLiteral("kWh"),
                                                DemoWorkspace::tr("Electricity used by municipal buildings in the month"))},
                                       0, [athens](int d, int m, QRandomGenerator &rng) {
                                           const double season = 1 + 0.12 * std::cos(2 * M_PI * (m % 12) / 12.0) +
                                                                 0.10 * std::cos(4 * M_PI * (m % 12) / 12.0);
                                           return QList<double>{athens->districts.at(d).population * 8.5 * season *
                                                                T::trend(m, -0.03) * noise(rng, 0.04)};
                                       });
                }});
    const DemoCity *sofia = city("Sofia");
    out.append({sofia, DemoWorkspace::tr("Sofia city-centre traffic counts, January 2023"),
                DemoWorkspace::tr("Hourly vehicle counts at four counting stations on the main roads into the city "
                                  "centre (synthetic)."),
                QStringLiteral("mobility"), {QStringLiteral("traffic"), QStringLiteral("parking"), QStringLiteral("demo")},
                [sofia] {
                    return DemoTrafficCounts::generate(*sofia, {QStringLiteral("Maria Luiza Boulevard"), QStringLiteral("Tsarigradsko Shose"),
                                                                QStringLiteral("Cherni Vrah Boulevard"), QStringLiteral("Todor Aleksandrov Boulevard")});
                }});
    const DemoCity *torino = city("Torino");
    out.append({torino, DemoWorkspace::tr("Torino WEEE and textile waste collection 2019-2023"),
                DemoWorkspace::tr("Monthly collected and recycled small WEEE and textile waste per district, in tonnes (synthetic)."),
                QStringLiteral("waste"), {QStringLiteral("waste"), QStringLiteral("WEEE"), QStringLiteral("circularity"), QStringLiteral("demo")},
                [torino] {
                    return T::generate(*torino, QStringLiteral("torino-waste-2019-2023.csv"),
                                       {measure(QStringLiteral("collected"), QStringLiteral("t"), DemoWorkspace::tr("Waste collected in the month")),
                                        measure(QStringLiteral("recycled"), QStringLiteral("t"), DemoWorkspace::tr("Part of it sent to recycling"))},
                                       2, [torino](int d, int m, QRandomGenerator &rng) {
                                           const double collected = torino->districts.at(d).population * 0.00045 *
                                                                    T::winter(m, -0.08) * T::trend(m, 0.04) * noise(rng, 0.08);
                                           const double rate = 0.35 + 0.03 * (m / 12) + rng.bounded(0.04);
                                           return QList<double>{collected, collected * rate};
                                       });
                }});
    const DemoCity *differdange = city("Differdange");
    out.append({differdange, DemoWorkspace::tr("Differdange CO2 emissions 2019-2023"),
                DemoWorkspace::tr("Monthly CO2 emissions estimated per district, in tonnes (synthetic)."),
                QStringLiteral("climate"), {QStringLiteral("emissions"), QStringLiteral("co2"), QStringLiteral("demo")},
                [differdange] {
                    // "emissions", not "co2": a co2 column is read as a concentration (ppm) by the unit checks.
                    return T::generate(*differdange, QStringLiteral("differdange-co2-2019-2023.csv"),
                                       {measure(QStringLiteral("emissions"), QStringLiteral("t"), DemoWorkspace::tr("CO2 emitted in the month"))},
                                       1, [differdange](int d, int m, QRandomGenerator &rng) {
                                           return QList<double>{differdange->districts.at(d).population * 0.75 * T::winter(m, 0.25) *
                                                                T::trend(m, -0.05) * noise(rng, 0.05)};
                                       });
                }});
    // Boundaries for the cities whose tables are per district, so both can be shown together.
    for (const DemoCity *c : {athens, torino, differdange}) {
        out.append({c, DemoWorkspace::tr("%1 districts 2023").arg(c->name),
                    DemoWorkspace::tr("Boundaries of four central districts of %1 with their population (synthetic).").arg(c->name),
                    QStringLiteral("other"), {QStringLiteral("districts"), QStringLiteral("boundaries"), QStringLiteral("population"), QStringLiteral("demo")},
                    [c] { return DemoDistricts::generate(*c); }});
    }
    // Terrain, fuel and fire breaks for the demo scenarios: several per city and domain, told apart by their keywords.
    for (const DemoTerrain::Layer &l : DemoTerrain::layers())
        out.append({DemoCity::byName(DemoTerrain::kCity), l.title, l.description, l.domain, l.keywords, l.make});
    return out;
}

// Titles are translated, so "already there" is decided by what does not change with the language:
// the generator as source, the city, the domain and the keywords.
Result<std::optional<QString>> existingId(Catalog &catalog, const Spec &s)
{
    CatalogQuery q;
    q.cities = {s.city->name};
    q.domains = {s.domain};
    q.limit = 0;
    q.withFacets = false;
    Result<SearchResult> found = catalog.search(q);
    if (!found)
        return found.error();
    for (const DatasetRecord &r : std::as_const(found->records))
        if (r.source == kSource && r.keywords == s.keywords)
            return std::optional<QString>(r.id);
    return std::optional<QString>();
}

DatasetRecord metadataOf(const Spec &s)
{
    DatasetRecord r;
    r.title = s.title;
    r.description = s.description;
    r.source = kSource;
    r.publisher = DemoWorkspace::tr("City of %1").arg(s.city->name);
    r.city = s.city->name;
    r.countryCode = s.city->countryCode;
    r.domain = s.domain;
    r.keywords = s.keywords;
    r.license = QStringLiteral("CC-BY-4.0");
    return r;
}

Error cancelled()
{
    return Error(Error::Code::Cancelled, DemoWorkspace::tr("Demo workspace creation cancelled"));
}

} // namespace

Result<DemoWorkspace::Summary> DemoWorkspace::create(Workspace &ws, Feedback *feedback)
{
    const QList<Spec> all = specs();
    Summary summary;
    // The files live only until they are imported (the store keeps a copy of each). The "import-"
    // prefix lets Workspace::collectGarbage remove the folder if the process is killed meanwhile.
    std::optional<QTemporaryDir> folder;
    for (int i = 0; i < all.size(); ++i) {
        if (feedback && feedback->isCancelled())
            return cancelled();
        const Spec &s = all.at(i);
        Result<std::optional<QString>> existing = existingId(ws.catalog(), s);
        if (!existing)
            return existing.error();
        if (*existing) {
            summary.existing << **existing;
            continue;
        }
        if (!folder) {
            if (!QDir().mkpath(ws.workDir()))
                return Error(Error::Code::Io, tr("Cannot create the work folder %1").arg(ws.workDir()));
            folder.emplace(QDir(ws.workDir()).filePath(QStringLiteral("import-demo-XXXXXX")));
            if (!folder->isValid())
                return Error(Error::Code::Io, tr("Cannot create a work folder in %1").arg(ws.workDir()), folder->errorString());
        }
        if (feedback)
            feedback->setStatus(tr("Creating %1").arg(s.title));
        const DemoFile file = s.make();
        ImportRequest request;
        request.path = QDir(folder->path()).filePath(file.fileName);
        QFile out(request.path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size() || !out.flush())
            return Error(Error::Code::Io, tr("Cannot write %1").arg(request.path), out.errorString());
        out.close();
        request.metadata = metadataOf(s);
        request.schema = file.schema;

        // The job reports 0..100 for its one file; that is one slice of the whole bar here.
        Feedback step;
        if (feedback) {
            QObject::connect(&step, &Feedback::progressChanged, &step, [&, i](double p) {
                feedback->setProgress((i + p / 100.0) * 100.0 / all.size());
                if (feedback->isCancelled())
                    step.cancel();
            }, Qt::DirectConnection);
        }
        Result<ImportOutcome> outcome = ImportJob(ws.catalog(), ws.store(), ws.workDir()).run(request, &step);
        QFile::remove(request.path);
        if (feedback && feedback->isCancelled())
            return cancelled();
        if (!outcome)
            return outcome.error();
        switch (outcome->status) {
        case ImportOutcome::Status::Imported:
            summary.created << outcome->record.id;
            break;
        case ImportOutcome::Status::Duplicate: // the same bytes under another source or city: still the demo's
            summary.existing << outcome->record.id;
            break;
        case ImportOutcome::Status::Refused: {
            // A generator bug, not a user error: the report says which rule the file broke.
            const QString first = outcome->report.errors.isEmpty() ? QString() : outcome->report.errors.first().message;
            return Error(Error::Code::Internal, tr("The demo dataset \"%1\" does not pass validation: %2").arg(s.title, first),
                         QString::fromUtf8(QJsonDocument(outcome->report.toJson()).toJson(QJsonDocument::Compact)));
        }
        }
        if (feedback)
            feedback->setProgress(100.0 * (i + 1) / all.size());
    }
    if (Result<QStringList> scenarios = DemoTerrain::saveScenarios(ws); !scenarios)
        return scenarios.error();
    if (feedback)
        feedback->setProgress(100);
    return summary;
}

} // namespace urbis
