#pragma once

#include "catalog/datasetrecord.h"

#include <QWidget>

namespace urbis {

/**
 * Stand-in for the map until MapCanvas arrives: a plain lon/lat grid with the footprints
 * (DatasetRecord::bbox) of the current search results as rectangles, labelled by city.
 * Equirectangular, no basemap, no projection work. GUI thread; holds copies of the records.
 */
class FootprintView : public QWidget
{
    Q_OBJECT
public:
    explicit FootprintView(QWidget *parent = nullptr);

    void setRecords(const QList<DatasetRecord> &records);
    void setHighlighted(const QString &id);
    /** The lon/lat box currently drawn (the results' extent plus a margin). */
    Extent viewExtent() const { return m_view; }

    QSize sizeHint() const override { return {640, 480}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF toScreen(const Extent &box, const QRectF &frame) const;
    QPointF toScreen(double lon, double lat, const QRectF &frame) const;
    QRectF frame() const;

    QList<DatasetRecord> m_records;
    QString m_highlighted;
    Extent m_view;
};

} // namespace urbis
