// `urbis`: the desktop application, or the headless CLI when given a subcommand (CLI.md).
#include "cli/clirunner.h"
#include "cli/commandline.h"
#include "importscreenshots.h"
#include "mainwindow.h"
#include "kpi/dashboardbrowser.h"
#include "stream/streamchartsview.h"
#include "stream/streammonitor.h"
#include "util/logging.h"
#include "catalog/catalogsearchwidget.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QDockWidget>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

#include <memory>

namespace {

QStringList argsWithoutProgram(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

QString optionValue(const QStringList &args, const QString &name)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--") + name && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--") + name + QLatin1Char('=')))
            return args.at(i).mid(name.size() + 3);
    }
    return {};
}

// The system locale picks the translation; --lang overrides it (e.g. --lang de).
void installTranslations(QCoreApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("urbis"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

int runGui(int argc, char **argv, const QStringList &args)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("urbis"));
    QApplication::setOrganizationName(QStringLiteral("urbis"));
    QApplication::setApplicationVersion(QStringLiteral(URBIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.urbis.Urbis"));
    installTranslations(app, optionValue(args, QStringLiteral("lang")));

    QString dir = optionValue(args, QStringLiteral("data-dir"));
    if (dir.isEmpty())
        dir = urbis::Workspace::defaultDataDir();
    urbis::Result<urbis::Workspace> ws = urbis::Workspace::open(dir);
    if (!ws) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Urbis"),
                              QApplication::translate("main", "Cannot open the workspace:\n%1").arg(ws.error().toString()));
        return 3;
    }
    auto window = std::make_unique<urbis::MainWindow>(*ws);
    window->show();
    // --show-on-map TITLE[;TITLE...]: the newest dataset of each title drawn on the map (docs
    // screenshots, demos).
    const QStringList shown = optionValue(args, QStringLiteral("show-on-map")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (!shown.isEmpty()) {
        QTimer::singleShot(300, window.get(), [&window, &ws, shown] {
            for (const QString &title : shown) {
                if (const urbis::Result<QString> id = ws->catalog().latestByTitle(title)) {
                    window->searchWidget()->selectDataset(*id);
                    window->showDatasetOnMap(*id);
                }
            }
        });
    }
    // --show-dock NAME: raises the dock of that name ("sync", "layers", ...) for docs screenshots.
    // --hide-docks a,b: closes those docks ("details", "tasks", ...) to give a screenshot room.
    for (const QString &name : optionValue(args, QStringLiteral("hide-docks")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (QDockWidget *d = window->findChild<QDockWidget *>(name + QStringLiteral("Dock")))
            d->hide();
    const QString dock = optionValue(args, QStringLiteral("show-dock"));
    if (QDockWidget *d = dock.isEmpty() ? nullptr : window->findChild<QDockWidget *>(dock + QStringLiteral("Dock"))) {
        d->show();
        d->raise();
    }
    // --show-dashboard ID: the Dashboards tab on that dashboard (made from the template of that id
    // when the workspace has none of the name yet), for docs screenshots and demos.
    const QString dashboard = optionValue(args, QStringLiteral("show-dashboard"));
    if (!dashboard.isEmpty()) {
        window->showDashboard(QString());
        if (!window->dashboards()->openDashboard(dashboard))
            window->dashboards()->createFromTemplate(dashboard);
        // --edit-dashboard: the same dashboard in the designer.
        if (args.contains(QStringLiteral("--edit-dashboard")))
            window->dashboards()->setEditing(true);
    }
    // --watch-stream URL: watches that feed for this run (not saved) on the Streams tab, for demos
    // and the docs screenshot of a live replay.
    const QString watched = optionValue(args, QStringLiteral("watch-stream"));
    if (!watched.isEmpty())
        window->watchStream(QUrl(watched, QUrl::StrictMode));
    // --run-scenario ID: the Scenarios tab running that scenario (the docs screenshot of a wildfire).
    // After the layers of --show-on-map, so the run's map shows them under the frames.
    const QString scenario = optionValue(args, QStringLiteral("run-scenario"));
    if (!scenario.isEmpty())
        QTimer::singleShot(shown.isEmpty() ? 0 : 1000, window.get(), [&window, scenario] {
            if (!window->runScenario(scenario))
                qCWarning(lcApp).noquote() << "no scenario" << scenario;
        });
    // --stream-window SECONDS: the charts' time window (0 = all buffered), e.g. for a replay of
    // hourly data, whose data time runs much faster than the clock.
    const QString streamWindow = optionValue(args, QStringLiteral("stream-window"));
    if (!streamWindow.isEmpty())
        window->streamMonitor()->charts()->setWindowSeconds(streamWindow.toInt());
    // --window-size WxH: a fixed size for docs screenshots, whatever the saved layout says.
    const QStringList size = optionValue(args, QStringLiteral("window-size")).split(QLatin1Char('x'));
    if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0)
        window->resize(size.at(0).toInt(), size.at(1).toInt());
    const QString screenshot = optionValue(args, QStringLiteral("screenshot"));
    if (!screenshot.isEmpty()) {
        // Give layout, the first search and the window manager a moment before grabbing; a live
        // stream needs longer for its charts to fill (--screenshot-delay MS).
        const int delay = optionValue(args, QStringLiteral("screenshot-delay")).toInt();
        QTimer::singleShot(delay > 0 ? delay : 1500, window.get(), [&] {
            const bool ok = window->saveScreenshot(screenshot);
            QApplication::exit(ok ? 0 : 3);
        });
    }
    // --screenshot-import PREFIX FILE: the import wizard's pages as PREFIX-1-files.png ... PREFIX-5-done.png.
    const int shotAt = int(args.indexOf(QStringLiteral("--screenshot-import")));
    if (shotAt >= 0 && shotAt + 2 < args.size()) {
        auto *shots = new urbis::ImportScreenshots(window.get(), args.at(shotAt + 1), args.at(shotAt + 2), window.get());
        QTimer::singleShot(1000, shots, &urbis::ImportScreenshots::start);
    }
    const int rc = app.exec();
    window.reset(); // before the Workspace goes away
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = argsWithoutProgram(argc, argv);
    // --screenshot-import PREFIX FILE is a GUI option with two values: the CLI parser never sees it.
    QStringList cliArgs = args;
    if (const qsizetype at = cliArgs.indexOf(QStringLiteral("--screenshot-import")); at >= 0)
        cliArgs.remove(at, std::min<qsizetype>(3, cliArgs.size() - at));
    // So are --watch-stream URL, --stream-window S, --screenshot-delay MS and --run-scenario ID
    // (hidden, for demos and docs screenshots).
    for (const QString &name : {QStringLiteral("--watch-stream"), QStringLiteral("--screenshot-delay"),
                                QStringLiteral("--stream-window"), QStringLiteral("--run-scenario")}) {
        if (const qsizetype at = cliArgs.indexOf(name); at >= 0)
            cliArgs.remove(at, std::min<qsizetype>(2, cliArgs.size() - at));
        cliArgs.removeIf([&name](const QString &a) { return a.startsWith(name + QLatin1Char('=')); });
    }
    if (urbis::CliRunner::wantsCli(cliArgs)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("urbis"));
        QCoreApplication::setApplicationVersion(QStringLiteral(URBIS_VERSION));
        installTranslations(app, optionValue(args, QStringLiteral("lang")));
        return urbis::CliRunner::run(args);
    }
    return runGui(argc, argv, args);
}
