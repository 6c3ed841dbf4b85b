// The monitor's models: the connections list (state, counters, in-place updates), the alert list
// with its filter, and the rejected messages (bounded, escaped excerpts).
#include "stream/alertfiltermodel.h"
#include "stream/alertlistmodel.h"
#include "stream/rejectedmessagesmodel.h"
#include "stream/streamlistmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

using namespace urbis;

namespace {

StreamStatus status(const QString &name, StreamSource::State state, qint64 samples)
{
    StreamStatus s;
    s.name = name;
    s.url = QUrl(QStringLiteral("wss://oup.example.org/%1").arg(name));
    s.state = state;
    s.stats.samples = samples;
    s.stats.messages = samples;
    s.stats.messagesPerSec = 42.5;
    s.stats.malformed = 3;
    s.stats.oversized = 1;
    s.stats.reconnects = 2;
    s.stats.lastError = QStringLiteral("connection refused");
    return s;
}

AlertEvent alertEvent(const QString &entity, AlertRule::Severity severity, bool raised, const QString &message)
{
    AlertEvent e;
    e.timeMs = 1'700'000'000'000;
    e.ruleId = QStringLiteral("pm10-high");
    e.ruleName = QStringLiteral("PM10 high");
    e.severity = severity;
    e.entity = entity;
    e.measure = QStringLiteral("pm10");
    e.value = 80;
    e.raised = raised;
    e.message = message;
    return e;
}

} // namespace

class TestStreamModels : public QObject
{
    Q_OBJECT

private slots:
    void connectionsShowStateAndCounters()
    {
        StreamListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatuses({status(QStringLiteral("athens"), StreamSource::State::Connected, 1234),
                           status(QStringLiteral("broker"), StreamSource::State::Reconnecting, 0)});
        QCOMPARE(model.rowCount(), 2);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(0, StreamListModel::NameColumn).toString(), QStringLiteral("athens"));
        QCOMPARE(cell(0, StreamListModel::UrlColumn).toString(), QStringLiteral("wss://oup.example.org/athens"));
        QCOMPARE(cell(0, StreamListModel::StateColumn).toString(), StreamListModel::stateText(StreamSource::State::Connected));
        QCOMPARE(cell(1, StreamListModel::StateColumn).toString(),
                 StreamListModel::stateText(StreamSource::State::Reconnecting));
        QCOMPARE(cell(0, StreamListModel::StateColumn, Qt::ForegroundRole).value<QBrush>().color(),
                 StreamListModel::stateColor(StreamSource::State::Connected));
        QVERIFY(StreamListModel::stateColor(StreamSource::State::Connected)
                != StreamListModel::stateColor(StreamSource::State::Reconnecting));
        QCOMPARE(cell(0, StreamListModel::SamplesColumn).toString(), QLocale().toString(1234));
        QCOMPARE(cell(0, StreamListModel::RateColumn).toString(), QLocale().toString(42.5, 'f', 0));
        QCOMPARE(cell(0, StreamListModel::MalformedColumn).toString(), QStringLiteral("3"));
        QCOMPARE(cell(0, StreamListModel::OversizedColumn).toString(), QStringLiteral("1"));
        QCOMPARE(cell(0, StreamListModel::ReconnectsColumn).toString(), QStringLiteral("2"));
        QVERIFY(cell(0, StreamListModel::StateColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("refused")));
        QCOMPARE(cell(0, StreamListModel::RecordingColumn).toString(), QStringLiteral("–"));

        // The same streams again: updated in place (a reset would lose the selection).
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        StreamStatus recording = status(QStringLiteral("athens"), StreamSource::State::Connected, 5000);
        recording.recording = true;
        recording.recordedRows = 4990;
        model.setStatuses({recording, status(QStringLiteral("broker"), StreamSource::State::Connected, 10)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(0, StreamListModel::SamplesColumn).toString(), QLocale().toString(5000));
        QVERIFY(cell(0, StreamListModel::RecordingColumn).toString().contains(QLocale().toString(4990)));
        QCOMPARE(model.rowOf(QStringLiteral("broker")), 1);
        // Another list: a reset.
        model.setStatuses({status(QStringLiteral("broker"), StreamSource::State::Stopped, 10)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("athens")), -1);
    }

    void alertListNewestFirstAndBounded()
    {
        AlertListModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i)
            model.add(QStringLiteral("athens"), alertEvent(QStringLiteral("ST-%1").arg(i), AlertRule::Severity::Warning, true,
                                                      QStringLiteral("m%1").arg(i)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, AlertListModel::StationColumn).data().toString(), QStringLiteral("ST-4"));
        QCOMPARE(model.index(2, AlertListModel::StationColumn).data().toString(), QStringLiteral("ST-2"));
        QCOMPARE(model.index(0, AlertListModel::SeverityColumn).data(Qt::DecorationRole).value<QColor>(),
                 AlertListModel::severityColor(AlertRule::Severity::Warning));
        model.clear();
        model.appendOlder({{QStringLiteral("(log)"), alertEvent(QStringLiteral("A"), AlertRule::Severity::Info, true, {})},
                           {QStringLiteral("(log)"), alertEvent(QStringLiteral("B"), AlertRule::Severity::Info, true, {})},
                           {QStringLiteral("(log)"), alertEvent(QStringLiteral("C"), AlertRule::Severity::Info, true, {})},
                           {QStringLiteral("(log)"), alertEvent(QStringLiteral("D"), AlertRule::Severity::Info, true, {})}});
        QCOMPARE(model.rowCount(), 3); // older events fill only the room left
    }

    void alertFilterByTextStateAndSeverity()
    {
        AlertListModel model;
        model.add(QStringLiteral("athens"), alertEvent(QStringLiteral("ST-01"), AlertRule::Severity::Warning, true,
                                                  QStringLiteral("pm10 80 above 50")));
        model.add(QStringLiteral("athens"), alertEvent(QStringLiteral("ST-01"), AlertRule::Severity::Warning, false,
                                                  QStringLiteral("pm10 back below 45")));
        model.add(QStringLiteral("broker"), alertEvent(QStringLiteral("ST-02"), AlertRule::Severity::Critical, true,
                                                  QStringLiteral("no data for 60 s")));
        model.add(QStringLiteral("broker"), alertEvent(QStringLiteral("ST-03"), AlertRule::Severity::Info, true,
                                                  QStringLiteral("pressure low")));
        AlertFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 4);
        filter.setText(QStringLiteral("st-01"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(QStringLiteral("ST-01 below")); // every word must occur
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QStringLiteral("broker"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(QString());
        filter.setRaisedOnly(true);
        QCOMPARE(filter.rowCount(), 3);
        filter.setMinimumSeverity(AlertRule::Severity::Warning);
        QCOMPARE(filter.rowCount(), 2);
        filter.setMinimumSeverity(AlertRule::Severity::Critical);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, AlertListModel::StationColumn).data().toString(), QStringLiteral("ST-02"));
        // Events arriving while filtered are filtered too.
        model.add(QStringLiteral("athens"), alertEvent(QStringLiteral("ST-09"), AlertRule::Severity::Critical, true, {}));
        QCOMPARE(filter.rowCount(), 2);
    }

    void rejectedMessagesBoundedAndEscaped()
    {
        RejectedMessagesModel model(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 130; ++i)
            model.add(QStringLiteral("athens"), QStringLiteral("malformed JSON at offset %1").arg(i),
                      QByteArray("{\"pm10\": ") + QByteArray::number(i));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0, RejectedMessagesModel::ReasonColumn).data().toString(),
                 QStringLiteral("malformed JSON at offset 129"));
        QCOMPARE(model.index(99, RejectedMessagesModel::ReasonColumn).data().toString(),
                 QStringLiteral("malformed JSON at offset 30"));
        QCOMPARE(RejectedMessagesModel::excerptText(QByteArray("a\nb\tc\x01")), QStringLiteral("a\\nb\\tc\\x01"));
        const QString longText = RejectedMessagesModel::excerptText(QByteArray(5000, 'x'));
        QCOMPARE(longText.size(), 201);
        QVERIFY(longText.endsWith(QChar(0x2026)));
    }
};

QTEST_MAIN(TestStreamModels)
#include "test_streammodels.moc"
