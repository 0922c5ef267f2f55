#include "ui/tickets/newticketdialog.h"

#include "core/piimasker.h"
#include "models/ticketeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

template<typename E>
QComboBox *enumBox(E current)
{
    auto *box = new QComboBox;
    for (E value : enumValues<E>())
        box->addItem(enumLabel(value), int(value));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}

template<typename E>
E chosen(const QComboBox *box)
{
    return static_cast<E>(box->currentData().toInt());
}

} // namespace

NewTicketDialog::NewTicketDialog(TicketEditor &editor, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_customerId(customerId)
    , m_customer(new QLineEdit)
    , m_customerInfo(new QLabel)
    , m_kind(enumBox(TicketKind::Inquiry))
    , m_channel(enumBox(Channel::Phone))
    , m_category(enumBox(TicketCategory::Other))
    , m_priority(enumBox(Priority::Normal))
    , m_subject(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_externalDue(new QDateTimeEdit)
    , m_assignToMe(new QCheckBox)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New ticket"));
    m_customer->setObjectName(QStringLiteral("newTicketCustomer"));
    m_customer->setPlaceholderText(tr("Customer number or mobile; empty for none"));
    m_customer->setMaxLength(32);
    if (const std::optional<Customer> c = editor.customer(customerId))
        m_customer->setText(c->customerNo);
    connect(m_customer, &QLineEdit::textChanged, this, &NewTicketDialog::updateCustomer);
    m_subject->setObjectName(QStringLiteral("newTicketSubject"));
    m_subject->setMaxLength(200);
    m_description->setMinimumSize(420, 100);
    m_externalDue->setObjectName(QStringLiteral("newTicketExternalDue"));
    m_externalDue->setCalendarPopup(true);
    m_externalDue->setDateTime(editor.now().toLocalTime().addDays(10));
    m_assignToMe->setText(tr("I handle it (首办负责制)"));
    connect(m_channel, &QComboBox::currentIndexChanged, this, &NewTicketDialog::updateChannel);
    m_error->setObjectName(QStringLiteral("pageNotice"));
    m_error->setProperty("error", true);
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open ticket"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Customer"), m_customer);
    form->addRow(QString(), m_customerInfo);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("12386 due date"), m_externalDue);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), m_assignToMe);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    updateCustomer();
    updateChannel();
}

void NewTicketDialog::updateCustomer()
{
    const std::optional<Customer> c = m_editor.findCustomer(m_customer->text());
    m_customerId = c ? c->id : QString();
    if (c)
        m_customerInfo->setText(tr("%1 · %2 · %3")
                                    .arg(PiiMasker::forRole(PiiField::Name, c->name, m_editor.actor().role),
                                        PiiMasker::mask(PiiField::Mobile, c->mobile), c->branch));
    else
        m_customerInfo->setText(m_customer->text().trimmed().isEmpty() ? tr("No customer: a ticket of the team")
                                                                        : tr("No single customer matches."));
}

void NewTicketDialog::updateChannel()
{
    const Channel channel = chosen<Channel>(m_channel);
    m_externalDue->setEnabled(channel == Channel::Transfer12386);
    m_assignToMe->setChecked(channel == Channel::Phone || channel == Channel::Online);
}

void NewTicketDialog::accept()
{
    if (!m_customer->text().trimmed().isEmpty() && m_customerId.isEmpty()) {
        m_error->setText(tr("Pick the customer by customer number or a mobile number that matches one customer."));
        m_error->show();
        return;
    }
    Ticket draft;
    draft.customerId = m_customerId;
    draft.kind = chosen<TicketKind>(m_kind);
    draft.source = chosen<Channel>(m_channel);
    draft.category = chosen<TicketCategory>(m_category);
    draft.priority = chosen<Priority>(m_priority);
    draft.subject = m_subject->text();
    draft.description = m_description->toPlainText().trimmed();
    if (draft.source == Channel::Transfer12386)
        draft.externalDue = m_externalDue->dateTime().toUTC();
    if (m_assignToMe->isChecked())
        draft.assigneeId = m_editor.actor().userId;
    const TicketEditor::Result result = m_editor.createTicket(draft);
    if (!result) {
        m_error->setText(result.error);
        m_error->show();
        return;
    }
    m_createdId = result.id;
    QDialog::accept();
}
