#include "scenarioeditdialog.h"

#include "scenariofloodform.h"
#include "scenariotextfields.h"
#include "scenariowildfireform.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace urbis {

namespace {

QDoubleSpinBox *number(QWidget *parent, double min, double max, int decimals, const QString &suffix = {})
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    return box;
}

} // namespace

ScenarioEditDialog::ScenarioEditDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_scenario(scenario)
{
    const bool fire = scenario.type == Scenario::Type::Wildfire;
    setWindowTitle(fire ? tr("Wildfire scenario") : tr("Flood scenario"));

    auto *general = new QWidget(this);
    m_name = new QLineEdit(general);
    m_name->setObjectName(QStringLiteral("name"));
    m_description = new QLineEdit(general);
    m_seed = new QLineEdit(general);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,19}")), m_seed));
    m_seed->setToolTip(tr("The same scenario and seed give the same results, byte for byte"));
    m_steps = new QSpinBox(general);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setRange(1, 1'000'000);
    m_width = new QSpinBox(general);
    m_height = new QSpinBox(general);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(1, GridSpec::kMaxSide);
        box->setSuffix(tr(" cells"));
    }
    m_width->setObjectName(QStringLiteral("gridWidth"));
    m_cellSize = number(general, 0.1, 10'000, 1, tr(" m"));
    m_lon = number(general, -180, 180, 6, tr("°"));
    m_lat = number(general, -85, 85, 6, tr("°"));
    m_crs = new QLineEdit(general);
    m_crs->setToolTip(tr("EPSG:4326 puts the grid in the UTM zone of its origin; a projected CRS in metres is used as it is"));
    auto *form = new QFormLayout(general);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Random seed:"), m_seed);
    form->addRow(tr("Steps:"), m_steps);
    form->addRow(tr("Grid width:"), m_width);
    form->addRow(tr("Grid height:"), m_height);
    form->addRow(tr("Cell size:"), m_cellSize);
    form->addRow(tr("North-west corner, longitude:"), m_lon);
    form->addRow(tr("North-west corner, latitude:"), m_lat);
    form->addRow(tr("Origin CRS:"), m_crs);

    auto *inputs = new QWidget(this);
    m_terrain = new QLineEdit(inputs);
    m_terrain->setPlaceholderText(tr("flat (no dataset)"));
    m_terrain->setToolTip(tr("An elevation raster (DEM) of the catalog, by id or exact title"));
    m_barrierDatasets = new QLineEdit(inputs);
    m_barrierDatasets->setPlaceholderText(tr("datasets, separated by commas"));
    m_barrierDatasets->setToolTip(tr("Vector layers (roads, rivers) burnt onto the grid as barriers"));
    m_barrierLines = new QPlainTextEdit(inputs);
    m_barrierLines->setObjectName(QStringLiteral("barrierLines"));
    m_barrierLines->setPlaceholderText(tr("one line per row: column, row; column, row; …"));
    m_barrierLines->setTabChangesFocus(true);
    auto *inputsForm = new QFormLayout(inputs);
    inputsForm->addRow(fire ? tr("Terrain (DEM):") : tr("DEM:"), m_terrain);
    inputsForm->addRow(tr("Barrier layers:"), m_barrierDatasets);
    inputsForm->addRow(tr("Barrier lines:"), m_barrierLines);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(general, tr("General"));
    tabs->addTab(inputs, tr("Inputs"));
    if (fire) {
        m_wildfire = new ScenarioWildfireForm(this);
        m_wildfire->load(scenario);
        tabs->addTab(m_wildfire, tr("Wildfire"));
    } else {
        m_flood = new ScenarioFloodForm(this);
        m_flood->load(scenario);
        tabs->addTab(m_flood, tr("Flood"));
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScenarioEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScenarioEditDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_name->setText(scenario.name);
    m_description->setText(scenario.description);
    m_seed->setText(QString::number(scenario.seed));
    m_steps->setValue(scenario.steps);
    m_width->setValue(scenario.grid.width);
    m_height->setValue(scenario.grid.height);
    m_cellSize->setValue(scenario.grid.cellSize);
    m_lon->setValue(scenario.grid.originLon);
    m_lat->setValue(scenario.grid.originLat);
    m_crs->setText(scenario.grid.crs);
    m_terrain->setText(scenario.terrainDataset);
    m_barrierDatasets->setText(scenario.barrierDatasets.join(QStringLiteral(", ")));
    m_barrierLines->setPlainText(ScenarioTextFields::formatPolylines(scenario.barrierLines));
    resize(520, 560);
}

QString ScenarioEditDialog::message() const
{
    return m_message->text();
}

Result<Scenario> ScenarioEditDialog::validate()
{
    const auto fail = [this](const Error &e) -> Result<Scenario> {
        m_message->setText(e.message);
        m_message->show();
        return e;
    };
    Scenario s = m_scenario;
    s.name = m_name->text().trimmed();
    s.description = m_description->text().trimmed();
    bool seedOk = false;
    s.seed = m_seed->text().toULongLong(&seedOk);
    if (!seedOk)
        return fail(Error(Error::Code::InvalidData, tr("Random seed: enter a whole number from 0 to 18446744073709551615")));
    s.steps = m_steps->value();
    s.grid.width = m_width->value();
    s.grid.height = m_height->value();
    s.grid.cellSize = m_cellSize->value();
    s.grid.originLon = m_lon->value();
    s.grid.originLat = m_lat->value();
    s.grid.crs = m_crs->text().trimmed();
    s.terrainDataset = m_terrain->text().trimmed();
    s.barrierDatasets.clear();
    for (const QString &d : m_barrierDatasets->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!d.trimmed().isEmpty())
            s.barrierDatasets << d.trimmed();
    Result<QList<QPolygon>> lines = ScenarioTextFields::parsePolylines(m_barrierLines->toPlainText(), tr("Barrier lines"));
    if (!lines)
        return fail(lines.error());
    s.barrierLines = *lines;
    if (Result<void> part = m_wildfire ? m_wildfire->apply(s) : m_flood->apply(s); !part)
        return fail(part.error());
    // Through the file format: the same ranges and consistency checks as a scenario file gets.
    Result<Scenario> checked = Scenario::fromJson(s.toJson());
    if (!checked)
        return fail(checked.error());
    checked->id = s.id;
    checked->provenance = s.provenance;
    m_message->clear();
    m_message->hide();
    return checked;
}

void ScenarioEditDialog::accept()
{
    Result<Scenario> s = validate();
    if (!s)
        return;
    m_scenario = *s;
    QDialog::accept();
}

} // namespace urbis
