#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace urbis {

class ImportWizard;
class MainWindow;

/**
 * Drives the import wizard through its five pages with one file and saves each page as
 * PREFIX-1-files.png ... PREFIX-5-done.png (for `urbis --screenshot-import PREFIX FILE` and the
 * docs). Waits (bounded) for each page's Task; quits the application with 0 when all pictures were
 * written, 3 otherwise. Ticks "Import even with errors" so the last page shows an import.
 */
class ImportScreenshots : public QObject
{
    Q_OBJECT
public:
    ImportScreenshots(MainWindow *window, QString prefix, QString file, QObject *parent = nullptr);
    void start();

private:
    void step();
    bool grabAs(const QString &suffix);
    void finish(bool ok);

    MainWindow *m_window;
    ImportWizard *m_wizard = nullptr;
    QString m_prefix;
    QString m_file;
    QTimer *m_timer = nullptr;
    int m_stage = 0;
    int m_ticks = 0;
};

} // namespace urbis
