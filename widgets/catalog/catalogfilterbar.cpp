#include "catalogfilterbar.h"

#include "catalog/mapviewfilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>

namespace urbis {

CatalogFilterBar::CatalogFilterBar(QWidget *parent) : QWidget(parent)
{
    const auto dateEdit = [this](const QString &name, const QDate &initial) {
        auto *e = new QDateEdit(initial, this);
        e->setObjectName(name);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
        return e;
    };
    const int year = QDate::currentDate().year();
    m_fromOn = new QCheckBox(tr("Fr&om"), this);
    m_fromOn->setObjectName(QStringLiteral("timeFromEnabled"));
    m_fromOn->setToolTip(tr("Only datasets with data on or after this day"));
    m_from = dateEdit(QStringLiteral("timeFrom"), QDate(year - 1, 1, 1));
    m_toOn = new QCheckBox(tr("&Until"), this);
    m_toOn->setObjectName(QStringLiteral("timeToEnabled"));
    m_toOn->setToolTip(tr("Only datasets with data on or before this day"));
    m_to = dateEdit(QStringLiteral("timeTo"), QDate(year, 12, 31));

    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("sortOrder"));
    for (BrowseOrder::Order o : BrowseOrder::all())
        m_order->addItem(BrowseOrder::label(o), int(o));
    m_order->setToolTip(tr("Relevance ranks title matches first; newest and oldest go by when a dataset was added"));
    auto *orderLabel = new QLabel(tr("Sort &by"), this);
    orderLabel->setBuddy(m_order);

    m_inMapView = new QCheckBox(tr("Only &in the map view"), this);
    m_inMapView->setObjectName(QStringLiteral("onlyInMapView"));
    m_inMapView->setToolTip(tr("Only datasets whose extent overlaps the area the map shows"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_fromOn, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(m_toOn, 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(orderLabel, 1, 0);
    grid->addWidget(m_order, 1, 1);
    grid->addWidget(m_inMapView, 1, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    const auto emitChanged = [this] {
        if (!m_silent)
            emit changed(false);
    };
    for (QCheckBox *box : {m_fromOn, m_toOn, m_inMapView})
        connect(box, &QCheckBox::toggled, this, [this, emitChanged] {
            updateEnabled();
            emitChanged();
        });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_order, &QComboBox::currentIndexChanged, this, emitChanged);
    updateEnabled();
}

void CatalogFilterBar::updateEnabled()
{
    m_from->setEnabled(m_fromOn->isChecked());
    m_to->setEnabled(m_toOn->isChecked());
    m_inMapView->setEnabled(m_mapExtent.isValid());
}

void CatalogFilterBar::applyTo(CatalogQuery &q) const
{
    if (const QDate d = from(); d.isValid())
        q.from = d.startOfDay(Qt::UTC);
    // The whole last day counts: "until 2023-06-30" includes readings taken that afternoon.
    if (const QDate d = to(); d.isValid())
        q.to = d.addDays(1).startOfDay(Qt::UTC).addMSecs(-1);
    if (onlyInMapView())
        q.bbox = m_mapExtent;
    BrowseOrder::apply(q, order());
}

void CatalogFilterBar::setTimeRange(const QDate &from, const QDate &to)
{
    {
        m_silent = true;
        m_fromOn->setChecked(from.isValid());
        if (from.isValid())
            m_from->setDate(from);
        m_toOn->setChecked(to.isValid());
        if (to.isValid())
            m_to->setDate(to);
        m_silent = false;
    }
    updateEnabled();
    emit changed(false);
}

QDate CatalogFilterBar::from() const
{
    return m_fromOn->isChecked() ? m_from->date() : QDate();
}

QDate CatalogFilterBar::to() const
{
    return m_toOn->isChecked() ? m_to->date() : QDate();
}

void CatalogFilterBar::setOrder(BrowseOrder::Order order)
{
    m_order->setCurrentIndex(m_order->findData(int(order)));
}

BrowseOrder::Order CatalogFilterBar::order() const
{
    return BrowseOrder::Order(m_order->currentData().toInt());
}

void CatalogFilterBar::setOnlyInMapView(bool on)
{
    m_inMapView->setChecked(on);
}

bool CatalogFilterBar::onlyInMapView() const
{
    return m_inMapView->isChecked() && m_mapExtent.isValid();
}

bool CatalogFilterBar::isFiltering() const
{
    return from().isValid() || to().isValid() || onlyInMapView();
}

void CatalogFilterBar::clear()
{
    m_silent = true;
    m_fromOn->setChecked(false);
    m_toOn->setChecked(false);
    m_inMapView->setChecked(false);
    m_silent = false;
    updateEnabled();
    emit changed(false);
}

void CatalogFilterBar::setMapExtent(const Extent &extent)
{
    const Extent box = MapViewFilter::searchBox(extent);
    if (box == m_mapExtent)
        return;
    m_mapExtent = box;
    updateEnabled();
    // Nothing to redo unless the results depend on the map.
    if (m_inMapView->isChecked())
        emit changed(true);
}

} // namespace urbis
