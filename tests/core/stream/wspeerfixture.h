// Starts tests/core/stream/wspeer.js (a Node `ws` server from tests/node_modules, pinned by
// tests/package-lock.json) on 127.0.0.1 with a free port, collects what it prints and stops it
// again. See wspeer.js for the options (--count, --rate, --drop-after, --stall-after, ...).
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

class WsPeerFixture
{
public:
    WsPeerFixture()
    {
        QObject::connect(&m_peer, &QProcess::readyReadStandardOutput,
                         [this] { m_output += m_peer.readAllStandardOutput(); });
    }
    ~WsPeerFixture() { stop(); }

    static QString script() { return QStringLiteral(URBIS_TESTS_DIR "/core/stream/wspeer.js"); }

    /** Starts the peer with `args`; returns why it could not, or an empty string. */
    QString start(const QStringList &args)
    {
        stop();
        if (!QFile::exists(QStringLiteral(URBIS_TESTS_DIR "/node_modules/ws/package.json")))
            return QStringLiteral("ws is missing: run `npm ci` in tests/ (./build.sh test does)");
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("node is missing");
        m_output.clear();
        m_peer.setProcessChannelMode(QProcess::SeparateChannels);
        m_peer.start(QStringLiteral("node"), QStringList{script()} + args);
        if (!m_peer.waitForStarted(10000))
            return QStringLiteral("node did not start: ") + m_peer.errorString();
        const QRegularExpressionMatch m =
            waitFor(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"), 20000);
        m_port = m.hasMatch() ? m.captured(1).toInt() : 0;
        return m_port > 0 ? QString()
                          : QStringLiteral("wspeer did not start: ") + output() +
                                QString::fromUtf8(m_peer.readAllStandardError());
    }

    void stop()
    {
        if (m_peer.state() != QProcess::NotRunning) {
            m_peer.kill();
            m_peer.waitForFinished(5000);
        }
        m_port = 0;
    }

    int port() const { return m_port; }
    QString url(const QString &scheme = QStringLiteral("ws")) const
    {
        return QStringLiteral("%1://127.0.0.1:%2/feed").arg(scheme).arg(m_port);
    }
    QString output() const { return QString::fromUtf8(m_output); }

    /**
     * Runs the event loop until the output matches `pattern` (a line of it: "done (\\d+)", ...) or
     * `timeoutMs` passed; the match, or an invalid one.
     */
    QRegularExpressionMatch waitFor(const QString &pattern, int timeoutMs)
    {
        const QRegularExpression re = line(pattern);
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            m_output += m_peer.readAllStandardOutput();
            QRegularExpressionMatch m = re.match(QString::fromUtf8(m_output));
            if (m.hasMatch() || deadline.hasExpired() || m_peer.state() == QProcess::NotRunning)
                return m;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            m_peer.waitForReadyRead(20);
        }
    }

    /** How many lines of the output match `pattern` (e.g. "connected \\d+"). */
    int count(const QString &pattern) const
    {
        const QRegularExpression re = line(pattern);
        int n = 0;
        for (auto it = re.globalMatch(output()); it.hasNext(); it.next())
            ++n;
        return n;
    }

private:
    // Whole lines only: a line still being written must not match "done 1" for "done 100".
    static QRegularExpression line(const QString &pattern)
    {
        return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("(?=\\r?\\n)"),
                                  QRegularExpression::MultilineOption);
    }

    QProcess m_peer;
    QByteArray m_output;
    int m_port = 0;
};
