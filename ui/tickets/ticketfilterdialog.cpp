#include "ui/tickets/ticketfilterdialog.h"

#include "core/slapolicy.h"
#include "models/ticketeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString s_me = QStringLiteral("@me");
const QString s_nobody = QStringLiteral("@nobody");

template<typename E>
QListWidget *checklist(const QString &name, const QList<E> &chosen)
{
    auto *list = new QListWidget;
    list->setObjectName(name);
    for (E value : enumValues<E>()) {
        auto *item = new QListWidgetItem(enumLabel(value), list);
        item->setData(Qt::UserRole, int(value));
        item->setCheckState(chosen.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMinimumWidth(130);
    return list;
}

template<typename E>
QList<E> checked(const QListWidget *list)
{
    QList<E> out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(static_cast<E>(list->item(i)->data(Qt::UserRole).toInt()));
    return out;
}

QDateTime startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), SlaPolicy::chinaTime()).toUTC();
}

} // namespace

TicketFilterDialog::TicketFilterDialog(TicketEditor &editor, const TicketQuery &initial, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_kinds(checklist(QStringLiteral("filterKinds"), initial.kinds))
    , m_categories(checklist(QStringLiteral("filterCategories"), initial.categories))
    , m_sources(checklist(QStringLiteral("filterSources"), initial.sources))
    , m_priorities(checklist(QStringLiteral("filterPriorities"), initial.priorities))
    , m_states(checklist(QStringLiteral("filterStates"), initial.states))
    , m_assignee(new QComboBox)
    , m_customer(new QLineEdit)
    , m_useFrom(new QCheckBox(tr("from", "creation date")))
    , m_from(new QDateEdit)
    , m_useTo(new QCheckBox(tr("up to", "creation date")))
    , m_to(new QDateEdit)
    , m_text(new QLineEdit)
    , m_name(new QLineEdit)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("ticketFilterDialog"));
    setWindowTitle(tr("Filter tickets"));
    m_assignee->addItem(tr("Anyone"), QString());
    m_assignee->addItem(tr("Me"), s_me);
    m_assignee->addItem(tr("Nobody (team queue)"), s_nobody);
    for (const User &u : editor.teamMembers())
        m_assignee->addItem(u.displayName, u.id);
    const QString assignee = initial.unassigned ? s_nobody
        : initial.assigneeId == editor.actor().userId && !initial.assigneeId.isEmpty() ? s_me
                                                                                      : initial.assigneeId;
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(assignee)));
    m_customer->setPlaceholderText(tr("Customer number or mobile"));
    m_customer->setMaxLength(32);
    if (const std::optional<Customer> c = editor.customer(initial.customerId))
        m_customer->setText(c->customerNo);
    const QDate today = editor.now().toTimeZone(SlaPolicy::chinaTime()).date();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
    }
    m_useFrom->setChecked(initial.createdFrom.isValid());
    if (initial.createdFrom.isValid())
        m_from->setDate(initial.createdFrom.toTimeZone(SlaPolicy::chinaTime()).date());
    m_useTo->setChecked(initial.createdBefore.isValid());
    if (initial.createdBefore.isValid())
        m_to->setDate(initial.createdBefore.toTimeZone(SlaPolicy::chinaTime()).date().addDays(-1));
    m_text->setText(initial.text);
    m_text->setMaxLength(100);
    m_text->setPlaceholderText(tr("Ticket number or words of the subject"));
    m_name->setObjectName(QStringLiteral("filterViewName"));
    m_name->setPlaceholderText(tr("Name, to keep this filter as a view of your own"));
    m_name->setMaxLength(40);
    m_error->setObjectName(QStringLiteral("pageNotice"));
    m_error->setProperty("error", true);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *lists = new QGridLayout;
    const QList<std::pair<QString, QListWidget *>> columns {{tr("Kind"), m_kinds}, {tr("Category"), m_categories},
        {tr("Channel"), m_sources}, {tr("Priority"), m_priorities}, {tr("State"), m_states}};
    for (int c = 0; c < columns.size(); ++c) {
        lists->addWidget(new QLabel(columns.at(c).first), 0, c);
        lists->addWidget(columns.at(c).second, 1, c);
    }
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useFrom);
    dates->addWidget(m_from);
    dates->addSpacing(12);
    dates->addWidget(m_useTo);
    dates->addWidget(m_to);
    dates->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Assignee"), m_assignee);
    form->addRow(tr("Customer"), m_customer);
    form->addRow(tr("Created"), dates);
    form->addRow(tr("Text"), m_text);
    form->addRow(tr("Save as view"), m_name);

    auto *buttons = new QDialogButtonBox;
    QPushButton *apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("filterApply"));
    QPushButton *save = buttons->addButton(tr("Save as view"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("filterSave"));
    QPushButton *clear = buttons->addButton(tr("Clear"), QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(apply, &QPushButton::clicked, this, &TicketFilterDialog::accept);
    connect(save, &QPushButton::clicked, this, &TicketFilterDialog::saveAsView);
    connect(clear, &QPushButton::clicked, this, &TicketFilterDialog::clearAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(lists);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QListWidget *TicketFilterDialog::list(const QString &objectName) const
{
    return findChild<QListWidget *>(objectName);
}

TicketQuery TicketFilterDialog::filter() const
{
    TicketQuery f;
    f.kinds = checked<TicketKind>(m_kinds);
    f.categories = checked<TicketCategory>(m_categories);
    f.sources = checked<Channel>(m_sources);
    f.priorities = checked<Priority>(m_priorities);
    f.states = checked<TicketState>(m_states);
    const QString assignee = m_assignee->currentData().toString();
    if (assignee == s_nobody)
        f.unassigned = true;
    else if (assignee == s_me)
        f.assigneeId = m_editor.actor().userId;
    else
        f.assigneeId = assignee;
    f.customerId = m_customerId;
    if (m_useFrom->isChecked())
        f.createdFrom = startOfDay(m_from->date());
    if (m_useTo->isChecked())
        f.createdBefore = startOfDay(m_to->date().addDays(1)); // the whole last day
    f.text = m_text->text().trimmed();
    return f;
}

QString TicketFilterDialog::viewName() const
{
    return m_viewName;
}

void TicketFilterDialog::accept()
{
    m_customerId.clear();
    if (!m_customer->text().trimmed().isEmpty()) {
        const std::optional<Customer> c = m_editor.findCustomer(m_customer->text());
        if (!c) {
            m_error->setText(tr("No single customer matches “%1”.").arg(m_customer->text().trimmed()));
            m_error->show();
            return;
        }
        m_customerId = c->id;
    }
    if (m_useFrom->isChecked() && m_useTo->isChecked() && m_to->date() < m_from->date()) {
        m_error->setText(tr("The end date is before the start date."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

void TicketFilterDialog::saveAsView()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_error->setText(tr("Give the view a name."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    m_viewName = m_name->text().trimmed();
    accept();
    if (result() != QDialog::Accepted)
        m_viewName.clear();
}

void TicketFilterDialog::clearAll()
{
    for (QListWidget *list : {m_kinds, m_categories, m_sources, m_priorities, m_states})
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
    m_assignee->setCurrentIndex(0);
    m_customer->clear();
    m_useFrom->setChecked(false);
    m_useTo->setChecked(false);
    m_text->clear();
}
