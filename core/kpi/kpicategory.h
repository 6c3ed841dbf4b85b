#pragma once

#include <QString>
#include <QStringList>

namespace urbis {

/**
 * Where a KPI sits in the seeds' framework (Table 1 of the KPI framework document): the climate
 * urban factors — system capacity SC1–SC5 (solid waste, water, energy, soil, air) and eco-system
 * capacity EC1–EC5 (carbon sequestration, air purification, habitat quality, cooling, water
 * regulation) — plus action assessment and governance KPIs.
 * Stored as its code ("SC1", …, "EC5", "action", "governance"); empty = not classified.
 */
struct KpiCategory
{
    /** Every known code, in framework order. */
    static const QStringList &codes();
    /** A translated label for a code ("SC1 – Health and well-being"); the code itself when unknown. */
    static QString label(const QString &code);
    static bool isKnown(const QString &code) { return code.isEmpty() || codes().contains(code); }
};

} // namespace urbis
