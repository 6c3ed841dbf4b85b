#pragma once

#include <QCoreApplication>
#include <QString>

namespace urbis {

/**
 * How the scenario widgets write simulated time: "45 s", "12 min", "2 h 05 min", "3 d 04 h".
 * Stateless.
 */
class SimTime
{
    Q_DECLARE_TR_FUNCTIONS(urbis::SimTime)
public:
    static QString format(double seconds);
};

} // namespace urbis
