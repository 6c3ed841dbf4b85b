#pragma once

#include "catalog/catalog.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QToolBox;
class QToolButton;

namespace urbis {

class CatalogFilterBar;
class CatalogResultsModel;
class FacetList;

/**
 * The catalog browser: a search box (search as you type, debounced), facet filters with counts
 * (city, domain, format, license, year), a time range, the sort order, "only datasets in the map
 * view", the result table and a result count.
 *
 * Map sync: the owner feeds the map's extent to setMapExtent() and the footprint under the mouse to
 * setHoveredDataset() (the row is highlighted); datasetHovered() tells it which row the mouse is on.
 *
 * Queries run synchronously on the GUI thread because Catalog::search answers in milliseconds.
 * The widget borrows `catalog` (owned by the Workspace), which must outlive it and belong to the
 * GUI thread. Invalid query syntax is shown inline under the search box, never as a popup.
 */
class CatalogSearchWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogSearchWidget(Catalog &catalog, QWidget *parent = nullptr);

    /** The query the current inputs describe. */
    CatalogQuery currentQuery() const;
    /** The last successful result (records of the current page, total, facet counts). */
    const SearchResult &lastResult() const { return m_result; }
    CatalogResultsModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_edit; }
    QTableView *resultsView() const { return m_view; }
    CatalogFilterBar *filterBar() const { return m_filters; }
    QString hoveredId() const { return m_hoveredId; }
    /** The inline error of the last search; empty when it succeeded. */
    QString errorText() const;
    QString selectedId() const { return m_selectedId; }
    /** How many records one search lists at most (the count label tells when there are more). */
    void setPageSize(int n) { m_pageSize = n; }
    QSize sizeHint() const override { return {420, 600}; }

public slots:
    /** Runs the search now (e.g. after a task changed the catalog); keeps the selection when possible. */
    void refresh();
    void focusSearch();
    void clearFilters();
    void selectDataset(const QString &id);
    /** The map's visible extent (WGS84); used when "only datasets in the map view" is checked. */
    void setMapExtent(const urbis::Extent &extent);
    /** Highlights the row of `id` (e.g. the footprint under the mouse); empty clears. Emits nothing. */
    void setHoveredDataset(const QString &id);

signals:
    /** The current row changed; empty id when nothing is selected any more. */
    void datasetSelected(const QString &id);
    /** A search finished and the model holds its records. */
    void resultsChanged();
    /** The mouse moved onto the row of `id`; empty when it left the rows. */
    void datasetHovered(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleSearch(int delayMs);
    void showError(const Error &error);
    void applyResult(SearchResult result);
    void onCurrentRowChanged();
    void updateFacetTitles();
    void onRowEntered(const QModelIndex &index);

    Catalog &m_catalog;
    CatalogResultsModel *m_model = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_clearFilters = nullptr;
    QToolBox *m_facetBox = nullptr;
    QList<FacetList *> m_facets;
    QStringList m_facetTitles;
    QTableView *m_view = nullptr;
    CatalogFilterBar *m_filters = nullptr;
    QTimer m_debounce;
    SearchResult m_result;
    QString m_selectedId;
    QString m_hoveredId; ///< the row under the mouse (what datasetHovered last said)
    int m_pageSize = 500;
};

} // namespace urbis
