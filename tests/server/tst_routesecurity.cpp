// The security sweep over EVERY route agentdesk-server registers. The list comes from the
// server itself (`agentdesk-server routes`, built by ServerRoutes like `serve`), so a new
// route is swept without editing this test: no token and a garbage token → 401, each role
// the route does not allow → 403, SQL metacharacters in every parameter → a clean answer
// below 500, a body over the limit → 413 JSON. Plus scope: an agent never receives
// another team's tickets through the change feed.
#include "serverfixture.h"
#include "synctestclient.h"

#include <QJsonArray>

namespace {

struct RouteSpec
{
    QByteArray method;
    QString path;
    bool isPublic = false;
    QStringList roles;
};

const QStringList s_roles {
    QStringLiteral("agent"), QStringLiteral("lead"), QStringLiteral("trainer"), QStringLiteral("admin")};

// Values an attacker would try; each must come back as an ordinary 2xx/4xx answer.
const QStringList s_hostile {
    QStringLiteral("' OR '1'='1"),
    QStringLiteral("1; DROP TABLE records; --"),
    QStringLiteral("' UNION SELECT password_hash FROM users --"),
    QStringLiteral("\"; DELETE FROM users; --"),
    QStringLiteral("%"),
    QStringLiteral("_"),
    QStringLiteral("\\"),
    QStringLiteral("$.mobile"),
    QStringLiteral("../../../etc/passwd"),
    QStringLiteral("张三'--"),
    QStringLiteral("-1"),
    QStringLiteral("99999999999999999999999999"),
};

const QStringList s_queryParams {QStringLiteral("since"), QStringLiteral("limit"), QStringLiteral("after"),
    QStringLiteral("q"), QStringLiteral("id")};

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// The path with every {placeholder} replaced by `value` (percent-encoded).
QString concrete(const QString &path, const QString &value)
{
    QStringList segments = path.split(QLatin1Char('/'));
    for (QString &segment : segments)
        if (segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}')))
            segment = encoded(value);
    return segments.join(QLatin1Char('/'));
}

bool hasBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

} // namespace

class TestRouteSecurity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    quint16 m_port = 0;
    QList<RouteSpec> m_routes;
    QHash<QString, QString> m_tokens; // role → token
    static constexpr int MaxBody = 4096;

    QString userFor(const QString &role) const { return QStringLiteral("sweep-") + role; }

    // A token of this role; a fresh one for routes that end the session.
    QString tokenFor(const QString &role, const RouteSpec &route)
    {
        if (route.method == "DELETE" && route.path == QLatin1String("/api/v1/session"))
            return m_fixture->login(m_port, userFor(role));
        return m_tokens.value(role);
    }

    static void verifyJsonError(const HttpResult &result, const RouteSpec &route, int status)
    {
        const QByteArray what = route.method + ' ' + route.path.toUtf8();
        QVERIFY2(result.status == status,
            qPrintable(QStringLiteral("%1 answered %2, expected %3")
                           .arg(QString::fromUtf8(what))
                           .arg(result.status)
                           .arg(status)));
        if (route.method == "HEAD")
            return; // no body by definition
        QVERIFY2(result.header("content-type").startsWith("application/json"), what.constData());
        QVERIFY2(!result.json.value(QStringLiteral("code")).toString().isEmpty(), what.constData());
        QVERIFY2(!result.json.value(QStringLiteral("message")).toString().isEmpty(), what.constData());
    }

    static QByteArray hostileBody(const QString &value)
    {
        const QJsonObject mutation {{QStringLiteral("mutation_id"), value}, {QStringLiteral("entity"), value},
            {QStringLiteral("id"), value}, {QStringLiteral("op"), value}, {QStringLiteral("base_rev"), value},
            {QStringLiteral("fields"), QJsonObject {{value, value}}}};
        const QJsonObject body {{QStringLiteral("username"), value}, {QStringLiteral("password"), value},
            {QStringLiteral("client_id"), value}, {QStringLiteral("mutations"), QJsonArray {mutation}},
            {QStringLiteral("name"), value}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->addTeam(QStringLiteral("Team A")));
        QVERIFY(m_fixture->addTeam(QStringLiteral("Team B")));
        for (const QString &role : s_roles) {
            const bool desk = role == QLatin1String("agent") || role == QLatin1String("lead");
            QVERIFY(m_fixture->addUser(userFor(role), role, desk ? QStringLiteral("Team A") : QString()));
        }
        QVERIFY(
            m_fixture->addUser(QStringLiteral("agent-b"), QStringLiteral("agent"), QStringLiteral("Team B")));

        QByteArray out;
        QByteArray err;
        QCOMPARE(m_fixture->cli({QStringLiteral("routes")}, {}, &out, &err), 0);
        const QJsonArray routes = QJsonDocument::fromJson(out).array();
        for (const QJsonValue &value : routes) {
            const QJsonObject object = value.toObject();
            RouteSpec route;
            route.method = object.value(QStringLiteral("method")).toString().toLatin1();
            route.path = object.value(QStringLiteral("path")).toString();
            route.isPublic = object.value(QStringLiteral("public")).toBool();
            for (const QJsonValue &role : object.value(QStringLiteral("roles")).toArray())
                route.roles.append(role.toString());
            QVERIFY(!route.method.isEmpty() && route.path.startsWith(QLatin1String("/api/v1/")));
            QVERIFY2(route.isPublic || !route.roles.isEmpty(), qPrintable(route.path));
            m_routes.append(route);
        }
        // The list is the server's: the routes of every part are in it.
        QStringList paths;
        for (const RouteSpec &route : std::as_const(m_routes))
            paths.append(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.path);
        for (const char *expected : {"GET /api/v1/health", "POST /api/v1/session", "GET /api/v1/changes",
                 "POST /api/v1/mutations", "GET /api/v1/audit", "GET /api/v1/customers"})
            QVERIFY2(paths.contains(QLatin1String(expected)), expected);
        QVERIFY(paths.size() >= 9);

        m_port = m_fixture->startServer({QStringLiteral("--max-body"), QString::number(MaxBody),
            QStringLiteral("--max-attachment"), QString::number(MaxBody)});
        QVERIFY(m_port);
        for (const QString &role : s_roles) {
            m_tokens.insert(role, m_fixture->login(m_port, userFor(role)));
            QVERIFY(!m_tokens.value(role).isEmpty());
        }
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void noTokenIs401()
    {
        const QString placeholder = Entity::newId();
        int checked = 0;
        for (const RouteSpec &route : std::as_const(m_routes)) {
            if (route.isPublic)
                continue;
            const QString path = concrete(route.path, placeholder);
            const QByteArray body = hasBody(route.method) ? QByteArray("{}") : QByteArray();
            verifyJsonError(m_fixture->request(m_port, route.method, path, body), route, 401);
            for (const QString &garbage : {QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                     QStringLiteral("' OR 1=1 --"), QStringLiteral("x"), QString(300, QLatin1Char('z'))})
                verifyJsonError(m_fixture->request(m_port, route.method, path, body, garbage), route, 401);
            ++checked;
        }
        QVERIFY(checked >= 7);
    }

    void wrongRoleIs403()
    {
        const QString placeholder = Entity::newId();
        int checked = 0;
        for (const RouteSpec &route : std::as_const(m_routes)) {
            if (route.isPublic)
                continue;
            for (const QString &role : s_roles) {
                if (route.roles.contains(role))
                    continue;
                const QByteArray body = hasBody(route.method) ? QByteArray("{}") : QByteArray();
                verifyJsonError(m_fixture->request(m_port, route.method, concrete(route.path, placeholder),
                                    body, m_tokens.value(role)),
                    route, 403);
                ++checked;
            }
        }
        // At least the audit (admin only) and the lookup (no trainer) refuse someone.
        QVERIFY(checked >= 4);
    }

    void metacharactersNeverFail()
    {
        for (const RouteSpec &route : std::as_const(m_routes)) {
            const QStringList callers = route.isPublic ? QStringList {QString()} : route.roles;
            for (const QString &role : callers) {
                for (const QString &value : s_hostile) {
                    QStringList query;
                    for (const QString &param : s_queryParams)
                        query.append(param + QLatin1Char('=') + encoded(value));
                    const QString path
                        = concrete(route.path, value) + QLatin1Char('?') + query.join(QLatin1Char('&'));
                    const QByteArray body = hasBody(route.method) ? hostileBody(value) : QByteArray();
                    const QString token = role.isEmpty() ? QString() : tokenFor(role, route);
                    const HttpResult result = m_fixture->request(m_port, route.method, path, body, token);
                    QVERIFY2(result.status >= 200 && result.status < 500,
                        qPrintable(QStringLiteral("%1 %2 as %3 with %4 answered %5: %6")
                                       .arg(QString::fromLatin1(route.method), route.path, role, value)
                                       .arg(result.status)
                                       .arg(QString::fromUtf8(result.body.left(200)))));
                }
            }
        }
        // Nothing was dropped or changed: everyone still signs in, the server is healthy.
        QCOMPARE(m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/health")).status, 200);
        for (const QString &role : s_roles)
            QVERIFY(!m_fixture->login(m_port, userFor(role)).isEmpty());
    }

    void oversizedBodyIs413()
    {
        const QByteArray big = "{\"pad\": \"" + QByteArray(MaxBody + 2000, 'a') + "\"}";
        int checked = 0;
        for (const RouteSpec &route : std::as_const(m_routes)) {
            if (!hasBody(route.method))
                continue;
            const QString token = route.isPublic ? QString() : tokenFor(route.roles.constFirst(), route);
            verifyJsonError(
                m_fixture->request(m_port, route.method, concrete(route.path, Entity::newId()), big, token),
                route, 413);
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

    void agentCannotReadAnotherTeamsTickets()
    {
        SyncTestClient agentA(m_fixture.get(), m_port, userFor(QStringLiteral("agent")));
        SyncTestClient leadA(m_fixture.get(), m_port, userFor(QStringLiteral("lead")));
        SyncTestClient agentB(m_fixture.get(), m_port, QStringLiteral("agent-b"));
        QVERIFY(agentA.isValid() && leadA.isValid() && agentB.isValid());
        const Customer customer = SyncTestClient::customer();
        QCOMPARE(agentA
                     .pushOne(SyncTestClient::create(
                         EntityType::Customer, customer.id, WireCodec::encode(customer)))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("applied"));
        const Ticket ticket = SyncTestClient::ticket(agentA.teamId(), customer.id);
        QCOMPARE(
            agentA.pushOne(SyncTestClient::create(EntityType::Ticket, ticket.id, WireCodec::encode(ticket)))
                .value(QStringLiteral("status"))
                .toString(),
            QStringLiteral("applied"));

        const QList<QJsonObject> seenByB = agentB.pullAll();
        QVERIFY(!seenByB.isEmpty()); // users and teams at least
        QVERIFY(SyncTestClient::ids(seenByB, QStringLiteral("ticket")).isEmpty());
        QVERIFY(SyncTestClient::ids(seenByB, QStringLiteral("customer")).isEmpty());
        for (const QJsonObject &change : seenByB)
            QVERIFY(change.value(QStringLiteral("id")).toString() != ticket.id);
        QVERIFY(SyncTestClient::ids(leadA.pullAll(), QStringLiteral("ticket")).contains(ticket.id));

        // Nor write to it.
        const QJsonObject answer = agentB.pushOne(SyncTestClient::update(
            EntityType::Ticket, ticket.id, 1, {{QStringLiteral("subject"), QStringLiteral("mine now")}}));
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
    }
};

QTEST_GUILESS_MAIN(TestRouteSecurity)
#include "tst_routesecurity.moc"
