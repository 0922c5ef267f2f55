#include "ui/dashboard/overviewpage.h"

#include "models/overviewmodel.h"
#include "models/sessionstatus.h"
#include "ui/dashboard/calendarcard.h"
#include "ui/dashboard/metriccard.h"
#include "ui/dashboard/statebreakdowncard.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

using Metric = OverviewModel::Metric;

const QList<std::pair<Metric, const char *>> cardIcons = {
    {Metric::MyOpenTickets, "ticket"},
    {Metric::TeamOpenTickets, "team"},
    {Metric::DueSoon, "clock"},
    {Metric::SlaBreached, "alert"},
    {Metric::OpenRiskAlerts, "shield"},
    {Metric::PendingChanges, "outbox"},
};

} // namespace

OverviewPage::OverviewPage(OverviewModel *model, SessionStatus *session, QWidget *parent)
    : Workspace(parent)
    , m_model(model)
    , m_session(session)
    , m_heading(new QLabel)
    , m_subheading(new QLabel)
    , m_states(new StateBreakdownCard)
    , m_calendar(new CalendarCard)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("workspaceScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *canvas = new QWidget;
    canvas->setObjectName(QStringLiteral("workspaceCanvas"));
    scroll->setWidget(canvas);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_heading->setObjectName(QStringLiteral("pageTitle"));
    m_subheading->setObjectName(QStringLiteral("pageSubtitle"));

    // Figures on the left in a 3 × 2 grid with the state breakdown under them; the
    // calendar runs down the right-hand side.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    int position = 0;
    for (const auto &[metric, icon] : cardIcons) {
        auto *card = new MetricCard(QLatin1String(icon), canvas);
        card->setProperty("metric", int(metric));
        m_cards.insert(int(metric), card);
        grid->addWidget(card, position / 3, position % 3);
        ++position;
    }
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addLayout(grid);
    left->addWidget(m_states);
    left->addStretch(1);

    m_calendar->setMinimumWidth(320);
    m_calendar->setMaximumWidth(440);
    auto *right = new QVBoxLayout;
    right->addWidget(m_calendar);
    right->addStretch(1);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addLayout(left, 3);
    body->addLayout(right, 1);

    auto *layout = new QVBoxLayout(canvas);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addSpacing(18);
    layout->addLayout(body);
    layout->addStretch(1);

    if (m_model)
        connect(m_model, &OverviewModel::refreshed, this, &OverviewPage::updateFigures);
    if (m_session)
        connect(m_session, &SessionStatus::changed, this, &OverviewPage::retranslateUi);
    retranslateUi();
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QString OverviewPage::headingText() const
{
    return m_heading->text();
}

void OverviewPage::updateFigures()
{
    if (!m_model)
        return;
    for (auto it = m_cards.constBegin(); it != m_cards.constEnd(); ++it) {
        const auto metric = Metric(it.key());
        const int value = m_model->value(metric);
        MetricCard::Tone tone = MetricCard::Tone::Neutral;
        if (metric == Metric::SlaBreached && value > 0)
            tone = MetricCard::Tone::Danger;
        else if ((metric == Metric::DueSoon || metric == Metric::OpenRiskAlerts) && value > 0)
            tone = MetricCard::Tone::Warning;
        it.value()->setValue(value, tone);
    }
    m_states->setCounts(m_model->teamOpenByState());
    m_calendar->refresh();
}

void OverviewPage::retranslateUi()
{
    const int hour = QTime::currentTime().hour();
    const QString name = m_session ? m_session->userDisplayName() : QString();
    QString greeting = hour < 12 ? tr("Good morning") : hour < 18 ? tr("Good afternoon") : tr("Good evening");
    m_heading->setText(name.isEmpty() ? greeting : tr("%1, %2").arg(greeting, name));
    const QLocale locale;
    const QString date = locale.language() == QLocale::Chinese
        ? locale.toString(QDate::currentDate(), QStringLiteral("yyyy年M月d日 dddd"))
        : locale.toString(QDate::currentDate(), QStringLiteral("dddd, d MMMM yyyy"));
    m_subheading->setText(tr("%1 · Your day at a glance").arg(date));
    for (auto it = m_cards.constBegin(); it != m_cards.constEnd(); ++it) {
        it.value()->setTitle(OverviewModel::title(Metric(it.key())));
        it.value()->setCaption(OverviewModel::description(Metric(it.key())));
    }
    updateFigures();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Workspace::changeEvent(event);
}
