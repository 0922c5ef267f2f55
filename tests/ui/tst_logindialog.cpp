// The login dialog against a real agentdesk-server: success, and each failure the desk
// must understand shown inline, in English and in Chinese.

#include "tests/server/serverfixture.h"
#include "ui/languagemanager.h"
#include "ui/session/logindialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void enterSignsIn();
    void wrongPasswordIsShownInline();
    void messagesAreTranslated();
    void unreachableServerOffersOfflineWork();
    void tlsFailureIsNamed();
    void addressAndEmptyFieldsAreCheckedFirst();
    void reauthenticateAsksOnlyForThePassword();
    void normalizesServerAddresses();

private:
    std::unique_ptr<LoginDialog> dialog(LoginDialog::Mode mode = LoginDialog::Mode::Connect);
    template<typename T> T *child(LoginDialog *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    ServerFixture m_server;
    quint16 m_port = 0;
    std::unique_ptr<LanguageManager> m_language;
};

void TestLoginDialog::initTestCase()
{
    if (QByteArray(AGENTDESK_SERVER_BIN).isEmpty())
        QSKIP("built without agentdesk-server");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.addTeam(QStringLiteral("Desk A")));
    QVERIFY(m_server.addUser(QStringLiteral("agent1"), QStringLiteral("agent"), QStringLiteral("Desk A")));
    m_port = m_server.startServer();
    QVERIFY(m_port != 0);
}

void TestLoginDialog::cleanup()
{
    m_language.reset();
}

std::unique_ptr<LoginDialog> TestLoginDialog::dialog(LoginDialog::Mode mode)
{
    auto d = std::make_unique<LoginDialog>(mode);
    d->setServerUrl(url());
    d->setUsername(QStringLiteral("agent1"));
    d->show();
    return d;
}

void TestLoginDialog::enterSignsIn()
{
    auto d = dialog();
    auto *password = child<QLineEdit>(d.get(), "loginPassword");
    QVERIFY(password);
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    QTRY_VERIFY(password->hasFocus()); // server and user known: the cursor waits in the password
    QSignalSpy signedIn(d.get(), &LoginDialog::signedIn);
    QSignalSpy finished(d.get(), &QDialog::finished);
    QTest::keyClicks(password, QStringLiteral("correct horse"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(signedIn.count(), 1);
    const SessionLogin::Result result = d->result();
    QVERIFY(!result.token.isEmpty());
    QCOMPARE(result.user.username, QStringLiteral("agent1"));
    QCOMPARE(result.user.role, Role::Agent);
    QVERIFY(!result.user.id.isEmpty());
    QVERIFY(!result.user.teamId.isEmpty());
    QVERIFY(result.expiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(result.server, QUrl(url()));
    QVERIFY(password->text().isEmpty()); // the password does not linger in the widget
    QVERIFY(d->errorText().isEmpty());
}

void TestLoginDialog::wrongPasswordIsShownInline()
{
    auto d = dialog();
    auto *password = child<QLineEdit>(d.get(), "loginPassword");
    QSignalSpy finished(d.get(), &QDialog::finished);
    password->setText(QStringLiteral("wrong"));
    child<QPushButton>(d.get(), "loginSubmit")->click();
    QVERIFY(d->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!d->errorText().isEmpty(), 20000);
    QCOMPARE(d->errorText(), QStringLiteral("Wrong user name or password, or the account is disabled."));
    QVERIFY(d->isVisible());
    QVERIFY(finished.isEmpty());
    QVERIFY(!d->isBusy());
    QVERIFY(password->isEnabled());
    QCOMPARE(password->selectedText(), QStringLiteral("wrong")); // typing replaces it

    // A disabled account gets the same answer from the server (it must not tell which
    // accounts exist) and so the same sentence.
    QVERIFY(m_server.addUser(QStringLiteral("gone1"), QStringLiteral("agent"), QStringLiteral("Desk A")));
    QCOMPARE(m_server.cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("gone1")}), 0);
    d->setUsername(QStringLiteral("gone1"));
    password->setText(QStringLiteral("correct horse"));
    d->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
    QCOMPARE(d->errorText(), QStringLiteral("Wrong user name or password, or the account is disabled."));

    // And then the right password works in the same dialog.
    d->setUsername(QStringLiteral("agent1"));
    password->setText(QStringLiteral("correct horse"));
    d->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Accepted));
}

void TestLoginDialog::messagesAreTranslated()
{
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setLanguage(QStringLiteral("zh_CN"), false));
    auto d = dialog();
    QCOMPARE(child<QPushButton>(d.get(), "loginSubmit")->text(), QStringLiteral("登录"));
    child<QLineEdit>(d.get(), "loginPassword")->setText(QStringLiteral("wrong"));
    d->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
    QCOMPARE(d->errorText(), QStringLiteral("用户名或密码错误，或账户已停用。"));
    // A language switch re-words the message on screen.
    QVERIFY(m_language->setLanguage(QStringLiteral("en"), false));
    QTRY_COMPARE(d->errorText(), QStringLiteral("Wrong user name or password, or the account is disabled."));
    QCOMPARE(child<QPushButton>(d.get(), "loginSubmit")->text(), QStringLiteral("Sign in"));
}

void TestLoginDialog::unreachableServerOffersOfflineWork()
{
    // A port nothing listens on.
    auto d = std::make_unique<LoginDialog>(LoginDialog::Mode::Startup);
    d->setServerUrl(QStringLiteral("http://127.0.0.1:1"));
    d->setUsername(QStringLiteral("agent1"));
    d->setOfflineAvailable(true);
    auto *offline = child<QPushButton>(d.get(), "loginOffline");
    QVERIFY(offline);
    d->show();
    QVERIFY(offline->isVisible());
    QCOMPARE(child<QPushButton>(d.get(), "loginCancel")->text(), QStringLiteral("Quit"));
    // The dialog checks the server as it opens: the desk learns before typing a password.
    QTRY_COMPARE_WITH_TIMEOUT(d->errorText(),
        QStringLiteral("The server cannot be reached. Check the address and the network."), 20000);

    child<QLineEdit>(d.get(), "loginPassword")->setText(QStringLiteral("correct horse"));
    d->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
    QCOMPARE(
        d->errorText(), QStringLiteral("The server cannot be reached. Check the address and the network."));

    QSignalSpy finished(d.get(), &QDialog::finished);
    offline->click();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), int(LoginDialog::WorkOffline));

    // Without a cached user there is nothing to work offline with.
    auto fresh = std::make_unique<LoginDialog>(LoginDialog::Mode::Startup);
    fresh->show();
    QVERIFY(!child<QPushButton>(fresh.get(), "loginOffline")->isVisible());
}

void TestLoginDialog::tlsFailureIsNamed()
{
    // https to a server that speaks plain HTTP: the handshake fails.
    auto d = dialog();
    d->setServerUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
    child<QLineEdit>(d.get(), "loginPassword")->setText(QStringLiteral("correct horse"));
    d->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
    QVERIFY2(d->errorText().startsWith(QStringLiteral("The secure connection to the server failed (TLS)")),
        qPrintable(d->errorText()));
    QVERIFY(d->isVisible());

    // A real TLS server whose certificate nobody trusts (self-signed, made here).
    QTemporaryDir keys;
    const QString cert = keys.filePath(QStringLiteral("cert.pem"));
    const QString key = keys.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        QSKIP("openssl is not available to make a test certificate");
    const quint16 tlsPort
        = m_server.startServer({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QVERIFY(tlsPort != 0);
    d->setServerUrl(QStringLiteral("https://127.0.0.1:%1").arg(tlsPort));
    child<QLineEdit>(d.get(), "loginPassword")->setText(QStringLiteral("correct horse"));
    d->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 20000);
    QVERIFY2(d->errorText().startsWith(QStringLiteral("The secure connection to the server failed (TLS)")),
        qPrintable(d->errorText()));
}

void TestLoginDialog::addressAndEmptyFieldsAreCheckedFirst()
{
    auto d = dialog();
    d->setServerUrl(QStringLiteral("ftp://desk.example.com"));
    child<QLineEdit>(d.get(), "loginPassword")->setText(QStringLiteral("x"));
    d->submit();
    QVERIFY(!d->isBusy()); // nothing was sent
    QCOMPARE(d->errorText(),
        QStringLiteral("Enter the server address, for example https://desk.example.com:8443."));

    d->setServerUrl(url());
    d->setUsername(QString());
    d->submit();
    QVERIFY(!d->isBusy());
    QCOMPARE(d->errorText(), QStringLiteral("Enter your user name."));

    d->setUsername(QStringLiteral("agent1"));
    child<QLineEdit>(d.get(), "loginPassword")->clear();
    d->submit();
    QVERIFY(!d->isBusy());
    QCOMPARE(d->errorText(), QStringLiteral("Enter your password."));
}

void TestLoginDialog::reauthenticateAsksOnlyForThePassword()
{
    auto d = dialog(LoginDialog::Mode::Reauthenticate);
    QVERIFY(child<QLineEdit>(d.get(), "loginServer")->isReadOnly());
    QVERIFY(child<QLineEdit>(d.get(), "loginUser")->isReadOnly());
    QVERIFY(!child<QLineEdit>(d.get(), "loginPassword")->isReadOnly());
    QVERIFY(!child<QPushButton>(d.get(), "loginOffline")->isVisible());
    QCOMPARE(child<QPushButton>(d.get(), "loginCancel")->text(), QStringLiteral("Cancel"));
    QCOMPARE(child<QLabel>(d.get(), "loginTitle")->text(), QStringLiteral("Your session has ended"));
    QSignalSpy finished(d.get(), &QDialog::finished);
    child<QPushButton>(d.get(), "loginCancel")->click();
    QCOMPARE(finished.first().at(0).toInt(), int(QDialog::Rejected));
}

void TestLoginDialog::normalizesServerAddresses()
{
    QCOMPARE(SessionLogin::normalizeServerUrl(QStringLiteral(" desk.example.com:8443/ ")),
        QUrl(QStringLiteral("http://desk.example.com:8443")));
    QCOMPARE(SessionLogin::normalizeServerUrl(QStringLiteral("https://desk.example.com/agentdesk/")),
        QUrl(QStringLiteral("https://desk.example.com/agentdesk")));
    QVERIFY(!SessionLogin::normalizeServerUrl(QString()).isValid());
    QVERIFY(!SessionLogin::normalizeServerUrl(QStringLiteral("ftp://desk.example.com")).isValid());
    QVERIFY(!SessionLogin::normalizeServerUrl(QStringLiteral("http://")).isValid());
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
