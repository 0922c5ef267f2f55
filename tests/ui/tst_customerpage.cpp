// The Customer 360 workspace offscreen: the search box with its hints and hits, the 360
// view (masked identifiers, reveal through the dialog with its audit entry, the margin
// gauge, alerts with their actions, open tickets), and the screen pop for one caller,
// for a number several customers share, and for an unknown number registered on the spot.

#include "core/chineseid.h"
#include "models/customer360.h"
#include "models/customersearchmodel.h"
#include "models/holdinglistmodel.h"
#include "models/piireveal.h"
#include "models/riskalertlistmodel.h"
#include "models/sessionstatus.h"
#include "store/interactionrepository.h"
#include "store/outbox.h"
#include "store/profilesettings.h"
#include "store/ticketrepository.h"
#include "tests/models/customerfixture.h"
#include "ui/customer/contactnotedialog.h"
#include "ui/customer/customer360view.h"
#include "ui/customer/customerpage.h"
#include "ui/customer/margingauge.h"
#include "ui/customer/newcustomerdialog.h"
#include "ui/customer/revealdialog.h"
#include "ui/customer/riskalertpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

class TestCustomerPage : public QObject, public CustomerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<SessionStatus> m_session;

    void signIn(const User &user)
    {
        QVERIFY(ProfileSettings(*m_db).setCurrentUserId(user.id));
        m_session = std::make_unique<SessionStatus>(m_db.get());
        m_session->refresh();
    }

    QList<Interaction> calls(const QString &customerId)
    {
        return InteractionRepository(*m_db).forCustomer(customerId, 100);
    }

private Q_SLOTS:
    void init()
    {
        seed();
        signIn(m_agent);
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void searchHintsAndHits()
    {
        CustomerPage page(*m_db, m_session.get());
        page.resize(1400, 900);
        page.show();
        QVERIFY(!page.hintLabel()->text().isEmpty());
        QTest::keyClicks(page.searchBox(), QStringLiteral("5678"));
        QCOMPARE(page.results()->rowCount(), 2);
        QVERIFY(
            page.hintLabel()->text().contains(CustomerLookup::kindLabel(CustomerLookup::Kind::MobileTail)));
        page.searchBox()->clear();
        QTest::keyClicks(page.searchBox(), QStringLiteral("' OR 1=1; --"));
        QCOMPARE(page.results()->rowCount(), 0);
        QCOMPARE(page.hintLabel()->text(), CustomerLookup::classify(QStringLiteral("' OR 1=1; --")).hint());
        page.searchBox()->clear();
        QTest::keyClicks(page.searchBox(), QStringLiteral("13812345678"));
        QCOMPARE(page.results()->rowCount(), 1);
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(page.customer()->customerId(), m_customer.id);
        QVERIFY(page.view()->isVisible());
        // Nothing is revealed by opening, nor logged: no call is pending.
        QVERIFY(page.view()->identityLabel()->text().contains(QStringLiteral("138****5678")));
        QVERIFY(!page.view()->identityLabel()->text().contains(QStringLiteral("13812345678")));
        QCOMPARE(calls(m_customer.id).size(), 1);
    }

    void the360View()
    {
        CustomerPage page(*m_db, m_session.get());
        page.resize(1400, 900);
        page.show();
        page.openCustomer(m_customer.id);
        Customer360View *view = page.view();
        QCOMPARE(view->nameLabel()->text(), QStringLiteral("张三"));
        QCOMPARE(view->assessmentLabel()->property("tone").toString(), QStringLiteral("warning"));
        QVERIFY(view->marginGauge()->isVisible());
        QCOMPARE(view->marginGauge()->zone(), MarginLines::Zone::CloseOut);
        // No deadline from the back office: T+2 from Friday is Tuesday 1 December.
        QVERIFY2(view->marginLabel()->text().contains(
                     QLocale().toString(QDate(2026, 12, 1), QLocale::ShortFormat)),
            qPrintable(view->marginLabel()->text()));
        QCOMPARE(view->ticketsTable()->model()->rowCount(), 1);
        QVERIFY(view->holdingsTable()->model()->rowCount() == 5);
        // A holding above the C3 match (R4, R5 lead the list) starts selected, showing the
        // warning it needs; each flagged one shows its own.
        QVERIFY(view->holdingWarningLabel()->isVisible());
        QCOMPARE(view->holdingsTable()->currentIndex().row(), 0);
        QCOMPARE(view->holdingWarningLabel()->text(),
            view->holdingsTable()->model()->index(0, 0).data(HoldingListModel::WarningTextRole).toString());
        QVERIFY(view->holdingWarningLabel()->text().contains(enumLabel(RiskClass::C3)));
        view->holdingsTable()->setCurrentIndex(view->holdingsTable()->model()->index(4, 0));
        QVERIFY(!view->holdingWarningLabel()->isVisible());
        // The stored margin call leads, with its actions.
        QVERIFY(view->alertPanel()->acknowledgeButton(0));
        QVERIFY(view->alertPanel()->outreachButton(0));

        QSignalSpy opened(view, &Customer360View::ticketActivated);
        view->alertPanel()->outreachButton(0)->click();
        QVERIFY(view->noticeLabel()->isVisible());
        QVERIFY(view->noticeLabel()->text().contains(QStringLiteral("ticket:")));
        QMetaObject::invokeMethod(view->noticeLabel(), "linkActivated",
            Q_ARG(QString,
                view->noticeLabel()->text().section(QStringLiteral("href=\""), 1).section(u'"', 0, 0)));
        QCOMPARE(opened.size(), 1);
        const std::optional<Ticket> ticket = TicketRepository(*m_db).get(opened.first().first().toString());
        QVERIFY(ticket);
        QCOMPARE(ticket->category, TicketCategory::Margin);
        QCOMPARE(ticket->priority, Priority::Urgent);
        // The margin call is acknowledged now (listed after the open ones): no buttons on its card.
        const RiskAlertListModel *alerts = view->customer()->alerts();
        int callRow = -1;
        for (int row = 0; row < alerts->rowCount(); ++row)
            if (alerts->row(row)->alert.kind == RiskAlertKind::MarginCall)
                callRow = row;
        QVERIFY(callRow >= 0);
        QCOMPARE(alerts->row(callRow)->alert.state, AlertState::Acknowledged);
        QCOMPARE(alerts->row(callRow)->alert.acknowledgedBy, m_agent.id);
        QVERIFY(!view->alertPanel()->acknowledgeButton(callRow));
        QVERIFY(!view->alertPanel()->outreachButton(callRow));
    }

    void revealThroughTheDialog()
    {
        CustomerPage page(*m_db, m_session.get());
        page.show();
        page.openCustomer(m_customer.id);
        Customer360View *view = page.view();
        QPushButton *reveal = view->revealButton(PiiField::Mobile);
        QVERIFY(reveal->isVisible());
        bool sawDialog = false;
        QTimer::singleShot(0, qApp, [&sawDialog] {
            auto *dialog = qobject_cast<RevealDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            // No reason, no reveal: OK stays disabled.
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            dialog->reasonBox()->setCurrentIndex(0);
            QVERIFY(ok->isEnabled());
            dialog->accept();
        });
        reveal->click();
        QVERIFY(sawDialog);
        QVERIFY2(view->identityLabel()->text().contains(QStringLiteral("13812345678")),
            qPrintable(view->identityLabel()->text()));
        QVERIFY(!reveal->isEnabled()); // counting down
        const QList<OutboxEntry> queued = Outbox(*m_db).pending(10);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().mutation.fields.value(u"action").toString(), QStringLiteral("reveal_pii"));

        // Cancelling writes nothing.
        QTimer::singleShot(0, qApp, [] {
            if (auto *dialog = qobject_cast<RevealDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        view->revealButton(PiiField::IdNumber)->click();
        QCOMPARE(Outbox(*m_db).pending(10).size(), 1);
    }

    void trainersSeeMaskedOnly()
    {
        signIn(m_trainer);
        CustomerPage page(*m_db, m_session.get());
        page.show();
        page.openCustomer(m_customer.id);
        QCOMPARE(page.view()->nameLabel()->text(), QStringLiteral("张*"));
        QVERIFY(!page.view()->revealButton(PiiField::Mobile)->isVisible());
        QVERIFY(!page.view()->revealField(PiiField::Mobile, QStringLiteral("培训")));
        QVERIFY(page.view()->noticeLabel()->isVisible());
        QCOMPARE(Outbox(*m_db).pending(10).size(), 0);
    }

    void screenPopForOneCaller()
    {
        CustomerPage page(*m_db, m_session.get());
        page.show();
        const QDateTime rang = s_now.addSecs(-5);
        page.popCall(QStringLiteral("13812345678"), rang);
        QCOMPARE(page.customer()->customerId(), m_customer.id);
        QVERIFY(page.view()->isVisible());
        QVERIFY(page.callBanner()->isVisible());
        QVERIFY(!page.isCallPending());
        const QList<Interaction> logged = calls(m_customer.id);
        QCOMPARE(logged.size(), 2);
        QCOMPARE(logged.first().startedAt, rang);
        QCOMPARE(logged.first().agentId, m_agent.id);
        // "Write the call summary" completes that record: channel and direction fixed.
        QCOMPARE(page.view()->currentCall(), logged.first().id);
        QTimer::singleShot(0, qApp, [] {
            auto *dialog = qobject_cast<ContactNoteDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(!dialog->channelBox()->isEnabled());
            dialog->summaryEdit()->setPlainText(QStringLiteral("咨询追保期限，已告知"));
            dialog->accept();
        });
        QMetaObject::invokeMethod(
            page.callBanner(), "linkActivated", Q_ARG(QString, QStringLiteral("complete")));
        QCOMPARE(calls(m_customer.id).size(), 2);
        QCOMPARE(calls(m_customer.id).first().summary, QStringLiteral("咨询追保期限，已告知"));
        QVERIFY(page.view()->currentCall().isEmpty());
        // The number never shows in clear: not in the search box either.
        QVERIFY(page.searchBox()->text().isEmpty());
        QVERIFY(!page.callBanner()->text().contains(QStringLiteral("13812345678")));
    }

    // An extension or a landline names nobody: no customer opens, nothing is logged, even
    // though "5678" is some customer's mobile tail.
    void screenPopForAnExtensionOrLandline_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("extension") << QStringLiteral("5678");
        QTest::newRow("landline") << QStringLiteral("02112345678");
        QTest::newRow("hotline") << QStringLiteral("95555");
    }

    void screenPopForAnExtensionOrLandline()
    {
        QFETCH(QString, number);
        CustomerPage page(*m_db, m_session.get());
        page.show();
        page.popCall(number, s_now);
        QVERIFY(page.customer()->customerId().isEmpty());
        QCOMPARE(page.results()->rowCount(), 0);
        QVERIFY(page.callBanner()->isVisible());
        QVERIFY(page.callBanner()->text().contains(QStringLiteral("register")));
        QCOMPARE(calls(m_customer.id).size(), 1);
    }

    void screenPopForASharedNumber()
    {
        // Husband and wife on one mobile.
        Customer spouse = customer(QStringLiteral("李梅"), QStringLiteral("limei"), QStringLiteral("lm"),
            m_customer.mobile, QStringLiteral("110105195001010015"));
        apply(QList<Customer> {spouse});
        CustomerPage page(*m_db, m_session.get());
        page.show();
        page.popCall(m_customer.mobile, s_now);
        QCOMPARE(page.results()->rowCount(), 2);
        QVERIFY(page.isCallPending());
        QVERIFY(page.callBanner()->text().contains(QStringLiteral("138****5678")));
        QVERIFY(!page.callBanner()->text().contains(QStringLiteral("13812345678")));
        QCOMPARE(calls(spouse.id).size(), 0);
        // The agent asks and picks the wife.
        const int row = page.results()->customerId(0) == spouse.id ? 0 : 1;
        page.resultList()->activated(page.results()->index(row));
        QCOMPARE(page.customer()->customerId(), spouse.id);
        QCOMPARE(calls(spouse.id).size(), 1);
        QCOMPARE(calls(m_customer.id).size(), 1); // only yesterday's
        QVERIFY(!page.isCallPending());
    }

    void screenPopForAnUnknownNumber()
    {
        CustomerPage page(*m_db, m_session.get());
        page.show();
        page.popCall(QStringLiteral("13700009999"), s_now);
        QCOMPARE(page.results()->rowCount(), 0);
        QVERIFY(page.callBanner()->text().contains(QStringLiteral("register")));
        QVERIFY(page.isCallPending());
        const QString first17 = QStringLiteral("11010119800101001");
        QTimer::singleShot(0, qApp, [first17] {
            auto *dialog = qobject_cast<NewCustomerDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->mobileEdit()->text(), QStringLiteral("13700009999"));
            dialog->nameEdit()->setText(QStringLiteral("韩梅梅"));
            const QChar wrong = ChineseId::checkDigit(first17) == u'0' ? u'1' : u'0';
            dialog->idNumberEdit()->setText(first17 + wrong);
            dialog->accept(); // a wrong check digit: refused, the dialog stays
            QVERIFY(dialog->errorLabel()->isVisible());
            QVERIFY(dialog->isVisible());
            dialog->idNumberEdit()->setText(first17 + ChineseId::checkDigit(first17));
            dialog->accept();
        });
        QMetaObject::invokeMethod(
            page.callBanner(), "linkActivated", Q_ARG(QString, QStringLiteral("register")));
        const QString id = page.customer()->customerId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(page.customer()->customer().name, QStringLiteral("韩梅梅"));
        QCOMPARE(page.customer()->customer().pinyin, QStringLiteral("hanmeimei"));
        QCOMPARE(calls(id).size(), 1);
        QVERIFY(!page.isCallPending());
    }
};

QTEST_MAIN(TestCustomerPage)
#include "tst_customerpage.moc"
