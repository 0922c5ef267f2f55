#include "ui/session/sessioncontroller.h"

#include "core/change.h"
#include "core/wirecodec.h"
#include "models/syncprogress.h"
#include "store/database.h"
#include "store/profilesettings.h"
#include "store/syncstate.h"
#include "store/userrepository.h"
#include "sync/remotecustomerlookup.h"
#include "sync/synccontroller.h"

#include <QWidget>

namespace {

SessionStatus::Connection connectionFor(SyncEngine::State state)
{
    switch (state) {
    case SyncEngine::State::Offline:
        return SessionStatus::Connection::Offline;
    case SyncEngine::State::Idle:
        return SessionStatus::Connection::Online;
    case SyncEngine::State::Syncing:
        return SessionStatus::Connection::Syncing;
    case SyncEngine::State::NeedsLogin:
        return SessionStatus::Connection::NeedsLogin;
    case SyncEngine::State::Error:
        return SessionStatus::Connection::Error;
    }
    return SessionStatus::Connection::Error;
}

} // namespace

SessionController::SessionController(
    Database &db, SessionStatus *status, SyncProgress *progress, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_status(status)
    , m_progress(progress)
    , m_customerLookup(new RemoteCustomerLookup(db, this))
    , m_silent(new SessionLogin(this))
{
    const ProfileSettings settings(m_db);
    m_server = SessionLogin::normalizeServerUrl(settings.serverUrl());
    if (m_server.isEmpty())
        m_server = SessionLogin::normalizeServerUrl(SyncState(m_db).serverUrl());
    m_username = settings.lastUsername();

    connect(m_silent, &SessionLogin::succeeded, this, &SessionController::startSession);
    connect(
        m_silent, &SessionLogin::failed, this, [this](SessionLogin::Failure failure, const QString &detail) {
            const bool away = failure == SessionLogin::Failure::Unreachable;
            // The server is away and the profile has its user: work from the cache.
            if (away && hasCachedUser()) {
                goOffline(SessionLogin::message(failure, detail));
                return;
            }
            showDialog(LoginDialog::Mode::Startup, failure, detail);
        });
}

SessionController::~SessionController()
{
    stop();
    if (m_dialog)
        delete m_dialog.data();
}

void SessionController::setDialogParent(QWidget *parent)
{
    m_dialogParent = parent;
}

bool SessionController::hasCachedUser() const
{
    const QString id = ProfileSettings(m_db).currentUserId();
    return !id.isEmpty() && UserRepository(m_db).contains(id);
}

void SessionController::begin(const Options &options)
{
    if (!options.serverUrl.isEmpty()) {
        const QUrl url = SessionLogin::normalizeServerUrl(options.serverUrl);
        if (url.isValid())
            m_server = url;
    }
    if (!options.username.isEmpty())
        m_username = options.username;
    if (m_status)
        m_status->setServerUrl(m_server.toString());
    if (m_server.isEmpty()) {
        // No server known: the workstation works on its own, as before sync existed.
        if (m_status)
            m_status->setConnection(SessionStatus::Connection::NoServer);
        return;
    }
    if (!options.password.isEmpty() && !m_username.isEmpty()) {
        if (m_status)
            m_status->setConnection(SessionStatus::Connection::SigningIn);
        m_silent->start(m_server, m_username, options.password);
        return;
    }
    if (m_status)
        m_status->setConnection(SessionStatus::Connection::Offline);
    showDialog(LoginDialog::Mode::Startup);
}

void SessionController::showDialog(
    LoginDialog::Mode mode, SessionLogin::Failure failure, const QString &detail)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        if (failure != SessionLogin::Failure::None)
            m_dialog->showFailure(failure, detail);
        return;
    }
    auto *dialog = new LoginDialog(mode, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServerUrl(m_server.toString());
    dialog->setUsername(m_username);
    dialog->setOfflineAvailable(mode != LoginDialog::Mode::Reauthenticate && hasCachedUser());
    if (failure != SessionLogin::Failure::None)
        dialog->showFailure(failure, detail);
    connect(
        dialog, &QDialog::finished, this, [this, dialog](int result) { onDialogFinished(dialog, result); });
    m_dialog = dialog;
    if (m_status && mode != LoginDialog::Mode::Reauthenticate && !hasSession())
        m_status->setConnection(
            m_server.isEmpty() ? SessionStatus::Connection::NoServer : SessionStatus::Connection::Offline);
    dialog->open();
}

void SessionController::onDialogFinished(LoginDialog *dialog, int result)
{
    const LoginDialog::Mode mode = dialog->mode();
    // It deletes itself later; a new request meanwhile gets a new dialog.
    if (m_dialog == dialog)
        m_dialog.clear();
    if (result == QDialog::Accepted) {
        startSession(dialog->result());
    } else if (result == LoginDialog::WorkOffline) {
        goOffline();
    } else if (mode == LoginDialog::Mode::Startup) {
        Q_EMIT quitRequested();
    }
    // Reauthenticate cancelled: the status bar keeps saying "Sign-in needed".
}

void SessionController::startSession(const SessionLogin::Result &result)
{
    const bool sameSession = hasSession() && result.server == m_server
        && result.user.username.compare(m_username, Qt::CaseInsensitive) == 0;
    m_server = result.server;
    m_username = result.user.username;
    m_token = result.token;
    m_customerLookup->setSession(m_server, m_token);

    ProfileSettings settings(m_db);
    settings.setServerUrl(m_server.toString());
    settings.setLastUsername(m_username);
    adoptUser(result.user);
    m_firstSyncPending = !SyncState(m_db).lastSyncAt().isValid();

    if (m_status) {
        m_status->setServerUrl(m_server.toString());
        m_status->setHasSession(true);
        m_status->setConnection(SessionStatus::Connection::Syncing);
        m_status->refresh();
    }
    const bool wasRunning = m_sync && m_sync->isRunning();
    if (!m_sync)
        connectSync();
    if (sameSession && wasRunning) {
        // A re-login after a 401: the engine leaves NeedsLogin and syncs at once.
        m_sync->setToken(m_token);
    } else {
        // A new thread runs a first cycle by itself; a running one is asked for it.
        m_sync->start(m_server, m_token);
        if (wasRunning)
            m_sync->syncNow();
    }
    Q_EMIT signedIn();
}

void SessionController::connectSync()
{
    m_sync = new SyncController(m_db.profileDir(), this);
    m_sync->setLocalNotifier(m_db.notifier());
    connect(m_sync, &SyncController::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Syncing && m_firstSyncPending && m_progress
            && !m_progress->isActive())
            m_progress->begin();
        if (m_status)
            m_status->setConnection(connectionFor(state),
                state == SyncEngine::State::Idle || state == SyncEngine::State::Syncing
                    ? QString()
                    : m_status->syncError());
    });
    connect(m_sync, &SyncController::progress, this, [this](qint64 done, qint64 expected, qint64 elapsed) {
        if (m_progress)
            m_progress->update(done, expected, elapsed);
    });
    connect(m_sync, &SyncController::finished, this, [this](bool ok, const QString &summary) {
        if (ok)
            m_firstSyncPending = false;
        if (m_progress)
            m_progress->end();
        if (m_status && !ok)
            m_status->setConnection(m_status->connection(), summary);
    });
    connect(m_sync, &SyncController::started, this, [this](bool ok, const QString &error) {
        if (!ok && m_status)
            m_status->setConnection(SessionStatus::Connection::Error, error);
    });
    connect(m_sync, &SyncController::lastSyncAtChanged, this, [this](const QDateTime &at) {
        if (m_status)
            m_status->setLastSyncAt(at);
    });
    connect(m_sync, &SyncController::pendingCountChanged, this, [this](int pending) {
        if (m_status)
            m_status->setPendingChanges(pending);
    });
    connect(m_sync, &SyncController::needsLogin, this, [this] {
        if (m_status)
            m_status->setConnection(SessionStatus::Connection::NeedsLogin);
        showDialog(LoginDialog::Mode::Reauthenticate);
    });
}

void SessionController::goOffline(const QString &why)
{
    m_customerLookup->setSession(m_server, QString());
    if (m_status) {
        m_status->setHasSession(false);
        m_status->setConnection(
            m_server.isEmpty() ? SessionStatus::Connection::NoServer : SessionStatus::Connection::Offline,
            why);
    }
    Q_EMIT workingOffline();
}

void SessionController::adoptUser(const User &user)
{
    if (user.id.isEmpty())
        return;
    UserRepository users(m_db);
    // Until the change feed brings the user record, the session answer stands in for
    // it: revision 0, so the feed's copy replaces it.
    if (!users.contains(user.id)) {
        User copy = user;
        copy.rev = 0;
        copy.updatedAt = QDateTime::currentDateTimeUtc();
        Change change;
        change.entity = EntityType::User;
        change.id = copy.id;
        change.rev = 0;
        change.data = WireCodec::encode(copy);
        QString error;
        if (!users.applyRemote(change, &error))
            qWarning("agentdesk: cannot store the signed-in user locally: %s", qPrintable(error));
    }
    if (ProfileSettings(m_db).currentUserId() != user.id)
        ProfileSettings(m_db).setCurrentUserId(user.id);
}

void SessionController::syncNow()
{
    if (hasSession() && m_sync && m_status
        && m_status->connection() != SessionStatus::Connection::NeedsLogin) {
        m_sync->syncNow();
        return;
    }
    signIn();
}

void SessionController::signIn()
{
    const bool reauth
        = hasSession() && m_status && m_status->connection() == SessionStatus::Connection::NeedsLogin;
    showDialog(reauth ? LoginDialog::Mode::Reauthenticate : LoginDialog::Mode::Connect);
}

void SessionController::stop()
{
    if (m_sync)
        m_sync->stop();
}
