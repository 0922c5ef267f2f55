#include "ui/dashboard/metriccard.h"

#include "ui/common/icons.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>

MetricCard::MetricCard(const QString &iconName, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_caption(new QLabel(this))
    , m_icon(new QLabel(this))
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_value->setObjectName(QStringLiteral("cardValue"));
    m_caption->setObjectName(QStringLiteral("cardCaption"));
    m_caption->setWordWrap(true);
    m_icon->setPixmap(Icons::pixmap(iconName, Icons::accent(), 20, devicePixelRatioF()));
    m_icon->setFixedSize(36, 36);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setStyleSheet(QStringLiteral("background: #eaf0fb; border-radius: 18px;"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_title, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_icon, 0, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_value, 1, 0, 1, 2);
    layout->addWidget(m_caption, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setRowStretch(3, 1);
    setMinimumHeight(132);
    setMinimumWidth(180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void MetricCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void MetricCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void MetricCard::setValue(int value, Tone tone)
{
    // A negative value means the store could not count: show a dash, not a number.
    m_value->setText(value < 0 ? QStringLiteral("–") : QLocale().toString(value));
    const char *name = tone == Tone::Success ? "success"
        : tone == Tone::Warning              ? "warning"
        : tone == Tone::Danger               ? "danger"
                                             : "neutral";
    if (m_value->property("tone").toString() != QLatin1String(name)) {
        m_value->setProperty("tone", QLatin1String(name));
        // A dynamic property only restyles after the style is re-applied.
        m_value->style()->unpolish(m_value);
        m_value->style()->polish(m_value);
    }
}

QString MetricCard::valueText() const
{
    return m_value->text();
}

QString MetricCard::titleText() const
{
    return m_title->text();
}
