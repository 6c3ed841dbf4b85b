#pragma once

#include <QByteArrayView>
#include <QString>

namespace urbis {

/**
 * How a delimited text file is written: delimiter, quote character, whether the first record is
 * a header, and the text encoding. sniff() guesses all of it from the first bytes of a file.
 */
struct CsvDialect
{
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Latin1, Windows1252 };

    char delimiter = ',';
    char quote = '"';
    bool header = true;
    Encoding encoding = Encoding::Utf8;

    /** Guesses encoding (BOMs, UTF-16 zero bytes, UTF-8 validity, else Windows-1252) and delimiter
     *  (, ; tab |, the one splitting the sample's lines most consistently). Never fails. */
    static CsvDialect sniff(QByteArrayView sample);
    static QString encodingName(Encoding e);
};

} // namespace urbis
