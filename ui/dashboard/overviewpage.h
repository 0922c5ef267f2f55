#pragma once

#include "ui/workspace.h"

#include <QHash>

class CalendarCard;
class MetricCard;
class OverviewModel;
class QLabel;
class SessionStatus;
class StateBreakdownCard;

// 总览 — the first workspace: the signed-in user's day at a glance. Figures come from
// OverviewModel (never SQL here); the calendar from core's WorkingCalendar.
class OverviewPage : public Workspace
{
    Q_OBJECT

public:
    OverviewPage(OverviewModel *model, SessionStatus *session, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("overview"); }

    MetricCard *card(int metric) const { return m_cards.value(metric); }
    CalendarCard *calendarCard() const { return m_calendar; }
    StateBreakdownCard *stateCard() const { return m_states; }
    QString headingText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFigures();
    void retranslateUi();

    OverviewModel *m_model;
    SessionStatus *m_session;
    QLabel *m_heading;
    QLabel *m_subheading;
    QHash<int, MetricCard *> m_cards;
    StateBreakdownCard *m_states;
    CalendarCard *m_calendar;
};
