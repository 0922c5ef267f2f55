#pragma once

#include "core/workingcalendar.h"

#include <QDate>
#include <QFrame>

class QLabel;
class QVBoxLayout;

// Today on the mainland calendars: working day or not, trading day or not, the next
// trading day, and the holidays and make-up working days (调休) coming up. Agents
// quote these to customers all day (transfers, margin top-up deadlines, IPO dates).
class CalendarCard : public QFrame
{
    Q_OBJECT

public:
    explicit CalendarCard(QWidget *parent = nullptr);

    void setCalendar(const WorkingCalendar &calendar);
    // Fixed "today" for tests and screenshots; an invalid date follows the clock.
    void setToday(QDate today);
    QDate today() const;

    // How far ahead holidays and make-up days are listed.
    static constexpr int lookAheadDays = 75;

    QString todayText() const;
    QString nextTradingDayText() const;
    QStringList upcomingTexts() const;

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addUpcomingRow(const QString &date, const QString &text, const QString &tone);

    WorkingCalendar m_calendar;
    QDate m_today;
    QLabel *m_title;
    QLabel *m_date;
    QLabel *m_workBadge;
    QLabel *m_tradeBadge;
    QLabel *m_nextTrading;
    QLabel *m_upcomingTitle;
    QWidget *m_upcoming;
    QVBoxLayout *m_upcomingLayout;
    QLabel *m_warning;
};
