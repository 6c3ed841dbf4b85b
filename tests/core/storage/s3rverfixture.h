// Starts s3rver (tests/node_modules, pinned by tests/package-lock.json) on 127.0.0.1 with a
// free port and stops it again; also runs the peer CLIs (awscli, rclone) with s3rver's account.
// s3rver does not verify SigV4 signatures, only the access key: test_sigv4signer checks those.
#pragma once

#include "storage/s3/s3endpoint.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

class S3rverFixture
{
public:
    // s3rver's built-in account.
    static inline const QString key = QStringLiteral("S3RVER"), secret = QStringLiteral("S3RVER");

    ~S3rverFixture() { stop(); }

    /** Starts s3rver storing into `dataDir`; returns why it could not, or an empty string. */
    QString start(const QString &dataDir)
    {
        const QString script = QStringLiteral(URBIS_TESTS_DIR "/node_modules/s3rver/bin/s3rver.js");
        if (!QFile::exists(script))
            return QStringLiteral("s3rver is missing: run `npm ci` in tests/ (./build.sh test does)");
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("node is missing");
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        // s3rver's continuation tokens use DES, which OpenSSL 3 keeps in its legacy provider.
        m_server.start(QStringLiteral("node"), {QStringLiteral("--openssl-legacy-provider"), script, QStringLiteral("-d"), dataDir,
                                                QStringLiteral("-a"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                QStringLiteral("0"), QStringLiteral("--silent")});
        if (!m_server.waitForStarted(10000))
            return QStringLiteral("node did not start: ") + m_server.errorString();
        const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray out;
        for (int i = 0; i < 100 && m_port == 0; ++i) { // at most 20 s
            m_server.waitForReadyRead(200);
            out += m_server.readAll();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch())
                m_port = m.captured(1).toInt();
        }
        return m_port > 0 ? QString() : QStringLiteral("s3rver did not start: ") + QString::fromUtf8(out);
    }

    void stop()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
        m_port = 0;
    }

    int port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    /** The bucket on this s3rver, with short retry waits so failing tests stay quick. */
    urbis::s3::S3Endpoint endpoint(const QString &bucket, int port = 0) const
    {
        urbis::s3::S3Endpoint e;
        e.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port > 0 ? port : m_port));
        e.bucket = bucket;
        e.timeoutMs = 5000;
        e.retryBaseDelayMs = 20;
        e.retryMaxDelayMs = 200;
        return e;
    }

    /**
     * Runs a peer CLI with s3rver's credentials (rclone reads `rcloneConfig`); returns its stdout,
     * or "<failed>" after a warning with its stderr.
     */
    static QByteArray peer(const QString &program, const QStringList &args, const QString &rcloneConfig, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), key);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        env.insert(QStringLiteral("RCLONE_CONFIG"), rcloneConfig);
        env.remove(QStringLiteral("AWS_CA_BUNDLE")); // plain http on loopback; rclone refuses a bundle there
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
        }
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray("<failed>");
    }

private:
    QProcess m_server;
    int m_port = 0;
};
