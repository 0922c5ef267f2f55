#pragma once

#include "core/account.h"
#include "core/marginlines.h"
#include "core/workingcalendar.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <optional>

class PiiReveal;

// A customer's accounts by kind, with assets; for margin accounts the maintenance ratio,
// its zone against the firm's lines and, below the close-out line, the top-up deadline
// with the trading days left (exchange calendar: a make-up Saturday is no trading day).
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        NumberColumn,
        StatusColumn,
        AssetsColumn,
        RatioColumn,
        ZoneColumn,
        ColumnCount
    };
    enum Roles {
        AccountIdRole = Qt::UserRole + 1,
        RatioRole, // double, 0 without debt
        ZoneRole, // int(MarginLines::Zone), margin accounts only
        DeadlineRole, // QDate: the top-up deadline below the close-out line, else null
        TradingDaysLeftRole, // int: trading days to it (0: today is the last day; negative:
                             // missed); null QVariant without a deadline
    };

    AccountListModel(const PiiReveal *reveal, QObject *parent = nullptr);

    // deadlines: account id → top-up deadline, for margin accounts below the close-out line.
    void setAccounts(const QString &customerId, const QList<Account> &accounts,
        const QHash<QString, QDate> &deadlines, const MarginLines &lines, const WorkingCalendar &calendar,
        QDate today);
    const QList<Account> &accounts() const { return m_accounts; }
    const MarginLines &lines() const { return m_lines; }
    // The first margin account, or nullptr.
    const Account *marginAccount() const;
    // The top-up deadline of the account, or a null date.
    QDate deadline(const Account &account) const { return m_deadlines.value(account.id); }
    // Trading days from today to the deadline (0 = today is the last day; negative:
    // missed); nullopt without a deadline.
    std::optional<int> tradingDaysLeft(const Account &account) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Yuan with thousands separators: 1,234,567.89
    static QString yuan(qint64 fen);

private:
    const PiiReveal *m_reveal;
    QString m_customerId;
    QList<Account> m_accounts;
    QHash<QString, QDate> m_deadlines;
    MarginLines m_lines;
    const WorkingCalendar *m_calendar = nullptr;
    QDate m_today;
};
