#include "models/holdinglistmodel.h"

#include "models/accountlistmodel.h"

#include <QLocale>

void HoldingListModel::setHoldings(const Customer &customer, const QList<Holding> &holdings)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(holdings.size());
    for (const Holding &h : holdings)
        m_rows.append({h, Suitability::match(customer.investorType, customer.riskClass, h.productRisk)});
    // Flagged holdings first, then by value: what needs the agent's attention leads.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const bool aFlag = a.match.outcome != Suitability::Outcome::Matched;
        const bool bFlag = b.match.outcome != Suitability::Outcome::Matched;
        if (aFlag != bFlag)
            return aFlag;
        return a.holding.marketValueFen > b.holding.marketValueFen;
    });
    endResetModel();
}

int HoldingListModel::aboveMatchCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row &r) { return r.match.outcome != Suitability::Outcome::Matched; }));
}

int HoldingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HoldingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoldingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool flagged = row.match.outcome != Suitability::Outcome::Matched;
    switch (role) {
    case HoldingIdRole:
        return row.holding.id;
    case OutcomeRole:
        return int(row.match.outcome);
    case AboveMatchRole:
        return flagged;
    case WarningTextRole:
        return row.match.text;
    case Qt::ToolTipRole:
        return flagged ? row.match.text : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == QuantityColumn || index.column() == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case ProductColumn:
        return QStringLiteral("%1  %2").arg(row.holding.productName, row.holding.productCode);
    case RiskColumn:
        return enumLabel(row.holding.productRisk);
    case QuantityColumn:
        return QLocale().toString(row.holding.quantity);
    case ValueColumn:
        return AccountListModel::yuan(row.holding.marketValueFen);
    case SuitabilityColumn:
        switch (row.match.outcome) {
        case Suitability::Outcome::Matched:
            return tr("Matched");
        case Suitability::Outcome::NeedsSpecialWarning:
            return tr("⚠ Above match: special risk warning");
        case Suitability::Outcome::Refused:
            return tr("⛔ Not allowed for the lowest category");
        }
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HoldingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ProductColumn:
        return tr("Product");
    case RiskColumn:
        return tr("Risk");
    case QuantityColumn:
        return tr("Quantity");
    case ValueColumn:
        return tr("Market value (CNY)");
    case SuitabilityColumn:
        return tr("Suitability");
    case ColumnCount:
        break;
    }
    return {};
}
