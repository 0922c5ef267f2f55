#include "ui/tickets/transitiondialog.h"

#include "core/compliancescanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

template<typename E>
QComboBox *enumBox(const QList<E> &values)
{
    auto *box = new QComboBox;
    box->addItem(QString(), QVariant()); // nothing chosen yet
    for (E value : values)
        box->addItem(enumLabel(value), int(value));
    return box;
}

template<typename E>
std::optional<E> chosen(const QComboBox *box)
{
    if (!box || !box->currentData().isValid())
        return std::nullopt;
    return static_cast<E>(box->currentData().toInt());
}

} // namespace

TransitionDialog::TransitionDialog(
    const Ticket &ticket, TicketState to, const QStringList &requiredFields, QWidget *parent)
    : QDialog(parent), m_to(to), m_fields(requiredFields), m_warning(new QLabel), m_sendAnyway(new QCheckBox), m_buttons(new QDialogButtonBox)
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("%1: %2 → %3").arg(ticket.number, enumLabel(ticket.state), enumLabel(to)));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const bool leavingDispute = ticket.state == TicketState::Mediation || ticket.state == TicketState::Arbitration;

    if (m_fields.contains(QLatin1String("reply_text"))) {
        m_reply = new QPlainTextEdit;
        m_reply->setObjectName(QStringLiteral("transitionReply"));
        m_reply->setMinimumSize(460, 140);
        form->addRow(tr("Reply to the customer"), m_reply);
        connect(m_reply, &QPlainTextEdit::textChanged, this, &TransitionDialog::update);
    }
    if (m_fields.contains(QLatin1String("mediation_body"))) {
        // Arbitration goes to an arbitration commission; mediation to one of the others.
        QList<MediationBody> bodies;
        for (MediationBody b : enumValues<MediationBody>())
            if ((to == TicketState::Arbitration) == (b == MediationBody::ArbitrationCommission))
                bodies.append(b);
        m_body = enumBox(bodies);
        m_body->setObjectName(QStringLiteral("transitionBody"));
        if (bodies.size() == 1)
            m_body->setCurrentIndex(1);
        form->addRow(to == TicketState::Arbitration ? tr("Arbitration body") : tr("Mediation body"), m_body);
        connect(m_body, &QComboBox::currentIndexChanged, this, &TransitionDialog::update);
    }
    if (m_fields.contains(QLatin1String("resolution"))) {
        QList<ResolutionCode> codes = enumValues<ResolutionCode>();
        codes.removeAll(ResolutionCode::Merged); // only a merge closes a ticket as merged
        m_resolution = enumBox(codes);
        m_resolution->setObjectName(QStringLiteral("transitionResolution"));
        if (ticket.state == TicketState::Mediation)
            m_resolution->setCurrentIndex(m_resolution->findData(int(ResolutionCode::Mediated)));
        else if (ticket.state == TicketState::Arbitration)
            m_resolution->setCurrentIndex(m_resolution->findData(int(ResolutionCode::Arbitrated)));
        form->addRow(tr("Resolution"), m_resolution);
        connect(m_resolution, &QComboBox::currentIndexChanged, this, &TransitionDialog::update);
    }
    if (m_fields.contains(QLatin1String("follow_up"))) {
        m_followUp = enumBox(enumValues<FollowUpResult>());
        m_followUp->setObjectName(QStringLiteral("transitionFollowUp"));
        form->addRow(tr("Follow-up result"), m_followUp);
        connect(m_followUp, &QComboBox::currentIndexChanged, this, &TransitionDialog::update);
    }
    if (m_fields.contains(QLatin1String("reason"))) {
        m_reason = new QPlainTextEdit;
        m_reason->setObjectName(QStringLiteral("transitionReason"));
        m_reason->setMinimumSize(460, 80);
        const QString label = leavingDispute ? (ticket.state == TicketState::Arbitration
                                                       ? tr("Outcome of the arbitration")
                                                       : tr("Outcome of the mediation"))
                                             : tr("Reason");
        form->addRow(label, m_reason);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &TransitionDialog::update);
    }
    if (form->rowCount() == 0)
        form->addRow(new QLabel(tr("Move ticket %1 to “%2”?").arg(ticket.number, enumLabel(to))));

    m_warning->setObjectName(QStringLiteral("complianceWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_sendAnyway->setObjectName(QStringLiteral("sendAnyway"));
    m_sendAnyway->setText(tr("I have checked the wording: it promises no return; send it"));
    m_sendAnyway->hide();
    connect(m_sendAnyway, &QCheckBox::toggled, this, &TransitionDialog::update);
    m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move to “%1”").arg(enumLabel(to)));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_sendAnyway);
    layout->addWidget(m_buttons);
    update();
}

void TransitionDialog::setReplyText(const QString &text)
{
    if (m_reply)
        m_reply->setPlainText(text);
}

bool TransitionDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void TransitionDialog::update()
{
    bool complete = true;
    if (m_reply && m_reply->toPlainText().trimmed().isEmpty())
        complete = false;
    if (m_reason && m_reason->toPlainText().trimmed().isEmpty())
        complete = false;
    for (const QComboBox *box : {m_resolution, m_followUp, m_body})
        if (box && !box->currentData().isValid())
            complete = false;
    const QList<ComplianceHit> hits = m_reply ? ComplianceScanner().scan(m_reply->toPlainText()) : QList<ComplianceHit>();
    m_warning->setText(ComplianceScanner::warningText(hits));
    m_warning->setVisible(!hits.isEmpty());
    m_sendAnyway->setVisible(!hits.isEmpty());
    if (hits.isEmpty())
        m_sendAnyway->setChecked(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && (hits.isEmpty() || m_sendAnyway->isChecked()));
}

TransitionRequest TransitionDialog::request() const
{
    TransitionRequest r;
    r.to = m_to;
    if (m_reply)
        r.replyText = m_reply->toPlainText().trimmed();
    if (m_reason)
        r.reason = m_reason->toPlainText().trimmed();
    r.resolution = chosen<ResolutionCode>(m_resolution);
    r.followUp = chosen<FollowUpResult>(m_followUp);
    r.mediationBody = chosen<MediationBody>(m_body);
    return r;
}
