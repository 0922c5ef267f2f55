#pragma once

#include "core/enums.h"

#include <QWidget>

#include <functional>

class QPushButton;
class QVBoxLayout;
class RiskAlertListModel;

// The customer's risk alerts as cards, open and critical first: severity, kind, text,
// who acknowledged it; on an open alert "Acknowledge" and "Outreach ticket", and the
// investor-education article suggested for the reply.
class RiskAlertPanel : public QWidget
{
    Q_OBJECT

public:
    // articleTitle: the suggested article's title for an alert kind, empty when none.
    RiskAlertPanel(RiskAlertListModel *model, std::function<QString(RiskAlertKind)> articleTitle,
        QWidget *parent = nullptr);

    // The buttons of row (tests).
    QPushButton *acknowledgeButton(int row) const;
    QPushButton *outreachButton(int row) const;

Q_SIGNALS:
    void acknowledgeRequested(int row);
    void outreachRequested(int row);

private:
    void rebuild();

    RiskAlertListModel *m_model;
    std::function<QString(RiskAlertKind)> m_articleTitle;
    QVBoxLayout *m_layout;
    QList<QPushButton *> m_acknowledge;
    QList<QPushButton *> m_outreach;
};
