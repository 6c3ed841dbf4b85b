#include "gdalsession.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace urbis::gdal {

void ensureRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

ErrorCapture::ErrorCapture()
{
    CPLPushErrorHandlerEx(
        [](CPLErr cls, CPLErrorNum no, const char *msg) { handler(int(cls), int(no), msg); },
        this);
}

ErrorCapture::~ErrorCapture()
{
    CPLPopErrorHandler();
}

void ErrorCapture::handler(int errClass, int, const char *message)
{
    // The user data is the innermost capture; GDAL calls back on the thread that raised the error.
    auto *self = static_cast<ErrorCapture *>(CPLGetErrorHandlerUserData());
    if (!self)
        return;
    const QString text = QString::fromUtf8(message);
    if (errClass >= CE_Failure)
        self->m_errors << text;
    else if (errClass == CE_Warning)
        self->m_warnings << text;
}

void DatasetCloser::operator()(void *dataset) const
{
    if (dataset)
        GDALClose(dataset);
}

std::vector<char *> argvOf(QList<QByteArray> &args)
{
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    return argv;
}

} // namespace urbis::gdal
