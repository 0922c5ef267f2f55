#pragma once

#include "models/conflictdetailmodel.h"

#include <QWidget>

class QLabel;
class QTableView;

// One conflict side by side: a heading naming the record, a note when the server's
// version stands, and a table of the edited fields — ours, the server's, and a check on
// the side to keep (per field). Differing values are tinted (ConflictDiffDelegate).
class ConflictCompareView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictCompareView(Database &db, QWidget *parent = nullptr);

    // title: how the record is named in the list ("Ticket T2026…").
    void setConflict(const Conflict &conflict, const QString &title);
    void clear();

    ConflictDetailModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QHash<QString, ConflictDetailModel::Side> choices() const { return m_model->choices(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    ConflictDetailModel *m_model;
    QLabel *m_heading;
    QLabel *m_note;
    QTableView *m_table;
    QString m_title;
};
