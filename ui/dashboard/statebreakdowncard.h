#pragma once

#include "core/enums.h"

#include <QFrame>
#include <QList>

#include <utility>

class QGridLayout;
class QLabel;

// The team's open tickets per workflow state as horizontal bars, so a lead sees at a
// glance where work piles up (many 新建 not yet accepted, many in 调查中 …).
class StateBreakdownCard : public QFrame
{
    Q_OBJECT

public:
    explicit StateBreakdownCard(QWidget *parent = nullptr);

    void setCounts(const QList<std::pair<TicketState, int>> &counts);
    // "label=count" per row, for tests.
    QStringList rowTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<std::pair<TicketState, int>> m_counts;
    QLabel *m_title;
    QLabel *m_caption;
    QGridLayout *m_rows;
    QWidget *m_rowsHost;
};
