// The layer panel's Style… button: colour a vector layer by a field and label it.
#include "map/layerpanel.h"
#include "map/layerstyledialog.h"
#include "map/layertreemodel.h"
#include "map/vectorlayer.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace urbis;

class TestLayerStyle : public QObject
{
    Q_OBJECT

    // Answers the next modal style dialog with the given choices.
    static void answer(const QString &colour, const QString &label, bool accept = true)
    {
        QTimer::singleShot(0, [=] {
            auto *dialog = qobject_cast<LayerStyleDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *c = dialog->findChild<QComboBox *>(QStringLiteral("colourField"));
            auto *l = dialog->findChild<QComboBox *>(QStringLiteral("labelField"));
            c->setCurrentIndex(qMax(0, c->findData(colour)));
            l->setCurrentIndex(qMax(0, l->findData(label)));
            accept ? dialog->accept() : dialog->reject();
        });
    }

private slots:
    void styleByFieldAndBack()
    {
        Result<std::shared_ptr<VectorLayer>> layer = VectorLayer::open(QStringLiteral(URBIS_MAP_TEST_DATA "/fixture.geojson"));
        QVERIFY2(layer, qPrintable(layer ? QString() : layer.error().toString()));
        LayerTreeModel model;
        model.addLayer(*layer);
        LayerPanel panel(&model);
        panel.show();
        QVERIFY(!panel.styleButton()->isEnabled());
        panel.setCurrentRow(0);
        QVERIFY(panel.styleButton()->isEnabled());
        QSignalSpy changed(layer->get(), &MapLayer::changed);

        answer(QStringLiteral("value"), QStringLiteral("name"));
        panel.styleButton()->click();
        VectorStyle s = (*layer)->style();
        QCOMPARE(s.mode, VectorStyle::Mode::Graduated);
        QCOMPARE(s.field, QStringLiteral("value"));
        QVERIFY(s.breaks.size() >= 1);
        QCOMPARE(s.labelField, QStringLiteral("name"));
        QCOMPARE(changed.size(), 1);

        answer(QStringLiteral("kind"), QString());
        panel.styleButton()->click();
        s = (*layer)->style();
        QCOMPARE(s.mode, VectorStyle::Mode::Categorised);
        QVERIFY(s.categories.contains(QStringLiteral("industrial")));
        QVERIFY(s.labelField.isEmpty());

        answer(QString(), QString(), false); // cancel: nothing changes
        panel.styleButton()->click();
        QCOMPARE((*layer)->style().mode, VectorStyle::Mode::Categorised);

        answer(QString(), QString());
        panel.styleButton()->click();
        QCOMPARE((*layer)->style().mode, VectorStyle::Mode::Single);
    }
};

QTEST_MAIN(TestLayerStyle)
#include "test_layerstyle.moc"
