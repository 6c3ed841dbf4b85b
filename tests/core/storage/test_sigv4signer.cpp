// SigV4 against the request/response pairs AWS published (tests/data/s3/README.md).
#include "storage/s3/sigv4signer.h"
#include "util/sha256.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace urbis;
using namespace urbis::s3;

namespace {

QJsonObject vectors()
{
    QFile f(QStringLiteral(URBIS_S3_DATA "/sigv4-suite.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

SigV4Signer::Request requestOf(const QJsonObject &c, const QString &host)
{
    SigV4Signer::Request r;
    r.method = c.value(QStringLiteral("method")).toString().toLatin1();
    const QByteArray target = c.value(QStringLiteral("target")).toString().toUtf8();
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.left(q);
    r.query = q < 0 ? QByteArray() : target.mid(q + 1);
    r.headers.append({"Host", host.toLatin1()});
    for (const QJsonValue h : c.value(QStringLiteral("headers")).toArray())
        r.headers.append({h.toArray().at(0).toString().toUtf8(), h.toArray().at(1).toString().toUtf8()});
    return r;
}

QDateTime dateOf(const QJsonObject &group)
{
    return QDateTime::fromString(group.value(QStringLiteral("date")).toString(), Qt::ISODate);
}

} // namespace

class TestSigV4Signer : public QObject
{
    Q_OBJECT

private slots:
    void testSuite_data()
    {
        QTest::addColumn<QJsonObject>("c");
        const QJsonArray cases = vectors().value(QStringLiteral("suite")).toObject().value(QStringLiteral("cases")).toArray();
        QVERIFY(cases.size() >= 10);
        for (const QJsonValue c : cases)
            QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString())) << c.toObject();
    }

    void testSuite()
    {
        QFETCH(QJsonObject, c);
        const QJsonObject g = vectors().value(QStringLiteral("suite")).toObject();
        const SigV4Signer signer({g.value(QStringLiteral("accessKeyId")).toString(), g.value(QStringLiteral("secretAccessKey")).toString(),
                                  c.value(QStringLiteral("sessionToken")).toString()},
                                 g.value(QStringLiteral("region")).toString(), g.value(QStringLiteral("service")).toString(),
                                 SigV4Signer::PathStyle::Normalized);
        SigV4Signer::Request r = requestOf(c, g.value(QStringLiteral("host")).toString());
        r.payloadHash = Sha256::hex(c.value(QStringLiteral("body")).toString().toUtf8()).toLatin1();
        QCOMPARE(QString::fromLatin1(signer.sign(r, dateOf(g))), c.value(QStringLiteral("authorization")).toString());
    }

    void s3Examples_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue c : vectors().value(QStringLiteral("s3")).toObject().value(QStringLiteral("cases")).toArray())
            QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString())) << c.toObject();
    }

    void s3Examples()
    {
        QFETCH(QJsonObject, c);
        const QJsonObject g = vectors().value(QStringLiteral("s3")).toObject();
        const SigV4Signer signer({g.value(QStringLiteral("accessKeyId")).toString(), g.value(QStringLiteral("secretAccessKey")).toString(), {}},
                                 g.value(QStringLiteral("region")).toString());
        SigV4Signer::Request r = requestOf(c, g.value(QStringLiteral("host")).toString());
        r.payloadHash = c.value(QStringLiteral("payloadHash")).toString().toLatin1();
        r.headers.append({"x-amz-content-sha256", r.payloadHash});
        QCOMPARE(QString::fromLatin1(signer.sign(r, dateOf(g))), c.value(QStringLiteral("authorization")).toString());
    }

    void presignedUrl()
    {
        const QJsonObject g = vectors().value(QStringLiteral("s3")).toObject();
        const QJsonObject p = g.value(QStringLiteral("presign")).toObject();
        const SigV4Signer signer({g.value(QStringLiteral("accessKeyId")).toString(), g.value(QStringLiteral("secretAccessKey")).toString(), {}},
                                 g.value(QStringLiteral("region")).toString());
        const QUrl url = signer.presign("GET", QUrl(p.value(QStringLiteral("url")).toString()), dateOf(g),
                                        p.value(QStringLiteral("expires")).toInt());
        QCOMPARE(url.toString(QUrl::FullyEncoded), p.value(QStringLiteral("expected")).toString());
    }

    void s3KeysAreEncodedOnceAndNotNormalised()
    {
        const SigV4Signer signer({QStringLiteral("AK"), QStringLiteral("SK"), {}}, QStringLiteral("us-east-1"));
        SigV4Signer::Request r;
        r.path = "/bucket/a b/../c+d/ä.csv";
        r.query = "prefix=a%2Fb&list-type=2";
        r.headers = {{"Host", "127.0.0.1:9000"}};
        r.payloadHash = "UNSIGNED-PAYLOAD";
        const QList<QByteArray> lines = signer.canonicalRequest(r).split('\n');
        QCOMPARE(lines.at(1), QByteArray("/bucket/a%20b/../c%2Bd/%C3%A4.csv"));
        QCOMPARE(lines.at(2), QByteArray("list-type=2&prefix=a%2Fb"));
        QCOMPARE(lines.at(3), QByteArray("host:127.0.0.1:9000"));
    }
};

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "test_sigv4signer.moc"
