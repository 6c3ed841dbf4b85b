#include "scenariofloodform.h"

#include "scenariotextfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace urbis {

ScenarioFloodForm::ScenarioFloodForm(QWidget *parent) : QWidget(parent)
{
    m_scheme = new QComboBox(this);
    m_scheme->addItem(tr("Local inertial (2-D shallow water)"), int(FloodParams::Scheme::LocalInertial));
    m_scheme->addItem(tr("Fill and spill"), int(FloodParams::Scheme::FillAndSpill));
    m_stepSeconds = new QDoubleSpinBox(this);
    m_stepSeconds->setRange(0.1, 86400);
    m_stepSeconds->setDecimals(1);
    m_stepSeconds->setSuffix(tr(" s"));
    m_manning = new QDoubleSpinBox(this);
    m_manning->setRange(0.001, 1);
    m_manning->setDecimals(4);
    m_manning->setSingleStep(0.005);
    m_manning->setToolTip(tr("Manning's roughness n in s/m^(1/3): 0.02 paved, 0.035 grass, 0.1 dense vegetation"));
    m_inflowCol = new QSpinBox(this);
    m_inflowRow = new QSpinBox(this);
    for (QSpinBox *box : {m_inflowCol, m_inflowRow})
        box->setRange(-1, 8192);
    m_inflowCol->setPrefix(tr("column "));
    m_inflowRow->setPrefix(tr("row "));
    m_inflow = new QPlainTextEdit(this);
    m_inflow->setObjectName(QStringLiteral("inflow"));
    m_inflow->setPlaceholderText(tr("hydrograph, one point per line: seconds, m³/s"));
    m_rainfall = new QPlainTextEdit(this);
    m_rainfall->setObjectName(QStringLiteral("rainfall"));
    m_rainfall->setPlaceholderText(tr("one point per line: seconds, mm/h"));
    for (QPlainTextEdit *edit : {m_inflow, m_rainfall})
        edit->setTabChangesFocus(true);
    m_openBoundary = new QCheckBox(tr("Water leaves the grid at its edges"), this);

    auto *cell = new QHBoxLayout;
    cell->addWidget(m_inflowCol);
    cell->addWidget(m_inflowRow);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Scheme:"), m_scheme);
    form->addRow(tr("Time per step:"), m_stepSeconds);
    form->addRow(tr("Roughness (Manning n):"), m_manning);
    form->addRow(tr("Inflow cell:"), cell);
    form->addRow(tr("Inflow:"), m_inflow);
    form->addRow(tr("Rainfall:"), m_rainfall);
    form->addRow(QString(), m_openBoundary);
}

void ScenarioFloodForm::load(const Scenario &s)
{
    m_scheme->setCurrentIndex(m_scheme->findData(int(s.scheme)));
    m_stepSeconds->setValue(s.stepSeconds);
    m_manning->setValue(s.manning);
    m_inflowCol->setValue(s.inflowCell.x());
    m_inflowRow->setValue(s.inflowCell.y());
    m_inflow->setPlainText(ScenarioTextFields::formatSeries(s.inflow));
    m_rainfall->setPlainText(ScenarioTextFields::formatSeries(s.rainfall));
    m_openBoundary->setChecked(s.openBoundary);
}

Result<void> ScenarioFloodForm::apply(Scenario &s) const
{
    Result<QList<TimeSeriesPoint>> inflow = ScenarioTextFields::parseSeries(m_inflow->toPlainText(), tr("Inflow"));
    if (!inflow)
        return inflow.error();
    Result<QList<TimeSeriesPoint>> rainfall = ScenarioTextFields::parseSeries(m_rainfall->toPlainText(), tr("Rainfall"));
    if (!rainfall)
        return rainfall.error();
    s.scheme = FloodParams::Scheme(m_scheme->currentData().toInt());
    s.stepSeconds = m_stepSeconds->value();
    s.manning = m_manning->value();
    s.inflowCell = QPoint(m_inflowCol->value(), m_inflowRow->value());
    s.inflow = *inflow;
    s.rainfall = *rainfall;
    s.openBoundary = m_openBoundary->isChecked();
    return {};
}

} // namespace urbis
