#include "workspace/workspacerole.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestWorkspaceRole : public QObject
{
    Q_OBJECT
private slots:
    void read_data()
    {
        QTest::addColumn<QByteArray>("content"); // null: no file at all
        QTest::addColumn<int>("role");
        QTest::newRow("no file: the user's own workspace") << QByteArray() << int(WorkspaceRole::Role::Editor);
        QTest::newRow("viewer") << QByteArray(R"({"role": "viewer"})") << int(WorkspaceRole::Role::Viewer);
        QTest::newRow("editor") << QByteArray(R"({"role": "editor"})") << int(WorkspaceRole::Role::Editor);
        QTest::newRow("viewer, other keys") << QByteArray(R"({"name": "Field laptop 3", "role": "viewer"})") << int(WorkspaceRole::Role::Viewer);
        QTest::newRow("upper case") << QByteArray(R"({"role": "VIEWER"})") << int(WorkspaceRole::Role::Viewer);
        QTest::newRow("empty file") << QByteArray("") << int(WorkspaceRole::Role::Editor);
        QTest::newRow("garbled") << QByteArray("{\"role\": \"vie") << int(WorkspaceRole::Role::Editor);
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << int(WorkspaceRole::Role::Editor);
        QTest::newRow("array") << QByteArray(R"(["viewer"])") << int(WorkspaceRole::Role::Editor);
        QTest::newRow("role not text") << QByteArray(R"({"role": 1})") << int(WorkspaceRole::Role::Editor);
        QTest::newRow("unknown role") << QByteArray(R"({"role": "admin"})") << int(WorkspaceRole::Role::Editor);
    }
    void read()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, role);
        QTemporaryDir tmp;
        if (!content.isNull())
            writeFile(tmp.filePath(QStringLiteral("workspace.json")), content);
        QCOMPARE(int(WorkspaceRole::read(tmp.path())), role);
    }

    void readMissingFolder()
    {
        QTemporaryDir tmp;
        QCOMPARE(WorkspaceRole::read(tmp.filePath(QStringLiteral("does/not/exist"))), WorkspaceRole::Role::Editor);
    }

    void writeRead_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("name");
        QTest::newRow("viewer") << int(WorkspaceRole::Role::Viewer) << "viewer";
        QTest::newRow("editor") << int(WorkspaceRole::Role::Editor) << "editor";
    }
    void writeRead()
    {
        QFETCH(int, role);
        QFETCH(QString, name);
        QTemporaryDir tmp;
        const QString dataDir = tmp.filePath(QStringLiteral("new-workspace")); // created on demand
        const auto r = WorkspaceRole::Role(role);
        QCOMPARE(WorkspaceRole::name(r), name);
        QVERIFY(WorkspaceRole::write(dataDir, r).ok());
        QCOMPARE(WorkspaceRole::read(dataDir), r);
        QCOMPARE(readJson(dataDir + QStringLiteral("/workspace.json")).value(QStringLiteral("role")).toString(), name);
        // Atomic write: the temporary file is renamed into place, nothing else is left behind.
        QCOMPARE(QDir(dataDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("workspace.json")});
    }

    void writeKeepsOtherSettings()
    {
        QTemporaryDir tmp;
        writeFile(tmp.filePath(QStringLiteral("workspace.json")), R"({"name": "Field laptop 3", "role": "editor"})");
        QVERIFY(WorkspaceRole::write(tmp.path(), WorkspaceRole::Role::Viewer).ok());
        const QJsonObject o = readJson(tmp.filePath(QStringLiteral("workspace.json")));
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Field laptop 3"));
        QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
        QVERIFY(WorkspaceRole::write(tmp.path(), WorkspaceRole::Role::Editor).ok());
        QCOMPARE(WorkspaceRole::read(tmp.path()), WorkspaceRole::Role::Editor);
    }

    void writeOverGarbledFile()
    {
        QTemporaryDir tmp;
        writeFile(tmp.filePath(QStringLiteral("workspace.json")), "{garbage");
        QVERIFY(WorkspaceRole::write(tmp.path(), WorkspaceRole::Role::Viewer).ok());
        QCOMPARE(WorkspaceRole::read(tmp.path()), WorkspaceRole::Role::Viewer);
    }

    void writeFailsAsValue()
    {
        QTemporaryDir tmp;
        // A file where the folder should be: the write cannot happen and says so.
        writeFile(tmp.filePath(QStringLiteral("blocker")), "x");
        const Result<void> r = WorkspaceRole::write(tmp.filePath(QStringLiteral("blocker")), WorkspaceRole::Role::Viewer);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceRole)
#include "test_workspacerole.moc"
