#include "ui/tickets/sladelegate.h"

#include "core/slaclock.h"
#include "models/ticketqueuemodel.h"

#include <QPainter>
#include <QPainterPath>

std::pair<QColor, QColor> SlaDelegate::colours(int slaStatus)
{
    switch (static_cast<SlaStatus>(slaStatus)) {
    case SlaStatus::Green:
        return {QColor(0xdc, 0xf5, 0xe3), QColor(0x17, 0x6b, 0x35)};
    case SlaStatus::Amber:
        return {QColor(0xff, 0xef, 0xc7), QColor(0x8a, 0x5a, 0x00)};
    case SlaStatus::Red:
        return {QColor(0xfd, 0xde, 0xdc), QColor(0xa8, 0x1e, 0x16)};
    case SlaStatus::None:
        break;
    }
    return {QColor(), QColor()};
}

void SlaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant status = index.data(TicketQueueModel::SlaStatusRole);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (!status.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's own background and selection first, then the pill on top.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);

    const auto [fill, ink] = colours(status.toInt());
    if (!fill.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(base.font);
    const int padding = 8;
    const int height = qMin(option.rect.height() - 6, metrics.height() + 4);
    // Every pill as wide as the column: the clocks line up and read as a column of colour.
    const int width = option.rect.width() - 8;
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    QPainterPath path;
    path.addRoundedRect(pill, height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(ink);
    painter->setFont(base.font);
    painter->drawText(pill.adjusted(padding, 0, -padding, 0), Qt::AlignVCenter | Qt::AlignLeft,
        metrics.elidedText(text, Qt::ElideRight, pill.width() - 2 * padding));
    painter->restore();
}
