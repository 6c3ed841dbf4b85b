// Reads one WebSocket stream (tests/core/stream/wspeer.js --stamp) either with a bare QWebSocket
// or through Urbis's StreamSession (worker thread, channels, alerts, optionally recording into a
// dataset), and prints one JSON line: messages, seconds, msgs/s, end-to-end latency percentiles
// (from the sender's "sentUs" stamp to the end of Urbis's processing or to the bare client's
// receive), the main thread's worst event-loop delay, and peak RSS. bench/stream_vs_bare.sh
// runs both on the same stream and prints the ratios.
#include "stream/streamsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <vector>

namespace {

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

double percentile(std::vector<double> &v, double p)
{
    if (v.empty())
        return -1;
    const size_t k = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size())));
    std::nth_element(v.begin(), v.begin() + qsizetype(k), v.end());
    return v[k];
}

/** Measures how late a 10 ms timer fires on the main thread: the GUI's event-loop latency. */
struct LoopProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 worstMs = 0;
    void start()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 late = clock.restart() - 10;
            worstMs = std::max(worstMs, late);
        });
        clock.start();
        timer.start();
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("url"), QStringLiteral("ws:// URL"), QStringLiteral("url")});
    p.addOption({QStringLiteral("mode"), QStringLiteral("bare | urbis | urbis-record"), QStringLiteral("mode"), QStringLiteral("urbis")});
    p.addOption({QStringLiteral("count"), QStringLiteral("messages to wait for"), QStringLiteral("n")});
    p.addOption({QStringLiteral("idle-secs"), QStringLiteral("give up after this long without a message"), QStringLiteral("s"), QStringLiteral("10")});
    p.process(app);
    const QUrl url(p.value(QStringLiteral("url")));
    const QString mode = p.value(QStringLiteral("mode"));
    const qint64 count = p.value(QStringLiteral("count")).toLongLong();
    const int idleSecs = p.value(QStringLiteral("idle-secs")).toInt();

    std::vector<double> latenciesMs;
    latenciesMs.reserve(size_t(count));
    std::mutex latencyMutex;
    std::atomic<qint64> received{0};
    std::atomic<qint64> recordedRows{-1};
    QElapsedTimer elapsed;
    std::atomic<qint64> firstMs{-1}, lastMs{-1};
    elapsed.start();
    auto noteArrival = [&] {
        const qint64 t = elapsed.elapsed();
        qint64 expected = -1;
        firstMs.compare_exchange_strong(expected, t);
        lastMs.store(t);
    };

    LoopProbe probe;
    QWebSocket bare;
    std::unique_ptr<urbis::StreamSession> session;
    QTemporaryDir dataDir;

    if (mode == QLatin1String("bare")) {
        QObject::connect(&bare, &QWebSocket::textMessageReceived, [&](const QString &message) {
            noteArrival();
            // As cheap as reading the stamp can be: no JSON parse, so the ratio flatters the bare client.
            const qsizetype at = message.indexOf(QLatin1String("\"sentUs\":"));
            if (at >= 0) {
                const qint64 sent = QStringView(message).mid(at + 9, 16).toLongLong();
                latenciesMs.push_back(double(nowUs() - sent) / 1000.0);
            }
            if (++received >= count)
                app.quit();
        });
        QObject::connect(&bare, &QWebSocket::disconnected, &app, &QCoreApplication::quit);
        bare.setMaxAllowedIncomingMessageSize(1 << 20);
        bare.open(url);
    } else {
        urbis::StreamConfig config;
        config.url = url;
        config.name = QStringLiteral("bench");
        session = std::make_unique<urbis::StreamSession>(config, dataDir.path());
        session->setBatchObserver([&](const urbis::StreamBatch &batch) {
            const qint64 now = nowUs();
            const int sent = session->mapping().measureIndex(QStringLiteral("sentUs"));
            std::lock_guard lock(latencyMutex);
            for (const urbis::StreamSample &s : batch) {
                if (sent >= 0 && size_t(sent) < s.values.size())
                    latenciesMs.push_back(double(now - qint64(s.values[size_t(sent)])) / 1000.0);
            }
            noteArrival();
            received += batch.size();
        });
        QObject::connect(session.get(), &urbis::StreamSession::updated, &app, [&] {
            if (received.load() >= count)
                app.quit();
        });
        QObject::connect(
            session.get(), &urbis::StreamSession::recordingFinished, session.get(),
            [&](const QString &, qint64 rows) { recordedRows = rows; }, Qt::DirectConnection);
        if (mode == QLatin1String("urbis-record")) {
            urbis::StreamRecorder::Options options;
            options.title = QStringLiteral("bench recording");
            options.source = url.toString();
            session->startRecording(options);
        }
        session->start();
    }
    probe.start();
    // Ends when everything arrived, the server closed, or nothing came for idleSecs.
    QTimer idle;
    qint64 seen = -1;
    QObject::connect(&idle, &QTimer::timeout, &app, [&] {
        if (received.load() == seen)
            app.quit();
        seen = received.load();
    });
    idle.start(idleSecs * 1000);
    app.exec();
    if (session) {
        session->stop();
        session.reset(); // finishes the recording
    }

    const double seconds = std::max<qint64>(1, lastMs.load() - firstMs.load()) / 1000.0;
    std::lock_guard lock(latencyMutex);
    QJsonObject out{{QStringLiteral("mode"), mode},
                    {QStringLiteral("messages"), received.load()},
                    {QStringLiteral("seconds"), seconds},
                    {QStringLiteral("msgs_per_s"), double(received.load()) / seconds},
                    {QStringLiteral("p50_ms"), percentile(latenciesMs, 50)},
                    {QStringLiteral("p99_ms"), percentile(latenciesMs, 99)},
                    {QStringLiteral("max_loop_delay_ms"), probe.worstMs},
                    {QStringLiteral("peak_rss_mb"), peakRssMb()},
                    {QStringLiteral("recorded"), recordedRows.load()}};
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return received.load() >= count ? 0 : 1;
}
