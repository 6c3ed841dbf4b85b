#pragma once

#include "clicontext.h"

namespace urbis {

/** `urbis demo`: fills the data dir with the demo datasets (idempotent). */
class DemoCommand
{
public:
    static int run(CliContext &ctx, const QStringList &args);
};

} // namespace urbis
