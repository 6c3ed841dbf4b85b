#pragma once

#include "../catalog/fieldinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace urbis {

/** A problem in a formula, with the character range it is about (for inline error marks). */
struct FormulaDiagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int start = 0;  ///< offset in the formula text
    int length = 0; ///< 0 = at a position (e.g. "expected ')'")
    QString message; ///< translated
};

/**
 * Checks a formula without running it: syntax, unknown functions, unknown fields (against the
 * sources' fields, alias -> fields; the default source is the alias ""), aggregates over text
 * fields, adding or comparing values of different units, and — when `declaredUnit` is not empty —
 * whether the result's unit matches it (a warning). Also lists what an editor can complete.
 */
class FormulaCheck
{
    Q_DECLARE_TR_FUNCTIONS(urbis::FormulaCheck)
public:
    static QList<FormulaDiagnostic> check(const QString &formula, const QMap<QString, QList<FieldInfo>> &fields,
                                          const QString &declaredUnit = {});
    /** The unit the formula yields ("kWh", "t/t", "1"), or empty when unknown or the formula does not parse. */
    static QString resultUnit(const QString &formula, const QMap<QString, QList<FieldInfo>> &fields);
    /** Function names with a call template and a translated one-line description: {"avg", "avg(field)", "Mean of …"}. */
    struct FunctionHelp { QString name, signature, description; };
    static const QList<FunctionHelp> &functions();
    static QStringList keywords(); ///< where, and, or, not, in, is, null
};

} // namespace urbis
