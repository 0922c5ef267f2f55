#include "ui/dashboard/statebreakdowncard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

StateBreakdownCard::StateBreakdownCard(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_caption(new QLabel(this)), m_rowsHost(new QWidget(this))
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_caption->setObjectName(QStringLiteral("cardCaption"));
    m_rows = new QGridLayout(m_rowsHost);
    m_rows->setContentsMargins(0, 4, 0, 0);
    m_rows->setHorizontalSpacing(12);
    m_rows->setVerticalSpacing(10);
    m_rows->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_caption);
    layout->addSpacing(4);
    layout->addWidget(m_rowsHost);
    layout->addStretch(1);
    rebuild();
}

void StateBreakdownCard::setCounts(const QList<std::pair<TicketState, int>> &counts)
{
    m_counts = counts;
    rebuild();
}

QStringList StateBreakdownCard::rowTexts() const
{
    QStringList out;
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        auto *label = m_rows->itemAtPosition(row, 0)
            ? qobject_cast<QLabel *>(m_rows->itemAtPosition(row, 0)->widget())
            : nullptr;
        auto *count = m_rows->itemAtPosition(row, 2)
            ? qobject_cast<QLabel *>(m_rows->itemAtPosition(row, 2)->widget())
            : nullptr;
        if (label && count)
            out.append(label->text() + QLatin1Char('=') + count->text());
    }
    return out;
}

void StateBreakdownCard::rebuild()
{
    m_title->setText(tr("Team open tickets by state"));
    int total = 0;
    int largest = 0;
    for (const auto &[state, count] : std::as_const(m_counts)) {
        total += count;
        largest = std::max(largest, count);
    }
    m_caption->setText(tr("%n open ticket(s) in your team", nullptr, total));

    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const auto &[state, count] : std::as_const(m_counts)) {
        auto *label = new QLabel(enumLabel(state), m_rowsHost);
        label->setObjectName(QStringLiteral("cardDetail"));
        label->setMinimumWidth(72);
        auto *bar = new QProgressBar(m_rowsHost);
        bar->setObjectName(QStringLiteral("stateBar"));
        bar->setTextVisible(false);
        bar->setRange(0, std::max(1, largest));
        bar->setValue(count);
        auto *value = new QLabel(QLocale().toString(count), m_rowsHost);
        value->setObjectName(QStringLiteral("cardDetail"));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setMinimumWidth(48);
        m_rows->addWidget(label, row, 0);
        m_rows->addWidget(bar, row, 1);
        m_rows->addWidget(value, row, 2);
        ++row;
    }
}

void StateBreakdownCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}
