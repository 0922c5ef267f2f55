#include "ui/customer/contactnotedialog.h"

#include "models/customerdesk.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ContactNoteDialog::ContactNoteDialog(
    CustomerDesk &desk, const QString &customerId, const QList<Ticket> &tickets, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customerId(customerId)
    , m_channel(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_ticket(new QComboBox(this))
    , m_summary(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Record a contact"));
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
    const CustomerDesk::Result result = m_desk.addNote(m_customerId,
        Channel(m_channel->currentData().toInt()), Direction(m_direction->currentData().toInt()),
        m_summary->toPlainText(), m_minutes->value() * 60, m_ticket->currentData().toString());
    if (!result) {
        m_error->setText(result.error);
        m_error->show();
        return;
    }
    m_createdId = result.id;
    QDialog::accept();
}
