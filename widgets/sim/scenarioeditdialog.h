#pragma once

#include "sim/scenario.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace urbis {

class ScenarioFloodForm;
class ScenarioWildfireForm;

/**
 * Edits a scenario's parameters: name, seed, steps, the grid, the inputs and the wildfire or
 * flood part. OK checks the result the way the scenario file is checked (Scenario::fromJson: value
 * ranges, then Scenario::check) and shows the core's message instead of closing while it fails.
 * Does not save: the caller stores scenario(). The type cannot change. GUI thread.
 */
class ScenarioEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScenarioEditDialog(const Scenario &scenario, QWidget *parent = nullptr);

    /** The edited scenario (as checked, after accept()). */
    Scenario scenario() const { return m_scenario; }
    /** Reads and checks the form; the error is also shown in the dialog. */
    Result<Scenario> validate();
    QString message() const;

public slots:
    void accept() override;

private:
    Scenario m_scenario;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_seed;
    QSpinBox *m_steps;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_cellSize;
    QDoubleSpinBox *m_lon;
    QDoubleSpinBox *m_lat;
    QLineEdit *m_crs;
    QLineEdit *m_terrain;
    QLineEdit *m_barrierDatasets;
    QPlainTextEdit *m_barrierLines;
    ScenarioWildfireForm *m_wildfire = nullptr;
    ScenarioFloodForm *m_flood = nullptr;
    QLabel *m_message;
};

} // namespace urbis
