#include "dashboardfilterbar.h"

#include "catalog/datasetrecord.h"
#include "kpi/timegrain.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace urbis {

namespace {

/** The earliest date of the editors: shown as "open", meaning no bound. */
const QDate kOpen(1900, 1, 1);

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kOpen);
    edit->setSpecialValueText(DashboardFilterBar::tr("open"));
    edit->setDate(kOpen);
    return edit;
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent) : QWidget(parent)
{
    m_cityButton = new QToolButton(this);
    m_cityButton->setPopupMode(QToolButton::InstantPopup);
    m_cityButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cityButton->setToolTip(tr("Cities whose datasets the KPIs read"));
    m_cityMenu = new QMenu(m_cityButton);
    m_cityButton->setMenu(m_cityMenu);
    m_from = dateEdit(this);
    m_from->setToolTip(tr("First day (inclusive); the earliest date means no bound"));
    m_to = dateEdit(this);
    m_to->setToolTip(tr("Last day (inclusive); the earliest date means no bound"));
    m_grain = new QComboBox(this);
    m_grain->addItem(tr("KPI's own grain"), QString());
    for (TimeGrain g : {TimeGrain::Day, TimeGrain::Week, TimeGrain::Month, TimeGrain::Year}) {
        static const char *const labels[] = {QT_TR_NOOP("Day"), QT_TR_NOOP("Week"), QT_TR_NOOP("Month"), QT_TR_NOOP("Year")};
        m_grain->addItem(tr(labels[int(g)]), timeGrainName(g));
    }
    m_domain = new QComboBox(this);
    m_domain->addItem(tr("All domains"), QString());
    for (const QString &d : DatasetRecord::domains())
        m_domain->addItem(d, d);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("City:"), this));
    layout->addWidget(m_cityButton);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("From:"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("To:"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Grain:"), this));
    layout->addWidget(m_grain);
    layout->addWidget(new QLabel(tr("Domain:"), this));
    layout->addWidget(m_domain);
    layout->addStretch(1);

    connect(m_from, &QDateEdit::dateChanged, this, &DashboardFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardFilterBar::changed);
    connect(m_grain, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    connect(m_domain, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
    rebuildCityMenu({});
}

void DashboardFilterBar::setCities(const QStringList &cities)
{
    const QStringList checked = filter().cities;
    m_cities = cities;
    rebuildCityMenu(checked);
}

QStringList DashboardFilterBar::cities() const
{
    return m_cities;
}

void DashboardFilterBar::rebuildCityMenu(const QStringList &checked)
{
    QStringList all = m_cities + checked;
    all.removeAll(QString());
    all.removeDuplicates();
    all.sort(Qt::CaseInsensitive);
    m_cityMenu->clear();
    QAction *any = m_cityMenu->addAction(tr("All cities"));
    connect(any, &QAction::triggered, this, [this] {
        for (QAction *a : m_cityMenu->actions())
            a->setChecked(false);
        updateCityText();
        changed();
    });
    m_cityMenu->addSeparator();
    for (const QString &city : std::as_const(all)) {
        QAction *a = m_cityMenu->addAction(city);
        a->setCheckable(true);
        a->setChecked(checked.contains(city));
        connect(a, &QAction::toggled, this, [this] {
            updateCityText();
            changed();
        });
    }
    updateCityText();
}

void DashboardFilterBar::updateCityText()
{
    const QStringList selected = filter().cities;
    m_cityButton->setText(selected.isEmpty() ? tr("All cities")
                          : selected.size() <= 2 ? selected.join(QStringLiteral(", "))
                                                 : tr("%n cities", nullptr, int(selected.size())));
}

void DashboardFilterBar::setFilter(const KpiFilter &filter)
{
    m_updating = true;
    m_dimensionValues = filter.dimensionValues;
    rebuildCityMenu(filter.cities);
    m_from->setDate(filter.from.isValid() ? filter.from : kOpen);
    m_to->setDate(filter.to.isValid() ? filter.to : kOpen);
    m_grain->setCurrentIndex(std::max(0, m_grain->findData(filter.grain ? timeGrainName(*filter.grain) : QString())));
    const int domain = m_domain->findData(filter.domain);
    if (domain < 0 && !filter.domain.isEmpty())
        m_domain->addItem(filter.domain, filter.domain);
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(filter.domain)));
    m_updating = false;
}

KpiFilter DashboardFilterBar::filter() const
{
    KpiFilter f;
    for (const QAction *a : m_cityMenu->actions())
        if (a->isCheckable() && a->isChecked())
            f.cities << a->text();
    if (m_from->date() != kOpen)
        f.from = m_from->date();
    if (m_to->date() != kOpen)
        f.to = m_to->date();
    f.grain = timeGrainFromName(m_grain->currentData().toString());
    f.domain = m_domain->currentData().toString();
    f.dimensionValues = m_dimensionValues;
    return f;
}

QString DashboardFilterBar::describe(const KpiFilter &filter)
{
    QStringList parts;
    parts << (filter.cities.isEmpty() ? tr("All cities") : tr("Cities: %1").arg(filter.cities.join(QStringLiteral(", "))));
    if (filter.from.isValid() || filter.to.isValid())
        parts << tr("%1 – %2").arg(filter.from.isValid() ? filter.from.toString(Qt::ISODate) : tr("open"),
                                   filter.to.isValid() ? filter.to.toString(Qt::ISODate) : tr("open"));
    else
        parts << tr("All dates");
    if (filter.grain)
        parts << tr("Grain: %1").arg(timeGrainName(*filter.grain));
    if (!filter.domain.isEmpty())
        parts << tr("Domain: %1").arg(filter.domain);
    for (auto it = filter.dimensionValues.cbegin(); it != filter.dimensionValues.cend(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

void DashboardFilterBar::changed()
{
    if (!m_updating)
        emit filtersChanged(filter());
}

} // namespace urbis
