#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace urbis {

/**
 * GDAL process state in one place: drivers registered once, and GDAL's error messages captured
 * per scope instead of being printed to stderr, so a broken file becomes an Error naming the cause.
 * No GDAL types here: callers outside core never see GDAL.
 */
namespace gdal {

/** Registers all drivers once per process (thread-safe). */
void ensureRegistered();

/**
 * While alive, GDAL errors and warnings on this thread are collected here instead of printed.
 * Scopes nest (the handler stack is GDAL's, per thread).
 */
class ErrorCapture
{
public:
    ErrorCapture();
    ~ErrorCapture();
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

    bool hasError() const { return !m_errors.isEmpty(); }
    /** The failures (CE_Failure, CE_Fatal) seen so far, oldest first. */
    const QStringList &errors() const { return m_errors; }
    const QStringList &warnings() const { return m_warnings; }
    QString lastError() const { return m_errors.isEmpty() ? QString() : m_errors.last(); }
    void clear() { m_errors.clear(); m_warnings.clear(); }

private:
    static void handler(int errClass, int errNo, const char *message);
    QStringList m_errors;
    QStringList m_warnings;
};

/** Closes a GDALDatasetH (an opaque pointer here, so no GDAL header leaks out). */
struct DatasetCloser
{
    void operator()(void *dataset) const;
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

/** A NULL-terminated argv over `args` for GDAL's utility options (the list must outlive it). */
std::vector<char *> argvOf(QList<QByteArray> &args);

} // namespace gdal
} // namespace urbis
