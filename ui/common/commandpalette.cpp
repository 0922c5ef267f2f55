#include "ui/common/commandpalette.h"

#include "ui/common/commanddelegate.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    return text;
}

// 0 = no match; higher is better. Words may be typed in any case and the letters of
// a query may be spread over the text ("tfs" finds "Toggle full screen").
int score(const QAction *action, const QString &query)
{
    if (query.isEmpty())
        return 1;
    const QString text = plainText(action);
    if (text.startsWith(query, Qt::CaseInsensitive))
        return 400;
    if (text.contains(query, Qt::CaseInsensitive))
        return 300;
    const QStringList keywords = action->property("keywords").toStringList();
    for (const QString &k : keywords)
        if (k.contains(query, Qt::CaseInsensitive))
            return 200;
    int pos = 0;
    for (const QChar c : query) {
        if (c.isSpace())
            continue;
        pos = text.indexOf(c, pos, Qt::CaseInsensitive);
        if (pos < 0)
            return 0;
        ++pos;
    }
    return 100;
}

} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QFrame(parent)
    , m_input(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_hint(new QLabel(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::NoFrame);
    m_input->setObjectName(QStringLiteral("paletteInput"));
    m_input->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CommandDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_hint->setObjectName(QStringLiteral("paletteHint"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_input);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(32);
    shadow->setOffset(0, 8);
    shadow->setColor(QColor(15, 23, 42, 60));
    setGraphicsEffect(shadow);

    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        activateCurrent();
    });
    m_input->installEventFilter(this);
    if (parent)
        parent->installEventFilter(this);
    qApp->installEventFilter(this);

    retranslateUi();
    hide();
}

void CommandPalette::setActions(const QList<QAction *> &actions)
{
    m_actions.clear();
    for (QAction *a : actions)
        m_actions.append(a);
    refilter();
}

QList<QAction *> CommandPalette::actions() const
{
    QList<QAction *> out;
    for (const auto &a : m_actions)
        if (a)
            out.append(a.data());
    return out;
}

QList<QAction *> CommandPalette::rank(const QList<QAction *> &actions, const QString &query)
{
    const QString q = query.trimmed();
    QList<std::pair<int, QAction *>> scored;
    for (QAction *a : actions) {
        if (!a || !a->isEnabled() || !a->isVisible())
            continue;
        if (const int s = score(a, q))
            scored.append({s, a});
    }
    std::stable_sort(
        scored.begin(), scored.end(), [](const auto &l, const auto &r) { return l.first > r.first; });
    QList<QAction *> out;
    for (const auto &p : scored)
        out.append(p.second);
    return out;
}

void CommandPalette::popup(const QString &text)
{
    m_input->setText(text);
    refilter();
    reposition();
    show();
    raise();
    m_input->setFocus(Qt::PopupFocusReason);
    m_input->end(false);
}

void CommandPalette::setFilterText(const QString &text)
{
    m_input->setText(text);
}

QString CommandPalette::filterText() const
{
    return m_input->text();
}

QList<QAction *> CommandPalette::matches() const
{
    QList<QAction *> out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out.append(m_model->item(row)->data(CommandDelegate::ActionRole).value<QAction *>());
    return out;
}

QAction *CommandPalette::currentAction() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(CommandDelegate::ActionRole).value<QAction *>() : nullptr;
}

void CommandPalette::activateCurrent()
{
    QPointer<QAction> action = currentAction();
    if (!action)
        return;
    hide();
    Q_EMIT commandTriggered(action);
    // The palette is gone before the command runs: a command may open a dialog.
    if (action)
        action->trigger();
}

void CommandPalette::refilter()
{
    m_model->clear();
    for (QAction *a : rank(actions(), m_input->text())) {
        auto *item = new QStandardItem(a->icon(), plainText(a));
        item->setData(QVariant::fromValue(a), CommandDelegate::ActionRole);
        item->setData(a->shortcut().toString(QKeySequence::NativeText), CommandDelegate::ShortcutRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    m_hint->setText(m_model->rowCount() == 0 ? tr("No matching command")
                                             : tr("↑↓ to choose · Enter to run · Esc to close"));
    // The list shrinks and grows with the matches.
    if (isVisible())
        reposition();
}

void CommandPalette::reposition()
{
    QWidget *host = parentWidget();
    if (!host)
        return;
    const int width = qBound(360, host->width() * 2 / 5, 640);
    const int rows = qBound(3, m_model->rowCount(), 9);
    const int height = m_input->sizeHint().height() + rows * 40 + 16 + m_hint->sizeHint().height();
    setGeometry((host->width() - width) / 2, qMin(96, host->height() / 8), width, height);
}

void CommandPalette::moveCurrent(int delta)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int row = (m_list->currentIndex().row() + delta + count) % count;
    m_list->setCurrentIndex(m_model->index(row, 0));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            hide();
            return true;
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activateCurrent();
            return true;
        default:
            break;
        }
    }
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        reposition();
    // A click anywhere outside closes it, as a popup would.
    if (event->type() == QEvent::MouseButtonPress && isVisible()) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && w != this && !isAncestorOf(w) && w->window() == window())
            hide();
    }
    return QFrame::eventFilter(watched, event);
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void CommandPalette::retranslateUi()
{
    m_input->setPlaceholderText(tr("Type a command…"));
    // Action texts change with the language; the list shows their current text.
    refilter();
}
