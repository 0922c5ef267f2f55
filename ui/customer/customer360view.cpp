#include "ui/customer/customer360view.h"

#include "models/accountlistmodel.h"
#include "models/customer360.h"
#include "models/customerdesk.h"
#include "models/customerticketsmodel.h"
#include "models/customertimelinemodel.h"
#include "models/holdinglistmodel.h"
#include "models/piireveal.h"
#include "models/riskalertlistmodel.h"
#include "models/ticketeditor.h"
#include "store/ticketrepository.h"
#include "ui/customer/contactnotedialog.h"
#include "ui/customer/margingauge.h"
#include "ui/customer/revealdialog.h"
#include "ui/customer/riskalertpanel.h"
#include "ui/tickets/newticketdialog.h"
#include "ui/tickets/sladelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QStringLiteral("ticketTable"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

// Short tables take the height of their rows, so the sections below follow closely; a
// long one scrolls after maxRows.
void fitToRows(QTableView *table, int maxRows)
{
    const int rows = qBound(1, table->model()->rowCount(), maxRows);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + rows * rowHeight
        + 2 * table->frameWidth()
        + (table->horizontalScrollBar()->isVisible() ? table->horizontalScrollBar()->height() : 0));
}

void setTone(QLabel *label, const QString &tone)
{
    label->setProperty("tone", tone);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

Customer360View::Customer360View(Database &db, Customer360 *customer, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_customer(customer)
    , m_name(new QLabel(this))
    , m_badges(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_assessment(new QLabel(this))
    , m_revealState(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_revealMobile(new QPushButton(this))
    , m_revealId(new QPushButton(this))
    , m_revealEmail(new QPushButton(this))
    , m_revealAccounts(new QPushButton(this))
    , m_newTicket(new QPushButton(this))
    , m_contact(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    // Who: the header card.
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("card"));
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 12);
    auto *top = new QHBoxLayout;
    m_name->setObjectName(QStringLiteral("pageTitle"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_name);
    m_badges->setObjectName(QStringLiteral("cardCaption"));
    top->addWidget(m_badges);
    top->addStretch();
    top->addWidget(m_contact);
    m_newTicket->setDefault(true);
    top->addWidget(m_newTicket);
    headerLayout->addLayout(top);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setObjectName(QStringLiteral("cardDetail"));
    m_identity->setWordWrap(true);
    headerLayout->addWidget(m_identity);
    m_facts->setObjectName(QStringLiteral("cardDetail"));
    m_facts->setWordWrap(true);
    headerLayout->addWidget(m_facts);
    m_assessment->setObjectName(QStringLiteral("assessment"));
    m_assessment->setWordWrap(true);
    headerLayout->addWidget(m_assessment);
    // What is masked, and the way to see it: one row under the facts.
    auto *revealRow = new QHBoxLayout;
    m_revealState->setObjectName(QStringLiteral("cardCaption"));
    revealRow->addWidget(m_revealState);
    for (QPushButton *b : {m_revealMobile, m_revealId, m_revealEmail, m_revealAccounts}) {
        b->setObjectName(QStringLiteral("revealButton"));
        b->setCursor(Qt::PointingHandCursor);
        revealRow->addWidget(b);
    }
    revealRow->addStretch();
    headerLayout->addLayout(revealRow);
    layout->addWidget(header);

    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->hide();
    layout->addWidget(m_notice);
    connect(m_notice, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("ticket:")))
            Q_EMIT ticketActivated(link.mid(7));
    });

    // Left: risk, accounts, holdings (scrolls); right: open tickets and history.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setObjectName(QStringLiteral("workspaceScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *left = new QWidget(scroll);
    left->setObjectName(QStringLiteral("workspaceCanvas"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    m_alertsTitle = sectionTitle(left);
    leftLayout->addWidget(m_alertsTitle);
    m_alerts = new RiskAlertPanel(
        m_customer->alerts(),
        [this](RiskAlertKind kind) {
            const std::optional<Article> article = desk().suggestedArticle(kind);
            return article ? article->title : QString();
        },
        left);
    leftLayout->addWidget(m_alerts);
    connect(m_alerts, &RiskAlertPanel::acknowledgeRequested, this, &Customer360View::acknowledgeAlert);
    connect(m_alerts, &RiskAlertPanel::outreachRequested, this, &Customer360View::createOutreachTicket);

    m_accountsTitle = sectionTitle(left);
    leftLayout->addWidget(m_accountsTitle);
    m_accounts = makeTable(m_customer->accounts(), left);
    leftLayout->addWidget(m_accounts);
    m_marginRow = new QFrame(left);
    m_marginRow->setObjectName(QStringLiteral("card"));
    auto *marginLayout = new QVBoxLayout(m_marginRow);
    marginLayout->setContentsMargins(12, 8, 12, 8);
    m_marginText = new QLabel(m_marginRow);
    m_marginText->setWordWrap(true);
    marginLayout->addWidget(m_marginText);
    m_gauge = new MarginGauge(m_marginRow);
    marginLayout->addWidget(m_gauge);
    leftLayout->addWidget(m_marginRow);

    m_holdingsTitle = sectionTitle(left);
    leftLayout->addWidget(m_holdingsTitle);
    m_holdings = makeTable(m_customer->holdings(), left);
    leftLayout->addWidget(m_holdings);
    // The warning text a flagged holding requires, for the holding picked in the table.
    m_holdingWarning = new QLabel(left);
    m_holdingWarning->setObjectName(QStringLiteral("complianceWarning"));
    m_holdingWarning->setWordWrap(true);
    m_holdingWarning->hide();
    leftLayout->addWidget(m_holdingWarning);
    connect(m_holdings->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const QString text = current.data(HoldingListModel::WarningTextRole).toString();
            m_holdingWarning->setText(text);
            m_holdingWarning->setVisible(!text.isEmpty());
        });
    connect(m_customer->holdings(), &QAbstractItemModel::modelReset, m_holdingWarning, &QWidget::hide);
    leftLayout->addStretch();
    scroll->setWidget(left);

    m_tabs = new QTabWidget(splitter);
    m_tickets = makeTable(m_customer->openTickets(), m_tabs);
    m_tickets->setItemDelegateForColumn(CustomerTicketsModel::SlaColumn, new SlaDelegate(m_tickets));
    m_tickets->horizontalHeader()->setSectionResizeMode(
        CustomerTicketsModel::SubjectColumn, QHeaderView::Stretch);
    m_tickets->horizontalHeader()->setStretchLastSection(false);
    connect(m_tickets, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT ticketActivated(m_customer->openTickets()->ticketId(index.row()));
    });
    m_timeline = new QListView(m_tabs);
    m_timeline->setObjectName(QStringLiteral("ticketTimeline"));
    m_timeline->setModel(m_customer->timeline());
    m_timeline->setWordWrap(true);
    m_timeline->setSpacing(4);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_timeline, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString ticket = index.data(CustomerTimelineModel::TicketIdRole).toString();
        if (!ticket.isEmpty())
            Q_EMIT ticketActivated(ticket);
    });
    m_tabs->addTab(m_tickets, QString());
    m_tabs->addTab(m_timeline, QString());
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 520});
    layout->addWidget(splitter, 1);

    connect(m_revealMobile, &QPushButton::clicked, this, [this] { revealField(PiiField::Mobile); });
    connect(m_revealId, &QPushButton::clicked, this, [this] { revealField(PiiField::IdNumber); });
    connect(m_revealEmail, &QPushButton::clicked, this, [this] { revealField(PiiField::Email); });
    connect(m_revealAccounts, &QPushButton::clicked, this, [this] { revealField(PiiField::AccountNumber); });
    connect(m_newTicket, &QPushButton::clicked, this, &Customer360View::newTicket);
    connect(m_contact, &QPushButton::clicked, this, &Customer360View::recordContact);
    connect(m_customer, &Customer360::loaded, this, &Customer360View::refresh);
    // The countdown of a revealed field.
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    tick->start();
    retranslateUi();
}

Customer360View::~Customer360View() = default;

CustomerDesk Customer360View::desk() const
{
    CustomerDesk desk(m_db, m_customer->actor());
    return desk;
}

QString Customer360View::fieldLabel(PiiField field) const
{
    switch (field) {
    case PiiField::Mobile:
        return tr("mobile number");
    case PiiField::IdNumber:
        return tr("ID number");
    case PiiField::Email:
        return tr("e-mail address");
    case PiiField::AccountNumber:
        return tr("account numbers");
    case PiiField::Name:
        return tr("name");
    case PiiField::CardNumber:
    case PiiField::Password:
        break;
    }
    return {};
}

QString Customer360View::revealLabel(PiiField field) const
{
    switch (field) {
    case PiiField::Mobile:
        return tr("Show mobile");
    case PiiField::IdNumber:
        return tr("Show ID");
    case PiiField::Email:
        return tr("Show e-mail");
    case PiiField::AccountNumber:
        return tr("Show accounts");
    default:
        break;
    }
    return {};
}

QPushButton *Customer360View::revealButton(PiiField field) const
{
    switch (field) {
    case PiiField::Mobile:
        return m_revealMobile;
    case PiiField::IdNumber:
        return m_revealId;
    case PiiField::Email:
        return m_revealEmail;
    case PiiField::AccountNumber:
        return m_revealAccounts;
    default:
        break;
    }
    return nullptr;
}

bool Customer360View::revealField(PiiField field, const QString &givenReason)
{
    if (!m_customer->isOpen())
        return false;
    PiiReveal *reveal = m_customer->reveal();
    QString reason = givenReason;
    if (reason.isEmpty()) {
        RevealDialog dialog(fieldLabel(field), reveal->duration(), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = dialog.reason();
    }
    QString error;
    if (!reveal->reveal(m_customer->customerId(), field, reason, &error)) {
        showNotice(error.toHtmlEscaped(), true);
        return false;
    }
    m_notice->hide();
    refresh();
    return true;
}

void Customer360View::acknowledgeAlert(int row)
{
    const RiskAlertListModel::Row *alert = m_customer->alerts()->row(row);
    if (!alert)
        return;
    const CustomerDesk::Result result = desk().acknowledge(m_customer->customerId(), *alert);
    if (!result)
        showNotice(result.error.toHtmlEscaped(), true);
    else
        m_customer->reload();
}

void Customer360View::createOutreachTicket(int row)
{
    const RiskAlertListModel::Row *alert = m_customer->alerts()->row(row);
    if (!alert)
        return;
    const CustomerDesk::Result result = desk().createOutreachTicket(m_customer->customerId(), *alert);
    if (!result) {
        showNotice(result.error.toHtmlEscaped(), true);
        return;
    }
    const std::optional<Ticket> ticket = TicketRepository(m_db).get(result.id);
    showNotice(tr("Outreach ticket %1 opened and assigned to you; the alert is acknowledged. <a "
                  "href=\"ticket:%2\">Open "
                  "the ticket</a>")
                   .arg(ticket ? ticket->number : QString(), result.id));
    m_customer->reload();
}

void Customer360View::newTicket()
{
    if (!m_customer->isOpen())
        return;
    TicketEditor editor(m_db, m_customer->actor());
    NewTicketDialog dialog(editor, m_customer->customerId(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.createdId().isEmpty())
        Q_EMIT ticketActivated(dialog.createdId());
}

void Customer360View::recordContact()
{
    if (!m_customer->isOpen())
        return;
    CustomerDesk contactDesk = desk();
    ContactNoteDialog dialog(contactDesk, m_customer->customerId(),
        TicketRepository(m_db).forCustomer(m_customer->customerId()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_customer->reload();
}

void Customer360View::showNotice(const QString &html, bool error)
{
    m_notice->setText(html);
    m_notice->setProperty("error", error);
    m_notice->style()->unpolish(m_notice);
    m_notice->style()->polish(m_notice);
    m_notice->show();
}

void Customer360View::refresh()
{
    if (!m_customer->isOpen())
        return;
    const Customer &c = m_customer->customer();
    const PiiReveal *reveal = m_customer->reveal();
    m_name->setText(m_customer->display(PiiField::Name));
    QStringList badges;
    if (c.vipLevel > 0)
        badges.append(tr("VIP %1").arg(c.vipLevel));
    if (c.status != CustomerStatus::Active)
        badges.append(enumLabel(c.status));
    badges.append(c.tags);
    m_badges->setText(badges.join(QStringLiteral(" · ")));

    QStringList identity;
    identity.append(tr("Customer no. %1").arg(c.customerNo));
    identity.append(tr("Mobile %1").arg(m_customer->display(PiiField::Mobile)));
    identity.append(tr("%1 %2").arg(enumLabel(c.idType), m_customer->display(PiiField::IdNumber)));
    if (!c.email.isEmpty())
        identity.append(tr("E-mail %1").arg(m_customer->display(PiiField::Email)));
    m_identity->setText(identity.join(QStringLiteral("  ·  ")));
    const bool mayReveal = reveal->mayReveal(PiiField::Mobile);
    const QString id = c.id;
    auto setReveal = [&](QPushButton *button, PiiField field, bool present) {
        const int left = reveal->secondsLeft(id, field);
        button->setVisible(mayReveal && present);
        button->setEnabled(left == 0);
        button->setText(left > 0 ? tr("%1 s").arg(left) : revealLabel(field));
        button->setToolTip(tr("Show the %1 for %2 seconds; asks for the reason, which is audited")
                               .arg(fieldLabel(field))
                               .arg(reveal->duration()));
    };
    setReveal(m_revealMobile, PiiField::Mobile, !c.mobile.isEmpty());
    setReveal(m_revealId, PiiField::IdNumber, !c.idNumber.isEmpty());
    setReveal(m_revealEmail, PiiField::Email, !c.email.isEmpty());
    setReveal(m_revealAccounts, PiiField::AccountNumber, m_customer->accounts()->rowCount() > 0);
    m_revealState->setText(mayReveal
            ? tr("Identifiers are masked. Showing one asks for a reason and is audited.")
            : tr("Trainers see personal data masked only."));

    m_facts->setText(QStringList {tr("Branch %1").arg(c.branch),
        tr("Account manager %1").arg(c.accountManager), enumLabel(c.investorType)}
                         .join(QStringLiteral("  ·  ")));
    QString assessment
        = tr("Risk class %1 · assessed %2 · valid until %3")
              .arg(enumLabel(c.riskClass), QLocale().toString(c.assessedOn, QLocale::ShortFormat),
                  QLocale().toString(c.assessmentExpires, QLocale::ShortFormat));
    switch (m_customer->assessmentStatus()) {
    case Suitability::AssessmentStatus::Expired:
        assessment += QStringLiteral("  —  ")
            + tr("the assessment has expired: no new medium- or high-risk products until it is renewed");
        setTone(m_assessment, QStringLiteral("danger"));
        break;
    case Suitability::AssessmentStatus::ExpiringSoon:
        assessment += QStringLiteral("  —  ")
            + tr("expires in %n day(s): remind the customer to renew it", nullptr,
                int(m_customer->assessmentDaysLeft()));
        setTone(m_assessment, QStringLiteral("warning"));
        break;
    case Suitability::AssessmentStatus::Valid:
        setTone(m_assessment, QString());
        break;
    }
    m_assessment->setText(assessment);

    const int openAlerts = m_customer->alerts()->openCount();
    m_alertsTitle->setText(tr("Risk alerts (%1 open)").arg(openAlerts));
    m_accountsTitle->setText(tr("Accounts (%1)").arg(m_customer->accounts()->rowCount()));
    const int above = m_customer->holdings()->aboveMatchCount();
    m_holdingsTitle->setText(above > 0
            ? tr("Holdings (%1) — %n above the customer's risk tolerance", nullptr, above)
                  .arg(m_customer->holdings()->rowCount())
            : tr("Holdings (%1)").arg(m_customer->holdings()->rowCount()));

    const AccountListModel *accounts = m_customer->accounts();
    const Account *margin = accounts->marginAccount();
    m_marginRow->setVisible(margin != nullptr);
    if (margin) {
        m_gauge->setLines(accounts->lines());
        m_gauge->setRatio(margin->maintenanceRatio);
        const MarginLines::Zone zone = accounts->lines().classify(margin->maintenanceRatio);
        QString text = tr("<b>Margin maintenance ratio</b> — %1").arg(MarginLines::zoneLabel(zone));
        if (zone == MarginLines::Zone::CloseOut || margin->topUpDeadline.isValid()) {
            const QDate deadline = margin->topUpDeadline.isValid()
                ? margin->topUpDeadline
                : MarginLines::topUpDeadline(m_customer->today());
            const int left = WorkingCalendar::builtIn().tradingDaysBetween(m_customer->today(), deadline);
            text += QStringLiteral(" · ")
                + (left >= 0 ? tr("top up by %1 (%n trading day(s) left)", nullptr, left)
                                   .arg(QLocale().toString(deadline, QLocale::ShortFormat))
                             : tr("the top-up deadline %1 has passed")
                                   .arg(QLocale().toString(deadline, QLocale::ShortFormat)));
        }
        m_marginText->setText(text);
    }

    fitToRows(m_accounts, 6);
    fitToRows(m_holdings, 12);
    m_tabs->setTabText(0, tr("Open tickets (%1)").arg(m_customer->openTickets()->rowCount()));
    m_tabs->setTabText(1, tr("History (%1)").arg(m_customer->timeline()->rowCount()));
}

void Customer360View::retranslateUi()
{
    m_newTicket->setText(tr("New ticket"));
    m_contact->setText(tr("Record contact"));
    // The models' headers and the alert texts are translated when read.
    if (m_customer->isOpen())
        m_customer->reload();
    else
        refresh();
}

void Customer360View::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
