// TicketView offscreen over a real store: only the workflow steps this user may take are
// offered, the others greyed out with the reason; each step asks for its required fields;
// wording that promises returns is held back until confirmed; notes and replies land in
// the timeline and the outbox; canned replies fill their placeholders; the SLA clock is
// coloured at the boundaries.

#include "core/attachmentpolicy.h"
#include "core/slaclock.h"
#include "core/wirecodec.h"
#include "models/tickettimelinemodel.h"
#include "store/cannedreplyrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/pendinguploads.h"
#include "store/remoteapplier.h"
#include "store/ticketrepository.h"
#include "models/ticketeditor.h"
#include "ui/tickets/newticketdialog.h"
#include "ui/tickets/replycomposer.h"
#include "ui/tickets/ticketview.h"
#include "ui/tickets/transitiondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <functional>

class TestTicketView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_profiles = 0;
    const QString m_team = Entity::newId();
    User m_agent;
    User m_agent2;
    Customer m_customer;

    Actor agent() const { return {m_agent.id, Role::Agent, m_team}; }

    template<typename T>
    void apply(const QList<T> &records)
    {
        QList<Change> changes;
        qint64 seq = 0;
        for (const T &r : records)
            changes.append({++seq, entityTypeOf<T>(), r.id, r.rev, false, WireCodec::encode(r)});
        QString error;
        QVERIFY2(RemoteApplier(*m_db).applyPage(changes, QString(), &error), qPrintable(error));
    }

    Ticket stored(TicketState state, const QString &assignee, const QDateTime &replyDue = {})
    {
        Ticket t;
        t.id = Entity::newId();
        t.rev = 1;
        t.number = QStringLiteral("T20261125%1").arg(++m_profiles * 10, 6, 10, QLatin1Char('0'));
        t.customerId = m_customer.id;
        t.teamId = m_team;
        t.kind = TicketKind::Complaint;
        t.category = TicketCategory::Margin;
        t.state = state;
        t.assigneeId = assignee;
        t.subject = QStringLiteral("对强制平仓价格有异议");
        t.createdAt = QDateTime::currentDateTimeUtc().addDays(-20);
        t.replyDue = replyDue.isValid() ? replyDue : QDateTime::currentDateTimeUtc().addDays(20);
        t.updatedAt = t.createdAt;
        apply(QList<Ticket> {t});
        return t;
    }

    // Runs `interact` on the modal dialog the next exec() opens.
    static void onNextDialog(std::function<void(TransitionDialog *)> interact)
    {
        QTimer::singleShot(0, qApp, [interact] {
            auto *dialog = qobject_cast<TransitionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            interact(dialog);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QString::number(QRandomGenerator::global()->generate())));
        QVERIFY(m_db->open());
        auto user = [this](const QString &name) {
            User u;
            u.id = Entity::newId();
            u.rev = 1;
            u.username = name;
            u.displayName = name;
            u.teamId = m_team;
            return u;
        };
        m_agent = user(QStringLiteral("王芳"));
        m_agent2 = user(QStringLiteral("李明"));
        apply(QList<User> {m_agent, m_agent2});
        m_customer = Customer();
        m_customer.id = Entity::newId();
        m_customer.rev = 1;
        m_customer.customerNo = QStringLiteral("C00000042");
        m_customer.name = QStringLiteral("张三");
        m_customer.mobile = QStringLiteral("13812345678");
        m_customer.idNumber = QStringLiteral("11010519491231002X");
        m_customer.investorType = InvestorType::Ordinary;
        apply(QList<Customer> {m_customer});
    }

    void offersOnlyLegalStepsAndSaysWhyNot()
    {
        const Ticket t = stored(TicketState::Processing, m_agent.id);
        TicketView view(*m_db);
        view.setActor(agent());
        view.showTicket(t.id);
        QCOMPARE(view.transitionButtons().size(), 3);
        QVERIFY(view.transitionButton(TicketState::Replied)->isEnabled());
        QVERIFY(view.transitionButton(TicketState::Mediation)->isEnabled());
        QPushButton *arbitration = view.transitionButton(TicketState::Arbitration);
        QVERIFY(!arbitration->isEnabled());
        QVERIFY2(arbitration->toolTip().contains(QStringLiteral("team lead")), qPrintable(arbitration->toolTip()));
        QVERIFY(!view.transitionButton(TicketState::Closed)); // not a step from here at all

        // Masked mobile in the header, never the full number.
        QVERIFY(view.headerText().contains(QStringLiteral("138****5678")));
        QVERIFY(!view.headerText().contains(m_customer.mobile));

        // A colleague's ticket: every step greyed out, naming the holder.
        const Ticket theirs = stored(TicketState::Processing, m_agent2.id);
        view.showTicket(theirs.id);
        for (QPushButton *b : view.transitionButtons()) {
            QVERIFY(!b->isEnabled());
            // The lead-only step names the role; the others the holder.
            const QString who = b == view.transitionButton(TicketState::Arbitration) ? QStringLiteral("team lead")
                                                                                     : m_agent2.displayName;
            QVERIFY2(b->toolTip().contains(who), qPrintable(b->toolTip()));
        }
    }

    void replyStepAsksForTextAndHoldsPromises()
    {
        const Ticket t = stored(TicketState::Processing, m_agent.id);
        TicketView view(*m_db);
        view.setActor(agent());
        view.showTicket(t.id);
        view.show();
        bool checked = false;
        onNextDialog([&](TransitionDialog *d) {
            QVERIFY(d->replyEdit());
            QVERIFY(!d->resolutionBox());
            QVERIFY(!d->canAccept());
            d->replyEdit()->setPlainText(QStringLiteral("本产品保本保收益，请放心"));
            QVERIFY(d->warningLabel()->isVisibleTo(d));
            QVERIFY(!d->canAccept());
            d->sendAnywayBox()->setChecked(true);
            QVERIFY(d->canAccept());
            d->replyEdit()->setPlainText(QStringLiteral("经核实，强平价格符合合同约定，产品不保本。"));
            QVERIFY(!d->warningLabel()->isVisibleTo(d));
            QVERIFY(d->canAccept());
            checked = true;
            d->accept();
        });
        view.transitionButton(TicketState::Replied)->click();
        QVERIFY(checked);
        QCOMPARE(TicketRepository(*m_db).get(t.id)->state, TicketState::Replied);
        QVERIFY(view.noticeText().contains(t.number));
        // The next steps follow the new state.
        QVERIFY(view.transitionButton(TicketState::FollowUp));
        QTRY_COMPARE(view.timeline()->count(EventKind::Reply), 1);
    }

    void closingAsksForResolutionAndFollowUp()
    {
        const Ticket t = stored(TicketState::FollowUp, m_agent.id);
        TicketView view(*m_db);
        view.setActor(agent());
        view.showTicket(t.id);
        onNextDialog([](TransitionDialog *d) {
            QVERIFY(d->resolutionBox() && d->followUpBox());
            QVERIFY(!d->replyEdit());
            // Only a merge closes a ticket as merged.
            QCOMPARE(d->resolutionBox()->findData(int(ResolutionCode::Merged)), -1);
            d->resolutionBox()->setCurrentIndex(d->resolutionBox()->findData(int(ResolutionCode::Explained)));
            QVERIFY(!d->canAccept());
            d->followUpBox()->setCurrentIndex(d->followUpBox()->findData(int(FollowUpResult::Satisfied)));
            QVERIFY(d->canAccept());
            d->accept();
        });
        view.transitionButton(TicketState::Closed)->click();
        const Ticket closed = *TicketRepository(*m_db).get(t.id);
        QCOMPARE(closed.state, TicketState::Closed);
        QCOMPARE(closed.resolution, std::optional(ResolutionCode::Explained));
        QCOMPARE(closed.followUp, std::optional(FollowUpResult::Satisfied));
        // An agent cannot reopen: the lead's step is shown greyed out.
        QPushButton *reopen = view.transitionButton(TicketState::Processing);
        QVERIFY(reopen && !reopen->isEnabled());
    }

    void cancelledDialogChangesNothing()
    {
        const Ticket t = stored(TicketState::Processing, m_agent.id);
        TicketView view(*m_db);
        view.setActor(agent());
        view.showTicket(t.id);
        onNextDialog([](TransitionDialog *d) {
            QVERIFY(d->bodyBox());
            d->reject();
        });
        view.transitionButton(TicketState::Mediation)->click();
        QCOMPARE(TicketRepository(*m_db).get(t.id)->state, TicketState::Processing);
        QVERIFY(Outbox(*m_db).pending(10).isEmpty());
    }

    void composerSendsNotesAndRepliesApart()
    {
        const Ticket t = stored(TicketState::Investigating, m_agent.id);
        CannedReply canned;
        canned.title = QStringLiteral("强平说明");
        canned.body = QStringLiteral("{customer_name}您好，关于工单{ticket_number}，");
        canned.category = TicketCategory::Margin;
        canned.teamId = m_team;
        QVERIFY(CannedReplyRepository(*m_db).create(canned));

        const qsizetype pendingBefore = Outbox(*m_db).pending(100).size();
        TicketView view(*m_db);
        view.setActor(agent());
        view.showTicket(t.id);
        ReplyComposer *composer = view.composer();
        QCOMPARE(composer->matchingCannedReplies(QStringLiteral("强平")), QStringList {canned.title});
        QVERIFY(composer->matchingCannedReplies(QStringLiteral("'; DROP TABLE tickets; --")).isEmpty());
        composer->insertCannedReply(canned);
        QCOMPARE(composer->text(), QStringLiteral("张三您好，关于工单%1，").arg(t.number));

        composer->setText(QStringLiteral("稳赚不赔的机会"));
        QVERIFY(!composer->sendButton()->isEnabled());
        QVERIFY(composer->warningLabel()->isVisibleTo(composer));
        composer->sendAnywayBox()->setChecked(true);
        QVERIFY(composer->sendButton()->isEnabled());
        composer->setText(QStringLiteral("您好 {agent_note}"));
        QVERIFY(!composer->sendButton()->isEnabled()); // a placeholder left unfilled

        composer->setMode(ReplyComposer::Mode::Note);
        composer->setText(QStringLiteral("客户情绪激动，需组长关注"));
        composer->sendButton()->click();
        QVERIFY(composer->text().isEmpty());
        composer->setMode(ReplyComposer::Mode::Reply);
        composer->setText(QStringLiteral("您好，我们正在核实"));
        composer->sendButton()->click();
        QTRY_COMPARE(view.timeline()->rowCount(), 2);
        QCOMPARE(view.timeline()->count(EventKind::Note), 1);
        QCOMPARE(view.timeline()->count(EventKind::Reply), 1);
        // The note, the reply and the first-response time on the ticket.
        QCOMPARE(Outbox(*m_db).pending(100).size(), pendingBefore + 3);
    }

    void slaClockColoursAtTheBoundaries()
    {
        TicketView view(*m_db);
        view.setActor(agent());
        const auto colourOf = [&](const QDateTime &due) {
            const Ticket t = stored(TicketState::Processing, m_agent.id, due);
            view.showTicket(t.id);
            return view.findChild<QLabel *>(QStringLiteral("ticketClock"))->property("sla").toString();
        };
        QCOMPARE(colourOf(QDateTime::currentDateTimeUtc().addSecs(-60)), QStringLiteral("red"));
        QCOMPARE(colourOf(QDateTime::currentDateTimeUtc().addDays(60)), QStringLiteral("green"));
    }

    void newTicketForAKnownCustomer()
    {
        TicketEditor editor(*m_db, agent());
        NewTicketDialog dialog(editor);
        dialog.customerEdit()->setText(QStringLiteral("C99999999"));
        dialog.subjectEdit()->setText(QStringLiteral("转账未到账"));
        dialog.accept();
        QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.createdId().isEmpty());
        // The customer's mobile identifies them as well as the number.
        dialog.customerEdit()->setText(m_customer.mobile);
        dialog.channelBox()->setCurrentIndex(dialog.channelBox()->findData(int(Channel::Transfer12386)));
        QVERIFY(dialog.externalDueEdit()->isEnabled());
        dialog.subjectEdit()->clear();
        dialog.accept();
        QVERIFY(dialog.createdId().isEmpty()); // no subject
        dialog.subjectEdit()->setText(QStringLiteral("转账未到账"));
        dialog.accept();
        QVERIFY2(!dialog.createdId().isEmpty(), qPrintable(dialog.errorLabel()->text()));
        const Ticket t = *TicketRepository(*m_db).get(dialog.createdId());
        QCOMPARE(t.customerId, m_customer.id);
        QCOMPARE(t.source, Channel::Transfer12386);
        QVERIFY(t.externalDue.isValid());
        QVERIFY(t.assigneeId.isEmpty()); // a transfer waits in the team queue
    }

    void attachmentsAreCheckedThenQueued()
    {
        const Ticket t = stored(TicketState::Processing, m_agent.id);
        TicketView view(*m_db);
        view.setActor(agent());
        view.showTicket(t.id);
        QTemporaryDir files;
        const auto write = [&](const QString &name, qint64 size, const QByteArray &head = {}) {
            QFile f(files.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write(head);
            f.resize(size); // sparse: a large file costs nothing
            return f.fileName();
        };
        const QString pdf = write(QStringLiteral("对账单.pdf"), 2048, "%PDF-1.4\n");
        const QString script = write(QStringLiteral("run.sh"), 20, "#!/bin/sh\n");
        const QString huge = write(QStringLiteral("录音.pdf"), AttachmentPolicy::DefaultMaxBytes + 1, "%PDF-1.4\n");
        const QString empty = write(QStringLiteral("空.txt"), 0);
        view.attachFiles({pdf, script, huge, empty});
        const QString notice = view.noticeText();
        QVERIFY2(notice.contains(QStringLiteral("1 file")), qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("run.sh")));
        QVERIFY(notice.contains(QStringLiteral("录音.pdf")));
        QVERIFY(notice.contains(QStringLiteral("空.txt")));
        const QList<PendingUpload> waiting = PendingUploads(*m_db).forTicket(t.id);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().name, QStringLiteral("对账单.pdf"));
        QCOMPARE(waiting.first().mimeType, QStringLiteral("application/pdf"));
        // The content is in the profile, so the original may move or vanish.
        QVERIFY(QFile::exists(QDir(m_db->profileDir()).filePath(waiting.first().blobPath)));
        QFile::remove(pdf);
        QTRY_COMPARE(view.timeline()->count(EventKind::Attachment), 1);
        QVERIFY(view.timeline()->index(0).data(TicketTimelineModel::HeadingRole).toString().contains(QStringLiteral("waiting")));
        // A closed ticket takes no more files.
        const Ticket closed = stored(TicketState::Closed, m_agent.id);
        view.showTicket(closed.id);
        const QString again = write(QStringLiteral("b.pdf"), 100, "%PDF-1.4\n");
        view.attachFiles({again});
        QVERIFY(view.noticeText().contains(QStringLiteral("closed")));
    }

    void ordinaryInvestorsMediationCannotBeDeclined()
    {
        const Ticket t = stored(TicketState::Processing, m_agent.id);
        TicketView view(*m_db);
        view.setActor(agent());
        view.showTicket(t.id);
        QMenu *menu = view.moreButton()->menu();
        Q_EMIT menu->aboutToShow();
        QAction *decline = nullptr;
        for (QAction *a : menu->actions())
            if (a->text().contains(QStringLiteral("mediation")))
                decline = a;
        QVERIFY(decline);
        QVERIFY(!decline->isEnabled());
        QVERIFY2(decline->toolTip().contains(QStringLiteral("cannot be refused")), qPrintable(decline->toolTip()));
    }
};

QTEST_MAIN(TestTicketView)
#include "tst_ticketview.moc"
