#pragma once

#include "core/interaction.h"
#include "core/ticket.h"

#include <optional>

#include <QDialog>

class CustomerDesk;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

// A contact with the customer written down from the 360 view: channel, direction, how
// long, what was said and, optionally, which of the customer's tickets it was about.
// A refusal shows in the dialog, which keeps what was typed.
class ContactNoteDialog : public QDialog
{
    Q_OBJECT

public:
    // call: the call just taken, whose record the note completes (channel and direction
    // fixed, the duration counted from its start); without it the note is a new contact.
    ContactNoteDialog(CustomerDesk &desk, const QString &customerId, const QList<Ticket> &tickets,
        const std::optional<Interaction> &call = std::nullopt, QWidget *parent = nullptr);

    QString createdId() const { return m_createdId; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *ticketBox() const { return m_ticket; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    CustomerDesk &m_desk;
    QString m_customerId;
    std::optional<Interaction> m_call;
    QString m_createdId;
    QComboBox *m_channel;
    QComboBox *m_direction;
    QSpinBox *m_minutes;
    QComboBox *m_ticket;
    QPlainTextEdit *m_summary;
    QLabel *m_error;
};
