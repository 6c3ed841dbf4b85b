// The add-stream dialog (validation through StreamConfig::check, the config it produces, the
// Annex B mapping to start with) and the alert rule dialog.
#include "stream/alertlistmodel.h"
#include "stream/alertpanel.h"
#include "stream/alertruledialog.h"
#include "stream/fieldmappingeditor.h"
#include "stream/streamdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace urbis;

namespace {
template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}
} // namespace

class TestStreamDialogs : public QObject
{
    Q_OBJECT

private slots:
    void badUrlIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http") << QStringLiteral("http://example.org/feed");
        QTest::newRow("no host") << QStringLiteral("ws://");
        QTest::newRow("empty") << QString();
    }

    void badUrlIsRefusedWithTheReason()
    {
        QFETCH(QString, url);
        StreamDialog dialog;
        QTest::keyClicks(child<QLineEdit>(&dialog, "streamUrl"), url);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.validationMessage().isEmpty());
        StreamConfig config = dialog.config();
        if (!url.isEmpty()) // the message shown is check()'s own
            QCOMPARE(dialog.validationMessage(), config.check().error().message);
    }

    void producesTheConfig()
    {
        StreamDialog dialog;
        QCOMPARE(dialog.mappingEditor()->mapping(), FieldMapping::annexB()); // pre-filled
        child<QLineEdit>(&dialog, "streamName")->setText(QStringLiteral("Athens OUP"));
        child<QLineEdit>(&dialog, "streamUrl")->setText(QStringLiteral("wss://oup.example.org/air"));
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.validationMessage()));
        QVERIFY(!child<QLineEdit>(&dialog, "streamTopics")->isEnabled()); // MQTT only
        child<QLineEdit>(&dialog, "streamToken")->setText(QStringLiteral("s3cret"));
        child<QPlainTextEdit>(&dialog, "streamSubscribe")->setPlainText(QStringLiteral("{\"subscribe\":\"air\"}"));
        child<QSpinBox>(&dialog, "streamMaxKiB")->setValue(64);
        child<QSpinBox>(&dialog, "streamHeartbeat")->setValue(30);
        // Edit the mapping: another time key, one measure fewer, a new one with its unit.
        child<QLineEdit>(&dialog, "mappingTimeKey")->setText(QStringLiteral("observedAt"));
        QTableWidget *measures = dialog.mappingEditor()->measuresTable();
        const int rows = measures->rowCount();
        measures->item(0, 1)->setText(QStringLiteral("%"));
        measures->removeRow(rows - 1);
        measures->insertRow(measures->rowCount());
        measures->setItem(measures->rowCount() - 1, 0, new QTableWidgetItem(QStringLiteral("noise")));
        measures->setItem(measures->rowCount() - 1, 1, new QTableWidgetItem(QStringLiteral("dB")));

        const StreamConfig c = dialog.config();
        QCOMPARE(c.name, QStringLiteral("Athens OUP"));
        QCOMPARE(c.url, QUrl(QStringLiteral("wss://oup.example.org/air")));
        QCOMPARE(c.kind(), StreamConfig::Kind::WebSocket);
        QCOMPARE(c.bearerToken, QStringLiteral("s3cret"));
        QCOMPARE(c.subscribeMessage, QStringLiteral("{\"subscribe\":\"air\"}"));
        QCOMPARE(c.maxMessageBytes, qint64(64 * 1024));
        QCOMPARE(c.heartbeatSecs, 30);
        QCOMPARE(c.mapping.timeKey, QStringLiteral("observedAt"));
        QCOMPARE(c.mapping.entityKey, FieldMapping::annexB().entityKey);
        QCOMPARE(c.mapping.measures.size(), FieldMapping::annexB().measures.size());
        QCOMPARE(c.mapping.measures.first().unit, QStringLiteral("%"));
        QCOMPARE(c.mapping.measures.last(), (FieldMapping::Measure{QStringLiteral("noise"), QStringLiteral("dB")}));
        QVERIFY(c.check().ok());

        // Inferring leaves the mapping empty (the source infers it from the first record).
        child<QCheckBox>(&dialog, "mappingInfer")->setChecked(true);
        QVERIFY(dialog.config().mapping.isEmpty());
        QVERIFY(!measures->isEnabled());
    }

    void mqttFieldsAndTheirChecks()
    {
        StreamDialog dialog;
        child<QLineEdit>(&dialog, "streamUrl")->setText(QStringLiteral("mqtt://127.0.0.1:1883"));
        QVERIFY(child<QLineEdit>(&dialog, "streamTopics")->isEnabled());
        QVERIFY(!child<QLineEdit>(&dialog, "streamToken")->isEnabled());
        child<QLineEdit>(&dialog, "streamTopics")->setText(QStringLiteral("city/+/air, city/#"));
        child<QComboBox>(&dialog, "streamQos")->setCurrentIndex(1);
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.validationMessage()));
        const StreamConfig c = dialog.config();
        QCOMPARE(c.kind(), StreamConfig::Kind::Mqtt);
        QCOMPARE(c.topics, (QStringList{QStringLiteral("city/+/air"), QStringLiteral("city/#")}));
        QCOMPARE(c.qos, 1);
        child<QLineEdit>(&dialog, "streamTopics")->setText(QStringLiteral("city/a#"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.validationMessage(), dialog.config().check().error().message);
    }

    void editModeFillsTheFields()
    {
        StreamConfig config;
        config.name = QStringLiteral("lab");
        config.url = QUrl(QStringLiteral("ws://127.0.0.1:9000/feed"));
        config.heartbeatSecs = 7;
        config.backoffMaxMs = 9'000;
        config.mapping = FieldMapping::annexB();
        config.mapping.measures.resize(2);
        StreamDialog dialog;
        dialog.setConfig(config);
        const StreamConfig back = dialog.config();
        QCOMPARE(back.name, config.name);
        QCOMPARE(back.url, config.url);
        QCOMPARE(back.heartbeatSecs, 7);
        QCOMPARE(back.backoffMaxMs, 9'000); // not edited here, kept
        QCOMPARE(back.mapping, config.mapping);
        // A measure mapped twice is refused.
        QTableWidget *measures = dialog.mappingEditor()->measuresTable();
        measures->item(1, 0)->setText(measures->item(0, 0)->text());
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.validationMessage().contains(measures->item(0, 0)->text()));
    }

    void alertRuleDialog()
    {
        FieldMapping mapping = FieldMapping::annexB();
        AlertRuleDialog dialog(mapping, {QStringLiteral("ST-01"), QStringLiteral("ST-02")});
        QVERIFY(!dialog.okButton()->isEnabled()); // no name yet
        QCOMPARE(dialog.validationMessage(), dialog.rule().check().error().message);
        child<QLineEdit>(&dialog, "ruleName")->setText(QStringLiteral("PM10 high"));
        auto *measure = child<QComboBox>(&dialog, "ruleMeasure");
        measure->setCurrentIndex(measure->findText(QStringLiteral("pm10")));
        child<QDoubleSpinBox>(&dialog, "ruleThreshold")->setValue(50);
        child<QDoubleSpinBox>(&dialog, "ruleHysteresis")->setValue(5);
        auto *station = child<QComboBox>(&dialog, "ruleStation");
        station->setCurrentIndex(station->findText(QStringLiteral("ST-02")));
        auto *severity = child<QComboBox>(&dialog, "ruleSeverity");
        severity->setCurrentIndex(severity->findData(int(AlertRule::Severity::Critical)));
        QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.validationMessage()));
        AlertRule r = dialog.rule();
        QCOMPARE(r.name, QStringLiteral("PM10 high"));
        QCOMPARE(r.kind, AlertRule::Kind::Above);
        QCOMPARE(r.measure, QStringLiteral("pm10"));
        QCOMPARE(r.entity, QStringLiteral("ST-02"));
        QCOMPARE(r.threshold, 50.0);
        QCOMPARE(r.hysteresis, 5.0);
        QCOMPARE(r.severity, AlertRule::Severity::Critical);

        // No data: no measure, the seconds count.
        auto *kind = child<QComboBox>(&dialog, "ruleKind");
        kind->setCurrentIndex(kind->findData(int(AlertRule::Kind::NoData)));
        child<QSpinBox>(&dialog, "ruleNoData")->setValue(120);
        station->setCurrentIndex(0); // every station
        r = dialog.rule();
        QCOMPARE(r.kind, AlertRule::Kind::NoData);
        QVERIFY(r.measure.isEmpty());
        QVERIFY(r.entity.isEmpty());
        QCOMPARE(r.noDataSecs, 120);
        QVERIFY(dialog.okButton()->isEnabled());

        // Editing keeps the rule's id.
        AlertRule existing = r;
        existing.id = QStringLiteral("no-data-1");
        AlertRuleDialog edit(mapping, {});
        edit.setRule(existing);
        QCOMPARE(edit.rule(), existing);
    }

    void alertPanelEditsRules()
    {
        AlertListModel alerts;
        AlertPanel panel(&alerts);
        QSignalSpy edited(&panel, &AlertPanel::rulesEdited);
        QVERIFY(!child<QPushButton>(&panel, "addRuleButton")->isEnabled()); // no stream yet
        panel.setStream(QStringLiteral("athens"), {}, FieldMapping::annexB(), {QStringLiteral("ST-01")});
        QVERIFY(child<QPushButton>(&panel, "addRuleButton")->isEnabled());

        // Add: the dialog is modal; fill it in once it is up.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<AlertRuleDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QLineEdit>(dialog, "ruleName")->setText(QStringLiteral("NO2 high"));
            child<QComboBox>(dialog, "ruleMeasure")->setCurrentText(QStringLiteral("no2"));
            child<QDoubleSpinBox>(dialog, "ruleThreshold")->setValue(200);
            dialog->okButton()->click();
        });
        panel.addRule();
        QCOMPARE(edited.size(), 1);
        QCOMPARE(panel.rules().size(), 1);
        QCOMPARE(panel.rules().first().measure, QStringLiteral("no2"));
        QCOMPARE(panel.rulesTable()->rowCount(), 1);
        QCOMPARE(panel.rulesTable()->item(0, 1)->text(), panel.rules().first().describe());

        // Edit the selected rule.
        panel.rulesTable()->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<AlertRuleDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(child<QLineEdit>(dialog, "ruleName")->text(), QStringLiteral("NO2 high"));
            child<QDoubleSpinBox>(dialog, "ruleThreshold")->setValue(150);
            dialog->okButton()->click();
        });
        panel.editRule();
        QCOMPARE(edited.size(), 2);
        QCOMPARE(panel.rules().first().threshold, 150.0);

        // Remove asks first.
        panel.rulesTable()->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        panel.removeRule();
        QCOMPARE(edited.size(), 3);
        QVERIFY(panel.rules().isEmpty());
        QCOMPARE(panel.rulesTable()->rowCount(), 0);
    }
};

QTEST_MAIN(TestStreamDialogs)
#include "test_streamdialogs.moc"
