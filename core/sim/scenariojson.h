#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPoint>

#include <optional>

namespace urbis {

/**
 * Typed reads from a scenario file with errors that name the key the way the file spells it
 * ("grid.width must be a whole number from 1 to 8192"), so a hand-written scenario can be fixed
 * from the message alone. Every error is InvalidData.
 */
class ScenarioJson
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScenarioJson)
public:
    static Error bad(const QString &key, const QString &expected);

    /** `fallback` when the key is absent (an error when there is none). */
    static Result<double> number(const QJsonObject &o, const QString &key, const QString &path, double min, double max,
                                 std::optional<double> fallback = std::nullopt);
    static Result<int> integer(const QJsonObject &o, const QString &key, const QString &path, int min, int max,
                               std::optional<int> fallback = std::nullopt);
    static Result<QString> string(const QJsonObject &o, const QString &key, const QString &path,
                                  std::optional<QString> fallback = std::nullopt);
    /** A [col, row] pair of whole numbers (not checked against a grid). */
    static Result<QPoint> cell(const QJsonValue &v, const QString &path);
    /** Keys of `o` not in `known`, as an error naming the first; ok when there are none. */
    static Result<void> onlyKnown(const QJsonObject &o, const QStringList &known, const QString &path);
    /** "a.b" or "b" when `path` is empty. */
    static QString join(const QString &path, const QString &key);
};

} // namespace urbis
