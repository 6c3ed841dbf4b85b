#include "facetlist.h"

#include <algorithm>

namespace urbis {

FacetList::FacetList(QString facet, QWidget *parent) : QListWidget(parent), m_facet(std::move(facet))
{
    setObjectName(QStringLiteral("facet_") + m_facet);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    connect(this, &QListWidget::itemChanged, this, &FacetList::onItemChanged);
}

void FacetList::setCounts(const QList<FacetCount> &counts)
{
    m_filling = true;
    clear();
    QSet<QString> listed;
    auto add = [this](const QString &value, int n) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(value).arg(n), this);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checked.contains(value) ? Qt::Checked : Qt::Unchecked);
    };
    for (const FacetCount &c : counts) {
        add(c.value, c.count);
        listed.insert(c.value);
    }
    // A checked value with no matches must stay visible, or the user could not uncheck it.
    QStringList missing;
    for (const QString &v : std::as_const(m_checked)) {
        if (!listed.contains(v))
            missing << v;
    }
    std::sort(missing.begin(), missing.end());
    for (const QString &v : std::as_const(missing))
        add(v, 0);
    m_filling = false;
}

QStringList FacetList::checkedValues() const
{
    QStringList out(m_checked.cbegin(), m_checked.cend());
    std::sort(out.begin(), out.end());
    return out;
}

void FacetList::setCheckedValues(const QStringList &values)
{
    const QSet<QString> wanted(values.cbegin(), values.cend());
    if (wanted == m_checked)
        return;
    m_checked = wanted;
    m_filling = true;
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        it->setCheckState(m_checked.contains(it->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    m_filling = false;
    emit checkedChanged();
}

void FacetList::onItemChanged(QListWidgetItem *changed)
{
    if (m_filling)
        return;
    const QString value = changed->data(Qt::UserRole).toString();
    const bool on = changed->checkState() == Qt::Checked;
    if (on == m_checked.contains(value))
        return;
    if (on)
        m_checked.insert(value);
    else
        m_checked.remove(value);
    emit checkedChanged();
}

} // namespace urbis
