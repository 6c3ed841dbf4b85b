#pragma once

#include <QDialog>

class QComboBox;

namespace urbis {

/**
 * Asks how to draw a vector layer: colour by which field (or one colour) and label by which
 * field. Only the choice; the classes are computed by core's StyleSuggestion.
 */
class LayerStyleDialog : public QDialog
{
    Q_OBJECT
public:
    LayerStyleDialog(const QString &layerName, const QStringList &fields, const QString &colourField,
                     const QString &labelField, QWidget *parent = nullptr);

    /** Empty: one colour for every feature. */
    QString colourField() const;
    /** Empty: no labels. */
    QString labelField() const;

private:
    QComboBox *m_colour;
    QComboBox *m_label;
};

} // namespace urbis
