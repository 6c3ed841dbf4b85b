#pragma once

#include "catalog/browseorder.h"
#include "catalog/catalogquery.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace urbis {

/**
 * The search panel's second row of filters: a time range (either end may stay open), the sort
 * order and "only datasets in the map view". The map's extent comes from outside (setMapExtent),
 * so this widget knows nothing of the canvas; until one arrives the map-view box is disabled.
 *
 * Only describes the filters (applyTo); the search widget runs the query. GUI thread only.
 */
class CatalogFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogFilterBar(QWidget *parent = nullptr);

    /** Sets time range, bbox and order on `query` (call after its text is set: Relevance needs it). */
    void applyTo(CatalogQuery &query) const;

    /** An invalid date leaves that end open. Emits changed(). */
    void setTimeRange(const QDate &from, const QDate &to);
    QDate from() const;
    QDate to() const;
    void setOrder(BrowseOrder::Order order);
    BrowseOrder::Order order() const;
    void setOnlyInMapView(bool on);
    bool onlyInMapView() const;
    Extent mapExtent() const { return m_mapExtent; }
    /** True when any filter here narrows the results (the order does not). */
    bool isFiltering() const;
    /** Opens both time ends and unchecks the map-view box; keeps the order. Emits changed() once. */
    void clear();

public slots:
    /** The map's visible extent (WGS84); an invalid extent disables the map-view filter. */
    void setMapExtent(const urbis::Extent &extent);

signals:
    /** Any filter or the order changed. When only the map moved, `mapOnly` is true (callers debounce). */
    void changed(bool mapOnly);

private:
    void updateEnabled();

    QCheckBox *m_fromOn = nullptr;
    QCheckBox *m_toOn = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_order = nullptr;
    QCheckBox *m_inMapView = nullptr;
    Extent m_mapExtent;
    bool m_silent = false;
};

} // namespace urbis
