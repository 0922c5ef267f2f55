#include "models/riskalertlistmodel.h"

#include <QLocale>

QList<RiskAlertListModel::Row> RiskAlertListModel::merge(
    const QList<RiskAlert> &stored, const QList<RiskAlertRules::Finding> &findings, QDate today)
{
    QList<Row> rows;
    for (const RiskAlert &a : stored)
        rows.append({a, false, {}});
    for (const RiskAlertRules::Finding &f : findings) {
        if (std::any_of(stored.cbegin(), stored.cend(),
                [&](const RiskAlert &a) { return RiskAlertRules::covers(a, f, today); }))
            continue;
        Row row;
        row.detected = true;
        row.alert.kind = f.kind;
        row.alert.severity = f.severity;
        row.alert.accountId = f.accountId;
        row.alert.text = f.text;
        row.alert.state = AlertState::Open;
        rows.append(row);
    }
    // Open before acknowledged before resolved; within, critical first, newest first.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.alert.state != b.alert.state)
            return a.alert.state < b.alert.state;
        if (a.alert.severity != b.alert.severity)
            return a.alert.severity > b.alert.severity;
        return a.alert.raisedAt > b.alert.raisedAt;
    });
    return rows;
}

void RiskAlertListModel::setAlerts(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const RiskAlertListModel::Row *RiskAlertListModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RiskAlertListModel::openCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.alert.state == AlertState::Open; }));
}

int RiskAlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RiskAlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 · %2").arg(enumLabel(r.alert.kind), enumLabel(r.alert.severity));
    case Qt::ToolTipRole:
    case TextRole:
        return r.alert.text;
    case AlertIdRole:
        return r.alert.id;
    case KindRole:
        return int(r.alert.kind);
    case SeverityRole:
        return int(r.alert.severity);
    case StateRole:
        return int(r.alert.state);
    case DetectedRole:
        return r.detected;
    case RaisedAtRole:
        return r.alert.raisedAt;
    case AcknowledgedRole:
        if (r.alert.state == AlertState::Open)
            return QString();
        return QStringLiteral("%1 · %2").arg(
            r.acknowledgedBy, QLocale().toString(r.alert.acknowledgedAt.toLocalTime(), QLocale::ShortFormat));
    default:
        break;
    }
    return {};
}
