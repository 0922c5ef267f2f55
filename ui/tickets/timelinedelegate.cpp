#include "ui/tickets/timelinedelegate.h"

#include "models/tickettimelinemodel.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace {

constexpr int s_margin = 6; // around a card
constexpr int s_padding = 10; // inside a card
constexpr int s_bar = 4; // the coloured edge of a card

using Style = TicketTimelineModel::Style;

Style styleOf(const QModelIndex &index)
{
    return static_cast<Style>(index.data(TicketTimelineModel::StyleRole).toInt());
}

struct Colours
{
    QColor fill;
    QColor edge;
    QColor heading;
};

Colours coloursFor(Style style)
{
    if (style == Style::Reply)
        return {QColor(0xee, 0xf4, 0xff), QColor(0x2f, 0x6f, 0xde), QColor(0x1d, 0x4f, 0xa8)};
    return {QColor(0xff, 0xf7, 0xe0), QColor(0xd9, 0x9a, 0x00), QColor(0x7a, 0x55, 0x00)};
}

// Height of text wrapped at width, laid out as drawText() would.
int wrappedHeight(const QString &text, const QFont &font, int width)
{
    if (text.isEmpty())
        return 0;
    const QFontMetrics metrics(font);
    return metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height();
}

} // namespace

int TimelineDelegate::availableWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return qMax(200, view->viewport()->width());
    return qMax(200, option.rect.width());
}

QString TimelineDelegate::meta(const QModelIndex &index)
{
    const QDateTime at = index.data(TicketTimelineModel::TimeRole).toDateTime();
    QString text = index.data(TicketTimelineModel::AuthorRole).toString() + QStringLiteral(" · ")
        + QLocale().toString(at, QLocale::ShortFormat);
    const QString source = index.data(TicketTimelineModel::SourceTicketRole).toString();
    if (!source.isEmpty())
        text += QStringLiteral(" · ") + TicketTimelineModel::tr("from %1").arg(source);
    return text;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = availableWidth(option);
    const QFontMetrics metrics(option.font);
    const Style style = styleOf(index);
    const QString body = index.data(TicketTimelineModel::BodyRole).toString();
    if (style == Style::System) {
        const int bodyHeight = wrappedHeight(body, option.font, width - 40);
        return {width, metrics.height() + 10 + (bodyHeight ? bodyHeight + 2 : 0)};
    }
    const int textWidth = width - 2 * s_margin - 2 * s_padding - s_bar;
    return {width, 2 * s_margin + 2 * s_padding + metrics.height() + 6 + wrappedHeight(body, option.font, textWidth)};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const Style style = styleOf(index);
    const QString heading = index.data(TicketTimelineModel::HeadingRole).toString();
    const QString body = index.data(TicketTimelineModel::BodyRole).toString();
    const QString metaText = meta(index);
    const QFontMetrics metrics(option.font);
    const bool selected = option.state & QStyle::State_Selected;

    if (style == Style::System) {
        const QRect line = option.rect.adjusted(s_margin + 18, 5, -s_margin, 0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xb0, 0xb7, 0xc3));
        const int y = option.rect.top() + 5 + metrics.height() / 2;
        painter->drawEllipse(QPoint(option.rect.left() + s_margin + 8, y), 3, 3);
        painter->setPen(selected ? option.palette.highlightedText().color() : QColor(0x4a, 0x52, 0x60));
        painter->setFont(option.font);
        const int metaWidth = metrics.horizontalAdvance(metaText);
        const QRect headRect(line.left(), line.top(), line.width() - metaWidth - 12, metrics.height());
        painter->drawText(headRect, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(heading, Qt::ElideRight, headRect.width()));
        painter->setPen(QColor(0x8a, 0x91, 0x9c));
        painter->drawText(QRect(line.right() - metaWidth, line.top(), metaWidth, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, metaText);
        if (!body.isEmpty()) {
            painter->setPen(QColor(0x5f, 0x66, 0x70));
            painter->drawText(QRect(line.left(), line.top() + metrics.height() + 2, line.width() - 12, 100000),
                Qt::TextWordWrap, body);
        }
        painter->restore();
        return;
    }

    const Colours c = coloursFor(style);
    const QRect card = option.rect.adjusted(s_margin, s_margin, -s_margin, -s_margin);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, c.fill);
    if (selected) {
        painter->setPen(QPen(option.palette.highlight().color(), 1.5));
        painter->drawPath(path);
    }
    QPainterPath edge;
    edge.addRoundedRect(QRect(card.left(), card.top(), s_bar + 4, card.height()), 3, 3);
    painter->save();
    painter->setClipRect(QRect(card.left(), card.top(), s_bar, card.height()));
    painter->fillPath(edge, c.edge);
    painter->restore();

    const QRect inner = card.adjusted(s_bar + s_padding, s_padding, -s_padding, -s_padding);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(c.heading);
    const QFontMetrics boldMetrics(bold);
    painter->drawText(QRect(inner.left(), inner.top(), inner.width() / 2, metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, boldMetrics.elidedText(heading, Qt::ElideRight, inner.width() / 2));
    painter->setFont(option.font);
    painter->setPen(QColor(0x6b, 0x72, 0x7d));
    painter->drawText(QRect(inner.left() + inner.width() / 2, inner.top(), inner.width() / 2, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(metaText, Qt::ElideLeft, inner.width() / 2));
    painter->setPen(QColor(0x1f, 0x23, 0x29));
    painter->drawText(inner.adjusted(0, metrics.height() + 6, 0, 0), Qt::TextWordWrap, body);
    painter->restore();
}
