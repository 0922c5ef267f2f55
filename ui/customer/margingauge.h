#pragma once

#include "core/marginlines.h"

#include <QWidget>

// A margin account's maintenance ratio on a scale with the firm's lines drawn in: red
// below the close-out line, amber up to the warning line, green above, a hatch-free
// grey beyond the withdrawal line; the marker shows where the account stands.
class MarginGauge : public QWidget
{
    Q_OBJECT

public:
    explicit MarginGauge(QWidget *parent = nullptr);

    void setLines(const MarginLines &lines);
    void setRatio(double ratio);
    double ratio() const { return m_ratio; }
    MarginLines::Zone zone() const { return m_lines.classify(m_ratio); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // The scale runs from 100 % to a little past the withdrawal line.
    double scaleMax() const;
    int xFor(double ratio, const QRect &bar) const;

    MarginLines m_lines;
    double m_ratio = 0;
};
