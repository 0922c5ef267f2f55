#include "ui/customer/riskalertpanel.h"

#include "models/riskalertlistmodel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString toneOf(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("danger");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("neutral");
}

} // namespace

RiskAlertPanel::RiskAlertPanel(
    RiskAlertListModel *model, std::function<QString(RiskAlertKind)> articleTitle, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_articleTitle(std::move(articleTitle))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RiskAlertPanel::rebuild);
    rebuild();
}

QPushButton *RiskAlertPanel::acknowledgeButton(int row) const
{
    return m_acknowledge.value(row);
}

QPushButton *RiskAlertPanel::outreachButton(int row) const
{
    return m_outreach.value(row);
}

void RiskAlertPanel::rebuild()
{
    // Later, not now: the rebuild may run inside the click of one of these buttons.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_acknowledge.clear();
    m_outreach.clear();
    if (m_model->rowCount() == 0) {
        auto *none = new QLabel(tr("No risk alerts."), this);
        none->setObjectName(QStringLiteral("cardCaption"));
        m_layout->addWidget(none);
        return;
    }
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const RiskAlertListModel::Row &row = *m_model->row(i);
        const bool open = row.alert.state == AlertState::Open;
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("alertCard"));
        card->setProperty("tone", open ? toneOf(row.alert.severity) : QStringLiteral("done"));
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(10, 8, 10, 8);
        cardLayout->setSpacing(4);

        auto *top = new QHBoxLayout;
        auto *severity = new QLabel(enumLabel(row.alert.severity), card);
        severity->setObjectName(QStringLiteral("badge"));
        severity->setProperty("tone", open ? toneOf(row.alert.severity) : QStringLiteral("neutral"));
        top->addWidget(severity);
        auto *kind
            = new QLabel(QStringLiteral("<b>%1</b>").arg(enumLabel(row.alert.kind).toHtmlEscaped()), card);
        top->addWidget(kind);
        QString when;
        if (row.detected)
            when = tr("detected in the current figures");
        else if (row.alert.raisedAt.isValid())
            when = QLocale().toString(row.alert.raisedAt.toLocalTime(), QLocale::ShortFormat);
        auto *meta = new QLabel(when, card);
        meta->setObjectName(QStringLiteral("cardCaption"));
        top->addWidget(meta);
        top->addStretch();
        if (!open) {
            auto *state
                = new QLabel(tr("%1 by %2")
                                 .arg(enumLabel(row.alert.state),
                                     m_model->index(i).data(RiskAlertListModel::AcknowledgedRole).toString()),
                    card);
            state->setObjectName(QStringLiteral("cardCaption"));
            top->addWidget(state);
        }
        cardLayout->addLayout(top);

        auto *text = new QLabel(row.alert.text, card);
        text->setWordWrap(true);
        text->setObjectName(QStringLiteral("cardDetail"));
        cardLayout->addWidget(text);

        if (open) {
            auto *actions = new QHBoxLayout;
            const QString article = m_articleTitle ? m_articleTitle(row.alert.kind) : QString();
            if (!article.isEmpty()) {
                auto *suggestion = new QLabel(tr("Education article for the reply: %1").arg(article), card);
                suggestion->setObjectName(QStringLiteral("cardCaption"));
                suggestion->setWordWrap(true);
                actions->addWidget(suggestion, 1);
            } else {
                actions->addStretch(1);
            }
            auto *ack = new QPushButton(tr("Acknowledge"), card);
            auto *outreach = new QPushButton(tr("Outreach ticket"), card);
            outreach->setToolTip(tr("Opens a ticket to call the customer about this alert, assigned to you, "
                                    "and acknowledges the alert"));
            connect(ack, &QPushButton::clicked, this, [this, i] { Q_EMIT acknowledgeRequested(i); });
            connect(outreach, &QPushButton::clicked, this, [this, i] { Q_EMIT outreachRequested(i); });
            actions->addWidget(ack);
            actions->addWidget(outreach);
            cardLayout->addLayout(actions);
            m_acknowledge.append(ack);
            m_outreach.append(outreach);
        } else {
            m_acknowledge.append(nullptr);
            m_outreach.append(nullptr);
        }
        m_layout->addWidget(card);
    }
}
