#pragma once

#include <QDialog>

class CustomerDesk;
class QComboBox;
class QLabel;
class QLineEdit;

// Registers a caller the firm does not know yet, from the screen pop: the mobile comes
// from the call, name and identity document from the caller. Refusals (an invalid ID
// number, a customer already known) show in the dialog, which keeps what was typed.
class NewCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    NewCustomerDialog(CustomerDesk &desk, const QString &mobile, QWidget *parent = nullptr);

    QString createdId() const { return m_createdId; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *mobileEdit() const { return m_mobile; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    QLineEdit *branchEdit() const { return m_branch; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    CustomerDesk &m_desk;
    QString m_createdId;
    QLineEdit *m_name;
    QLineEdit *m_mobile;
    QComboBox *m_idType;
    QLineEdit *m_idNumber;
    QLineEdit *m_branch;
    QLabel *m_error;
};
