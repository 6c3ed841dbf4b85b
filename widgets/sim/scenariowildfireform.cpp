#include "scenariowildfireform.h"

#include "scenariotextfields.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

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

ScenarioWildfireForm::ScenarioWildfireForm(QWidget *parent) : QWidget(parent)
{
    m_fuelDataset = new QLineEdit(this);
    m_fuelDataset->setObjectName(QStringLiteral("fuelDataset"));
    m_fuelDataset->setPlaceholderText(tr("uniform (no dataset)"));
    m_fuelDataset->setToolTip(tr("A fuel raster of the catalog, by id or exact title; empty for one fuel everywhere"));
    m_uniformFuel = new QSpinBox(this);
    m_uniformFuel->setRange(0, 255);
    m_uniformFuel->setSpecialValueText(tr("default (grass)"));
    m_uniformFuel->setToolTip(tr("The fuel class of a uniform fuel map (docs/simulation.md lists the classes)"));
    m_windSpeed = number(this, 0, 60, 1, tr(" m/s"));
    m_windSpeed->setObjectName(QStringLiteral("windSpeed"));
    m_windDirection = number(this, 0, 360, 0, tr("°"));
    m_windDirection->setToolTip(tr("Where the wind blows from: 0 = north, 90 = east"));
    m_moisture = number(this, 0, 1, 3);
    m_moisture->setSingleStep(0.01);
    m_moisture->setToolTip(tr("Dead-fuel moisture as a fraction (0.08 = 8 %)"));
    m_stepMinutes = number(this, 0.01, 1440, 2, tr(" min"));
    m_spotting = number(this, 0, 1, 4);
    m_spotting->setSingleStep(0.001);
    m_spotting->setToolTip(tr("Probability per burning cell and step of a spot fire downwind; 0 = none"));
    m_ignitions = new QPlainTextEdit(this);
    m_ignitions->setObjectName(QStringLiteral("ignitions"));
    m_ignitions->setPlaceholderText(tr("one cell per line: column, row"));
    m_ignitions->setTabChangesFocus(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Fuel map:"), m_fuelDataset);
    form->addRow(tr("Uniform fuel class:"), m_uniformFuel);
    form->addRow(tr("Wind speed:"), m_windSpeed);
    form->addRow(tr("Wind from:"), m_windDirection);
    form->addRow(tr("Fuel moisture:"), m_moisture);
    form->addRow(tr("Time per step:"), m_stepMinutes);
    form->addRow(tr("Spotting:"), m_spotting);
    form->addRow(tr("Ignitions:"), m_ignitions);
}

void ScenarioWildfireForm::load(const Scenario &s)
{
    m_fuelDataset->setText(s.fuelDataset);
    m_uniformFuel->setValue(s.uniformFuel);
    m_windSpeed->setValue(s.windSpeed);
    m_windDirection->setValue(s.windDirection);
    m_moisture->setValue(s.moisture);
    m_stepMinutes->setValue(s.stepMinutes);
    m_spotting->setValue(s.spotting);
    m_ignitions->setPlainText(ScenarioTextFields::formatCells(s.ignitions));
}

Result<void> ScenarioWildfireForm::apply(Scenario &s) const
{
    Result<QList<QPoint>> ignitions = ScenarioTextFields::parseCells(m_ignitions->toPlainText(), tr("Ignitions"));
    if (!ignitions)
        return ignitions.error();
    s.fuelDataset = m_fuelDataset->text().trimmed();
    s.uniformFuel = m_uniformFuel->value();
    s.windSpeed = m_windSpeed->value();
    s.windDirection = m_windDirection->value();
    s.moisture = m_moisture->value();
    s.stepMinutes = m_stepMinutes->value();
    s.spotting = m_spotting->value();
    s.ignitions = *ignitions;
    return {};
}

} // namespace urbis
