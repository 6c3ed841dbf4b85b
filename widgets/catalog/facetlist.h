#pragma once

#include "catalog/searchresult.h"

#include <QListWidget>
#include <QSet>

namespace urbis {

/**
 * Checkable values of one search facet ("Athens (3)"). Checked values are alternatives (OR);
 * they stay listed, with their current count, even when the other filters leave none of them.
 * GUI thread only.
 */
class FacetList : public QListWidget
{
    Q_OBJECT
public:
    /** `facet` is the SearchResult::facets key: city, domain, format, license or year. */
    explicit FacetList(QString facet, QWidget *parent = nullptr);

    QString facet() const { return m_facet; }
    /** Replaces the listed values; keeps what the user checked. Emits nothing. */
    void setCounts(const QList<FacetCount> &counts);
    QStringList checkedValues() const;
    /** Checks exactly `values`; emits checkedChanged() when that changed anything. */
    void setCheckedValues(const QStringList &values);

signals:
    void checkedChanged();

private:
    void onItemChanged(QListWidgetItem *item);

    QString m_facet;
    QSet<QString> m_checked;
    bool m_filling = false;
};

} // namespace urbis
