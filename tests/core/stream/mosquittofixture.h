// A private mosquitto broker for the MQTT tests: a temp config with one listener on 127.0.0.1 and
// a free port, anonymous or with a password file (mosquitto_passwd -c -b), plain or TLS,
// stoppable and restartable on the same port; publishes with Debian's mosquitto_pub.
#pragma once

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

class MosquittoFixture
{
public:
    ~MosquittoFixture() { stop(); }

    static QString program(const QString &name)
    {
        QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty()) // the broker lives in sbin, often not on a user's PATH
            path = QStandardPaths::findExecutable(
                name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
        return path;
    }

    /** Serve mqtts:// with this certificate (call before start()); clients then need it as their CA. */
    void setTls(const QString &certFile, const QString &keyFile)
    {
        m_certFile = certFile;
        m_keyFile = keyFile;
    }

    /**
     * Starts a broker keeping its files in `dir`; with a user name, only that user (and password)
     * may connect. Returns why it could not start, or an empty string.
     */
    QString start(const QString &dir, const QString &user = {}, const QString &password = {})
    {
        for (const char *tool : {"mosquitto", "mosquitto_pub", "mosquitto_passwd"})
            if (program(QString::fromLatin1(tool)).isEmpty())
                return QStringLiteral(
                           "%1 is missing: install the Debian packages mosquitto and mosquitto-clients")
                    .arg(QString::fromLatin1(tool));
        m_dir = dir;
        if (m_port == 0) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return QStringLiteral("no free port");
            m_port = probe.serverPort();
        }
        QString config = QStringLiteral("listener %1 127.0.0.1\npersistence false\nuser root\n"
                                        "log_dest stderr\nlog_type error\nlog_type warning\n")
                             .arg(m_port);
        if (!m_certFile.isEmpty())
            config += QStringLiteral("certfile %1\nkeyfile %2\n").arg(m_certFile, m_keyFile);
        if (user.isEmpty()) {
            config += QStringLiteral("allow_anonymous true\n");
        } else {
            const QString passwd = QDir(dir).filePath(QStringLiteral("passwd"));
            QFile::remove(passwd);
            QProcess tool;
            tool.start(program(QStringLiteral("mosquitto_passwd")),
                       {QStringLiteral("-c"), QStringLiteral("-b"), passwd, user, password});
            if (!tool.waitForFinished(10000) || tool.exitCode() != 0)
                return QStringLiteral("mosquitto_passwd failed: ") +
                       QString::fromUtf8(tool.readAllStandardError());
            config += QStringLiteral("allow_anonymous false\npassword_file %1\n").arg(passwd);
        }
        QFile file(QDir(dir).filePath(QStringLiteral("mosquitto.conf")));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
            return QStringLiteral("cannot write ") + file.fileName();
        file.close();
        return launch();
    }

    /** Starts the stopped broker again, same port, same config. */
    QString restart()
    {
        stop();
        return launch();
    }

    /** Kills the broker (as a crash would). */
    void stop()
    {
        if (m_broker.state() != QProcess::NotRunning) {
            m_broker.kill();
            m_broker.waitForFinished(5000);
        }
    }

    int port() const { return m_port; }
    QString url() const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(m_certFile.isEmpty() ? "mqtt" : "mqtts").arg(m_port);
    }

    /**
     * mosquitto_pub: one message, or with several `messages` one per line (-l); true on exit 0.
     * `error` (may be null) gets its stderr.
     */
    bool publish(const QString &topic, const QByteArrayList &messages, int qos = 0, const QString &user = {},
                 const QString &password = {}, QString *error = nullptr) const
    {
        QStringList args{QStringLiteral("-h"),    QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(m_port), QStringLiteral("-t"),        topic,
                         QStringLiteral("-q"),    QString::number(qos)};
        if (!user.isEmpty())
            args << QStringLiteral("-u") << user << QStringLiteral("-P") << password;
        if (!m_certFile.isEmpty())
            args << QStringLiteral("--cafile") << m_certFile;
        args << (messages.size() == 1 ? QStringList{QStringLiteral("-m"), QString::fromUtf8(messages.first())}
                                      : QStringList{QStringLiteral("-l")});
        QProcess pub;
        pub.start(program(QStringLiteral("mosquitto_pub")), args);
        if (messages.size() != 1)
            pub.write(messages.join('\n') + '\n');
        pub.closeWriteChannel();
        const bool ok =
            pub.waitForFinished(30000) && pub.exitStatus() == QProcess::NormalExit && pub.exitCode() == 0;
        if (error)
            *error = QString::fromUtf8(pub.readAllStandardError());
        if (pub.state() != QProcess::NotRunning) {
            pub.kill();
            pub.waitForFinished(5000);
        }
        return ok;
    }

private:
    QString launch()
    {
        m_broker.setProcessChannelMode(QProcess::MergedChannels);
        m_broker.start(program(QStringLiteral("mosquitto")),
                       {QStringLiteral("-c"), QDir(m_dir).filePath(QStringLiteral("mosquitto.conf"))});
        if (!m_broker.waitForStarted(10000))
            return QStringLiteral("mosquitto did not start: ") + m_broker.errorString();
        // Ready when the port answers; a restart may have to wait for the old socket to go.
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_broker.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            if (probe.waitForConnected(200))
                return {};
            QThread::msleep(50);
        }
        return QStringLiteral("mosquitto is not listening on %1: %2")
            .arg(m_port)
            .arg(QString::fromUtf8(m_broker.readAll()));
    }

    QProcess m_broker;
    QString m_dir;
    QString m_certFile;
    QString m_keyFile;
    int m_port = 0;
};
