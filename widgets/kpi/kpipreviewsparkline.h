#pragma once

#include <QList>
#include <QWidget>

#include <optional>

namespace urbis {

/**
 * A small line of a KPI's values in period order, for the editor's live preview: enough to see a
 * trend or a jump at a glance. Gaps (periods without a value) break the line. GUI thread only.
 */
class KpiPreviewSparkline : public QWidget
{
    Q_OBJECT
public:
    explicit KpiPreviewSparkline(QWidget *parent = nullptr);

    void setValues(const QList<std::optional<double>> &values);
    const QList<std::optional<double>> &values() const { return m_values; }

    QSize sizeHint() const override { return {240, 56}; }
    QSize minimumSizeHint() const override { return {80, 32}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::optional<double>> m_values;
};

} // namespace urbis
