#pragma once

#include "core/customer.h"
#include "core/holding.h"
#include "core/suitability.h"

#include <QAbstractTableModel>

// A customer's holdings with each product's risk level, checked against the customer's
// suitability match (DESIGN.md §3): a holding above the match is flagged, with the
// special risk warning an ordinary investor must have signed, or — for the lowest
// category — the reason it must never have been sold.
class HoldingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductColumn, RiskColumn, QuantityColumn, ValueColumn, SuitabilityColumn, ColumnCount };
    enum Roles {
        HoldingIdRole = Qt::UserRole + 1,
        OutcomeRole, // int(Suitability::Outcome)
        AboveMatchRole, // bool
        WarningTextRole, // the 特别风险警示书 text or the refusal, empty when matched
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setHoldings(const Customer &customer, const QList<Holding> &holdings);
    int aboveMatchCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Holding holding;
        Suitability::Result match;
    };
    QList<Row> m_rows;
};
