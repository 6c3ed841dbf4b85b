// A throw-away self-signed certificate for 127.0.0.1 (openssl req -x509), for the wss:// and
// mqtts:// tests: the certificate is its own CA, so handing it to a client as the CA file makes the
// server trusted while the system CAs alone refuse it.
#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

struct TestCertificate
{
    QString certFile;
    QString keyFile;

    /** Writes cert.pem and key.pem into `dir`; returns why it could not, or an empty string. */
    QString create(const QString &dir)
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return QStringLiteral("openssl is missing");
        certFile = QDir(dir).filePath(QStringLiteral("cert.pem"));
        keyFile = QDir(dir).filePath(QStringLiteral("key.pem"));
        QProcess p;
        p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                          keyFile, QStringLiteral("-out"), certFile, QStringLiteral("-days"),
                          QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                          QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                          QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("openssl failed: ") + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
};
