#include "ui/sync/conflictsdialog.h"

#include "models/conflictlistmodel.h"
#include "store/conflictrepository.h"
#include "store/outbox.h"
#include "ui/sync/conflictcompareview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

ConflictsDialog::ConflictsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new ConflictListModel(db, this))
    , m_intro(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_listView(new QTableView(this))
    , m_compare(new ConflictCompareView(db, this))
    , m_keepMine(new QPushButton(this))
    , m_takeTheirs(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    resize(960, 640);
    m_intro->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_listView->setModel(m_list);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setSectionResizeMode(
        ConflictListModel::FieldsColumn, QHeaderView::Stretch);
    m_listView->setWordWrap(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_listView);
    splitter->addWidget(m_compare);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    m_close->setAutoDefault(false);
    m_keepMine->setAutoDefault(false);
    m_takeTheirs->setAutoDefault(false);
    m_apply->setAutoDefault(false);
    m_dismiss->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_keepMine, &QPushButton::clicked, this, [this] { perform(Action::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { perform(Action::TakeTheirs); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { perform(Action::TakeTheirs); });
    connect(m_apply, &QPushButton::clicked, this, [this] { perform(Action::Apply); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConflictsDialog::showCurrent);
    connect(m_list, &ConflictListModel::countChanged, this, &ConflictsDialog::countChanged);
    connect(m_compare->model(), &ConflictDetailModel::choicesChanged, this, &ConflictsDialog::updateButtons);

    updateTexts();
    countChanged(m_list->rowCount());
}

qint64 ConflictsDialog::currentConflictId() const
{
    const QModelIndex current = m_listView->currentIndex();
    return current.isValid() ? current.data(ConflictListModel::ConflictIdRole).toLongLong() : 0;
}

bool ConflictsDialog::selectConflict(qint64 conflictId)
{
    const int row = m_list->rowOf(conflictId);
    if (row < 0)
        return false;
    m_listView->setCurrentIndex(m_list->index(row, 0));
    return true;
}

void ConflictsDialog::countChanged(int count)
{
    m_stack->setCurrentIndex(count > 0 ? 0 : 1);
    // Keep a row selected: after a resolution the next one is shown at once.
    if (count > 0 && !m_listView->currentIndex().isValid())
        m_listView->setCurrentIndex(m_list->index(0, 0));
    if (count == 0)
        m_compare->clear();
    updateTexts();
    updateButtons();
}

void ConflictsDialog::showCurrent()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid()) {
        m_compare->clear();
    } else {
        m_compare->setConflict(m_list->conflictAt(current.row()),
            m_list->index(current.row(), ConflictListModel::RecordColumn).data().toString());
    }
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const bool any = !m_compare->model()->isEmpty();
    const bool choice = any && m_compare->model()->hasChoice();
    m_keepMine->setVisible(!any || choice);
    m_takeTheirs->setVisible(!any || choice);
    m_apply->setVisible(!any || choice);
    m_dismiss->setVisible(any && !choice);
    m_keepMine->setEnabled(choice);
    m_takeTheirs->setEnabled(choice);
    m_dismiss->setEnabled(any && !choice);
    // Apply only when the ticks mix both sides; otherwise one of the two buttons says it.
    bool mine = false;
    bool theirs = false;
    const auto choices = m_compare->choices();
    for (auto it = choices.constBegin(); it != choices.constEnd(); ++it) {
        if (m_compare->model()->conflict().serverWins(it.key()))
            continue;
        (it.value() == ConflictDetailModel::Side::Mine ? mine : theirs) = true;
    }
    m_apply->setEnabled(choice && mine && theirs);
}

void ConflictsDialog::perform(Action action)
{
    const qint64 id = currentConflictId();
    if (id == 0)
        return;
    ConflictRepository repo(m_db);
    const int pendingBefore = Outbox(m_db).count();
    QString error;
    bool ok = false;
    switch (action) {
    case Action::KeepMine:
        ok = repo.keepMine(id, &error);
        break;
    case Action::TakeTheirs:
        ok = repo.takeTheirs(id, &error);
        break;
    case Action::Apply:
        ok = repo.resolveWith(id, m_compare->choices(), &error);
        break;
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Conflict not resolved"),
            tr("The conflict could not be resolved; nothing was changed.\n\n%1").arg(error));
        return;
    }
    Q_EMIT conflictResolved(id);
    if (Outbox(m_db).count() > pendingBefore)
        Q_EMIT mutationsQueued();
}

void ConflictsDialog::updateTexts()
{
    setWindowTitle(tr("Sync conflicts"));
    const int count = m_list->rowCount();
    m_intro->setText(count == 0 ? QString()
                                : tr("%n record(s) were changed here and on the server at the same time. "
                                     "Nothing has been lost: choose which version to keep.",
                                    nullptr, count));
    m_intro->setVisible(count > 0);
    m_empty->setText(tr("No conflicts. Every change made here has reached the server or is waiting "
                        "to be sent."));
    m_keepMine->setText(tr("Keep mine"));
    m_keepMine->setToolTip(tr("Send your version of every field to the server at the next sync."));
    m_takeTheirs->setText(tr("Take theirs"));
    m_takeTheirs->setToolTip(tr("Use the server's version; your change is discarded."));
    m_apply->setText(tr("Apply choices"));
    m_apply->setToolTip(tr("Keep the version ticked for each field."));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("The server's version stands; remove this conflict from the list."));
    m_close->setText(tr("Close"));
}

void ConflictsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTexts();
        showCurrent();
    }
    QDialog::changeEvent(event);
}
