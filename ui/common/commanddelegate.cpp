#include "ui/common/commanddelegate.h"

#include <QPainter>
#include <QPainterPath>

void CommandDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF rect = QRectF(option.rect).adjusted(2, 1, -2, -1);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    if (selected || hovered) {
        QPainterPath path;
        path.addRoundedRect(rect, 6, 6);
        painter->fillPath(path, selected ? QColor(0xe8, 0xef, 0xfc) : QColor(0xf3, 0xf5, 0xf8));
    }

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const int iconSize = 18;
    const QRect iconRect(int(rect.left()) + 10, int(rect.center().y()) - iconSize / 2, iconSize, iconSize);
    if (!icon.isNull())
        icon.paint(painter, iconRect);

    const QString shortcut = index.data(ShortcutRole).toString();
    QFont keyFont = option.font;
    keyFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics keyMetrics(keyFont);
    const int keyWidth = shortcut.isEmpty() ? 0 : keyMetrics.horizontalAdvance(shortcut) + 14;
    if (keyWidth > 0) {
        const QRectF keyRect(rect.right() - 10 - keyWidth, rect.center().y() - 11, keyWidth, 22);
        QPainterPath cap;
        cap.addRoundedRect(keyRect, 4, 4);
        painter->fillPath(cap, QColor(0xf1, 0xf5, 0xf9));
        painter->setPen(QColor(0xd5, 0xdd, 0xe7));
        painter->drawPath(cap);
        painter->setFont(keyFont);
        painter->setPen(QColor(0x47, 0x55, 0x69));
        painter->drawText(keyRect, Qt::AlignCenter, shortcut);
    }

    painter->setFont(option.font);
    painter->setPen(selected ? QColor(0x17, 0x23, 0x3a) : QColor(0x1f, 0x29, 0x37));
    const QRectF textRect(
        iconRect.right() + 12, rect.top(), rect.width() - iconSize - 44 - keyWidth, rect.height());
    const QString text = option.fontMetrics.elidedText(
        index.data(Qt::DisplayRole).toString(), Qt::ElideRight, int(textRect.width()));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize CommandDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(40);
    return size;
}
