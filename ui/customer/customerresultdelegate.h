#pragma once

#include <QStyledItemDelegate>

// A search hit on two lines: the name with VIP level, risk class and open tickets, then
// the masked identifiers and branch that tell namesakes apart.
class CustomerResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
