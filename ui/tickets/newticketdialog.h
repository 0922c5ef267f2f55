#pragma once

#include "core/ticket.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class TicketEditor;

// A new ticket, from scratch or for a customer already known: the customer (number or
// mobile), kind, channel — a 12386 transfer with the regulator's due date — category,
// priority, subject and description. Whoever takes a call or chat owns its ticket
// (首办负责制), so "assign to me" starts ticked for those channels. Errors from the rules
// are shown in the dialog, which stays open with everything typed.
class NewTicketDialog : public QDialog
{
    Q_OBJECT

public:
    NewTicketDialog(TicketEditor &editor, const QString &customerId = {}, QWidget *parent = nullptr);

    QString createdId() const { return m_createdId; }

    QLineEdit *customerEdit() const { return m_customer; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QDateTimeEdit *externalDueEdit() const { return m_externalDue; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    void updateCustomer();
    void updateChannel();

    TicketEditor &m_editor;
    QString m_customerId;
    QString m_createdId;
    QLineEdit *m_customer;
    QLabel *m_customerInfo;
    QComboBox *m_kind;
    QComboBox *m_channel;
    QComboBox *m_category;
    QComboBox *m_priority;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QDateTimeEdit *m_externalDue;
    QCheckBox *m_assignToMe;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
