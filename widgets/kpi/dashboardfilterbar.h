#pragma once

#include "kpi/kpifilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QMenu;
class QToolButton;

namespace urbis {

/**
 * A dashboard's common filters: cities (multi-select), from/to dates (each may stay open), grain
 * (or the KPIs' own) and domain. Emits filtersChanged() on every user change; setFilter() and
 * setCities() do not emit. GUI thread only.
 */
class DashboardFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardFilterBar(QWidget *parent = nullptr);

    /** The cities offered (sorted, duplicates dropped); checked ones not in the list stay offered. */
    void setCities(const QStringList &cities);
    QStringList cities() const;
    void setFilter(const KpiFilter &filter);
    KpiFilter filter() const;
    /** "Cities: Athens, Bologna · 2023-01-01 – open · grain month" for exports; "All data" when empty. */
    static QString describe(const KpiFilter &filter);

signals:
    void filtersChanged(const urbis::KpiFilter &filter);

private:
    void rebuildCityMenu(const QStringList &checked);
    void updateCityText();
    void changed();

    QToolButton *m_cityButton = nullptr;
    QMenu *m_cityMenu = nullptr;
    QStringList m_cities;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grain = nullptr;
    QComboBox *m_domain = nullptr;
    QMap<QString, QStringList> m_dimensionValues; ///< kept from setFilter(): no editor here
    bool m_updating = false;
};

} // namespace urbis
