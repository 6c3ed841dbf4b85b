#pragma once

#include <QString>

namespace urbis {

/** A district of a demo city: its name and (synthetic) population; DemoCity::districtBox places it. */
struct DemoDistrict
{
    QString name;
    int population = 0;
};

} // namespace urbis
