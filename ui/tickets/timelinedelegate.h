#pragma once

#include <QStyledItemDelegate>

// Draws TicketTimelineModel rows: replies to the customer as blue cards, internal notes as
// amber cards (each labelled, so the two are never confused), and what the system
// recorded — state changes, assignments, SLA events, links — as single grey lines.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int availableWidth(const QStyleOptionViewItem &option);
    static QString meta(const QModelIndex &index);
};
