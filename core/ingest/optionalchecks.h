#pragma once

#include "tableschema.h"
#include "validationerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariant>

#include <optional>

namespace urbis {

/**
 * The Frictionless optional checks CityChecker runs when they are named: deviated-value,
 * sequential-value, truncated-value and forbidden-value, with frictionless-py's options and notes.
 * Differences, on purpose: deviated-value reports each deviated cell with its row and field (the
 * peer only names them in a table-level note) and counts zeros (the peer's `if cell:` drops them);
 * truncated-value also knows the 8000 and 65535 string limits of SQL Server and MySQL.
 * Memory: one (row, double) per non-null cell of the deviated-value field. Used from one thread.
 */
class OptionalChecks
{
    Q_DECLARE_TR_FUNCTIONS(urbis::OptionalChecks)

public:
    OptionalChecks(const TableSchema &schema, const QStringList &checks, const QJsonObject &checkOptions);

    /** check-error findings: a named field that does not exist or has the wrong type, a bad option. */
    QList<ValidationError> configurationErrors() const { return m_configErrors; }
    QList<ValidationError> checkRow(qint64 rowNumber, const QList<QVariant> &values);
    /** deviated-value, once the column is complete; errors in row order. */
    QList<ValidationError> finish();

    /** A cast value as error cell text: ISO 8601 for times, "lon, lat" for geopoints. */
    static QString text(const QVariant &value);

private:
    ValidationError cellError(const char *type, qint64 row, int field, const QVariant &value,
                              const QString &message, const QString &note) const;
    int requireField(const char *check, const QJsonObject &options, bool numeric);

    QList<TableField> m_fields;
    QList<ValidationError> m_configErrors;

    struct Deviated
    {
        int field = -1;
        double interval = 3;
        QString average = QStringLiteral("mean");
        QList<std::pair<qint64, double>> values;
    } m_deviated;

    struct Sequential
    {
        int field = -1;
        std::optional<qint64> next;
        bool exited = false; ///< the peer reports the first break only
    } m_sequential;

    bool m_truncated = false;

    struct Forbidden
    {
        int field = -1;
        QVariantList values; ///< cast to the field's type
        bool null = false;   ///< the list holds null: missing cells are forbidden too
        QString note;
    } m_forbidden;
};

} // namespace urbis
