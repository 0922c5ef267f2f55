#pragma once

#include "core/ticket.h"
#include "core/transitionrequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Asks for exactly the fields a workflow step needs (TicketWorkflow::requiredFields):
// the reply to the customer, the resolution and follow-up result to close, the body a
// dispute goes to, a reason — or the outcome, when the ticket leaves mediation or
// arbitration. OK stays disabled until each is given. A reply with wording that promises
// returns is flagged, and goes out only once the agent confirms having checked it.
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    TransitionDialog(const Ticket &ticket, TicketState to, const QStringList &requiredFields,
        QWidget *parent = nullptr);

    void setReplyText(const QString &text);
    TransitionRequest request() const;

    // For tests.
    QPlainTextEdit *replyEdit() const { return m_reply; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QComboBox *resolutionBox() const { return m_resolution; }
    QComboBox *followUpBox() const { return m_followUp; }
    QComboBox *bodyBox() const { return m_body; }
    QLabel *warningLabel() const { return m_warning; }
    QCheckBox *sendAnywayBox() const { return m_sendAnyway; }
    bool canAccept() const;

private:
    void update();

    TicketState m_to;
    QStringList m_fields;
    QPlainTextEdit *m_reply = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QComboBox *m_resolution = nullptr;
    QComboBox *m_followUp = nullptr;
    QComboBox *m_body = nullptr;
    QLabel *m_warning;
    QCheckBox *m_sendAnyway;
    QDialogButtonBox *m_buttons;
};
