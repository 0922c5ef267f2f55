#include "models/accountlistmodel.h"

#include "models/piireveal.h"

#include <QLocale>

AccountListModel::AccountListModel(const PiiReveal *reveal, QObject *parent)
    : QAbstractTableModel(parent), m_reveal(reveal)
{
    // A reveal of the account numbers changes the number column only.
    connect(m_reveal, &PiiReveal::changed, this, [this] {
        if (!m_accounts.isEmpty())
            Q_EMIT dataChanged(index(0, NumberColumn), index(int(m_accounts.size()) - 1, NumberColumn));
    });
}

void AccountListModel::setAccounts(const QString &customerId, const QList<Account> &accounts,
    const QHash<QString, QDate> &deadlines, const MarginLines &lines, const WorkingCalendar &calendar,
    QDate today)
{
    beginResetModel();
    m_deadlines = deadlines;
    m_customerId = customerId;
    m_accounts = accounts;
    // By kind (cash, margin, options, HK Connect, fund), as the back office lists them.
    std::stable_sort(m_accounts.begin(), m_accounts.end(),
        [](const Account &a, const Account &b) { return a.kind < b.kind; });
    m_lines = lines;
    m_calendar = &calendar;
    m_today = today;
    endResetModel();
}

const Account *AccountListModel::marginAccount() const
{
    for (const Account &a : m_accounts)
        if (a.kind == AccountKind::Margin)
            return &a;
    return nullptr;
}

std::optional<int> AccountListModel::tradingDaysLeft(const Account &account) const
{
    const QDate due = deadline(account);
    if (!due.isValid() || !m_calendar)
        return std::nullopt;
    return m_calendar->tradingDaysBetween(m_today, due);
}

QString AccountListModel::yuan(qint64 fen)
{
    return QLocale().toString(double(fen) / 100.0, 'f', 2);
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = m_accounts.at(index.row());
    const bool margin = a.kind == AccountKind::Margin;
    switch (role) {
    case AccountIdRole:
        return a.id;
    case RatioRole:
        return a.maintenanceRatio;
    case ZoneRole:
        return margin ? QVariant(int(m_lines.classify(a.maintenanceRatio))) : QVariant();
    case DeadlineRole:
        return deadline(a);
    case TradingDaysLeftRole:
        if (const std::optional<int> left = tradingDaysLeft(a))
            return *left;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AssetsColumn || index.column() == RatioColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if ((index.column() == RatioColumn || index.column() == ZoneColumn) && margin)
            return tr("Warning line %1 %, close-out line %2 %, withdrawal above %3 %")
                .arg(m_lines.warningLine() * 100, 0, 'f', 0)
                .arg(m_lines.closeOutLine() * 100, 0, 'f', 0)
                .arg(m_lines.withdrawalLine() * 100, 0, 'f', 0);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case KindColumn:
        return enumLabel(a.kind);
    case NumberColumn:
        return m_reveal->display(m_customerId, PiiField::AccountNumber, a.number);
    case StatusColumn:
        return enumLabel(a.status);
    case AssetsColumn:
        return yuan(a.assetsFen);
    case RatioColumn: {
        if (!margin)
            return QString();
        if (m_lines.classify(a.maintenanceRatio) == MarginLines::Zone::NoDebt)
            return tr("no debt");
        return QString(QLocale().toString(a.maintenanceRatio * 100.0, 'f', 2) + QLatin1Char('%'));
    }
    case ZoneColumn:
        return margin ? MarginLines::zoneLabel(m_lines.classify(a.maintenanceRatio)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KindColumn:
        return tr("Account");
    case NumberColumn:
        return tr("Number");
    case StatusColumn:
        return tr("Status");
    case AssetsColumn:
        return tr("Assets (CNY)");
    case RatioColumn:
        return tr("Maintenance ratio");
    case ZoneColumn:
        return tr("Zone");
    case ColumnCount:
        break;
    }
    return {};
}
