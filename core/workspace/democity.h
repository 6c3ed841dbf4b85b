#pragma once

#include "../geo/extent.h"
#include "demodistrict.h"

#include <QList>
#include <QString>

namespace urbis {

/** One of the eight CLIMABOROUGH cities the demo workspace ships data for. */
struct DemoCity
{
    QString name;
    QString countryCode;
    double lat = 0;
    double lon = 0;
    QString stationPrefix;
    QString zipcode;             ///< of the city centre (Annex B has one per reading)
    int utcOffset = 0;           ///< hours in January, so daily cycles peak at local rush hours
    double januaryTemperature = 0; ///< mean in Cel, so the synthetic weather is plausible for the place
    QList<DemoDistrict> districts; ///< empty for cities without district data

    static const QList<DemoCity> &all();
    static const DemoCity *byName(const QString &name);

    /** Everything the demo places in the city lies in this box (centre +- 0.1 deg). */
    Extent area() const;
    /** District `index` (0..3): a quadrant around the centre, north-west, north-east, south-west, south-east. */
    Extent districtBox(int index) const;
    /** "ATH-D1": the district's code in the demo tables. */
    QString districtCode(int index) const;
};

} // namespace urbis
