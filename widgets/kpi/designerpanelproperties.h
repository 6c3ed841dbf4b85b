#pragma once

#include "kpi/dashboardpanel.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace urbis {

class DesignerDocument;

/**
 * The designer's property panel for the selected panel: title, visualisation type, the KPIs it
 * shows (a searchable checklist of the dashboard's KPIs) and the options of its type (dimension,
 * stat trend, gauge range, map mode and fields, histogram bins, table row limit).
 *
 * Each widget changes only its own property, through DesignerDocument::apply (so every edit is an
 * undo step; typing in one field merges into one step). Follows the document's selection and
 * changes. GUI thread only; does not own the document.
 */
class DesignerPanelProperties : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerPanelProperties(DesignerDocument *document, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *typeCombo() const { return m_type; }
    QListWidget *kpiList() const { return m_kpis; }

private:
    void load();
    void edit(const QString &what, const std::function<void(DashboardPanel &)> &change, bool merge = false);
    void setOption(const QString &key, const QJsonValue &value, bool merge = false);
    void updateRows(DashboardPanel::Type type);

    DesignerDocument *m_document;
    QString m_panelId;
    bool m_loading = false;
    QLabel *m_header = nullptr;
    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_kpiFilter = nullptr;
    QListWidget *m_kpis = nullptr;
    QComboBox *m_dimension = nullptr;
    QCheckBox *m_trend = nullptr;
    QDoubleSpinBox *m_gaugeMin = nullptr;
    QDoubleSpinBox *m_gaugeMax = nullptr;
    QComboBox *m_mapMode = nullptr;
    QLineEdit *m_boundaries = nullptr;
    QLineEdit *m_joinField = nullptr;
    QLineEdit *m_lat = nullptr;
    QLineEdit *m_lon = nullptr;
    QSpinBox *m_bins = nullptr;
    QSpinBox *m_limit = nullptr;
};

} // namespace urbis
