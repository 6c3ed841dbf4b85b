#pragma once

#include "catalog/fieldinfo.h"

#include <QTableWidget>

namespace urbis {

/** The details panel's "Schema" tab: one row per field with name, type, unit and description. GUI thread only. */
class SchemaTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit SchemaTable(QWidget *parent = nullptr);
    void setFields(const QList<FieldInfo> &fields);
};

} // namespace urbis
