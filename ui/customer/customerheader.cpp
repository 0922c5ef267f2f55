#include "ui/customer/customerheader.h"

#include "models/accountlistmodel.h"
#include "models/customer360.h"
#include "models/piireveal.h"
#include "ui/customer/revealdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

void setTone(QLabel *label, const QString &tone)
{
    if (label->property("tone").toString() == tone)
        return;
    label->setProperty("tone", tone);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

CustomerHeader::CustomerHeader(Customer360 *customer, QWidget *parent)
    : QFrame(parent)
    , m_customer(customer)
    , m_name(new QLabel(this))
    , m_badges(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_assessment(new QLabel(this))
    , m_revealState(new QLabel(this))
    , m_revealMobile(new QPushButton(this))
    , m_revealId(new QPushButton(this))
    , m_revealEmail(new QPushButton(this))
    , m_revealAccounts(new QPushButton(this))
    , m_newTicket(new QPushButton(this))
    , m_contact(new QPushButton(this))
{
    setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *top = new QHBoxLayout;
    m_name->setObjectName(QStringLiteral("pageTitle"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_name);
    m_badges->setObjectName(QStringLiteral("cardCaption"));
    top->addWidget(m_badges);
    top->addStretch();
    top->addWidget(m_contact);
    m_newTicket->setDefault(true);
    top->addWidget(m_newTicket);
    layout->addLayout(top);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identity->setObjectName(QStringLiteral("cardDetail"));
    m_identity->setWordWrap(true);
    layout->addWidget(m_identity);
    m_facts->setObjectName(QStringLiteral("cardDetail"));
    m_facts->setWordWrap(true);
    layout->addWidget(m_facts);
    m_assessment->setObjectName(QStringLiteral("assessment"));
    m_assessment->setWordWrap(true);
    layout->addWidget(m_assessment);
    // What is masked, and the way to see it: one row under the facts.
    auto *revealRow = new QHBoxLayout;
    m_revealState->setObjectName(QStringLiteral("cardCaption"));
    revealRow->addWidget(m_revealState);
    for (QPushButton *b : {m_revealMobile, m_revealId, m_revealEmail, m_revealAccounts}) {
        b->setObjectName(QStringLiteral("revealButton"));
        b->setCursor(Qt::PointingHandCursor);
        revealRow->addWidget(b);
    }
    revealRow->addStretch();
    layout->addLayout(revealRow);

    connect(m_revealMobile, &QPushButton::clicked, this, [this] { revealField(PiiField::Mobile); });
    connect(m_revealId, &QPushButton::clicked, this, [this] { revealField(PiiField::IdNumber); });
    connect(m_revealEmail, &QPushButton::clicked, this, [this] { revealField(PiiField::Email); });
    connect(m_revealAccounts, &QPushButton::clicked, this, [this] { revealField(PiiField::AccountNumber); });
    connect(m_newTicket, &QPushButton::clicked, this, &CustomerHeader::newTicketRequested);
    connect(m_contact, &QPushButton::clicked, this, &CustomerHeader::contactRequested);
    connect(m_customer, &Customer360::loaded, this, &CustomerHeader::refresh);
    connect(m_customer->reveal(), &PiiReveal::changed, this, &CustomerHeader::followReveals);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CustomerHeader::refresh);
    retranslateUi();
}

QString CustomerHeader::fieldLabel(PiiField field)
{
    switch (field) {
    case PiiField::Mobile:
        return tr("mobile number");
    case PiiField::IdNumber:
        return tr("ID number");
    case PiiField::Email:
        return tr("e-mail address");
    case PiiField::AccountNumber:
        return tr("account numbers");
    case PiiField::Name:
        return tr("name");
    case PiiField::CardNumber:
    case PiiField::Password:
        break;
    }
    return {};
}

QString CustomerHeader::revealLabel(PiiField field) const
{
    switch (field) {
    case PiiField::Mobile:
        return tr("Show mobile");
    case PiiField::IdNumber:
        return tr("Show ID");
    case PiiField::Email:
        return tr("Show e-mail");
    case PiiField::AccountNumber:
        return tr("Show accounts");
    default:
        break;
    }
    return {};
}

QPushButton *CustomerHeader::revealButton(PiiField field) const
{
    switch (field) {
    case PiiField::Mobile:
        return m_revealMobile;
    case PiiField::IdNumber:
        return m_revealId;
    case PiiField::Email:
        return m_revealEmail;
    case PiiField::AccountNumber:
        return m_revealAccounts;
    default:
        break;
    }
    return nullptr;
}

bool CustomerHeader::revealField(PiiField field, const QString &givenReason)
{
    if (!m_customer->isOpen())
        return false;
    PiiReveal *reveal = m_customer->reveal();
    QString reason = givenReason;
    if (reason.isEmpty()) {
        RevealDialog dialog(fieldLabel(field), reveal->duration(), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = dialog.reason();
    }
    QString error;
    if (!reveal->reveal(m_customer->customerId(), field, reason, &error)) {
        Q_EMIT refused(error);
        return false;
    }
    refresh();
    return true;
}

void CustomerHeader::followReveals()
{
    const QString id = m_customer->customerId();
    const PiiReveal *reveal = m_customer->reveal();
    const bool any = reveal->isRevealed(id, PiiField::Mobile) || reveal->isRevealed(id, PiiField::IdNumber)
        || reveal->isRevealed(id, PiiField::Email) || reveal->isRevealed(id, PiiField::AccountNumber);
    if (any && !m_tick.isActive())
        m_tick.start();
    else if (!any)
        m_tick.stop();
    refresh();
}

void CustomerHeader::refresh()
{
    if (!m_customer->isOpen())
        return;
    const Customer &c = m_customer->customer();
    const PiiReveal *reveal = m_customer->reveal();
    m_name->setText(m_customer->display(PiiField::Name));
    QStringList badges;
    if (c.vipLevel > 0)
        badges.append(tr("VIP %1").arg(c.vipLevel));
    if (c.status != CustomerStatus::Active)
        badges.append(enumLabel(c.status));
    badges.append(c.tags);
    m_badges->setText(badges.join(QStringLiteral(" · ")));

    QStringList identity;
    identity.append(tr("Customer no. %1").arg(c.customerNo));
    identity.append(tr("Mobile %1").arg(m_customer->display(PiiField::Mobile)));
    //: The document type, then its (masked) number: 居民身份证 110***********002X
    identity.append(tr("%1 %2").arg(enumLabel(c.idType), m_customer->display(PiiField::IdNumber)));
    if (!c.email.isEmpty())
        identity.append(tr("E-mail %1").arg(m_customer->display(PiiField::Email)));
    m_identity->setText(identity.join(QStringLiteral("  ·  ")));
    const bool mayReveal = reveal->mayReveal(PiiField::Mobile);
    auto setReveal = [&](QPushButton *button, PiiField field, bool present) {
        const int left = reveal->secondsLeft(c.id, field);
        button->setVisible(mayReveal && present);
        button->setEnabled(left == 0);
        button->setText(left > 0 ? tr("%1 s").arg(left) : revealLabel(field));
        button->setToolTip(tr("Show the %1 for %2 seconds; asks for the reason, which is audited")
                               .arg(fieldLabel(field))
                               .arg(reveal->duration()));
    };
    setReveal(m_revealMobile, PiiField::Mobile, !c.mobile.isEmpty());
    setReveal(m_revealId, PiiField::IdNumber, !c.idNumber.isEmpty());
    setReveal(m_revealEmail, PiiField::Email, !c.email.isEmpty());
    setReveal(m_revealAccounts, PiiField::AccountNumber, m_customer->accounts()->rowCount() > 0);
    m_revealState->setText(mayReveal
            ? tr("Identifiers are masked. Showing one asks for a reason and is audited.")
            : tr("Trainers see personal data masked only."));

    m_facts->setText(QStringList {tr("Branch %1").arg(c.branch),
        tr("Account manager %1").arg(c.accountManager), enumLabel(c.investorType)}
                         .join(QStringLiteral("  ·  ")));
    QString assessment
        = tr("Risk class %1 · assessed %2 · valid until %3")
              .arg(enumLabel(c.riskClass), QLocale().toString(c.assessedOn, QLocale::ShortFormat),
                  QLocale().toString(c.assessmentExpires, QLocale::ShortFormat));
    switch (m_customer->assessmentStatus()) {
    case Suitability::AssessmentStatus::Expired:
        assessment += QStringLiteral("  —  ")
            + tr("the assessment has expired: no new medium- or high-risk products until it is renewed");
        setTone(m_assessment, QStringLiteral("danger"));
        break;
    case Suitability::AssessmentStatus::ExpiringSoon:
        assessment += QStringLiteral("  —  ")
            + tr("expires in %n day(s): remind the customer to renew it", nullptr,
                int(m_customer->assessmentDaysLeft()));
        setTone(m_assessment, QStringLiteral("warning"));
        break;
    case Suitability::AssessmentStatus::Valid:
        setTone(m_assessment, QString());
        break;
    }
    m_assessment->setText(assessment);
}

void CustomerHeader::setCallOpen(bool open)
{
    m_callOpen = open;
    retranslateUi();
}

void CustomerHeader::retranslateUi()
{
    m_newTicket->setText(tr("New ticket"));
    m_contact->setText(m_callOpen ? tr("Complete call record") : tr("Record contact"));
    refresh();
}

void CustomerHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}
