#include "clicontext.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

namespace urbis {

CliContext::CliContext(CommandLine line) : m_line(std::move(line)), m_out(stdout), m_err(stderr) {}

QString CliContext::dataDir() const
{
    return m_line.value(QStringLiteral("data-dir"), Workspace::defaultDataDir());
}

void CliContext::info(const QString &text)
{
    if (!quiet()) {
        m_err << text << Qt::endl;
    }
}

void CliContext::printJson(const QJsonDocument &doc)
{
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

Result<Workspace *> CliContext::workspace()
{
    if (!m_workspace) {
        Result<Workspace> ws = Workspace::open(dataDir());
        if (!ws)
            return ws.error();
        m_workspace.emplace(std::move(*ws));
    }
    return &*m_workspace;
}

int CliContext::exitCodeFor(const Error &e)
{
    switch (e.code) {
    case Error::Code::None: return ExitOk;
    case Error::Code::InvalidData:
    case Error::Code::Conflict: return ExitInvalidData;
    case Error::Code::InvalidArgument:
    case Error::Code::NotFound:
    case Error::Code::Unsupported: return ExitUsage;
    default: return ExitIo;
    }
}

int CliContext::fail(const Error &e)
{
    if (json()) {
        QJsonObject err{{QStringLiteral("code"), Error::codeName(e.code)}, {QStringLiteral("message"), e.message}};
        if (!e.detail.isEmpty())
            err.insert(QStringLiteral("detail"), e.detail);
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("error"), err}}));
    }
    m_err << QCoreApplication::translate("urbis::CliContext", "urbis: error: %1").arg(e.toString()) << Qt::endl;
    return exitCodeFor(e);
}

int CliContext::usage(const QString &message, const QString &usageText)
{
    if (json()) // scripts asking for JSON get the error as JSON too
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                                  {QStringLiteral("message"), message}}}}));
    m_err << QCoreApplication::translate("urbis::CliContext", "urbis: %1").arg(message) << Qt::endl
          << usageText << Qt::endl;
    return ExitUsage;
}

} // namespace urbis
