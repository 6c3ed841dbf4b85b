// Test data for the storage tests: reproducible bytes that differ from part to part (so parts
// assembled in the wrong order would show) and small file helpers.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace testbytes {

/** `size` bytes of xorshift32 output from `seed`. */
inline QByteArray pattern(qint64 size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = seed | 1;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b[i] = char(x);
    }
    return b;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace testbytes
