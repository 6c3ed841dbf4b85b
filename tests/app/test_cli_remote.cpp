// `urbis remote` as users run it: profiles kept in the workspace, checked before they are saved,
// and `remote test` reaching a real S3 server (s3rver on 127.0.0.1) with keys from the environment.
#include "storage/s3/s3client.h"
#include "../core/storage/s3rverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace urbis;

class TestCliRemote : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    QTemporaryDir m_dir;
    S3rverFixture m_s3;

    Run urbis(const QStringList &args, bool withKeys = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
        env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        env.remove(QStringLiteral("AWS_SESSION_TOKEN"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never the developer's own keyring
        if (withKeys) {
            env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), S3rverFixture::key);
            env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), S3rverFixture::secret);
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(URBIS_EXE), QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("ws"))} + args);
        p.waitForFinished(60000);
        return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_s3.start(m_dir.filePath(QStringLiteral("s3")));
        QVERIFY2(started.isEmpty(), qPrintable(started));
        s3::S3Client client(m_s3.endpoint(QStringLiteral("urbis-city")), {S3rverFixture::key, S3rverFixture::secret, {}});
        QVERIFY(client.createBucket());
    }

    void cleanupTestCase() { m_s3.stop(); }

    void addListRemove()
    {
        Run r = urbis({QStringLiteral("remote"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("remotes")).toArray().size(), 0);

        r = urbis({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("city"), QStringLiteral("--endpoint"), m_s3.url(),
                   QStringLiteral("--bucket"), QStringLiteral("urbis-city"), QStringLiteral("--prefix"), QStringLiteral("athens/")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = urbis({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("other"), QStringLiteral("--endpoint"),
                   QStringLiteral("https://minio.example.org:9000"), QStringLiteral("--bucket"), QStringLiteral("shared"),
                   QStringLiteral("--region"), QStringLiteral("eu-central-1"), QStringLiteral("--virtual-host")});
        QVERIFY2(r.code == 0, r.err.constData());

        r = urbis({QStringLiteral("remote"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray remotes = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("remotes")).toArray();
        QCOMPARE(remotes.size(), 2);
        QCOMPARE(remotes.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("city"));
        QCOMPARE(remotes.at(0).toObject().value(QStringLiteral("prefix")).toString(), QStringLiteral("athens/"));
        QCOMPARE(remotes.at(1).toObject().value(QStringLiteral("region")).toString(), QStringLiteral("eu-central-1"));
        QCOMPARE(remotes.at(1).toObject().value(QStringLiteral("pathStyle")).toBool(), false);
        // No secret is ever written into the workspace.
        QFile file(m_dir.filePath(QStringLiteral("ws/remotes.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(S3rverFixture::secret.toUtf8()));

        r = urbis({QStringLiteral("remote"), QStringLiteral("remove"), QStringLiteral("other")});
        QCOMPARE(r.code, 0);
        r = urbis({QStringLiteral("remote"), QStringLiteral("remove"), QStringLiteral("other")});
        QCOMPARE(r.code, 2); // NotFound
        QVERIFY(r.err.contains("no remote"));
    }

    void badProfilesAreRefusedAndNothingChanges()
    {
        const auto add = [&](const QString &name, const QString &endpoint, const QString &bucket) {
            return urbis({QStringLiteral("remote"), QStringLiteral("add"), name, QStringLiteral("--endpoint"), endpoint,
                          QStringLiteral("--bucket"), bucket});
        };
        QFile file(m_dir.filePath(QStringLiteral("ws/remotes.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QCOMPARE(add(QStringLiteral("x"), QStringLiteral("ftp://host"), QStringLiteral("bucket")).code, 2);
        QCOMPARE(add(QStringLiteral("x"), QStringLiteral("http://host"), QStringLiteral("Bad_Bucket")).code, 2);
        QCOMPARE(add(QStringLiteral("no spaces"), QStringLiteral("http://host"), QStringLiteral("bucket")).code, 2);
        const Run dup = add(QStringLiteral("city"), QStringLiteral("http://host"), QStringLiteral("bucket"));
        QVERIFY(dup.code != 0);
        QVERIFY(dup.err.contains("exists already"));
        QCOMPARE(urbis({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("y")}).code, 2); // no endpoint
        const Run sse = urbis({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("z"), QStringLiteral("--endpoint"), m_s3.url(),
                               QStringLiteral("--bucket"), QStringLiteral("urbis-city"), QStringLiteral("--sse"), QStringLiteral("DES")});
        QCOMPARE(sse.code, 2);
        QVERIFY2(sse.err.contains("AES256"), sse.err.constData());
        const Run ca = urbis({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("z"), QStringLiteral("--endpoint"), m_s3.url(),
                              QStringLiteral("--bucket"), QStringLiteral("urbis-city"), QStringLiteral("--ca-bundle"), m_dir.filePath(QStringLiteral("none.pem"))});
        QCOMPARE(ca.code, 2);
        QVERIFY2(ca.err.contains("none.pem"), ca.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void testReachesTheBucket()
    {
        Run r = urbis({QStringLiteral("remote"), QStringLiteral("test"), QStringLiteral("city"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("keys")).toString(), QStringLiteral("environment"));

        r = urbis({QStringLiteral("remote"), QStringLiteral("test"), QStringLiteral("city")}, false);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("AWS_ACCESS_KEY_ID"), r.err.constData());

        // A bucket that is not there, and a server that is not there.
        QCOMPARE(urbis({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("gone"), QStringLiteral("--endpoint"), m_s3.url(),
                        QStringLiteral("--bucket"), QStringLiteral("no-such-bucket")})
                     .code,
                 0);
        r = urbis({QStringLiteral("remote"), QStringLiteral("test"), QStringLiteral("gone")});
        QCOMPARE(r.code, 2); // NotFound
        QCOMPARE(urbis({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("down"), QStringLiteral("--endpoint"),
                        QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--bucket"), QStringLiteral("urbis-city")})
                     .code,
                 0);
        r = urbis({QStringLiteral("remote"), QStringLiteral("test"), QStringLiteral("down")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("Cannot reach"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRemote)
#include "test_cli_remote.moc"
