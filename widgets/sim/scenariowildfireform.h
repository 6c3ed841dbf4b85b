#pragma once

#include "sim/scenario.h"

#include <QWidget>

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace urbis {

/** The wildfire part of the scenario form: fuel, wind, moisture, step length, spotting, ignitions. */
class ScenarioWildfireForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioWildfireForm(QWidget *parent = nullptr);

    void load(const Scenario &scenario);
    /** Writes the fields into `scenario`; InvalidData naming the field for text it cannot read. */
    Result<void> apply(Scenario &scenario) const;

private:
    QLineEdit *m_fuelDataset;
    QSpinBox *m_uniformFuel;
    QDoubleSpinBox *m_windSpeed;
    QDoubleSpinBox *m_windDirection;
    QDoubleSpinBox *m_moisture;
    QDoubleSpinBox *m_stepMinutes;
    QDoubleSpinBox *m_spotting;
    QPlainTextEdit *m_ignitions;
};

} // namespace urbis
