#pragma once

#include "kpi/kpidefinition.h"
#include "kpicatalogprobe.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace urbis {

class FormulaEdit;
class KpiCache;
class KpiPreviewPane;
class KpiSourcesEditor;
class KpiTargetsEditor;
class TaskManager;

/**
 * The form a planner configures one KPI with: identity (id, name, description, domain, framework
 * category, unit), data (sources, formula, grain, dimensions) and judgement (KpiTargetsEditor),
 * with KpiDefinition::validate()'s message shown inline and a live preview (KpiPreviewPane) of the
 * definition as it is being edited.
 *
 * The form holds no rules of its own: validity comes from KpiDefinition and FormulaCheck, values
 * from KpiEngine (through KpiCatalogProbe and KpiEvaluationTask, off the GUI thread).
 * GUI thread. Does not own the TaskManager; shares the KpiCache.
 */
class KpiEditor : public QWidget
{
    Q_OBJECT
public:
    KpiEditor(QString dataDir, TaskManager *tasks, std::shared_ptr<KpiCache> cache,
              QWidget *parent = nullptr);

    void setDefinition(const KpiDefinition &kpi);
    /** The definition as the form shows it now. */
    KpiDefinition definition() const;
    /** Ids already used next to this KPI (its dashboard's other KPIs); a clash is a validation error. */
    void setTakenIds(const QStringList &ids);
    void setReadOnly(bool readOnly);

    /** Empty when the definition validates and the formula has no errors. */
    QString validationMessage() const;
    bool isAcceptable() const { return validationMessage().isEmpty(); }

    FormulaEdit *formulaEdit() const { return m_formula; }
    KpiPreviewPane *previewPane() const { return m_preview; }
    QListWidget *dimensionsList() const { return m_dimensions; }
    QLabel *validationLabel() const { return m_validation; }

signals:
    /** After each edit, once the validation line is updated. */
    void changed();

private:
    QWidget *buildIdentity();
    QWidget *buildData();
    void onEdited();
    void onSourcesEdited();
    void requestFields();
    void onFieldsLoaded(const KpiCatalogProbe::FieldMap &fields, const QString &error);
    void fillDimensions(const QStringList &checked);
    QStringList checkedDimensions() const;

    KpiCatalogProbe *m_probe = nullptr;
    QStringList m_takenIds;
    bool m_loading = false;
    QStringList m_defaultFields; ///< field names of the default source, for the dimensions list
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_domain = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_unit = nullptr;
    KpiSourcesEditor *m_sources = nullptr;
    FormulaEdit *m_formula = nullptr;
    QComboBox *m_grain = nullptr;
    QListWidget *m_dimensions = nullptr;
    KpiTargetsEditor *m_targets = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_fieldsState = nullptr;
    KpiPreviewPane *m_preview = nullptr;
    QTimer *m_fieldsDebounce = nullptr;
};

} // namespace urbis
