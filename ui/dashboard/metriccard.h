#pragma once

#include <QFrame>
#include <QString>

class QLabel;

// One number on the Overview: a title, the value large, a caption saying what is
// counted, and a line icon. The tone colours the value when it needs attention.
class MetricCard : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Success, Warning, Danger };

    MetricCard(const QString &iconName, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setCaption(const QString &caption);
    void setValue(int value, Tone tone = Tone::Neutral);
    QString valueText() const;
    QString titleText() const;

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_icon;
};
