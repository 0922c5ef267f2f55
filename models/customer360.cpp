#include "models/customer360.h"

#include "core/workingcalendar.h"
#include "models/accountlistmodel.h"
#include "models/customerticketsmodel.h"
#include "models/customertimelinemodel.h"
#include "models/holdinglistmodel.h"
#include "models/piireveal.h"
#include "models/riskalertlistmodel.h"
#include "store/accountrepository.h"
#include "store/changenotifier.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/holdingrepository.h"
#include "store/interactionrepository.h"
#include "store/riskalertrepository.h"
#include "store/ticketeventrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"

Customer360::Customer360(Database &db, const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(actor)
    , m_reveal(new PiiReveal(db, actor, this))
    , m_accounts(new AccountListModel(m_reveal, this))
    , m_holdings(new HoldingListModel(this))
    , m_alerts(new RiskAlertListModel(this))
    , m_timeline(new CustomerTimelineModel(this))
    , m_tickets(new CustomerTicketsModel(this))
{
    // A sync page touches many records at once: one read after it settles.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    connect(&m_reloadTimer, &QTimer::timeout, this, &Customer360::reload);
    ChangeNotifier *notifier = db.notifier();
    auto later = [this] {
        if (isOpen())
            m_reloadTimer.start();
    };
    connect(notifier, &ChangeNotifier::customersChanged, this, later);
    connect(notifier, &ChangeNotifier::accountsChanged, this, later);
    connect(notifier, &ChangeNotifier::holdingsChanged, this, later);
    connect(notifier, &ChangeNotifier::riskAlertsChanged, this, later);
    connect(notifier, &ChangeNotifier::interactionsChanged, this, later);
    connect(notifier, &ChangeNotifier::ticketsChanged, this, later);
    connect(notifier, &ChangeNotifier::ticketEventsChanged, this, later);
    connect(notifier, &ChangeNotifier::reset, this, later);
    connect(m_reveal, &PiiReveal::changed, this, &Customer360::loaded);
    m_clockTimer.setInterval(60 * 1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &Customer360::reload);
    m_clockTimer.start();
}

Customer360::~Customer360() = default;

void Customer360::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    m_reveal->setClock(m_now);
}

void Customer360::setActor(const Actor &actor)
{
    if (actor.userId == m_actor.userId && actor.role == m_actor.role && actor.teamId == m_actor.teamId)
        return;
    m_actor = actor;
    m_reveal->setActor(actor);
    if (isOpen())
        reload();
}

QDate Customer360::today() const
{
    // Deadlines and expiries are mainland dates, wherever the workstation's clock is set.
    return RiskAlertRules::chinaDate(m_now());
}

void Customer360::setMarginLines(const MarginLines &lines)
{
    m_rules = RiskAlertRules(lines);
    if (isOpen())
        reload();
}

bool Customer360::open(const QString &customerId)
{
    if (customerId != m_customer.id)
        m_reveal->hideAll();
    const std::optional<Customer> found = CustomerRepository(m_db).get(customerId);
    if (!found || found->deleted) {
        close();
        return false;
    }
    m_customer = *found;
    reload();
    return true;
}

void Customer360::close()
{
    m_reloadTimer.stop();
    m_reveal->hideAll();
    m_customer = Customer();
    m_findings.clear();
    m_accounts->setAccounts({}, {}, {}, m_rules.lines(), m_rules.calendar(), today());
    m_holdings->setHoldings(m_customer, {});
    m_alerts->setAlerts({});
    m_timeline->setHistory({}, {}, {}, {});
    m_tickets->setTickets({}, {}, now());
}

void Customer360::reload()
{
    if (!isOpen())
        return;
    const QString id = m_customer.id;
    const std::optional<Customer> found = CustomerRepository(m_db).get(id);
    if (!found || found->deleted) {
        close();
        Q_EMIT closed();
        return;
    }
    m_customer = *found;
    // A fresh snapshot of the calendar: sync may have brought the next year's holidays.
    m_rules = RiskAlertRules(m_rules.lines(), WorkingCalendar::current());
    const QDate day = today();
    const QList<Account> accounts = AccountRepository(m_db).forCustomer(id);
    const QList<Holding> holdings = HoldingRepository(m_db).forCustomer(id);
    const QList<Ticket> tickets = TicketRepository(m_db).forCustomer(id);
    QStringList ticketIds;
    for (const Ticket &t : tickets)
        ticketIds.append(t.id);
    QHash<QString, QString> names;
    for (const User &u : UserRepository(m_db).all())
        names.insert(u.id, u.displayName.isEmpty() ? u.username : u.displayName);

    const QList<RiskAlert> stored = RiskAlertRepository(m_db).forCustomer(id);
    m_findings = m_rules.evaluate(m_customer, accounts, holdings, day, stored);
    // Below the close-out line: the top-up deadline, counted from the day of the call.
    QHash<QString, QDate> deadlines;
    for (const Account &a : accounts)
        if (a.kind == AccountKind::Margin
            && m_rules.lines().classify(a.maintenanceRatio) == MarginLines::Zone::CloseOut)
            deadlines.insert(
                a.id, m_rules.topUpDeadline(a, day, RiskAlertRules::marginCallDate(stored, a.id, day)));
    m_accounts->setAccounts(id, accounts, deadlines, m_rules.lines(), m_rules.calendar(), day);
    m_holdings->setHoldings(m_customer, holdings);
    QList<RiskAlertListModel::Row> alerts = RiskAlertListModel::merge(stored, m_findings, day);
    for (RiskAlertListModel::Row &row : alerts)
        row.acknowledgedBy = names.value(row.alert.acknowledgedBy, row.alert.acknowledgedBy);
    m_alerts->setAlerts(alerts);
    m_timeline->setHistory(InteractionRepository(m_db).forCustomer(id, InteractionLimit), tickets,
        TicketEventRepository(m_db).repliesForTickets(ticketIds, ReplyLimit), names);
    m_tickets->setTickets(tickets, names, now());
    Q_EMIT loaded();
}

QString Customer360::display(PiiField field) const
{
    QString value;
    switch (field) {
    case PiiField::Name:
        value = m_customer.name;
        break;
    case PiiField::Mobile:
        value = m_customer.mobile;
        break;
    case PiiField::IdNumber:
        value = m_customer.idNumber;
        break;
    case PiiField::Email:
        value = m_customer.email;
        break;
    case PiiField::AccountNumber:
    case PiiField::CardNumber:
    case PiiField::Password:
        return {};
    }
    return m_reveal->display(m_customer.id, field, value);
}

Suitability::AssessmentStatus Customer360::assessmentStatus() const
{
    return Suitability::assessmentStatus(m_customer.assessmentExpires, today());
}

qint64 Customer360::assessmentDaysLeft() const
{
    return m_customer.assessmentExpires.isValid() ? today().daysTo(m_customer.assessmentExpires) : 0;
}
