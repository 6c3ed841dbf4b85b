#include "schematable.h"

#include <QHeaderView>

namespace urbis {

SchemaTable::SchemaTable(QWidget *parent) : QTableWidget(0, 4, parent)
{
    setObjectName(QStringLiteral("detailsFields"));
    setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Unit"), tr("Description")});
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false);
}

void SchemaTable::setFields(const QList<FieldInfo> &fields)
{
    setRowCount(static_cast<int>(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const FieldInfo &f = fields.at(i);
        const QStringList cells{f.name, f.type, f.unit.isEmpty() ? QString() : f.unit, f.description};
        for (int c = 0; c < cells.size(); ++c)
            setItem(i, c, new QTableWidgetItem(cells.at(c)));
        if (f.unit.isEmpty() && (f.type == QLatin1String("number") || f.type == QLatin1String("integer")))
            item(i, 2)->setToolTip(tr("No unit given"));
    }
    resizeColumnsToContents();
}

} // namespace urbis
