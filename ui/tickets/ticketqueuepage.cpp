#include "ui/tickets/ticketqueuepage.h"

#include "models/sessionstatus.h"
#include "models/ticketeditor.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "models/ticketqueuemodel.h"
#include "ui/common/icons.h"
#include "ui/tickets/newticketdialog.h"
#include "ui/tickets/sladelegate.h"
#include "ui/tickets/ticketbulkmenu.h"
#include "ui/tickets/ticketfilterdialog.h"
#include "ui/tickets/ticketview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int s_searchDelayMs = 250;
constexpr int s_sideWidth = 210; // the queue list and the lead's rule below it
// Longer searches are cut: nobody types a subject of this length into a search box.
constexpr int s_maxSearchLength = 100;
} // namespace

TicketQueuePage::TicketQueuePage(Database &db, SessionStatus *session, QWidget *parent)
    : Workspace(parent)
    , m_db(db)
    , m_session(session)
    , m_views(new QueueViewModel(db, this))
    , m_queue(new TicketQueueModel(db, this))
    , m_heading(new QLabel)
    , m_summary(new QLabel)
    , m_notice(new QLabel)
    , m_claim(new QPushButton)
    , m_handBack(new QPushButton)
    , m_newTicket(new QPushButton)
    , m_rule(new QComboBox)
    , m_filterButton(new QPushButton)
    , m_clearFilter(new QPushButton)
    , m_search(new QLineEdit)
    , m_viewList(new QListView)
    , m_table(new QTableView)
    , m_stack(new QStackedWidget)
    , m_ticketView(new TicketView(db))
{
    setObjectName(QStringLiteral("ticketQueuePage"));
    m_heading->setObjectName(QStringLiteral("pageTitle"));
    m_summary->setObjectName(QStringLiteral("pageSubtitle"));
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_handBack->setObjectName(QStringLiteral("handBackButton"));
    connect(m_claim, &QPushButton::clicked, this, &TicketQueuePage::claimSelected);
    connect(m_handBack, &QPushButton::clicked, this, &TicketQueuePage::handBackSelected);
    m_newTicket->setObjectName(QStringLiteral("newTicketButton"));
    connect(m_newTicket, &QPushButton::clicked, this, &TicketQueuePage::newTicket);
    m_filterButton->setObjectName(QStringLiteral("filterButton"));
    m_clearFilter->setObjectName(QStringLiteral("clearFilterButton"));
    m_clearFilter->hide();
    connect(m_filterButton, &QPushButton::clicked, this, &TicketQueuePage::editFilter);
    connect(m_clearFilter, &QPushButton::clicked, this, [this] { setFilter({}); });
    m_viewList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_viewList, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QString id = m_viewList->indexAt(at).data(QueueViewModel::SavedViewIdRole).toString();
        if (id.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(tr("Delete this view"), this, [this, id] {
            QString error;
            if (!m_views->removeSavedView(id, &error))
                showResult(QString(), {error});
            showView(QueueViewModel::View::TeamQueue);
        });
        menu.exec(m_viewList->viewport()->mapToGlobal(at));
    });
    m_rule->setObjectName(QStringLiteral("assignmentRule"));
    m_rule->setFixedWidth(s_sideWidth);
    for (AssignmentRule rule : enumValues<AssignmentRule>())
        m_rule->addItem(QString(), int(rule));
    connect(m_rule, &QComboBox::activated, this, [this] {
        if (!m_session || !m_session->role())
            return;
        const auto rule = static_cast<AssignmentRule>(m_rule->currentData().toInt());
        const TicketEditor::Result r
            = TicketEditor(m_db, {m_session->userId(), *m_session->role(), m_session->teamId()}).setAssignmentRule(rule);
        showResult(r ? tr("New tickets of the team: %1.").arg(enumLabel(rule)) : QString(),
            r ? QStringList() : QStringList {r.error});
        if (!r)
            updateRule(); // back to the rule in force
    });

    m_viewList->setObjectName(QStringLiteral("queueViews"));
    m_viewList->setModel(m_views);
    m_viewList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_viewList->setFixedWidth(s_sideWidth);
    // Rows of a fixed height: the style sheet's padding is not part of the items' size.
    m_viewList->setGridSize(QSize(m_viewList->width() - 16, fontMetrics().height() + 16));

    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(s_maxSearchLength);
    m_search->addAction(Icons::icon(QStringLiteral("search"), Icons::muted()), QLineEdit::LeadingPosition);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(s_searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &TicketQueuePage::applyQuery);

    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setModel(m_queue);
    m_table->setItemDelegateForColumn(TicketQueueModel::SlaColumn, new SlaDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Fixed row heights: the view never measures a row, so a million rows cost nothing
    // until they are on screen.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    const QList<std::pair<int, int>> widths {{TicketQueueModel::NumberColumn, 136},
        {TicketQueueModel::CustomerColumn, 70}, {TicketQueueModel::KindColumn, 76},
        {TicketQueueModel::CategoryColumn, 84}, {TicketQueueModel::PriorityColumn, 60},
        {TicketQueueModel::StateColumn, 70}, {TicketQueueModel::AssigneeColumn, 76},
        {TicketQueueModel::SlaColumn, 180}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    // Only the columns with an order in SQL sort; the indicator never claims another.
    connect(header, &QHeaderView::sectionClicked, this, [this, header](int column) {
        if (TicketQueueModel::isSortable(column)) {
            m_queue->sort(column, header->sortIndicatorOrder());
        }
        header->setSortIndicator(m_queue->sortColumn(), m_queue->sortOrder());
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_table->selectionModel()->hasSelection())
            return;
        QMenu menu(this);
        menu.addAction(m_claim->text(), this, &TicketQueuePage::claimSelected);
        menu.addAction(m_handBack->text(), this, &TicketQueuePage::handBackSelected);
        addBulkActions(&menu);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TicketQueuePage::updateActions);
    connect(m_queue, &QAbstractItemModel::modelReset, this, &TicketQueuePage::updateActions);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(TicketQueueModel::TicketIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT ticketActivated(id);
    });

    connect(m_viewList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            const QString saved = current.data(QueueViewModel::SavedViewIdRole).toString();
            if (!saved.isEmpty())
                showSavedView(saved);
            else
                showView(static_cast<QueueViewModel::View>(current.data(QueueViewModel::ViewRole).toInt()));
        });
    connect(m_queue, &TicketQueueModel::countChanged, this, &TicketQueuePage::updateSummary);
    connect(m_views, &QAbstractItemModel::dataChanged, this, &TicketQueuePage::updateSummary);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_heading);
    titles->addWidget(m_summary);
    top->addLayout(titles, 1);
    m_search->setMinimumWidth(320);
    top->addWidget(m_filterButton, 0, Qt::AlignBottom);
    top->addWidget(m_clearFilter, 0, Qt::AlignBottom);
    top->addWidget(m_newTicket, 0, Qt::AlignBottom);
    top->addSpacing(8);
    top->addWidget(m_claim, 0, Qt::AlignBottom);
    top->addWidget(m_handBack, 0, Qt::AlignBottom);
    top->addSpacing(8);
    top->addWidget(m_search, 0, Qt::AlignBottom);

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    auto *side = new QVBoxLayout;
    side->setSpacing(8);
    side->addWidget(m_viewList, 1);
    side->addWidget(m_rule);
    body->addLayout(side);
    body->addWidget(m_table, 1);

    auto *queuePane = new QWidget;
    auto *layout = new QVBoxLayout(queuePane);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addLayout(body, 1);
    m_stack->addWidget(queuePane);
    m_stack->addWidget(m_ticketView);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_stack);
    connect(this, &TicketQueuePage::ticketActivated, this, &TicketQueuePage::openTicket);
    connect(db.notifier(), &ChangeNotifier::teamsChanged, this, &TicketQueuePage::updateRule);
    connect(m_ticketView, &TicketView::backRequested, this, &TicketQueuePage::showQueue);

    if (m_session)
        connect(m_session, &SessionStatus::changed, this, &TicketQueuePage::followSession);
    retranslateUi();
    followSession();
    updateActions();
}

QString TicketQueuePage::title() const
{
    return tr("Tickets");
}

void TicketQueuePage::showSavedView(const QString &id)
{
    const int row = m_views->rowOfSavedView(id);
    if (row < 0)
        return;
    m_savedId = id;
    if (m_viewList->currentIndex().row() != row)
        m_viewList->setCurrentIndex(m_views->index(row)); // comes back here through currentChanged
    applyQuery();
}

void TicketQueuePage::setFilter(const TicketQuery &filter)
{
    m_filter = filter;
    m_clearFilter->setVisible(!SavedViews::isEmpty(filter));
    applyQuery();
}

bool TicketQueuePage::saveFilterAsView(const QString &name, const TicketQuery &filter)
{
    QString error;
    const int row = m_views->saveView({QString(), name, filter}, &error);
    if (row < 0) {
        showResult(QString(), {error.isEmpty() ? tr("The view could not be saved.") : error});
        return false;
    }
    m_filter = {};
    m_clearFilter->hide();
    showSavedView(m_views->savedViewIdAt(row));
    showResult(tr("View “%1” saved.").arg(name), {});
    return true;
}

void TicketQueuePage::editFilter()
{
    if (!m_session || !m_session->role())
        return;
    TicketEditor editor(m_db, {m_session->userId(), *m_session->role(), m_session->teamId()});
    TicketFilterDialog dialog(editor, m_filter, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.viewName().isEmpty())
        saveFilterAsView(dialog.viewName(), dialog.filter());
    else
        setFilter(dialog.filter());
}

void TicketQueuePage::showView(QueueViewModel::View view)
{
    m_savedId.clear();
    m_view = view;
    const QModelIndex row = m_views->index(m_views->rowOf(view));
    if (m_viewList->currentIndex() != row)
        m_viewList->setCurrentIndex(row); // comes back here through currentChanged
    applyQuery();
}

void TicketQueuePage::applyQuery()
{
    m_searchDelay.stop();
    m_notice->hide();
    const TicketQuery base
        = m_savedId.isEmpty() ? m_views->query(m_view) : m_views->queryAt(m_views->rowOfSavedView(m_savedId));
    TicketQuery query = SavedViews::applied(base, m_filter);
    if (!m_search->text().trimmed().isEmpty())
        query.text = m_search->text().trimmed();
    m_queue->setQuery(query);
    m_table->horizontalHeader()->setSortIndicator(m_queue->sortColumn(), m_queue->sortOrder());
    if (m_queue->rowCount() > 0)
        m_table->scrollToTop();
    updateSummary();
}

void TicketQueuePage::openTicket(const QString &ticketId)
{
    m_ticketView->showTicket(ticketId);
    m_stack->setCurrentWidget(m_ticketView);
    m_ticketView->setFocus();
}

void TicketQueuePage::showQueue()
{
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

bool TicketQueuePage::isShowingTicket() const
{
    return m_stack->currentWidget() == m_ticketView;
}

void TicketQueuePage::followSession()
{
    const QString userId = m_session ? m_session->userId() : QString();
    const QString teamId = m_session ? m_session->teamId() : QString();
    if (m_followed && userId == m_userId && teamId == m_teamId)
        return;
    m_followed = true;
    m_userId = userId;
    m_teamId = teamId;
    m_views->setUser(userId, teamId);
    updateRule();
    m_ticketView->setActor(m_session && m_session->role()
            ? Actor {userId, *m_session->role(), teamId}
            : Actor {userId, Role::Trainer, teamId});
    showView(m_view);
}

QString TicketQueuePage::summaryText() const
{
    return m_summary->text();
}

void TicketQueuePage::updateSummary()
{
    const qint64 shown = m_queue->rowCount();
    const QString count = QLocale().toString(shown);
    QString title = m_savedId.isEmpty() ? QueueViewModel::title(m_view)
                                        : m_views->titleAt(m_views->rowOfSavedView(m_savedId));
    if (!SavedViews::isEmpty(m_filter))
        title = tr("%1, filtered").arg(title);
    m_summary->setText(m_search->text().trimmed().isEmpty()
            ? tr("%1 · %2 ticket(s)", nullptr, int(qMin<qint64>(shown, 1000000))).arg(title, count)
            : tr("%1 · %2 ticket(s) match “%3”", nullptr, int(qMin<qint64>(shown, 1000000)))
                  .arg(title, count, m_search->text().trimmed()));
}

QString TicketQueuePage::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void TicketQueuePage::updateRule()
{
    const bool lead = m_session && m_session->role()
        && (*m_session->role() == Role::Lead || *m_session->role() == Role::Admin);
    m_rule->setVisible(lead);
    if (!lead)
        return;
    const std::optional<AssignmentRule> rule
        = TicketEditor(m_db, {m_session->userId(), *m_session->role(), m_session->teamId()}).assignmentRule();
    if (rule)
        m_rule->setCurrentIndex(m_rule->findData(int(*rule)));
}

void TicketQueuePage::updateActions()
{
    const bool can = m_table->selectionModel()->hasSelection() && m_session && !m_session->userId().isEmpty()
        && m_session->role().has_value();
    m_claim->setEnabled(can);
    m_handBack->setEnabled(can);
}

void TicketQueuePage::claimSelected()
{
    if (m_session)
        assignSelected(m_session->userId());
}

void TicketQueuePage::handBackSelected()
{
    assignSelected(QString());
}

void TicketQueuePage::assignSelected(const QString &assigneeId)
{
    if (!m_session || !m_session->role())
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    const Actor actor {m_session->userId(), *m_session->role(), m_session->teamId()};
    const TicketQueueModel::AssignResult result = m_queue->assign(rows, assigneeId, actor);
    showResult(assigneeId.isEmpty() ? tr("%n ticket(s) handed back.", nullptr, result.changed)
                                    : tr("%n ticket(s) claimed.", nullptr, result.changed),
        result.refused);
}

void TicketQueuePage::newTicket()
{
    if (!m_session || !m_session->role())
        return;
    TicketEditor editor(m_db, {m_session->userId(), *m_session->role(), m_session->teamId()});
    NewTicketDialog dialog(editor, {}, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.createdId().isEmpty())
        openTicket(dialog.createdId());
}

QStringList TicketQueuePage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(TicketQueueModel::TicketIdRole).toString());
    return ids;
}

void TicketQueuePage::addBulkActions(QMenu *menu)
{
    if (!m_session || !m_session->role())
        return;
    TicketBulkMenu::populate(menu, m_db, {m_session->userId(), *m_session->role(), m_session->teamId()},
        selectedIds(), [this](const QString &done, const QStringList &refused) { showResult(done, refused); });
}

void TicketQueuePage::showResult(const QString &done, const QStringList &refused)
{
    QString text = done;
    if (!refused.isEmpty())
        text += u' ' + tr("Left as they were: %1").arg(refused.join(QStringLiteral("; ")));
    m_notice->setText(text.trimmed());
    m_notice->show();
}

void TicketQueuePage::retranslateUi()
{
    m_claim->setText(tr("Claim"));
    m_claim->setToolTip(tr("Take the selected unassigned tickets: you become their first handler"));
    m_handBack->setText(tr("Hand back"));
    m_newTicket->setText(tr("New ticket"));
    m_filterButton->setText(tr("Filter…"));
    m_filterButton->setToolTip(tr("Filter this queue by kind, category, channel, priority, state, assignee, customer, "
                                  "dates or text, and keep the filter as a view of your own"));
    m_clearFilter->setText(tr("Clear filter"));
    for (int i = 0; i < m_rule->count(); ++i)
        m_rule->setItemText(i, tr("New tickets: %1").arg(enumLabel(static_cast<AssignmentRule>(m_rule->itemData(i).toInt()))));
    m_rule->setToolTip(tr("How new tickets of your team are assigned: by hand from the team queue, in turn, or to "
                          "the agent with the fewest open tickets"));
    m_newTicket->setToolTip(tr("Open a ticket for a call, an e-mail, a branch visit or a 12386 transfer"));
    m_handBack->setToolTip(tr("Return the selected tickets you hold to the team queue"));
    m_heading->setText(tr("Tickets"));
    m_search->setPlaceholderText(tr("Search by ticket number or subject"));
    m_views->retranslate();
    m_queue->retranslate();
    updateSummary();
}

void TicketQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Workspace::changeEvent(event);
}
