#include "ui/customer/newcustomerdialog.h"

#include "core/enums.h"
#include "models/customerdesk.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewCustomerDialog::NewCustomerDialog(CustomerDesk &desk, const QString &mobile, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_name(new QLineEdit(this))
    , m_mobile(new QLineEdit(mobile, this))
    , m_idType(new QComboBox(this))
    , m_idNumber(new QLineEdit(this))
    , m_branch(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New customer"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("The caller is not known. Ask for their name and identity document to register "
                        "them; the risk assessment follows at the branch."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (IdType t : enumValues<IdType>())
        m_idType->addItem(enumLabel(t), int(t));
    m_name->setMaxLength(40);
    m_mobile->setMaxLength(20);
    m_idNumber->setMaxLength(32);
    m_branch->setMaxLength(60);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Mobile:"), m_mobile);
    form->addRow(tr("Document:"), m_idType);
    form->addRow(tr("Document number:"), m_idNumber);
    form->addRow(tr("Branch:"), m_branch);
    layout->addLayout(form);
    m_error->setObjectName(QStringLiteral("complianceWarning"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(QDialogButtonBox::Save)->setText(tr("Register"));
    buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
}

void NewCustomerDialog::accept()
{
    const CustomerDesk::Result result = m_desk.createCustomer(m_name->text(), m_mobile->text(),
        IdType(m_idType->currentData().toInt()), m_idNumber->text(), m_branch->text());
    if (!result) {
        m_error->setText(result.error);
        m_error->show();
        return;
    }
    m_createdId = result.id;
    QDialog::accept();
}
