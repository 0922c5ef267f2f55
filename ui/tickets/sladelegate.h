#pragma once

#include <QStyledItemDelegate>

// Paints the SLA column as a pill in the traffic-light colour of
// TicketQueueModel::SlaStatusRole: green on track, amber within the last 20 % of the
// allowed working time, red once breached. The text stays readable on all three in
// light and dark palettes because the pill's tint is light and the text dark.
class SlaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The pill colours (fill, text) of an SlaStatus, for tests and legends.
    static std::pair<QColor, QColor> colours(int slaStatus);
};
