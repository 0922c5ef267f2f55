// TicketQueuePage offscreen over a real store: the queues follow the signed-in user,
// picking a queue or typing a search changes the table, only SQL-sortable columns sort,
// the SLA pill has the status colour, Enter opens a ticket and Esc closes it.

#include "core/slaclock.h"
#include "core/wirecodec.h"
#include "models/sessionstatus.h"
#include "models/ticketqueuemodel.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/profilesettings.h"
#include "store/remoteapplier.h"
#include "store/teamrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"
#include "ui/tickets/sladelegate.h"
#include "models/ticketeditor.h"
#include "ui/tickets/ticketbulkmenu.h"
#include "ui/tickets/ticketfilterdialog.h"
#include "ui/tickets/ticketqueuepage.h"
#include "ui/tickets/ticketview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestTicketQueuePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionStatus> m_session;
    QString m_userId;
    QString m_teamId;
    int m_mine = 0;
    int m_complaints = 0;
    int m_open = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(
            m_dir.filePath(QString::number(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
        Team team;
        team.name = QStringLiteral("投诉一组");
        QVERIFY(TeamRepository(*m_db).create(team));
        User user;
        user.username = QStringLiteral("wangfang");
        user.displayName = QStringLiteral("王芳");
        user.role = Role::Agent;
        user.teamId = team.id;
        QVERIFY(UserRepository(*m_db).create(user));
        QVERIFY(ProfileSettings(*m_db).setCurrentUserId(user.id));
        m_userId = user.id;
        m_teamId = team.id;
        QList<Change> changes;
        m_mine = m_complaints = m_open = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 300; ++i) {
            Ticket t;
            t.id = Entity::newId();
            t.rev = 1;
            t.number = QStringLiteral("T20261127%1").arg(i, 6, 10, QLatin1Char('0'));
            t.teamId = team.id;
            t.updatedAt = now.addSecs(-i * 60);
            t.createdAt = now.addDays(-3);
            t.replyDue = now.addDays(i % 3 == 0 ? -1 : 12);
            t.subject = i == 7 ? QStringLiteral("融资融券强制平仓") : QStringLiteral("账户咨询 %1").arg(i);
            t.kind = i % 5 == 0 ? TicketKind::Complaint : TicketKind::Inquiry;
            t.state = i % 10 == 9 ? TicketState::Closed : TicketState::Processing;
            t.assigneeId = i % 4 == 0 ? user.id : QString();
            const bool open = t.state != TicketState::Closed;
            m_open += open ? 1 : 0;
            m_mine += open && !t.assigneeId.isEmpty() ? 1 : 0;
            m_complaints += open && t.kind == TicketKind::Complaint ? 1 : 0;
            changes.append({i + 1, EntityType::Ticket, t.id, 1, false, WireCodec::encode(t)});
        }
        QString error;
        QVERIFY2(RemoteApplier(*m_db).applyPage(changes, QString(), &error), qPrintable(error));
        m_session = std::make_unique<SessionStatus>(m_db.get());
        m_session->refresh();
    }
    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void queuesFollowTheUserAndTheChoice()
    {
        TicketQueuePage page(*m_db, m_session.get());
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.viewList()->model()->rowCount(), 7);
        QCOMPARE(page.currentView(), QueueViewModel::View::TeamQueue);
        QCOMPARE(page.table()->model()->rowCount(), m_open);
        QCOMPARE(page.viewModel()->count(QueueViewModel::View::MyTickets), m_mine);
        QCOMPARE(page.viewModel()->count(QueueViewModel::View::Complaints), m_complaints);
        QVERIFY(page.summaryText().contains(QLocale().toString(m_open)));

        // Clicking a queue in the list shows it.
        const QModelIndex complaints
            = page.viewList()->model()->index(page.viewModel()->rowOf(QueueViewModel::View::Complaints), 0);
        QTest::mouseClick(page.viewList()->viewport(), Qt::LeftButton, {},
            page.viewList()->visualRect(complaints).center());
        QCOMPARE(page.currentView(), QueueViewModel::View::Complaints);
        QCOMPARE(page.table()->model()->rowCount(), m_complaints);
        page.showView(QueueViewModel::View::MyTickets);
        QCOMPARE(page.table()->model()->rowCount(), m_mine);
        QCOMPARE(
            page.viewList()->currentIndex().row(), page.viewModel()->rowOf(QueueViewModel::View::MyTickets));
    }

    void searchFiltersAfterTyping()
    {
        TicketQueuePage page(*m_db, m_session.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Typed: QTest::keyClicks knows only Latin keys, an input method inserts.
        page.searchBox()->setFocus();
        page.searchBox()->insert(QStringLiteral("强制平仓"));
        QTRY_COMPARE(page.table()->model()->rowCount(), 1);
        QCOMPARE(page.table()->model()->index(0, TicketQueueModel::NumberColumn).data().toString(),
            QStringLiteral("T20261127000007"));
        QVERIFY(page.summaryText().contains(QStringLiteral("强制平仓")));
        // Text that looks like SQL is only text.
        page.searchBox()->setText(QStringLiteral("'; DELETE FROM tickets; --"));
        QTRY_COMPARE(page.table()->model()->rowCount(), 0);
        page.searchBox()->clear();
        QTRY_COMPARE(page.table()->model()->rowCount(), m_open);
        QTest::keyClicks(page.searchBox(), QStringLiteral("T20261127000007"));
        QTRY_COMPARE(page.table()->model()->rowCount(), 1);
    }

    void onlySqlColumnsSort()
    {
        TicketQueuePage page(*m_db, m_session.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QHeaderView *header = page.table()->horizontalHeader();
        const auto clickHeader = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
        };
        clickHeader(TicketQueueModel::NumberColumn);
        QCOMPARE(header->sortIndicatorSection(), int(TicketQueueModel::NumberColumn));
        const QString first
            = page.table()->model()->index(0, TicketQueueModel::NumberColumn).data().toString();
        clickHeader(TicketQueueModel::NumberColumn);
        const QString reversed
            = page.table()->model()->index(0, TicketQueueModel::NumberColumn).data().toString();
        QVERIFY(first != reversed);
        clickHeader(TicketQueueModel::KindColumn);
        QCOMPARE(header->sortIndicatorSection(), int(TicketQueueModel::NumberColumn));
        QCOMPARE(page.table()->model()->index(0, TicketQueueModel::NumberColumn).data().toString(), reversed);
    }

    void slaPillHasTheStatusColour()
    {
        TicketQueuePage page(*m_db, m_session.get());
        page.resize(1400, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *table = page.table();
        // Row 0 is i = 0: its reply was due yesterday.
        const QModelIndex sla = table->model()->index(0, TicketQueueModel::SlaColumn);
        QCOMPARE(sla.data(TicketQueueModel::SlaStatusRole).toInt(), int(SlaStatus::Red));
        const QImage shot = table->viewport()->grab().toImage();
        const QRect cell = table->visualRect(sla);
        const QColor fill = SlaDelegate::colours(int(SlaStatus::Red)).first;
        bool found = false;
        for (int x = cell.left(); x < cell.right() && !found; ++x)
            found = shot.pixelColor(x, cell.center().y()) == fill;
        QVERIFY2(found, "no pixel of the red pill's fill in the SLA cell");
    }

    void claimAndHandBackTheSelection()
    {
        TicketQueuePage page(*m_db, m_session.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.claimButton()->isEnabled()); // nothing selected
        page.showView(QueueViewModel::View::Unassigned);
        const int unassigned = page.table()->model()->rowCount();
        QVERIFY(unassigned >= 3);
        const qint64 pendingBefore = Outbox(*m_db).count();
        page.table()->selectionModel()->select(
            QItemSelection(page.table()->model()->index(0, 0), page.table()->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page.claimButton()->isEnabled());
        QStringList claimed;
        for (int r = 0; r < 3; ++r)
            claimed << page.table()->model()->index(r, 0).data(TicketQueueModel::TicketIdRole).toString();
        QTest::mouseClick(page.claimButton(), Qt::LeftButton);
        QVERIFY2(page.noticeText().contains(QStringLiteral("3")), qPrintable(page.noticeText()));
        for (const QString &id : claimed)
            QCOMPARE(TicketRepository(*m_db).get(id)->assigneeId, m_userId);
        QCOMPARE(Outbox(*m_db).count(), pendingBefore + 6); // an assignment event and the ticket, each
        QTRY_COMPARE(page.table()->model()->rowCount(), unassigned - 3);
        QTRY_COMPARE(page.viewModel()->count(QueueViewModel::View::MyTickets), m_mine + 3);

        // Back from My tickets: one of them, and one held by nobody is refused with its reason.
        page.showView(QueueViewModel::View::MyTickets);
        const int row = page.queueModel()->loadedRowOf(claimed.first()) >= 0
            ? page.queueModel()->loadedRowOf(claimed.first())
            : 0;
        page.table()->selectRow(row);
        const QString back
            = page.table()->model()->index(row, 0).data(TicketQueueModel::TicketIdRole).toString();
        QTest::mouseClick(page.handBackButton(), Qt::LeftButton);
        QVERIFY(TicketRepository(*m_db).get(back)->assigneeId.isEmpty());
        QTRY_COMPARE(page.viewModel()->count(QueueViewModel::View::MyTickets), m_mine + 2);
    }

    void agentsCannotTakeHeldTickets()
    {
        // A ticket held by a colleague: the claim is refused and the ticket stays theirs.
        User colleague;
        colleague.username = QStringLiteral("lisi");
        colleague.displayName = QStringLiteral("李四");
        colleague.teamId = m_teamId;
        QVERIFY(UserRepository(*m_db).create(colleague));
        TicketQueuePage page(*m_db, m_session.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showView(QueueViewModel::View::TeamQueue);
        Ticket t = *page.queueModel()->ticketAt(1);
        t.assigneeId = colleague.id;
        QVERIFY(TicketRepository(*m_db).update(t));
        // The edit moves it (the queue is by last update): find it again.
        QTRY_VERIFY(page.queueModel()->loadedRowOf(t.id) >= 0
            && page.queueModel()->ticketAt(page.queueModel()->loadedRowOf(t.id))->assigneeId == colleague.id);
        page.table()->selectRow(page.queueModel()->loadedRowOf(t.id));
        QTest::mouseClick(page.claimButton(), Qt::LeftButton);
        QVERIFY2(page.noticeText().contains(t.number), qPrintable(page.noticeText()));
        QCOMPARE(TicketRepository(*m_db).get(t.id)->assigneeId, colleague.id);
    }

    void filtersAndSavedViews()
    {
        TicketQueuePage page(*m_db, m_session.get());
        QAbstractItemModelTester tester(page.viewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Open complaints assigned to me: i % 20 == 0 of the 300, none of them closed.
        TicketQuery mineComplaints;
        mineComplaints.kinds = {TicketKind::Complaint};
        mineComplaints.assigneeId = m_userId;
        page.setFilter(mineComplaints);
        QCOMPARE(page.table()->model()->rowCount(), 15);
        QVERIFY(page.summaryText().contains(QStringLiteral("filtered")));

        // Kept as a view: listed after the built-in queues, with its count, and it survives
        // a new page (the profile keeps it).
        QVERIFY(page.saveFilterAsView(QStringLiteral("我的投诉"), mineComplaints));
        QCOMPARE(page.viewList()->model()->rowCount(), 8);
        QVERIFY(!page.currentSavedViewId().isEmpty());
        QCOMPARE(page.table()->model()->rowCount(), 15);
        QVERIFY(page.filter().kinds.isEmpty()); // the filter became the view
        TicketQueuePage again(*m_db, m_session.get());
        QCOMPARE(again.viewModel()->savedViews().size(), 1);
        const int row = again.viewModel()->rowOfSavedView(page.currentSavedViewId());
        QTRY_VERIFY(again.viewModel()->index(row).data().toString().contains(QStringLiteral("(15)")));

        // Dates: nothing was created in the future.
        TicketQuery future;
        future.createdFrom = QDateTime::currentDateTimeUtc().addDays(1);
        page.setFilter(future);
        QCOMPARE(page.table()->model()->rowCount(), 0);
        page.setFilter({});
        QCOMPARE(page.table()->model()->rowCount(), 15);
        QVERIFY(page.viewModel()->removeSavedView(page.currentSavedViewId()));
        QCOMPARE(page.viewList()->model()->rowCount(), 7);
    }

    void filterDialogBuildsTheQuery()
    {
        TicketEditor editor(*m_db, {m_userId, Role::Agent, m_teamId});
        TicketQuery initial;
        initial.states = {TicketState::Processing};
        TicketFilterDialog dialog(editor, initial);
        QCOMPARE(dialog.filter().states, QList<TicketState> {TicketState::Processing});
        QListWidget *kinds = dialog.list(QStringLiteral("filterKinds"));
        kinds->item(int(enumValues<TicketKind>().indexOf(TicketKind::Complaint)))->setCheckState(Qt::Checked);
        dialog.assigneeBox()->setCurrentIndex(2); // nobody
        dialog.textEdit()->setText(QStringLiteral("%' OR 1=1 --"));
        dialog.customerEdit()->setText(QStringLiteral("C404"));
        dialog.accept();
        QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog)); // no such customer: stays open
        dialog.customerEdit()->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const TicketQuery f = dialog.filter();
        QCOMPARE(f.kinds, QList<TicketKind> {TicketKind::Complaint});
        QVERIFY(f.unassigned);
        // SQL metacharacters are plain text to the store: no ticket matches.
        TicketQueuePage page(*m_db, m_session.get());
        page.setFilter(f);
        QCOMPARE(page.table()->model()->rowCount(), 0);
        TicketFilterDialog unnamed(editor, {});
        unnamed.saveAsView();
        QVERIFY(unnamed.viewName().isEmpty());
        QVERIFY(unnamed.errorLabel()->isVisibleTo(&unnamed));
    }

    void bulkMenuFollowsTheRole()
    {
        QStringList ids;
        for (int r = 0; r < 3; ++r)
            ids.append(TicketRepository(*m_db).findByNumber(QStringLiteral("T20261127%1").arg(r + 1, 6, 10, QLatin1Char('0')))->id);
        QString done;
        QStringList refused;
        const auto report = [&](const QString &d, const QStringList &r) {
            done = d;
            refused = r;
        };
        QMenu agentMenu;
        TicketBulkMenu::populate(&agentMenu, *m_db, {m_userId, Role::Agent, m_teamId}, ids, report);
        QStringList titles;
        for (QAction *a : agentMenu.actions())
            titles.append(a->text());
        // No assigning and no new incidents for an agent; an existing incident is fine.
        QCOMPARE(titles, (QStringList {QStringLiteral("Priority"), QString(), QStringLiteral("Put under an existing incident…")}));

        QMenu leadMenu;
        TicketBulkMenu::populate(&leadMenu, *m_db, {Entity::newId(), Role::Lead, m_teamId}, ids, report);
        QMenu *priority = nullptr;
        for (QAction *a : leadMenu.actions())
            if (a->menu() && a->text() == QLatin1String("Priority"))
                priority = a->menu();
        QVERIFY(priority);
        priority->actions().at(int(enumValues<Priority>().indexOf(Priority::Urgent)))->trigger();
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));
        QVERIFY(done.contains(QStringLiteral("3")));
        for (const QString &id : ids)
            QCOMPARE(TicketRepository(*m_db).get(id)->priority, Priority::Urgent);
    }

    void leadsChooseTheAssignmentRule()
    {
        TicketQueuePage page(*m_db, m_session.get());
        QVERIFY(page.ruleBox()->isHidden()); // an agent does not choose
        User lead;
        lead.username = QStringLiteral("dingjia");
        lead.displayName = QStringLiteral("丁嘉");
        lead.role = Role::Lead;
        lead.teamId = m_teamId;
        QVERIFY(UserRepository(*m_db).create(lead));
        QVERIFY(ProfileSettings(*m_db).setCurrentUserId(lead.id));
        m_session->refresh();
        QTRY_VERIFY(!page.ruleBox()->isHidden());
        const qint64 pendingBefore = Outbox(*m_db).count();
        page.ruleBox()->setCurrentIndex(page.ruleBox()->findData(int(AssignmentRule::LeastLoaded)));
        Q_EMIT page.ruleBox()->activated(page.ruleBox()->currentIndex());
        QCOMPARE(TeamRepository(*m_db).get(m_teamId)->assignmentRule, AssignmentRule::LeastLoaded);
        QCOMPARE(Outbox(*m_db).count(), pendingBefore + 1);
        QVERIFY(page.noticeText().contains(enumLabel(AssignmentRule::LeastLoaded)));
    }

    void enterOpensTheTicket()
    {
        TicketQueuePage page(*m_db, m_session.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy opened(&page, &TicketQueuePage::ticketActivated);
        page.table()->setFocus();
        page.table()->setCurrentIndex(page.table()->model()->index(2, 0));
        QTest::keyClick(page.table(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        const QString id = page.table()->model()->index(2, 0).data(TicketQueueModel::TicketIdRole).toString();
        QCOMPARE(opened.first().first().toString(), id);
        // The ticket takes the queue's place; Esc brings the queue back.
        QVERIFY(page.isShowingTicket());
        QCOMPARE(page.ticketView()->ticketId(), id);
        QVERIFY(page.ticketView()->headerText().contains(TicketRepository(*m_db).get(id)->number));
        QTest::keyClick(page.ticketView(), Qt::Key_Escape);
        QVERIFY(!page.isShowingTicket());
    }
};

QTEST_MAIN(TestTicketQueuePage)
#include "tst_ticketqueuepage.moc"
