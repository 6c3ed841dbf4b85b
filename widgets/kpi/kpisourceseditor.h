#pragma once

#include "kpi/kpisource.h"
#include "kpicatalogprobe.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace urbis {

/**
 * The sources part of the KPI form: a list of sources (alias and what it reads) with a detail form
 * for the selected one — datasets named by exact title or id (picked from the catalog's datasets,
 * or typed), or a catalog selection by domain, city and required fields — plus its time field.
 *
 * Edits a copy of the list; changed() after each edit. GUI thread only.
 */
class KpiSourcesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit KpiSourcesEditor(QWidget *parent = nullptr);

    void setSources(const QList<KpiSource> &sources);
    QList<KpiSource> sources() const { return m_sources; }
    /** What the dataset picker offers (from KpiCatalogProbe::loadDatasets). */
    void setDatasetChoices(const QList<KpiCatalogProbe::DatasetChoice> &choices);
    void setReadOnly(bool readOnly);

    /** The domains a KPI or selection may name: code -> translated label, in display order. */
    static QList<QPair<QString, QString>> domainChoices();

signals:
    void changed();

private:
    void addSource();
    void removeSource();
    void showCurrent();
    void storeCurrent();
    void addDataset();
    void refreshList();
    QString summary(const KpiSource &s) const;

    QList<KpiSource> m_sources;
    bool m_loading = false; ///< filling the form from the model: do not write back
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_alias = nullptr;
    QComboBox *m_picker = nullptr;
    QPushButton *m_pick = nullptr;
    QListWidget *m_datasets = nullptr;
    QGroupBox *m_selection = nullptr;
    QComboBox *m_domain = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_required = nullptr;
    QLineEdit *m_timeField = nullptr;
    QWidget *m_detail = nullptr;
};

} // namespace urbis
