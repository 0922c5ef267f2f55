#include "ui/common/icons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace {

QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.readAll();
    cache.insert(name, data);
    return data;
}

} // namespace

QPixmap Icons::pixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio)
{
    QByteArray svg = svgSource(name);
    // The icons stroke with currentColor; Qt SVG's support for it depends on the
    // version, so substitute the colour directly.
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    const int device = qRound(size * devicePixelRatio);
    QPixmap pm(device, device);
    pm.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    if (renderer.isValid()) {
        QPainter painter(&pm);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, device, device));
    }
    pm.setDevicePixelRatio(devicePixelRatio);
    return pm;
}

QIcon Icons::icon(const QString &name, const QColor &normal, const QColor &selected)
{
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        for (const qreal dpr : {1.0, 2.0}) {
            icon.addPixmap(pixmap(name, normal, size, dpr), QIcon::Normal);
            icon.addPixmap(pixmap(name, QColor(0xa8, 0xb2, 0xc0), size, dpr), QIcon::Disabled);
            if (selected.isValid()) {
                icon.addPixmap(pixmap(name, selected, size, dpr), QIcon::Selected);
                icon.addPixmap(pixmap(name, selected, size, dpr), QIcon::Active);
            }
        }
    }
    return icon;
}

QColor Icons::ink()
{
    return QColor(0x1f, 0x29, 0x37);
}

QColor Icons::muted()
{
    return QColor(0x64, 0x74, 0x8b);
}

QColor Icons::accent()
{
    return QColor(0x1d, 0x5b, 0xd6);
}

QColor Icons::onDark()
{
    return QColor(0xc3, 0xcf, 0xdf);
}
