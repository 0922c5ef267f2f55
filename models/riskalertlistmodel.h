#pragma once

#include "core/riskalert.h"
#include "core/riskalertrules.h"

#include <QAbstractListModel>

// A customer's risk alerts: those the back office raised (stored, with their state),
// followed by what RiskAlertRules finds in the cached figures that no stored alert
// covers yet ("detected"). Open and critical ones first.
class RiskAlertListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        AlertIdRole = Qt::UserRole + 1, // empty for a detected finding
        KindRole, // int(RiskAlertKind)
        SeverityRole, // int(Severity)
        StateRole, // int(AlertState)
        TextRole,
        DetectedRole, // bool: found on this workstation, not stored yet
        RaisedAtRole, // QDateTime, invalid for a detected finding
        AcknowledgedRole, // "王芳 · 2026-11-20 10:02" or empty
    };

    struct Row
    {
        RiskAlert alert; // for a finding: kind, severity, account and text filled, no id
        bool detected = false;
        QString acknowledgedBy; // display name
    };

    using QAbstractListModel::QAbstractListModel;

    void setAlerts(const QList<Row> &rows);
    const Row *row(int row) const;
    int openCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Stored alerts plus the findings none of them covers, in display order.
    static QList<Row> merge(
        const QList<RiskAlert> &stored, const QList<RiskAlertRules::Finding> &findings, QDate today);

private:
    QList<Row> m_rows;
};
