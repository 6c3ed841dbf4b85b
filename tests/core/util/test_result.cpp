#include "util/result.h"

#include <QTest>

#include <memory>

using namespace urbis;

namespace {
Result<int> half(int n)
{
    if (n % 2 != 0)
        return Error(Error::Code::InvalidArgument, QStringLiteral("odd"), QString::number(n));
    return n / 2;
}

// The propagation idiom the header recommends: `if (!r) return r.error();`.
Result<int> quarter(int n)
{
    Result<int> h = half(n);
    if (!h)
        return h.error();
    return half(*h);
}

Result<void> checkPositive(int n)
{
    if (n <= 0)
        return Error(Error::Code::InvalidData, QStringLiteral("not positive"));
    return {};
}

Result<std::unique_ptr<QString>> makeOwned(bool ok)
{
    if (!ok)
        return Error(Error::Code::NotFound, QStringLiteral("nothing to own"));
    return std::make_unique<QString>(QStringLiteral("owned"));
}
} // namespace

class TestResult : public QObject
{
    Q_OBJECT
private slots:
    void valueAccess()
    {
        Result<int> r = half(10);
        QVERIFY(r.ok());
        QVERIFY(static_cast<bool>(r));
        QCOMPARE(r.value(), 5);
        QCOMPARE(*r, 5);
        QCOMPARE(r.error().code, Error::Code::None);
        QVERIFY(!r.error().isError());

        *r = 7; // non-const access writes through
        QCOMPARE(r.value(), 7);

        Result<QString> s = QStringLiteral("abc");
        QCOMPARE(s->size(), 3);
        const Result<QString> &cs = s;
        QCOMPARE(cs->toUpper(), QStringLiteral("ABC"));
        QCOMPARE(*cs, QStringLiteral("abc"));
    }

    void errorAccess()
    {
        Result<int> r = half(3);
        QVERIFY(!r.ok());
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        QCOMPARE(r.error().message, QStringLiteral("odd"));
        QCOMPARE(r.error().detail, QStringLiteral("3"));
        QVERIFY(r.error().isError());
    }

    void propagation_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("detail");
        QTest::newRow("both halves even") << 12 << true << 3 << QString();
        QTest::newRow("first half fails") << 5 << false << 0 << QStringLiteral("5");
        QTest::newRow("second half fails") << 6 << false << 0 << QStringLiteral("3");
    }
    void propagation()
    {
        QFETCH(int, input);
        QFETCH(bool, ok);
        QFETCH(int, value);
        QFETCH(QString, detail);
        Result<int> r = quarter(input);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(*r, value);
        else
            QCOMPARE(r.error().detail, detail);
    }

    void valueOr()
    {
        QCOMPARE(half(8).valueOr(-1), 4);
        QCOMPARE(half(9).valueOr(-1), -1);
        const Result<QString> good = QStringLiteral("kept");
        const Result<QString> bad = Error(Error::Code::Io, QStringLiteral("disk"));
        QCOMPARE(good.valueOr(QStringLiteral("fallback")), QStringLiteral("kept"));
        QCOMPARE(bad.valueOr(QStringLiteral("fallback")), QStringLiteral("fallback"));
        // valueOr must not disturb the stored value.
        QCOMPARE(*good, QStringLiteral("kept"));
    }

    void moveOnlyPayload()
    {
        Result<std::unique_ptr<QString>> r = makeOwned(true);
        QVERIFY(r.ok());
        QVERIFY(r.value() != nullptr);
        QCOMPARE(*r.value(), QStringLiteral("owned"));
        QCOMPARE((*r)->size(), 5);

        // Moving the Result keeps the payload.
        Result<std::unique_ptr<QString>> moved = std::move(r);
        QVERIFY(moved.ok());
        QCOMPARE(*moved.value(), QStringLiteral("owned"));

        // Taking the value out of an rvalue Result transfers ownership.
        std::unique_ptr<QString> taken = std::move(moved).value();
        QVERIFY(taken != nullptr);
        QCOMPARE(*taken, QStringLiteral("owned"));

        Result<std::unique_ptr<QString>> failed = makeOwned(false);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, Error::Code::NotFound);
        QCOMPARE(failed.error().message, QStringLiteral("nothing to own"));
    }

    void voidResult_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("success") << 1 << true << Error::Code::None;
        QTest::newRow("zero") << 0 << false << Error::Code::InvalidData;
        QTest::newRow("negative") << -4 << false << Error::Code::InvalidData;
    }
    void voidResult()
    {
        QFETCH(int, input);
        QFETCH(bool, ok);
        QFETCH(Error::Code, code);
        const Result<void> r = checkPositive(input);
        QCOMPARE(r.ok(), ok);
        QCOMPARE(static_cast<bool>(r), ok);
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().isError(), !ok);
    }

    void voidResultFromNoneErrorIsSuccess()
    {
        // An Error with Code::None is not an error: wrapping it must not make the Result fail.
        const Result<void> r = Error();
        QVERIFY(r.ok());
        const Result<void> bad = Error(Error::Code::Internal, QStringLiteral("x"));
        QVERIFY(!bad.ok());
    }

    void errorToString_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("expected");
        QTest::newRow("message only")
            << QStringLiteral("Cannot open file") << QString() << QStringLiteral("Cannot open file");
        QTest::newRow("empty detail")
            << QStringLiteral("Cannot open file") << QStringLiteral("") << QStringLiteral("Cannot open file");
        QTest::newRow("with detail") << QStringLiteral("Cannot open file") << QStringLiteral("No such file")
                                     << QStringLiteral("Cannot open file (No such file)");
        QTest::newRow("non-ASCII") << QStringLiteral("Datei fehlt") << QStringLiteral("Größe 0")
                                   << QStringLiteral("Datei fehlt (Größe 0)");
    }
    void errorToString()
    {
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QFETCH(QString, expected);
        const Error e(Error::Code::Io, message, detail);
        QCOMPARE(e.toString(), expected);
    }

    void codeName_data()
    {
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("None") << Error::Code::None << QStringLiteral("none");
        QTest::newRow("InvalidArgument")
            << Error::Code::InvalidArgument << QStringLiteral("invalid-argument");
        QTest::newRow("NotFound") << Error::Code::NotFound << QStringLiteral("not-found");
        QTest::newRow("InvalidData") << Error::Code::InvalidData << QStringLiteral("invalid-data");
        QTest::newRow("Io") << Error::Code::Io << QStringLiteral("io");
        QTest::newRow("Database") << Error::Code::Database << QStringLiteral("database");
        QTest::newRow("Corrupt") << Error::Code::Corrupt << QStringLiteral("corrupt");
        QTest::newRow("Cancelled") << Error::Code::Cancelled << QStringLiteral("cancelled");
        QTest::newRow("Conflict") << Error::Code::Conflict << QStringLiteral("conflict");
        QTest::newRow("Unsupported") << Error::Code::Unsupported << QStringLiteral("unsupported");
        QTest::newRow("Internal") << Error::Code::Internal << QStringLiteral("internal");
        QTest::newRow("out of range") << static_cast<Error::Code>(999) << QStringLiteral("unknown");
    }
    void codeName()
    {
        QFETCH(Error::Code, code);
        QFETCH(QString, name);
        QCOMPARE(Error::codeName(code), name);
    }

    void errorIsAMetaType()
    {
        // Errors travel through queued signals, so they must survive a QVariant round trip.
        const Error e(Error::Code::Conflict, QStringLiteral("changed"), QStringLiteral("etag"));
        const QVariant v = QVariant::fromValue(e);
        QVERIFY(v.canConvert<Error>());
        const Error back = v.value<Error>();
        QCOMPARE(back.code, Error::Code::Conflict);
        QCOMPARE(back.message, e.message);
        QCOMPARE(back.detail, e.detail);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "test_result.moc"
