// The Dashboards tab: list, templates, view/edit switch, viewer role, search. Offscreen.

#include "kpi/dashboardbrowser.h"
#include "kpi/dashboarddesigner.h"
#include "kpi/dashboardpage.h"
#include "kpi/designeritem.h"
#include "util/taskmanager.h"
#include "workspace/workspace.h"
#include "workspace/workspacerole.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace urbis;

class TestDashboardBrowser : public QObject
{
    Q_OBJECT
private slots:
    void createViewEditSave()
    {
        QTemporaryDir dir;
        QVERIFY(Workspace::open(dir.path()));
        TaskManager tasks;
        DashboardBrowser browser(&tasks, dir.path());
        QCOMPARE(browser.list()->count(), 0);
        QVERIFY(browser.currentId().isEmpty());
        QVERIFY(!browser.setEditing(true)); // nothing to edit yet

        browser.createFromTemplate(QStringLiteral("air-quality"));
        browser.createFromTemplate(QStringLiteral("energy"));
        QCOMPARE(browser.list()->count(), 2);
        QCOMPARE(browser.currentId(), QStringLiteral("energy"));
        QCOMPARE(browser.page()->dashboard().id, QStringLiteral("energy"));
        QVERIFY(!browser.isEditing());

        // Selecting in the list shows that dashboard.
        for (int i = 0; i < browser.list()->count(); ++i)
            if (browser.list()->item(i)->data(Qt::UserRole).toString() == QLatin1String("air-quality"))
                browser.list()->setCurrentRow(i);
        QCOMPARE(browser.page()->dashboard().id, QStringLiteral("air-quality"));
        const qsizetype panels = browser.page()->dashboard().panels.size();

        QVERIFY(browser.setEditing(true));
        QVERIFY(browser.isEditing());
        QCOMPARE(browser.designer()->dashboard().id, QStringLiteral("air-quality"));
        DesignerItem stat;
        stat.kind = DesignerItem::Kind::Type;
        stat.type = DashboardPanel::Type::Stat;
        QVERIFY(browser.designer()->addPanel(stat));
        QVERIFY(browser.designer()->isModified());
        QVERIFY(browser.designer()->save());
        QVERIFY(browser.setEditing(false));
        // The view shows what was saved.
        QCOMPARE(browser.page()->dashboard().panels.size(), panels + 1);

        // The search box hides what does not match.
        auto *filter = browser.findChild<QLineEdit *>(QStringLiteral("dashboardFilter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("energy"));
        int visible = 0;
        for (int i = 0; i < browser.list()->count(); ++i)
            visible += browser.list()->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(visible, 1);
        tasks.cancelAll();
        tasks.waitForDone(10000);
    }

    void viewersCannotEdit()
    {
        QTemporaryDir dir;
        QVERIFY(Workspace::open(dir.path()));
        {
            TaskManager tasks;
            DashboardBrowser editor(&tasks, dir.path());
            editor.createFromTemplate(QStringLiteral("mobility"));
            QCOMPARE(editor.list()->count(), 1);
            tasks.cancelAll();
            tasks.waitForDone(10000);
        }
        QVERIFY(WorkspaceRole::write(dir.path(), WorkspaceRole::Role::Viewer));
        TaskManager tasks;
        DashboardBrowser viewer(&tasks, dir.path());
        viewer.show();
        QCOMPARE(viewer.currentId(), QStringLiteral("mobility"));
        QVERIFY(!viewer.setEditing(true));
        QVERIFY(!viewer.isEditing());
        auto *edit = viewer.findChild<QToolButton *>(QStringLiteral("editDashboardButton"));
        QVERIFY(edit);
        QVERIFY(!edit->isVisible());
        tasks.cancelAll();
        tasks.waitForDone(10000);
    }
};

QTEST_MAIN(TestDashboardBrowser)
#include "test_dashboardbrowser.moc"
