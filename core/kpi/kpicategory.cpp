#include "kpicategory.h"

#include <QCoreApplication>

namespace urbis {

const QStringList &KpiCategory::codes()
{
    static const QStringList all{QStringLiteral("SC1"), QStringLiteral("SC2"), QStringLiteral("SC3"), QStringLiteral("SC4"),
                                 QStringLiteral("SC5"), QStringLiteral("EC1"), QStringLiteral("EC2"), QStringLiteral("EC3"),
                                 QStringLiteral("EC4"), QStringLiteral("EC5"), QStringLiteral("action"), QStringLiteral("governance")};
    return all;
}

QString KpiCategory::label(const QString &code)
{
    // The framework's own names (Table 1), so officers recognise them.
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "SC1 – Solid waste"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "SC2 – Water"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "SC3 – Energy"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "SC4 – Soil"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "SC5 – Air"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "EC1 – Carbon sequestration and storage"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "EC2 – Air purification"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "EC3 – Habitat quality"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "EC4 – Cooling capacity"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "EC5 – Water regulation (urban flood risk mitigation)"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "Action assessment"),
        QT_TRANSLATE_NOOP("urbis::KpiCategory", "Governance"),
    };
    const qsizetype i = codes().indexOf(code);
    return i < 0 ? code : QCoreApplication::translate("urbis::KpiCategory", names[i]);
}

} // namespace urbis
