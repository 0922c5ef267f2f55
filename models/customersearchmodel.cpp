#include "models/customersearchmodel.h"

#include "core/piimasker.h"
#include "store/customerrepository.h"

CustomerSearchModel::CustomerSearchModel(Database &db, Role viewerRole, QObject *parent)
    : QAbstractListModel(parent), m_db(db), m_role(viewerRole)
{
}

void CustomerSearchModel::setViewerRole(Role role)
{
    if (role == m_role)
        return;
    beginResetModel();
    m_role = role;
    endResetModel();
}

void CustomerSearchModel::search(const QString &text)
{
    beginResetModel();
    m_text = text;
    m_lookup = CustomerLookup::classify(text);
    m_rows.clear();
    m_openTickets.clear();
    m_truncated = false;
    m_error.clear();
    if (m_lookup.isSearchable()) {
        const CustomerRepository customers(m_db);
        // One more than shown tells whether the list is cut.
        m_rows = customers.lookup(m_lookup, Limit + 1, &m_error);
        m_truncated = m_rows.size() > Limit;
        if (m_truncated)
            m_rows.resize(Limit);
        QStringList ids;
        ids.reserve(m_rows.size());
        for (const Customer &c : std::as_const(m_rows))
            ids.append(c.id);
        m_openTickets = customers.openTicketCounts(ids, &m_error);
    }
    endResetModel();
    Q_EMIT searched();
}

QString CustomerSearchModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return PiiMasker::forRole(PiiField::Name, c.name, m_role);
    case CustomerIdRole:
        return c.id;
    case DetailRole: {
        QStringList parts;
        if (!c.mobile.isEmpty())
            parts.append(PiiMasker::forRole(PiiField::Mobile, c.mobile, m_role));
        if (!c.idNumber.isEmpty())
            parts.append(PiiMasker::forRole(PiiField::IdNumber, c.idNumber, m_role));
        if (!c.customerNo.isEmpty())
            parts.append(c.customerNo);
        if (!c.branch.isEmpty())
            parts.append(c.branch);
        return parts.join(QStringLiteral(" · "));
    }
    case RiskClassRole:
        return enumLabel(c.riskClass);
    case OpenTicketsRole:
        return m_openTickets.value(c.id);
    case VipRole:
        return c.vipLevel;
    case StatusRole:
        return c.status == CustomerStatus::Active ? QString() : enumLabel(c.status);
    case Qt::ToolTipRole:
        return tr("%1, %2, %n open ticket(s)", nullptr, m_openTickets.value(c.id))
            .arg(PiiMasker::forRole(PiiField::Name, c.name, m_role), enumLabel(c.riskClass));
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> CustomerSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CustomerIdRole, "customerId");
    names.insert(NameRole, "name");
    names.insert(DetailRole, "detail");
    names.insert(RiskClassRole, "riskClass");
    names.insert(OpenTicketsRole, "openTickets");
    names.insert(VipRole, "vip");
    names.insert(StatusRole, "status");
    return names;
}
