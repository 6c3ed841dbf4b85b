#include "importscreenshots.h"

#include "import/importpage.h"
#include "import/importwizard.h"
#include "import/previewpage.h"
#include "import/reportpage.h"
#include "mainwindow.h"
#include "util/logging.h"

#include <QApplication>
#include <QCheckBox>
#include <QTimer>

namespace urbis {

ImportScreenshots::ImportScreenshots(MainWindow *window, QString prefix, QString file, QObject *parent)
    : QObject(parent), m_window(window), m_prefix(std::move(prefix)), m_file(std::move(file))
{
    m_timer = new QTimer(this);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ImportScreenshots::step);
}

void ImportScreenshots::start()
{
    m_wizard = m_window->openImportWizard({m_file});
    m_timer->start();
}

bool ImportScreenshots::grabAs(const QString &suffix)
{
    const QString path = m_prefix + QLatin1Char('-') + suffix + QStringLiteral(".png");
    const bool ok = m_wizard->saveScreenshot(path);
    if (!ok)
        qCWarning(lcApp).noquote() << "could not write screenshot" << path;
    return ok;
}

void ImportScreenshots::finish(bool ok)
{
    m_timer->stop();
    QApplication::exit(ok ? 0 : 3);
}

void ImportScreenshots::step()
{
    // Each stage waits for its page to be complete (its Task done), bounded to 60 s per stage.
    if (++m_ticks > 300) {
        qCWarning(lcApp) << "import screenshots: stage" << m_stage << "timed out";
        return finish(false);
    }
    QWizardPage *page = m_wizard->currentPage();
    if (!page || !page->isComplete() || m_ticks < 4)
        return;
    m_ticks = 0;
    bool ok = true;
    switch (m_stage++) {
    case 0:
        ok = grabAs(QStringLiteral("1-files"));
        m_wizard->next();
        break;
    case 1:
        m_wizard->previewPage()->selectRow(4);
        ok = grabAs(QStringLiteral("2-preview"));
        m_wizard->next();
        break;
    case 2:
        ok = grabAs(QStringLiteral("3-schema"));
        m_wizard->next();
        break;
    case 3:
        m_wizard->reportPage()->allowInvalidBox()->setChecked(true);
        ok = grabAs(QStringLiteral("4-report"));
        m_wizard->next();
        break;
    default:
        ok = grabAs(QStringLiteral("5-done"));
        return finish(ok);
    }
    if (!ok)
        finish(false);
}

} // namespace urbis
