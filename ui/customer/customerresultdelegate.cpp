#include "ui/customer/customerresultdelegate.h"

#include "models/customersearchmodel.h"

#include <QApplication>
#include <QPainter>

void CustomerResultDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect r = option.rect.adjusted(10, 6, -10, -6);
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics boldMetrics(bold);

    painter->save();
    painter->setFont(bold);
    painter->setPen(QColor(0x17, 0x23, 0x3a));
    const QString name = index.data(CustomerSearchModel::NameRole).toString();
    painter->drawText(QRect(r.left(), r.top(), r.width(), boldMetrics.height()), Qt::AlignLeft, name);
    int x = r.left() + boldMetrics.horizontalAdvance(name) + 10;

    QStringList tags;
    if (const int vip = index.data(CustomerSearchModel::VipRole).toInt(); vip > 0)
        tags.append(QStringLiteral("VIP%1").arg(vip));
    tags.append(index.data(CustomerSearchModel::RiskClassRole).toString());
    const QString status = index.data(CustomerSearchModel::StatusRole).toString();
    if (!status.isEmpty())
        tags.append(status);
    painter->setFont(small);
    painter->setPen(QColor(0x47, 0x55, 0x69));
    painter->drawText(QRect(x, r.top(), r.right() - x, boldMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, tags.join(QStringLiteral(" · ")));

    const int open = index.data(CustomerSearchModel::OpenTicketsRole).toInt();
    if (open > 0) {
        const QString text = tr("%n open", nullptr, open);
        const int w = QFontMetrics(small).horizontalAdvance(text) + 14;
        const QRect pill(r.right() - w, r.top(), w, boldMetrics.height());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xfd, 0xf0, 0xdc));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(QColor(0x8a, 0x52, 0x00));
        painter->drawText(pill, Qt::AlignCenter, text);
    }

    painter->setPen(QColor(0x64, 0x74, 0x8b));
    painter->drawText(
        QRect(r.left(), r.top() + boldMetrics.height() + 3, r.width(), QFontMetrics(small).height()),
        Qt::AlignLeft, index.data(CustomerSearchModel::DetailRole).toString());
    painter->restore();
}

QSize CustomerResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    return {240, QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 16};
}
