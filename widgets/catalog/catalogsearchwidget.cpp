#include "catalogsearchwidget.h"

#include "catalogfilterbar.h"
#include "catalogresultsmodel.h"
#include "catalog/facetedsearch.h"
#include "facetlist.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace urbis {

namespace {
constexpr int kTypingDelayMs = 150;
// A map pan sends many extents; search once it settles.
constexpr int kMapMoveDelayMs = 200;
}

CatalogSearchWidget::CatalogSearchWidget(Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Search datasets: words, \"a phrase\", OR, NOT, title:word"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_clearFilters = new QToolButton(this);
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setEnabled(false);

    m_filters = new CatalogFilterBar(this);
    m_filters->setObjectName(QStringLiteral("filterBar"));

    m_facetBox = new QToolBox(this);
    const QList<QPair<QString, QString>> facetNames{
        {QStringLiteral("city"), tr("City")},     {QStringLiteral("domain"), tr("Domain")},
        {QStringLiteral("format"), tr("Format")}, {QStringLiteral("license"), tr("License")},
        {QStringLiteral("year"), tr("Year")},
    };
    for (const auto &[key, title] : facetNames) {
        auto *list = new FacetList(key, m_facetBox);
        list->setToolTip(tr("Check values to filter; several values in one list are alternatives"));
        m_facetBox->addItem(list, title);
        m_facets << list;
        m_facetTitles << title;
        connect(list, &FacetList::checkedChanged, this, [this] { scheduleSearch(0); });
    }

    m_model = new CatalogResultsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CatalogResultsModel::TitleColumn, 260);
    m_view->setMouseTracking(true); // QAbstractItemView::entered needs it
    m_view->viewport()->installEventFilter(this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_facetBox);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 400});

    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_clearFilters);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(m_filters);
    layout->addLayout(countRow);
    layout->addWidget(splitter, 1);

    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &CatalogSearchWidget::refresh);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { scheduleSearch(kTypingDelayMs); });
    connect(m_edit, &QLineEdit::returnPressed, this, &CatalogSearchWidget::refresh);
    connect(m_clearFilters, &QToolButton::clicked, this, &CatalogSearchWidget::clearFilters);
    connect(m_filters, &CatalogFilterBar::changed, this,
            [this](bool mapOnly) { scheduleSearch(mapOnly ? kMapMoveDelayMs : 0); });
    connect(m_view, &QAbstractItemView::entered, this, &CatalogSearchWidget::onRowEntered);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogSearchWidget::onCurrentRowChanged);
    refresh();
}

CatalogQuery CatalogSearchWidget::currentQuery() const
{
    CatalogQuery q;
    q.text = m_edit->text().trimmed();
    for (const FacetList *f : m_facets) {
        const QStringList values = f->checkedValues();
        if (f->facet() == QLatin1String("city"))
            q.cities = values;
        else if (f->facet() == QLatin1String("domain"))
            q.domains = values;
        else if (f->facet() == QLatin1String("format"))
            q.formats = values;
        else if (f->facet() == QLatin1String("license"))
            q.licenses = values;
        else if (f->facet() == QLatin1String("year")) {
            for (const QString &v : values)
                q.years << v.toInt();
        }
    }
    m_filters->applyTo(q);
    q.limit = m_pageSize;
    q.withFacets = true;
    return q;
}

QString CatalogSearchWidget::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void CatalogSearchWidget::scheduleSearch(int delayMs)
{
    m_debounce.start(delayMs);
}

void CatalogSearchWidget::refresh()
{
    m_debounce.stop();
    Result<SearchResult> r = FacetedSearch::run(m_catalog, currentQuery());
    if (!r) {
        // Keep the previous results: while typing `"air q` the query is briefly invalid.
        showError(r.error());
        return;
    }
    m_error->setVisible(false);
    applyResult(std::move(*r));
}

void CatalogSearchWidget::showError(const Error &error)
{
    QString text = error.message;
    if (error.code == Error::Code::InvalidArgument)
        text = tr("%1. Check quotes and parentheses, or search for plain words.").arg(error.message);
    m_error->setText(text);
    m_error->setToolTip(error.detail);
    m_error->setVisible(true);
}

void CatalogSearchWidget::applyResult(SearchResult result)
{
    m_result = std::move(result);
    const QString keep = m_selectedId;
    // The reset clears the selection silently; re-selecting the same id below is then a no-op for
    // listeners (onCurrentRowChanged compares ids), so an open editor in the details panel survives.
    m_model->setRecords(m_result.records);
    if (m_model->rowOf(m_hoveredId) < 0)
        m_hoveredId.clear();
    for (FacetList *f : std::as_const(m_facets))
        f->setCounts(m_result.facets.value(f->facet()));
    updateFacetTitles();

    const qint64 shown = m_result.records.size();
    if (m_result.total > shown)
        m_count->setText(
            tr("Showing %1 of %n datasets", nullptr, static_cast<int>(m_result.total)).arg(shown));
    else
        // No English .qm ships, so "%n dataset(s)" would be shown verbatim; other languages get their
        // plural forms from the %n string.
        m_count->setText(m_result.total == 1 ? tr("1 dataset")
                                             : tr("%n datasets", nullptr, static_cast<int>(m_result.total)));

    const int row = m_model->rowOf(keep);
    if (row >= 0) {
        m_view->selectRow(row);
    } else {
        m_selectedId.clear();
        if (!keep.isEmpty())
            emit datasetSelected(QString());
    }
    emit resultsChanged();
}

void CatalogSearchWidget::updateFacetTitles()
{
    int filtered = 0;
    for (int i = 0; i < m_facets.size(); ++i) {
        const int n = static_cast<int>(m_facets.at(i)->checkedValues().size());
        filtered += n;
        const QString &base = m_facetTitles.at(i);
        m_facetBox->setItemText(i, n > 0 ? tr("%1 (%2 selected)").arg(base).arg(n) : base);
    }
    m_clearFilters->setEnabled(filtered > 0 || m_filters->isFiltering());
}

void CatalogSearchWidget::onCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString id = current.isValid() ? m_model->recordAt(current.row()).id : QString();
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    emit datasetSelected(id);
}

void CatalogSearchWidget::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void CatalogSearchWidget::clearFilters()
{
    for (FacetList *f : std::as_const(m_facets)) {
        const QSignalBlocker block(f);
        f->setCheckedValues({});
    }
    {
        const QSignalBlocker block(m_filters);
        m_filters->clear();
    }
    refresh();
}

void CatalogSearchWidget::selectDataset(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void CatalogSearchWidget::setMapExtent(const Extent &extent)
{
    m_filters->setMapExtent(extent);
}

void CatalogSearchWidget::setHoveredDataset(const QString &id)
{
    m_model->setHighlightedId(id);
    const int row = m_model->rowOf(id);
    // Bring the row into sight without moving the selection: the user is looking at the map.
    if (row >= 0)
        m_view->scrollTo(m_model->index(row, CatalogResultsModel::TitleColumn), QAbstractItemView::EnsureVisible);
}

void CatalogSearchWidget::onRowEntered(const QModelIndex &index)
{
    const QString id = index.isValid() ? m_model->recordAt(index.row()).id : QString();
    if (id == m_hoveredId)
        return;
    m_hoveredId = id;
    m_model->setHighlightedId(id);
    emit datasetHovered(id);
}

bool CatalogSearchWidget::eventFilter(QObject *watched, QEvent *event)
{
    // `entered` says nothing when the mouse leaves the rows; the map should drop its highlight then.
    if (watched == m_view->viewport() && event->type() == QEvent::Leave)
        onRowEntered(QModelIndex());
    return QWidget::eventFilter(watched, event);
}

} // namespace urbis
