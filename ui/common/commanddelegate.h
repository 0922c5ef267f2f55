#pragma once

#include <QStyledItemDelegate>

// Draws one command: icon, name, and its keyboard shortcut right-aligned in a key cap.
class CommandDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Roles { ActionRole = Qt::UserRole + 1, ShortcutRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
