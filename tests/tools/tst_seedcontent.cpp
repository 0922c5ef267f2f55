#include "tools/seedcontent.h"

#include <QSet>
#include <QTest>

class TestSeedContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAnArticle()
    {
        const QString text = QStringLiteral("title: 融资融券维持担保比例与追加担保物\r\n"
                                            "category: 融资融券\n"
                                            "tags: 两融, 维持担保比例，追保、平仓\n"
                                            "---\n"
                                            "## 一、概念\n\n正文\n");
        QString error;
        const auto a = SeedContent::parseArticle(text, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->title, QStringLiteral("融资融券维持担保比例与追加担保物"));
        QCOMPARE(a->category, QStringLiteral("融资融券"));
        QCOMPARE(a->tags,
            (QStringList {QStringLiteral("两融"), QStringLiteral("维持担保比例"), QStringLiteral("追保"),
                QStringLiteral("平仓")}));
        QCOMPARE(a->body, QStringLiteral("## 一、概念\n\n正文"));
    }

    void rejectsBrokenArticles()
    {
        QString error;
        QVERIFY(!SeedContent::parseArticle(QStringLiteral("title: x\ncategory: 费用\nno separator"), &error));
        QVERIFY(error.contains(u"---"));
        QVERIFY(!SeedContent::parseArticle(QStringLiteral("title: x\n---\nbody"), &error)); // no category
        QVERIFY(!SeedContent::parseArticle(QStringLiteral("just text\n---\nbody"), &error));
    }

    void parsesACase()
    {
        const QString text = QStringLiteral(
            "title: 案例\ntags: 两融\nrules: 《证券法》第八十八条；《管理办法》第十九条; 第三条\n---\n"
            "## 背景\n背景文字\n\n## 争议焦点\n焦点\n## 处理过程\n1. 步骤\n### 小节\n细节\n"
            "## 处理结果\n结果\n## 经验启示\n启示\n");
        QString error;
        const auto c = SeedContent::parseCase(text, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->rules.size(), 3);
        QCOMPARE(c->background, QStringLiteral("背景文字"));
        QCOMPARE(c->issue, QStringLiteral("焦点"));
        QCOMPARE(c->handling, QStringLiteral("1. 步骤\n### 小节\n细节"));
        QCOMPARE(c->outcome, QStringLiteral("结果"));
        QCOMPARE(c->lessons, QStringLiteral("启示"));
    }

    void rejectsACaseWithoutEverySection()
    {
        QString error;
        QVERIFY(!SeedContent::parseCase(
            QStringLiteral("title: 案例\n---\n## 背景\n文字\n## 处理结果\n结果\n"), &error));
        QVERIFY(error.contains(u"争议焦点"));
    }

    // The shipped content: about 40 articles in the known categories, and the cases.
    void shippedContentParses()
    {
        QStringList errors;
        const auto articles = SeedContent::articles(&errors);
        const auto cases = SeedContent::cases(&errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        if (articles.isEmpty())
            QSKIP("tools/data/articles is empty in this checkout");
        QVERIFY2(articles.size() >= 40, qPrintable(QString::number(articles.size())));
        const QStringList categories = SeedContent::categoryNames();
        QSet<QString> titles;
        for (const SeedArticle &a : articles) {
            QVERIFY2(categories.contains(a.category), qPrintable(a.file + u": " + a.category));
            QVERIFY2(a.body.size() > 200, qPrintable(a.file));
            QVERIFY2(!titles.contains(a.title), qPrintable(a.file));
            titles.insert(a.title);
        }
        for (const SeedCase &c : cases)
            QVERIFY2(!c.rules.isEmpty(), qPrintable(c.file));
    }
};

QTEST_GUILESS_MAIN(TestSeedContent)
#include "tst_seedcontent.moc"
