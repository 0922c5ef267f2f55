#pragma once

#include <QStyledItemDelegate>

// Paints ConflictDetailModel cells: values that differ between the two sides on a tinted
// background (ours warm, the server's cool), fields in conflict in bold, the side that
// will be kept in bold, and the loser of a server-decided field greyed out.
class ConflictDiffDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConflictDiffDelegate(QObject *parent = nullptr);

    static QColor mineTint();
    static QColor theirsTint();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
