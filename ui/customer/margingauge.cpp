#include "ui/customer/margingauge.h"

#include <QLocale>
#include <QPainter>

namespace {
constexpr double s_scaleMin = 1.0;
const QColor s_danger(0xe5, 0x5b, 0x4f);
const QColor s_warning(0xf0, 0xb0, 0x3f);
const QColor s_safe(0x4c, 0xaf, 0x7a);
const QColor s_excess(0xb8, 0xd8, 0xc6);
} // namespace

MarginGauge::MarginGauge(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MarginGauge::setLines(const MarginLines &lines)
{
    m_lines = lines;
    update();
}

void MarginGauge::setRatio(double ratio)
{
    m_ratio = ratio;
    setToolTip(MarginLines::zoneLabel(m_lines.classify(ratio)));
    update();
}

QSize MarginGauge::sizeHint() const
{
    return {360, fontMetrics().height() * 2 + 22};
}

QSize MarginGauge::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

double MarginGauge::scaleMax() const
{
    return m_lines.withdrawalLine() + 0.5;
}

int MarginGauge::xFor(double ratio, const QRect &bar) const
{
    // Piecewise: each zone gets a fixed share of the bar, so the close-out and warning
    // lines, 10 % apart, are as easy to tell apart as the withdrawal line far above.
    const double stops[]
        = {s_scaleMin, m_lines.closeOutLine(), m_lines.warningLine(), m_lines.withdrawalLine(), scaleMax()};
    const double shares[] = {0.0, 0.2, 0.4, 0.85, 1.0};
    const double r = qBound(s_scaleMin, ratio, scaleMax());
    for (int i = 1; i < 5; ++i) {
        if (r <= stops[i] || i == 4) {
            const double span = stops[i] - stops[i - 1];
            const double within = span > 0 ? (r - stops[i - 1]) / span : 0;
            const double share = shares[i - 1] + within * (shares[i] - shares[i - 1]);
            return bar.left() + int(share * bar.width());
        }
    }
    return bar.right();
}

void MarginGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int labelHeight = fontMetrics().height();
    const QRect bar(6, labelHeight + 6, width() - 12, 10);

    auto segment = [&](double from, double to, const QColor &colour) {
        const int x1 = xFor(from, bar);
        const int x2 = xFor(to, bar);
        p.fillRect(QRect(x1, bar.top(), x2 - x1, bar.height()), colour);
    };
    segment(s_scaleMin, m_lines.closeOutLine(), s_danger);
    segment(m_lines.closeOutLine(), m_lines.warningLine(), s_warning);
    segment(m_lines.warningLine(), m_lines.withdrawalLine(), s_safe);
    segment(m_lines.withdrawalLine(), scaleMax(), s_excess);

    // The lines, labelled under the bar.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(QColor(0x47, 0x55, 0x69));
    for (double line : {m_lines.closeOutLine(), m_lines.warningLine(), m_lines.withdrawalLine()}) {
        const int x = xFor(line, bar);
        p.drawLine(x, bar.top() - 2, x, bar.bottom() + 3);
        const QString label = QLocale().toString(line * 100, 'f', 0) + QLatin1Char('%');
        const int w = QFontMetrics(small).horizontalAdvance(label);
        p.drawText(QRect(x - w / 2 - 2, bar.bottom() + 4, w + 4, labelHeight), Qt::AlignCenter, label);
    }

    // The account's ratio: a marker above the bar, with its value.
    if (m_lines.classify(m_ratio) == MarginLines::Zone::NoDebt)
        return;
    const int x = xFor(m_ratio, bar);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x17, 0x23, 0x3a));
    const QPolygon marker(
        {QPoint(x - 5, bar.top() - 7), QPoint(x + 5, bar.top() - 7), QPoint(x, bar.top() - 1)});
    p.drawPolygon(marker);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(QColor(0x17, 0x23, 0x3a));
    const QString value = QLocale().toString(m_ratio * 100, 'f', 2) + QLatin1Char('%');
    const int w = QFontMetrics(bold).horizontalAdvance(value);
    const int left = qBound(0, x - w / 2, width() - w);
    p.drawText(QRect(left, 0, w, labelHeight), Qt::AlignCenter, value);
}
