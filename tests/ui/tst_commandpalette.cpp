#include "ui/common/commandpalette.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

class TestCommandPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyFilterListsEveryEnabledCommand();
    void filterMatchesSubstringPrefixFirst();
    void filterMatchesKeywordsAndSubsequence();
    void filterWithoutMatchListsNothing();
    void enterRunsTheCurrentCommandAndCloses();
    void arrowKeysMoveAndWrap();
    void escapeClosesWithoutRunning();
    void clickRunsTheCommand();
    void followsRenamedActions();

private:
    QAction *make(const QString &text, const QStringList &keywords = {});

    QWidget *m_host = nullptr;
    CommandPalette *m_palette = nullptr;
    QList<QAction *> m_actions;
};

QAction *TestCommandPalette::make(const QString &text, const QStringList &keywords)
{
    auto *a = new QAction(text, m_host);
    a->setProperty("keywords", keywords);
    m_actions.append(a);
    return a;
}

void TestCommandPalette::init()
{
    m_host = new QWidget;
    m_host->resize(1000, 700);
    m_palette = new CommandPalette(m_host);
    m_actions.clear();
    make(QStringLiteral("Go to Overview"), {QStringLiteral("workspace")});
    make(QStringLiteral("Toggle full screen"));
    make(QStringLiteral("Switch language to English"), {QStringLiteral("语言")});
    make(QStringLiteral("&Quit"), {QStringLiteral("exit")});
    make(QStringLiteral("About AgentDesk"));
    QAction *disabled = make(QStringLiteral("Disabled command"));
    disabled->setEnabled(false);
    m_palette->setActions(m_actions);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host));
}

void TestCommandPalette::cleanup()
{
    delete m_host;
    m_host = nullptr;
}

void TestCommandPalette::emptyFilterListsEveryEnabledCommand()
{
    m_palette->popup();
    QVERIFY(m_palette->isVisible());
    QCOMPARE(m_palette->matches().size(), 5);
    QVERIFY(!m_palette->matches().contains(m_actions.last()));
    QCOMPARE(m_palette->listView()->model()->rowCount(), 5);
    // Mnemonic ampersands are not shown.
    QCOMPARE(m_palette->listView()->model()->index(3, 0).data().toString(), QStringLiteral("Quit"));
}

void TestCommandPalette::filterMatchesSubstringPrefixFirst()
{
    m_palette->popup();
    QTest::keyClicks(m_palette->lineEdit(), QStringLiteral("to"));
    // "Toggle…" starts with it; "Go to…" and "language to" contain it.
    const QList<QAction *> hits = m_palette->matches();
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.first()->text(), QStringLiteral("Toggle full screen"));
    QVERIFY(hits.contains(m_actions.at(0)));
    QVERIFY(hits.contains(m_actions.at(2)));
    QCOMPARE(m_palette->currentAction(), hits.first());
}

void TestCommandPalette::filterMatchesKeywordsAndSubsequence()
{
    m_palette->popup(QStringLiteral("语言"));
    QCOMPARE(m_palette->matches(), QList<QAction *> {m_actions.at(2)});
    m_palette->setFilterText(QStringLiteral("EXIT"));
    QCOMPARE(m_palette->matches(), QList<QAction *> {m_actions.at(3)});
    m_palette->setFilterText(QStringLiteral("tfs"));
    QCOMPARE(m_palette->matches(), QList<QAction *> {m_actions.at(1)});
}

void TestCommandPalette::filterWithoutMatchListsNothing()
{
    m_palette->popup(QStringLiteral("zzz"));
    QVERIFY(m_palette->matches().isEmpty());
    QCOMPARE(m_palette->currentAction(), nullptr);
    // Enter with nothing listed does nothing and keeps the palette open.
    QTest::keyClick(m_palette->lineEdit(), Qt::Key_Return);
    QVERIFY(m_palette->isVisible());
}

void TestCommandPalette::enterRunsTheCurrentCommandAndCloses()
{
    QSignalSpy triggered(m_actions.at(4), &QAction::triggered);
    QSignalSpy emitted(m_palette, &CommandPalette::commandTriggered);
    m_palette->popup();
    QTest::keyClicks(m_palette->lineEdit(), QStringLiteral("about"));
    QTest::keyClick(m_palette->lineEdit(), Qt::Key_Return);
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(emitted.count(), 1);
    QCOMPARE(emitted.first().first().value<QAction *>(), m_actions.at(4));
    QVERIFY(!m_palette->isVisible());
}

void TestCommandPalette::arrowKeysMoveAndWrap()
{
    m_palette->popup();
    QCOMPARE(m_palette->currentAction(), m_actions.at(0));
    QTest::keyClick(m_palette->lineEdit(), Qt::Key_Down);
    QCOMPARE(m_palette->currentAction(), m_actions.at(1));
    QTest::keyClick(m_palette->lineEdit(), Qt::Key_Up);
    QTest::keyClick(m_palette->lineEdit(), Qt::Key_Up);
    QCOMPARE(m_palette->currentAction(), m_actions.at(4));

    QSignalSpy triggered(m_actions.at(4), &QAction::triggered);
    QTest::keyClick(m_palette->lineEdit(), Qt::Key_Enter);
    QCOMPARE(triggered.count(), 1);
}

void TestCommandPalette::escapeClosesWithoutRunning()
{
    QSignalSpy emitted(m_palette, &CommandPalette::commandTriggered);
    m_palette->popup(QStringLiteral("quit"));
    QTest::keyClick(m_palette->lineEdit(), Qt::Key_Escape);
    QVERIFY(!m_palette->isVisible());
    QCOMPARE(emitted.count(), 0);
}

void TestCommandPalette::clickRunsTheCommand()
{
    QSignalSpy triggered(m_actions.at(1), &QAction::triggered);
    m_palette->popup();
    QListView *list = m_palette->listView();
    const QRect rect = list->visualRect(list->model()->index(1, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(triggered.count(), 1);
    QVERIFY(!m_palette->isVisible());
}

void TestCommandPalette::followsRenamedActions()
{
    // The language switch renames actions; the list shows the new names next time.
    m_actions.at(0)->setText(QStringLiteral("前往总览"));
    m_palette->popup(QStringLiteral("总览"));
    QCOMPARE(m_palette->matches(), QList<QAction *> {m_actions.at(0)});
    QCOMPARE(m_palette->listView()->model()->index(0, 0).data().toString(), QStringLiteral("前往总览"));
}

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
