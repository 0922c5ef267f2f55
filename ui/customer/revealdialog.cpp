#include "ui/customer/revealdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RevealDialog::RevealDialog(const QString &fieldLabel, int seconds, QWidget *parent)
    : QDialog(parent), m_reason(new QComboBox(this)), m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Show %1").arg(fieldLabel));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("The %1 will show in clear for %2 seconds. Your name, the time, the field and "
                        "the reason are written to the audit log.")
                         .arg(fieldLabel)
                         .arg(seconds),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    m_reason->setEditable(true);
    m_reason->addItems(
        {tr("Verify the caller's identity"), tr("Customer asked to confirm their contact details"),
            tr("Call the customer back"), tr("Required for a service request")});
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type the reason"));
    m_reason->setMinimumWidth(360);
    layout->addWidget(m_reason);
    m_buttons->addButton(QDialogButtonBox::Ok)->setText(tr("Show"));
    m_buttons->addButton(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentTextChanged, this, &RevealDialog::updateOk);
    updateOk();
}

QString RevealDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void RevealDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason().size() >= 2);
}
