// Router in-process: dispatch, the auth wrapper, and JSON errors for every failure.
#include "server/dberror.h"
#include "server/router.h"

#include <QJsonDocument>
#include <QTest>

class TestRouter : public QObject
{
    Q_OBJECT

private:
    Router m_router;

    static HttpRequest request(const QByteArray &method, const QString &path, const QByteArray &token = {})
    {
        HttpRequest r;
        r.method = method;
        r.path = path;
        if (!token.isEmpty())
            r.headers.insert("authorization", "Bearer " + token);
        return r;
    }
    static QString code(const HttpResponse &response)
    {
        return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("code")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Two fake tokens: "agent-token-…" and "admin-token-…".
        m_router.setAuthenticator([](QStringView token) -> std::optional<SessionUser> {
            SessionUser session;
            if (token == u"agent")
                session.user.role = Role::Agent;
            else if (token == u"admin")
                session.user.role = Role::Admin;
            else
                return std::nullopt;
            session.user.id = token.toString();
            return session;
        });
        m_router.addPublic("GET", QStringLiteral("/open"), [](const RouteContext &context) {
            return HttpResponse::json(200, {{QStringLiteral("signed_in"), context.session != nullptr}});
        });
        m_router.add("GET", QStringLiteral("/items/{id}/notes/{note}"), Router::allRoles(),
            [](const RouteContext &context) {
                return HttpResponse::json(200,
                    {{QStringLiteral("id"), context.params.value(0)},
                        {QStringLiteral("note"), context.params.value(1)},
                        {QStringLiteral("user"), context.session->user.id}});
            });
        m_router.add("POST", QStringLiteral("/admin"), {Role::Admin},
            [](const RouteContext &) { return HttpResponse::json(200, {}); });
        m_router.add("DELETE", QStringLiteral("/admin"), {Role::Admin},
            [](const RouteContext &) -> HttpResponse { throw DbError(QStringLiteral("disk full")); });
        m_router.add("PUT", QStringLiteral("/admin"), {Role::Admin},
            [](const RouteContext &) -> HttpResponse { throw std::runtime_error("bug"); });
    }

    void publicRoute()
    {
        const HttpResponse response = m_router.handle(request("GET", QStringLiteral("/open")));
        QCOMPARE(response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("signed_in")).toBool(),
            false);
    }

    void placeholders()
    {
        const HttpResponse response
            = m_router.handle(request("GET", QStringLiteral("/items/7/notes/abc"), "agent"));
        QCOMPARE(response.status, 200);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(QStringLiteral("id")).toString(), QStringLiteral("7"));
        QCOMPARE(body.value(QStringLiteral("note")).toString(), QStringLiteral("abc"));
        QCOMPARE(body.value(QStringLiteral("user")).toString(), QStringLiteral("agent"));
        QCOMPARE(m_router.handle(request("GET", QStringLiteral("/items/7/notes"), "agent")).status, 404);
    }

    void authentication()
    {
        QCOMPARE(m_router.handle(request("GET", QStringLiteral("/items/1/notes/2"))).status, 401);
        QCOMPARE(m_router.handle(request("GET", QStringLiteral("/items/1/notes/2"), "stranger")).status, 401);
        HttpRequest basic = request("GET", QStringLiteral("/items/1/notes/2"));
        basic.headers.insert("authorization", "Basic YWdlbnQ6eA==");
        QCOMPARE(code(m_router.handle(basic)), QStringLiteral("unauthorized"));
        HttpRequest lower = request("GET", QStringLiteral("/items/1/notes/2"));
        lower.headers.insert("authorization", "bearer agent");
        QCOMPARE(m_router.handle(lower).status, 200);
    }

    void roles()
    {
        const HttpResponse forbidden = m_router.handle(request("POST", QStringLiteral("/admin"), "agent"));
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(code(forbidden), QStringLiteral("forbidden"));
        QCOMPARE(m_router.handle(request("POST", QStringLiteral("/admin"), "admin")).status, 200);
        // 401 before 403: no token says nothing about roles.
        QCOMPARE(m_router.handle(request("POST", QStringLiteral("/admin"))).status, 401);
    }

    void notFoundAndMethod()
    {
        QCOMPARE(
            code(m_router.handle(request("GET", QStringLiteral("/nothing")))), QStringLiteral("not_found"));
        const HttpResponse response = m_router.handle(request("PATCH", QStringLiteral("/admin"), "admin"));
        QCOMPARE(response.status, 405);
        QCOMPARE(response.headers.value(0).second, QByteArray("POST, DELETE, PUT"));
    }

    void failuresAre500WithoutDetail()
    {
        for (const QByteArray &method : {QByteArray("DELETE"), QByteArray("PUT")}) {
            const HttpResponse response = m_router.handle(request(method, QStringLiteral("/admin"), "admin"));
            QCOMPARE(response.status, 500);
            QCOMPARE(code(response), QStringLiteral("internal_error"));
            QVERIFY(!response.body.contains("disk full"));
            QVERIFY(!response.body.contains("bug"));
        }
    }

    void jsonBody()
    {
        HttpRequest r = request("POST", QStringLiteral("/x"));
        QJsonObject out;
        HttpResponse error;
        r.body = R"({"a": 1})";
        QVERIFY(Router::parseJsonBody(r, out, &error));
        QCOMPARE(out.value(QStringLiteral("a")).toInt(), 1);
        r.body = "{\"a\": ";
        QVERIFY(!Router::parseJsonBody(r, out, &error));
        QCOMPARE(error.status, 400);
        QCOMPARE(code(error), QStringLiteral("malformed_json"));
        r.body = "\"just a string\"";
        QVERIFY(!Router::parseJsonBody(r, out, &error));
        QCOMPARE(error.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
