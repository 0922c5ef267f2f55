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
#include "store/interactionrepository.h"
#include "store/ticketrepository.h"
#include "ui/customer/contactnotedialog.h"
#include "ui/customer/customerheader.h"
#include "ui/customer/margingauge.h"
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

} // namespace

Customer360View::Customer360View(Database &db, Customer360 *customer, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_customer(customer)
    , m_header(new CustomerHeader(customer, this))
    , m_notice(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    layout->addWidget(m_header);
    connect(m_header, &CustomerHeader::newTicketRequested, this, &Customer360View::newTicket);
    connect(m_header, &CustomerHeader::contactRequested, this, &Customer360View::recordContact);
    connect(m_header, &CustomerHeader::refused, this,
        [this](const QString &message) { showNotice(message.toHtmlEscaped(), true); });

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
    // A flagged holding leads the list and starts selected, so its warning is in view.
    connect(m_customer->holdings(), &QAbstractItemModel::modelReset, this, [this] {
        m_holdingWarning->hide();
        if (m_customer->holdings()->aboveMatchCount() > 0)
            m_holdings->setCurrentIndex(m_customer->holdings()->index(0, 0));
    });
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

    connect(m_customer, &Customer360::loaded, this, &Customer360View::refresh);
    retranslateUi();
}

Customer360View::~Customer360View() = default;

CustomerDesk Customer360View::desk() const
{
    CustomerDesk desk(m_db, m_customer->actor());
    return desk;
}

bool Customer360View::revealField(PiiField field, const QString &reason)
{
    const bool shown = m_header->revealField(field, reason);
    if (shown)
        m_notice->hide();
    return shown;
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

void Customer360View::setCurrentCall(const QString &interactionId)
{
    m_currentCall = interactionId;
    m_header->setCallOpen(!interactionId.isEmpty());
}

void Customer360View::recordContact()
{
    if (!m_customer->isOpen())
        return;
    // The call just taken is completed; any other contact is a note of its own.
    std::optional<Interaction> call;
    if (!m_currentCall.isEmpty())
        call = InteractionRepository(m_db).get(m_currentCall);
    if (call && (call->customerId != m_customer->customerId() || !call->summary.isEmpty()))
        call.reset();
    CustomerDesk contactDesk = desk();
    ContactNoteDialog dialog(contactDesk, m_customer->customerId(),
        TicketRepository(m_db).forCustomer(m_customer->customerId()), call, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (call)
        setCurrentCall(QString());
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
        if (const std::optional<int> left = accounts->tradingDaysLeft(*margin)) {
            const QString due = QLocale().toString(accounts->deadline(*margin), QLocale::ShortFormat);
            text += QStringLiteral(" · ");
            if (*left > 0)
                text += tr("top up by %1 (%n trading day(s) left)", nullptr, *left).arg(due);
            else if (*left == 0)
                text += tr("top up by the close today, %1: the last day").arg(due);
            else
                text += tr("the top-up deadline %1 has passed: the position may be closed out").arg(due);
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

QLabel *Customer360View::nameLabel() const
{
    return m_header->nameLabel();
}

QLabel *Customer360View::identityLabel() const
{
    return m_header->identityLabel();
}

QLabel *Customer360View::assessmentLabel() const
{
    return m_header->assessmentLabel();
}

QPushButton *Customer360View::revealButton(PiiField field) const
{
    return m_header->revealButton(field);
}
