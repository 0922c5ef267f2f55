// Screen-pop end to end: the workstation's listener over a real local socket, fed by the
// real `agentdesk --call` executable in another process, by hand-written raw lines, and
// handed on by the Workstation to whatever opens the caller.

#include "app/screenpop.h"
#include "app/screenpopserver.h"
#include "app/workstation.h"
#include "core/wirecodec.h"
#include "models/customer360.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/profilesettings.h"
#include "store/userrepository.h"
#include "ui/customer/customerpage.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstring>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace {

const QDateTime kStarted(QDate(2026, 11, 27), QTime(9, 15, 2), QTimeZone(8 * 3600));

// One request line over a raw socket; the answer's JSON object, empty when none came.
// The server runs in this thread, so the answer is awaited with the event loop running.
QJsonObject exchange(const QByteArray &bytes)
{
    QLocalSocket socket;
    socket.connectToServer(ScreenPop::serverName());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    socket.flush();
    if (!QTest::qWaitFor([&socket] { return socket.canReadLine(); }, 10000))
        return {};
    return QJsonDocument::fromJson(socket.readLine()).object();
}

} // namespace

class TestScreenPop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void normalizesNumbers_data();
    void normalizesNumbers();
    void serverNameIsPerUser();
    void commandLineHandsTheCallToTheRunningWorkstation();
    void commandLineRefusesBadArguments_data();
    void commandLineRefusesBadArguments();
    void malformedRequestsAreRefused_data();
    void malformedRequestsAreRefused();
    void silentClientIsAnsweredAndDropped();
    void startedAtDefaultsToArrival();
    void sendWithoutListenerFails();
    void staleSocketIsReplaced();
    void secondServerDoesNotTakeTheName();
    void workstationDeliversPendingAndReceivedCalls();
    void workstationOpensTheCallersCustomer360();

private:
    // The real executable, isolated: its own screen-pop name, no display, settings and
    // profile in a scratch folder (were it to start a workstation, it would not touch
    // the user's).
    QProcess *runAgentdesk(const QStringList &arguments);

    QTemporaryDir m_scratch;
    int m_serial = 0;
};

void TestScreenPop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_scratch.isValid());
}

void TestScreenPop::init()
{
    // One name per test and per run, so that neither a leftover nor a parallel run of
    // this test interferes.
    qputenv("AGENTDESK_SCREENPOP_NAME",
        QStringLiteral("agentdesk-screenpop-test-%1-%2")
            .arg(QCoreApplication::applicationPid())
            .arg(++m_serial)
            .toUtf8());
}

void TestScreenPop::cleanupTestCase()
{
    qunsetenv("AGENTDESK_SCREENPOP_NAME");
}

QProcess *TestScreenPop::runAgentdesk(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_scratch.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_scratch.filePath(QStringLiteral("data")));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(AGENTDESK_APP_BIN),
        QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--profile"),
            m_scratch.filePath(QStringLiteral("profile"))}
            + arguments);
    return process;
}

void TestScreenPop::normalizesNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mobile") << "13812345678"
                            << "13812345678";
    QTest::newRow("spaced") << "138 1234 5678"
                            << "13812345678";
    QTest::newRow("international") << "+86 138-1234-5678"
                                   << "+8613812345678";
    QTest::newRow("hotline") << "95555"
                             << "95555";
    QTest::newRow("shortest") << "110"
                              << "110";
    QTest::newRow("longest") << QString(20, QLatin1Char('1')) << QString(20, QLatin1Char('1'));
    QTest::newRow("too short") << "12" << QString();
    QTest::newRow("too long") << QString(21, QLatin1Char('1')) << QString();
    QTest::newRow("empty") << "" << QString();
    QTest::newRow("only a plus") << "+" << QString();
    QTest::newRow("letters") << "138abc45678" << QString();
    QTest::newRow("plus inside") << "138+12345678" << QString();
    QTest::newRow("full-width digits") << QStringLiteral("１３８１２３４５６７８") << QString();
}

void TestScreenPop::normalizesNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    QCOMPARE(ScreenPop::normalizeNumber(input, &error), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
    // The refusal never repeats the number.
    if (input.size() >= 3)
        QVERIFY(!error.contains(input));
}

void TestScreenPop::serverNameIsPerUser()
{
    const QByteArray isolated = qgetenv("AGENTDESK_SCREENPOP_NAME");
    QCOMPARE(ScreenPop::serverName(), QString::fromUtf8(isolated));
    qunsetenv("AGENTDESK_SCREENPOP_NAME");
    const QString name = ScreenPop::serverName();
    qputenv("AGENTDESK_SCREENPOP_NAME", isolated);
    const QString base = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
    QVERIFY2(base.startsWith(QLatin1String("agentdesk-screenpop-")), qPrintable(name));
    QCOMPARE(base.size(), qsizetype(strlen("agentdesk-screenpop-") + 16));
    // Hashed: the user name itself does not appear.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (!user.isEmpty())
        QVERIFY(!base.contains(user));
}

void TestScreenPop::commandLineHandsTheCallToTheRunningWorkstation()
{
    ScreenPopServer server;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy calls(&server, &ScreenPopServer::callReceived);

    QElapsedTimer elapsed;
    elapsed.start();
    QProcess *process = runAgentdesk({QStringLiteral("--call"), QStringLiteral("138 1234 5678"),
        QStringLiteral("--call-started"), QStringLiteral("2026-11-27T09:15:02+08:00")});
    // No display in its environment: a window (or a QApplication) would make it fail.
    QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, 30000);
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    qInfo("agentdesk --call took %lld ms", elapsed.elapsed());
    QVERIFY(elapsed.elapsed() < 20000);

    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).at(0).toString(), QStringLiteral("13812345678"));
    const QDateTime startedAt = calls.at(0).at(1).toDateTime();
    QCOMPARE(startedAt, kStarted);
    QCOMPARE(startedAt.offsetFromUtc(), 8 * 3600);
    delete process;
}

void TestScreenPop::commandLineRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("too short") << QStringList {QStringLiteral("--call"), QStringLiteral("12")}
                               << QStringLiteral("--call: not a phone number");
    QTest::newRow("letters") << QStringList {QStringLiteral("--call=138abc45678")}
                             << QStringLiteral("--call: not a phone number");
    QTest::newRow("bad start time") << QStringList {QStringLiteral("--call"), QStringLiteral("13812345678"),
        QStringLiteral("--call-started"), QStringLiteral("yesterday")}
                                    << QStringLiteral("--call-started: not an ISO 8601");
}

void TestScreenPop::commandLineRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // A workstation listens: nothing invalid may reach it.
    ScreenPopServer server;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy calls(&server, &ScreenPopServer::callReceived);

    QProcess *process = runAgentdesk(arguments);
    QTRY_COMPARE_WITH_TIMEOUT(process->state(), QProcess::NotRunning, 30000);
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(process->readAllStandardError());
    QCOMPARE(process->exitCode(), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(calls.size(), 0);
    delete process;
}

void TestScreenPop::malformedRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("not json") << QByteArray("call 13812345678\n");
    QTest::newRow("not an object") << QByteArray("[\"13812345678\"]\n");
    QTest::newRow("no call") << QByteArray("{\"started_at\":\"2026-11-27T09:15:02+08:00\"}\n");
    QTest::newRow("number as number") << QByteArray("{\"call\":13812345678}\n");
    QTest::newRow("not a phone number") << QByteArray("{\"call\":\"12\"}\n");
    QTest::newRow("bad start time") << QByteArray(
        "{\"call\":\"13812345678\",\"started_at\":\"yesterday\"}\n");
    QTest::newRow("start time not a string") << QByteArray("{\"call\":\"13812345678\",\"started_at\":1}\n");
    QTest::newRow("invalid utf-8") << QByteArray("{\"call\":\"138\xff\xfe\"}\n");
    // Over the limit, with or without its line end.
    const QByteArray object("{\"call\":\"13812345678\"}");
    QByteArray padded = object;
    padded.insert(1, QByteArray(ScreenPop::MaxLineBytes + 1 - object.size(), ' '));
    QTest::newRow("line of limit + 1") << padded + '\n';
    QTest::newRow("endless line") << QByteArray(3 * ScreenPop::MaxLineBytes, ' ');
}

void TestScreenPop::malformedRequestsAreRefused()
{
    QFETCH(QByteArray, request);
    ScreenPopServer server;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy calls(&server, &ScreenPopServer::callReceived);

    const QJsonObject reply = exchange(request);
    QVERIFY2(reply.value(QLatin1String("ok")) == QJsonValue(false),
        QJsonDocument(reply).toJson(QJsonDocument::Compact).constData());
    QVERIFY(!reply.value(QLatin1String("error")).toString().isEmpty());
    QCOMPARE(calls.size(), 0);

    // The server carries on: the next, valid line of exactly the limit gets through.
    const QByteArray object("{\"call\":\"13812345678\"}");
    QByteArray padded = object;
    padded.insert(1, QByteArray(ScreenPop::MaxLineBytes - object.size(), ' '));
    QCOMPARE(exchange(padded + "\r\n").value(QLatin1String("ok")), QJsonValue(true));
    QCOMPARE(calls.size(), 1);
}

void TestScreenPop::silentClientIsAnsweredAndDropped()
{
    ScreenPopServer server;
    server.setReadTimeout(200);
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));

    QLocalSocket silent;
    silent.connectToServer(ScreenPop::serverName());
    QVERIFY(silent.waitForConnected(5000));
    QTRY_VERIFY_WITH_TIMEOUT(silent.canReadLine(), 10000);
    QCOMPARE(
        QJsonDocument::fromJson(silent.readLine()).object().value(QLatin1String("ok")), QJsonValue(false));
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QLocalSocket::UnconnectedState, 10000);
}

void TestScreenPop::startedAtDefaultsToArrival()
{
    ScreenPopServer server;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy calls(&server, &ScreenPopServer::callReceived);

    const QDateTime before = QDateTime::currentDateTime();
    QCOMPARE(exchange("{\"call\":\"+86 138-1234-5678\",\"agent_line\":\"7\"}\n").value(QLatin1String("ok")),
        QJsonValue(true));
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).at(0).toString(), QStringLiteral("+8613812345678"));
    const QDateTime startedAt = calls.at(0).at(1).toDateTime();
    QVERIFY(startedAt >= before && startedAt <= QDateTime::currentDateTime());
}

void TestScreenPop::sendWithoutListenerFails()
{
    QString error;
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(!ScreenPop::send(QStringLiteral("13812345678"), kStarted, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(
        ScreenPop::deliver(QStringLiteral("13812345678"), kStarted, &error), ScreenPop::Delivery::NoListener);
    // Nobody to wait for: no timeout either.
    QVERIFY(elapsed.elapsed() < 2000);
}

void TestScreenPop::staleSocketIsReplaced()
{
#ifdef Q_OS_UNIX
    // What a crashed workstation leaves: a socket file nobody listens on.
    const QString path = ScreenPop::serverName().startsWith(QLatin1Char('/'))
        ? ScreenPop::serverName()
        : QDir(QDir::tempPath()).filePath(ScreenPop::serverName());
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, encoded.constData(), encoded.size());
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    QCOMPARE(::listen(fd, 1), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(path));

    QString error;
    QCOMPARE(
        ScreenPop::deliver(QStringLiteral("13812345678"), kStarted, &error), ScreenPop::Delivery::NoListener);
    ScreenPopServer server;
    QVERIFY2(server.listen(&error), qPrintable(error));
    QSignalSpy calls(&server, &ScreenPopServer::callReceived);
    QCOMPARE(exchange("{\"call\":\"13812345678\"}\n").value(QLatin1String("ok")), QJsonValue(true));
    QCOMPARE(calls.size(), 1);
#else
    QSKIP("Socket files are a Unix matter");
#endif
}

void TestScreenPop::secondServerDoesNotTakeTheName()
{
    auto first = std::make_unique<ScreenPopServer>();
    QString error;
    QVERIFY2(first->listen(&error), qPrintable(error));
    QSignalSpy firstCalls(first.get(), &ScreenPopServer::callReceived);

    ScreenPopServer second;
    QSignalSpy secondCalls(&second, &ScreenPopServer::callReceived);
    QVERIFY(!second.listen(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!second.isListening());
    // The first still gets the calls.
    QCOMPARE(exchange("{\"call\":\"13812345678\"}\n").value(QLatin1String("ok")), QJsonValue(true));
    QCOMPARE(firstCalls.size(), 1);
    QCOMPARE(secondCalls.size(), 0);

    first.reset();
    ScreenPopServer third;
    QVERIFY2(third.listen(&error), qPrintable(error));
    QSignalSpy thirdCalls(&third, &ScreenPopServer::callReceived);
    QCOMPARE(exchange("{\"call\":\"13812345678\"}\n").value(QLatin1String("ok")), QJsonValue(true));
    QCOMPARE(thirdCalls.size(), 1);
}

void TestScreenPop::workstationDeliversPendingAndReceivedCalls()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"), false);
    Workstation workstation(profile.path(), &language);
    QString error;
    QVERIFY2(workstation.open(&error), qPrintable(error));
    workstation.setPendingCall(QStringLiteral("13812345678"), kStarted);
    workstation.show();
    // Connected after show(): the pending call still arrives, once.
    QSignalSpy calls(&workstation, &Workstation::callArrived);
    QVERIFY(calls.wait(10000));
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).at(0).toString(), QStringLiteral("13812345678"));
    QCOMPARE(calls.at(0).at(1).toDateTime(), kStarted);
    QVERIFY(workstation.screenPop()->isListening());

    // A call over the socket brings a minimised window back.
    workstation.window()->showMinimized();
    QCOMPARE(exchange("{\"call\":\"95555\"}\n").value(QLatin1String("ok")), QJsonValue(true));
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(1).at(0).toString(), QStringLiteral("95555"));
    QVERIFY(!workstation.window()->isMinimized());
    QVERIFY(workstation.window()->isVisible());
    workstation.deliverPendingCall();
    QCOMPARE(calls.size(), 2);
}

void TestScreenPop::workstationOpensTheCallersCustomer360()
{
    // A profile whose signed-in agent serves the caller.
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QString customerId;
    {
        Database db(profile.path());
        QVERIFY(db.open());
        User agent;
        agent.username = QStringLiteral("wangfang");
        agent.displayName = QStringLiteral("王芳");
        agent.role = Role::Agent;
        QVERIFY(UserRepository(db).create(agent));
        QVERIFY(ProfileSettings(db).setCurrentUserId(agent.id));
        Customer caller;
        caller.customerNo = QStringLiteral("310000000001");
        caller.name = QStringLiteral("张三");
        caller.pinyin = QStringLiteral("zhangsan");
        caller.initials = QStringLiteral("zs");
        caller.mobile = QStringLiteral("13812345678");
        caller.idNumber = QStringLiteral("11010519491231002X");
        QVERIFY(CustomerRepository(db).create(caller));
        customerId = caller.id;
    }
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"), false);
    Workstation workstation(profile.path(), &language);
    QString error;
    QVERIFY2(workstation.open(&error), qPrintable(error));
    workstation.show();
    QCOMPARE(exchange("{\"call\":\"138 1234 5678\",\"started_at\":\"2026-11-27T09:15:02+08:00\"}\n")
                 .value(QLatin1String("ok")),
        QJsonValue(true));
    auto *page = qobject_cast<CustomerPage *>(workstation.window()->currentWorkspace());
    QVERIFY(page);
    QCOMPARE(page->customer()->customerId(), customerId);
    Database check(profile.path());
    QVERIFY(check.open());
    const QList<Interaction> calls = InteractionRepository(check).forCustomer(customerId, 10);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().startedAt, kStarted);
}

QTEST_MAIN(TestScreenPop)
#include "tst_screenpop.moc"
