// A strict multipart/form-data reader (RFC 7578 / RFC 2046) for tests that check what a client
// put on the wire: the boundary from the Content-Type, then every part's headers and exact body
// bytes. Anything malformed is an error, never a best guess, so a broken body fails the test.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

class MultipartParser
{
public:
    struct Part
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const char *name) const
        {
            for (const auto &[k, v] : headers)
                if (k.compare(name, Qt::CaseInsensitive) == 0)
                    return v;
            return {};
        }
        /** A parameter of Content-Disposition (`name`, `filename`), without its quotes. */
        QByteArray disposition(const QByteArray &param) const
        {
            const QByteArray d = header("Content-Disposition");
            const QByteArray key = "; " + param + "=\"";
            const qsizetype at = d.indexOf(key);
            if (at < 0)
                return {};
            const qsizetype start = at + key.size();
            const qsizetype end = d.indexOf('"', start);
            return end < 0 ? QByteArray() : d.mid(start, end - start);
        }
    };

    struct Parsed
    {
        QString error; ///< empty when the body is well formed
        QList<Part> parts;
    };

    /** The boundary parameter of a multipart Content-Type, quoted or not; empty if none. */
    static QByteArray boundary(const QByteArray &contentType)
    {
        if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
            return {};
        for (QByteArray param : contentType.split(';')) {
            param = param.trimmed();
            if (!param.toLower().startsWith("boundary="))
                continue;
            QByteArray value = param.mid(9);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
        return {};
    }

    static Parsed parse(const QByteArray &body, const QByteArray &boundary)
    {
        Parsed out;
        if (boundary.isEmpty())
            return fail("no boundary");
        const QByteArray delimiter = "--" + boundary;
        if (!body.startsWith(delimiter)) // Qt writes no preamble; a client that does is suspicious here
            return fail("the body does not start with the boundary");
        qsizetype pos = delimiter.size();
        for (;;) {
            if (body.mid(pos, 2) == "--") { // the close delimiter; only line breaks may follow
                const QByteArray rest = body.mid(pos + 2);
                if (!rest.isEmpty() && rest != "\r\n")
                    return fail("bytes after the close delimiter");
                return out;
            }
            if (body.mid(pos, 2) != "\r\n")
                return fail(QStringLiteral("no line break after the boundary at byte %1").arg(pos));
            pos += 2;
            const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
            if (headersEnd < 0)
                return fail("a part without the blank line after its headers");
            Part part;
            for (const QByteArray &line : body.mid(pos, headersEnd - pos).split('\n')) {
                const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
                const qsizetype colon = l.indexOf(':');
                if (colon <= 0)
                    return fail("a malformed part header: " + QString::fromLatin1(l));
                part.headers.append({l.left(colon).trimmed(), l.mid(colon + 1).trimmed()});
            }
            const qsizetype bodyStart = headersEnd + 4;
            const qsizetype next = body.indexOf("\r\n" + delimiter, bodyStart);
            if (next < 0)
                return fail("a part that never ends");
            part.body = body.mid(bodyStart, next - bodyStart);
            out.parts << part;
            pos = next + 2 + delimiter.size();
        }
    }

private:
    static Parsed fail(const QString &why) { return Parsed{why, {}}; }
};
