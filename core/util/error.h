#pragma once

#include <QMetaType>
#include <QString>

namespace urbis {

/**
 * What went wrong, as a value. Errors cross threads, slots and module boundaries as this
 * struct; exceptions never do. `message` is for the user (already translated where it comes
 * from the GUI), `detail` carries the technical cause (SQLite message, errno text, ...).
 */
struct Error
{
    enum class Code {
        None = 0,
        InvalidArgument, ///< the caller passed something unusable (bad query, bad id)
        NotFound,        ///< the object / record does not exist
        InvalidData,     ///< the data failed a check (maps to CLI exit 1)
        Io,              ///< file system or network failure (maps to CLI exit 3)
        Database,        ///< SQLite reported an error
        Corrupt,         ///< stored data does not match its checksum
        Cancelled,       ///< the user cancelled the work
        Conflict,        ///< a concurrent change was detected
        Unsupported,     ///< the operation or format is not available
        Internal,        ///< a broken invariant in our code
    };

    Code code = Code::None;
    QString message;
    QString detail;

    Error() = default;
    Error(Code c, QString msg, QString det = {}) : code(c), message(std::move(msg)), detail(std::move(det)) {}

    bool isError() const { return code != Code::None; }
    /** message plus detail, for logs and CLI stderr. */
    QString toString() const;
    static QString codeName(Code c);
};

} // namespace urbis

Q_DECLARE_METATYPE(urbis::Error)
