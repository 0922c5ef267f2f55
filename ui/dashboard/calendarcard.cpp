#include "ui/dashboard/calendarcard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace {

void setTone(QLabel *label, const QString &tone)
{
    label->setProperty("tone", tone);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

QString longDate(QDate date)
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return locale.toString(date, QStringLiteral("M月d日 dddd"));
    return locale.toString(date, QStringLiteral("dddd, d MMMM"));
}

QString shortDate(QDate date)
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return locale.toString(date, QStringLiteral("M月d日 ddd"));
    return locale.toString(date, QStringLiteral("ddd d MMM"));
}

QString monthDay(QDate date)
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return locale.toString(date, QStringLiteral("M月d日"));
    return locale.toString(date, QStringLiteral("d MMM"));
}

} // namespace

CalendarCard::CalendarCard(QWidget *parent)
    : QFrame(parent)
    , m_calendar(WorkingCalendar::current())
    , m_title(new QLabel(this))
    , m_date(new QLabel(this))
    , m_workBadge(new QLabel(this))
    , m_tradeBadge(new QLabel(this))
    , m_nextTrading(new QLabel(this))
    , m_upcomingTitle(new QLabel(this))
    , m_upcoming(new QWidget(this))
    , m_upcomingLayout(new QVBoxLayout(m_upcoming))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_date->setObjectName(QStringLiteral("cardValue"));
    m_date->setStyleSheet(QStringLiteral("font-size: 20px;"));
    m_workBadge->setObjectName(QStringLiteral("badge"));
    m_tradeBadge->setObjectName(QStringLiteral("badge"));
    m_nextTrading->setObjectName(QStringLiteral("cardDetail"));
    m_nextTrading->setWordWrap(true);
    m_upcomingTitle->setObjectName(QStringLiteral("cardCaption"));
    m_warning->setObjectName(QStringLiteral("cardCaption"));
    m_warning->setWordWrap(true);
    m_upcomingLayout->setContentsMargins(0, 0, 0, 0);
    m_upcomingLayout->setSpacing(6);

    auto *badges = new QHBoxLayout;
    badges->setSpacing(6);
    badges->addWidget(m_workBadge);
    badges->addWidget(m_tradeBadge);
    badges->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_date);
    layout->addLayout(badges);
    layout->addWidget(m_nextTrading);
    layout->addSpacing(6);
    layout->addWidget(m_upcomingTitle);
    layout->addWidget(m_upcoming);
    layout->addWidget(m_warning);
    layout->addStretch(1);
    refresh();
}

void CalendarCard::setCalendar(const WorkingCalendar &calendar)
{
    m_calendar = calendar;
    refresh();
}

void CalendarCard::setToday(QDate today)
{
    m_today = today;
    refresh();
}

QDate CalendarCard::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString CalendarCard::todayText() const
{
    return m_date->text();
}

QString CalendarCard::nextTradingDayText() const
{
    return m_nextTrading->text();
}

QStringList CalendarCard::upcomingTexts() const
{
    QStringList out;
    for (const QLabel *label : m_upcoming->findChildren<QLabel *>(QStringLiteral("upcomingText")))
        out.append(label->text());
    return out;
}

QLabel *CalendarCard::addUpcomingRow(const QString &date, const QString &text, const QString &tone)
{
    auto *row = new QWidget(m_upcoming);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *when = new QLabel(date, row);
    when->setObjectName(QStringLiteral("badge"));
    when->setMinimumWidth(96);
    when->setAlignment(Qt::AlignCenter);
    setTone(when, tone);
    auto *what = new QLabel(text, row);
    what->setObjectName(QStringLiteral("upcomingText"));
    what->setWordWrap(true);
    layout->addWidget(when);
    layout->addWidget(what, 1);
    m_upcomingLayout->addWidget(row);
    return what;
}

void CalendarCard::refresh()
{
    const QDate day = today();
    m_title->setText(tr("Calendar"));
    m_date->setText(longDate(day));

    const bool working = m_calendar.isWorkingDay(day);
    const bool trading = m_calendar.isTradingDay(day);
    QString workText = working ? tr("Working day") : tr("Day off");
    if (working && m_calendar.isMakeupWorkday(day))
        workText = tr("Make-up working day");
    else if (!working && m_calendar.isHoliday(day))
        workText = m_calendar.holidayName(day);
    m_workBadge->setText(workText);
    setTone(m_workBadge, working ? QStringLiteral("success") : QStringLiteral("neutral"));
    m_tradeBadge->setText(trading ? tr("Trading day") : tr("Market closed"));
    setTone(m_tradeBadge, trading ? QStringLiteral("success") : QStringLiteral("warning"));

    const QDate next = m_calendar.nextTradingDay(day);
    const int gap = int(day.daysTo(next));
    m_nextTrading->setText(gap == 1
            ? tr("Next trading day: %1 (tomorrow)").arg(longDate(next))
            : tr("Next trading day: %1 (in %n day(s))", nullptr, gap).arg(longDate(next)));

    // Rebuild the upcoming list: holidays whose period overlaps the window and the
    // make-up working days in it, in date order.
    while (QLayoutItem *item = m_upcomingLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QDate end = day.addDays(lookAheadDays);
    struct Entry
    {
        QDate date;
        QString when;
        QString text;
        QString tone;
    };
    QList<Entry> entries;
    QList<int> missingYears;
    for (int year = day.year(); year <= end.year(); ++year) {
        if (!m_calendar.hasYear(year))
            missingYears.append(year);
        for (const Holiday &h : m_calendar.holidaysIn(year)) {
            if (h.to < day || h.from > end)
                continue;
            const int days = int(h.from.daysTo(h.to)) + 1;
            const QString range
                = h.from == h.to ? shortDate(h.from) : tr("%1 – %2").arg(shortDate(h.from), shortDate(h.to));
            entries.append({h.from, monthDay(h.from),
                tr("%1: %2, %n day(s) off", nullptr, days).arg(h.displayName(), range),
                QStringLiteral("warning")});
        }
        for (const QDate &d : m_calendar.makeupWorkdaysIn(year)) {
            if (d < day || d > end)
                continue;
            entries.append({d, monthDay(d), tr("Make-up working day (%1) — no trading").arg(shortDate(d)),
                QStringLiteral("neutral")});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &l, const Entry &r) { return l.date < r.date; });
    m_upcomingTitle->setText(tr("Holidays and make-up days in the next %n day(s)", nullptr, lookAheadDays));
    for (const Entry &e : std::as_const(entries))
        addUpcomingRow(e.when, e.text, e.tone);
    if (entries.isEmpty()) {
        auto *none = new QLabel(tr("None — regular weeks ahead."), m_upcoming);
        none->setObjectName(QStringLiteral("upcomingText"));
        m_upcomingLayout->addWidget(none);
    }
    QStringList warnings;
    for (const int year : std::as_const(missingYears))
        warnings.append(m_calendar.coverageWarning(year));
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

void CalendarCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}
