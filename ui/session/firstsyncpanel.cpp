#include "ui/session/firstsyncpanel.h"

#include "models/syncprogress.h"
#include "ui/common/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace {
// The bar's range is in permille: a million rows do not fit every style's int range
// gracefully, and finer steps are invisible anyway.
constexpr int s_scale = 1000;
} // namespace

FirstSyncPanel::FirstSyncPanel(SyncProgress *progress, QWidget *parent) : QFrame(parent), m_progress(progress)
{
    setObjectName(QStringLiteral("firstSyncPanel"));
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("sync"), Icons::accent(), 24, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("firstSyncTitle"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("firstSyncDetail"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("firstSyncHint"));
    m_hint->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("firstSyncBar"));
    m_bar->setTextVisible(false);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_detail);
    text->addLayout(top);
    text->addWidget(m_bar);
    text->addWidget(m_hint);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(icon);
    layout->addLayout(text, 1);

    if (m_progress) {
        connect(m_progress, &SyncProgress::changed, this, &FirstSyncPanel::updateProgress);
        connect(m_progress, &SyncProgress::activeChanged, this, &QWidget::setVisible);
    }
    setVisible(m_progress && m_progress->isActive());
    updateProgress();
}

QString FirstSyncPanel::timeLeftText(qint64 msecs)
{
    if (msecs < 0)
        return {};
    const qint64 seconds = (msecs + 999) / 1000;
    if (seconds < 60)
        return tr("less than a minute left");
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 120)
        return tr("about %n minute(s) left", nullptr, int(minutes));
    return tr("about %n hour(s) left", nullptr, int((minutes + 59) / 60));
}

QString FirstSyncPanel::detailText() const
{
    if (!m_progress)
        return {};
    const QLocale locale;
    const qint64 done = m_progress->rowsDone();
    const qint64 expected = m_progress->rowsExpected();
    if (expected < 0 && done == 0)
        return tr("Waiting for the server…");
    if (expected < 0)
        return tr("%1 records received").arg(locale.toString(done));
    QString text = tr("%1 of %2 records").arg(locale.toString(done), locale.toString(expected));
    const QString left = timeLeftText(m_progress->timeLeftMs());
    if (!left.isEmpty())
        text += QStringLiteral("  ·  ") + left;
    return text;
}

void FirstSyncPanel::updateProgress()
{
    m_title->setText(tr("Preparing this workstation: first synchronisation"));
    m_hint->setText(tr("You can keep working meanwhile; records appear as they arrive."));
    m_detail->setText(detailText());
    if (!m_progress)
        return;
    const double fraction = m_progress->fraction();
    if (fraction < 0) {
        m_bar->setRange(0, 0); // busy indicator
    } else {
        m_bar->setRange(0, s_scale);
        m_bar->setValue(int(fraction * s_scale));
    }
}

void FirstSyncPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateProgress();
    QFrame::changeEvent(event);
}
