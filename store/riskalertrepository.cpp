#include "store/riskalertrepository.h"

QList<RiskAlert> RiskAlertRepository::forCustomer(const QString &customerId, QString *error) const
{
    return select(QStringLiteral("WHERE customer_id = ? AND deleted = 0 ORDER BY raised_at DESC, id DESC"),
        {customerId}, error);
}

QList<RiskAlert> RiskAlertRepository::inState(AlertState state, int limit, QString *error) const
{
    return select(QStringLiteral("WHERE state = ? AND deleted = 0 ORDER BY raised_at DESC, id DESC LIMIT ?"),
        {enumKey(state), limit}, error);
}

qint64 RiskAlertRepository::countInState(AlertState state, QString *error) const
{
    return countWhere(QStringLiteral("WHERE state = ? AND deleted = 0"), {enumKey(state)}, error);
}
