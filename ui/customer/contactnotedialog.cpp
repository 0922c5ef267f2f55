#include "ui/customer/contactnotedialog.h"

#include "models/customerdesk.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ContactNoteDialog::ContactNoteDialog(CustomerDesk &desk, const QString &customerId,
    const QList<Ticket> &tickets, const std::optional<Interaction> &call, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customerId)
    , m_call(call)
    , m_channel(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_ticket(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(m_call ? tr("Complete the call record") : tr("Record a contact"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (Channel c : enumValues<Channel>())
        m_channel->addItem(enumLabel(c), int(c));
    for (Direction d : enumValues<Direction>())
        m_direction->addItem(enumLabel(d), int(d));
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_ticket->addItem(tr("No ticket"), QString());
    for (const Ticket &t : tickets)
        m_ticket->addItem(QStringLiteral("%1 · %2").arg(t.number, t.subject.left(40)), t.id);
    m_summary->setPlaceholderText(tr("What the customer asked and what you told them"));
    m_summary->setMinimumSize(420, 140);
    if (m_call) {
        // The call is what it was: only what was said, how long and about which ticket.
        m_channel->setCurrentIndex(m_channel->findData(int(m_call->channel)));
        m_direction->setCurrentIndex(m_direction->findData(int(m_call->direction)));
        m_channel->setEnabled(false);
        m_direction->setEnabled(false);
        const qint64 seconds = m_call->startedAt.secsTo(QDateTime::currentDateTime());
        m_minutes->setValue(int(qBound(qint64(1), (seconds + 59) / 60, qint64(24 * 60))));
    }
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Direction:"), m_direction);
    form->addRow(tr("Duration:"), m_minutes);
    form->addRow(tr("About ticket:"), m_ticket);
    form->addRow(tr("Summary:"), m_summary);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("complianceWarning"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ContactNoteDialog::accept()
{
    const QString ticket = m_ticket->currentData().toString();
    const int seconds = m_minutes->value() * 60;
    const CustomerDesk::Result result = m_call
        ? m_desk.completeCall(m_call->id, m_summary->toPlainText(), seconds, ticket)
        : m_desk.addNote(m_customerId, Channel(m_channel->currentData().toInt()),
            Direction(m_direction->currentData().toInt()), m_summary->toPlainText(), seconds, ticket);
    if (!result) {
        m_error->setText(result.error);
        m_error->show();
        return;
    }
    m_createdId = result.id;
    QDialog::accept();
}
