// urbis_gen_aircsv ROWS FILE: writes the benchmarks' Annex B air-quality CSV.
#include "aircsv.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const qint64 rows = args.value(1).toLongLong(&ok);
    if (args.size() != 3 || !ok || rows < 0) {
        QTextStream(stderr) << "usage: urbis_gen_aircsv ROWS FILE\n";
        return 2;
    }
    return aircsv::write(args.at(2), rows) ? 0 : 3;
}
