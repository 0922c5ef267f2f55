#pragma once

#include "core/riskalert.h"
#include "store/repository.h"

class RiskAlertRepository : public Repository<RiskAlert>
{
public:
    explicit RiskAlertRepository(Database &db) : Repository<RiskAlert>(db) { }

    // Newest first.
    QList<RiskAlert> forCustomer(const QString &customerId, QString *error = nullptr) const;
    // Alerts in this state, newest first.
    QList<RiskAlert> inState(AlertState state, int limit, QString *error = nullptr) const;
    qint64 countInState(AlertState state, QString *error = nullptr) const;
};
