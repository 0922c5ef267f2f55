#include "ui/session/syncstatuswidget.h"

#include "models/sessionstatus.h"
#include "ui/common/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace {

const QColor s_success(0x1f, 0x7a, 0x4d);
const QColor s_warning(0xb2, 0x6a, 0x00);
const QColor s_danger(0xc0, 0x39, 0x2b);

// A thin vertical line with room on both sides, hidden together with its neighbour.
QWidget *separator(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(6, 0, 6, 0);
    auto *line = new QWidget(box);
    line->setObjectName(QStringLiteral("statusSeparator"));
    line->setAttribute(Qt::WA_StyledBackground);
    line->setFixedSize(1, 16);
    layout->addWidget(line);
    return box;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(SessionStatus *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(6);

    m_pendingIcon = new QLabel(this);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("statusPending"));
    m_lastSyncIcon = new QLabel(this);
    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("statusLastSync"));
    m_stateIcon = new QLabel(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("statusSync"));

    m_signIn = new QToolButton(this);
    m_signIn->setObjectName(QStringLiteral("statusSignIn"));
    m_signIn->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_signIn->setIcon(Icons::icon(QStringLiteral("signin"), Icons::accent()));
    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(QStringLiteral("statusSyncNow"));
    m_syncNow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncNow->setIcon(Icons::icon(QStringLiteral("sync"), Icons::ink()));
    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(QStringLiteral("statusConflicts"));
    m_conflicts->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_conflicts->setIcon(Icons::icon(QStringLiteral("alert"), s_warning));
    m_conflicts->hide();

    const qreal dpr = devicePixelRatioF();
    m_pendingIcon->setPixmap(Icons::pixmap(QStringLiteral("outbox"), Icons::muted(), 16, dpr));
    m_lastSyncIcon->setPixmap(Icons::pixmap(QStringLiteral("clock"), Icons::muted(), 16, dpr));

    layout->addWidget(m_conflicts);
    layout->addWidget(m_pendingIcon);
    layout->addWidget(m_pending);
    layout->addWidget(separator(this));
    layout->addWidget(m_lastSyncIcon);
    layout->addWidget(m_lastSync);
    m_lastSyncSeparator = separator(this);
    layout->addWidget(m_lastSyncSeparator);
    layout->addWidget(m_stateIcon);
    layout->addWidget(m_state);
    layout->addWidget(m_signIn);
    layout->addWidget(m_syncNow);

    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncNowRequested);
    connect(m_signIn, &QToolButton::clicked, this, &SyncStatusWidget::signInRequested);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    if (m_session)
        connect(m_session, &SessionStatus::changed, this, &SyncStatusWidget::updateStatus);
    // "Last synced" is relative in its tooltip and says the date once the day turns.
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, &SyncStatusWidget::updateStatus);
    m_clock->start();
    updateStatus();
}

QString SyncStatusWidget::lastSyncText(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return tr("Never synchronised");
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == now.toLocalTime().date())
        return tr("Last synced %1").arg(locale.toString(local.time(), QStringLiteral("HH:mm")));
    return tr("Last synced %1")
        .arg(locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
            + locale.toString(local.time(), QStringLiteral("HH:mm")));
}

QString SyncStatusWidget::relativeText(const QDateTime &at, const QDateTime &now)
{
    const qint64 seconds = qMax<qint64>(0, at.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / (24 * 3600)));
}

void SyncStatusWidget::updateStatus()
{
    if (!m_session)
        return;
    using C = SessionStatus::Connection;
    const C connection = m_session->connection();
    const QString error = m_session->syncError();
    QString icon = QStringLiteral("offline");
    QColor colour = Icons::muted();
    QString text;
    QString tip;
    switch (connection) {
    case C::NoServer:
        text = tr("Offline — no server configured");
        tip = tr("This workstation works from its local profile; synchronisation starts once a server is "
                 "configured.");
        break;
    case C::SigningIn:
        icon = QStringLiteral("signin");
        colour = Icons::accent();
        text = tr("Signing in…");
        break;
    case C::Offline:
        text = tr("Offline");
        tip = m_session->hasSession() ? tr("The server cannot be reached. Changes are kept on this "
                                           "workstation and sent when it is back.")
                                      : tr("Working offline from the local profile. Sign in to synchronise.");
        break;
    case C::Online:
        icon = QStringLiteral("online");
        colour = s_success;
        text = tr("Online");
        tip = tr("Connected to %1").arg(m_session->serverUrl());
        break;
    case C::Syncing:
        icon = QStringLiteral("sync");
        colour = Icons::accent();
        text = tr("Syncing…");
        tip = tr("Exchanging changes with %1").arg(m_session->serverUrl());
        break;
    case C::NeedsLogin:
        icon = QStringLiteral("signin");
        colour = s_warning;
        text = tr("Sign-in needed");
        tip = tr(
            "The session has ended. Sign in again to continue synchronising; nothing is lost meanwhile.");
        break;
    case C::Error:
        icon = QStringLiteral("alert");
        colour = s_danger;
        text = tr("Sync error");
        tip = tr("The last synchronisation failed.");
        break;
    }
    if (!error.isEmpty())
        tip += QLatin1Char('\n') + error;
    m_stateIcon->setPixmap(Icons::pixmap(icon, colour, 16, devicePixelRatioF()));
    m_state->setText(text);
    m_state->setToolTip(tip);
    m_stateIcon->setToolTip(tip);

    m_pending->setText(tr("Pending changes: %1").arg(QLocale().toString(m_session->pendingChanges())));
    m_pending->setToolTip(tr("Local changes waiting to be sent to the server"));

    const bool server = m_session->serverConfigured();
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime last = m_session->lastSyncAt();
    m_lastSync->setText(lastSyncText(last, now));
    m_lastSync->setToolTip(last.isValid()
            ? tr("Last successful synchronisation: %1 (%2)")
                  .arg(relativeText(last, now), QLocale().toString(last.toLocalTime(), QLocale::LongFormat))
            : tr("This profile has not been synchronised with a server yet."));
    m_lastSync->setVisible(server);
    m_lastSyncIcon->setVisible(server);
    m_lastSyncSeparator->setVisible(server);

    const bool signIn = connection == C::NoServer || connection == C::NeedsLogin
        || (connection == C::Offline && !m_session->hasSession());
    m_signIn->setVisible(signIn);
    m_signIn->setText(connection == C::NoServer ? tr("Connect…") : tr("Sign in"));
    m_signIn->setToolTip(connection == C::NoServer ? tr("Connect this workstation to an AgentDesk server")
                                                   : tr("Sign in to the AgentDesk server"));
    m_syncNow->setVisible(server && m_session->hasSession());
    m_syncNow->setEnabled(connection != C::Syncing && connection != C::SigningIn);
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Synchronise with the server now (F5)"));

    const qint64 conflicts = m_session->openConflicts();
    m_conflicts->setVisible(conflicts > 0);
    m_conflicts->setText(tr("%n conflict(s)", nullptr, int(qMin<qint64>(conflicts, INT_MAX))));
    m_conflicts->setToolTip(tr("Changes that clashed with the server's: open the list to decide"));
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
    QWidget::changeEvent(event);
}
