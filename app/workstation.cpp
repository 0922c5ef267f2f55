#include "app/workstation.h"

#include "app/screenpopserver.h"
#include "core/workingcalendar.h"
#include "models/overviewmodel.h"
#include "models/sessionstatus.h"
#include "models/syncprogress.h"
#include "store/database.h"
#include "ui/customer/customerpage.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/session/firstsyncpanel.h"
#include "ui/sync/conflictsdialog.h"
#include "ui/tickets/ticketqueuepage.h"
#include "ui/tickets/ticketview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStyleFactory>

#include <cstdio>
#include <utility>

Workstation::Workstation(const QString &profileDir, LanguageManager *language, QObject *parent)
    : QObject(parent)
    , m_profileDir(QDir::cleanPath(QDir(profileDir).absolutePath()))
    , m_language(language)
    , m_screenPop(new ScreenPopServer(this))
{
    connect(m_screenPop, &ScreenPopServer::callReceived, this, &Workstation::takeCall);
}

Workstation::~Workstation()
{
    // The sync thread and the window use the database: they go first, the session
    // (and its dialogs) before the window they are parented to.
    delete m_controller;
    m_window.reset();
    delete m_progress;
    delete m_overview;
    delete m_session;
}

bool Workstation::open(QString *error)
{
    m_database = std::make_unique<Database>(m_profileDir);
    QString why;
    if (!m_database->open(&why)) {
        if (error)
            *error = tr("Cannot open the profile %1:\n%2").arg(QDir::toNativeSeparators(m_profileDir), why);
        m_database.reset();
        return false;
    }
    m_overview = new OverviewModel(m_database.get());
    m_session = new SessionStatus(m_database.get());
    m_progress = new SyncProgress;
    m_controller = new SessionController(*m_database, m_session, m_progress);
    return true;
}

void Workstation::applyLook()
{
    // Fusion renders the same on Windows and Linux; the style sheet sits on top of it.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFont font = QApplication::font();
    // Chinese text needs a CJK face that matches the Latin one; the first present wins.
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei UI"),
        QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
        QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(10);
    QApplication::setFont(font);
    QFile sheet(QStringLiteral(":/styles/agentdesk.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

void Workstation::showConflicts()
{
    // One dialog: a second request brings the open one forward. Resolutions write the
    // outbox on this connection, which triggers the next sync by itself.
    if (!m_conflicts) {
        m_conflicts = new ConflictsDialog(*m_database, m_window.get());
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_conflicts->show();
    m_conflicts->raise();
    m_conflicts->activateWindow();
}

void Workstation::show()
{
    m_window = std::make_unique<MainWindow>(m_session, m_language);
    m_window->addWorkspace(new OverviewPage(m_overview, m_session));
    auto *customers = new CustomerPage(*m_database, m_session, m_controller->customerLookup());
    auto *tickets = new TicketQueuePage(*m_database, m_session);
    m_window->addWorkspace(customers);
    m_window->addWorkspace(tickets);
    connectWorkspaces(customers, tickets);
    m_window->addBanner(new FirstSyncPanel(m_progress));
    m_controller->setDialogParent(m_window.get());
    connect(m_window.get(), &MainWindow::syncNowRequested, m_controller, &SessionController::syncNow);
    connect(m_window.get(), &MainWindow::signInRequested, m_controller, &SessionController::signIn);
    connect(m_window.get(), &MainWindow::conflictsRequested, this, &Workstation::showConflicts);
    connect(m_controller, &SessionController::quitRequested, this, [this] {
        m_window->close();
        QCoreApplication::quit();
    });
    m_overview->refresh();
    m_session->refresh();
    if (!m_window->restoreLayout()) {
        // First start: fill the screen. The geometry is set too because without a
        // window manager (kiosk, Xvfb) maximising does nothing.
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            m_window->setGeometry(screen->availableGeometry());
        m_window->showMaximized();
    } else
        m_window->show();
    // After the window: the login dialog is window-modal over it, and the desk sees
    // its cached work while the sign-in runs.
    m_controller->begin(m_options);
    m_options.password.clear();
    startScreenPop();
}

void Workstation::connectWorkspaces(CustomerPage *customers, TicketQueuePage *tickets)
{
    // A ticket named in the 360 view opens in the ticket workspace, the customer of a
    // ticket in the 360 view, and a call pops up the caller's 360.
    connect(customers, &CustomerPage::ticketActivated, this, [this, tickets](const QString &ticketId) {
        m_window->setCurrentWorkspace(tickets);
        tickets->openTicket(ticketId);
    });
    connect(
        tickets->ticketView(), &TicketView::customerActivated, this, [this, customers](const QString &id) {
            m_window->setCurrentWorkspace(customers);
            customers->openCustomer(id);
        });
    connect(this, &Workstation::callArrived, customers,
        [this, customers](const QString &number, const QDateTime &startedAt) {
            m_window->setCurrentWorkspace(customers);
            customers->popCall(number, startedAt);
        });
}

void Workstation::startScreenPop()
{
    // Without it the desk still works; calls then reach it only by search.
    QString error;
    if (!m_screenPop->listen(&error))
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(error));
    QMetaObject::invokeMethod(this, &Workstation::deliverPendingCall, Qt::QueuedConnection);
}

void Workstation::setPendingCall(const QString &number, const QDateTime &startedAt)
{
    m_pendingNumber = number;
    m_pendingStartedAt = startedAt;
}

void Workstation::deliverPendingCall()
{
    if (m_pendingNumber.isEmpty())
        return;
    const QString number = std::exchange(m_pendingNumber, QString());
    takeCall(number, std::exchange(m_pendingStartedAt, QDateTime()));
}

void Workstation::takeCall(const QString &number, const QDateTime &startedAt)
{
    if (m_window) {
        // Un-minimised into its former state (maximised stays maximised), then to the front;
        // a window manager may only flash it instead.
        m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    Q_EMIT callArrived(number, startedAt);
}

void Workstation::reportFatal(const QString &message)
{
    std::fprintf(stderr, "agentdesk: %s\n", qPrintable(message));
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QMessageBox box(QMessageBox::Critical, tr("AgentDesk"), message, QMessageBox::Close);
        box.setInformativeText(tr("Choose another profile with --profile DIR, or check that the folder is "
                                  "writable and the file is not used by a newer version of AgentDesk."));
        box.button(QMessageBox::Close)->setText(tr("Close"));
        box.setStyleSheet(QStringLiteral(
            "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 420px; }"));
        box.exec();
    }
}
