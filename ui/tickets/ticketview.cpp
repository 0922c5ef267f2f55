#include "ui/tickets/ticketview.h"

#include "core/piimasker.h"
#include "core/slaclock.h"
#include "core/ticketassignment.h"
#include "core/ticketrelations.h"
#include "core/ticketsla.h"
#include "models/ticketeditor.h"
#include "models/ticketlinker.h"
#include "models/tickettimelinemodel.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "ui/tickets/replycomposer.h"
#include "ui/tickets/timelinedelegate.h"
#include "ui/tickets/transitiondialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum TicketAction { LinkAction, MergeAction, IncidentAction };

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

QAction *addChecked(QMenu *menu, const QString &text, const QString &refusal)
{
    QAction *a = menu->addAction(text);
    a->setEnabled(refusal.isEmpty());
    a->setToolTip(refusal);
    return a;
}

} // namespace

TicketView::TicketView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_back(new QToolButton)
    , m_number(new QLabel)
    , m_subject(new QLabel)
    , m_facts(new QLabel)
    , m_customer(new QLabel)
    , m_clock(new QLabel)
    , m_relation(new QLabel)
    , m_notice(new QLabel)
    , m_actionRow(new QHBoxLayout)
    , m_more(new QToolButton)
    , m_moreMenu(new QMenu(this))
    , m_timelineView(new QListView)
    , m_timeline(new TicketTimelineModel(db, this))
    , m_composer(new ReplyComposer)
{
    setObjectName(QStringLiteral("ticketView"));
    m_back->setObjectName(QStringLiteral("ticketBack"));
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &TicketView::backRequested);
    m_number->setObjectName(QStringLiteral("ticketNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setObjectName(QStringLiteral("pageTitle"));
    m_subject->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("ticketFacts"));
    m_facts->setWordWrap(true);
    m_customer->setObjectName(QStringLiteral("ticketCustomer"));
    m_customer->setTextFormat(Qt::RichText);
    connect(m_customer, &QLabel::linkActivated, this, [this] { Q_EMIT customerActivated(m_ticket.customerId); });
    m_clock->setObjectName(QStringLiteral("ticketClock"));
    m_relation->setObjectName(QStringLiteral("ticketRelation"));
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_more->setObjectName(QStringLiteral("ticketMore"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(m_moreMenu);
    m_moreMenu->setToolTipsVisible(true);
    connect(m_moreMenu, &QMenu::aboutToShow, this, &TicketView::rebuildMoreMenu);

    m_timelineView->setObjectName(QStringLiteral("ticketTimeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setResizeMode(QListView::Adjust);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setWordWrap(true);
    connect(m_timeline, &QAbstractItemModel::modelReset, m_timelineView, &QListView::scrollToBottom);
    connect(m_composer, &ReplyComposer::attachRequested, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files to %1").arg(m_ticket.number),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!paths.isEmpty())
            attachFiles(paths);
    });
    connect(m_composer, &ReplyComposer::sendRequested, this,
        [this](ReplyComposer::Mode mode, const QString &text) { send(int(mode), text); });

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_back);
    titleRow->addWidget(m_number);
    titleRow->addStretch(1);
    titleRow->addWidget(m_clock);
    auto *header = new QVBoxLayout;
    header->setSpacing(4);
    header->addLayout(titleRow);
    header->addWidget(m_subject);
    header->addWidget(m_facts);
    header->addWidget(m_customer);
    header->addWidget(m_relation);
    m_actionRow->setSpacing(6);
    auto *actions = new QHBoxLayout;
    actions->addLayout(m_actionRow);
    actions->addStretch(1);
    actions->addWidget(m_more);

    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_timelineView);
    split->addWidget(m_composer);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(split, 1);

    connect(db.notifier(), &ChangeNotifier::ticketsChanged, this, [this](const QStringList &ids) {
        if (ids.contains(m_ticketId) || ids.contains(m_ticket.parentId))
            reload();
    });
    connect(db.notifier(), &ChangeNotifier::reset, this, &TicketView::reload);
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &TicketView::backRequested);
    setActor({});
    retranslateUi();
}

TicketView::~TicketView() = default;

void TicketView::setActor(const Actor &actor)
{
    m_actor = actor;
    m_editor = std::make_unique<TicketEditor>(m_db, actor);
    reload();
}

void TicketView::showTicket(const QString &ticketId)
{
    m_ticketId = ticketId;
    m_notice->hide();
    m_composer->clear();
    m_timeline->setTicketId(ticketId);
    reload();
}

QPushButton *TicketView::transitionButton(TicketState to) const
{
    for (QPushButton *b : m_transitionButtons)
        if (b->property("to").toInt() == int(to))
            return b;
    return nullptr;
}

QString TicketView::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString TicketView::headerText() const
{
    return QStringList {m_number->text(), m_subject->text(), m_facts->text(), m_customer->text(), m_clock->text(),
        m_relation->text()}
        .join(u'\n');
}

void TicketView::reload()
{
    const std::optional<Ticket> ticket = m_ticketId.isEmpty() ? std::nullopt : m_editor->ticket(m_ticketId);
    m_loaded = ticket.has_value();
    m_ticket = ticket.value_or(Ticket());
    if (!m_loaded) {
        m_number->clear();
        m_subject->setText(m_ticketId.isEmpty() ? QString() : tr("This ticket is not in the cache."));
        m_facts->clear();
        m_customer->clear();
        m_clock->clear();
        m_relation->clear();
        m_composer->setDisabledReason(tr("No ticket"));
        rebuildActions();
        return;
    }
    const Ticket &t = m_ticket;
    m_number->setText(t.number);
    m_subject->setText(t.subject);
    QStringList facts {enumLabel(t.kind), enumLabel(t.category), tr("via %1").arg(enumLabel(t.source)),
        tr("priority %1").arg(enumLabel(t.priority)), tr("state %1").arg(enumLabel(t.state)),
        t.assigneeId.isEmpty() ? tr("in the team queue") : tr("held by %1").arg(m_editor->userName(t.assigneeId))};
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const std::optional<Customer> customer = m_editor->customer(t.customerId);
    if (customer) {
        const QString name = PiiMasker::forRole(PiiField::Name, customer->name, m_actor.role);
        m_customer->setText(tr("Customer: <a href=\"customer\">%1</a> · %2 · %3 · risk class %4")
                                .arg(name.toHtmlEscaped(), customer->customerNo.toHtmlEscaped(),
                                    PiiMasker::mask(PiiField::Mobile, customer->mobile), enumLabel(customer->riskClass)));
    } else {
        m_customer->setText(t.customerId.isEmpty() ? tr("No customer: an incident of the team")
                                                   : tr("Customer not in the cache"));
    }

    const QDateTime due = TicketSla::activeDue(t);
    const QDateTime now = m_editor->now();
    SlaClock clock;
    const SlaStatus status = clock.status(TicketSla::clockStart(t), due, now);
    m_clock->setProperty("sla", slaStatusKey(status));
    repolish(m_clock);
    m_clock->setText(due.isValid() ? tr("Due %1 · %2")
                                         .arg(QLocale().toString(due.toLocalTime(), QLocale::ShortFormat),
                                             clock.remaining(due, now).text())
                                   : tr("No SLA clock running"));
    QStringList dues;
    if (t.acceptDue.isValid())
        dues.append(tr("Accept by %1").arg(QLocale().toString(t.acceptDue.toLocalTime(), QLocale::ShortFormat)));
    if (t.replyDue.isValid())
        dues.append(tr("Reply by %1%2")
                        .arg(QLocale().toString(t.replyDue.toLocalTime(), QLocale::ShortFormat),
                            t.replyDueExtended ? tr(" (extended)") : QString()));
    if (t.externalDue.isValid())
        dues.append(tr("12386 due %1").arg(QLocale().toString(t.externalDue.toLocalTime(), QLocale::ShortFormat)));
    m_clock->setToolTip(dues.join(u'\n'));

    QStringList relation;
    if (!t.mergedIntoId.isEmpty())
        relation.append(tr("Merged into %1: carry on there.")
                            .arg(m_editor->ticket(t.mergedIntoId).value_or(Ticket()).number));
    if (!t.parentId.isEmpty())
        relation.append(tr("Part of incident %1").arg(m_editor->ticket(t.parentId).value_or(Ticket()).number));
    if (t.mediationBody && (t.state == TicketState::Mediation || t.state == TicketState::Arbitration))
        relation.append(tr("Referred to %1").arg(enumLabel(*t.mediationBody)));
    m_relation->setText(relation.join(QStringLiteral(" · ")));
    m_relation->setVisible(!relation.isEmpty());

    const TicketRelations::Check handle = TicketRelations::canHandle(t, m_actor);
    m_composer->setDisabledReason(!handle && m_actor.role == Role::Trainer ? handle.reason : QString());
    m_composer->setCannedReplies(m_editor->cannedReplies(t.category));
    m_composer->setPlaceholderValues({{QStringLiteral("customer_name"), customer ? customer->name : QString()},
        {QStringLiteral("ticket_number"), t.number}, {QStringLiteral("agent_name"), m_editor->userName(m_actor.userId)},
        {QStringLiteral("today"), QLocale().toString(now.toLocalTime().date(), QLocale::LongFormat)}});
    rebuildActions();
}

void TicketView::rebuildActions()
{
    // The click that led here may still be running in one of these buttons.
    for (QPushButton *b : std::as_const(m_transitionButtons)) {
        b->hide();
        b->deleteLater();
    }
    m_transitionButtons.clear();
    m_more->setEnabled(m_loaded);
    if (!m_loaded)
        return;
    for (const TicketWorkflow::TransitionOption &option : m_editor->options(m_ticket)) {
        auto *button = new QPushButton(tr("→ %1").arg(enumLabel(option.to)));
        button->setObjectName(QStringLiteral("transition_") + enumKey(option.to));
        button->setProperty("to", int(option.to));
        button->setEnabled(option.check.allowed);
        // A greyed-out step says why on hover; an open one says what it will ask for.
        button->setToolTip(option.check.allowed ? tr("Move the ticket to “%1”").arg(enumLabel(option.to))
                                                : option.check.reason);
        const TicketState to = option.to;
        connect(button, &QPushButton::clicked, this, [this, to] { startTransition(to); });
        m_actionRow->addWidget(button);
        m_transitionButtons.append(button);
    }
}

void TicketView::startTransition(TicketState to)
{
    const QStringList fields = TicketWorkflow::requiredFields(m_ticket, to);
    TransitionDialog dialog(m_ticket, to, fields, this);
    if (m_composer->mode() == ReplyComposer::Mode::Reply)
        dialog.setReplyText(m_composer->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (runTransition(dialog.request()) && to == TicketState::Replied)
        m_composer->clear();
}

bool TicketView::runTransition(const TransitionRequest &request)
{
    const TicketEditor::Result result = m_editor->transition(m_ticketId, request);
    if (!result) {
        showNotice(result.error, true);
        return false;
    }
    showNotice(tr("Ticket %1 is now “%2”.").arg(m_ticket.number, enumLabel(request.to)));
    reload();
    return true;
}

void TicketView::attachFiles(const QStringList &paths)
{
    int attached = 0;
    QStringList refused;
    for (const QString &path : paths) {
        const TicketEditor::Result r = m_editor->attachFile(m_ticketId, path);
        if (r)
            ++attached;
        else
            refused.append(tr("%1: %2").arg(QFileInfo(path).fileName(), r.error));
    }
    QString text = attached ? tr("%n file(s) attached; they upload with the next sync.", nullptr, attached) : QString();
    if (!refused.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + refused.join(u'\n');
    showNotice(text, !refused.isEmpty());
}

void TicketView::send(int mode, const QString &text)
{
    const bool reply = ReplyComposer::Mode(mode) == ReplyComposer::Mode::Reply;
    const TicketEditor::Result result
        = reply ? m_editor->sendReply(m_ticketId, text) : m_editor->addNote(m_ticketId, text);
    if (!result) {
        showNotice(result.error, true);
        return;
    }
    m_composer->clear();
    showNotice(reply ? tr("Reply sent to the customer (it syncs with the next cycle).") : tr("Note added."));
}

void TicketView::rebuildMoreMenu()
{
    m_moreMenu->clear();
    if (!m_loaded)
        return;
    const Ticket &t = m_ticket;
    const auto reasonOf = [](const auto &check) { return check ? QString() : check.reason; };
    connect(addChecked(m_moreMenu, tr("Claim"), reasonOf(TicketAssignment::canClaim(t, m_actor))),
        &QAction::triggered, this, [this] {
            showBulk(tr("Claimed."), m_editor->assign({m_ticketId}, m_actor.userId).refused);
        });
    connect(addChecked(m_moreMenu, tr("Hand back to the team queue"),
                reasonOf(TicketAssignment::canHandBack(t, m_actor))),
        &QAction::triggered, this,
        [this] { showBulk(tr("Handed back."), m_editor->assign({m_ticketId}, QString()).refused); });
    if (m_actor.role == Role::Lead || m_actor.role == Role::Admin) {
        QMenu *assign = m_moreMenu->addMenu(tr("Assign to"));
        for (const User &u : m_editor->teamMembers()) {
            QAction *a = addChecked(assign, u.displayName, reasonOf(TicketAssignment::canChange(t, u.id, m_actor)));
            a->setCheckable(true);
            a->setChecked(u.id == t.assigneeId);
            connect(a, &QAction::triggered, this, [this, u] {
                showBulk(tr("Assigned to %1.").arg(u.displayName), m_editor->assign({m_ticketId}, u.id).refused);
            });
        }
    }
    QMenu *priority = m_moreMenu->addMenu(tr("Priority"));
    const QString priorityRefusal = reasonOf(TicketRelations::canChangePriority(t, m_actor));
    for (Priority p : enumValues<Priority>()) {
        QAction *a = addChecked(priority, enumLabel(p), priorityRefusal);
        a->setCheckable(true);
        a->setChecked(p == t.priority);
        connect(a, &QAction::triggered, this, [this, p] {
            showBulk(tr("Priority set to %1.").arg(enumLabel(p)), m_editor->setPriority({m_ticketId}, p).refused);
        });
    }
    connect(addChecked(m_moreMenu, tr("Extend the reply due date"),
                reasonOf(TicketWorkflow::canExtendReplyDue(t, m_actor))),
        &QAction::triggered, this, [this] {
            const TicketEditor::Result r = m_editor->extendReplyDue(m_ticketId);
            showNotice(r ? tr("Reply due date extended.") : r.error, !r);
        });
    m_moreMenu->addSeparator();
    const QString handleRefusal = reasonOf(TicketRelations::canHandle(t, m_actor));
    connect(addChecked(m_moreMenu, tr("Link to another ticket…"), handleRefusal), &QAction::triggered, this,
        [this] { askForTicket(LinkAction); });
    connect(addChecked(m_moreMenu, tr("Merge into another ticket…"),
                !t.mergedIntoId.isEmpty() ? tr("This ticket has already been merged.")
                    : t.state == TicketState::Closed ? tr("The ticket is closed.")
                                                     : handleRefusal),
        &QAction::triggered, this, [this] { askForTicket(MergeAction); });
    connect(addChecked(m_moreMenu, tr("Put under an incident…"), handleRefusal), &QAction::triggered, this,
        [this] { askForTicket(IncidentAction); });
    connect(addChecked(m_moreMenu, tr("Take out of the incident"), reasonOf(TicketRelations::canClearParent(t, m_actor))),
        &QAction::triggered, this,
        [this] { showBulk(tr("Taken out of the incident."), TicketLinker(*m_editor).clearParent({m_ticketId}).refused); });
    if (t.kind == TicketKind::Complaint) {
        m_moreMenu->addSeparator();
        const std::optional<Customer> c = m_editor->customer(t.customerId);
        const QString refusal = !c ? tr("The customer is not in the cache.")
                                   : reasonOf(TicketWorkflow::canDeclineMediation(c->investorType));
        connect(addChecked(m_moreMenu, tr("Decline the customer's mediation request…"), refusal.isEmpty() ? handleRefusal : refusal),
            &QAction::triggered, this, [this] {
                bool ok = false;
                const QString why = QInputDialog::getMultiLineText(this, tr("Decline mediation"),
                    tr("Why the firm declines mediation (professional investor):"), QString(), &ok);
                if (!ok || why.trimmed().isEmpty())
                    return;
                const TicketEditor::Result r
                    = m_editor->addNote(m_ticketId, tr("Mediation request declined: %1").arg(why.trimmed()));
                showNotice(r ? tr("The declined request is in the history.") : r.error, !r);
            });
    }
}

void TicketView::askForTicket(int action)
{
    const QString prompt = action == LinkAction ? tr("Number of the related ticket:")
        : action == MergeAction                 ? tr("Number of the ticket this one repeats (it survives):")
                                                : tr("Number of the incident ticket:");
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("Ticket"), prompt, QLineEdit::Normal, QString(), &ok);
    if (!ok || number.trimmed().isEmpty())
        return;
    const std::optional<Ticket> other = m_editor->ticketByNumber(number);
    if (!other) {
        showNotice(tr("No ticket %1 in the cache.").arg(number.trimmed()), true);
        return;
    }
    TicketLinker linker(*m_editor);
    if (action == IncidentAction) {
        showBulk(tr("Put under incident %1.").arg(other->number), linker.setParent({m_ticketId}, other->id).refused);
        return;
    }
    const TicketEditor::Result r = action == LinkAction ? linker.link(m_ticketId, other->id)
                                                        : linker.merge(m_ticketId, other->id);
    showNotice(r ? (action == LinkAction ? tr("Linked with %1.") : tr("Merged into %1.")).arg(other->number) : r.error,
        !r);
}

void TicketView::showBulk(const QString &done, const QStringList &refused)
{
    showNotice(refused.isEmpty() ? done : refused.join(u'\n'), !refused.isEmpty());
}

void TicketView::showNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setProperty("error", error);
    repolish(m_notice);
    m_notice->show();
}

void TicketView::retranslateUi()
{
    m_back->setText(tr("← Queue"));
    m_back->setToolTip(tr("Back to the ticket queue (Esc)"));
    m_more->setText(tr("More actions"));
    m_timeline->retranslate();
    reload();
}

void TicketView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
