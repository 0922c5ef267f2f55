#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

// The line icons of resources/icons/ drawn in the colour the context asks for, so one
// SVG serves the dark navigation rail, the light tool bar and the selected states.
class Icons
{
public:
    // name is the file name without ".svg"; selected is used for QIcon::Selected/Active.
    static QIcon icon(const QString &name, const QColor &normal, const QColor &selected = QColor());
    static QPixmap pixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio = 1.0);

    // The palette of the style sheet, for icons drawn to match it.
    static QColor ink();
    static QColor muted();
    static QColor accent();
    static QColor onDark();
};
