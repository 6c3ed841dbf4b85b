#pragma once

#include "sim/scenario.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace urbis {

/** The flood part of the scenario form: scheme, step length, roughness, inflow, rainfall, boundary. */
class ScenarioFloodForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioFloodForm(QWidget *parent = nullptr);

    void load(const Scenario &scenario);
    /** Writes the fields into `scenario`; InvalidData naming the field for text it cannot read. */
    Result<void> apply(Scenario &scenario) const;

private:
    QComboBox *m_scheme;
    QDoubleSpinBox *m_stepSeconds;
    QDoubleSpinBox *m_manning;
    QSpinBox *m_inflowCol;
    QSpinBox *m_inflowRow;
    QPlainTextEdit *m_inflow;
    QPlainTextEdit *m_rainfall;
    QCheckBox *m_openBoundary;
};

} // namespace urbis
