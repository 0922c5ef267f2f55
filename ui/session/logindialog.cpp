#include "ui/session/logindialog.h"

#include "ui/common/icons.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_login(new SessionLogin(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/agentdesk.svg")));
    setModal(true);

    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::pixmap(QStringLiteral("logo"), Icons::accent(), 32, devicePixelRatioF()));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    header->addWidget(logo);
    header->addWidget(m_title, 1);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("loginIntro"));
    m_intro->setWordWrap(true);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("loginServer"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_serverLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("loginBusy"));
    m_busy->hide();

    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("loginSubmit"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_offline = new QPushButton(this);
    m_offline->setObjectName(QStringLiteral("loginOffline"));
    m_offline->setAutoDefault(false);
    m_offline->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("loginCancel"));
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_offline);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addSpacing(4);
    layout->addLayout(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_offline, &QPushButton::clicked, this, [this] {
        m_login->cancel();
        done(WorkOffline);
    });
    connect(m_login, &SessionLogin::succeeded, this, &LoginDialog::onSucceeded);
    connect(m_login, &SessionLogin::failed, this, &LoginDialog::onFailed);
    connect(m_login, &SessionLogin::reachable, this, &LoginDialog::onReachable);

    if (m_mode == Mode::Reauthenticate) {
        m_server->setReadOnly(true);
        m_user->setReadOnly(true);
    }
    setMinimumWidth(520);
    retranslateUi();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServerUrl(const QString &url)
{
    m_server->setText(url);
}

QString LoginDialog::serverUrl() const
{
    return m_server->text().trimmed();
}

void LoginDialog::setUsername(const QString &username)
{
    m_user->setText(username);
}

QString LoginDialog::username() const
{
    return m_user->text().trimmed();
}

void LoginDialog::setOfflineAvailable(bool available)
{
    m_offlineAvailable = available;
    m_offline->setVisible(available);
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool LoginDialog::isBusy() const
{
    return m_login->isRunning();
}

void LoginDialog::showMissing()
{
    m_error->setText(m_missing == Missing::User ? tr("Enter your user name.") : tr("Enter your password."));
    m_error->show();
}

void LoginDialog::showFailure(SessionLogin::Failure failure, const QString &detail)
{
    m_missing = Missing::Nothing;
    m_failure = failure;
    m_failureDetail = detail;
    const QString text = SessionLogin::message(failure, detail);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    // The unreachable case is where working offline helps: point at the button.
    if (failure == SessionLogin::Failure::Unreachable && m_offlineAvailable)
        m_offline->setFocus();
}

void LoginDialog::submit()
{
    if (isBusy())
        return;
    const QUrl url = SessionLogin::normalizeServerUrl(m_server->text());
    if (!url.isValid()) {
        showFailure(SessionLogin::Failure::BadAddress);
        m_server->setFocus();
        return;
    }
    if (username().isEmpty() || m_password->text().isEmpty()) {
        m_failure = SessionLogin::Failure::None;
        m_missing = username().isEmpty() ? Missing::User : Missing::Password;
        showMissing();
        (m_missing == Missing::User ? m_user : m_password)->setFocus();
        return;
    }
    m_failure = SessionLogin::Failure::None;
    m_missing = Missing::Nothing;
    m_error->clear();
    m_error->hide();
    setBusy(true);
    m_login->start(url, username(), m_password->text());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_signIn->setEnabled(!busy);
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void LoginDialog::onSucceeded(const SessionLogin::Result &result)
{
    setBusy(false);
    m_result = result;
    // The password has done its job: it does not stay in the widget.
    m_password->clear();
    Q_EMIT signedIn(result);
    accept();
}

void LoginDialog::onFailed(SessionLogin::Failure failure, const QString &detail)
{
    setBusy(false);
    showFailure(failure, detail);
    if (failure == SessionLogin::Failure::WrongCredentials) {
        m_password->setFocus();
        m_password->selectAll();
    } else if (failure == SessionLogin::Failure::BadAddress || failure == SessionLogin::Failure::Tls) {
        m_server->setFocus();
    }
}

void LoginDialog::onReachable(bool ok, SessionLogin::Failure failure)
{
    // Only a hint before the first attempt; a real attempt's answer wins.
    if (ok || isBusy() || !errorText().isEmpty())
        return;
    showFailure(failure);
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
    // With a cached profile, say at once when the server is away: the choice is then
    // to work offline rather than to type a password for nothing.
    if (!m_probed && m_offlineAvailable && m_mode != Mode::Reauthenticate) {
        m_probed = true;
        const QUrl url = SessionLogin::normalizeServerUrl(m_server->text());
        if (url.isValid())
            m_login->probe(url);
    }
}

void LoginDialog::reject()
{
    m_login->cancel();
    setBusy(false);
    QDialog::reject();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::Startup:
    case Mode::Connect:
        setWindowTitle(tr("Sign in — AgentDesk"));
        m_title->setText(tr("Sign in to the service desk"));
        m_intro->setText(tr("Your work is kept on this workstation and synchronised with the AgentDesk "
                            "server while you are signed in."));
        break;
    case Mode::Reauthenticate:
        setWindowTitle(tr("Sign in again — AgentDesk"));
        m_title->setText(tr("Your session has ended"));
        m_intro->setText(tr("Enter your password again to continue synchronising. Nothing has been lost: "
                            "changes made meanwhile are kept and sent once you are signed in."));
        break;
    }
    m_serverLabel->setText(tr("&Server"));
    m_userLabel->setText(tr("&User name"));
    m_passwordLabel->setText(tr("&Password"));
    m_server->setPlaceholderText(tr("https://desk.example.com:8443"));
    m_busy->setText(tr("Signing in…"));
    m_signIn->setText(tr("Sign in"));
    m_offline->setText(tr("Work offline"));
    m_offline->setToolTip(tr("Open the workstation with the data already on this computer; changes are "
                             "sent when you sign in later."));
    m_cancel->setText(m_mode == Mode::Startup ? tr("Quit") : tr("Cancel"));
    if (m_missing != Missing::Nothing)
        showMissing();
    else if (m_failure != SessionLogin::Failure::None)
        showFailure(m_failure, m_failureDetail);
}
