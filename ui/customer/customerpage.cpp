#include "ui/customer/customerpage.h"

#include "core/piimasker.h"
#include "models/customer360.h"
#include "models/customerdesk.h"
#include "models/customersearchmodel.h"
#include "models/sessionstatus.h"
#include "sync/remotecustomerlookup.h"
#include "ui/customer/customer360view.h"
#include "ui/customer/customerresultdelegate.h"
#include "ui/customer/newcustomerdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
constexpr int s_listWidth = 360;
}

CustomerPage::CustomerPage(
    Database &db, SessionStatus *session, RemoteCustomerLookup *remote, QWidget *parent)
    : Workspace(parent)
    , m_db(db)
    , m_session(session)
    , m_remote(remote)
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_askServer(new QPushButton(this))
    , m_results(new QListView(this))
    , m_callBanner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    const Actor who = actor();
    m_model = new CustomerSearchModel(db, who.role, this);
    m_customer = new Customer360(db, who, this);
    m_view = new Customer360View(db, m_customer, this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(14);

    auto *left = new QVBoxLayout;
    m_title->setObjectName(QStringLiteral("pageTitle"));
    left->addWidget(m_title);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(CustomerLookup::MaxLength);
    left->addWidget(m_search);
    m_hint->setObjectName(QStringLiteral("cardCaption"));
    m_hint->setWordWrap(true);
    left->addWidget(m_hint);
    m_askServer->hide();
    left->addWidget(m_askServer);
    m_results->setObjectName(QStringLiteral("queueViews"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new CustomerResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    left->addWidget(m_results, 1);
    auto *leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    leftWidget->setFixedWidth(s_listWidth);
    layout->addWidget(leftWidget);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    m_callBanner->setObjectName(QStringLiteral("pageNotice"));
    m_callBanner->setWordWrap(true);
    m_callBanner->setTextFormat(Qt::RichText);
    m_callBanner->hide();
    right->addWidget(m_callBanner);
    m_empty->setObjectName(QStringLiteral("pageSubtitle"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    right->addWidget(m_stack, 1);
    layout->addLayout(right, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CustomerPage::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() == 1)
            openCustomer(m_model->customerId(0));
        else if (m_model->rowCount() == 0 && m_model->lookup().isServerQuery())
            askServer();
        else if (m_model->rowCount() > 0) {
            m_results->setFocus();
            m_results->setCurrentIndex(m_model->index(0));
        }
    });
    connect(m_results, &QListView::activated, this,
        [this](const QModelIndex &index) { openCustomer(m_model->customerId(index.row())); });
    connect(m_results, &QListView::clicked, this,
        [this](const QModelIndex &index) { openCustomer(m_model->customerId(index.row())); });
    connect(m_askServer, &QPushButton::clicked, this, [this] { askServer(); });
    connect(m_callBanner, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("register"))
            registerCaller();
        else if (link == QLatin1String("complete"))
            m_view->recordContact();
    });
    connect(m_view, &Customer360View::ticketActivated, this, &CustomerPage::ticketActivated);
    connect(m_customer, &Customer360::closed, this, [this] { m_stack->setCurrentWidget(m_empty); });
    if (m_remote) {
        connect(m_remote, &RemoteCustomerLookup::finished, this,
            [this](const QString &text, const QStringList &ids, bool) {
                m_asking = false;
                if (text != m_asked) {
                    updateHint();
                    return;
                }
                m_model->refresh();
                if (ids.size() == 1)
                    openCustomer(ids.first());
                updateHint();
            });
        connect(
            m_remote, &RemoteCustomerLookup::failed, this, [this](const QString &text, const QString &error) {
                m_asking = false;
                if (text != m_search->text())
                    return;
                updateHint();
                m_hint->setText(error);
            });
    }
    if (m_session)
        connect(m_session, &SessionStatus::changed, this, &CustomerPage::followSession);
    retranslateUi();
}

CustomerPage::~CustomerPage() = default;

QString CustomerPage::title() const
{
    return tr("Customers");
}

Actor CustomerPage::actor() const
{
    if (!m_session || !m_session->role())
        return {QString(), Role::Trainer, QString()}; // nobody signed in: the least that can be seen
    return {m_session->userId(), *m_session->role(), m_session->teamId()};
}

void CustomerPage::followSession()
{
    const Actor who = actor();
    if (who.userId != m_customer->actor().userId)
        m_callNumber.clear(); // another user does not log the previous one's call
    m_model->setViewerRole(who.role);
    m_customer->setActor(who);
}

void CustomerPage::search(const QString &text)
{
    // Typing on gives up the central lookup of the earlier text.
    if (m_asking && m_remote && text != m_asked) {
        m_remote->cancel();
        m_asking = false;
    }
    if (m_search->text() != text) {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    m_model->search(text);
    updateHint();
}

void CustomerPage::updateHint()
{
    const CustomerLookup &lookup = m_model->lookup();
    const bool canAsk = m_remote && m_remote->isAvailable() && lookup.isServerQuery();
    m_askServer->setVisible(canAsk && m_model->rowCount() == 0 && !m_asking);
    if (m_asking) {
        m_hint->setText(tr("Asking the central service…"));
        return;
    }
    switch (lookup.kind()) {
    case CustomerLookup::Kind::Empty:
        m_hint->setText(
            tr("Type a mobile number or its last 4 digits, an ID, account or customer number, a name "
               "or its pinyin."));
        return;
    case CustomerLookup::Kind::Unrecognised:
        m_hint->setText(lookup.hint());
        return;
    default:
        break;
    }
    if (!m_model->error().isEmpty()) {
        m_hint->setText(tr("The search failed: %1").arg(m_model->error()));
        return;
    }
    const QString kind = CustomerLookup::kindLabel(lookup.kind());
    const int n = m_model->rowCount();
    if (n == 0)
        m_hint->setText(canAsk
                ? tr("No customer in the local cache by this %1. Press Enter to ask the central "
                     "service.")
                      .arg(kind)
                : tr("No customer by this %1.").arg(kind));
    else if (m_model->isTruncated())
        m_hint->setText(tr("By %1: the first %2 customers; type more to narrow down.").arg(kind).arg(n));
    else
        m_hint->setText(tr("By %1: %n customer(s).", nullptr, n).arg(kind));
}

void CustomerPage::askServer(const QString &text)
{
    m_asked = text.isEmpty() ? m_search->text() : text;
    if (!m_remote || !m_remote->isAvailable() || !CustomerLookup::classify(m_asked).isServerQuery())
        return;
    m_asking = true;
    updateHint();
    m_remote->lookup(m_asked);
}

void CustomerPage::openCustomer(const QString &customerId)
{
    if (customerId.isEmpty())
        return;
    if (!m_customer->open(customerId)) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    if (customerId != m_callCustomer)
        m_view->setCurrentCall(QString());
    if (isCallPending()) {
        m_callCustomer = customerId;
        logPendingCall(customerId);
    }
}

void CustomerPage::logPendingCall(const QString &customerId)
{
    const CustomerDesk::Result logged = CustomerDesk(m_db, actor()).logCall(customerId, m_callStartedAt);
    const QString number = PiiMasker::mask(PiiField::Mobile, m_callNumber);
    m_callNumber.clear();
    if (!logged) {
        showCallBanner(
            tr("The call from %1 could not be logged: %2").arg(number, logged.error.toHtmlEscaped()));
        return;
    }
    m_view->setCurrentCall(logged.id);
    showCallBanner(
        tr("Call from %1 at %2, logged for %3. <a href=\"complete\">Write the call summary</a>")
            .arg(number, QLocale().toString(m_callStartedAt.toLocalTime().time(), QLocale::ShortFormat),
                m_customer->display(PiiField::Name).toHtmlEscaped()));
}

void CustomerPage::showCallBanner(const QString &html)
{
    m_callBanner->setText(html);
    m_callBanner->show();
}

void CustomerPage::popCall(const QString &number, const QDateTime &startedAt)
{
    m_callStartedAt = startedAt.isValid() ? startedAt : QDateTime::currentDateTime();
    const CustomerLookup lookup = CustomerLookup::classify(number);
    const QString masked = PiiMasker::mask(PiiField::Mobile, number);
    const QString at = QLocale().toString(m_callStartedAt.toLocalTime().time(), QLocale::ShortFormat);
    // The caller's number stays out of the search box, where it would show in clear.
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    if (lookup.kind() != CustomerLookup::Kind::Mobile) {
        // An extension, a landline or a withheld number names no customer by itself:
        // searching it as a mobile tail or an account number could open a stranger.
        m_callNumber = number;
        m_model->search(QString());
        updateHint();
        showCallBanner(tr("Call from %1 at %2, not from a mobile number. Ask for the caller's ID, account or "
                          "mobile number and search for it, or <a href=\"register\">register a new "
                          "customer</a>.")
                           .arg(masked, at));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_callNumber = lookup.value();
    m_model->search(m_callNumber);
    updateHint();
    const int n = m_model->rowCount();
    if (n == 1) {
        openCustomer(m_model->customerId(0));
        return;
    }
    if (n > 1) {
        showCallBanner(
            tr("Call from %1 at %2: %3 customers share this number. Ask the caller who they are and "
               "pick them from the list.")
                .arg(masked, at)
                .arg(n));
        m_results->setFocus();
        return;
    }
    m_stack->setCurrentWidget(m_empty);
    showCallBanner(tr("Call from %1 at %2: no customer has this number. Ask for their ID or account number, "
                      "or <a href=\"register\">register a new customer</a>.")
                       .arg(masked, at));
    if (m_remote && m_remote->isAvailable())
        askServer(m_callNumber);
}

void CustomerPage::registerCaller()
{
    CustomerDesk desk(m_db, actor());
    const CustomerLookup typed
        = CustomerLookup::classify(m_callNumber.isEmpty() ? m_search->text() : m_callNumber);
    NewCustomerDialog dialog(
        desk, typed.kind() == CustomerLookup::Kind::Mobile ? typed.value() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    openCustomer(dialog.createdId());
}

void CustomerPage::retranslateUi()
{
    m_title->setText(tr("Customers"));
    m_search->setPlaceholderText(tr("Mobile, last 4 digits, ID, account, name or pinyin"));
    m_askServer->setText(tr("Ask the central service"));
    m_empty->setText(tr("Search for a customer, or take a call: the caller's 360 view opens here."));
    m_model->refresh();
    updateHint();
}

void CustomerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Workspace::changeEvent(event);
}
