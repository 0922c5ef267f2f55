#include "ui/sync/conflictdiffdelegate.h"

#include "models/conflictdetailmodel.h"

#include <QPalette>

ConflictDiffDelegate::ConflictDiffDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QColor ConflictDiffDelegate::mineTint()
{
    return QColor(0xff, 0xf1, 0xd6); // amber: what this workstation has
}

QColor ConflictDiffDelegate::theirsTint()
{
    return QColor(0xdd, 0xee, 0xff); // blue: what the server has
}

void ConflictDiffDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool differs = index.data(ConflictDetailModel::DiffersRole).toBool();
    const bool locked = index.data(ConflictDetailModel::LockedRole).toBool();
    switch (index.column()) {
    case ConflictDetailModel::FieldColumn:
        option->font.setBold(index.data(ConflictDetailModel::InConflictRole).toBool());
        break;
    case ConflictDetailModel::MineColumn:
    case ConflictDetailModel::TheirsColumn: {
        const bool mine = index.column() == ConflictDetailModel::MineColumn;
        if (differs)
            option->backgroundBrush = mine ? mineTint() : theirsTint();
        const bool chosen = index.data(ConflictDetailModel::ChosenRole).toBool();
        option->font.setBold(chosen && differs);
        if (mine && locked) {
            option->font.setItalic(true);
            option->palette.setColor(
                QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        }
        // Dark text on the light tints, whatever the desktop theme.
        if (differs)
            option->palette.setColor(
                QPalette::Text, locked && mine ? QColor(0x80, 0x80, 0x80) : QColor(0x20, 0x20, 0x20));
        break;
    }
    default:
        break;
    }
}
